"""Crash safety: SIGKILL `newswatch crawl` at random moments, then crawl again.

After every kill the database passes `PRAGMA integrity_check` and still holds every
article that had been committed before the kill; after a final complete crawl it holds
every article of the fixture site exactly once, and the killed runs' crawl_runs rows
are marked "interrupted". A reader in WAL mode sees consistent data while a crawl writes.

Kills are counted only when they land in a running process, at moments drawn over the
work left (start-up, mid-crawl, and with enrichment the last enrich pass), on a generated
site sized so that there is work left for every kill. `make test` lands 3 kills. For the
full run (20 kills):

    NEWSWATCH_CRASH_KILLS=20 .venv/bin/python -m pytest -q -s tests/test_crash.py -k kills

(both the crawl alone and the crawl with enrichment overlapped, as `newswatch crawl` runs).

NEWSWATCH_CRASH_SEED=N replays the kill moments of an earlier run (the seed is printed).
"""
from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from crawl_helpers import ROOT, crawl_cmd, serve_site, write_sources
from short_site import build_site

from nlp.pipeline import NLP_VERSION

pytestmark = pytest.mark.slow

# A kill moment mid-crawl comes after 1 to FETCH_MAX more articles (12.5 on average, plus
# the requests in flight); the generated site has SITE_PER_KILL articles per kill, so
# that work is left for every kill, runs that end before their moment included.
FETCH_MAX = 24
SITE_PER_KILL = 20
# Slow the crawl down a little so that kills land in the middle of it.
SETTINGS = {"DOWNLOAD_DELAY": "0.1", "CONCURRENT_REQUESTS_PER_DOMAIN": "2"}


def env():
    return dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))


