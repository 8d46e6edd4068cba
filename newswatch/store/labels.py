"""Researchers' labels: rows of the `labels` table (schema m003), in the main database or
a labels database (newswatch.store.labels_db_path), and the article a label names.

The rules (which labels and topics are valid, the latest label per article) live in
nlp/classifier/labels.py; this module reads and writes the rows.
"""
from __future__ import annotations

from pathlib import Path

import sqlite_utils


def find_article(db: sqlite_utils.Database, article: str | int) -> dict | None:
    """An articles row by id, canonical URL or any recorded URL (article_urls)."""
    text = str(article).strip()
    if text.isdigit():
        rows = list(db.query("select * from articles where id = ?", [int(text)]))
        return rows[0] if rows else None
    rows = list(db.query("select * from articles where url = ?", [text]))
    if not rows and db["article_urls"].exists():
        rows = list(
            db.query(
                "select a.* from article_urls u join articles a on a.id = u.article_id where u.url = ?",
                [text],
            )
        )
    return rows[0] if rows else None


def insert_label(db: sqlite_utils.Database, record: dict) -> int:
    """Insert one labels row (committed now); returns its id."""
    with db.conn:
        table = db["labels"].insert(record)
    return table.last_pk


def label_rows(db: sqlite_utils.Database) -> list[dict]:
    """Every labels row, oldest first; none when the database has no labels table."""
    if not db["labels"].exists():
        return []
    return list(db.query("select * from labels order by labelled_at, id"))


def label_rows_at(path: str | Path) -> list[dict]:
    """label_rows of the labels database at `path`, opened as it is (no migration)."""
    db = sqlite_utils.Database(path)
    try:
        return label_rows(db)
    finally:
        db.close()
