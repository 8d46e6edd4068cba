"""Arguments and exit codes several commands share (not a command itself: cli.COMMANDS
lists the commands)."""
from __future__ import annotations

import argparse
import datetime as dt

from crawler.runner import parse_setting

# Exit codes of the commands that crawl (crawl, import, backfill).
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def add_jobs_argument(parser: argparse.ArgumentParser) -> None:
    """--jobs N: processes for the spaCy pass (enrich, analyse, crawl, run)."""
    parser.add_argument("--jobs", type=positive_int, default=None, metavar="N",
                        help="processes for the spaCy pass (default: the number of usable cores)")


def parse_settings(values: list[str]) -> dict:
    """["NAME=VALUE", ...] (the -s options) -> {"NAME": "VALUE"}; ValueError on a malformed item."""
    return dict(parse_setting(v) for v in values)


def day(text: str) -> dt.date:
    """A YYYY-MM-DD argument."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
