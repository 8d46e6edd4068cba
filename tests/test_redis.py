"""A shared crawl frontier on Redis (scrapy-redis), switched on by `-s REDIS_URL=...`:
two crawler processes against one Redis split the work and never fetch a page twice.

Needs /usr/bin/redis-server (the test starts its own on a free port); skipped without it."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import uuid
from collections import Counter

import pytest

from crawl_helpers import ROOT, crawl_cmd, load_truth, serve_site, write_sources
from newswatch.store import connect

pytestmark = [pytest.mark.redis, pytest.mark.slow]

REDIS = shutil.which("redis-server") or ("/usr/bin/redis-server" if os.path.exists("/usr/bin/redis-server") else None)
TRUTH = load_truth()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def redis_url(tmp_path):
    if not REDIS:
        pytest.skip("redis-server is not installed")
    port = free_port()
    proc = subprocess.Popen(
        [REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise RuntimeError("redis-server did not start")
        yield f"redis://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_two_processes_share_one_frontier_and_fetch_each_page_once(tmp_path, redis_url):
    db = tmp_path / "news.db"
    connect(db).close()  # create the schema before two processes open the file
    settings = {
        "REDIS_URL": redis_url,
        "NEWSWATCH_FRONTIER": f"test-{uuid.uuid4().hex[:8]}",
        # Slow enough that both processes are busy at once.
        "DOWNLOAD_DELAY": "0.2",
        "CONCURRENT_REQUESTS_PER_DOMAIN": "2",
    }
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with serve_site() as site:
        sources = write_sources(tmp_path / "sources.toml", site.base)
        cmd = crawl_cmd(sources, db, settings=settings)
        procs = [subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True) for _ in range(2)]
        outputs = [p.communicate(timeout=240) for p in procs]
        log = list(site.log)
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode == 0, err[-3000:]

    # robots.txt is fetched by each process's RobotsTxtMiddleware by design, and a 5xx
    # answer is retried; every other page is fetched once across both processes.
    fetched = Counter(e["path"] for e in log
                      if e["method"] == "GET" and e["path"] != "/robots.txt" and e["status"] < 500)
    twice = {path: n for path, n in fetched.items() if n > 1}
    assert not twice, twice

    conn = connect(db)
    try:
        stored = {r["url"] for r in conn.query("select url from articles")}
        runs = list(conn.query("select pid, pages_fetched from crawl_runs"))
    finally:
        conn.close()
    assert stored == {site.base + a["url"] for a in TRUTH["articles"]}
    # Both processes did part of the work.
    assert len(runs) == 2 and all(r["pages_fetched"] > 0 for r in runs), runs
