"""`newswatch registers import --gias-groups FILE [--gias-links FILE] [--councils FILE] --db PATH`:
load official registers the user downloaded (GIAS academy trusts and their schools, ONS
council codes) and link the organisations already found to them."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newswatch.registers import RegisterError, import_registers
from newswatch.store import connect
from nlp.linking import link_entities


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    imp = sub.add_parser(
        "import", help="load register CSV files into the database",
        description="Load GIAS and ONS register extracts (CSV) into the trusts, trust_schools and "
        "councils tables, then link the organisations already found to them. Re-importing the "
        "same files changes nothing; article text is never touched. Run `newswatch enrich --all` "
        "afterwards to find the register's trust names in stored articles.")
    imp.add_argument("--db", required=True, metavar="PATH", help="the newswatch SQLite database")
    imp.add_argument("--gias-groups", metavar="FILE",
                     help="GIAS 'all groups' extract (columns Group UID, Group Name, Group Type, Group Status...)")
    imp.add_argument("--gias-links", metavar="FILE",
                     help="GIAS 'all group links' extract (columns Group UID, URN, EstablishmentName, Joined date...)")
    imp.add_argument("--councils", metavar="FILE",
                     help="ONS local authority list (a code column such as LAD24CD and a name column such as LAD24NM)")
    imp.add_argument("--no-progress", action="store_true", help="no progress messages on stderr")


def run(args: argparse.Namespace) -> int:
    if not (args.gias_groups or args.gias_links or args.councils):
        print("newswatch registers import: give at least one of --gias-groups, --gias-links, --councils",
              file=sys.stderr)
        return 2
    if not Path(args.db).exists():
        print(f"newswatch registers import: no database at {args.db}", file=sys.stderr)
        return 2
    started = time.monotonic()
    done: dict[str, int] = {}

    def progress(what: str, n: int) -> None:
        done[what] = done.get(what, 0) + n
        if not args.no_progress:
            print(f"  {what}: {done[what]} rows", file=sys.stderr, flush=True)

    db = connect(args.db)
    try:
        summary = import_registers(db, gias_groups=args.gias_groups, gias_links=args.gias_links,
                                   councils=args.councils, progress=progress)
        if not args.no_progress:
            print("linking organisations to the registers...", file=sys.stderr, flush=True)
        links = link_entities(db)
    except RegisterError as e:
        print(f"newswatch registers import: {e}", file=sys.stderr)
        return 2
    finally:
        db.close()
    for table, c in summary.items():
        print(f"{table}: {c['rows']} rows read: {c['new']} new, {c['changed']} changed, {c['unchanged']} unchanged")
    print(f"organisations linked: {links['exact']} exact, {links['alias']} by alias, "
          f"{links['fuzzy']} fuzzy (score recorded), {links['unlinked']} not in a register; "
          f"{time.monotonic() - started:.1f}s")
    return 0
