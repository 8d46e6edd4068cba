"""The cron job: `newswatch run` crawls and enriches (newswatch.orchestrate) and refreshes
the publication, holding an exclusive lock and logging to a rotating file.

    from newswatch.cron import scheduled_run
    outcome = scheduled_run("sources.toml", "data/news.db")   # RunOutcome(status="ok", ...)

Apart from newswatch/orchestrate.py so that `newswatch crawl` does not import Datasette
(newswatch.publish), which only the publication step needs.
"""
from __future__ import annotations

import fcntl
import logging
import logging.handlers
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from crawler.sources import SourcesError
from newswatch.orchestrate import crawl_and_enrich
from newswatch.publish import refresh_publication

log = logging.getLogger("newswatch.run")

# The cron job's rotating log file: 10 MB a file, five old files kept (60 MB at most).
LOG_FILE_BYTES = 10 * 1024 * 1024
LOG_FILE_BACKUPS = 5

class AlreadyRunning(Exception):
    """Another run holds the lock."""


@dataclass
class RunOutcome:
    """What a scheduled run did. status: "ok"; "partial" (some sources failed, or
    enrichment stopped on a damaged model: the rest was stored and published); "failed"
    (a bad sources file, or the crawl itself failed: nothing published)."""
    status: str
    problem: str = ""  # for the user, when status is not "ok"
    summary: dict | None = None
    after: dict = field(default_factory=dict)


def scheduled_run(sources_path: str | Path, db_path: str | Path, *, source: str | None = None,
                  settings_overrides: dict | None = None, jobs: int | None = None,
                  lock_path: str | Path | None = None, log_path: str | Path | None = None) -> RunOutcome:
    """`newswatch run`: crawl and enrich (crawl_and_enrich), then refresh the publication,
    holding an exclusive lock (default: the database path plus .lock; AlreadyRunning if
    another run holds it) and logging to a rotating file (default: logs/newswatch.log
    next to the database)."""
    db_path = Path(db_path)
    lock_path = Path(lock_path) if lock_path else db_path.with_name(db_path.name + ".lock")
    log_path = Path(log_path) if log_path else db_path.parent / "logs" / "newswatch.log"
    with exclusive_lock(lock_path):
        handler = setup_file_logging(log_path)
        try:
            return _run_locked(sources_path, db_path, source=source, settings_overrides=settings_overrides,
                               jobs=jobs)
        finally:
            logging.getLogger().removeHandler(handler)
            handler.close()


def _run_locked(sources_path, db_path: Path, *, source, settings_overrides, jobs) -> RunOutcome:
    log.info("newswatch run started: sources=%s db=%s", sources_path, db_path)
    try:
        summary, after = crawl_and_enrich(sources_path, db_path, source=source,
                                          settings_overrides=settings_overrides, jobs=jobs)
    except (SourcesError, ValueError) as exc:
        log.error("%s", exc)
        return RunOutcome("failed", str(exc))
    if summary["status"] == "failed":
        log.error("crawl failed: %s", summary)
        return RunOutcome("failed", "the crawl failed; see the log", summary)
    log.info("after crawl: %s", after)
    refresh_publication(db_path)
    if "enrich_error" in after:
        log.error("enrichment stopped: %s", after["enrich_error"])
        return RunOutcome("partial", f"partial failure: enrichment stopped: {after['enrich_error']}", summary, after)
    failed = [name for name, s in summary["sources"].items() if s["status"] == "failed"]
    if failed:
        log.warning("sources failed: %s", ", ".join(failed))
        return RunOutcome("partial", f"partial failure: {', '.join(failed)} failed", summary, after)
    log.info("newswatch run finished: ok")
    return RunOutcome("ok", "", summary, after)


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
    """Send INFO and up to a rotating log file at `path`; returns the handler to remove."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_FILE_BYTES, backupCount=LOG_FILE_BACKUPS, encoding="utf-8"
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
