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

from newswatch import snapshots
from newswatch.store import connect, labels_db_path, utcnow
from newswatch.store.schema import m003_labels

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


def snapshot_path(db_path: str | Path, full_text: bool = False) -> Path:
    """published/<name>.db (titles, metadata, findings, quotes, excerpts), or with
    full_text, published/full-text/<name>.db (whole article bodies)."""
    db_path = Path(db_path)
    folder = db_path.parent / "published"
    return (folder / "full-text" if full_text else folder) / db_path.name


def inspect_path(db_path: str | Path) -> Path:
    """The `datasette inspect` output kept next to a (published) database file; for the
    published symlink, next to the snapshot file it points at."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".inspect.json")


def _mtime(path: Path) -> float:
    return path.stat().st_mtime if path.exists() else 0.0


def _live_mtime(db_path: Path) -> float:
    return max(_mtime(db_path), _mtime(Path(str(db_path) + "-wal")))


# --- snapshot and inspect file --------------------------------------------------------

def make_snapshot(db_path: str | Path, full_text: bool = False) -> Path:
    """Publish a consistent copy of the live database: published/<name>.db, a symlink.

    VACUUM INTO reads inside one transaction, so a crawl writing at the same time is
    neither blocked nor seen half-way. The copy is written to a new versioned file
    (published/<name>.v<time>.db) with its inspect file, and only then does the symlink
    move to it, atomically: a running `newswatch serve` switches to it on its next request
    (newswatch/snapshots.py), and never sees a half-written file. Article bodies are cut
    to an excerpt (apply_text_policy) unless full_text."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise PublishError(f"database {db_path} does not exist")
    # Bring the schema (views, indexes) up to date before publishing.
    connect(db_path).close()
    link = snapshot_path(db_path, full_text)
    link.parent.mkdir(parents=True, exist_ok=True)
    out = snapshots.version_path(link)
    tmp = out.with_name(f"{out.name}.tmp")
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
            if not full_text:
                apply_text_policy(conn)
            strip_private(conn)
            materialize_views(conn)
            # Read with immutable=1: it must not be in WAL mode with a -wal file.
            conn.execute("PRAGMA journal_mode = DELETE")
            info = {**snapshot_info(conn), "text": "full" if full_text else "excerpt"}
        finally:
            conn.close()
        os.replace(tmp, out)
        write_inspect_file(out, name=db_name(db_path), info=info)
    except BaseException:
        tmp.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
        raise
    snapshots.point(link, out)
    snapshots.prune(link)
    return link


def snapshot_info(conn: sqlite3.Connection) -> dict:
    """When a snapshot was published and how new its data is (shown on every page)."""
    newest = conn.execute("SELECT max(first_seen) FROM articles").fetchone()
    return {"published_at": utcnow(), "newest_article_seen": newest[0] if newest else None}


EXCERPT_WORDS = 50


def excerpt(body: str | None, words: int = EXCERPT_WORDS) -> str | None:
    """The first `words` words of an article's body, with " …" when there is more."""
    if body is None:
        return None
    found = body.split()
    return " ".join(found[:words]) + (" …" if len(found) > words else "")


def apply_text_policy(conn: sqlite3.Connection) -> None:
    """The public instance publishes titles, metadata, findings, quotes and an excerpt of
    each article, not the whole text (the publishers' copyright; quoting for reporting
    and research is fair dealing, republishing is not). articles.body becomes its first
    EXCERPT_WORDS words. The full-text index keeps indexing the whole body: its triggers
    are dropped first, so searching still finds words anywhere in an article (the index
    holds stemmed words, not the text)."""
    triggers = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'")]
    conn.create_function("newswatch_excerpt", 1, excerpt, deterministic=True)
    conn.execute("PRAGMA secure_delete = ON")
    with conn:
        for name in triggers:
            conn.execute(f"DROP TRIGGER [{name}]")
        conn.execute("UPDATE articles SET body = newswatch_excerpt(body) WHERE body IS NOT NULL")


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
                    ["article_id"], ["attribution"], ["kind"],
                    # the person and organisation pages: newest quotes first
                    ["speaker", "published"], ["organisation", "published"],
                    ["speaker_person_id", "published"]],
    "quotes_to_check": [["quote_id"], ["published"], ["source"], ["month"], ["confidence"]],
    "organisation_mentions": [["published"], ["entity_id"], ["organisation"],
                              ["kind", "published"], ["month"], ["source"], ["article_id"],
                              # facets within a kind (e.g. academy trusts by month)
                              ["kind", "month"], ["kind", "source"], ["kind", "organisation"],
                              # the organisation page: per month, newest first
                              ["entity_id", "month"], ["entity_id", "published"]],
    "trust_mentions_by_month": [["month"], ["trust"]],
}

