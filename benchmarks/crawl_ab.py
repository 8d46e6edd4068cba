"""Crawl throughput of two checkouts, interleaved on one generated site.

    .venv/bin/python benchmarks/crawl_ab.py BEFORE_DIR AFTER_DIR [--articles 2000] [--runs 4]

BEFORE_DIR and AFTER_DIR are checkouts of the project (e.g. `git worktree add` or `git
archive main | tar -x -C DIR`). The site of benchmarks/crawl_scale.py is generated once
and served on 127.0.0.1; `newswatch crawl --no-enrich` of each checkout (crawl_scale's
settings) then runs alternately, ABBA order, into fresh databases, so that both see the
same load on a shared machine. Prints each run's wall and CPU seconds, the medians and
the speed-up (median wall before / after), and whether the two checkouts stored the
same thing (every crawl table compared without ids, times and the server's port).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import crawl_scale  # noqa: E402  (benchmarks/ is not a package)
from newswatch.sitesrv import SiteServer  # noqa: E402

TABLES = ("articles", "article_urls", "pages", "skipped_pages", "crawl_errors", "fetch_state", "crawl_runs",
          "provenance")
LEFT_OUT = {"id", "article_id", "run_id", "first_seen", "last_seen", "at", "fetched_at", "last_fetched", "started",
            "ended", "pid", "recorded_at", "captured_at", "html_gz", "etag", "last_modified"}


def stored(db: Path) -> dict[str, list[str]]:
    """Each crawl table's rows as sorted JSON, without ids, times and the host."""
    con = sqlite3.connect(db)
    con.row_factory = sqlite3.Row
    try:
        return {t: sorted(json.dumps({k: re.sub(r"^https?://[^/]+", "", v) if isinstance(v, str) else v
                                      for k, v in dict(r).items() if k not in LEFT_OUT}, sort_keys=True)
                          for r in con.execute(f"select * from [{t}]")) for t in TABLES}
    finally:
        con.close()


def crawl(root: Path, sources: Path, db: Path, n: int) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "newswatch", "crawl", "--sources", str(sources), "--db", str(db), "--no-enrich"]
    for name, value in {**crawl_scale.FAST, "MAX_PAGES_PER_SOURCE": str(n + 1000)}.items():
        cmd += ["-s", f"{name}={value}"]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=root, env=dict(os.environ, PYTHONPATH=str(root)),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{root}: newswatch crawl failed ({os.waitstatus_to_exitcode(status)})")
    return time.monotonic() - start, usage.ru_utime + usage.ru_stime


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("before", type=Path)
    p.add_argument("after", type=Path)
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--runs", type=int, default=4, help="runs of each checkout (default 4)")
    args = p.parse_args()
    work = Path(tempfile.mkdtemp(prefix="crawl_ab_"))
    crawl_scale.build_site(work / "site", args.articles)
    times: dict[Path, list[tuple[float, float]]] = {args.before: [], args.after: []}
    same = True
    with SiteServer(work / "site") as site:
        sources = work / "sources.toml"
        sources.write_text(f'[[sources]]\nname = "Benchmark Bugle"\nurl = "{site.base}/"\n')
        for run in range(args.runs):
            order = (args.before, args.after) if run % 2 == 0 else (args.after, args.before)
            dbs = {}
            for root in order:
                dbs[root] = work / f"{'before' if root == args.before else 'after'}-{run}.db"
                wall, cpu = crawl(root, sources, dbs[root], args.articles)
                times[root].append((wall, cpu))
                print(f"{root}: run {run}: {wall:.1f} s, CPU {cpu:.1f} s, load {os.getloadavg()[0]:.1f}", flush=True)
            same = same and stored(dbs[args.before]) == stored(dbs[args.after])
    for root in (args.before, args.after):
        wall = statistics.median(t for t, _ in times[root])
        print(f"{root}: median {wall:.1f} s ({args.articles / wall:.1f} articles/s), "
              f"median CPU {statistics.median(c for _, c in times[root]):.1f} s")
    speed_up = statistics.median(t for t, _ in times[args.before]) / statistics.median(t for t, _ in times[args.after])
    print(f"speed-up (median wall, before / after): {speed_up:.2f}; stored the same: {same}")


if __name__ == "__main__":
    main()
