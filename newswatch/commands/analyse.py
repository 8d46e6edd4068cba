"""newswatch analyse [FILE...]: organisations, people and attributed quotes as JSON lines.

Reads JSON lines {"id": ..., "text": ...} on stdin, or the text/HTML files given.
Writes one line per document: {"id", "entities", "people", "quotes"} (see nlp/findings.py).
"""
from __future__ import annotations

import argparse
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="text or HTML files (default: JSON lines on stdin)")
    parser.add_argument("--batch-size", type=int, default=64, help="documents per nlp.pipe batch (default 64)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")


def run(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from nlp.analyse import InputErrors, analyse, file_items, jsonl_items, within_limit
    from nlp.pipeline import load_pipeline

    if args.batch_size < 1:
        print("newswatch analyse: --batch-size must be at least 1", file=sys.stderr)
        return 2
    errors = InputErrors()
    echo = lambda msg: tqdm.write(f"newswatch analyse: {msg}", file=sys.stderr)  # noqa: E731
    nlp = load_pipeline(batch_size=args.batch_size)
    items = file_items(args.files, errors, echo) if args.files else jsonl_items(sys.stdin, errors, echo)
    items = within_limit(items, nlp.max_length, errors, echo)
    n = analyse(nlp, items, sys.stdout, batch_size=args.batch_size, progress=not args.no_progress)
    if errors.messages:
        print(f"newswatch analyse: {n} documents analysed, {len(errors.messages)} inputs skipped",
              file=sys.stderr)
        return 1
    return 0
