"""The flow of newswatch in one place: crawl -> store -> enrich -> cluster -> publish, as
plain functions. `newswatch crawl` calls crawl_and_enrich, `newswatch run` (the cron
job) scheduled_run, `import` and `backfill` after_crawl, and `newswatch demo` crawl_and_enrich.

    from newswatch.orchestrate import crawl_and_enrich
    summary, after = crawl_and_enrich("sources.toml", "data/news.db", settings_overrides={...})

1. crawl: crawler.runner runs the spider in this process (Twisted's reactor); the item
   pipelines store each article as it comes (pipelines/store.py);
2. enrich: meanwhile a follower process (newswatch.follower, nlp/follow.py) enriches
   what the crawl has committed, and makes a final pass when it ends (after an import
   or a backfill, the same process makes that one pass);
3. cluster: the story clusters over the new and changed articles (cluster_db), made
   in this process while the follower makes its final pass (they read only titles and
   bodies, which enrichment does not change);
4. publish: the published snapshot Datasette serves (newswatch.publish), refreshed by
   the cron job.

Each step's result is printed as it finishes (newswatch.reporting). Nothing is lost by
a kill at any moment: the crawl commits each article, enrichment each batch; the next
run picks up whatever is left.
"""
from __future__ import annotations

import fcntl
import logging
import logging.handlers
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from crawler.runner import crawl
from crawler.sources import SourcesError, load_sources
from nlp.clusters import cluster_db
from newswatch.follower import EnrichError, EnrichFollower
from newswatch.publish import refresh_publication
from newswatch.reporting import report_clusters, report_enrich, report_enrich_error
from newswatch.store import connect

log = logging.getLogger("newswatch.run")

# The cron job's rotating log file: 10 MB a file, five old files kept (60 MB at most).
LOG_FILE_BYTES = 10 * 1024 * 1024
LOG_FILE_BACKUPS = 5


def crawl_and_enrich(sources_path: str | Path, db_path: str | Path, *, source: str | None = None,
                     settings_overrides: dict | None = None, enrich: bool = True,
                     jobs: int | None = None) -> tuple[dict, dict | None]:
    """Crawl (crawler.runner.crawl) with enrichment following it when `enrich`; then, if
    the crawl did not fail, the clusters. Returns (crawl summary, after-crawl result or
    None); raises what crawl() raises (SourcesError for a bad sources file, before any
    work)."""
    if not load_sources(sources_path, only=source):
        raise SourcesError(f"{sources_path}: every source is disabled (enabled = false)")
    follower = None
    if enrich:
        connect(db_path).close()  # the schema, before two processes open the database
        follower = EnrichFollower(db_path, jobs=jobs).start()
    try:
        summary = crawl(sources_path, db_path, source=source, settings_overrides=settings_overrides)
    except BaseException:
        if follower:
            follower.abandon()
        raise
    if summary["status"] == "failed":
        if follower:
            follower.abandon()
        return summary, None
    if not enrich:
        return summary, None
    return summary, after_crawl(str(db_path), follower)


def after_crawl(db_path: str, follower: EnrichFollower | None = None) -> dict:
    """The batch step after a crawl: findings and relevance for new and changed articles
    (the follower's final pass; without a follower, one started for that pass) and,
    meanwhile, the story clusters (cluster_db). An article that fails is recorded
    (enrich_failures) and reported on stderr; a damaged classifier model or a failed
    enrich process stops enrichment with an error ("enrich_error" in the result), the
    clusters are still made."""
    follower = follower or EnrichFollower(db_path).start()
    follower.stop()  # its final pass, while the clusters are made here
    try:
        # No progress bar: the follower's final pass draws its own on the same terminal.
        clusters = cluster_db(db_path, progress=False)
    except BaseException:
        follower.abandon()
        raise
    result: dict = {}
    try:
        enriched = follower.finish()
        report_enrich(enriched)
        result["enrich"] = enriched
    except EnrichError as exc:
        report_enrich_error(str(exc), model=exc.model)
        result["enrich_error"] = str(exc)
    report_clusters(clusters)
    result["clusters"] = clusters
    return result


# --- the cron job: the whole flow under a lock, logged ---------------------------------

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
