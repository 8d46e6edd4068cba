"""Publishing the database with Datasette: metadata, the published snapshot and its
inspect file, the separate labels database, and the Datasette instance itself.

The public instance serves a *snapshot* of the live database (`<dir>/published/<name>.db`)
opened immutable, so a cron crawl writing to the live file can never be read half-way; in
the snapshot the SQL views are materialised as indexed tables of the same name;
`refresh_publication()` (called by `newswatch run`) rewrites the snapshot and its inspect
file, and a restarted `newswatch serve` picks them up. The private labelling instance
reads the live database and writes labels to `<dir>/<name>-labels.db`, which crawls never
touch. See docs/datasette.md.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import copy
import json
import os
import re
import secrets
import sqlite3
from pathlib import Path

import sqlite_utils

PACKAGE_DIR = Path(__file__).resolve().parent
METADATA_FILENAME = "datasette_metadata.json"
# The database name datasette_metadata.json is written for (data/news.db).
METADATA_DB_NAME = "news"
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

LABELLER_ENV = "NEWSWATCH_LABELLER"  # login name, default "labeller"
PASSWORD_HASH_ENV = "NEWSWATCH_LABELLER_PASSWORD_HASH"  # from `datasette hash-password`


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


class PublishError(Exception):
    """A problem the user can fix (missing file, missing password hash...)."""


# --- files next to the database -------------------------------------------------------

def db_name(db_path: str | Path) -> str:
    """The name Datasette gives a database file: its stem."""
    return Path(db_path).stem


def snapshot_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.parent / "published" / db_path.name


def inspect_path(db_path: str | Path) -> Path:
    """The `datasette inspect` output kept next to a (published) database file."""
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".inspect.json")


def labels_db_path(db_path: str | Path) -> Path:
    """data/news.db -> data/news-labels.db"""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}-labels{db_path.suffix or '.db'}")


def _mtime(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


def _live_mtime(db_path: Path) -> float:
    return max(_mtime(db_path), _mtime(Path(str(db_path) + "-wal")))


# --- snapshot and inspect file --------------------------------------------------------

def make_snapshot(db_path: str | Path) -> Path:
    """Write a consistent copy of the live database to published/<name>.db, atomically.

    VACUUM INTO reads inside one transaction, so a crawl writing at the same time is
    neither blocked nor seen half-way. The replace is atomic: a connection already open
    keeps reading the old file; restart the server to serve the new one everywhere."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise PublishError(f"database {db_path} does not exist")
    # Bring the schema (views, indexes) up to date before publishing.
    from newswatch.db import connect

    connect(db_path).close()
    out = snapshot_path(db_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f"{out.name}.{os.getpid()}.tmp")  # two refreshes never share it
    tmp.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(db_path)
        try:
            conn.execute("PRAGMA busy_timeout = 30000")
            conn.execute("VACUUM INTO ?", [str(tmp)])
        finally:
            conn.close()
        conn = sqlite3.connect(tmp)
        try:
            strip_private(conn)
            materialize_views(conn)
            # Read with immutable=1: it must not be in WAL mode with a -wal file.
            conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            conn.close()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, out)
    write_inspect_file(out)
    return out


def strip_private(conn: sqlite3.Connection) -> None:
    """Remove from a published snapshot what is not for the public: researchers' labels
    (they name the labeller) and the raw HTML of fetched pages (the publishers' pages,
    kept only so extraction can be re-run). Freed space is zeroed, then reclaimed."""
    conn.execute("PRAGMA secure_delete = ON")
    with conn:
        conn.execute("DELETE FROM labels")
        conn.execute("UPDATE pages SET html_gz = NULL WHERE html_gz IS NOT NULL")
    free, total = (conn.execute(f"PRAGMA {p}").fetchone()[0] for p in ("freelist_count", "page_count"))
    if free > total // 10:
        conn.execute("VACUUM")


# Indexes for the materialised views, for sorting and faceting at scale.
VIEW_INDEXES = {
    "articles_view": [["id"], ["published"], ["month"], ["source", "published"], ["relevant", "published"],
                      ["topics"]],
    "quotes_view": [["quote_id"], ["published"], ["speaker"], ["organisation"], ["source"], ["month"],
                    ["article_id"], ["kind"]],
    "organisation_mentions": [["published"], ["entity_id"], ["organisation"],
                              ["kind", "published"], ["month"], ["source"], ["article_id"],
                              # facets within a kind (e.g. academy trusts by month)
                              ["kind", "month"], ["kind", "source"], ["kind", "organisation"]],
    "trust_mentions_by_month": [["month"], ["trust"]],
}

# Views whose rows have a unique integer id: the materialised table's rowid is that id.
VIEW_ROWIDS = {"articles_view": "id", "quotes_view": "quote_id"}


