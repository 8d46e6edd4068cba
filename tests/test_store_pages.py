"""newswatch/store/pages.py: storing a crawled article page."""
from __future__ import annotations

import gzip

import pytest
from sqlite_utils.db import NotFoundError

from newswatch.store import connect
from newswatch.store import pages

URL = "http://news.example/news/1.story/"


@pytest.fixture
def db(tmp_path):
    db = connect(tmp_path / "news.db")
    yield db
    db.close()


def test_a_url_keeps_its_strongest_kind(db):
    article_id = pages.insert_article(db, {"url": URL, "source": "Gazette", "title": "A", "content_hash": "h1"})
    pages.add_article_url(db, "http://news.example/m/1/", article_id, "duplicate", "Gazette", "2025-03-01T00:00:00+00:00")
    pages.add_article_url(db, "http://news.example/m/1/", article_id, "redirect", "Gazette", "2025-03-02T00:00:00+00:00")
    pages.add_article_url(db, "http://news.example/m/1/", article_id, "syndicated", "Gazette", "2025-03-03T00:00:00+00:00")
    row = db["article_urls"].get("http://news.example/m/1/")
    assert (row["kind"], row["first_seen"], row["last_seen"]) == (
        "redirect", "2025-03-01T00:00:00+00:00", "2025-03-03T00:00:00+00:00")
    assert pages.article_id_for_url(db, "http://news.example/m/1/") == article_id
    assert pages.article_id_for_url(db, URL) == article_id  # the article's own URL, not yet in article_urls
    assert pages.article_id_for_url(db, "http://news.example/other/") is None
    assert pages.article_id_for_hash(db, "h1") == article_id and pages.article_id_for_hash(db, "h2") is None
    with pytest.raises(NotFoundError):
        pages.get_article(db, article_id + 1)


def test_a_page_is_stored_compressed_with_its_size(db):
    article_id = pages.insert_article(db, {"url": URL, "source": "Gazette", "title": "A"})
    html = b"<html><body><p>story</p></body></html>"
    pages.save_page(db, {"url": URL, "article_id": article_id, "fetched_at": "2025-03-01T10:00:00+00:00"}, html)
    row = db["pages"].get(URL)
    assert gzip.decompress(row["html_gz"]) == html and row["size"] == len(html)
    assert pages.page_fetched_at(db, URL) == "2025-03-01T10:00:00+00:00" and pages.page_article_id(db, URL) == article_id
    assert pages.page_fetched_at(db, "http://news.example/x/") is None
