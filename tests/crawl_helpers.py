"""Helpers for tests that need a crawled database (import them from any test):

    from crawl_helpers import serve_site, crawl_site   # tests/ is on sys.path under pytest

    with serve_site() as site:                       # newswatch/demo_site on 127.0.0.1:<free port>
        result = crawl_site(site, tmp_path / "news.db")
        assert result.returncode == 0

`crawl_site` runs `python -m newswatch crawl ... --no-enrich` in a subprocess (Twisted's
reactor cannot restart inside one process) with politeness delays switched off for the
local server. The fixture site's truth (every article, its title, dates and body) is in
`load_truth()`. `untraced(db, site.log)` lists the paths a crawl fetched that left no
trace in the database (should be none).
"""
from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from newswatch.demo import SITE as SITE_DIR  # the demo site ships in the package
from newswatch.sitesrv import SiteServer

ROOT = Path(__file__).resolve().parents[1]

# Settings for crawling the local fixture server quickly.
FAST_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "RETRY_BACKOFF_BASE": "0",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "8",
    "NEWSWATCH_PROGRESS_INTERVAL": "0",
    "DOWNLOAD_TIMEOUT": "20",
}


@contextlib.contextmanager
def serve_site(root: str | Path = SITE_DIR):
    """Serve a fixture site on 127.0.0.1 at a free port for the duration."""
    server = SiteServer(root)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def load_truth(root: str | Path = SITE_DIR) -> dict:
    return json.loads((Path(root) / "_truth.json").read_text(encoding="utf-8"))


def write_sources(path: str | Path, base: str, *, name: str = "Wyre Valley Gazette", extra: str = "") -> Path:
    """A sources file with one source given only its home page."""
    path = Path(path)
    path.write_text(f'[[sources]]\nname = "{name}"\nurl = "{base}/"\n{extra}', encoding="utf-8")
    return path


def crawl_cmd(sources: str | Path, db_path: str | Path, *, source: str | None = None,
              settings: dict | None = None, enrich: bool = False) -> list[str]:
    cmd = [sys.executable, "-m", "newswatch", "crawl", "--sources", str(sources), "--db", str(db_path)]
    if source:
        cmd += ["--source", source]
    for name, value in {**FAST_SETTINGS, **(settings or {})}.items():
        cmd += ["-s", f"{name}={value}"]
    if not enrich:
        cmd.append("--no-enrich")
    return cmd


def run_crawl(sources: str | Path, db_path: str | Path, *, source: str | None = None,
              settings: dict | None = None, enrich: bool = False, timeout: float = 180) -> subprocess.CompletedProcess:
    """Run `newswatch crawl` in a subprocess; returns the CompletedProcess (text output)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.run(
        crawl_cmd(sources, db_path, source=source, settings=settings, enrich=enrich),
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )


def crawl_site(site: SiteServer, db_path: str | Path, *, settings: dict | None = None,
               enrich: bool = False, sources_path: str | Path | None = None) -> subprocess.CompletedProcess:
    """Crawl the served fixture site (given only its home URL) into `db_path`."""
    db_path = Path(db_path)
    sources = Path(sources_path) if sources_path else db_path.with_suffix(".sources.toml")
    write_sources(sources, site.base)
    return run_crawl(sources, db_path, settings=settings, enrich=enrich)


def rows(db_path, sql, params=()) -> list[dict]:
    """The rows of a query on a crawled database, as dicts."""
    con = sqlite3.connect(db_path)
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql, params)]
    finally:
        con.close()


def paths(urls) -> set[str]:
    out = set()
    for url in urls:
        if url:
            parts = urlsplit(url)
            out.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return out


def untraced(db, log) -> set[str]:
    """Paths the server answered that are in none of the tables a fetch can end up in."""
    traced = paths(r["url"] for r in rows(db, "select url from pages union select url from crawl_errors "
                                              "union select url from fetch_state union select url from skipped_pages"))
    traced |= paths(r["u"] for r in rows(db, "select requested_url as u from skipped_pages union "
                                             "select url from article_urls"))
    return {e["path"] for e in log if e["path"] != "/robots.txt"} - traced
