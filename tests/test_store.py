"""The schema layer (newswatch/store/schema.py): migrations in run order, one rule per path."""
from __future__ import annotations

import sqlite3
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


def test_a_reader_never_sees_a_half_migrated_database(tmp_path):
    # Researchers' Datasette may read the database while a cron crawl creates or
    # upgrades it. Each time a migration is recorded as applied, another connection
    # looks: until the last one it must see the database as it was (empty), never a
    # schema part built (one transaction each let a reader load articles_fts between
    # two migrations and fail with "vtable constructor failed: articles_fts").
    path = tmp_path / "news.db"
    db = store.connect(path, migrate=False)
    seen: list[int] = []

    def look(statement: str) -> None:
        if "_sqlite_migrations" in statement and statement.lstrip().upper().startswith("INSERT"):
            reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                seen.append(reader.execute("select count(*) from sqlite_master").fetchone()[0])
            finally:
                reader.close()

    db.conn.set_trace_callback(look)
    store.migrate_schema(db)
    db.conn.set_trace_callback(None)
    assert len(seen) == len(store.migrations.pending(sqlite_utils.Database(memory=True))) > 10
    assert set(seen) == {0}
    assert not store.migrations.pending(db)
    store.migrate_schema(db)  # nothing pending: no transaction, no error


def test_labels_db_path_is_beside_the_database_whatever_its_suffix():
    assert store.labels_db_path("data/news.db") == Path("data/news-labels.db")
    assert store.labels_db_path("/srv/x/news.sqlite") == Path("/srv/x/news-labels.db")
    assert store.labels_db_path("archive.sqlite3") == Path("archive-labels.db")



def _fts_rows(db, words: str) -> list[int]:
    return [r["rowid"] for r in db.query("select rowid from articles_fts where articles_fts match ?", [words])]


def test_full_text_index_follows_title_and_body_and_nothing_else(tmp_path):
    db = store.connect(tmp_path / "news.db")
    # Re-indexed on updates of the text only, not of what enrichment, the clusters or a
    # recrawl of an unchanged page write (m068).
    (trigger,) = [r["sql"] for r in db.query("select sql from sqlite_master where name = 'articles_au'")]
    assert "AFTER UPDATE OF [title], [body] ON [articles]" in trigger
    with db.conn:
        db.execute("insert into articles (url, source, title, body) values ('http://x.test/a', 's', "
                   "'Trust outsources cleaning', 'Staff were told on Monday.')")
    with db.conn:
        db.execute("update articles set nlp_version = '7', relevance = 0.9, cluster_id = 3, "
                   "last_seen = '2026-12-06' where id = 1")
    assert _fts_rows(db, "cleaning") == [1] and _fts_rows(db, "monday") == [1]
    with db.conn:
        db.execute("update articles set body = 'Catering staff transfer in April.' where id = 1")
    assert _fts_rows(db, "monday") == [] and _fts_rows(db, "catering") == [1] and _fts_rows(db, "cleaning") == [1]
    with db.conn:
        db.execute("update articles set title = 'Academy trust pay row' where id = 1")
    assert _fts_rows(db, "cleaning") == [] and _fts_rows(db, "pay") == [1] and _fts_rows(db, "catering") == [1]
