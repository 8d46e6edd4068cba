"""Readers of a database a crawl is writing (researchers query Datasette while cron
crawls run) never see an error and never see the full-text index disagree with the
articles.

A real writer process writes as a crawl does, through newswatch.store: the database is
created (every migration) and closed, as crawler.runner.news_inputs does; then articles,
their URLs and pages are stored in write transactions, one article in three is
rewritten (a recrawl of a changed page: the FTS update trigger deletes and re-inserts
its text), and the connections are closed and reopened every few articles, so that the
last connection's close (a checkpoint, the WAL deleted) happens again and again while
the readers read. Readers in this process open read-only connections as Datasette does
and run a full-text search as Datasette's search does; in each snapshot:

- the index holds one document per article (articles_fts_docsize, the index's own
  table: a count(*) of an external-content FTS table counts the articles table instead),
- a search for a word finds exactly the articles whose text holds it,
- every hit of a search joins an existing article.

    NEWSWATCH_READER_ROUNDS=20 .venv/bin/python -m pytest -q tests/test_readers_during_writes.py

runs more rounds (2 by default)."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from crawl_helpers import ROOT

pytestmark = pytest.mark.slow

ARTICLES = 120
REOPEN_EVERY = 10  # articles between closing and reopening the writer's connections
WORDS = ("academy", "council")  # each article's body holds one of them; a rewrite swaps it

CHECKS = """
select (select count(*) from articles) as articles,
       (select count(*) from articles_fts_docsize) as indexed,
       (select count(*) from articles where body like '%academy%') as academy_rows,
       (select count(*) from articles_fts where articles_fts match 'academy') as academy_hits,
       (select count(*) from articles_fts f left join articles a on a.id = f.rowid
         where articles_fts match 'council' and a.id is null) as orphan_hits
"""
# Datasette's full-text search of a table (its _search= query, ranked).
SEARCH = """
select a.id, a.title from articles a join articles_fts f on f.rowid = a.rowid
 where articles_fts match :q order by f.rank limit 20
"""


def write(db_path: str) -> None:
    """The writer process: store articles as the crawl does (see the module docstring)."""
    from newswatch.store import connect, utcnow, write_transaction
    from newswatch.store import crawl as crawl_store
    from newswatch.store import pages

    connect(db_path).close()
    store, ledger = connect(db_path), connect(db_path)
    for n in range(ARTICLES):
        url = f"http://127.0.0.1/news/{n}.story/"
        word = WORDS[n % 2]
        with write_transaction(store):
            article_id = pages.insert_article(store, {
                "url": url, "source": "Gazette", "title": f"Story {n}",
                "body": f"The {word} said it would publish the figures. " * 40})
            pages.add_article_url(store, url, article_id, "fetched", "Gazette", utcnow())
            pages.save_page(store, {"url": url, "article_id": article_id, "fetched_at": utcnow()},
                            os.urandom(20_000))  # incompressible: the WAL grows and is checkpointed
        if n % 3 == 2:  # a recrawl of a changed page
            earlier = pages.article_id_for_url(store, f"http://127.0.0.1/news/{n - 2}.story/")
            swapped = WORDS[(n - 1) % 2]
            with write_transaction(store):
                pages.update_article(store, earlier, {
                    "title": f"Story {n - 2}, updated",
                    "body": f"The {swapped} changed its mind about the figures. " * 40})
        with write_transaction(ledger):
            crawl_store.insert_skips(ledger, [{"source": "Gazette", "url": f"{url}?page={k}", "reason": "budget",
                                               "at": utcnow()} for k in range(20)])
        if n % REOPEN_EVERY == REOPEN_EVERY - 1:
            store.close()
            ledger.close()
            store, ledger = connect(db_path), connect(db_path)
    store.close()
    ledger.close()


def read_until(db_path: Path, done: threading.Event, seen: list, errors: Counter) -> None:
    """Open, read one snapshot, close; again until `done`. Errors are counted, not raised."""
    while not done.is_set():
        if not db_path.exists():
            time.sleep(0.005)
            continue
        try:
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        except sqlite3.Error as exc:
            errors[f"open: {type(exc).__name__}: {exc}"] += 1
            continue
        try:
            conn.execute("begin")
            snapshot = dict(zip(("articles", "indexed", "academy_rows", "academy_hits", "orphan_hits"),
                                conn.execute(CHECKS).fetchone()))
            hits = conn.execute(SEARCH, {"q": "figures"}).fetchall()
            conn.execute("commit")
            seen.append((snapshot, len(hits)))
        except sqlite3.Error as exc:
            if "no such table" not in str(exc):  # the writer has not created the schema yet
                errors[f"{type(exc).__name__}: {exc}"] += 1
        finally:
            conn.close()


def test_readers_never_see_an_error_or_an_index_out_of_step(tmp_path):
    rounds = int(os.environ.get("NEWSWATCH_READER_ROUNDS", "2"))
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    errors: Counter = Counter()
    seen: list = []
    for round_no in range(rounds):
        db_path = tmp_path / f"news{round_no}.db"
        done = threading.Event()
        readers = [threading.Thread(target=read_until, args=(db_path, done, seen, errors)) for _ in range(2)]
        for reader in readers:
            reader.start()
        try:
            writer = subprocess.run([sys.executable, __file__, str(db_path)], cwd=ROOT, env=env,
                                    capture_output=True, text=True, timeout=300)
        finally:
            done.set()
            for reader in readers:
                reader.join()
        assert writer.returncode == 0, writer.stderr[-3000:]
    print(f"{len(seen)} snapshots read over {rounds} rounds, errors {dict(errors)}")
    assert not errors, dict(errors)
    out_of_step = [s for s, _ in seen if not (s["indexed"] == s["articles"] and s["academy_hits"] == s["academy_rows"]
                                              and s["orphan_hits"] == 0)]
    assert not out_of_step, out_of_step[:5]
    assert len({s["articles"] for s, _ in seen}) >= 5, "the readers read while the writer wrote"
    assert all(hits == min(20, s["articles"]) for s, hits in seen)  # every article mentions the figures


if __name__ == "__main__":
    write(sys.argv[1])
