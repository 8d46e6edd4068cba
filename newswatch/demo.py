"""The demo: the whole pipeline, offline, on the fixture news site shipped in the package
(newswatch/demo_site, written for this project). `newswatch demo` runs it, as do
`python -m newswatch.demo` and `make demo`:

1. serves the demo site on 127.0.0.1 at a free port (newswatch.sitesrv);
2. writes a sources file naming only its home page;
3. crawls it into data/demo.db (rebuilt from scratch each time) and enriches it while
   the crawl goes on: newswatch.orchestrate.crawl_and_enrich, as `newswatch crawl` does;
4. prints what was stored, then, in an interactive terminal, publishes the database
   with `newswatch serve` (Ctrl-C to stop); otherwise prints the command.
"""
from __future__ import annotations

import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

from newswatch.sitesrv import SiteServer
from newswatch.store import connect

SITE = Path(__file__).resolve().parent / "demo_site"
DEFAULT_DB = Path("data") / "demo.db"  # relative to the working directory
SOURCE_NAME = "Wyre Valley Gazette (demo)"
DEMO_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False",  # our own local server: no need to be slow
    "DOWNLOAD_DELAY": "0",
    "RETRY_BACKOFF_BASE": "0",
    "NEWSWATCH_PROGRESS_INTERVAL": "2",
    "LOG_LEVEL": "WARNING",  # as `newswatch crawl` without -v
}


def remove_db(path: Path) -> None:
    """Delete a database and its WAL files: the demo starts from scratch."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


@contextmanager
def serve_demo_site():
    """Serve the demo site on 127.0.0.1 for the duration; yields (server, sources file
    naming its home page)."""
    if not (SITE / "index.html").is_file():
        raise FileNotFoundError(f"the demo site is missing from the installed package ({SITE})")
    with SiteServer(SITE) as site, tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.toml"
        sources.write_text(f'[[sources]]\nname = "{SOURCE_NAME}"\nurl = "{site.base}/"\n', encoding="utf-8")
        yield site, sources


def stored_report(db_path: Path) -> str:
    """What the demo crawl stored: the articles, the URLs, the errors and the findings."""
    db = connect(db_path)
    try:
        rows = list(db.query("select id, published, source, title from articles order by published desc"))
        lines = [f"\n{len(rows)} articles in {db_path}:"]
        for row in rows:
            lines.append(f"  {row['id']:>3}  {(row['published'] or '')[:10]}  {row['title']}")
        urls = db.execute("select count(*) from article_urls").fetchone()[0]
        errors = list(db.query("select kind, count(*) as n from crawl_errors group by kind order by kind"))
        lines.append(f"{urls} URLs in article_urls; crawl errors: "
                     + (", ".join(f"{e['kind']} {e['n']}" for e in errors) or "none"))
        for table in ("quotes", "entities"):
            if table in db.table_names():
                lines.append(f"{db[table].count} rows in {table}")
    finally:
        db.close()
    return "\n".join(lines)


def serve_command(db_path: Path) -> list[str]:
    """The `newswatch serve` command line that publishes the demo database."""
    return [sys.executable, "-m", "newswatch", "serve", "--db", str(db_path)]


if __name__ == "__main__":  # `python -m newswatch.demo [OPTIONS]` is `newswatch demo [OPTIONS]`
    from newswatch.cli import main

    raise SystemExit(main(["demo", *sys.argv[1:]]))
