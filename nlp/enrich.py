"""`newswatch enrich`: run the spaCy findings pipeline and the classifier over stored articles.

What is analysed: for each article, the text `title + "\\n\\n" + body` (a title's own
newlines become spaces; no title -> the body alone), so the headline's quotes and names
count too. Stored offsets are into the stored `body`:
- quotes.start / quotes.end: `substr(body, start + 1, end - start)` is the quoted text
  (for a multi-paragraph quote, from its first to its last quoted character);
- quotes.spans: JSON [[start, end], ...], one pair per quoted part in the same frame as
  start/end (a quote interrupted by its attribution, "A," he said, "B.", has two);
- quotes.paragraph: index of the body paragraph (blank-line separated, from 0) where the
  quote starts. A quote in the headline has paragraph -1 and start/end into `title`;
- mentions.first_offset: offset into body of the entity's first mention in the body, -1 if
  the article mentions it only in the title; mentions.count counts title and body.

Which articles: those whose nlp_version differs from nlp.pipeline.NLP_VERSION, those whose
model_version differs from the classifier's current model, or all with redo_all. Work goes
in batches (nlp.pipe); each batch is written in one transaction, replacing each article's
mentions and quotes, so a crash never leaves an article half-enriched.

Failures: one article's failure costs that article only (nlp.batch isolates it; the rest
of its batch is stored). It is recorded in `enrich_failures` (versions, content hash,
error, time) and not retried while the pipeline version, the model version and its
content hash stay the same, unless retry_failed (or redo_all); it keeps any findings of
an earlier successful run. A database error (disk full, locked) is not an article's
failure: it rolls the batch back and ends the run. A classifier model that is present
but damaged raises ModelError before any work (never "not scored").

This module orchestrates: it reads the articles that need work and writes their findings
through the store (newswatch/store/findings.py), runs the pipeline (nlp.parallel) and the
classifier, and converts the findings to the stored frame (stored_findings). Its
dependencies can be passed in: enrich(db, nlp=..., classifier=(score, version)).
"""
from __future__ import annotations

import json
import sqlite3
import sys
import time
from contextlib import nullcontext
from typing import Callable

from tqdm import tqdm

from newswatch.store import connect, write_transaction
from newswatch.store.findings import (Pending, forget_failures_of_deleted, mark_enriched, record_failure, unchanged,
                                      write_findings)
from nlp.batch import Item, error_line, score_batch
from nlp.classifier import installed_classifier
from nlp.document import article_text
from nlp.linking import link_entities
from nlp.parallel import Analyser, usable_cores
from nlp.pipeline import NLP_VERSION, load_pipeline

STORED_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
# The summary lists this many failures (all are in enrich_failures).
MAX_ERRORS_KEPT = 20
COUNTED = ("mentions", "quotes", "people")


def headline_and_body_parts(q: dict, body_offset: int, text: str) -> list[dict]:
    """A quote of the analysed text, as the quotes it is in the stored frame: a headline
    is never continued by the body, so a quote left open in the headline and reopened in
    the body's first paragraph (which the scanner reads as one quote over two paragraphs)
    is two quotes, the headline's parts and the body's, each with its own text."""
    spans = q.get("spans") or [[q["start"], q["end"]]]
    head = [sp for sp in spans if sp[0] < body_offset]
    rest = [sp for sp in spans if sp[0] >= body_offset]
    if not head or not rest:
        return [q]
    parts = []
    for part, paragraph in ((head, q["paragraph"]), (rest, 1)):
        parts.append({**q, "spans": part, "start": part[0][0], "end": part[len(part) - 1][1], "paragraph": paragraph,
                      "text": " ".join(text[a:b].strip() for a, b in part)})
    return parts


def stored_findings(findings: dict, body_offset: int, has_title: bool, text: str = "") -> dict:
    """The findings of an analysed text (nlp.findings) in the stored frame, as
    newswatch.store.findings.write_findings takes them: entities of STORED_LABELS with
    their offset into the body (-1 in the title); quotes as `quotes` rows, offsets into
    the body, or into the title with paragraph -1 for a quote in the headline. `text` is
    the analysed text (needed to part a quote running from the headline into the body:
    headline_and_body_parts)."""
    entities = [{"name": ent["canonical"], "kind": ent["kind"], "label": ent["label"],
                 "offset": ent["start"] - body_offset if ent["start"] >= body_offset else -1}
                for ent in findings["entities"] if ent["label"] in STORED_LABELS]
    quotes = []
    split = [p for q in findings["quotes"] for p in
             (headline_and_body_parts(q, body_offset, text) if has_title else [q])]
    for q in split:
        in_title = has_title and q["start"] < body_offset
        shift = 0 if in_title else body_offset
        quotes.append({
            "speaker": q["speaker"],
            "person": q.get("person"),
            "speaker_org": q["speaker_org"],
            "speaker_role": q["speaker_role"],
            "cue": q["cue"],
            "text": q["text"],
            "kind": q["kind"],
            "paragraph": -1 if in_title else q["paragraph"] - (1 if has_title else 0),
            "start": q["start"] - shift,
            "end": q["end"] - shift,
            "spans": json.dumps([[a - shift, b - shift] for a, b in q.get("spans") or [[q["start"], q["end"]]]]),
            "confidence": q.get("confidence"),
        })
    return {"entities": entities, "orgs": list(findings.get("orgs") or ()), "people": findings["people"],
            "quotes": quotes}


