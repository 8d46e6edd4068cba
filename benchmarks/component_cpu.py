"""CPU seconds per pipeline component over real-length texts: the bare model, the full
pipeline with the model's own attribute ruler and lemmatizer, and the full pipeline as it
runs (nlp/components/token_rules.py in their place), in the same run.

    .venv/bin/python benchmarks/component_cpu.py [--n 400] [--batch-size 32] [--profile OUT.prof]

Texts: speed.py's real-length articles (the true bodies of
../shared/data/article-extraction-dev cut into pieces of about 2,000 characters; our dev
texts when ../shared is absent), cleaned as enrich cleans them (title, blank line, body).
The three run interleaved, a batch at a time, in turn (the order rotating), so that a
shared machine's load weighs on each alike; CPU seconds (time.process_time), not
wall-clock. The full pipelines' figures include the findings dict (nlp.batch.pipe_findings,
as the enrich workers run it). Each pipe is wrapped to add up the CPU its `pipe` spends:
pulling a document runs the pipes before it (chained generators), so a pipe's own share
is its sum less its predecessor's; the first pipe's includes the tokenizer. --profile
writes a cProfile of the full pipeline's part to OUT.prof.
"""
from __future__ import annotations

import argparse
import cProfile
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from speed import SHARED_BODIES, real_length_texts  # noqa: E402  (benchmarks/speed.py)

from nlp.batch import batched, pipe_findings, prepare_items, to_read  # noqa: E402
from nlp.document import article_text  # noqa: E402
from nlp.pipeline import load_base_model, load_pipeline  # noqa: E402

SYSTEMS = ("bare model", "model's ruler + lemmatizer", "full pipeline")


class Timed:
    """A pipe whose CPU is added up in `spent[name]`."""

    def __init__(self, name, proc, spent):
        self.name, self.proc, self.spent = name, proc, spent

    def __call__(self, doc):
        t = time.process_time()
        doc = self.proc(doc)
        self.spent[self.name] += time.process_time() - t
        return doc

    def pipe(self, docs, batch_size=128):
        inner = self.proc.pipe(docs, batch_size=batch_size) if hasattr(self.proc, "pipe") else map(self.proc, docs)
        while True:
            t = time.process_time()
            doc = next(inner, None)
            self.spent[self.name] += time.process_time() - t
            if doc is None:
                return
            yield doc


def timed(nlp, spent):
    nlp._components = [(name, Timed(name, proc, spent)) for name, proc in nlp._components]
    return nlp


def own_cpu(nlp, spent) -> dict:
    out, before = {}, 0.0
    for name in nlp.pipe_names:
        out[name] = spent[name] - before
        before = spent[name]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--data", type=Path, default=SHARED_BODIES)
    ap.add_argument("--profile", type=Path, default=None)
    args = ap.parse_args()
    articles, origin = real_length_texts(args.n, args.data)
    data = to_read(prepare_items([(article_text({"title": t, "body": b})[0], None) for t, b in articles]))
    spent = {name: defaultdict(float) for name in SYSTEMS}
    models = dict(zip(SYSTEMS, (load_base_model(), load_pipeline(token_rules=False), load_pipeline())))
    for name, nlp in models.items():
        timed(nlp, spent[name])
    run = {
        SYSTEMS[0]: lambda texts: sum(1 for _ in models[SYSTEMS[0]].pipe(texts, batch_size=args.batch_size)),
        SYSTEMS[1]: lambda texts: pipe_findings(models[SYSTEMS[1]], texts, args.batch_size),
        SYSTEMS[2]: lambda texts: pipe_findings(models[SYSTEMS[2]], texts, args.batch_size),
    }
    total = dict.fromkeys(SYSTEMS, 0.0)
    profiler = cProfile.Profile() if args.profile else None
    for k, chunk in enumerate(batched(data, args.batch_size)):
        for name in SYSTEMS[k % 3:] + SYSTEMS[:k % 3]:
            if profiler and name == SYSTEMS[2]:
                profiler.enable()
            t = time.process_time()
            run[name](chunk)
            total[name] += time.process_time() - t
            if profiler and name == SYSTEMS[2]:
                profiler.disable()
    if profiler:
        profiler.dump_stats(args.profile)

    print(f"{len(data)} texts ({origin}), batch size {args.batch_size}, CPU seconds\n")
    own = {name: own_cpu(models[name], spent[name]) for name in SYSTEMS}
    print(f"| component | {' | '.join(SYSTEMS)} |")
    print("|---|---:|---:|---:|")
    for pipe in dict.fromkeys(p for name in SYSTEMS for p in own[name]):
        cells = [f"{own[name][pipe]:.2f}" if pipe in own[name] else "" for name in SYSTEMS]
        print(f"| {pipe} | {' | '.join(cells)} |")
    print(f"| **total** (tokenizer and findings included) | {' | '.join(f'{total[n]:.2f}' for n in SYSTEMS)} |")
    bare = total[SYSTEMS[0]]
    print(f"\nper bare-model second: {' / '.join(f'{total[n] / bare:.3f}' for n in SYSTEMS)} "
          f"({' / '.join(SYSTEMS)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
