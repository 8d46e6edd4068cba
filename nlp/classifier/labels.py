"""Researchers' labels: the `labels` table (newswatch/store/schema.py m003).

Labels live in the main database (written by `newswatch label`) and, for the Datasette
labelling instance, in a separate labels database next to it named
`<db stem>-labels.db` (data/news.db -> data/news-labels.db), with the same schema.
Nothing in newswatch deletes labels; each keeps the article's URL as well as its id so
it still finds its article after a re-crawl re-keys it. The rules are here; the rows are
read and written by newswatch/store/labels.py.
"""
from __future__ import annotations

import json
from pathlib import Path

from newswatch.store import connect, utcnow
from newswatch.store import labels_db_path as store_labels_db_path
from newswatch.store.labels import find_article, insert_label, label_rows, label_rows_at

TOPICS = (
    "outsourcing",
    "academisation",
    "trust_governance_finance",
    "industrial_action_jobs",
    "pfi_contracts",
    "trust_transfer_collapse",
)
LABEL_VALUES = ("relevant", "irrelevant")


def parse_topics(values: list[str] | str | None) -> list[str]:
    """Topics from `--topics a,b`, `--topics a b`, a JSON array or a comma string.
    Raises ValueError naming any unknown topic."""
    if values is None:
        return []
    if isinstance(values, str):
        text = values.strip()
        if text.startswith("["):
            parsed = json.loads(text)
            if not isinstance(parsed, list):
                raise ValueError(f"topics must be a JSON array, got {text!r}")
            values = [str(v) for v in parsed]
        else:
            values = [text]
    topics: list[str] = []
    for value in values:
        for part in str(value).split(","):
            part = part.strip()
            if part and part not in topics:
                topics.append(part)
    unknown = [t for t in topics if t not in TOPICS]
    if unknown:
        raise ValueError(f"unknown topic(s): {', '.join(unknown)}; known topics: {', '.join(TOPICS)}")
    return topics


def check_label(label: str, topics: list[str] | str | None) -> list[str]:
    """The topics of a valid label; ValueError saying what is wrong otherwise."""
    if label not in LABEL_VALUES:
        raise ValueError(f"label must be one of {', '.join(LABEL_VALUES)}, got {label!r}")
    topic_list = parse_topics(topics)
    if topic_list and label != "relevant":
        raise ValueError("topics apply only to articles labelled relevant")
    return topic_list


def add_label(
    db,
    article: str | int,
    label: str,
    topics: list[str] | str | None = None,
    labeller: str | None = None,
    note: str | None = None,
) -> dict:
    """Insert a label for an article of `db` (a sqlite_utils.Database with the newswatch
    schema) and return the new labels row. Raises LookupError when the article does not
    exist and ValueError for an unknown label or topic."""
    topic_list = check_label(label, topics)
    row = find_article(db, article)
    if row is None:
        raise LookupError(f"no article {article!r} in the database")
    record = {
        "article_id": row["id"],
        "article_url": row["url"],
        "label": label,
        "topics": json.dumps(topic_list),
        "labeller": labeller,
        "labelled_at": utcnow(),
        "note": note,
    }
    return dict(record, id=insert_label(db, record))


def read_labels(db_path: str | Path, labels_db_path: str | Path | None = None) -> list[dict]:
    """The latest label for each article from the main database and the labels
    database (default `<db stem>-labels.db` next to it, read when it exists), joined to
    the article's current title and body.

    Each returned dict: article_id, article_url, label, relevant (bool), topics (list),
    labeller, labelled_at, note, origin ("db" or "labels_db"), title, body, and
    `problem` (None, or why the label cannot be used: article missing, bad value).
    """
    db = connect(db_path)
    rows = [dict(r, origin="db") for r in label_rows(db)]
    if labels_db_path is None:
        candidate = store_labels_db_path(db_path)
        labels_db_path = candidate if candidate.exists() else None
    elif not Path(labels_db_path).exists():
        raise FileNotFoundError(f"labels database {labels_db_path} does not exist")
    if labels_db_path is not None:
        rows += [dict(r, origin="labels_db") for r in label_rows_at(labels_db_path)]

    result = []
    for row, article in _latest_per_article(db, rows):
        problem = None
        label = (row.get("label") or "").strip().lower()
        if label not in LABEL_VALUES:
            problem = f"unknown label {row.get('label')!r}"
        try:
            topics = parse_topics(row.get("topics"))
        except (ValueError, json.JSONDecodeError) as e:
            topics, problem = [], problem or f"bad topics: {e}"
        if article is None:
            problem = problem or "article not in the database"
        result.append(
            {
                "article_id": article["id"] if article else row.get("article_id"),
                "article_url": article["url"] if article else row.get("article_url"),
                "label": label,
                "relevant": label == "relevant",
                "topics": topics if label == "relevant" else [],
                "labeller": row.get("labeller"),
                "labelled_at": row.get("labelled_at"),
                "note": row.get("note"),
                "origin": row["origin"],
                "title": article["title"] if article else None,
                "body": article["body"] if article else None,
                "problem": problem,
            }
        )
    return result


def _latest_per_article(db, rows: list[dict]) -> list[tuple[dict, dict | None]]:
    """(label row, its article row or None): the latest label for each article (found by
    its URL, else its id; a label whose article is gone stands for itself)."""
    latest: dict[tuple, tuple[dict, dict | None]] = {}
    for row in sorted(rows, key=lambda r: (r.get("labelled_at") or "", r["origin"], r.get("id") or 0)):
        article = None
        if row.get("article_url"):
            article = find_article(db, row["article_url"])
        if article is None and row.get("article_id") is not None:
            article = find_article(db, row["article_id"])
        if article is not None:
            key = ("article", article["id"])
        else:
            key = ("url", row["article_url"]) if row.get("article_url") else ("id", row.get("article_id"))
        latest[key] = (row, article)
    return list(latest.values())


def labels_as_examples(labels: list[dict]) -> list[dict]:
    """Usable labels in the corpus example shape (group "label")."""
    return [
        {
            "id": f"label-{lab['article_id']}",
            "headline": lab["title"] or "",
            "text": lab["body"] or "",
            "relevant": lab["relevant"],
            "topics": sorted(lab["topics"]),
            "group": "label",
        }
        for lab in labels
        if lab["problem"] is None
    ]
