"""Many documents through the pipeline, so that one document's failure costs that
document only. The one home of this rule for `analyse`, `enrich` and `train`.

    from nlp.batch import findings_in_batches
    for batch in findings_in_batches(nlp, items, batch_size=64):  # items: (text, ctx)
        for item in batch:            # in input order
            item.ctx, item.findings, item.error

Texts are cleaned at the door (nlp.clean: same length, so offsets stay valid; runs of
spaces and invisible characters are compacted for the model and the findings mapped
back, so offsets and texts are the cleaned input's), then go through nlp.pipe a batch at
a time: the normal path is one nlp.pipe call per batch, as
fast as before. When a batch raises, its documents are run again one by one, so the
failing document is found and given its error while the good ones keep their findings.
The classifier's scoring of a batch is isolated the same way (score_batch).
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, TypeVar

from nlp.clean import clean_text, compact_spaces, map_back
from nlp.findings import doc_to_findings

T = TypeVar("T")
R = TypeVar("R")

MAX_ERROR_CHARS = 300


def error_line(exc: BaseException) -> str:
    """One line saying what went wrong and where: "IndexError: list index out of range
    (people.py:423)"."""
    message = " ".join(str(exc).split())
    text = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    if len(text) > MAX_ERROR_CHARS:
        text = text[:MAX_ERROR_CHARS - 1] + "…"
    frames = traceback.extract_tb(exc.__traceback__)
    if frames:
        where = frames[len(frames) - 1]
        text += f" ({Path(where.filename).name}:{where.lineno})"
    return text


def run_isolated(work: Callable[[list[T]], Sequence[R]], items: Sequence[T]) -> list[tuple[R | None, str | None]]:
    """work(items) must return one result per item. (result, None) per item; when the
    batch raises, each item is run alone and a failing one gets (None, error line)."""
    items = list(items)
    if not items:
        return []
    try:
        results = list(work(items))
    except Exception as exc:  # noqa: BLE001  (which document it was is found below)
        if len(items) == 1:
            return [(None, error_line(exc))]
        results = None
    if results is not None:
        if len(results) != len(items):
            raise RuntimeError(f"{len(results)} results for {len(items)} documents")
        return [(r, None) for r in results]
    out: list[tuple[R | None, str | None]] = []
    for item in items:
        try:
            (result,) = work([item])
            out.append((result, None))
        except Exception as exc:  # noqa: BLE001  (the document's error is its result)
            out.append((None, error_line(exc)))
    return out


@dataclass
class Item:
    """One document: its context (caller's), the cleaned text (the findings' offsets and
    texts are into it), and either findings or an error. `error` set on the way in (bad
    input) skips the pipeline."""
    ctx: Any
    text: str | None
    findings: dict | None = None
    error: str | None = None
    extra: dict = field(default_factory=dict)


def batched(iterable: Iterable[T], n: int) -> Iterator[list[T]]:
    it = iter(iterable)
    while chunk := list(islice(it, n)):
        yield chunk


def pipe_findings(nlp, texts: list[str], batch_size: int) -> list[tuple[dict | None, str | None]]:
    """(findings, None) or (None, error line) per text, isolated per document."""
    return run_isolated(lambda ts: [doc_to_findings(d) for d in nlp.pipe(ts, batch_size=batch_size)], texts)


def prepare_items(items: Sequence[tuple[str | None, Any]],
                  error_of: Callable[[Any], str | None] | None = None) -> list[Item]:
    """The Items of (text, ctx), texts cleaned, with what the pipeline is to read
    (to_read). A known bad input (text None, or error_of(ctx) gives a message) gets its
    error and skips the pipeline."""
    batch = []
    for text, ctx in items:
        known = error_of(ctx) if error_of else None
        if text is None or known:
            batch.append(Item(ctx, None, error=known or "no text"))
        else:
            cleaned = clean_text(text)
            read, offsets = compact_spaces(cleaned)
            batch.append(Item(ctx, cleaned, extra={"read": read, "offsets": offsets}))
    return batch


def to_read(batch: list[Item]) -> list[str]:
    """The texts the pipeline reads for a prepared batch (its items without an error)."""
    return [it.extra["read"] for it in batch if it.error is None]


def fill_findings(batch: list[Item], results: Sequence[tuple[dict | None, str | None]]) -> None:
    """Give a prepared batch the pipeline's (findings, error) for to_read(batch), in
    order, with the offsets mapped back to the cleaned text."""
    todo = [it for it in batch if it.error is None]
    for it, (found, error) in zip(todo, results):
        it.findings, it.error = found, error
        offsets = it.extra.pop("offsets")
        read = it.extra.pop("read")
        if found is not None and offsets is not None:
            try:
                map_back(found, offsets, it.text, read)
            except Exception as exc:  # noqa: BLE001  (this document's failure)
                it.findings, it.error = None, error_line(exc)


def analyse_batch(nlp, items: Sequence[tuple[str | None, Any]], *, batch_size: int = 64,
                  error_of: Callable[[Any], str | None] | None = None) -> list[Item]:
    """The Items of one batch of (text, ctx), in order. A text of None (or one for which
    error_of(ctx) gives a message) is an input already known bad: it keeps its error and
    skips the pipeline. (nlp.parallel runs the same steps with the pipeline elsewhere.)"""
    batch = prepare_items(items, error_of)
    fill_findings(batch, pipe_findings(nlp, to_read(batch), batch_size))
    return batch


def findings_in_batches(nlp, items: Iterable[tuple[str | None, Any]], *, batch_size: int = 64,
                        error_of: Callable[[Any], str | None] | None = None) -> Iterator[list[Item]]:
    """analyse_batch over a stream of (text, ctx), batch_size at a time."""
    for chunk in batched(items, batch_size):
        yield analyse_batch(nlp, chunk, batch_size=batch_size, error_of=error_of)


def score_batch(score: Callable[[list[dict], list[dict]], Sequence[dict]], batch: list[Item],
                row_of: Callable[[Item], dict]) -> None:
    """The classifier's score(rows, findings) over the items of a batch that have
    findings, isolated per document like the pipeline: each gets extra["score"], or the
    error "classifier: ..." when scoring it raised. row_of(item): its {"title", "body"}."""
    done = [it for it in batch if it.error is None]
    pairs = [(row_of(it), it.findings) for it in done]
    results = run_isolated(lambda ps: score([r for r, _ in ps], [f for _, f in ps]), pairs)
    for it, (result, error) in zip(done, results):
        it.extra["score"] = result
        if error is not None:
            it.error = f"classifier: {error}"
