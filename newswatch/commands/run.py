"""`newswatch run`: the cron entry point.

Crawl and enrich, overlapped (newswatch.orchestrate), refresh what the publication
needs, under a lock so two runs never overlap, logging to a rotating file. Exit codes:

    0   success: every source crawled, enrichment done
    1   partial failure: some sources failed (the rest were stored and enriched), or
        enrichment stopped on a damaged classifier model (the crawl was stored)
    2   failure: bad arguments or sources file, or the crawl itself failed
    75  another run holds the lock (EX_TEMPFAIL); nothing was done
"""
from __future__ import annotations

import argparse
import fcntl
import logging
import logging.handlers
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from newswatch.commands.enrich import add_jobs_argument

EXIT_OK, EXIT_PARTIAL, EXIT_FAILED, EXIT_LOCKED = 0, 1, 2, 75

log = logging.getLogger("newswatch.run")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--sources", required=True, help="sources.toml listing the outlets")
    p.add_argument("--db", required=True, help="SQLite database to crawl into")
    p.add_argument("--source", help="crawl only the source with this name")
    p.add_argument(
        "--log-file",
        help="rotating log file (default: logs/newswatch.log next to the database)",
    )
    p.add_argument(
        "--lock-file", help="lock file (default: the database path plus .lock)"
    )
    add_jobs_argument(p)
    p.add_argument(
        "-s",
        dest="settings",
        action="append",
        default=[],
        metavar="SETTING=VALUE",
        help="override a Scrapy setting, as with `scrapy crawl -s` (repeatable)",
    )


class AlreadyRunning(Exception):
    pass


@contextmanager
def exclusive_lock(path: Path):
    """Hold an exclusive, non-blocking flock on `path` for the duration.

    The kernel drops the lock when the process dies, so a SIGKILLed run never
    leaves a stale lock behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "unknown"
            raise AlreadyRunning(f"another newswatch run (pid {holder}) holds {path}")
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        yield
    finally:
        os.close(fd)


def setup_file_logging(path: Path) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=10 * 1024 * 1024, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(
        logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    )
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return handler


def run(args: argparse.Namespace) -> int:
    db_path = Path(args.db)
    lock_path = Path(args.lock_file) if args.lock_file else db_path.with_name(db_path.name + ".lock")
    log_path = Path(args.log_file) if args.log_file else db_path.parent / "logs" / "newswatch.log"
    try:
        with exclusive_lock(lock_path):
            handler = setup_file_logging(log_path)
            try:
                return _run_locked(args)
            finally:
                logging.getLogger().removeHandler(handler)
                handler.close()
    except AlreadyRunning as exc:
        print(f"newswatch run: {exc}; exiting without doing anything", file=sys.stderr)
        return EXIT_LOCKED


def _run_locked(args: argparse.Namespace) -> int:
    from crawler.sources import SourcesError
    from newswatch.commands.crawl import parse_settings
    from newswatch.orchestrate import crawl_and_enrich
    from newswatch.publish import refresh_publication

    log.info("newswatch run started: sources=%s db=%s", args.sources, args.db)
    try:
        overrides = parse_settings(args.settings)
        # Scrapy's own log to stderr stays quiet (cron mails stderr); the rotating
        # file still gets INFO and up.
        overrides.setdefault("LOG_LEVEL", "WARNING")
        summary, after = crawl_and_enrich(args.sources, args.db, source=args.source,
                                          settings_overrides=overrides, jobs=args.jobs)
    except (SourcesError, ValueError) as exc:
        log.error("%s", exc)
        print(f"newswatch run: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if summary["status"] == "failed":
        log.error("crawl failed: %s", summary)
        print("newswatch run: the crawl failed; see the log", file=sys.stderr)
        return EXIT_FAILED
    log.info("after crawl: %s", after)
    refresh_publication(args.db)
    if "enrich_error" in after:
        log.error("enrichment stopped: %s", after["enrich_error"])
        print(f"newswatch run: partial failure: enrichment stopped: {after['enrich_error']}", file=sys.stderr)
        return EXIT_PARTIAL
    failed = [name for name, s in summary["sources"].items() if s["status"] == "failed"]
    if failed:
        log.warning("sources failed: %s", ", ".join(failed))
        print(f"newswatch run: partial failure: {', '.join(failed)} failed", file=sys.stderr)
        return EXIT_PARTIAL
    log.info("newswatch run finished: ok")
    return EXIT_OK
