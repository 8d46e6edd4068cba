"""`newswatch train`: train the relevance and topic classifier on the bundled corpus
plus researchers' labels, print cross-validated scores, and save a versioned model.

Where the model goes: `--out DIR`; without it, `<db dir>/models/` when `--db` is given,
else `./models/`. To replace the model bundled with newswatch, pass `--out nlp/models`.
Use a trained model with NEWSWATCH_MODEL=DIR (see docs/classifier.md).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from tqdm import tqdm

from nlp import pipeline  # pipeline.load_pipeline: tests put a broken or small pipeline there
from nlp.batch import findings_in_batches
from nlp.classifier.corpus import CorpusError, load_corpus
from nlp.classifier.evaluate import cross_validated_scores
from nlp.classifier.labels import labels_as_examples, read_labels
from nlp.classifier.persist import save
from nlp.classifier.train import train
from nlp.document import document_text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="a newswatch database whose `labels` are added to the training data")
    parser.add_argument(
        "--labels-db",
        help="a separate labels database (default: <db stem>-labels.db next to --db, when it exists)",
    )
    parser.add_argument(
        "--out",
        help="directory to save the model in (default: <db dir>/models with --db, else ./models; "
        "nlp/models replaces the bundled model)",
    )
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (default 5)")
    parser.add_argument("--corpus", help="corpus directory of *.jsonl files (default: the bundled nlp/data/corpus)")
    parser.add_argument(
        "--no-findings",
        action="store_true",
        help="do not run the spaCy pipeline; train without the organisation-kind features",
    )


def default_out_dir(db: str | None) -> Path:
    return Path(db).resolve().parent / "models" if db else Path("models")


def compute_findings(examples: list[dict]) -> list[dict | None]:
    """spaCy findings for each example (nlp.batch: one example's failure costs that
    example's findings only: it gets None, counted as no organisations, and is reported).
    A missing or broken pipeline raises: training then stops rather than silently
    leaving the findings features out (use --no-findings for that)."""
    nlp = pipeline.load_pipeline()
    items = ((document_text(e["headline"], e["text"]), k) for k, e in enumerate(examples))
    findings: list[dict | None] = []
    failed = []
    with tqdm(total=len(examples), desc="findings", unit="doc", file=sys.stderr) as bar:
        for batch in findings_in_batches(nlp, items, batch_size=32):
            for it in batch:
                findings.append(it.findings)
                if it.error:
                    failed.append(f"example {it.ctx + 1}: {it.error}")
            bar.update(len(batch))
    if failed:
        print(f"note: the spaCy pipeline failed on {len(failed)} examples; their organisation-kind "
              "features are zero:", file=sys.stderr)
        for line in failed:
            print(f"  {line}", file=sys.stderr)
    return findings


def format_table(meta: dict, baseline: dict | None = None) -> str:
    """Markdown table of cross-validated precision/recall/F1 per label. `baseline`:
    the same folds and articles, but the models never trained on researchers' labels."""
    labels = meta["cv"]["labels"]
    head = "| label | threshold | precision | recall | F1 | support |"
    rule = "|---|---:|---:|---:|---:|---:|"
    if baseline:
        head += " F1 without labels | change |"
        rule += "---:|---:|"
    lines = [head, rule]
    for name, m in labels.items():
        thr = meta["threshold"] if name == "relevant" else meta["topic_thresholds"].get(name)
        thr_text = f"{thr:.2f}" if thr is not None else "untrained"
        line = f"| {name} | {thr_text} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['support']} |"
        if baseline:
            old = baseline["cv"]["labels"][name]["f1"]
            line += f" {old:.3f} | {m['f1'] - old:+.3f} |"
        lines.append(line)
    lines.append("")
    lines.append("| irrelevant group | flagged relevant | articles | rate |")
    lines.append("|---|---:|---:|---:|")
    for group, r in meta["cv"]["false_positive_rate"].items():
        lines.append(f"| {group} | {r['flagged']} | {r['articles']} | {r['rate']:.2%} |")
    return "\n".join(lines)


def describe_training(result, examples: list[dict], findings: list | None, folds: int, n_labels: int) -> dict | None:
    """Record in the model's metadata what it was trained with; with researchers' labels,
    cross-validate again on the same folds without training on them, for comparison
    (returned as the baseline for format_table, else None)."""
    baseline = None
    if n_labels:
        print("cross-validating again without training on the labels, for comparison", file=sys.stderr)
        trainable = np.array([e["group"] != "label" for e in examples])
        _, _, cv, _, _ = cross_validated_scores(examples, findings, folds=folds, trainable=trainable)
        baseline = {"cv": cv}
    result.meta["labels_used"] = n_labels
    if findings is not None:
        result.meta["nlp_version"] = pipeline.NLP_VERSION  # the pipeline that produced the findings features
    if baseline:
        result.meta["cv_without_labels"] = baseline["cv"]
    return baseline


def run(args: argparse.Namespace) -> int:
    if args.folds < 2:
        print("newswatch train: --folds must be at least 2", file=sys.stderr)
        return 2
    if args.labels_db and not args.db:
        print("newswatch train: --labels-db needs --db (labels are joined to its articles)", file=sys.stderr)
        return 2
    try:
        corpus = load_corpus(args.corpus)
    except CorpusError as e:
        print(f"newswatch train: {e}", file=sys.stderr)
        return 2

    label_examples: list[dict] = []
    if args.db:
        if not Path(args.db).exists():
            print(f"newswatch train: no database at {args.db}", file=sys.stderr)
            return 2
        try:
            labels = read_labels(args.db, args.labels_db)
        except FileNotFoundError as e:
            print(f"newswatch train: {e}", file=sys.stderr)
            return 2
        label_examples = labels_as_examples(labels)
        unusable = [lab for lab in labels if lab["problem"]]
        print(f"{len(labels)} labelled articles ({len(label_examples)} usable)", file=sys.stderr)
        for lab in unusable:
            print(f"  skipped label for article {lab['article_id']} ({lab['article_url']}): {lab['problem']}", file=sys.stderr)

    examples = corpus + label_examples
    try:
        findings = None if args.no_findings else compute_findings(examples)
    except (ImportError, OSError, RuntimeError) as e:
        print(f"newswatch train: the spaCy pipeline cannot be loaded for the findings features: {e}\n"
              "Install the pinned requirements, or train without them with --no-findings.", file=sys.stderr)
        return 2
    print(f"training on {len(corpus)} corpus articles + {len(label_examples)} labels, {args.folds}-fold CV", file=sys.stderr)
    try:
        result = train(examples, findings, folds=args.folds)
    except ValueError as e:  # too few examples of a class to train or cross-validate
        print(f"newswatch train: {e}", file=sys.stderr)
        return 2
    baseline = describe_training(result, examples, findings, args.folds, len(label_examples))

    out_dir = Path(args.out) if args.out else default_out_dir(args.db)
    target = save(result, out_dir)
    print(format_table(result.meta, baseline))
    print()
    print(f"saved {result.meta['version']} to {target}")
    if not result.meta["findings_features"]:
        print("note: trained without spaCy findings (organisation-kind features are zero)")
    if result.meta["topics_untrained"]:
        print(f"note: too few examples to train topics: {', '.join(result.meta['topics_untrained'])}")
    print(f"use it with: NEWSWATCH_MODEL={target} newswatch enrich --db DB --all")
    return 0
