"""newswatch analyse [FILE...]: organisations, people, attributed quotes and relevance as
JSON lines.

Reads JSON lines {"id": ..., "text": ...} on stdin, or the text/HTML files given.
Writes one line per input, in order: {"id", "entities", "people", "quotes"} (see
nlp/findings.py) plus, unless --no-classify, the classifier's "relevance", "relevant",
"topics", "relevance_terms" and "model_version" (as `enrich` stores them; null when no
model is installed). An input that cannot be analysed gets {"id", "error"}; the run goes
on and exits 1 at the end. A classifier model that is present but damaged is an error
before anything is analysed (exit 2).
"""
from __future__ import annotations

import argparse
import sys

from tqdm import tqdm

from newswatch.commands.options import add_jobs_argument
from nlp.analyse import InputErrors, analyse, file_items, jsonl_items, within_limit
from nlp.classifier import ModelError, installed_classifier
from nlp.parallel import usable_cores
from nlp import pipeline  # pipeline.load_pipeline: tests put a small pipeline there


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="text or HTML files (default: JSON lines on stdin)")
    parser.add_argument("--batch-size", type=int, default=64, help="documents per nlp.pipe batch (default 64)")
    parser.add_argument("--no-classify", action="store_true",
                        help="do not score relevance and topics with the classifier")
    add_jobs_argument(parser)
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def no_scores(rows, findings):
    """score() stand-in when no model is installed: the fields, all null."""
    return [{"relevance": None, "relevant": None, "topics": None, "relevance_terms": None,
             "model_version": None} for _ in rows]


def run(args: argparse.Namespace) -> int:
    if args.batch_size < 1:
        print("newswatch analyse: --batch-size must be at least 1", file=sys.stderr)
        return 2
    echo = lambda msg: tqdm.write(f"newswatch analyse: {msg}", file=sys.stderr)  # noqa: E731
    score = None
    if not args.no_classify:
        try:
            score, version = installed_classifier()
        except ModelError as e:
            print(f"newswatch analyse: the classifier model cannot be used: {e}\n"
                  "Retrain it (newswatch train), reinstall newswatch for the bundled model, point "
                  "NEWSWATCH_MODEL at a good model, or pass --no-classify.", file=sys.stderr)
            return 2
        if score is None:
            echo(f"not scoring relevance: {version}")
            score = no_scores
    errors = InputErrors()
    nlp = pipeline.load_pipeline(batch_size=args.batch_size)
    items = file_items(args.files, errors, echo) if args.files else jsonl_items(sys.stdin, errors, echo)
    items = within_limit(items, nlp.max_length, errors, echo)
    n = analyse(nlp, items, sys.stdout, batch_size=args.batch_size, progress=not args.no_progress,
                score=score, errors=errors, echo=echo, jobs=args.jobs or usable_cores())
    if errors.messages:
        print(f"newswatch analyse: {n} documents analysed, {len(errors.messages)} inputs failed "
              "(an \"error\" line each)", file=sys.stderr)
        return 1
    return 0
