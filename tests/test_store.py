"""The schema layer (newswatch/store/schema.py): migrations in run order, one rule per path."""
from __future__ import annotations

from pathlib import Path

import sqlite_utils

from newswatch import store


def test_migrations_are_defined_in_the_order_of_their_numbers():
    # sqlite-utils applies pending migrations in definition order: the numbers must
    # say that order, so a reader of the file sees the order a new database gets.
    names = [m.name for m in store.migrations.pending(sqlite_utils.Database(memory=True))]
    assert names == sorted(names)
    assert len(set(names)) == len(names)


def test_a_new_database_gets_every_migration(tmp_path):
    db = store.connect(tmp_path / "news.db")
    assert not store.migrations.pending(db)
    assert {"articles", "quotes", "skipped_pages", "enrich_failures", "entity_aliases"} <= set(db.table_names())


def test_labels_db_path_is_beside_the_database_whatever_its_suffix():
    assert store.labels_db_path("data/news.db") == Path("data/news-labels.db")
    assert store.labels_db_path("/srv/x/news.sqlite") == Path("/srv/x/news-labels.db")
    assert store.labels_db_path("archive.sqlite3") == Path("archive-labels.db")
