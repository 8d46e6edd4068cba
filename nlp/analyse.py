"""`newswatch analyse`: texts in, findings out, one JSON line per input, streamed.

Inputs are JSON lines {"id": ..., "text": ...} (stdin) or text/HTML files. Documents go
through nlp.pipe in batches (nlp.batch: cleaned at the door, one document's failure costs
that document only; nlp.parallel: on several cores when there is more than one batch);
output is written batch by batch, in input order. Every input gets exactly one output line: findings, or {"id": ..., "error": "<one-line reason>"} for a bad
input (not JSON, no text, unreadable file, too long) or a document the pipeline failed
on. Errors are also reported on stderr; the caller exits 1 at the end if there were any.
With a classifier, each line also has relevance, relevant, topics, relevance_terms and
model_version, as `enrich` stores them (nlp.classifier's score, isolated per batch).
"""
from __future__ import annotations

import gzip
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

import lxml.etree
import lxml.html
from tqdm import tqdm

from crawler.extract import extract_article
from nlp.batch import batched, error_line, score_batch
from nlp.parallel import Analyser

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass
class InputErrors:
    messages: list[str] = field(default_factory=list)

    def add(self, message: str, echo=None) -> None:
        self.messages.append(message)
        if echo is not None:
            echo(message)


def bad_input(doc_id, message: str) -> tuple[None, dict]:
    """The item for an input that cannot be analysed: it still gets its output line."""
    return None, {"id": doc_id, "error": message}


def jsonl_items(stream: IO[str], errors: InputErrors, echo, name: str = "<stdin>") -> Iterator[tuple[str | None, dict]]:
    """(text, {"id": ...}) for each line; a bad line is reported and becomes an error
    item with its line number as id (blank lines are not inputs)."""
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            message = f"not valid JSON ({exc.msg} at column {exc.colno})"
            errors.add(f"{name}:{lineno}: {message}", echo)
            yield bad_input(lineno, message)
            continue
        if not isinstance(obj, dict):
            message = f"expected a JSON object with \"text\", got {type(obj).__name__}"
            errors.add(f"{name}:{lineno}: {message}", echo)
            yield bad_input(lineno, message)
            continue
        doc_id = obj.get("id", lineno)
        text = obj.get("text")
        if not isinstance(text, str):
            errors.add(f"{name}:{lineno}: missing \"text\" string", echo)
            yield bad_input(doc_id, "missing \"text\" string")
            continue
        yield text, {"id": doc_id}


def html_to_text(html: str | bytes, url: str) -> str:
    """Title and body of an HTML page as "title\n\nparagraph\n\nparagraph": the crawler's
    extractor (crawler.extract), or, when it finds no text, the page's title, paragraphs,
    headings and list items."""
    art = extract_article(html, url)
    parts = [art.get("title") or "", art.get("body") or ""]
    text = "\n\n".join(p for p in parts if p.strip())
    if text.strip():
        return text
    try:
        tree = lxml.html.fromstring(html)
    except lxml.etree.ParserError:  # an empty (or whitespace-only) page: no text
        return ""
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    title = " ".join((tree.findtext(".//title") or "").split())
    paras = [" ".join(p.text_content().split()) for p in tree.iter("p", "h1", "h2", "h3", "li")]
    return "\n\n".join([t for t in [title, *paras] if t])


def file_items(paths: Iterable[str], errors: InputErrors, echo) -> Iterator[tuple[str | None, dict]]:
    """(text, {"id": path}) per file: plain text as is, HTML through the extractor;
    gzip-compressed files (.gz) are decompressed first. A file that cannot be read or
    whose HTML cannot be parsed is reported and becomes an error item."""
    for path in map(Path, paths):
        try:
            raw = path.read_bytes()
            if raw[:2] == b"\x1f\x8b":
                raw = gzip.decompress(raw)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            message = f"cannot read ({getattr(exc, 'strerror', None) or exc})"
            errors.add(f"{path}: {message}", echo)
            yield bad_input(str(path), message)
            continue
        name = path.name[:-3] if path.name.endswith(".gz") else path.name
        head = raw.lstrip()[:200].lower()
        looks_html = Path(name).suffix.lower() in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html"))
        if not looks_html:
            yield raw.decode("utf-8", errors="replace"), {"id": str(path)}
            continue
        try:
            text = html_to_text(raw, path.resolve().as_uri())
        except Exception as exc:  # noqa: BLE001  (this page's failure is its output line)
            message = f"cannot extract the HTML: {error_line(exc)}"
            errors.add(f"{path}: {message}", echo)
            yield bad_input(str(path), message)
            continue
        yield text, {"id": str(path)}


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def json_line(record: dict) -> str:
    """The record as one JSON line; a lone surrogate (possible only in an id given to us)
    is written escaped, as it came, since it cannot be written as UTF-8."""
    line = json.dumps(record, ensure_ascii=False)
    if _SURROGATE.search(line):
        line = json.dumps(record)
    return line + "\n"


def within_limit(items: Iterable[tuple[str | None, dict]], max_length: int, errors: InputErrors, echo) -> Iterator[tuple[str | None, dict]]:
    """Texts longer than the pipeline accepts become (reported) error items."""
    for text, ctx in items:
        if text is not None and len(text) > max_length:
            message = f"text too long ({len(text)} characters, limit {max_length})"
            errors.add(f"{ctx['id']}: {message}", echo)
            yield bad_input(ctx["id"], message)
            continue
        yield text, ctx


def analyse(nlp, items: Iterable[tuple[str | None, dict]], out: IO[str], *, batch_size: int = 64,
            progress: bool = True, score=None, errors: InputErrors | None = None, echo=None,
            jobs: int = 1) -> int:
    """Write one JSON line per item, in order; returns the number of documents analysed
    without error. `score`: the classifier's score(rows, findings), or None not to score.
    A document that fails is written as {"id", "error"} and, with `errors`, reported.
    More than one batch of input is shared among `jobs` processes (nlp.parallel)."""
    n = 0
    with tqdm(desc="analyse", unit="doc", file=sys.stderr, disable=not progress) as bar, \
            Analyser(nlp, jobs=jobs, batch_size=batch_size) as analyser:
        for batch in analyser.batches(batched(items, batch_size), error_of=lambda ctx: ctx.get("error")):
            if score is not None:
                score_batch(score, batch, lambda it: {"title": "", "body": it.text})
            for it in batch:
                if it.error is not None:
                    if errors is not None and it.text is not None:  # bad inputs were reported already
                        errors.add(f"{it.ctx['id']}: {it.error}", echo)
                    record = {"id": it.ctx["id"], "error": it.error}
                else:
                    record = {"id": it.ctx["id"], **it.findings, **(it.extra.get("score") or {})}
                    n += 1
                out.write(json_line(record))
            out.flush()
            bar.update(len(batch))
    return n
