"""`python -m newswatch.demo` (what `make demo` runs): the whole pipeline, offline.

1. serves the fixture news site (tests/site) on 127.0.0.1 at a free port;
2. writes a sources file naming only its home page;
3. runs `newswatch crawl` (crawl, then enrich: the same code path as a real crawl) into
   data/demo.db, which is rebuilt from scratch each time;
4. prints what was stored, then, in an interactive terminal, publishes the database
   with `newswatch serve` (Ctrl-C to stop); otherwise prints the command.

Options: --db PATH (default data/demo.db), --no-serve, --no-enrich.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from newswatch.sitesrv import SiteServer

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "tests" / "site"
DEMO_SETTINGS = [
    "AUTOTHROTTLE_ENABLED=False",  # our own local server: no need to be slow
    "DOWNLOAD_DELAY=0",
    "RETRY_BACKOFF_BASE=0",
    "NEWSWATCH_PROGRESS_INTERVAL=2",
]


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def print_stored(db_path: Path) -> None:
    from newswatch.store import connect

    db = connect(db_path)
    try:
        rows = list(db.query("select id, published, source, title from articles order by published desc"))
        print(f"\n{len(rows)} articles in {db_path}:")
        for row in rows:
            print(f"  {row['id']:>3}  {(row['published'] or '')[:10]}  {row['title']}")
        urls = db.execute("select count(*) from article_urls").fetchone()[0]
        errors = list(db.query("select kind, count(*) as n from crawl_errors group by kind order by kind"))
        print(f"{urls} URLs in article_urls; crawl errors: "
              + (", ".join(f"{e['kind']} {e['n']}" for e in errors) or "none"))
        for table in ("quotes", "entities"):
            if table in db.table_names():
                print(f"{db[table].count} rows in {table}")
    finally:
        db.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m newswatch.demo", description=__doc__.split("\n")[0])
    parser.add_argument("--db", default=str(ROOT / "data" / "demo.db"))
    parser.add_argument("--no-serve", action="store_true", help="do not start Datasette at the end")
    parser.add_argument("--no-enrich", action="store_true", help="crawl only")
    args = parser.parse_args(argv)
    db_path = Path(args.db)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    remove_db(db_path)

    with SiteServer(SITE) as site, tempfile.TemporaryDirectory() as tmp:
        sources = Path(tmp) / "sources.toml"
        sources.write_text(
            f'[[sources]]\nname = "Wyre Valley Gazette (demo)"\nurl = "{site.base}/"\n', encoding="utf-8"
        )
        print(f"Serving the fixture news site at {site.base}/ and crawling it into {db_path}")
        cmd = [sys.executable, "-m", "newswatch", "crawl", "--sources", str(sources), "--db", str(db_path)]
        for setting in DEMO_SETTINGS:
            cmd += ["-s", setting]
        if args.no_enrich:
            cmd.append("--no-enrich")
        code = subprocess.call(cmd, cwd=ROOT)
    if code != 0:
        print(f"newswatch demo: `newswatch crawl` exited with {code}", file=sys.stderr)
        return code
    print_stored(db_path)

    serve_cmd = [sys.executable, "-m", "newswatch", "serve", "--db", str(db_path)]
    try:
        import newswatch.commands.serve  # noqa: F401  (another part of the project)
    except ImportError:
        print("\nBrowse it with:  newswatch serve --db", db_path)
        return 0
    if args.no_serve or not sys.stdout.isatty():
        print(f"\nBrowse it with:  newswatch serve --db {db_path}   (then open http://127.0.0.1:8001/)")
        return 0
    print("\nPublishing it with Datasette at http://127.0.0.1:8001/ (Ctrl-C to stop)", flush=True)
    os.execv(sys.executable, serve_cmd)
    return 0  # not reached


if __name__ == "__main__":
    raise SystemExit(main())
