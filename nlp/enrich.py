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
"""
from __future__ import annotations

import json
import sqlite3
import sys
import time
from contextlib import nullcontext

from newswatch.store import utcnow, write_transaction
from newswatch.entity_links import link_entities, record_org
from nlp.batch import error_line, score_batch
from nlp.classifier import installed_classifier
from nlp.document import article_text

STORED_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")
# The summary lists this many failures (all are in enrich_failures).
MAX_ERRORS_KEPT = 20


def _classifier():
    """(score, current model version) or (None, reason no model is installed); raises
    ModelError for a model that is present but broken."""
    return installed_classifier()


def _upsert_entity(db, name: str, kind: str | None, label: str) -> int:
    row = db.execute(
        "INSERT INTO entities (name, kind, label) VALUES (?, ?, ?) "
        "ON CONFLICT(name, label) DO UPDATE SET kind = COALESCE(excluded.kind, entities.kind) "
        "RETURNING id",
        [name, kind, label],
    ).fetchone()
    return row[0]


def _record_orgs(db, findings: dict) -> None:
    """Aliases and the source of each organisation's kind (newswatch/entity_links.py)."""
    for org in findings.get("orgs") or ():
        record_org(db, _upsert_entity(db, org["name"], org["kind"], "ORG"), org)


def _upsert_person(db, person: dict) -> int:
    row = db.execute(
        "INSERT INTO people (name, title, role, org) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name, org) DO UPDATE SET title = COALESCE(excluded.title, people.title), "
        "role = COALESCE(excluded.role, people.role) RETURNING id",
        # "" rather than NULL for no organisation: NULLs never collide in a unique index.
        [person["name"], person["title"], person["role"], person["org"] or ""],
    ).fetchone()
    return row[0]


