"""Throughput: `newswatch analyse`'s work (nlp.analyse.analyse: input cleaning, batches
isolated per document, full pipeline + findings + JSON lines, with and without the
relevance classifier) vs the bare small model's nlp.pipe over the same texts, in the
same run.

    .venv/bin/python benchmarks/speed.py [--n 600] [--repeats 2]

Texts: the dev articles (tests/data/quotes_dev.json) and the seeds, headline + paragraphs,
repeated to --n texts. Each system runs --repeats times, alternating; the best time of
each is kept (the machine is shared). Ratio = our docs/s over the bare model's docs/s.
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
    for name in ("quotes_dev.json", "seeds_gold.json"):
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
    args = ap.parse_args()
    from nlp.pipeline import load_base_model, load_pipeline

    data = texts(args.n)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
