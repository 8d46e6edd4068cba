"""The private labelling instance's own parts: the separate labels database (crawls never
touch it) and the canned queries that list articles to label and record a label.
"""
from __future__ import annotations

from newswatch.store.labels import ADD_LABEL_SQL

LABELLER_ENV = "NEWSWATCH_LABELLER"  # login name, default "labeller"
PASSWORD_HASH_ENV = "NEWSWATCH_LABELLER_PASSWORD_HASH"  # from `datasette hash-password`

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
