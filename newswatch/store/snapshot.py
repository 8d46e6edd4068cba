"""The writes that turn a copy of the live database into a published snapshot: the copy
itself (VACUUM INTO), article bodies cut to an excerpt, private rows removed, views
materialised as indexed tables. newswatch/publish/publication.py decides when and where;
this module does the writing.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from newswatch.store.clock import utcnow


def write_snapshot(db_path: str | Path, out: str | Path, *, full_text: bool) -> dict:
    """Copy the database at `db_path` to `out` (a consistent copy, even while a crawl
    writes) and make it a publication: an excerpt of each body unless `full_text`, no
    private rows, views as tables, not in WAL mode (it is read with immutable=1).
    Returns what the snapshot says about itself (snapshot_info + "text")."""
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        conn.execute("VACUUM INTO ?", [str(out)])
    finally:
        conn.close()
    conn = sqlite3.connect(out)
    try:
        if not full_text:
            apply_text_policy(conn)
        strip_private(conn)
        materialize_views(conn)
        conn.execute("PRAGMA journal_mode = DELETE")
        return {**snapshot_info(conn), "text": "full" if full_text else "excerpt"}
    finally:
        conn.close()


def snapshot_info(conn: sqlite3.Connection) -> dict:
    """When a snapshot was published and how new its data is (shown on every page)."""
    newest = conn.execute("SELECT max(first_seen) FROM articles").fetchone()
    return {"published_at": utcnow(), "newest_article_seen": newest[0] if newest else None}


EXCERPT_WORDS = 50


def excerpt(body: str | None, words: int = EXCERPT_WORDS) -> str | None:
    """The first `words` words of an article's body, with " …" when there is more."""
    if body is None:
        return None
    found = body.split()
    return " ".join(found[:words]) + (" …" if len(found) > words else "")


def apply_text_policy(conn: sqlite3.Connection) -> None:
    """The public instance publishes titles, metadata, findings, quotes and an excerpt of
    each article, not the whole text (the publishers' copyright; quoting for reporting
    and research is fair dealing, republishing is not). articles.body becomes its first
    EXCERPT_WORDS words. The full-text index keeps indexing the whole body: its triggers
    are dropped first, so searching still finds words anywhere in an article (the index
    holds stemmed words, not the text)."""
    triggers = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'")]
    conn.create_function("newswatch_excerpt", 1, excerpt, deterministic=True)
    conn.execute("PRAGMA secure_delete = ON")
    with conn:
        for name in triggers:
            conn.execute(f"DROP TRIGGER [{name}]")
        conn.execute("UPDATE articles SET body = newswatch_excerpt(body) WHERE body IS NOT NULL")


def strip_private(conn: sqlite3.Connection) -> None:
    """Remove from a published snapshot what is not for the public: researchers' labels
    (they name the labeller) and the raw HTML of fetched pages (the publishers' pages,
    kept only so extraction can be re-run). Freed space is zeroed, then reclaimed."""
    conn.execute("PRAGMA secure_delete = ON")
    with conn:
        conn.execute("DELETE FROM labels")
        conn.execute("UPDATE pages SET html_gz = NULL WHERE html_gz IS NOT NULL")
    free, total = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("freelist_count", "page_count"))
    if free > total // 10:
        conn.execute("VACUUM")


# Indexes for the materialised views, for sorting and faceting at scale.
VIEW_INDEXES = {
    "articles_view": [["id"], ["published"], ["month"], ["source", "published"], ["relevant", "published"],
                      ["topics"]],
    "quotes_view": [["quote_id"], ["published"], ["speaker"], ["organisation"], ["source"], ["month"],
                    ["article_id"], ["attribution"], ["kind"],
                    # the person and organisation pages: newest quotes first
                    ["speaker", "published"], ["organisation", "published"],
                    ["speaker_person_id", "published"]],
    "quotes_to_check": [["quote_id"], ["published"], ["source"], ["month"], ["confidence"]],
    "organisation_mentions": [["published"], ["entity_id"], ["organisation"],
                              ["kind", "published"], ["month"], ["source"], ["article_id"],
                              # facets within a kind (e.g. academy trusts by month)
                              ["kind", "month"], ["kind", "source"], ["kind", "organisation"],
                              # the organisation page: per month, newest first
                              ["entity_id", "month"], ["entity_id", "published"]],
    "trust_mentions_by_month": [["month"], ["trust"]],
}

# Views whose rows have a unique integer id: the materialised table's rowid is that id.
VIEW_ROWIDS = {"articles_view": "id", "quotes_view": "quote_id", "quotes_to_check": "quote_id"}


def materialize_views(conn: sqlite3.Connection) -> list[str]:
    """In a published snapshot, replace every view by a table with the same name, columns
    and rows (plus indexes), so browsing, counting and faceting them is fast. The snapshot
    never changes, so the copies cannot go stale."""
    views = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]
    with conn:
        for view in views:
            tmp = f"_materialized_{view}"
            conn.execute(f"DROP TABLE IF EXISTS [{tmp}]")
            conn.execute(f"CREATE TABLE [{tmp}] AS SELECT * FROM [{view}] WHERE 0")
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{tmp}])")]
            key = VIEW_ROWIDS.get(view)
            if key in columns:
                # The unique id becomes the primary key: row pages (/db/quotes_view/5) show
                # quote 5, and tables show it once, as the link.
                types = {r[1]: r[2] for r in conn.execute(f"PRAGMA table_info([{view}])")}
                defs = ", ".join(
                    f"[{c}] INTEGER PRIMARY KEY" if c == key else f"[{c}] {types.get(c) or ''}".rstrip()
                    for c in columns)
                conn.execute(f"DROP TABLE [{tmp}]")
                conn.execute(f"CREATE TABLE [{tmp}] ({defs})")
            conn.execute(f"INSERT INTO [{tmp}] SELECT * FROM [{view}]")
            conn.execute(f"DROP VIEW [{view}]")
            conn.execute(f"ALTER TABLE [{tmp}] RENAME TO [{view}]")
            for cols in VIEW_INDEXES.get(view, []):
                if set(cols) <= set(columns):
                    conn.execute(
                        f"CREATE INDEX [idx_{view}_{'_'.join(cols)}] ON [{view}] "
                        f"({', '.join(f'[{c}]' for c in cols)})"
                    )
    conn.execute("ANALYZE")
    return views


