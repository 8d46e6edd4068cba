"""Storing a crawled article page: `articles`, `article_urls`, `pages`.

Plain functions over a connection; the caller (pipelines/store.py, which decides which
story a page is) holds the transaction.
"""
from __future__ import annotations

import gzip

import sqlite_utils

from newswatch.store.rows import insert_row, update_row, upsert_row

# Strength of a URL kind: a URL keeps its strongest kind.
KIND_RANK = {"duplicate": 0, "syndicated": 1, "redirect": 2, "fetched": 3, "canonical": 4}
# gzip level of stored HTML: level 6 takes two thirds of level 9's time on news pages,
# for files 1% larger (measured when `pages` was added).
HTML_GZIP_LEVEL = 6


def _first(db: sqlite_utils.Database, sql: str, params: list) -> tuple | None:
    """The first row `sql` returns, or None. A plain execute: db.query wraps each
    statement in a savepoint (three statements for one read, at every article stored)."""
    return db.execute(sql, params).fetchone()


def _value(db: sqlite_utils.Database, sql: str, params: list):
    """The value of the first row of a one-column `sql`, or None."""
    row = _first(db, sql, params)
    return row[0] if row else None


def article_id_for_url(db: sqlite_utils.Database, url: str) -> int | None:
    """The article filed under `url` (any of its URLs, or its own), or None."""
    filed = _first(db, "select article_id from article_urls where url = ?", [url])
    if filed is not None:
        (article_id,) = filed
        return article_id
    return _value(db, "select id from articles where url = ?", [url])


def article_id_for_hash(db: sqlite_utils.Database, content_hash: str) -> int | None:
    """The first article stored with this body hash, or None."""
    return _value(db, "select id from articles where content_hash = ? order by id limit 1", [content_hash])


def get_article(db: sqlite_utils.Database, article_id: int) -> dict:
    """The articles row (sqlite_utils.db.NotFoundError when there is none)."""
    cursor = db.execute("select * from articles where id = ?", [article_id])
    row = cursor.fetchone()
    if row is None:
        raise sqlite_utils.db.NotFoundError(f"no article {article_id}")
    return dict(zip((d[0] for d in cursor.description), row))


def page_fetched_at(db: sqlite_utils.Database, url: str) -> str | None:
    """When the stored copy of the page at `url` was fetched, or None."""
    return _value(db, "select fetched_at from pages where url = ?", [url])


def insert_article(db: sqlite_utils.Database, row: dict) -> int:
    """A new articles row; its id."""
    return insert_row(db, "articles", row)


def update_article(db: sqlite_utils.Database, article_id: int, values: dict) -> None:
    update_row(db, "articles", "id", article_id, values)


def add_article_url(db: sqlite_utils.Database, url: str, article_id: int, kind: str, source: str,
                    now: str) -> None:
    """File `url` under the article (first_seen/last_seen now); a URL already filed
    gets last_seen = now and keeps the stronger of its kind and `kind` (KIND_RANK)."""
    existing = _first(db, "select kind from article_urls where url = ?", [url])
    if existing is None:
        insert_row(db, "article_urls", {"url": url, "article_id": article_id, "kind": kind, "source": source,
                                        "first_seen": now, "last_seen": now})
        return
    (stored_kind,) = existing
    update = {"last_seen": now}
    if KIND_RANK.get(kind, 0) > KIND_RANK.get(stored_kind, 0):
        update["kind"] = kind
    update_row(db, "article_urls", "url", url, update)


def save_page(db: sqlite_utils.Database, row: dict, html: bytes) -> None:
    """Upsert the `pages` row of a fetched URL, its raw HTML gzip-compressed."""
    upsert_row(db, "pages", {**row, "size": len(html), "html_gz": gzip.compress(html, compresslevel=HTML_GZIP_LEVEL)},
               "url")


def page_article_id(db: sqlite_utils.Database, url: str) -> int | None:
    """The article the stored page at `url` belongs to, or None."""
    return _value(db, "select article_id from pages where url = ?", [url])
