"""newswatch/store/labels.py: label rows and the article a label names."""
from __future__ import annotations

import sqlite_utils

from newswatch.store import connect
from newswatch.store.labels import find_article, insert_label, label_rows, label_rows_at


def make_db(path):
    db = connect(path)
    db["articles"].insert({"id": 7, "url": "https://example.test/a", "source": "test", "title": "A", "body": "B"})
    db["article_urls"].insert({"url": "https://example.test/old-a", "article_id": 7}, alter=True)
    return db


def test_find_article_by_id_url_or_an_earlier_url(tmp_path):
    db = make_db(tmp_path / "news.db")
    assert find_article(db, 7)["url"] == "https://example.test/a"
    assert find_article(db, " 7 ")["id"] == 7
    assert find_article(db, "https://example.test/a")["id"] == 7
    assert find_article(db, "https://example.test/old-a")["id"] == 7
    assert find_article(db, 8) is None and find_article(db, "https://example.test/b") is None


def test_labels_are_inserted_committed_and_read_oldest_first(tmp_path):
    db = make_db(tmp_path / "news.db")
    second = insert_label(db, {"article_id": 7, "article_url": "https://example.test/a", "label": "irrelevant",
                               "topics": "[]", "labelled_at": "2026-01-02T00:00:00+00:00"})
    first = insert_label(db, {"article_id": 7, "article_url": "https://example.test/a", "label": "relevant",
                              "topics": '["outsourcing"]', "labelled_at": "2026-01-01T00:00:00+00:00"})
    other = connect(tmp_path / "news.db")  # committed: another connection sees them
    assert [r["id"] for r in label_rows(other)] == [first, second]
    other.close()
    assert label_rows_at(tmp_path / "news.db")[0]["label"] == "relevant"


def test_a_database_without_labels_has_none(tmp_path):
    sqlite_utils.Database(tmp_path / "empty.db")["other"].insert({"a": 1})
    assert label_rows_at(tmp_path / "empty.db") == []
