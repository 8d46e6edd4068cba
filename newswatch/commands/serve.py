"""`newswatch serve`: publish the database with Datasette.

Public (default): a read-only, immutable snapshot of the database with canned queries,
dashboards and an Atom feed. `--labelling`: a private instance where logged-in
researchers label articles into a separate labels database. See docs/datasette.md.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", required=True, help="the newswatch SQLite database")
    p.add_argument("--port", type=int, default=8001, help="port to listen on (default 8001)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument(
        "--labelling",
        action="store_true",
        help="private labelling instance: log in (datasette-auth-passwords; password hash in "
        "$NEWSWATCH_LABELLER_PASSWORD_HASH) to add labels to the labels database",
    )
    p.add_argument(
        "--labels-db",
        help="labels database for --labelling (default: <db stem>-labels.db next to --db)",
    )
    p.add_argument(
        "--full-text",
        action="store_true",
        help="publish whole article bodies (default: an excerpt of each; search still covers "
        "the whole text). Only for a private instance: the texts are the publishers' copyright",
    )
    p.add_argument(
        "--setting",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="a Datasette setting, e.g. --setting sql_time_limit_ms 5000 (repeatable)",
    )


def _settings(pairs: list[list[str]]) -> dict:
    """--setting NAME VALUE pairs -> Datasette settings, typed like Datasette's defaults."""
    from datasette.app import SETTINGS

    defaults = {s.name: s.default for s in SETTINGS}
    out = {}
    for name, value in pairs:
        if name not in defaults:
            raise ValueError(f"unknown Datasette setting {name!r} (see `datasette --help-settings`)")
        default = defaults[name]
        if isinstance(default, bool):
            if value.lower() not in ("on", "off", "true", "false", "1", "0"):
                raise ValueError(f"setting {name} takes on or off, not {value!r}")
            out[name] = value.lower() in ("on", "true", "1")
        elif isinstance(default, int):
            try:
                out[name] = int(value)
            except ValueError:
                raise ValueError(f"setting {name} takes a whole number, not {value!r}") from None
        else:
            out[name] = value
    return out


def serve(
    db_path: str | Path,
    port: int = 8001,
    host: str = "127.0.0.1",
    labelling: bool = False,
    labels_db: str | Path | None = None,
    settings: dict | None = None,
    full_text: bool = False,
) -> int:
    """Build the Datasette instance and serve it until interrupted (blocking)."""
    import uvicorn
    from datasette.cli import check_databases
    from datasette.cli import run_sync

    from newswatch.publish import (
        LABELLER_ENV,
        PASSWORD_HASH_ENV,
        PublishError,
        make_datasette,
    )

    if labelling and not os.environ.get(PASSWORD_HASH_ENV):
        print(
            f"newswatch serve: --labelling needs a password hash in ${PASSWORD_HASH_ENV}; "
            "make one with `datasette hash-password` (in the venv) and export it. "
            f"The login name is ${LABELLER_ENV} (default: labeller).",
            file=sys.stderr,
        )
        return 2
    if not Path(db_path).exists():
        print(f"newswatch serve: database {db_path} does not exist", file=sys.stderr)
        return 2
    if not labelling:
        print("newswatch serve: preparing the published snapshot...", file=sys.stderr)
    try:
        ds = make_datasette(
            db_path, labelling=labelling, labels_db=labels_db, settings=settings,
            full_text=full_text,
        )
    except PublishError as exc:
        print(f"newswatch serve: {exc}", file=sys.stderr)
        return 2
    run_sync(ds.invoke_startup)
    run_sync(lambda: check_databases(ds))
    url = f"http://{host}:{port}/"
    kind = "labelling instance (log in at " + url + "-/login)" if labelling else "public instance"
    print(f"newswatch serve: {kind} at {url}", flush=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
    return 0


def run(args: argparse.Namespace) -> int:
    try:
        settings = _settings(args.setting)
    except ValueError as exc:
        print(f"newswatch serve: {exc}", file=sys.stderr)
        return 2
    return serve(
        args.db,
        port=args.port,
        host=args.host,
        labelling=args.labelling,
        labels_db=args.labels_db,
        settings=settings,
        full_text=args.full_text,
    )
