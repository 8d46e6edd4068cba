"""Throughput: `newswatch analyse`'s work (nlp.analyse.analyse: input cleaning, batches
isolated per document, full pipeline + findings + JSON lines, with and without the
relevance classifier) vs the bare small model's nlp.pipe over the same texts, in the
same run.

    .venv/bin/python benchmarks/speed.py [--n 600] [--repeats 2] [--spaced] [--enrich-n 2000] [--jobs N]

Texts: the dev articles (tests/data/quotes_dev.json) and the demo site's two annotated
stories (tests/data/site_gold.json), headline + paragraphs,
repeated to --n texts. Each system runs --repeats times, alternating; the best time of
each is kept (the machine is shared). Ratio = our docs/s over the bare model's docs/s.
--spaced doubles every whitespace run in the texts (a plain-text dump), for both systems:
the case where analyse compacts the text for the model and maps the findings back.

Then `newswatch enrich` on several processes (--enrich-n articles, 0 to skip;
--skip-analyse for this part alone): real-length articles, from the true bodies of
../shared/data/article-extraction-dev (cut at paragraph ends into pieces of about 2,000
characters, some 350 words, the length of a local news story; our dev texts when ../shared
is absent), stored in a fresh database. Each repeat times, one after the other, the bare
model's nlp.pipe in this one process (model loading included) and nlp.enrich.enrich(jobs=N)
on a fresh copy of the database (pipeline loading, scoring and storing included). Every
repeat's ratio is printed (the spread) with the load average when it started, and each
worker's peak and private memory.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def texts(n: int) -> list[str]:
    articles = []
    for name in ("quotes_dev.json", "site_gold.json"):
        path = ROOT / "tests" / "data" / name
        if path.exists():
            articles += json.loads(path.read_text(encoding="utf-8"))
    base = ["\n\n".join([a["headline"], *a["paragraphs"]]) for a in articles]
    if not base:
        raise SystemExit("benchmarks/speed.py: no texts in tests/data")
    return [base[i % len(base)] for i in range(n)]


def run_ours(nlp, data, batch_size, score=None):
    import io

    from nlp.analyse import analyse

    out = io.StringIO()
    analyse(nlp, ((t, {"id": i}) for i, t in enumerate(data)), out, batch_size=batch_size, progress=False, score=score)
    return len(out.getvalue())


def run_classified(nlp, data, batch_size):
    from nlp.classifier import installed_classifier

    score, _ = installed_classifier()
    return run_ours(nlp, data, batch_size, score=score)


def run_bare(nlp, data, batch_size):
    n = 0
    for doc in nlp.pipe(data, batch_size=batch_size):
        n += len(doc.ents)
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--spaced", action="store_true", help="double every whitespace run in the texts")
    ap.add_argument("--enrich-n", type=int, default=2000, help="articles for the enrich part (0: skip)")
    ap.add_argument("--jobs", type=int, default=None, help="enrich processes (default: the usable cores)")
    ap.add_argument("--skip-analyse", action="store_true", help="only the enrich part")
    ap.add_argument("--data", type=Path, default=SHARED_BODIES,
                    help="ground-truth folder of article-extraction-dev (default ../shared/...)")
    args = ap.parse_args()
    if args.skip_analyse:
        return bench_enrich(args.enrich_n, args.repeats, args.jobs, args.batch_size, args.data)
    from nlp.pipeline import load_base_model, load_pipeline

    data = texts(args.n)
    if args.spaced:
        import re

        data = [re.sub(r"(\s+)", r"\1\1", t) for t in data]
    ours, bare = load_pipeline(batch_size=args.batch_size), load_base_model()
    run_ours(ours, data[:20], args.batch_size)  # warm up
    run_bare(bare, data[:20], args.batch_size)
    systems = (("bare", run_bare, bare), ("ours", run_ours, ours), ("classified", run_classified, ours))
    run_classified(ours, data[:20], args.batch_size)  # loads the classifier once
    best = {name: float("inf") for name, _, _ in systems}
    for _ in range(args.repeats):
        for name, fn, nlp in systems:
            t = time.perf_counter()
            fn(nlp, data, args.batch_size)
            best[name] = min(best[name], time.perf_counter() - t)
    chars = sum(map(len, data))
    rate = {k: len(data) / v for k, v in best.items()}
    print(f"{len(data)} texts, {chars / len(data):.0f} characters each on average\n")
    print("| system | seconds | docs/s | ratio |")
    print("|---|---|---|---|")
    print(f"| bare model nlp.pipe ({', '.join(bare.pipe_names)}) | {best['bare']:.2f} | {rate['bare']:.1f} | 1.00 |")
    print(f"| newswatch analyse --no-classify (cleaning, isolation, pipeline, findings, JSON) | {best['ours']:.2f} "
          f"| {rate['ours']:.1f} | {rate['ours'] / rate['bare']:.2f} |")
    print(f"| newswatch analyse (the same + relevance classifier) | {best['classified']:.2f} "
          f"| {rate['classified']:.1f} | {rate['classified'] / rate['bare']:.2f} |")
    return bench_enrich(args.enrich_n, args.repeats, args.jobs, args.batch_size, args.data) if args.enrich_n else 0


SHARED_BODIES = ROOT.parent / "shared" / "data" / "article-extraction-dev" / "ground-truth"
PIECE_CHARS = 2000


def real_length_texts(n: int, data: Path = SHARED_BODIES) -> tuple[list[tuple[str, str]], str]:
    """n (title, body) pairs of real-length text, and where they came from."""
    pieces = []
    origin = f"true bodies of ../shared/data/article-extraction-dev in pieces of about {PIECE_CHARS} characters"
    if data.is_dir():
        for path in sorted(data.glob("*.json")):
            body = json.loads(path.read_text(encoding="utf-8"))["articleBody"]
            piece: list[str] = []
            for para in (p.strip() for p in body.split("\n")):
                if para:
                    piece.append(para)
                if sum(map(len, piece)) >= PIECE_CHARS:
                    pieces.append(piece)
                    piece = []
            if sum(map(len, piece)) >= PIECE_CHARS // 2:
                pieces.append(piece)
    if not pieces:
        pieces = [text.split("\n\n") for text in texts(40)]
        origin = "our dev texts (../shared is absent)"
    out = []
    for i in range(n):
        piece = pieces[i % len(pieces)]
        title, *paras = piece
        out.append((title[:120], "\n\n".join(paras or piece)))
    return out, origin


def bench_enrich(n: int, repeats: int, jobs: int | None, batch_size: int, data: Path = SHARED_BODIES) -> int:
    import os
    import shutil
    import statistics
    import tempfile

    from newswatch.store import connect
    from nlp.document import article_text
    from nlp.enrich import enrich
    from nlp.parallel import memory_mb, usable_cores
    from nlp.pipeline import load_base_model

    from machine import describe  # benchmarks/machine.py

    jobs = jobs or usable_cores()
    articles, origin = real_length_texts(n, data)
    capacity = [describe(jobs)]
    rows = []
    with tempfile.TemporaryDirectory(prefix="nw-speed-") as tmp:
        master = os.path.join(tmp, "master.db")
        db = connect(master)
        db["articles"].insert_all({"id": i, "url": f"https://example.test/{i}", "source": "bench", "title": t,
                                   "body": b, "content_hash": f"h{i}"} for i, (t, b) in enumerate(articles, 1))
        db.close()
        data = [article_text({"title": t, "body": b})[0] for t, b in articles]
        for r in range(repeats):
            load = os.getloadavg()[0]
            t = time.perf_counter()
            run_bare(load_base_model(), data, batch_size)
            bare_s = time.perf_counter() - t
            copy = os.path.join(tmp, f"run{r}.db")
            shutil.copy(master, copy)
            t = time.perf_counter()
            summary = enrich(copy, jobs=jobs, batch_size=batch_size, progress=False)
            ours_s = time.perf_counter() - t
            if summary["articles"] != n:
                raise SystemExit(f"enrich stored {summary['articles']} of {n} articles: {summary}")
            rows.append((load, bare_s, ours_s, summary["workers"]))
            print(f"enrich repeat {r + 1}: bare {bare_s:.1f} s, enrich --jobs {jobs} {ours_s:.1f} s, "
                  f"ratio {bare_s / ours_s:.2f}, load {load:.1f}", file=sys.stderr, flush=True)
    capacity.append(describe(jobs))
    chars = sum(map(len, data)) / len(data)
    print(f"\n{n} real-length articles ({origin}; {chars:.0f} characters each on average), "
          f"{usable_cores()} usable cores\n")
    print(f"| repeat | load avg (1 min) at start | bare nlp.pipe, 1 process s | docs/s | enrich --jobs {jobs} s "
          "| docs/s | ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    ratios = []
    for i, (load, bare_s, ours_s, _) in enumerate(rows, 1):
        ratios.append(bare_s / ours_s)
        print(f"| {i} | {load:.1f} | {bare_s:.1f} | {n / bare_s:.1f} | {ours_s:.1f} | {n / ours_s:.1f} "
              f"| {bare_s / ours_s:.2f} |")
    print(f"\nratio: min {min(ratios):.2f}, median {statistics.median(ratios):.2f}, max {max(ratios):.2f} "
          "(target >= 1.6)")
    print(f"\nbefore: {capacity[0]}; after: {capacity[1]} (benchmarks/machine.py)")
    workers = rows[len(rows) - 1][3]
    mine = memory_mb()
    print(f"\nmemory: the storing process peaked at {mine.get('peak_rss_mb', 0):.0f} MB RSS (it also held the bare "
          "model); each worker (forked after the pipeline loaded, sharing its pages): " + "; ".join(
              f"peak {w.get('peak_rss_mb', 0):.0f} MB RSS, {w.get('private_mb', 0):.0f} MB private"
              for w in workers.values()))
    return 0 if statistics.median(ratios) >= 1.6 else 1


if __name__ == "__main__":
    sys.exit(main())
