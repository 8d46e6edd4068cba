"""The enrich follower, as the crawl sees it: a process that enriches what a crawl has
committed while the crawl goes on (newswatch.orchestrate starts it before a crawl and
finishes it after; the process itself is nlp/follow.py).

    follower = EnrichFollower(db_path, jobs=2).start()   # loads the pipeline at once
    ... the crawl ...
    follower.stop()       # the crawl is over: make the final pass (the clusters may run meanwhile)
    summary = follower.finish()   # the enrich summary; EnrichError when enrichment failed

The follower is a fresh interpreter (`python -m nlp.follow`), not a fork of the crawl:
the crawl process never imports spaCy or scikit-learn (`newswatch crawl --help` and
the crawl's own memory stay small), and the follower loads the pipeline while the crawl
fetches its first pages. So a run takes about as long as its slower half instead of
the sum. Nothing is lost by a kill at any moment (see nlp/follow.py).
"""
from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path


# One BLAS thread in the follower and its workers: the parallelism is one analysis
# process per core, and OpenBLAS's own threads on top only oversubscribe the cores
# (they spin while they wait: about 6% more CPU for the same findings). A value the user
# set is kept.
THREAD_LIMITS = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


class EnrichError(RuntimeError):
    """Enrichment as a whole failed (not one article: those are in enrich_failures).
    `model`: because the classifier model is present but damaged."""

    def __init__(self, message: str, *, model: bool = False):
        super().__init__(message)
        self.model = model


class EnrichFollower:
    """The enrich follower process: start() before the crawl, stop() when it is over,
    finish() for the enrich summary (raises EnrichError), abandon() if the crawl failed."""

    def __init__(self, db_path: str | Path, *, jobs: int | None = None, batch_size: int = 64):
        self.db_path, self.jobs, self.batch_size = str(db_path), jobs, batch_size
        self.process: subprocess.Popen | None = None
        self._result = None  # the read end of the result pipe

    def start(self) -> "EnrichFollower":
        read, write = os.pipe()
        parent = str(os.getpid())
        cmd = [sys.executable, "-m", "nlp.lifetime", parent, "nlp.follow", self.db_path, "--parent", parent,
               "--result-fd", str(write), "--batch-size", str(self.batch_size)]
        if self.jobs:
            cmd += ["--jobs", str(self.jobs)]
        if sys.stderr.isatty():
            cmd.append("--progress")
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            # nlp.lifetime sets the death signal before the follower's imports (a second
            # or more): no moment at which a killed crawl would leave it behind.
            self.process = subprocess.Popen(cmd, stdin=subprocess.PIPE, pass_fds=(write,),
                                            env={**THREAD_LIMITS, **os.environ})
        finally:
            os.close(write)
        self._result = os.fdopen(read, "rb")
        return self

    def stop(self) -> None:
        """The crawl is over: the follower makes its final pass (and then exits)."""
        if self.process is not None and self.process.stdin is not None and not self.process.stdin.closed:
            try:
                self.process.stdin.close()
            except BrokenPipeError:  # it has exited already: finish() says how
                pass

    def finish(self) -> dict:
        self.stop()
        try:
            status, value = pickle.load(self._result)
        except (EOFError, pickle.UnpicklingError):
            status, value = "error", None
        finally:
            self._result.close()
        self.process.wait()
        if status == "ok":
            return value
        if status == "model_error":
            raise EnrichError(value, model=True)
        raise EnrichError(value or f"the enrich process died (exit code {self.process.returncode})")

    def abandon(self) -> None:
        """Stop the follower now. A batch being written is rolled back whole."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
        if self.process is not None:
            self.process.wait()
        if self._result is not None:
            self._result.close()
