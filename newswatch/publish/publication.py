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
from pathlib import Path

from datasette.cli import inspect_

from newswatch.publish import snapshots
from newswatch.publish.errors import PublishError
from newswatch.store import connect
from newswatch.store.snapshot import write_snapshot


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
        info = write_snapshot(db_path, tmp, full_text=full_text)
        os.replace(tmp, out)
        write_inspect_file(out, name=db_name(db_path), info=info)
    except BaseException:
        tmp.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
        raise
    snapshots.point(link, out)
    snapshots.prune(link)
    return link


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
