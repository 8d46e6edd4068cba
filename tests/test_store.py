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
