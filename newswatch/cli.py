"""The `newswatch` command. Each subcommand lives in newswatch/commands/<name>.py and
exposes `add_arguments(parser)` and `run(args) -> int` (the exit code). Heavy imports
happen inside `run`, so `newswatch --help` stays fast."""
from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = {
    "crawl": "Crawl the sources into the database, then enrich the new articles.",
    "run": "The cron entry point: crawl, enrich and refresh the publication, under a lock.",
    "extract": "Extract articles from saved HTML files or URLs; one JSON line per page.",
    "analyse": "Find organisations, people and attributed quotes in texts (JSON lines in, JSON lines out).",
    "enrich": "Run the NLP pipeline and classifier over stored articles that need it.",
    "train": "Train the relevance and topic classifier.",
    "label": "Record a researcher's label for an article.",
    "serve": "Publish the database with Datasette.",
    "registers": "Import official registers (GIAS academy trusts and their schools, ONS councils).",
    "import": "Import the HTML pages of WARC, WARC.gz, ARC or WACZ files, as if crawled.",
    "backfill": "Fetch a source's past articles from a web archive (Wayback Machine, Common Crawl, pywb).",
    "export": "Write the stored raw pages as a WARC or WACZ file (evidence for citations).",
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newswatch",
        description="Monitor UK local news for school outsourcing and academy trusts.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, help_text in COMMANDS.items():
        module = importlib.import_module(f"newswatch.commands.{name}")
        p = sub.add_parser(name, help=help_text, description=help_text)
        module.add_arguments(p)
        p.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args._module.run(args) or 0)
    except KeyboardInterrupt:
        print("newswatch: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
