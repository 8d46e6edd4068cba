"""Crawl + enrich at scale, against a bare baseline measured in the same run.

    .venv/bin/python benchmarks/crawl_scale.py                      # 2,000 articles
    .venv/bin/python benchmarks/crawl_scale.py --articles 1000 10000  # growth

For each size it writes a local news site of N generated articles (a sitemap index
lists them all; the home page links a few; each article has an inline box of three
related-story links, as real article pages do) to a temp dir, serves it with
newswatch.sitesrv on 127.0.0.1, and measures:

- newswatch: `newswatch crawl` as users run it: the crawl with enrichment overlapped
  (newswatch/orchestrate.py: a follower process and its workers, default --jobs, the
  usable cores), then the story clusters, all in one command (start-up, model loading
  and clusters included);
- baseline: the same pages fetched with a bare concurrent client (httpx.AsyncClient,
  the same concurrency), then one bare single-process spaCy `nlp.pipe` pass (the same
  base model, loading included) over the same stored texts;
- with --sequential, also the old way: `newswatch crawl --no-enrich`, then
  `newswatch enrich --jobs 1`, then the clusters (three processes).

ratio = baseline seconds / newswatch seconds (target >= 1.4 for the overlapped run).
Peak memory of the overlapped run is that of the whole process tree (the crawl, the
enrich follower and its workers), sampled every 0.2 s: the sum of their proportional
set sizes (PSS: shared pages counted once) and, as an upper bound, of their RSS; for the
other processes it is each one's own peak RSS (os.wait4). DB size is the SQLite file
(after a WAL checkpoint) per 1,000 articles. Prints a markdown table. Texts are
generated from sentence templates written for this benchmark.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CONCURRENCY = 16
FAST = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS": str(CONCURRENCY),
    "CONCURRENT_REQUESTS_PER_DOMAIN": str(CONCURRENCY),
    "RETRY_BACKOFF_BASE": "0",
    "NEWSWATCH_PROGRESS_INTERVAL": "0",
    "LOG_LEVEL": "WARNING",
}

PEOPLE = ["Alison Hart", "Ben Okoro", "Carla Duffy", "Dev Mistry", "Elaine Ross", "Farid Khan",
          "Grace Lowe", "Hamish Reid", "Imogen Clarke", "Jonah Price"]
TRUSTS = ["Meadowbank Schools Trust", "Riverside Learning Partnership", "Northfield Academies",
          "Westgate Education Trust", "Oakwood Multi-Academy Trust", "Hillcrest Learning Trust"]
PLACES = ["Ashby", "Bramley", "Coldfield", "Dunmore", "Elmstead", "Foxton", "Garside", "Holloway"]
UNIONS = ["Unison", "the GMB", "the National Education Union", "NASUWT", "Unite"]
SERVICES = ["cleaning", "catering", "grounds maintenance", "IT support", "payroll", "security"]
SENTENCES = [
    "{trust} has confirmed plans to outsource {service} at {n} of its schools in {place}.",
    "The decision was announced to staff at a meeting on {day}, according to {union}.",
    "{person}, a spokesperson for {union}, said: \"Our members were given no warning and no say.\"",
    "The trust said the change would save about {money} a year that could be spent in classrooms.",
    "Parents in {place} have started a petition calling for the plans to be paused.",
    "{person}, the trust's chief executive, said the board had considered every option carefully.",
    "Councillor {person} said the county council had not been consulted before the announcement.",
    "About {n2} staff are expected to transfer to a private contractor under TUPE rules.",
    "The {service} contract is expected to be awarded in the spring after a tender process.",
    "{union} said it would ballot members if pay and pensions were not protected.",
    "The trust runs {n} primary and secondary schools across {place} and the surrounding villages.",
    "Ofsted rated two of the trust's schools as requiring improvement at their last inspections.",
    "A public meeting will be held at {place} community centre on {day} evening.",
    "The Department for Education said academy trusts were responsible for their own contracts.",
    "Figures published by the trust show it spent {money} on consultants in the last financial year.",
    "{person} added that the trust would keep families informed as the plans developed.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def article_text(rng: random.Random, i: int) -> tuple[str, list[str]]:
    def fill(s: str) -> str:
        return s.format(trust=rng.choice(TRUSTS), service=rng.choice(SERVICES), place=rng.choice(PLACES),
                        union=rng.choice(UNIONS), person=rng.choice(PEOPLE), day=rng.choice(DAYS),
                        n=rng.randint(2, 19), n2=rng.randint(10, 240),
                        money=f"\u00a3{rng.randint(20, 900)},000")

    title = fill(rng.choice(SENTENCES[:1] + SENTENCES[8:9])).rstrip(".")
    title = f"{title} (report {i})"
    paragraphs = []
    for _ in range(rng.randint(6, 9)):
        paragraphs.append(" ".join(fill(rng.choice(SENTENCES)) for _ in range(rng.randint(2, 3))))
    paragraphs.append(f"This is report number {i} in the series on school services in the county.")
    return title, paragraphs


def build_site(root: Path, n: int, seed: int = 1) -> list[str]:
    """Write the site; returns the article paths."""
    import html

    from newswatch.sitesrv import write_sitemaps

    rng = random.Random(seed)
    link_rng = random.Random(seed + 1)  # its own stream: the texts stay those of earlier runs
    e = html.escape
    paths = []
    for i in range(n):
        path = f"/news/{25000000 + i}.school-services-report-{i}/"
        title, paras = article_text(rng, i)
        day = 1 + i % 28
        blocks = [f"<p>{e(p, quote=False)}</p>" for p in paras]
        # An inline box of three links to other reports, as real article pages have.
        related = "".join(f'<li><a href="/news/{25000000 + k}.school-services-report-{k}/">School services '
                          f'report number {k} from the county</a></li>' for k in link_rng.sample(range(n), min(3, n)))
        blocks.insert(2, f'<aside class="related"><h3>Related stories</h3><ul>{related}</ul></aside>')
        body = "\n".join(blocks)
        page = f"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>{e(title)} | Benchmark Bugle</title>
<link rel="canonical" href="{{{{base}}}}{path}">
<meta property="og:type" content="article"><meta property="og:title" content="{e(title)}">
<meta property="article:published_time" content="2024-05-{day:02d}T08:00:00+01:00">
<meta name="author" content="{e(rng.choice(PEOPLE))}"></head>
<body><nav><a href="/">Home</a></nav><article><h1>{e(title)}</h1>
<time datetime="2024-05-{day:02d}T08:00:00+01:00">{day} May 2024</time>
<div class="article-body">{body}</div></article>
<footer><a href="/contact/">Contact us</a></footer></body></html>
"""
        d = root / path.strip("/")
        d.mkdir(parents=True, exist_ok=True)
        (d / "index.html").write_text(page, encoding="utf-8")
        paths.append(path)
    write_sitemaps(root, paths)
    links = "".join(f'<li><a href="{p}">Report {i}</a></li>' for i, p in enumerate(paths[:20]))
    (root / "index.html").write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Benchmark "
                                     f"Bugle</title></head><body><h1>Latest</h1><ul>{links}</ul></body></html>")
    return paths