def materialize_views(conn: sqlite3.Connection) -> list[str]:
    """In a published snapshot, replace every view by a table with the same name, columns
    and rows (plus indexes), so browsing, counting and faceting them is fast. The snapshot
    never changes, so the copies cannot go stale."""
    views = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]
    with conn:
        for view in views:
            tmp = f"_materialized_{view}"
            conn.execute(f"DROP TABLE IF EXISTS [{tmp}]")
            conn.execute(f"CREATE TABLE [{tmp}] AS SELECT * FROM [{view}] WHERE 0")
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info([{tmp}])")]
            key = VIEW_ROWIDS.get(view)
            if key in columns:
                # Row pages (/db/quotes_view/5) then show quote 5.
                names = ", ".join(f"[{c}]" for c in columns)
                conn.execute(
                    f"INSERT INTO [{tmp}] (rowid, {names}) SELECT [{key}], {names} FROM [{view}]"
                )
            else:
                conn.execute(f"INSERT INTO [{tmp}] SELECT * FROM [{view}]")
            conn.execute(f"DROP VIEW [{view}]")
            conn.execute(f"ALTER TABLE [{tmp}] RENAME TO [{view}]")
            for cols in VIEW_INDEXES.get(view, []):
                if set(cols) <= set(columns):
                    conn.execute(
                        f"CREATE INDEX [idx_{view}_{'_'.join(cols)}] ON [{view}] "
                        f"({', '.join(f'[{c}]' for c in cols)})"
                    )
    conn.execute("ANALYZE")
    return views


async def _inspect(path: Path) -> dict:
    # What `datasette inspect` computes: hash, size and table counts.
    from datasette.cli import inspect_

    return await inspect_([str(path)], None)


def write_inspect_file(path: str | Path) -> Path:
    path = Path(path)
    # In a thread of its own, so this also works when called inside an event loop.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        data = pool.submit(asyncio.run, _inspect(path)).result()
    out = inspect_path(path)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2))
    os.replace(tmp, out)
    return out


def inspect_is_stale(path: str | Path) -> bool:
    path = Path(path)
    out = inspect_path(path)
    if not out.exists() or _mtime(out) < _mtime(path):
        return True
    try:
        data = json.loads(out.read_text())
        return data[db_name(path)]["size"] != path.stat().st_size
    except (ValueError, KeyError, TypeError):
        return True


def snapshot_is_stale(db_path: str | Path) -> bool:
    db_path = Path(db_path)
    snap = snapshot_path(db_path)
    return not snap.exists() or _mtime(snap) < _live_mtime(db_path)


def refresh_publication(db_path: str | Path, force: bool = True) -> Path:
    """Rewrite the published snapshot and its inspect file (the cron job calls this).

    Returns the snapshot's path. With force=False, only when the live DB changed."""
    from newswatch.db import connect

    db_path = Path(db_path)
    if not db_path.exists():
        raise PublishError(f"database {db_path} does not exist")
    connect(db_path).close()  # pending migrations change the file, making the snapshot stale
    if force or snapshot_is_stale(db_path):
        return make_snapshot(db_path)
    snap = snapshot_path(db_path)
    if inspect_is_stale(snap):
        write_inspect_file(snap)
    return snap


# --- labels database ------------------------------------------------------------------

LABEL_TRIGGER = """
CREATE TRIGGER IF NOT EXISTS labels_validate BEFORE INSERT ON labels
WHEN NEW.label IS NULL OR NEW.label NOT IN ('relevant', 'irrelevant')
  OR NEW.article_id IS NULL OR typeof(NEW.article_id) != 'integer'
  OR NOT json_valid(coalesce(NEW.topics, '[]')) OR json_type(coalesce(NEW.topics, '[]')) != 'array'
BEGIN
  SELECT RAISE(ABORT, 'label must be relevant or irrelevant, article_id a number, topics a list');
END
"""


def ensure_labels_db(path: str | Path) -> Path:
    """Create the labels database (just the `labels` table of newswatch/db.py) if needed."""
    from newswatch.db import m003_labels

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    try:
        db.execute("PRAGMA busy_timeout = 30000")
        db.enable_wal()
        if not db["labels"].exists():
            with db.atomic():
                m003_labels(db)
        db.execute(LABEL_TRIGGER)
    finally:
        db.close()
    return path


# Topics typed as "outsourcing, trust_governance_finance" or as a JSON array.
ADD_LABEL_SQL = """INSERT INTO labels (article_id, article_url, label, topics, labeller, labelled_at, note)
VALUES (
  CAST(nullif(trim(:article_id), '') AS INTEGER),
  nullif(trim(:article_url), ''),
  lower(trim(:label)),
  CASE WHEN trim(:topics) = '' THEN '[]'
       WHEN json_valid(:topics) THEN :topics
       ELSE '["' || replace(replace(trim(:topics), ' ', ''), ',', '","') || '"]' END,
  :_actor_id,
  strftime('%Y-%m-%dT%H:%M:%S', 'now') || '+00:00',
  nullif(:note, '')
)"""

LABEL_QUEUE_SQL = """SELECT a.id AS label_this, a.id, a.title, a.source, a.published,
       a.relevance, a.relevant, a.topics, a.url
FROM articles a
WHERE (:q = '' OR a.title LIKE '%' || :q || '%')
ORDER BY abs(coalesce(a.relevance, 0.5) - 0.5), a.published DESC
LIMIT 200"""


