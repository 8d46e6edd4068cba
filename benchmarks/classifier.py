"""Benchmark the relevance classifier: out-of-fold quality and scoring speed.

    .venv/bin/python benchmarks/classifier.py [--folds 5] [--findings auto|yes|no]

1. Quality: k-fold cross-validation on the bundled corpus (cross_val_predict style:
   every article scored by a model that never saw it), thresholds chosen as
   `newswatch train` does, then precision/recall/F1 per label and the share of
   `general` and `hard_negative` articles wrongly flagged relevant. A second split
   (another seed) is scored with the first split's thresholds, and a nested
   cross-validation chooses thresholds inside each outer training part: the least
   optimistic figure.
2. Speed: scoring 1,000 articles with the bundled model, against a baseline measured
   in the same run: only vectorising the same articles (word + character TF-IDF).
Prints markdown tables for BENCHMARKS.md.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newswatch.commands.train import compute_findings  # noqa: E402
from nlp.classifier import features  # noqa: E402
from nlp.classifier.corpus import load_corpus  # noqa: E402
from nlp.classifier.evaluate import (  # noqa: E402
    choose_relevance_threshold,
    choose_topic_thresholds,
    cross_validate,
    evaluate,
    nested_cross_validate,
)
from nlp.classifier.persist import resolve_model_path  # noqa: E402
from nlp.classifier.score import Classifier  # noqa: E402


def quality(examples, findings, folds: int) -> list[str]:
    y = np.array([e["relevant"] for e in examples], dtype=int)
    groups = np.array([e["group"] for e in examples])
    lines = []
    runs = {}
    for seed in (0, 1):
        start = time.perf_counter()
        rel, topic_p = cross_validate(examples, findings, folds=folds, seed=seed)
        runs[seed] = (rel, topic_p, time.perf_counter() - start)
    rel0, tp0, _ = runs[0]
    threshold = choose_relevance_threshold(y, rel0, groups)
    topic_thresholds = choose_topic_thresholds(examples, tp0)
    ev0 = evaluate(examples, rel0, tp0, threshold, topic_thresholds)
    ev1 = evaluate(examples, runs[1][0], runs[1][1], threshold, topic_thresholds)
    start = time.perf_counter()
    ev2 = nested_cross_validate(examples, findings, folds=folds)
    nested_s = time.perf_counter() - start
    lines += [
        f"Corpus: {len(examples)} articles ({', '.join(f'{g}: {int((groups == g).sum())}' for g in sorted(set(groups)))}); "
        f"{folds}-fold CV; findings features: {'yes' if findings is not None else 'no'}; "
        f"relevance threshold {threshold:.2f} (chosen on split 0).",
        "",
        "| label | P (split 0) | R (split 0) | F1 (split 0) | F1 (split 1, same thresholds) | F1 (nested) | support |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, m in ev0["labels"].items():
        lines.append(
            f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {ev1['labels'][name]['f1']:.3f} "
            f"| {ev2['labels'][name]['f1']:.3f} | {m['support']} |"
        )
    lines += [
        "",
        "| group wrongly flagged relevant (out of fold) | split 0 | split 1 | nested | target |",
        "|---|---:|---:|---:|---:|",
    ]
    for group in ("general", "hard_negative"):
        cells = []
        for ev in (ev0, ev1, ev2):
            r = ev["false_positive_rate"].get(group)
            cells.append(f"{r['flagged']}/{r['articles']} ({r['rate']:.2%})" if r else "-")
        lines.append(f"| {group} | {' | '.join(cells)} | {'< 0.5%' if group == 'general' else '-'} |")
    lines.append("")
    lines.append(
        f"Split 0 chooses the thresholds on its own out-of-fold scores (as `newswatch train` does); split 1 "
        f"reshuffles the folds and keeps those thresholds; nested chooses thresholds inside each outer "
        f"training part only (the least optimistic). One {folds}-fold cross-validation took "
        f"{runs[0][2]:.1f} s, the nested one {nested_s:.1f} s."
    )
    return lines


def make_articles(examples, n: int, join: int) -> list[dict]:
    """n articles cycling through the corpus; each joins `join` corpus texts (about
    90 words each) to reach real article lengths."""
    rows = []
    for i in range(n):
        parts = [examples[(i * join + k) % len(examples)] for k in range(join)]
        rows.append({"title": parts[0]["headline"], "body": "\n\n".join(p["text"] for p in parts)})
    return rows


def best_of(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def speed(examples, model_path) -> list[str]:
    import subprocess

    # A fresh process: importing nlp.classifier (numpy, scipy, scikit-learn), then
    # Classifier.load (imports skops, reads and checks the files).
    code = (
        "import time; t0 = time.perf_counter(); from nlp.classifier.score import Classifier; "
        f"t1 = time.perf_counter(); Classifier.load({str(model_path)!r}); t2 = time.perf_counter(); "
        "print(t1 - t0, t2 - t1)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent).stdout
    import_s, load_s = (float(x) for x in out.split())
    clf = Classifier.load(model_path)
    word, char = clf.objects["word"], clf.objects["char"]
    lines = [
        f"Model {clf.version}: {sum(f.stat().st_size for f in clf.path.iterdir()) / 1e6:.2f} MB on disk; "
        f"in a fresh process, importing nlp.classifier takes {import_s:.2f} s and Classifier.load {load_s:.2f} s.",
        "",
        "| 1,000 articles | words/article | vectorise only (baseline) | score_articles | ratio | flagged relevant |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    relevant = [e for e in examples if e["relevant"]]
    others = [e for e in examples if not e["relevant"]]
    # A crawl-like mix: 1 in 20 articles relevant (each article joins 4 texts from one pool).
    mixed = [e for i in range(1000) for e in (relevant if i % 20 == 0 else others, i)]
    mixed_rows = []
    for k in range(0, len(mixed), 2):
        pool, i = mixed[k], mixed[k + 1]
        parts = [pool[(i * 4 + j) % len(pool)] for j in range(4)]
        mixed_rows.append({"title": parts[0]["headline"], "body": "\n\n".join(p["text"] for p in parts)})
    cases = (
        ("corpus length, 39% relevant", make_articles(examples, 1000, 1)),
        ("real length, 39% relevant", make_articles(examples, 1000, 4)),
        ("real length, 5% relevant", mixed_rows),
    )
    for label, rows in cases:
        heads = [r["title"] for r in rows]
        bodies = [r["body"] for r in rows]

        def vectorise():
            word.transform([features.feature_text(h, b) for h, b in zip(heads, bodies)])
            char.transform([features.char_text(h, b) for h, b in zip(heads, bodies)])

        base = best_of(vectorise)
        full = best_of(lambda: clf.score(rows))
        flagged = sum(r["relevant"] for r in clf.score(rows))
        words = int(np.mean([len(b.split()) for b in bodies]))
        lines.append(f"| {label} | {words} | {base:.2f} s | {full:.2f} s | {full / base:.2f}x | {flagged} |")
    return lines


REAL_PAGES = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "article-extraction-dev" / "ground-truth"


def real_pages(model_path) -> list[str]:
    """Real news articles (../shared, mostly 2019 US news; none on our topics): how
    many does the shipped model flag? Skipped when ../shared is absent."""
    import json

    files = sorted(REAL_PAGES.glob("*.json"))
    if not files:
        return ["(../shared/data/article-extraction-dev absent: real-page check skipped)"]
    rows = [{"title": "", "body": json.loads(f.read_text(encoding="utf-8"))["articleBody"]} for f in files]
    results = Classifier.load(model_path).score(rows)
    flagged = sum(r["relevant"] for r in results)
    top = max(r["relevance"] for r in results)
    return [
        "| real pages (article-extraction-dev, no findings) | flagged relevant | highest relevance |",
        "|---|---:|---:|",
        f"| {len(rows)} | {flagged} | {top:.3f} |",
    ]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--findings", choices=["auto", "yes", "no"], default="auto",
                        help="use spaCy findings features (auto: as the bundled model was trained)")
    parser.add_argument("--model", help="model directory (default: the bundled model)")
    args = parser.parse_args(argv)
    model_path = resolve_model_path(args.model)
    examples = load_corpus()
    import json

    use = args.findings == "yes" or (
        args.findings == "auto" and json.loads((model_path / "meta.json").read_text())["findings_features"]
    )
    findings = compute_findings(examples) if use else None
    print("## Classifier quality (out of fold)\n")
    print("\n".join(quality(examples, findings, args.folds)))
    print("")
    print("\n".join(real_pages(model_path)))
    print("\n## Classifier scoring speed\n")
    print("\n".join(speed(examples, model_path)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
