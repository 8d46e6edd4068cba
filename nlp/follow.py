"""The enrich follower's process: enriches what a crawl commits while the crawl goes on.

    python -m nlp.follow DB --parent PID --result-fd FD [--jobs N] [--batch-size N] [--progress]

newswatch.follower starts it (a fresh interpreter, so that the crawl process never
imports spaCy or scikit-learn) before the crawl and ends it after. It loads the
pipeline at once and forks its analysis workers (nlp.parallel.Analyser.start), so both
are ready while the crawl fetches its first pages. It then polls the database for
articles whose nlp_version or model_version is stale, as `newswatch enrich` selects them,
and runs an nlp.enrich pass with that persistent Analyser whenever a batch's worth has
arrived. When its standard input ends (the crawl is over: newswatch.follower closes
it) it makes a final pass over everything left (articles updated behind it included)
and writes ("ok", totals), ("model_error", message) or ("error", message), pickled, to
file descriptor FD.

Nothing is lost by a kill at any moment: the follower commits each batch of findings in
one transaction (an article is enriched wholly or not at all), and the follower and its
workers die with their parent (PR_SET_PDEATHSIG); the next run enriches whatever is
left stale.
"""
from __future__ import annotations

import argparse
import os
import pickle
import select
import signal
import sys
import time

from newswatch.store import connect
from nlp import pipeline  # load_pipeline, NLP_VERSION: looked up when the follower runs
from nlp.batch import error_line
from nlp.classifier import ModelError
from nlp.enrich import MAX_ERRORS_KEPT, enrich
from nlp.lifetime import die_with_parent
from nlp.parallel import Analyser, usable_cores

# How often an idle follower looks for newly committed articles (a poll is one count(*)).
POLL_SECONDS = 0.5
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


class InputEnd:
    """Whether standard input has ended (or said anything): the crawl is over. Polled
    with select(), not read by a thread: a thread blocked reading stdin holds its lock,
    and the analysis workers forked meanwhile would hang closing their copy of it."""

    def __init__(self, stream=None):
        self.fd = (stream or sys.stdin).fileno()
        self.seen = False

    def wait(self, timeout: float) -> bool:
        if not self.seen:
            readable, _, _ = select.select([self.fd], [], [], timeout)
            self.seen = bool(readable)
        return self.seen

    def is_set(self) -> bool:
        return self.wait(0)


def follow(db_path: str, stop: InputEnd, *, jobs: int | None = None, batch_size: int = 64,
           progress: bool = False) -> dict:
    """Enrich passes until `stop` is set (InputEnd), then a final one; the summed totals (raises
    ModelError for a damaged classifier model)."""
    started = time.monotonic()
    total = None
    nlp = pipeline.load_pipeline(batch_size=batch_size, registers_db=db_path)
    with Analyser(nlp, jobs=jobs or usable_cores(), batch_size=batch_size).start() as analyser:
        db = connect(db_path, migrate=False)
        try:
            left = None  # stale articles a pass left behind (failures, known failures)
            while True:
                final = stop.is_set()  # set before this pass began: it sees the whole crawl
                if not final and left is not None and _stale_count(db, pipeline.NLP_VERSION) - left < batch_size:
                    stop.wait(POLL_SECONDS)
                    continue
                one = enrich(db_path, batch_size=batch_size, analyser=analyser, progress=progress and final)
                total = _merge(total, one)
                left = _stale_count(db, pipeline.NLP_VERSION)
                if final:
                    break
        finally:
            db.close()
    total["seconds"] = round(time.monotonic() - started, 2)
    return total


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m nlp.follow", description=__doc__.split("\n")[0])
    p.add_argument("db")
    p.add_argument("--parent", type=int, required=True, help="die with this process (the crawl)")
    p.add_argument("--result-fd", type=int, required=True, help="where the pickled result goes")
    p.add_argument("--jobs", type=int, default=None)
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--progress", action="store_true", help="a progress bar for the final pass")
    args = p.parse_args(argv)
    die_with_parent(args.parent)  # set already by nlp.lifetime (newswatch.follower); checked again
    # Ctrl-C is the crawl's: it stops the crawl gracefully and then ends this process's
    # input, so the articles stored so far are enriched (a second Ctrl-C ends the crawl
    # process, and this one with it).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        result = ("ok", follow(args.db, InputEnd(), jobs=args.jobs, batch_size=args.batch_size, progress=args.progress))
    except ModelError as exc:
        result = ("model_error", str(exc))
    except Exception as exc:  # noqa: BLE001  (reported to the parent, which reports it)
        result = ("error", error_line(exc))
    with os.fdopen(args.result_fd, "wb") as out:
        pickle.dump(result, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