def labelling_queries(labels_name: str) -> tuple[dict, dict]:
    """(queries for the main database, queries for the labels database)."""
    main = {
        "label_queue": {
            "title": "Articles to label (least certain first)",
            "description": "Articles whose relevance score is closest to 0.5, where a label "
            "teaches the classifier most. Click 'label' to open the labelling form.",
            "sql": LABEL_QUEUE_SQL,
            "params": ["q"],
            "hide_sql": True,
        }
    }
    labels = {
        "add_label": {
            "title": "Label an article",
            "description": "label: relevant or irrelevant. topics: comma-separated "
            "(outsourcing, industrial_action_jobs, trust_governance_finance...). "
            "Your login name is recorded as the labeller.",
            "sql": ADD_LABEL_SQL,
            "params": ["article_id", "article_url", "label", "topics", "note"],
            "write": True,
            "allow": {"id": "*"},
            "on_success_message": "Label saved.",
            "on_error_message": "Label not saved",
        }
    }
    return main, labels


# --- metadata -------------------------------------------------------------------------

def find_metadata_file() -> Path:
    """datasette_metadata.json: $NEWSWATCH_METADATA, else the repository root next to the
    package (editable install), else a copy shipped inside the package."""
    candidates = []
    if os.environ.get("NEWSWATCH_METADATA"):
        candidates.append(Path(os.environ["NEWSWATCH_METADATA"]))
    candidates += [PACKAGE_DIR.parent / METADATA_FILENAME, PACKAGE_DIR / METADATA_FILENAME]
    for path in candidates:
        if path.is_file():
            return path
    raise PublishError(
        "cannot find datasette_metadata.json (looked in: "
        + ", ".join(str(p) for p in candidates)
        + "); set NEWSWATCH_METADATA to its path"
    )


def _retarget(metadata: dict, name: str) -> dict:
    """Point metadata written for database 'news' at the database called `name`."""
    if name == METADATA_DB_NAME:
        return metadata
    metadata["databases"] = {
        (name if k == METADATA_DB_NAME else k): v for k, v in metadata["databases"].items()
    }
    old, new = f"/{METADATA_DB_NAME}/", f"/{name}/"
    for key in ("description_html", "source_url", "about_url"):
        if isinstance(metadata.get(key), str):
            metadata[key] = metadata[key].replace(old, new)
    dashboards = metadata.get("plugins", {}).get("datasette-dashboards", {})
    for dashboard in dashboards.values():
        for item in list(dashboard.get("charts", {}).values()) + list(
            dashboard.get("filters", {}).values()
        ):
            if item.get("db") == METADATA_DB_NAME:
                item["db"] = name
    return metadata


def build_metadata(
    name: str,
    *,
    labelling: bool = False,
    labels_name: str | None = None,
    metadata_file: str | Path | None = None,
    labeller: str = "labeller",
) -> dict:
    path = Path(metadata_file) if metadata_file else find_metadata_file()
    metadata = _retarget(copy.deepcopy(json.loads(path.read_text())), name)
    if not labelling:
        return metadata
    labels_name = labels_name or f"{name}-labels"
    main_q, labels_q = labelling_queries(labels_name)
    metadata["databases"].setdefault(name, {}).setdefault("queries", {}).update(main_q)
    labels_table = copy.deepcopy(
        metadata["databases"].get(name, {}).get("tables", {}).get("labels", {})
    )
    labels_table.pop("hidden", None)  # hidden on the public instance only
    labels_table["description"] = (
        "Labels given in this labelling interface. `newswatch train` reads them."
    )
    metadata["databases"][labels_name] = {
        "description": "Researchers' labels (relevant or not, topics). Crawls never write here.",
        "tables": {"labels": labels_table},
        "queries": labels_q,
    }
    metadata.setdefault("plugins", {})["datasette-auth-passwords"] = {
        f"{labeller}_password_hash": {"$env": PASSWORD_HASH_ENV},
    }
    metadata["title"] = metadata.get("title", "newswatch") + " (labelling)"
    return metadata


# --- the Datasette instance -----------------------------------------------------------

def make_datasette(
    db_path: str | Path,
    *,
    labelling: bool = False,
    labels_db: str | Path | None = None,
    settings: dict | None = None,
    metadata_file: str | Path | None = None,
    secret: str | None = None,
    snapshot: bool = True,
):
    """Build the Datasette instance `newswatch serve` runs (tests use its .client).

    Public (default): the published snapshot of `db_path`, immutable, with its inspect
    file, refreshed first if the live database changed since. With snapshot=False,
    `db_path` itself is opened immutable (only safe if nothing writes to it).
    Labelling: the live database read-only plus the writable labels database."""
    from datasette.app import Datasette

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
        return Datasette(
            [str(db_path), str(labels_path)],
            metadata=metadata,
            **kwargs,
        )
    if snapshot:
        served = refresh_publication(db_path, force=False)
    else:
        served = db_path
        if inspect_is_stale(served):
            write_inspect_file(served)
    inspect_data = json.loads(inspect_path(served).read_text())
    return Datasette(
        [],
        immutables=[str(served)],
        inspect_data=inspect_data,
        metadata=build_metadata(name, metadata_file=metadata_file),
        **kwargs,
    )
