"""Fetched and not stored: traces, budget cuts and re-crawl cost, against a baseline
measured in the same run.

    .venv/bin/python benchmarks/skipped_pages.py        # 2,000 articles + 300 notices

Writes the crawl_scale site (N generated articles in a sitemap index, 20 linked from the
home page) plus a "Notices" section page, linked from home, listing M short notices that
are not articles. Serves it on 127.0.0.1 and runs `newswatch crawl --no-enrich`:

1. with MAX_PAGES_PER_SOURCE below the site's size: the URLs cut must be budget rows;
2. with the full budget: what was cut is fetched now;
3. a re-crawl with the defaults (a page skipped as not_article is rechecked after
   NOT_ARTICLE_RECHECK_DAYS), and, on a copy of the same database, the baseline: the
   same re-crawl with NOT_ARTICLE_RECHECK_DAYS=0, which fetches every non-article page
   again on every run (the behaviour before skipped_pages).

Reports the requests of each run, the URLs the server answered that left no trace in
the database (must be 0), articles stored, the skipped rows per reason, and the re-crawl
requests as a ratio against the baseline (lower is better).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import crawl_scale  # noqa: E402  (the generated site and the fast settings)
from crawl_helpers import untraced  # noqa: E402

from newswatch.sitesrv import SiteServer  # noqa: E402


def add_notices(root: Path, m: int) -> None:
    """A section page, linked from home, listing m short notices (not articles)."""
    items = []
    for i in range(m):
        path = f"/notices/notice-{i}/"
        (root / path.strip("/")).mkdir(parents=True)
        (root / path.strip("/") / "index.html").write_text(
            f"<html><head><title>Notice {i}</title></head><body><h1>Notice {i}</h1>"
            f"<p>Bins in ward {i} are collected on day {i % 7} this week.</p></body></html>")
        items.append(f"<li><a href='{path}'>Council notice number {i} about bin collections</a></li>")
    (root / "notices" / "index.html").write_text(
        f"<html><head><title>Notices</title></head><body><ul>{''.join(items)}</ul></body></html>")
    home = root / "index.html"
    home.write_text(home.read_text().replace("<ul>", "<ul><li><a href='/notices/'>Notices</a></li>", 1))


def crawl(sources: Path, db: Path, site: SiteServer, settings: dict) -> dict:
    site.clear_log()
    cmd = [sys.executable, "-m", "newswatch", "crawl", "--sources", str(sources), "--db", str(db), "--no-enrich"]
    for name, value in {**crawl_scale.FAST, **settings}.items():
        cmd += ["-s", f"{name}={value}"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    run = crawl_scale.run_measured(cmd, env=env)
    log = list(site.log)
    con = sqlite3.connect(db)
    try:
        counts = con.execute("select skipped_counts from crawl_runs order by id desc limit 1").fetchone()[0]
        stored = con.execute("select count(*) from articles").fetchone()[0]
    finally:
        con.close()
    return {"seconds": run["seconds"], "requests": len(log), "untraced": len(untraced(db, log)),
            "stored": stored, "skipped": json.loads(counts or "{}"),
            "notices_fetched": sum(1 for e in log if e["path"].startswith("/notices/notice-"))}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=int, default=2000)
    p.add_argument("--notices", type=int, default=300)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nw-skipped-") as tmp:
        tmp = Path(tmp)
        root = tmp / "site"
        root.mkdir()
        crawl_scale.build_site(root, args.articles)
        add_notices(root, args.notices)
        db, baseline_db = tmp / "news.db", tmp / "baseline.db"
        with SiteServer(root) as site:
            sources = tmp / "sources.toml"
            sources.write_text(f'[[sources]]\nname = "Bugle"\nurl = "{site.base}/"\n')
            budget = (args.articles + args.notices) * 2 // 3
            runs = {"1. budget " + str(budget): crawl(sources, db, site, {"MAX_PAGES_PER_SOURCE": budget}),
                    "2. full budget": crawl(sources, db, site, {})}
            shutil.copy(db, baseline_db)
            runs["3. re-crawl (default)"] = crawl(sources, db, site, {})
            runs["3. re-crawl, baseline (recheck every run)"] = crawl(
                sources, baseline_db, site, {"NOT_ARTICLE_RECHECK_DAYS": "0"})
    print(f"{args.articles:,} articles, {args.notices} notices (not articles) behind a section page\n")
    print("| run | requests | seconds | notices fetched | untraced | articles stored | skipped by reason |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, r in runs.items():
        reasons = ", ".join(f"{k} {v}" for k, v in sorted(r["skipped"].items()))
        print(f"| {name} | {r['requests']:,} | {r['seconds']:.1f} | {r['notices_fetched']} | {r['untraced']} "
              f"| {r['stored']:,} | {reasons} |")
    ours, base = runs["3. re-crawl (default)"], runs["3. re-crawl, baseline (recheck every run)"]
    ratio = ours["requests"] / base["requests"]
    print(f"\nre-crawl requests, default / baseline: {ratio:.3f}")
    first = runs["1. budget " + str(budget)]
    ok = (all(r["untraced"] == 0 for r in runs.values()) and runs["2. full budget"]["stored"] == args.articles
          and first["skipped"].get("budget", 0) > 0 and ours["notices_fetched"] == 0)
    print(f"nothing untraced, budget cuts recorded, every article stored, no notice refetched: "
          f"{'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
