"""`newswatch analyse`: texts in, findings out, one JSON line per input, streamed.

Inputs are JSON lines {"id": ..., "text": ...} (stdin) or text/HTML files. Documents go
through nlp.pipe in batches (as_tuples, so ids travel with the texts); output is written
as each document is done. A bad input line is reported on stderr with its line number and
skipped; the caller exits 1 at the end if there were any.
"""
from __future__ import annotations

import gzip
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterable, Iterator

from nlp.findings import doc_to_findings

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass
class InputErrors:
    messages: list[str] = field(default_factory=list)

    def add(self, message: str, echo) -> None:
        self.messages.append(message)
        echo(message)


def jsonl_items(stream: IO[str], errors: InputErrors, echo, name: str = "<stdin>") -> Iterator[tuple[str, dict]]:
    """(text, {"id": ...}) for each good line; bad lines are reported and skipped."""
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.add(f"{name}:{lineno}: not valid JSON ({exc.msg} at column {exc.colno})", echo)
            continue
        if not isinstance(obj, dict):
            errors.add(f"{name}:{lineno}: expected a JSON object with \"text\", got {type(obj).__name__}", echo)
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            errors.add(f"{name}:{lineno}: missing \"text\" string", echo)
            continue
        yield text, {"id": obj.get("id", lineno)}


def html_to_text(html: str | bytes, url: str) -> str:
    """Title and body of an HTML page as "title\n\nparagraph\n\nparagraph"."""
    try:
        from crawler.extract import extract_article
    except ImportError:
        extract_article = None
    if extract_article is not None:
        art = extract_article(html, url)
        parts = [art.get("title") or "", art.get("body") or ""]
        text = "\n\n".join(p for p in parts if p.strip())
        if text.strip():
            return text
    import lxml.html

    tree = lxml.html.fromstring(html)
    for bad in tree.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    title = " ".join((tree.findtext(".//title") or "").split())
    paras = [" ".join(p.text_content().split()) for p in tree.iter("p", "h1", "h2", "h3", "li")]
    return "\n\n".join([t for t in [title, *paras] if t])


def file_items(paths: Iterable[str], errors: InputErrors, echo) -> Iterator[tuple[str, dict]]:
    """(text, {"id": path}) per file: plain text as is, HTML through the extractor;
    gzip-compressed files (.gz) are decompressed first."""
    for path in map(Path, paths):
        try:
            raw = path.read_bytes()
            if raw[:2] == b"\x1f\x8b":
                raw = gzip.decompress(raw)
        except (OSError, EOFError) as exc:
            errors.add(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})", echo)
            continue
        name = path.name[:-3] if path.name.endswith(".gz") else path.name
        head = raw.lstrip()[:200].lower()
        looks_html = Path(name).suffix.lower() in HTML_SUFFIXES or head.startswith((b"<!doctype html", b"<html"))
        if looks_html:
            yield html_to_text(raw, path.resolve().as_uri()), {"id": str(path)}
        else:
            yield raw.decode("utf-8", errors="replace"), {"id": str(path)}


def within_limit(items: Iterable[tuple[str, dict]], max_length: int, errors: InputErrors, echo) -> Iterator[tuple[str, dict]]:
    """Skip (and report) texts longer than the pipeline accepts."""
    for text, ctx in items:
        if len(text) > max_length:
            errors.add(f"{ctx['id']}: text too long ({len(text)} characters, limit {max_length})", echo)
            continue
        yield text, ctx


def analyse(nlp, items: Iterable[tuple[str, dict]], out: IO[str], *, batch_size: int = 64, progress: bool = True) -> int:
    """Write one JSON line per item; returns the number of documents written."""
    from tqdm import tqdm

    n = 0
    with tqdm(desc="analyse", unit="doc", file=sys.stderr, disable=not progress) as bar:
        for doc, ctx in nlp.pipe(items, as_tuples=True, batch_size=batch_size):
            record = {"id": ctx["id"], **doc_to_findings(doc)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            n += 1
            bar.update()
    return n
