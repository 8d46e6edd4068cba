"""How much CPU this run can get right now, for benchmarks on a shared machine.

    from machine import cpu_available
    cpu_available(2)   # -> {1: 0.93, 2: 1.85}: cores' worth of CPU got by 1 and by 2 busy processes

Each of n processes spins for `seconds` and reports the CPU time it got; the sum over
the wall time is the parallelism the machine gave us. On an idle 2-core machine that is
about 1.0 and 2.0. When other work shares the machine (or a CPU quota caps this group
of processes), 2 processes may get no more than 1: then no multi-process speed-up can
show, and ratios against a single-process baseline say more about the load than the code.
"""
from __future__ import annotations

import multiprocessing
import resource
import time


def _spin(seconds: float) -> float:
    start = time.monotonic()
    x = 0
    while time.monotonic() - start < seconds:
        x += 1
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def cpu_available(max_processes: int, seconds: float = 2.0) -> dict[int, float]:
    """{n: cores' worth of CPU that n busy processes got} for n = 1..max_processes."""
    out = {}
    ctx = multiprocessing.get_context("fork")
    for n in range(1, max_processes + 1):
        with ctx.Pool(n) as pool:
            out[n] = round(sum(pool.map(_spin, [seconds] * n)) / seconds, 2)
    return out


def describe(max_processes: int) -> str:
    got = cpu_available(max_processes)
    return "CPU available: " + ", ".join(f"{n} busy process{'es' if n > 1 else ''} got {c:.2f} cores"
                                         for n, c in got.items())
