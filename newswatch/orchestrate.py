"""A crawl with enrichment overlapped, then the story clusters: what `newswatch crawl` and
`newswatch run` do.

    from newswatch.orchestrate import crawl_and_enrich
    summary, after = crawl_and_enrich("sources.toml", "data/news.db", settings_overrides={...})

While the crawl fetches (in this process: Twisted's reactor), an enrich follower (a
forked process, nlp.enrich with a persistent nlp.parallel.Analyser) enriches what the
crawl has committed: it polls the database for articles whose nlp_version or
model_version is stale, as `newswatch enrich` selects them, and runs a pass whenever a
batch's worth has arrived. When the crawl ends it makes a final pass over everything
left (articles updated behind it included) and reports its totals. So a run takes about
as long as its slower half instead of the sum. Then clusters are made, as before.

Nothing is lost by a kill at any moment: the crawl commits each article, the follower
commits each batch of findings in one transaction (an article is enriched wholly or not
at all), and the follower and its workers die with this process (PR_SET_PDEATHSIG); the
next run enriches whatever is left stale. Only this module knows about the follower.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
from pathlib import Path

POLL_SECONDS = 1.0
SUMMED = ("articles", "mentions", "quotes", "people", "scored", "failed")


def _merge(total: dict | None, one: dict) -> dict:
    """The follower's running totals over its passes."""
    from nlp.enrich import MAX_ERRORS_KEPT

    if total is None:
        return {**one, "errors": list(one["errors"])}
    for key in SUMMED:
        total[key] += one[key]
    total["errors"] = (total["errors"] + one["errors"])[:MAX_ERRORS_KEPT]
    total["skipped_changed"] = one["skipped_changed"]  # picked up by the next pass: the last counts
    for key in ("nlp_version", "classifier", "classifier_unavailable", "jobs"):
        total[key] = one.get(key, total.get(key))
    for pid, memory in one.get("workers", {}).items():
        total.setdefault("workers", {})[pid] = memory
    return total


def _stale_count(db, nlp_version: str) -> int:
    """A cheap count of articles the enrich pass may want (not yet at this pipeline)."""
    return db.execute("SELECT count(*) FROM articles WHERE nlp_version IS NOT ?", [nlp_version]).fetchone()[0]


def _follow(db_path: str, jobs: int | None, batch_size: int, stop, conn, parent_pid: int, progress: bool) -> None:
    """The follower process: enrich passes until `stop` is set, then a final one; sends
    ("ok", totals), ("model_error", message) or ("error", message) on `conn`."""
    from newswatch.store import connect
    from nlp.batch import error_line
    from nlp.classifier import ModelError
    from nlp.enrich import enrich
    from nlp.parallel import Analyser, die_with_parent, usable_cores
    from nlp.pipeline import NLP_VERSION, load_pipeline

    die_with_parent(parent_pid)
    started = time.monotonic()
    total = None
    try:
        analyser = Analyser(load_pipeline(batch_size=batch_size, registers_db=db_path), jobs=jobs or usable_cores(),
                            batch_size=batch_size)
        db = connect(db_path, migrate=False)
        with analyser:
            left = None  # stale articles a pass left behind (failures, known failures)
            while True:
                final = stop.is_set()  # set before this pass began: it sees the whole crawl
                if not final and left is not None and _stale_count(db, NLP_VERSION) - left < batch_size * analyser.jobs:
                    stop.wait(POLL_SECONDS)
                    continue
                one = enrich(db_path, batch_size=batch_size, analyser=analyser, progress=progress and final)
                total = _merge(total, one)
                left = _stale_count(db, NLP_VERSION)
                if final:
                    break
        db.close()
        total["seconds"] = round(time.monotonic() - started, 2)
        conn.send(("ok", total))
    except ModelError as exc:
        conn.send(("model_error", str(exc)))
    except Exception as exc:  # noqa: BLE001  (reported to the parent, which reports it)
        conn.send(("error", error_line(exc)))
    finally:
        conn.close()


class EnrichFollower:
    """The enrich follower process: start() before the crawl, finish() after it (returns
    the enrich summary; raises ModelError or EnrichError), abandon() if the crawl failed."""

    def __init__(self, db_path: str | Path, *, jobs: int | None = None, batch_size: int = 64):
        self.db_path, self.jobs, self.batch_size = str(db_path), jobs, batch_size
        self.process = None

    def start(self) -> "EnrichFollower":
        ctx = multiprocessing.get_context("fork")  # before the reactor runs: nothing to inherit but imports
        self._stop = ctx.Event()
        self._conn, child = ctx.Pipe(duplex=False)
        sys.stdout.flush()
        sys.stderr.flush()
        self.process = ctx.Process(
            target=_follow, name="newswatch-enrich",
            args=(self.db_path, self.jobs, self.batch_size, self._stop, child, os.getpid(), sys.stderr.isatty()))
        self.process.start()
        child.close()
        return self

    def finish(self) -> dict:
        from nlp.classifier import ModelError

        self._stop.set()
        try:
            status, value = self._conn.recv()
        except EOFError:
            status, value = "error", None
        self.process.join()
        if status == "ok":
            return value
        if status == "model_error":
            raise ModelError(value)
        raise EnrichError(value or f"the enrich process died (exit code {self.process.exitcode})")

    def abandon(self) -> None:
        """Stop the follower now. A batch being written is rolled back whole."""
        if self.process is not None and self.process.is_alive():
            self.process.kill()
        if self.process is not None:
            self.process.join()


class EnrichError(RuntimeError):
    """Enrichment as a whole failed (not one article: those are in enrich_failures)."""


def crawl_and_enrich(sources_path: str | Path, db_path: str | Path, *, source: str | None = None,
                     settings_overrides: dict | None = None, enrich: bool = True,
                     jobs: int | None = None) -> tuple[dict, dict | None]:
    """Crawl (crawler.runner.crawl) with enrichment following it when `enrich`; then, if
    the crawl did not fail, the clusters. Returns (crawl summary, after-crawl result or
    None); raises what crawl() raises (SourcesError for a bad sources file, before any
    work)."""
    from crawler.runner import crawl
    from crawler.sources import SourcesError, load_sources
    from newswatch.store import connect

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
    (the follower's, or a plain nlp.enrich pass), then story clusters over them
    (nlp.clusters). An article that fails is recorded (enrich_failures) and
    reported on stderr; a damaged classifier model or a failed enrich process stops
    enrichment with an error ("enrich_error" in the result), the clusters are still made."""
    from nlp.clusters import cluster_db
    from newswatch.commands.enrich import report_failures
    from nlp.classifier import ModelError
    from nlp.enrich import enrich

    progress = sys.stderr.isatty()
    result: dict = {}
    try:
        enriched = follower.finish() if follower else enrich(db_path, progress=progress)
        print(f"enrich: {enriched}")
        report_failures(enriched, "enrich")
        result["enrich"] = enriched
    except ModelError as exc:
        print(f"enrich: the classifier model cannot be used, nothing was enriched: {exc}", file=sys.stderr)
        result["enrich_error"] = str(exc)
    except EnrichError as exc:
        print(f"enrich: enrichment failed: {exc}", file=sys.stderr)
        result["enrich_error"] = str(exc)
    clusters = cluster_db(db_path, progress=progress)
    print(f"clusters: {clusters}")
    for article_id, error in clusters.get("failed", []):
        print(f"clusters: article {article_id} could not be signed: {error}", file=sys.stderr)
    result["clusters"] = clusters
    return result
