"""A child process that dies with its parent (Linux): the enrich follower and the
analysis workers must never outlive a killed crawl.

    from nlp.lifetime import die_with_parent
    die_with_parent(parent_pid)     # first thing in a forked child, or as a Popen preexec_fn

Light on purpose (no spaCy): newswatch.follower, in the crawl process, uses it too.
"""
from __future__ import annotations

import ctypes
import os
import signal

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