def read(db_path, sql, params=()):
    """Rows as dicts, through a separate read-only connection."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, params)]
    finally:
        conn.close()


def read_settled(db_path, sql, params=()) -> list[dict] | None:
    """`read`, or None while there is no database or schema yet. Any other error (a
    killed writer's WAL being recovered) is retried for a few seconds, then raised: it is
    never taken for an empty database."""
    if not os.path.exists(db_path):
        return None
    deadline = time.monotonic() + 5
    while True:
        try:
            return read(db_path, sql, params)
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def committed_urls(db_path) -> set[str]:
    return {r["url"] for r in read_settled(db_path, "select url from articles") or []}


def integrity(db_path) -> str:
    conn = sqlite3.connect(db_path, timeout=30)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


def children(pid: int) -> set[int]:
    """The live descendants of `pid`: its children (the enrich follower), theirs (the
    analysis workers), and so on (Linux /proc)."""
    parent = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parent[int(entry)] = int(fields[1])
    out, todo = set(), [pid]
    while todo:
        this = todo.pop()
        found = {child for child, ppid in parent.items() if ppid == this}
        out |= found
        todo += found
    return out


def alive(pids: set[int]) -> set[int]:
    """Those of `pids` still running (a zombie is not running)."""
    out = set()
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state not in ("Z", "X"):
            out.add(pid)
    return out


def half_enriched(db_path) -> list[dict]:
    """Articles with findings but not marked enriched (the fixture site never changes an
    article, so an article that is not enriched has no findings at all)."""
    return read(db_path, """
        select id from articles where nlp_version is null
           and (exists (select 1 from mentions m where m.article_id = articles.id)
                or exists (select 1 from quotes q where q.article_id = articles.id))""")


def crawl_ended(db_path, pid: int) -> bool:
    """Whether the crawl of the run with this pid has finished (its enrichment goes on)."""
    return bool(read_settled(db_path, "select 1 from crawl_runs where pid = ? and status != 'running'", [pid]))


def findings(db_path) -> dict:
    return {
        "mentions": sorted(tuple(r.values()) for r in read(db_path, "select article_id, entity_id, count, first_offset from mentions")),
        "quotes": sorted(tuple(r.values()) for r in read(db_path, "select article_id, speaker, text, start, end from quotes")),
    }


def test_random_kills_lose_nothing_and_leave_no_duplicates(tmp_path):
    kill_repeatedly(tmp_path, enrich=False)


def test_random_kills_of_the_overlapped_crawl_and_enrich(tmp_path):
    """The same with enrichment following the crawl (newswatch.orchestrate): no process of
    a killed run survives it, no article is ever half-enriched, and in the end every
    article holds exactly the findings a fresh `enrich --all` gives."""
    db = kill_repeatedly(tmp_path, enrich=True)
    assert {r["nlp_version"] for r in read(db, "select nlp_version from articles")} == {NLP_VERSION}
    after_kills = findings(db)
    assert after_kills["mentions"] and after_kills["quotes"]
    redo = subprocess.run([sys.executable, "-m", "newswatch", "enrich", "--db", str(db), "--all", "--no-progress"],
                          cwd=ROOT, env=env(), capture_output=True, text=True, timeout=300)
    assert redo.returncode == 0, redo.stderr[-3000:]
    assert findings(db) == after_kills


def kill_moment(rng: random.Random, *, remaining: int, enrich: bool) -> tuple[str, float]:
    """Where the next kill lands: ("startup", seconds after the start), ("crawl", articles
    fetched first) or, with enrichment, ("last pass", its crawl stopped after so many
    new articles by CLOSESPIDER_ITEMCOUNT, then up to 0.4 s into the last enrich pass)."""
    draw = rng.random()
    if not remaining or draw < 0.15:
        return "startup", rng.uniform(0, 1.5)
    if enrich and draw < 0.5:
        return "last pass", rng.randint(1, min(remaining, FETCH_MAX))
    return "crawl", rng.randint(1, min(remaining, FETCH_MAX))


def kill_repeatedly(tmp_path, *, enrich: bool):
    """Kill runs until `kills` kills have landed in a running process (a run that ends
    before its moment does not count), each at a moment drawn over the work left: start-up,
    after some articles are fetched, or in the last enrich pass. The generated site has
    enough articles (SITE_PER_KILL a kill) for every kill to land in work still to do."""
    kills = int(os.environ.get("NEWSWATCH_CRASH_KILLS", "3"))
    seed = int(os.environ.get("NEWSWATCH_CRASH_SEED", str(random.randrange(1_000_000))))
    rng = random.Random(seed)
    why = f"(NEWSWATCH_CRASH_SEED={seed})"
    db = tmp_path / "news.db"
    paths = build_site(tmp_path / "site", SITE_PER_KILL * kills)
    killed_pids, finished_early, moments, after_crawl = [], 0, [], set()
    with serve_site(tmp_path / "site") as site:
        sources = write_sources(tmp_path / "sources.toml", site.base)
        cmd = crawl_cmd(sources, db, settings=SETTINGS, enrich=enrich)
        while len(killed_pids) < kills:
            assert finished_early <= 2 * kills, f"{finished_early} runs ended before their kill moment {why}"
            kind, at = kill_moment(rng, remaining=len(paths) - len(committed_urls(db)), enrich=enrich)
            run = cmd + ["-s", f"CLOSESPIDER_ITEMCOUNT={at}"] if kind == "last pass" else cmd
            site.clear_log()
            proc = subprocess.Popen(run, cwd=ROOT, env=env(), stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            try:
                wait_for_moment(site, db, proc, kind, at, rng)
                before = committed_urls(db)
                helpers = children(proc.pid)
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                    killed_pids.append(proc.pid)
                else:
                    finished_early += 1
                proc.wait(timeout=30)
                if proc.pid in killed_pids:
                    # Read once the process is dead: whether its crawl had finished.
                    if crawl_ended(db, proc.pid):
                        after_crawl.add(proc.pid)  # its crawl_runs row is finished, not "interrupted"
                    moments.append("after the crawl" if proc.pid in after_crawl else kind)
                deadline = time.monotonic() + 10
                while alive(helpers) and time.monotonic() < deadline:
                    time.sleep(0.05)
                assert not alive(helpers), f"processes of a killed run survived it: {alive(helpers)} {why}"
            finally:
                if proc.poll() is None:
                    proc.kill()
                    proc.wait()
            if db.exists():
                assert integrity(db) == "ok", why
            lost = before - committed_urls(db)
            assert not lost, f"committed articles lost by a kill: {lost} {why}"
            if enrich and committed_urls(db):
                assert not half_enriched(db), why

        site.clear_log()
        final = subprocess.run(cmd, cwd=ROOT, env=env(), capture_output=True, text=True, timeout=600)
    assert final.returncode == 0, final.stderr[-3000:]
    assert integrity(db) == "ok", why

    stored = read(db, "select url, content_hash from articles")
    expected = {site.base + p for p in paths}
    assert {r["url"] for r in stored} == expected, why
    assert len(stored) == len({r["url"] for r in stored}) == len({r["content_hash"] for r in stored}), why
    # The rows of the killed runs are marked by the next run; none is left "running".
    runs = read(db, "select pid, status, ended from crawl_runs")
    assert not [r for r in runs if r["status"] == "running"], why
    for pid in set(killed_pids) - after_crawl:
        mine = [r for r in runs if r["pid"] == pid]
        assert all(r["status"] == "interrupted" and r["ended"] for r in mine), (mine, why)
    print(f"{len(killed_pids)} kills landed ({', '.join(f'{moments.count(k)} {k}' for k in MOMENTS)}), "
          f"{finished_early} runs ended before their moment, {len(stored)} articles {why}")
    return db


# Where kills landed, as reported: "after the crawl" is in the last enrich pass when
# enrichment follows the crawl, else in the crawl's closing.
MOMENTS = ("startup", "crawl", "after the crawl")


def wait_for_moment(site, db, proc, kind: str, at: float, rng: random.Random) -> None:
    """Block until the kill moment (or the run's end, or a minute)."""
    deadline = time.monotonic() + 60
    if kind == "startup":
        time.sleep(at)
        return
    if kind == "crawl":
        while (sum(p.startswith("/news/") for p in site.requests()) < at and proc.poll() is None
               and time.monotonic() < deadline):
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.3))
        return
    while not crawl_ended(db, proc.pid) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(rng.uniform(0, 0.4))  # the last pass over at most FETCH_MAX articles is short