def run_measured(cmd: list[str], *, env=None, tree: bool = False) -> dict:
    """Run a child; its wall time, its own peak RSS (os.wait4) and the CPU of its whole
    tree; with tree=True also the peak memory of its process tree and the CPU seconds of
    each part (benchmarks/proctree.py, sampled every 0.2 s)."""
    import subprocess

    from proctree import TreeSampler

    with tempfile.TemporaryFile() as out:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
        sampler = TreeSampler(proc.pid)
        if tree:
            sampler.__enter__()
        _, status, usage = os.wait4(proc.pid, 0)
        if tree:
            sampler.__exit__(None, None, None)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        out.seek(0)
        text = out.read().decode(errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{text[-3000:]}")
    r = {"seconds": seconds, "maxrss_mb": usage.ru_maxrss / 1024, "output": text,
         "cpu_s": usage.ru_utime + usage.ru_stime}  # CPU of its whole tree (reaped children too)
    if tree:
        r.update(tree_pss_mb=sampler.peak_pss_mb, tree_rss_mb=sampler.peak_rss_mb,
                 cpu_by_role=sampler.cpu_by_role(), timeline=sampler.timeline())
    return r


async def bare_fetch(base: str, paths: list[str]) -> float:
    import httpx

    sem = asyncio.Semaphore(CONCURRENCY)
    limits = httpx.Limits(max_connections=CONCURRENCY)
    start = time.monotonic()
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as client:
        async def get(p):
            async with sem:
                r = await client.get(p)
                r.read()

        await asyncio.gather(*(get(p) for p in paths))
    return time.monotonic() - start


BARE_NLP = """
import sqlite3, sys
from nlp.pipeline import load_base_model
conn = sqlite3.connect(sys.argv[1])
texts = [f"{t or ''}\\n\\n{b or ''}" for t, b in conn.execute("select title, body from articles order by id")]
conn.close()
nlp = load_base_model()
for _ in nlp.pipe(texts, batch_size=64):
    pass
print(len(texts))
"""


def bare_nlp(db: Path, env) -> dict:
    """One bare spaCy pass (model loading included) over the stored texts, in a child
    process like the others (so that this process stays small: a child forked from a
    big parent would report the parent's memory as its own peak)."""
    return run_measured([sys.executable, "-c", BARE_NLP, str(db)], env=env)


def measure(n: int, workdir: Path, *, sequential: bool = False, baseline: bool = True) -> dict:
    from newswatch.sitesrv import SiteServer

    site_dir = workdir / f"site-{n}"
    t = time.monotonic()
    build_site(site_dir, n)
    build_s = time.monotonic() - t
    db = workdir / f"news-{n}.db"
    sources = workdir / f"sources-{n}.toml"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    py = sys.executable
    r: dict = {"articles": n, "build_s": build_s}
    with SiteServer(site_dir) as site:
        sources.write_text(f'[[sources]]\nname = "Benchmark Bugle"\nurl = "{site.base}/"\n')
        settings = {**FAST, "MAX_PAGES_PER_SOURCE": str(n + 1000)}
        crawl_cmd = [py, "-m", "newswatch", "crawl", "--sources", str(sources)]
        for k, v in settings.items():
            crawl_cmd += ["-s", f"{k}={v}"]
        overlapped = run_measured([*crawl_cmd, "--db", str(db)], env=env, tree=True)
        fetched = [e["path"] for e in site.log if e["method"] == "GET" and e["status"] == 200]
        print(f"{n}: overlapped crawl + enrich + clusters: {overlapped['output'].strip()[-900:]}",
              file=sys.stderr, flush=True)
        r.update(overlapped_s=overlapped["seconds"], overlapped_cpu_s=overlapped["cpu_s"], tree_pss_mb=overlapped["tree_pss_mb"],
                 tree_rss_mb=overlapped["tree_rss_mb"], pages=len(fetched), cpu_by_role=overlapped["cpu_by_role"],
                 timeline=overlapped["timeline"])
        if baseline:
            r["fetch_s"] = asyncio.run(bare_fetch(site.base, fetched))
        if sequential:
            seq_db = workdir / f"news-{n}-sequential.db"
            crawl = run_measured([*crawl_cmd, "--db", str(seq_db), "--no-enrich"], env=env)
    if sequential:
        enrich = run_measured([py, "-m", "newswatch", "enrich", "--db", str(seq_db), "--no-progress", "--jobs", "1"],
                              env=env)
        cluster = run_measured([py, "-c", "import sys; from nlp.clusters import cluster_db; "
                                "print(cluster_db(sys.argv[1]))", str(seq_db)], env=env)
        r.update(crawl_s=crawl["seconds"], enrich_s=enrich["seconds"], cluster_s=cluster["seconds"],
                 sequential_cpu_s=crawl["cpu_s"] + enrich["cpu_s"] + cluster["cpu_s"],
                 sequential_s=crawl["seconds"] + enrich["seconds"] + cluster["seconds"],
                 sequential_mb=max(crawl["maxrss_mb"], enrich["maxrss_mb"], cluster["maxrss_mb"]))
    conn = sqlite3.connect(db)
    r["stored"] = conn.execute("select count(*) from articles").fetchone()[0]
    r["enriched"] = conn.execute("select count(*) from articles where nlp_version is not null").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    r["db_mb_per_1k"] = os.path.getsize(db) / 1024 / 1024 / r["stored"] * 1000 if r["stored"] else float("nan")
    if baseline:
        bare = bare_nlp(db, env)
        r.update(nlp_s=bare["seconds"], bare_nlp_cpu_s=bare["cpu_s"], bare_nlp_mb=bare["maxrss_mb"], baseline_s=r["fetch_s"] + bare["seconds"])
        r["ratio"] = r["baseline_s"] / r["overlapped_s"]
    return r


def table(results: list[dict]) -> str:
    lines = [
        "| articles | stored / enriched | newswatch crawl (overlapped) s | pages/s | bare fetch s | bare spaCy s "
        "| baseline s | ratio | peak MB, whole run: PSS (RSS) | DB MB per 1k |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|",
    ]
    for r in results:
        base = (f"{r['fetch_s']:.1f} | {r['nlp_s']:.1f} | {r['baseline_s']:.1f} | **{r['ratio']:.2f}**"
                if "ratio" in r else "– | – | – | –")
        lines.append(
            f"| {r['articles']:,} | {r['stored']:,} / {r['enriched']:,} | {r['overlapped_s']:.1f} "
            f"| {r['articles'] / r['overlapped_s']:.1f} | {base} "
            f"| {r['tree_pss_mb']:.0f} ({r['tree_rss_mb']:.0f}) | {r['db_mb_per_1k']:.1f} |"
        )
    lines += ["", "CPU seconds of the overlapped run (benchmarks/proctree.py) against the bare spaCy pass:", "",
              "| articles | crawl process | follower | workers | total | bare spaCy (1 process) | total / bare |",
              "|---:|---:|---:|---:|---:|---:|---:|"]
    for r in results:
        cpu = r["cpu_by_role"]
        bare = r.get("bare_nlp_cpu_s")
        versus = f"{bare:.1f} | {r['overlapped_cpu_s'] / bare:.2f}" if bare else "– | –"
        lines.append(f"| {r['articles']:,} | {cpu['crawl']:.1f} | {cpu['follower']:.1f} | {cpu['workers']:.1f} "
                     f"| {r['overlapped_cpu_s']:.1f} | {versus} |")
    seq = [r for r in results if "sequential_s" in r]
    if seq:
        lines += ["", "| articles | crawl --no-enrich s | enrich --jobs 1 s | clusters s | sequential total s "
                  "| overlapped s | overlapped speed-up | peak MB (largest process) |", "|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for r in seq:
            lines.append(f"| {r['articles']:,} | {r['crawl_s']:.1f} | {r['enrich_s']:.1f} | {r['cluster_s']:.1f} "
                         f"| {r['sequential_s']:.1f} | {r['overlapped_s']:.1f} "
                         f"| {r['sequential_s'] / r['overlapped_s']:.2f} | {r['sequential_mb']:.0f} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--articles", type=int, nargs="+", default=[2000], help="site sizes (default 2000)")
    p.add_argument("--keep", help="work in this directory and keep it (default: a temp dir)")
    p.add_argument("--sequential", action="store_true", help="also time the crawl, enrich and clusters one "
                   "after the other (the old way)")
    p.add_argument("--no-baseline", action="store_true", help="skip the bare baseline (memory growth runs)")
    p.add_argument("--timeline", action="store_true", help="also print which part of the overlapped run used "
                   "the CPU when (cores' worth per 2 s)")
    args = p.parse_args(argv)
    from machine import describe  # benchmarks/machine.py

    results = []
    capacity = [describe(2)]
    with tempfile.TemporaryDirectory(prefix="nw-scale-") as tmp:
        workdir = Path(args.keep) if args.keep else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        for n in args.articles:
            r = measure(n, workdir, sequential=args.sequential, baseline=not args.no_baseline)
            print(f"{n} articles: { {k: v for k, v in r.items() if k != 'timeline'} }", file=sys.stderr, flush=True)
            if args.timeline:
                print(f"{n} articles, overlapped run, CPU by part over time:\n{r['timeline']}\n", flush=True)
            results.append(r)
    capacity.append(describe(2))
    print(table(results))
    print(f"\nload average at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())}; before: {capacity[0]}; "
          f"after: {capacity[1]} (benchmarks/machine.py)")
    ok = all(r.get("ratio", 1.4) >= 1.4 and r["tree_pss_mb"] < 1536 and r["stored"] == r["enriched"] == r["articles"]
             for r in results)
    print(f"target ratio >= 1.4, whole-run peak < 1.5 GB, every article stored and enriched: "
          f"{'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
