"""Every short article with a related-stories box is stored: a crawl over 127.0.0.1.

    .venv/bin/python benchmarks/crawl_short.py                  # 2,000 articles
    .venv/bin/python benchmarks/crawl_short.py --articles 500

Writes the site of tests/short_site.py (short real-shaped stories of 100-200 words, each
with an inline box of three links to other stories, JSON-LD NewsArticle with
datePublished, og:type=article, article:published_time; a sitemap index lists them all)
to a temp dir, serves it with newswatch.sitesrv, runs `newswatch crawl --no-enrich` and
counts the stored articles against the site's own list (the baseline: what the site
published). For the articles not stored, the extractor's reasons are printed. Prints a
markdown table; exits 1 unless every article is stored.
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from crawl_scale import FAST, run_measured  # noqa: E402
from short_site import build_site  # noqa: E402


def measure(n: int, workdir: Path) -> dict:
    from crawler.extract import extract_article
    from newswatch.sitesrv import SiteServer

    site_dir = workdir / f"short-{n}"
    paths = build_site(site_dir, n)
    db = workdir / f"short-{n}.db"
    sources = workdir / f"short-{n}.toml"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with SiteServer(site_dir) as site:
        sources.write_text(f'[[sources]]\nname = "Eastmoor Evening Post"\nurl = "{site.base}/"\n')
        cmd = [sys.executable, "-m", "newswatch", "crawl", "--sources", str(sources), "--db", str(db), "--no-enrich"]
        for k, v in {**FAST, "MAX_PAGES_PER_SOURCE": str(n + 1000)}.items():
            cmd += ["-s", f"{k}={v}"]
        start = time.monotonic()
        crawl = run_measured(cmd, env=env)
        seconds = time.monotonic() - start
        base = site.base
        wanted = set(paths)
        fetched = sum(1 for e in site.log if e["method"] == "GET" and e["status"] == 200 and e["path"] in wanted)
    conn = sqlite3.connect(db)
    stored_urls = {url for (url,) in conn.execute("select url from articles")}
    conn.close()
    missing = [p for p in paths if base + p not in stored_urls]
    reasons: Counter = Counter()
    for path in missing:
        html = (site_dir / path.strip("/") / "index.html").read_text(encoding="utf-8").replace("{{base}}", base)
        record = extract_article(html, base + path)
        reasons[next(reversed(record["reasons"]), "?")] += 1  # the deciding reason comes last
    print(f"{n}: crawl: {crawl['output'].strip()[-600:]}", file=sys.stderr, flush=True)
    return {"articles": n, "fetched": fetched, "stored": n - len(missing), "crawl_s": seconds,
            "peak_mb": crawl["maxrss_mb"], "not_stored": reasons}


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=int, default=2000, help="site size (default 2000)")
    p.add_argument("--keep", help="work in this directory and keep it (default: a temp dir)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="nw-short-") as tmp:
        workdir = Path(args.keep) if args.keep else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        r = measure(args.articles, workdir)
    print("| articles published | fetched | stored | stored / published | crawl s | peak MB |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(f"| {r['articles']:,} | {r['fetched']:,} | {r['stored']:,} | {r['stored'] / r['articles']:.3f} "
          f"| {r['crawl_s']:.1f} | {r['peak_mb']:.0f} |")
    for reason, count in r["not_stored"].most_common():
        print(f"- not stored ({count}): {reason}")
    ok = r["stored"] == r["articles"]
    print(f"\nevery article stored: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