# Views whose rows have a unique integer id: the materialised table's rowid is that id.
VIEW_ROWIDS = {"articles_view": "id", "quotes_view": "quote_id", "quotes_to_check": "quote_id"}


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
                # The unique id becomes the primary key: row pages (/db/quotes_view/5) show
                # quote 5, and tables show it once, as the link.
                types = {r[1]: r[2] for r in conn.execute(f"PRAGMA table_info([{view}])")}
                defs = ", ".join(
                    f"[{c}] INTEGER PRIMARY KEY" if c == key else f"[{c}] {types.get(c) or ''}".rstrip()
                    for c in columns)
                conn.execute(f"DROP TABLE [{tmp}]")
                conn.execute(f"CREATE TABLE [{tmp}] ({defs})")
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


def write_inspect_file(path: str | Path, name: str | None = None, info: dict | None = None) -> Path:
    """Write <file>.inspect.json next to a database file (a symlink: next to its target),
    keyed by the database's name; `info` (snapshot_info) is kept under "newswatch"."""
    path = Path(path).resolve()
    name = name or snapshots.base_name(path)
    # In a thread of its own, so this also works when called inside an event loop.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        data = pool.submit(asyncio.run, _inspect(path)).result()
    (entry,) = data.values()
    if info is not None:
        entry["newswatch"] = info
    out = inspect_path(path)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps({name: entry}, indent=2))
    os.replace(tmp, out)
    return out


def inspect_is_stale(path: str | Path) -> bool:
    path = Path(path).resolve()
    out = inspect_path(path)
    if not out.exists() or _mtime(out) < _mtime(path):
        return True
    try:
        data = json.loads(out.read_text())
        return data[snapshots.base_name(path)]["size"] != path.stat().st_size
    except (ValueError, KeyError, TypeError):
        return True


def snapshot_is_stale(db_path: str | Path, full_text: bool = False) -> bool:
    db_path = Path(db_path)
    snap = snapshot_path(db_path, full_text)
    return not snap.exists() or _mtime(snap) < _live_mtime(db_path)


def refresh_publication(db_path: str | Path, force: bool = True, full_text: bool | None = None) -> Path:
    """Rewrite the published snapshot and its inspect file (the cron job calls this).

    Returns the snapshot's path. With force=False, only when the live DB changed.
    full_text=None (the cron job): the excerpt snapshot, and the full-text one too if one
    was ever published (a `serve --full-text` may be serving it)."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise PublishError(f"database {db_path} does not exist")
    connect(db_path).close()  # pending migrations change the file, making the snapshot stale
    if full_text is None:
        if snapshot_path(db_path, True).exists():
            refresh_publication(db_path, force, full_text=True)
        full_text = False
    snap = snapshot_path(db_path, full_text)
    if force or snapshot_is_stale(db_path, full_text) or inspect_is_stale(snap):
        return make_snapshot(db_path, full_text)
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
    """Create the labels database (just the `labels` table of newswatch/store/schema.py) if needed."""
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
            "teaches the classifier most. Click 'label' to open the labelling form. The queue at "
            "/-/label (linked from the home page) lists unlabelled articles first.",
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
            if isinstance(item.get("query"), str):  # click-through links built in SQL
                item["query"] = item["query"].replace(f"'{old}", f"'{new}")
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
    full_text: bool = False,
):
    """Build the Datasette instance `newswatch serve` runs (tests use its .client).

    Public (default): the published snapshot of `db_path`, immutable, with its inspect
    file, refreshed first if the live database changed since; article bodies cut to an
    excerpt unless full_text (see apply_text_policy). With snapshot=False,
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
