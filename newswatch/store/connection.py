"""Opening the newswatch database, its write transaction and where its labels live."""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from newswatch.store.schema import migrations


def labels_db_path(db_path: str | Path) -> Path:
    """Where the labelling instance keeps researchers' labels for the database at
    `db_path`: `<stem>-labels.db` beside it (data/news.db and data/news.sqlite both give
    data/news-labels.db). The one rule: `serve --labelling` writes there, `train` reads it."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}-labels.db")


def connect(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path` in WAL mode, schema up to date."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 30000")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    if migrate:
        migrate_schema(db)
    return db


def migrate_schema(db: sqlite_utils.Database) -> None:
    """Apply the pending migrations, all of them in one write transaction.

    Readers (Datasette, while a cron crawl creates or upgrades the database) then see
    the schema before or after, never half-built: applied one transaction each, a
    reader could load the schema between two of them and find the full-text index's
    tables changed under it ("vtable constructor failed: articles_fts"). Inside the
    transaction each migration is a savepoint, so a failing one still leaves none of
    its changes; and a second process opening the database at the same time waits
    for the lock, then finds nothing pending."""
    if not migrations.pending(db):
        return
    with write_transaction(db):
        migrations.apply(db)


@contextmanager
def write_transaction(db):
    """A transaction that takes SQLite's write lock when it begins.

    db.atomic() begins a deferred transaction: one that reads before it writes (as
    storing or enriching an article does) fails at once with "database is locked" when another
    process (a second crawler, the enrich step) wrote in between. BEGIN IMMEDIATE
    waits for the lock instead (up to the connection's busy_timeout)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")
