"""The spaCy pass on several cores, one document's failure still costing that document only.

    from nlp.parallel import Analyser, usable_cores
    with Analyser(nlp, jobs=usable_cores(), batch_size=64) as analyser:
        for batch in analyser.batches(chunks):   # chunks: lists of (text, ctx)
            for item in batch:                   # nlp.batch.Item, in input order
                item.ctx, item.findings, item.error

Each chunk is prepared here (nlp.batch.prepare_items: cleaned at the door), goes to a
worker process as one nlp.pipe batch (nlp.batch.pipe_findings: a batch that raises is
re-run document by document in the worker), and its findings are mapped back here
(nlp.batch.fill_findings), exactly as nlp.batch.analyse_batch does in one process. The workers are forked
from this process after the pipeline is loaded, so they share its model pages instead of
loading their own; only texts go out and findings dicts come back, and nothing but this
process touches the caller's database. Chunks are read ahead (two per worker) so the
caller can store one batch while the workers analyse the next; batches come back in order.

A worker that dies (a crash in native code, the out-of-memory killer) takes no document
with it: the batches it had are run again one document at a time, and a document whose
run kills its worker again gets the error "the analysis process died ...". Workers die
with this process (PR_SET_PDEATHSIG), so a killed run leaves no orphan behind.

With jobs=1, or a stream of a single chunk (small inputs), everything runs in this
process as before: no workers are started, unless start() has started them already (a
caller that keeps the Analyser across many small streams, as the enrich follower does:
then every chunk goes to the workers, forked once, before the first chunk arrives).
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from typing import Any, Callable, Iterable, Iterator, Sequence

from nlp.batch import Item, fill_findings, pipe_findings, prepare_items, to_read
from nlp.lifetime import die_with_parent

READ_AHEAD_PER_WORKER = 2
DIED = "the analysis process died while analysing this document"

# The worker's pipeline: set before the pool forks, inherited by every worker.
_NLP = None
_BATCH_SIZE = 64


def usable_cores() -> int:
    """The CPUs this process may run on (its affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def memory_mb() -> dict:
    """This process's peak resident memory and its private (not shared) memory, in MB."""
    out = {}
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    out["peak_rss_mb"] = int(line.split()[1]) / 1024
        with open("/proc/self/smaps_rollup", encoding="ascii") as f:
            private = sum(int(line.split()[1]) for line in f if line.startswith(("Private_Clean:", "Private_Dirty:")))
        out["private_mb"] = private / 1024
    except OSError:
        pass
    return out


def _init_worker(parent_pid: int) -> None:
    die_with_parent(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _work(texts: list[str]) -> tuple[int, dict, list[tuple[dict | None, str | None]]]:
    """In a worker: (pid, memory, (findings, error) per text)."""
    results = pipe_findings(_NLP, texts, _BATCH_SIZE)
    return os.getpid(), memory_mb(), results


class Analyser:
    """Runs nlp over batches of documents in `jobs` worker processes (see the module)."""

    def __init__(self, nlp, *, jobs: int = 1, batch_size: int = 64):
        if jobs < 1:
            raise ValueError("jobs must be at least 1")
        self.nlp, self.jobs, self.batch_size = nlp, jobs, batch_size
        self.workers: dict[int, dict] = {}  # pid -> its memory at its last batch (peaks)
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> "Analyser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> "Analyser":
        """Fork the workers now (with jobs > 1), so that they are ready when the first
        chunk comes; from then on every chunk goes to them."""
        if self.jobs > 1:
            self._start().submit(os.getpid).result()  # the pool forks all its workers at the first task
        return self

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def batches(self, chunks: Iterable[Sequence[tuple[str | None, Any]]], *,
                error_of: Callable[[Any], str | None] | None = None) -> Iterator[list[Item]]:
        """The Items of each chunk of (text, ctx), chunk by chunk, in order."""
        it = iter(chunks)
        first = next(it, None)
        if first is None:
            return
        second = next(it, None)
        stream = chain([first], [] if second is None else [second], it)
        if self.jobs == 1 or (second is None and self._pool is None):  # one core, or too little work to share
            for chunk in stream:
                batch = prepare_items(chunk, error_of)
                fill_findings(batch, pipe_findings(self.nlp, to_read(batch), self.batch_size))
                yield batch
            return
        yield from self._pooled(stream, error_of)

    def _start(self) -> ProcessPoolExecutor:
        global _NLP, _BATCH_SIZE
        if self._pool is None:
            _NLP, _BATCH_SIZE = self.nlp, self.batch_size
            self._pool = ProcessPoolExecutor(
                max_workers=self.jobs, mp_context=multiprocessing.get_context("fork"),
                initializer=_init_worker, initargs=(os.getpid(),))
        return self._pool

    def _restart(self) -> ProcessPoolExecutor:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        return self._start()

    def _submit(self, batch: list[Item]):
        texts = to_read(batch)
        return self._start().submit(_work, texts) if texts else None

    def _result(self, future) -> list:
        pid, memory, results = future.result()
        seen = self.workers.setdefault(pid, {})
        for key, value in memory.items():
            seen[key] = max(seen.get(key, 0.0), value)
        return results

    def _pooled(self, chunks: Iterator, error_of) -> Iterator[list[Item]]:
        pending: deque = deque()  # [batch, future], oldest first
        ahead = self.jobs * READ_AHEAD_PER_WORKER
        for chunk in chunks:
            batch = prepare_items(chunk, error_of)
            pending.append([batch, self._submit(batch)])
            while len(pending) > ahead:
                yield self._collect(pending)
        while pending:
            yield self._collect(pending)

    def _collect(self, pending: deque) -> list[Item]:
        batch, future = pending.popleft()
        if future is None:
            return batch
        try:
            fill_findings(batch, self._result(future))
        except BrokenProcessPool:
            # A worker died: every batch in flight is lost with the pool. This one is
            # run again a document at a time (finding the culprit, if it is here); the
            # others are resubmitted to a fresh pool.
            self._restart()
            fill_findings(batch, [self._alone(text) for text in to_read(batch)])
            for entry in pending:
                entry[1] = self._submit(entry[0])
        return batch

    def _alone(self, text: str) -> tuple[dict | None, str | None]:
        try:
            (result,) = self._result(self._start().submit(_work, [text]))
            return result
        except BrokenProcessPool:
            self._restart()
            return None, DIED
