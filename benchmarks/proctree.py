"""A process tree's memory and CPU, sampled from /proc (Linux), for the benchmarks.

    from proctree import TreeSampler
    with TreeSampler(pid, every=0.2) as sampler:   # samples in a thread until the block ends
        ...wait for the process...
    sampler.peak_pss_mb, sampler.peak_rss_mb       # peak sums over the tree
    sampler.cpu_by_role()                          # {"crawl": s, "follower": s, "workers": s}
    sampler.timeline(bucket=2.0)                   # markdown: cores' worth of CPU per role over time

On a machine shared with other work, wall-clock times are noise; the CPU seconds each
process spent are not. Roles come from the tree's shape: the root (the `newswatch`
command: the crawl), its children (the enrich follower) and their children (the
follower's analysis workers). A process's CPU is its last sample (utime + stime), so
each loses at most one sampling interval at its end; a child's CPU is also counted,
exactly, in its parent's cutime + cstime once reaped, and the larger of the two is kept.
"""
from __future__ import annotations

import os
import threading
import time

TICK = os.sysconf("SC_CLK_TCK")
ROLES = ("crawl", "follower", "workers")


def _stat(pid: int) -> tuple[int, float, float] | None:
    """(ppid, own CPU s, reaped children's CPU s) of a live process."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    # After the command: state ppid ... utime(12) stime(13) cutime(14) cstime(15), 0-based here from state.
    return int(fields[1]), (int(fields[11]) + int(fields[12])) / TICK, (int(fields[13]) + int(fields[14])) / TICK


def tree(root: int) -> dict[int, int]:
    """{pid: depth} of root and its live descendants (root at depth 0)."""
    parent = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            st = _stat(int(entry))
            if st is not None:
                parent[int(entry)] = st[0]
    out, todo = {}, [(root, 0)]
    while todo:
        pid, depth = todo.pop()
        out[pid] = depth
        todo += [(child, depth + 1) for child, ppid in parent.items() if ppid == pid]
    return out


def memory(pids) -> tuple[float, float]:
    """(sum of PSS, sum of RSS) of `pids`, in MB."""
    pss = rss = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                    elif line.startswith("Rss:"):
                        rss += int(line.split()[1])
        except OSError:
            continue
    return pss / 1024, rss / 1024


class TreeSampler:
    """Samples the tree under `root` every `every` seconds in a thread (see the module)."""

    def __init__(self, root: int, every: float = 0.2):
        self.root, self.every = root, every
        self.peak_pss_mb = self.peak_rss_mb = 0.0
        self.start = time.monotonic()
        self.samples: list[tuple[float, dict[int, tuple[int, float, float]]]] = []  # (t, {pid: (depth, cpu, ccpu)})
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> "TreeSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._done.wait(self.every):
            pids = tree(self.root)
            pss, rss = memory(pids)
            self.peak_pss_mb, self.peak_rss_mb = max(self.peak_pss_mb, pss), max(self.peak_rss_mb, rss)
            cpu = {}
            for pid, depth in pids.items():
                st = _stat(pid)
                if st is not None:
                    cpu[pid] = (depth, st[1], st[2])
            self.samples.append((time.monotonic() - self.start, cpu))

    def _last(self) -> dict[int, tuple[int, float, float]]:
        last: dict[int, tuple[int, float, float]] = {}
        for _, cpu in self.samples:
            last.update(cpu)
        return last

    def cpu_by_role(self) -> dict[str, float]:
        """CPU seconds of the crawl process, the follower(s) and the workers."""
        last = self._last()
        out = dict.fromkeys(ROLES, 0.0)
        for pid, (depth, own, _) in last.items():
            out[ROLES[min(depth, 2)]] += own
        reaped = sum(children for depth, _, children in last.values() if depth == 1)
        out["workers"] = max(out["workers"], reaped)
        return out

    def timeline(self, bucket: float = 2.0) -> str:
        """A markdown table: cores' worth of CPU each role used in each `bucket` seconds."""
        rows, prev, prev_t = {}, {}, 0.0
        for t, cpu in self.samples:
            b = int(t // bucket)
            row = rows.setdefault(b, dict.fromkeys(ROLES, 0.0))
            for pid, (depth, own, _) in cpu.items():
                row[ROLES[min(depth, 2)]] += own - prev.get(pid, 0.0)
                prev[pid] = own
            prev_t = t
        lines = ["| from s | crawl | follower | workers | total (cores) |", "|---:|---:|---:|---:|---:|"]
        for b in sorted(rows):
            row = rows[b]
            span = min(bucket, prev_t - b * bucket) or bucket
            lines.append(f"| {b * bucket:.0f} | " + " | ".join(f"{row[r] / span:.2f}" for r in ROLES)
                         + f" | {sum(row.values()) / span:.2f} |")
        return "\n".join(lines)
