"""CPU seconds per pipeline component over real-length texts, against the bare model's
nlp.pipe over the same texts, in the same run.

    .venv/bin/python benchmarks/component_cpu.py [--n 400] [--batch-size 64] [--profile OUT.prof]

Texts: speed.py's real-length articles (the true bodies of
../shared/data/article-extraction-dev cut into pieces of about 2,000 characters; our dev
texts when ../shared is absent), as enrich reads them (title, blank line, body). Each
pipe is wrapped to add up the CPU (time.process_time) its `pipe` spends, so the model's
own components are timed as nlp.pipe runs them (in batches) and ours document by
document; `findings` is nlp.findings.doc_to_findings. CPU seconds, not wall-clock, so the
figures hold on a shared machine. --profile writes a cProfile of our part of the run
(the full pipeline pass) to OUT.prof.
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

from nlp.batch import prepare_items, to_read  # noqa: E402
from nlp.document import article_text  # noqa: E402
from nlp.findings import doc_to_findings  # noqa: E402
from nlp.pipeline import load_base_model, load_pipeline  # noqa: E402


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


def own_cpu(nlp, spent) -> dict:
    """Each pipe's own CPU: pulling a document from a pipe runs the pipes before it (they
    are chained generators), so a pipe's own share is its sum less its predecessor's (the
    first pipe's includes the tokenizer)."""
    out, before = {}, 0.0
    for name in nlp.pipe_names:
        out[name] = spent[name] - before
        before = spent[name]
    return out


def timed(nlp, spent):
    nlp._components = [(name, Timed(name, proc, spent)) for name, proc in nlp._components]
    return nlp


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--data", type=Path, default=SHARED_BODIES)
    ap.add_argument("--profile", type=Path, default=None)
    args = ap.parse_args()
    articles, origin = real_length_texts(args.n, args.data)
    data = to_read(prepare_items([(article_text({"title": t, "body": b})[0], None) for t, b in articles]))

    bare_spent: dict = defaultdict(float)
    bare = timed(load_base_model(), bare_spent)
    t = time.process_time()
    for _ in bare.pipe(data, batch_size=args.batch_size):
        pass
    bare_s = time.process_time() - t

    spent: dict = defaultdict(float)
    nlp = timed(load_pipeline(batch_size=args.batch_size), spent)
    profiler = cProfile.Profile() if args.profile else None
    t = time.process_time()
    if profiler:
        profiler.enable()
    for doc in nlp.pipe(data, batch_size=args.batch_size):
        t0 = time.process_time()
        doc_to_findings(doc)
        spent["findings"] += time.process_time() - t0
    if profiler:
        profiler.disable()
        profiler.dump_stats(args.profile)
    ours_s = time.process_time() - t

    print(f"{len(data)} texts ({origin}), batch size {args.batch_size}\n")
    bare_own, own = own_cpu(bare, bare_spent), own_cpu(nlp, spent)
    own["findings"] = spent["findings"]
    print("| component | bare model CPU s | full pipeline CPU s |")
    print("|---|---:|---:|")
    for name in dict.fromkeys([*bare_own, *own]):
        b = f"{bare_own[name]:.2f}" if name in bare_own else ""
        print(f"| {name} | {b} | {own[name]:.2f} |")
    print(f"| **total** (nlp.pipe, tokenizer included) | {bare_s:.2f} | {ours_s:.2f} |")
    print(f"\nfull / bare: {ours_s / bare_s:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