def write_findings(db, article_id: int, findings: dict, body_offset: int, has_title: bool) -> dict:
    """Replace one article's mentions and quotes (call inside db.atomic())."""
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
    mentions: dict[int, dict] = {}
    for ent in findings["entities"]:
        if ent["label"] not in STORED_LABELS:
            continue
        eid = _upsert_entity(db, ent["canonical"], ent["kind"], ent["label"])
        m = mentions.setdefault(eid, {"article_id": article_id, "entity_id": eid, "count": 0, "first_offset": -1})
        m["count"] += 1
        if ent["start"] >= body_offset and m["first_offset"] == -1:
            m["first_offset"] = ent["start"] - body_offset
    if mentions:
        db["mentions"].insert_all(mentions.values())
    _record_orgs(db, findings)
    person_ids = [_upsert_person(db, p) for p in findings["people"]]
    quotes = []
    for q in findings["quotes"]:
        in_title = has_title and q["start"] < body_offset
        shift = 0 if in_title else body_offset
        quotes.append({
            "article_id": article_id,
            "speaker": q["speaker"],
            "speaker_person_id": person_ids[q["person"]] if q.get("person") is not None else None,
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
    if quotes:
        db["quotes"].insert_all(quotes)
    return {"mentions": len(mentions), "quotes": len(quotes), "people": len(person_ids)}


def _score_columns(s: dict) -> dict:
    """A classifier result as the articles columns that hold it."""
    return {
        "relevance": s["relevance"],
        "relevant": int(bool(s["relevant"])) if s["relevant"] is not None else None,
        "topics": json.dumps(list(s["topics"] or [])),
        "relevance_terms": json.dumps(list(s["relevance_terms"] or [])),
        "model_version": s["model_version"],
    }


def _record_failure(db, row: dict, error: str, nlp_version: str, model_version: str | None) -> None:
    db["enrich_failures"].upsert({
        "article_id": row["id"], "nlp_version": nlp_version, "model_version": model_version,
        "content_hash": row.get("content_hash"), "error": error, "failed_at": utcnow(),
    }, pk="article_id")


def _unchanged(db, row: dict) -> bool:
    """Whether the article still has the title and body it was analysed with."""
    now = list(db.query("SELECT title, body FROM articles WHERE id = ?", [row["id"]]))
    return now == [{"title": row["title"], "body": row["body"]}]


def enrich(db_path: str, *, redo_all: bool = False, retry_failed: bool = False, batch_size: int = 64,
           progress: bool = True, jobs: int | None = None, analyser=None) -> dict:
    """Enrich the articles that need it; returns a summary dict. Raises ModelError when
    the classifier model is present but damaged. The spaCy pass runs in `jobs` processes
    (default: the usable cores; nlp.parallel), or in `analyser`, an nlp.parallel.Analyser
    kept by the caller across calls; this process alone writes the database."""
    from tqdm import tqdm

    from newswatch.store import connect
    from nlp.parallel import Analyser, usable_cores
    from nlp.pipeline import NLP_VERSION, load_pipeline

    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.monotonic()
    score, model_version = _classifier()  # model_version is the reason when score is None
    scored_by = model_version if score else None
    db = connect(db_path)
    with db.atomic():
        db.execute("DELETE FROM enrich_failures WHERE article_id NOT IN (SELECT id FROM articles)")
    if redo_all:
        where, params = "1", []
    elif score:
        where, params = "(nlp_version IS NOT ? OR model_version IS NOT ?)", [NLP_VERSION, model_version]
    else:
        where, params = "nlp_version IS NOT ?", [NLP_VERSION]
    # An article that failed with these versions and this content is not retried.
    known_failure = ("EXISTS (SELECT 1 FROM enrich_failures f WHERE f.article_id = articles.id "
                     "AND f.nlp_version IS ? AND f.model_version IS ? AND f.content_hash IS articles.content_hash)")
    failure_params = [NLP_VERSION, scored_by]
    failed_before = db.execute(f"SELECT count(*) FROM articles WHERE {where} AND {known_failure}",
                               [*params, *failure_params]).fetchone()[0]
    if not (redo_all or retry_failed):
        where, params = f"{where} AND NOT {known_failure}", [*params, *failure_params]
    total = db.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]
    summary = {"articles": 0, "mentions": 0, "quotes": 0, "people": 0, "scored": 0, "skipped_changed": 0,
               "failed": 0, "errors": [], "failed_before": 0 if (redo_all or retry_failed) else failed_before,
               "nlp_version": NLP_VERSION, "classifier": scored_by,
               "classifier_unavailable": None if score else model_version}
    if total == 0:
        db.close()
        summary["seconds"] = round(time.monotonic() - started, 2)
        return summary
    own = analyser is None
    if own:
        analyser = Analyser(load_pipeline(batch_size=batch_size, registers_db=db_path), batch_size=batch_size,
                            jobs=jobs or usable_cores())
    summary["jobs"] = analyser.jobs

    def chunks():
        last_id = -1
        while True:
            rows = list(db.query(
                f"SELECT * FROM articles WHERE id > ? AND {where} ORDER BY id LIMIT ?",
                [last_id, *params, batch_size],
            ))
            if not rows:
                return
            last_id = rows[-1]["id"]
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
                    row, offset = it.ctx
                    if not _unchanged(db, row):
                        # changed (or deleted) by a crawl while we worked: leave it for the
                        # next run rather than store findings (or a failure) for the old text
                        summary["skipped_changed"] += 1
                        continue
                    if it.error is None:
                        try:
                            with db.atomic():  # a savepoint: a failing article is undone alone
                                counts = write_findings(db, row["id"], it.findings, offset, offset > 0)
                                update = {"nlp_version": NLP_VERSION}
                                if it.extra.get("score") is not None:
                                    update.update(_score_columns(it.extra["score"]))
                                sets = ", ".join(f"[{k}] = ?" for k in update)
                                db.execute(f"UPDATE articles SET {sets} WHERE id = ?", [*update.values(), row["id"]])
                                db.execute("DELETE FROM enrich_failures WHERE article_id = ?", [row["id"]])
                        except sqlite3.Error as exc:
                            if not isinstance(exc, sqlite3.IntegrityError):
                                raise  # the database's trouble, not this article's
                            it.error = f"storing: {error_line(exc)}"
                        except Exception as exc:  # noqa: BLE001  (this article's failure, recorded below)
                            it.error = f"storing: {error_line(exc)}"
                    if it.error is not None:
                        _record_failure(db, row, it.error, NLP_VERSION, scored_by)
                        summary["failed"] += 1
                        if len(summary["errors"]) < MAX_ERRORS_KEPT:
                            summary["errors"].append((row["id"], it.error))
                        continue
                    summary["articles"] += 1
                    summary["scored"] += int(it.extra.get("score") is not None)
                    for k in ("mentions", "quotes", "people"):
                        summary[k] += counts[k]
            bar.update(len(batch))
    summary["workers"] = analyser.workers
    summary["register_links"] = link_entities(db)
    db.close()
    summary["seconds"] = round(time.monotonic() - started, 2)
    return summary
