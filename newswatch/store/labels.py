"""Researchers' labels: rows of the `labels` table (schema m003), in the main database or
a labels database (newswatch.store.labels_db_path), and the article a label names.

The rules (which labels and topics are valid, the latest label per article) live in
nlp/classifier/labels.py; this module reads and writes the rows.
"""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from newswatch.store.schema import m003_labels


LABEL_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS labels_validate BEFORE INSERT ON labels
WHEN NEW.label IS NULL OR NEW.label NOT IN ('relevant', 'irrelevant')
  OR NEW.article_id IS NULL OR typeof(NEW.article_id) != 'integer'
  OR NOT json_valid(coalesce(NEW.topics, '[]')) OR json_type(coalesce(NEW.topics, '[]')) != 'array'
BEGIN
  SELECT RAISE(ABORT, 'label must be relevant or irrelevant, article_id a number, topics a list');
END
"""


def ensure_labels_db(path: str | Path) -> Path:
    """Create the labels database (just the `labels` table of newswatch/store/schema.py) if needed."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    try:
        db.execute("PRAGMA busy_timeout = 30000")
        db.enable_wal()
        if not db["labels"].exists():
            with db.atomic():
                m003_labels(db)
        db.execute(LABEL_TRIGGER)
    finally:
        db.close()
    return path


# Topics typed as "outsourcing, trust_governance_finance" or as a JSON array.
ADD_LABEL_SQL = """INSERT INTO labels (article_id, article_url, label, topics, labeller, labelled_at, note)
VALUES (
  CAST(nullif(trim(:article_id), '') AS INTEGER),
  nullif(trim(:article_url), ''),
  lower(trim(:label)),
  CASE WHEN trim(:topics) = '' THEN '[]'
       WHEN json_valid(:topics) THEN :topics
       ELSE '["' || replace(replace(trim(:topics), ' ', ''), ',', '","') || '"]' END,
  :_actor_id,
  strftime('%Y-%m-%dT%H:%M:%S', 'now') || '+00:00',
  nullif(:note, '')
)"""


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
