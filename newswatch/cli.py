"""The `newswatch` command. Each subcommand lives in newswatch/commands/<name>.py and
exposes `add_arguments(parser)` and `run(args) -> int` (the exit code).

The command modules import what they run at the top (Scrapy, spaCy, scikit-learn,
Datasette: about 2 s together), so this dispatcher imports only the module of the
command being run: `newswatch --help` stays instant. This is the one lazy import of the
application, and the reason for it."""
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
    "demo": "Crawl the bundled fixture news site offline, enrich it and publish it (the whole pipeline).",
}


def build_parser(commands=None) -> argparse.ArgumentParser:
    """The parser, with the arguments of `commands` (names; default: every command).
    The other commands are listed, without their arguments."""
    commands = COMMANDS if commands is None else commands
    parser = argparse.ArgumentParser(
        prog="newswatch",
        description="Monitor UK local news for school outsourcing and academy trusts.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, help_text in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        if name in commands:
            # The lazy import (see the module docstring): only the commands asked for.
            module = importlib.import_module(f"newswatch.commands.{name}")
            module.add_arguments(p)
            p.set_defaults(_module=module)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    # The top-level parser has no options but -h: the command is the first other word.
    chosen = [next((a for a in argv if not a.startswith("-")), "")]
    args = build_parser(chosen).parse_args(argv)
    try:
        return int(args._module.run(args) or 0)
    except KeyboardInterrupt:
        print("newswatch: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