def score_columns(s: dict) -> dict:
    """A classifier result as the articles columns that hold it."""
    return {
        "relevance": s["relevance"],
        "relevant": int(bool(s["relevant"])) if s["relevant"] is not None else None,
        "topics": json.dumps(list(s["topics"] or [])),
        "relevance_terms": json.dumps(list(s["relevance_terms"] or [])),
        "model_version": s["model_version"],
    }


def enrich(db_path: str, *, redo_all: bool = False, retry_failed: bool = False, batch_size: int = 64,
           progress: bool = True, jobs: int | None = None, analyser: Analyser | None = None, nlp=None,
           classifier: tuple[Callable | None, str] | None = None, nlp_version: str = NLP_VERSION) -> dict:
    """Enrich the articles that need it; returns a summary dict. The spaCy pass runs in
    `jobs` processes (default: the usable cores; nlp.parallel), or in `analyser`, an
    nlp.parallel.Analyser kept by the caller across calls; this process alone writes the
    database.

    Dependencies, each loaded here when not given: `nlp`, the pipeline (default
    nlp.pipeline.load_pipeline with this database's registers), whose findings are
    stamped `nlp_version`; `classifier`, (score, model version) or (None, the reason
    not to score) as nlp.classifier.installed_classifier gives it, which raises
    ModelError for a model that is present but damaged."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.monotonic()
    score, model_version = classifier if classifier is not None else installed_classifier()
    scored_by = model_version if score else None  # model_version is the reason when score is None
    db = connect(db_path)
    forget_failures_of_deleted(db)
    pending = Pending(db, nlp_version, scored_by, redo_all=redo_all, retry_failed=retry_failed)
    total = pending.count()
    summary = {"articles": 0, "mentions": 0, "quotes": 0, "people": 0, "scored": 0, "skipped_changed": 0,
               "failed": 0, "errors": [], "failed_before": 0 if (redo_all or retry_failed) else pending.failed_before,
               "nlp_version": nlp_version, "classifier": scored_by,
               "classifier_unavailable": None if score else model_version}
    if total == 0:
        db.close()
        summary["seconds"] = round(time.monotonic() - started, 2)
        return summary
    own = analyser is None
    if own:
        if nlp is None:
            nlp = load_pipeline(batch_size=batch_size, registers_db=db_path)
        analyser = Analyser(nlp, batch_size=batch_size, jobs=jobs or usable_cores())
    summary["jobs"] = analyser.jobs

    def chunks():
        for rows in pending.batches(batch_size):
            # spaCy refuses texts over nlp.max_length (1,000,000 characters): such an
            # article is analysed up to the limit (its findings stop there).
            yield [(text[:analyser.nlp.max_length], (row, offset)) for row, (text, offset) in
                   ((r, article_text(r)) for r in rows)]

    with tqdm(total=total, desc="enrich", unit="article", file=sys.stderr, disable=not progress) as bar, \
            (analyser if own else nullcontext()):
        for batch in analyser.batches(chunks()):
            if score:
                score_batch(score, batch, lambda it: it.ctx[0])
            with write_transaction(db):  # BEGIN IMMEDIATE: a crawl may be writing too
                for it in batch:
                    _store_item(db, it, summary, nlp_version, scored_by)
            bar.update(len(batch))
    summary["workers"] = analyser.workers
    summary["register_links"] = link_entities(db)
    db.close()
    summary["seconds"] = round(time.monotonic() - started, 2)
    return summary


def _store_item(db, it: Item, summary: dict, nlp_version: str, scored_by: str | None) -> None:
    """Store one analysed article (its findings, or its failure) and count it in `summary`."""
    row, offset = it.ctx
    if not unchanged(db, row):
        # changed (or deleted) by a crawl while we worked: leave it for the next run
        # rather than store findings (or a failure) for the old text
        summary["skipped_changed"] += 1
        return
    counts = None
    if it.error is None:
        try:
            with db.atomic():  # a savepoint: a failing article is undone alone
                counts = write_findings(db, row["id"], stored_findings(it.findings, offset, offset > 0, it.text))
                result = it.extra.get("score")
                mark_enriched(db, row["id"], nlp_version, score_columns(result) if result is not None else None)
        except sqlite3.Error as exc:
            if not isinstance(exc, sqlite3.IntegrityError):
                raise  # the database's trouble, not this article's
            it.error = f"storing: {error_line(exc)}"
        except Exception as exc:  # noqa: BLE001  (this article's failure, recorded below)
            it.error = f"storing: {error_line(exc)}"
    if it.error is not None:
        record_failure(db, row, it.error, nlp_version, scored_by)
        summary["failed"] += 1
        if len(summary["errors"]) < MAX_ERRORS_KEPT:
            summary["errors"].append((row["id"], it.error))
        return
    summary["articles"] += 1
    summary["scored"] += int(it.extra.get("score") is not None)
    for k in COUNTED:
        summary[k] += counts[k]
