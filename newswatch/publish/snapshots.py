"""Versioned published snapshots, and switching a running Datasette to the newest one.

`newswatch run` writes each snapshot to a file of its own, `published/news.v<time>.db`,
with its inspect file next to it, and only then points the symlink `published/news.db` at
it (an atomic rename). A running `newswatch serve` notices the new target on its next
request and serves it from then on: no restart, and no request ever sees a half-written
file (a replaced file stays for GRACE_SECONDS, so requests that began on it finish).
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import re
import sqlite3
import threading
import time
from pathlib import Path

from datasette.database import Database

VERSION_RE = re.compile(r"^(?P<base>.+)\.v(?P<stamp>\d{8}T\d{6}\d{6}Z)(?P<pid>p\d+)?$")
KEEP = 2  # the current snapshot and the one before it are always kept
# A replaced snapshot is kept this long after its replacement appeared, so requests that
# started on it (a server switches only between requests) finish on it.
GRACE_SECONDS = 600


def version_path(link: Path) -> Path:
    """A new, unused file name for the next snapshot behind `link`."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return link.with_name(f"{link.stem}.v{stamp}p{os.getpid()}{link.suffix}")


def base_name(path: str | Path) -> str:
    """The database name of a snapshot file: news.v20261206T...Z.db -> news."""
    stem = Path(path).stem
    match = VERSION_RE.match(stem)
    return match.group("base") if match else stem


def versions(link: Path) -> list[Path]:
    """The snapshot files behind `link`, oldest first."""
    found = []
    for path in link.parent.glob(f"{link.stem}.v*{link.suffix}"):
        match = VERSION_RE.match(path.stem)
        if match and match.group("base") == link.stem:
            found.append((match.group("stamp"), path))
    return [path for _, path in sorted(found)]


def point(link: Path, target: Path) -> None:
    """Make `link` a symlink to `target` (a sibling file), replacing it atomically."""
    tmp = link.with_name(f".{link.name}.{os.getpid()}.link")
    tmp.unlink(missing_ok=True)
    os.symlink(target.name, tmp)
    os.replace(tmp, link)


def prune(link: Path, grace: float = GRACE_SECONDS, inspect_suffix: str = ".inspect.json") -> list[Path]:
    """Delete snapshot files replaced more than `grace` seconds ago, keeping the newest
    KEEP and the one `link` points at."""
    current = link.resolve()
    found = versions(link)
    removed = []
    now = time.time()
    for path, successor in zip(found[:-KEEP], found[1:]):
        if path.resolve() == current or now - successor.stat().st_mtime < grace:
            continue
        path.unlink(missing_ok=True)
        path.with_name(path.name + inspect_suffix).unlink(missing_ok=True)
        removed.append(path)
    return removed


def read_inspect(path: Path, name: str) -> dict:
    """The inspect data written next to a snapshot file, keyed by database `name`."""
    data = json.loads(path.with_name(path.name + ".inspect.json").read_text())
    return {name: data[name]}


_connections = threading.local()


class SnapshotDatabase(Database):
    """An immutable Datasette database served from the file a symlink points at.

    Datasette keeps one connection per thread per database *name*; a switched database has
    the same name, so connections here are kept per name and file, and a thread's
    connection to an older file is closed when it first runs a query on the newer one."""

    def __init__(self, ds, path: str | Path, link: str | Path):
        super().__init__(ds, path=str(path), is_mutable=False)
        self.link = Path(link)

    def connect(self, write=False):
        # mode=ro: a snapshot file that is gone is an error, never a new empty database.
        assert not write, "published snapshots are read-only"
        conn = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._all_file_connections.append(conn)
        return conn

    def info(self) -> dict:
        """What the publication knows about this snapshot (written by make_snapshot)."""
        data = (self.ds.inspect_data or {}).get(self.name) or {}
        return data.get("newswatch", {})

    async def execute_fn(self, fn):
        if self.ds.executor is None:
            return await super().execute_fn(fn)

        def in_thread():
            held = getattr(_connections, "by_name", None)
            if held is None:
                held = _connections.by_name = {}
            path, conn = held.get(self.name, (None, None))
            if path != self.path:
                if conn is not None:
                    conn.close()
                conn = self.connect()
                self.ds._prepare_connection(conn, self.name)
                held[self.name] = (self.path, conn)
            return fn(conn)

        return await asyncio.get_running_loop().run_in_executor(self.ds.executor, in_thread)


def switch_to_latest(datasette) -> list[str]:
    """Serve the newest snapshot of every SnapshotDatabase whose symlink moved on.

    Runs in the event loop with no await, so no request sees the databases half-switched.
    Returns the names switched."""
    switched = []
    for name, db in list(datasette.databases.items()):
        if not isinstance(db, SnapshotDatabase):
            continue
        target = os.path.realpath(db.link)
        if target == db.path:
            continue
        try:
            inspect = read_inspect(Path(target), name)
        except (OSError, ValueError, KeyError):
            continue  # not complete yet (or gone): keep serving the current one
        datasette.inspect_data = {**(datasette.inspect_data or {}), **inspect}
        new = SnapshotDatabase(datasette, path=target, link=db.link)
        datasette.remove_database(name)
        datasette.add_database(new, name=name, route=db.route)
        switched.append(name)
    return switched
