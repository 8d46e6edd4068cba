"""The private labelling instance's own parts: the separate labels database (crawls never
touch it) and the canned queries that list articles to label and record a label.
"""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from newswatch.store.schema import m003_labels

LABELLER_ENV = "NEWSWATCH_LABELLER"  # login name, default "labeller"
PASSWORD_HASH_ENV = "NEWSWATCH_LABELLER_PASSWORD_HASH"  # from `datasette hash-password`

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

LABEL_QUEUE_SQL = """SELECT a.id AS label_this, a.id, a.title, a.source, a.published,
       a.relevance, a.relevant, a.topics, a.url
FROM articles a
WHERE (:q = '' OR a.title LIKE '%' || :q || '%')
ORDER BY abs(coalesce(a.relevance, 0.5) - 0.5), a.published DESC
LIMIT 200"""


def labelling_queries(labels_name: str) -> tuple[dict, dict]:
    """(queries for the main database, queries for the labels database)."""
    main = {
        "label_queue": {
            "title": "Articles to label (least certain first)",
            "description": "Articles whose relevance score is closest to 0.5, where a label "
            "teaches the classifier most. Click 'label' to open the labelling form. The queue at "
            "/-/label (linked from the home page) lists unlabelled articles first.",
            "sql": LABEL_QUEUE_SQL,
            "params": ["q"],
            "hide_sql": True,
        }
    }
    labels = {
        "add_label": {
            "title": "Label an article",
            "description": "label: relevant or irrelevant. topics: comma-separated "
            "(outsourcing, industrial_action_jobs, trust_governance_finance...). "
            "Your login name is recorded as the labeller.",
            "sql": ADD_LABEL_SQL,
            "params": ["article_id", "article_url", "label", "topics", "note"],
            "write": True,
            "allow": {"id": "*"},
            "on_success_message": "Label saved.",
            "on_error_message": "Label not saved",
        }
    }
    return main, labels
