"""An article's findings and its enrichment bookkeeping: `mentions`, `quotes` (with
`entities`, `people` and aliases through newswatch.store.entities), the articles'
`nlp_version` and relevance columns, and `enrich_failures`.

    with write_transaction(db):
        counts = write_findings(db, article_id, stored)   # stored: nlp.enrich.stored_findings
        mark_enriched(db, article_id, nlp_version, score_columns)

The findings come in the stored frame (offsets into the body, the title's quotes with
paragraph -1: nlp/enrich.py converts them); this module writes them as they are.
"""
from __future__ import annotations

from typing import Iterator

import sqlite_utils

from newswatch.store.clock import utcnow
from newswatch.store.entities import record_org, upsert_entity, upsert_person
from newswatch.store.rows import insert_rows

# An article that failed with these versions and this content is not retried.
_KNOWN_FAILURE = ("EXISTS (SELECT 1 FROM enrich_failures f WHERE f.article_id = articles.id "
                  "AND f.nlp_version IS ? AND f.model_version IS ? AND f.content_hash IS articles.content_hash)")


def write_findings(db: sqlite_utils.Database, article_id: int, stored: dict) -> dict:
    """Replace one article's mentions and quotes (call inside a transaction); returns
    the counts of mentions, quotes and people written.

    stored: {"entities": [{"name", "kind", "label", "offset"}] (offset into the body, -1
    in the title), "orgs": nlp.findings orgs, "people": [{"name", "title", "role", "org"}],
    "quotes": quotes rows without article_id and speaker_person_id, with "person" (an
    index into people, or None)}."""
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
    mentions: dict[int, dict] = {}
    for ent in stored["entities"]:
        eid = upsert_entity(db, ent["name"], ent["kind"], ent["label"])
        m = mentions.setdefault(eid, {"article_id": article_id, "entity_id": eid, "count": 0, "first_offset": -1})
        m["count"] += 1
        if ent["offset"] >= 0 and m["first_offset"] == -1:
            m["first_offset"] = ent["offset"]
    insert_rows(db, "mentions", list(mentions.values()))
    for org in stored["orgs"]:
        record_org(db, upsert_entity(db, org["name"], org["kind"], "ORG"), org)
    person_ids = [upsert_person(db, p) for p in stored["people"]]
    quotes = []
    for q in stored["quotes"]:
        row = {"article_id": article_id, **q}
        person = row.pop("person")
        row["speaker_person_id"] = person_ids[person] if person is not None else None
        quotes.append(row)
    insert_rows(db, "quotes", quotes)
    return {"mentions": len(mentions), "quotes": len(quotes), "people": len(person_ids)}


def mark_enriched(db: sqlite_utils.Database, article_id: int, nlp_version: str, score: dict | None) -> None:
    """The article's findings are those of `nlp_version` (and, with `score`, its
    relevance columns: relevance, relevant, topics, relevance_terms, model_version);
    any failure recorded for it is cleared."""
    update = {"nlp_version": nlp_version, **(score or {})}
    sets = ", ".join(f"[{k}] = ?" for k in update)
    db.execute(f"UPDATE articles SET {sets} WHERE id = ?", [*update.values(), article_id])
    db.execute("DELETE FROM enrich_failures WHERE article_id = ?", [article_id])


def record_failure(db: sqlite_utils.Database, row: dict, error: str, nlp_version: str,
                   model_version: str | None) -> None:
    """The article (its articles row) failed with these versions: recorded with its
    content hash and the time, replacing an earlier failure."""
    db["enrich_failures"].upsert({
        "article_id": row["id"], "nlp_version": nlp_version, "model_version": model_version,
        "content_hash": row.get("content_hash"), "error": error, "failed_at": utcnow(),
    }, pk="article_id")


def forget_failures_of_deleted(db: sqlite_utils.Database) -> None:
    """Drop the failures of articles that are no longer in the database."""
    with db.atomic():
        db.execute("DELETE FROM enrich_failures WHERE article_id NOT IN (SELECT id FROM articles)")


def unchanged(db: sqlite_utils.Database, row: dict) -> bool:
    """Whether the article still has the title and body of `row` (what was analysed)."""
    now = list(db.query("SELECT title, body FROM articles WHERE id = ?", [row["id"]]))
    return now == [{"title": row["title"], "body": row["body"]}]


class Pending:
    """The articles an enrich pass wants: those whose nlp_version is not `nlp_version`,
    or (with a model) whose model_version is not `model_version`, or all with
    `redo_all`; an article that failed with these versions and its current content is
    left out unless `retry_failed` (or `redo_all`). `model_version` None: no model."""

    def __init__(self, db: sqlite_utils.Database, nlp_version: str, model_version: str | None, *,
                 redo_all: bool = False, retry_failed: bool = False):
        self.db = db
        if redo_all:
            where, params = "1", []
        elif model_version is not None:
            where, params = "(nlp_version IS NOT ? OR model_version IS NOT ?)", [nlp_version, model_version]
        else:
            where, params = "nlp_version IS NOT ?", [nlp_version]
        failure_params = [nlp_version, model_version]
        self.failed_before = db.execute(f"SELECT count(*) FROM articles WHERE {where} AND {_KNOWN_FAILURE}",
                                        [*params, *failure_params]).fetchone()[0]
        if not (redo_all or retry_failed):
            where, params = f"{where} AND NOT {_KNOWN_FAILURE}", [*params, *failure_params]
        self.where, self.params = where, params

    def count(self) -> int:
        return self.db.execute(f"SELECT count(*) FROM articles WHERE {self.where}", self.params).fetchone()[0]

    def batches(self, batch_size: int) -> Iterator[list[dict]]:
        """The wanted articles rows, batch_size at a time, by id (re-queried each batch,
        so rows changed in between are read as they are then)."""
        last_id = -1
        while True:
            rows = list(self.db.query(
                f"SELECT * FROM articles WHERE id > ? AND {self.where} ORDER BY id LIMIT ?",
                [last_id, *self.params, batch_size],
            ))
            if not rows:
                return
            last_id = rows[-1]["id"]
            yield rows
