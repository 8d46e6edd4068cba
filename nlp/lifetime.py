"""A child process that dies with its parent (Linux): the enrich follower and the
analysis workers must never outlive a killed crawl.

    from nlp.lifetime import die_with_parent
    die_with_parent(parent_pid)     # first thing in a forked child

    python -m nlp.lifetime PID MODULE [ARG ...]   # run MODULE as __main__, dying with PID

The second form is how newswatch.follower starts the follower (`nlp.follow`): the
death signal is set by the new interpreter before it imports anything heavy (spaCy's
imports take a second or more), and without a Popen preexec_fn, which is unsafe when
the starting process has threads (import and backfill start it after their crawl). A
parent killed before the signal is set is seen by the getppid check.

Light on purpose (no spaCy): newswatch.follower, in the crawl process, uses it too.
"""
from __future__ import annotations

import ctypes
import os
import runpy
import signal
import sys

PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int) -> None:
    """Have the kernel SIGKILL this process when its parent dies (Linux; kept across
    exec), and exit now if the parent has already gone."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):  # no prctl: the parent's exit is noticed later
        pass
    if os.getppid() != parent_pid:
        os._exit(1)


def run_module_with_parent(argv: list[str]) -> None:
    """`PID MODULE [ARG ...]`: die with PID, then run MODULE as __main__ with ARGs."""
    if len(argv) < 2 or not argv[0].isdigit():
        sys.exit("usage: python -m nlp.lifetime PID MODULE [ARG ...]")
    die_with_parent(int(argv[0]))
    sys.argv = [argv[1], *argv[2:]]
    runpy.run_module(argv[1], run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    run_module_with_parent(sys.argv[1:])
