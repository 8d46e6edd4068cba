"""The published snapshot of the live database, and its inspect file.

The public instance serves a *snapshot* of the live database (`<dir>/published/<name>.db`,
a symlink to a versioned file: newswatch/publish/snapshots.py) opened immutable, so a
cron crawl writing to the live file can never be read half-way. In the snapshot the SQL
views are materialised as indexed tables of the same name, article bodies are cut to an
excerpt, and researchers' labels and raw pages are removed. `refresh_publication()`
(called by `newswatch run`) rewrites the snapshot and its inspect file.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import json
import os
import sqlite3
from pathlib import Path

from datasette.cli import inspect_

from newswatch.publish import snapshots
from newswatch.publish.errors import PublishError
from newswatch.store import connect, utcnow


# --- files next to the database -------------------------------------------------------

def db_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(db_path).stem


def snapshot_path(db_path: str | Path, full_text: bool = False) -> Path:
    """published/<name>.db (titles, metadata, findings, quotes, excerpts), or with
    full_text, published/full-text/<name>.db (whole article bodies)."""
    db_path = Path(db_path)
    folder = db_path.parent / "published"
    return (folder / "full-text" if full_text else folder) / db_path.name


def inspect_path(db_path: str | Path) -> Path:
    """The `datasette inspect` output kept next to a (published) database file; for the
    published symlink, next to the snapshot file it points at."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".inspect.json")


def _mtime(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


def _live_mtime(db_path: Path) -> float:
    return max(_mtime(db_path), _mtime(Path(str(db_path) + "-wal")))


# --- snapshot and inspect file --------------------------------------------------------

def make_snapshot(db_path: str | Path, full_text: bool = False) -> Path:
    """Publish a consistent copy of the live database: published/<name>.db, a symlink.

    VACUUM INTO reads inside one transaction, so a crawl writing at the same time is
    neither blocked nor seen half-way. The copy is written to a new versioned file
    (published/<name>.v<time>.db) with its inspect file, and only then does the symlink
    move to it, atomically: a running `newswatch serve` switches to it on its next request
    (newswatch/snapshots.py), and never sees a half-written file. Article bodies are cut
    to an excerpt (apply_text_policy) unless full_text."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise PublishError(f"database {db_path} does not exist")
    # Bring the schema (views, indexes) up to date before publishing.
    connect(db_path).close()
    link = snapshot_path(db_path, full_text)
    link.parent.mkdir(parents=True, exist_ok=True)
    out = snapshots.version_path(link)
    tmp = out.with_name(f"{out.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(db_path)
        try:
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("VACUUM INTO ?", [str(tmp)])
        finally:
            conn.close()
        conn = sqlite3.connect(tmp)
        try:
            if not full_text:
                apply_text_policy(conn)
            strip_private(conn)
            materialize_views(conn)
            # Read with immutable=1: it must not be in WAL mode with a -wal file.
            conn.execute("PRAGMA journal_mode = DELETE")
            info = {**snapshot_info(conn), "text": "full" if full_text else "excerpt"}
        finally:
            conn.close()
        os.replace(tmp, out)
        write_inspect_file(out, name=db_name(db_path), info=info)
    except BaseException:
        tmp.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
        raise
    snapshots.point(link, out)
    snapshots.prune(link)
    return link


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


async def _inspect(path: Path) -> dict:
    # What `datasette inspect` computes: hash, size and table counts.
    return await inspect_([str(path)], None)


def write_inspect_file(path: str | Path, name: str | None = None, info: dict | None = None) -> Path:
    """Write <file>.inspect.json next to a database file (a symlink: next to its target),
    keyed by the database's name; `info` (snapshot_info) is kept under "newswatch"."""
    path = Path(path).resolve()
    name = name or snapshots.base_name(path)
    # In a thread of its own, so this also works when called inside an event loop.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        data = pool.submit(asyncio.run, _inspect(path)).result()
    (entry,) = data.values()
    if info is not None:
        entry["newswatch"] = info
    out = inspect_path(path)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps({name: entry}, indent=2))
    os.replace(tmp, out)
    return out


def inspect_is_stale(path: str | Path) -> bool:
    path = Path(path).resolve()
    out = inspect_path(path)
    if not out.exists() or _mtime(out) < _mtime(path):
        return True
    try:
        data = json.loads(out.read_text())
        return data[snapshots.base_name(path)]["size"] != path.stat().st_size
    except (ValueError, KeyError, TypeError):
        return True


def snapshot_is_stale(db_path: str | Path, full_text: bool = False) -> bool:
    db_path = Path(db_path)
    snap = snapshot_path(db_path, full_text)
    return not snap.exists() or _mtime(snap) < _live_mtime(db_path)


def refresh_publication(db_path: str | Path, force: bool = True, full_text: bool | None = None) -> Path:
    """Rewrite the published snapshot and its inspect file (the cron job calls this).

    Returns the snapshot's path. With force=False, only when the live DB changed.
    full_text=None (the cron job): the excerpt snapshot, and the full-text one too if one
    was ever published (a `serve --full-text` may be serving it)."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise PublishError(f"database {db_path} does not exist")
    connect(db_path).close()  # pending migrations change the file, making the snapshot stale
    if full_text is None:
        if snapshot_path(db_path, True).exists():
            refresh_publication(db_path, force, full_text=True)
        full_text = False
    snap = snapshot_path(db_path, full_text)
    if force or snapshot_is_stale(db_path, full_text) or inspect_is_stale(snap):
        return make_snapshot(db_path, full_text)
    return snap
