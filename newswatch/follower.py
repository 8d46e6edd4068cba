"""The enrich follower: a forked process that enriches what a crawl has committed while
the crawl goes on (newswatch.orchestrate starts it before a crawl and finishes it after).

It polls the database for articles whose nlp_version or model_version is stale, as
`newswatch enrich` selects them, and runs an nlp.enrich pass with a persistent
nlp.parallel.Analyser whenever a batch's worth has arrived. When the crawl ends it makes
a final pass over everything left (articles updated behind it included) and reports its
totals. So a run takes about as long as its slower half instead of the sum.

Nothing is lost by a kill at any moment: the follower commits each batch of findings in
one transaction (an article is enriched wholly or not at all), and the follower and its
workers die with their parent (PR_SET_PDEATHSIG); the next run enriches whatever is
left stale.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import time
from pathlib import Path

from newswatch.store import connect
from nlp.batch import error_line
from nlp.classifier import ModelError
from nlp.enrich import MAX_ERRORS_KEPT, enrich
from nlp.parallel import Analyser, die_with_parent, usable_cores
from nlp import pipeline  # load_pipeline, NLP_VERSION: looked up when the follower runs (tests replace them)

# How often an idle follower looks for newly committed articles (a poll is one count(*)).
POLL_SECONDS = 1.0
# The counts that add up over the follower's passes (the rest is the last pass's).
SUMMED = ("articles", "mentions", "quotes", "people", "scored", "failed")


def _merge(total: dict | None, one: dict) -> dict:
    """The follower's running totals over its passes."""
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
    die_with_parent(parent_pid)
    started = time.monotonic()
    total = None
    try:
        analyser = Analyser(pipeline.load_pipeline(batch_size=batch_size, registers_db=db_path), jobs=jobs or usable_cores(),
                            batch_size=batch_size)
        db = connect(db_path, migrate=False)
        with analyser:
            left = None  # stale articles a pass left behind (failures, known failures)
            while True:
                final = stop.is_set()  # set before this pass began: it sees the whole crawl
                if not final and left is not None and _stale_count(db, pipeline.NLP_VERSION) - left < batch_size * analyser.jobs:
                    stop.wait(POLL_SECONDS)
                    continue
                one = enrich(db_path, batch_size=batch_size, analyser=analyser, progress=progress and final)
                total = _merge(total, one)
                left = _stale_count(db, pipeline.NLP_VERSION)
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