def test_reader_sees_consistent_data_while_a_crawl_writes(tmp_path):
    """A reader in WAL mode is never blocked and every snapshot it sees is whole:
    each URL row and each stored page points at an existing article, and the full-text
    index has exactly one document per article, each search hit an existing article (it
    is written by triggers in the same transaction). The index is counted in its own
    table: a count(*) of articles_fts (external content) counts the articles table.
    tests/test_readers_during_writes.py presses harder."""
    db = tmp_path / "news.db"
    checks = """
        select (select count(*) from article_urls u left join articles a on a.id = u.article_id
                 where a.id is null) as orphan_urls,
               (select count(*) from pages p left join articles a on a.id = p.article_id
                 where p.article_id is not null and a.id is null) as orphan_pages,
               (select count(*) from articles) as articles,
               (select count(*) from articles_fts_docsize) as fts_rows,
               (select count(*) from articles_fts f left join articles a on a.id = f.rowid
                 where articles_fts match 'school' and a.id is null) as orphan_hits
    """
    reads, seen = 0, set()
    with serve_site() as site:
        sources = write_sources(tmp_path / "sources.toml", site.base)
        proc = subprocess.Popen(crawl_cmd(sources, db, settings=SETTINGS), cwd=ROOT, env=env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            while proc.poll() is None:
                try:
                    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
                except sqlite3.OperationalError:
                    time.sleep(0.05)
                    continue
                try:
                    conn.row_factory = sqlite3.Row
                    conn.execute("begin")
                    row = dict(conn.execute(checks).fetchone())
                    conn.execute("commit")
                except sqlite3.OperationalError as exc:
                    if "no such table" in str(exc):  # migrations not applied yet
                        continue
                    raise
                finally:
                    conn.close()
                reads += 1
                seen.add(row["articles"])
                assert row["orphan_urls"] == 0 and row["orphan_pages"] == 0 and row["orphan_hits"] == 0, row
                assert row["fts_rows"] == row["articles"], row
                time.sleep(0.02)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait(timeout=60)
    assert proc.returncode == 0, proc.stderr.read()[-3000:]
    assert reads >= 10
    assert len(seen) >= 3, f"the reader saw the crawl's progress: counts {sorted(seen)}"
