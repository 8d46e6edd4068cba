"""The Datasette instance `newswatch serve` runs, and serving it.

Public (default): the published snapshot (newswatch/publish/publication.py), immutable.
Labelling (private): the live database read-only plus the writable labels database
(newswatch/publish/labelling.py). See docs/datasette.md.
"""
from __future__ import annotations

import json
import os
import re
import secrets
import sys
from pathlib import Path

import uvicorn
from datasette.app import SETTINGS, Datasette
from datasette.cli import check_databases, run_sync

from newswatch.publish import snapshots
from newswatch.publish.errors import PublishError
from newswatch.publish.labelling import LABELLER_ENV, PASSWORD_HASH_ENV
from newswatch.store.labels import ensure_labels_db
from newswatch.publish.metadata import PACKAGE_DIR, build_metadata
from newswatch.publish.publication import (db_name, inspect_is_stale, inspect_path, refresh_publication,
                                           write_inspect_file)
from newswatch.store import labels_db_path

TEMPLATES_DIR = PACKAGE_DIR / "templates"
PLUGINS_DIR = PACKAGE_DIR / "datasette_plugins"

# Public instance settings: generous enough for the canned queries on a large database,
# strict enough that one heavy ad-hoc query cannot hog the server.
DEFAULT_SETTINGS = {
    "sql_time_limit_ms": 3000,
    "max_returned_rows": 2000,
    "facet_time_limit_ms": 400,
    "default_page_size": 50,
    "truncate_cells_html": 400,
    # Suggesting facets runs a query per column on every table page: too slow at scale.
    "suggest_facets": False,
}


def fts_query(text: str | None) -> str:
    """Turn what a researcher typed into a safe SQLite FTS5 query: every word must match,
    "quoted words" must match as a phrase, punctuation is ignored (so a stray quote or an
    apostrophe never causes a syntax error). Registered as the SQL function fts_query()."""
    parts = []
    for phrase, word in re.findall(r'"([^"]*)"?|(\S+)', text or ""):
        tokens = re.findall(r"\w+", phrase or word)
        if tokens:
            parts.append('"' + " ".join(tokens) + '"')
    return " ".join(parts) or '""'  # '""' matches nothing


def make_datasette(
    db_path: str | Path,
    *,
    labelling: bool = False,
    labels_db: str | Path | None = None,
    settings: dict | None = None,
    metadata_file: str | Path | None = None,
    secret: str | None = None,
    snapshot: bool = True,
    full_text: bool = False,
):
    """Build the Datasette instance `newswatch serve` runs (tests use its .client).

    Public (default): the published snapshot of `db_path`, immutable, with its inspect
    file, refreshed first if the live database changed since; article bodies cut to an
    excerpt unless full_text (see apply_text_policy). With snapshot=False,
    `db_path` itself is opened immutable (only safe if nothing writes to it).
    Labelling: the live database read-only plus the writable labels database."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise PublishError(f"database {db_path} does not exist")
    name = db_name(db_path)
    all_settings = {**DEFAULT_SETTINGS, **(settings or {})}
    kwargs = dict(
        settings=all_settings,
        template_dir=str(TEMPLATES_DIR),
        plugins_dir=str(PLUGINS_DIR),
        secret=secret or os.environ.get("DATASETTE_SECRET") or secrets.token_hex(32),
    )
    if labelling:
        return _labelling_datasette(db_path, labels_db, metadata_file, kwargs)
    metadata = build_metadata(name, metadata_file=metadata_file)
    if not snapshot:
        if inspect_is_stale(db_path):
            write_inspect_file(db_path)
        return Datasette(
            [],
            immutables=[str(db_path)],
            inspect_data=json.loads(inspect_path(db_path).read_text()),
            metadata=metadata,
            **kwargs,
        )
    link = refresh_publication(db_path, force=False, full_text=full_text)
    served = link.resolve()
    ds = Datasette([], inspect_data=snapshots.read_inspect(served, name), metadata=metadata, **kwargs)
    ds.add_database(snapshots.SnapshotDatabase(ds, path=served, link=link), name=name)
    if "_memory" in ds.databases:  # added by Datasette when given no files
        ds.remove_database("_memory")
    return ds


def _labelling_datasette(db_path: Path, labels_db: str | Path | None, metadata_file, kwargs: dict):
    """The private labelling instance: the live database read-only plus the writable
    labels database (created if needed)."""
    name = db_name(db_path)
    labels_path = Path(labels_db) if labels_db else labels_db_path(db_path)
    ensure_labels_db(labels_path)
    if labels_path.stem == name:
        raise PublishError("the labels database needs a different file name from the main one")
    metadata = build_metadata(
        name,
        labelling=True,
        labels_name=labels_path.stem,
        metadata_file=metadata_file,
        labeller=os.environ.get(LABELLER_ENV, "labeller"),
    )
    return Datasette([str(db_path), str(labels_path)], metadata=metadata, **kwargs)


def datasette_settings(pairs: list[list[str]]) -> dict:
    """--setting NAME VALUE pairs -> Datasette settings, typed like Datasette's defaults;
    ValueError for an unknown setting or a value of the wrong kind."""
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


def serve(db_path: str | Path, port: int = 8001, host: str = "127.0.0.1", labelling: bool = False,
          labels_db: str | Path | None = None, settings: dict | None = None, full_text: bool = False) -> None:
    """Build the Datasette instance and serve it until interrupted (blocking). Raises
    PublishError, before serving, for a missing database or password hash."""
    if labelling and not os.environ.get(PASSWORD_HASH_ENV):
        raise PublishError(
            f"--labelling needs a password hash in ${PASSWORD_HASH_ENV}; "
            "make one with `datasette hash-password` (in the venv) and export it. "
            f"The login name is ${LABELLER_ENV} (default: labeller).")
    if not Path(db_path).exists():
        raise PublishError(f"database {db_path} does not exist")
    if not labelling:
        print("newswatch serve: preparing the published snapshot...", file=sys.stderr)
    ds = make_datasette(db_path, labelling=labelling, labels_db=labels_db, settings=settings, full_text=full_text)
    run_sync(ds.invoke_startup)
    run_sync(lambda: check_databases(ds))
    url = f"http://{host}:{port}/"
    kind = "labelling instance (log in at " + url + "-/login)" if labelling else "public instance"
    print(f"newswatch serve: {kind} at {url}", flush=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
