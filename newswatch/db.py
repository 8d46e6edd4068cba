"""The newswatch SQLite database: connection settings and the schema, as migrations.

The schema is a public API (researchers' saved queries use it): change it only by
appending a migration below, never by editing one that has shipped. README.md
documents every table.
"""
from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("newswatch")


def utcnow() -> str:
    """The current time as ISO 8601 with a UTC offset, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def connect(path: str | Path, *, migrate: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the database at `path` in WAL mode, schema up to date."""
    path = Path(path)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 30000")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    if migrate:
        migrations.apply(db)
    return db


@contextmanager
def write_transaction(db):
    """A transaction that takes SQLite's write lock when it begins.

    db.atomic() begins a deferred transaction: one that reads before it writes (as
    storing or enriching an article does) fails at once with "database is locked" when another
    process (a second crawler, the enrich step) wrote in between. BEGIN IMMEDIATE
    waits for the lock instead (up to the connection's busy_timeout)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        raise
    else:
        db.conn.execute("COMMIT")


@migrations()
def m001_crawl_tables(db: sqlite_utils.Database) -> None:
    db["articles"].create(
        {
            "id": int,
            "url": str,  # canonical URL, unique
            "source": str,  # name of the source in sources.toml
            "title": str,
            "author": str,  # authors joined with "; "
            "published": str,  # ISO 8601 with UTC offset
            "modified": str,
            "section": str,
            "summary": str,
            "body": str,  # paragraphs separated by a blank line
            "language": str,
            "word_count": int,
            "first_seen": str,
            "last_seen": str,
            "content_hash": str,  # sha256 of the normalised body
            "cluster_id": int,  # story cluster (near-duplicates across titles)
            "nlp_version": str,  # pipeline version that produced the findings
            "relevance": float,
            "relevant": int,
            "topics": str,  # JSON array
            "model_version": str,
            "relevance_terms": str,  # JSON array
        },
        pk="id",
        not_null={"url", "source"},
    )
    db["articles"].create_index(["url"], unique=True)
    db["articles"].create_index(["content_hash"])
    db["articles"].create_index(["source", "published"])
    db["articles"].create_index(["published"])
    db["articles"].create_index(["nlp_version"])
    db["articles"].create_index(["relevant", "published"])
    db["articles"].enable_fts(["title", "body"], tokenize="porter", create_triggers=True)

    db["article_urls"].create(
        {
            "url": str,
            "article_id": int,
            "kind": str,  # canonical | fetched | redirect | syndicated | duplicate
            "source": str,
            "first_seen": str,
            "last_seen": str,
        },
        pk="url",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["article_urls"].create_index(["article_id"])

    db["pages"].create(
        {
            "url": str,  # URL the HTML was fetched from (after redirects)
            "article_id": int,
            "source": str,
            "fetched_at": str,
            "status": int,
            "content_type": str,
            "encoding": str,
            "size": int,  # bytes, before compression
            "html_gz": bytes,  # gzip-compressed raw response body
        },
        pk="url",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["pages"].create_index(["article_id"])

    db["fetch_state"].create(
        {
            "url": str,  # a feed or sitemap
            "kind": str,  # feed | sitemap
            "source": str,
            "etag": str,
            "last_modified": str,
            "last_status": int,
            "last_fetched": str,
        },
        pk="url",
    )

    db["crawl_runs"].create(
        {
            "id": int,
            "started": str,
            "ended": str,
            "source": str,  # one row per source per run
            "status": str,  # running | ok | partial | failed
            "pages_fetched": int,
            "articles_new": int,
            "articles_updated": int,
            "articles_unchanged": int,
            "errors": int,
            "error_counts": str,  # JSON object: error kind -> count
            "pid": int,
        },
        pk="id",
    )
    db["crawl_runs"].create_index(["source", "started"])

    db["crawl_errors"].create(
        {
            "id": int,
            "run_id": int,
            "source": str,
            "url": str,
            "kind": str,  # http_404, http_500, timeout, too_large, dns, parse, ...
            "message": str,
            "at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db["crawl_errors"].create_index(["run_id"])


@migrations()
def m002_findings_tables(db: sqlite_utils.Database) -> None:
    db["entities"].create(
        {"id": int, "name": str, "kind": str, "label": str},
        pk="id",
        not_null={"name"},
    )
    db["entities"].create_index(["name", "label"], unique=True)
    db["entities"].create_index(["kind"])

    db["mentions"].create(
        {"article_id": int, "entity_id": int, "count": int, "first_offset": int},
        pk=("article_id", "entity_id"),
        foreign_keys=[("article_id", "articles", "id"), ("entity_id", "entities", "id")],
    )
    db["mentions"].create_index(["entity_id"])

    db["people"].create(
        {"id": int, "name": str, "title": str, "role": str, "org": str},
        pk="id",
        not_null={"name"},
    )
    db["people"].create_index(["name", "org"], unique=True)

    db["quotes"].create(
        {
            "id": int,
            "article_id": int,
            "speaker": str,
            "speaker_person_id": int,
            "speaker_org": str,
            "speaker_role": str,
            "cue": str,
            "text": str,
            "kind": str,  # direct | partial
            "paragraph": int,
            "start": int,
            "end": int,
        },
        pk="id",
        foreign_keys=[
            ("article_id", "articles", "id"),
            ("speaker_person_id", "people", "id"),
        ],
    )
    db["quotes"].create_index(["article_id"])
    db["quotes"].create_index(["speaker"])
    db["quotes"].create_index(["speaker_org"])
    db["quotes"].enable_fts(
        ["text", "speaker", "speaker_org"], tokenize="porter", create_triggers=True
    )


@migrations()
def m003_labels(db: sqlite_utils.Database) -> None:
    db["labels"].create(
        {
            "id": int,
            "article_id": int,
            "article_url": str,  # kept so a label survives if an article is re-keyed
            "label": str,  # relevant | irrelevant
            "topics": str,  # JSON array
            "labeller": str,
            "labelled_at": str,
            "note": str,
        },
        pk="id",
    )
    db["labels"].create_index(["article_id"])


# Views for the Datasette publication (see docs/datasette.md). Each is dropped and
# recreated, so a later migration can redefine one by repeating this pattern.
_DATASETTE_VIEWS = {
    "articles_view": """
        SELECT a.id, a.title, a.url, a.source, a.published,
               substr(coalesce(a.published, a.first_seen), 1, 7) AS month,
               a.author, a.section, a.summary, a.word_count,
               a.relevant, a.relevance, a.topics, a.first_seen, a.cluster_id
        FROM articles a""",
    "quotes_view": """
        SELECT q.id AS quote_id, q.text AS quote, q.speaker,
               coalesce(q.speaker_org, p.org) AS organisation,
               coalesce(q.speaker_role, p.role) AS role,
               q.kind, a.title AS article_title, a.url AS article_url, a.source,
               a.published, substr(coalesce(a.published, a.first_seen), 1, 7) AS month,
               q.article_id, q.speaker_person_id, q.paragraph
        FROM quotes q
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN people p ON p.id = q.speaker_person_id""",
    "organisation_mentions": """
        SELECT e.id AS entity_id, e.name AS organisation, e.kind, e.label,
               m.count AS mentions, a.id AS article_id, a.title AS article_title,
               a.url AS article_url, a.source, a.published,
               substr(coalesce(a.published, a.first_seen), 1, 7) AS month, a.relevant
        FROM mentions m
        JOIN entities e ON e.id = m.entity_id
        JOIN articles a ON a.id = m.article_id""",
    "trust_mentions_by_month": """
        SELECT substr(coalesce(a.published, a.first_seen), 1, 7) AS month,
               e.id AS entity_id, e.name AS trust,
               count(*) AS articles, sum(m.count) AS mentions
        FROM mentions m
        JOIN entities e ON e.id = m.entity_id
        JOIN articles a ON a.id = m.article_id
        WHERE e.kind = 'academy_trust'
        GROUP BY month, e.id""",
}


@migrations()
def m050_datasette_views(db: sqlite_utils.Database) -> None:
    for name, sql in _DATASETTE_VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(f"CREATE VIEW {name} AS {sql}")


@migrations()
def m020_article_minhash(db: sqlite_utils.Database) -> None:
    # MinHash signatures for story clusters (newswatch/clusters.py): one row per
    # article, with the title and content hash it was computed from so a changed
    # article is signed again. sig is NULL for texts too short to cluster. No foreign
    # key, so deleting an article is never blocked: assign_clusters drops orphans.
    db["article_minhash"].create(
        {"article_id": int, "params": str, "content_hash": str, "title": str, "sig": bytes},
        pk="article_id",
    )
    db["articles"].create_index(["cluster_id"], if_not_exists=True)


@migrations()
def m051_publication_indexes(db: sqlite_utils.Database) -> None:
    # The Atom feed and "newly found" queries: relevant articles by first_seen.
    db["articles"].create_index(["relevant", "first_seen"], if_not_exists=True)


@migrations()
def m052_organisation_mentions_orgs_only(db: sqlite_utils.Database) -> None:
    # entities also holds people and places (label PERSON, GPE...): keep this view to
    # organisations, as its name says.
    db.execute("DROP VIEW IF EXISTS organisation_mentions")
    db.execute(
        """CREATE VIEW organisation_mentions AS
        SELECT e.id AS entity_id, e.name AS organisation, e.kind, e.label,
               m.count AS mentions, a.id AS article_id, a.title AS article_title,
               a.url AS article_url, a.source, a.published,
               substr(coalesce(a.published, a.first_seen), 1, 7) AS month, a.relevant
        FROM mentions m
        JOIN entities e ON e.id = m.entity_id
        JOIN articles a ON a.id = m.article_id
        WHERE e.label = 'ORG'"""
    )


@migrations()
def m060_enrich_failures(db: sqlite_utils.Database) -> None:
    # Articles `newswatch enrich` could not analyse or score (nlp/enrich.py): one row per
    # article, its latest failure. Such an article is not retried while the pipeline
    # version, the model version and its content hash are the same (or with
    # `enrich --retry-failed`); the row goes when it succeeds. No foreign key, so
    # deleting an article is never blocked: enrich drops orphans.
    db["enrich_failures"].create(
        {"article_id": int, "nlp_version": str, "model_version": str, "content_hash": str,
         "error": str, "failed_at": str},
        pk="article_id",
    )


@migrations()
def m067_facet_indexes(db: sqlite_utils.Database) -> None:
    # Fast table pages at scale (issue 18): the default facets count over an index
    # instead of reading every row (a row's topics come after its body, on overflow
    # pages). articles.topics serves the json_array facet (it groups rows by their
    # topics list first), quotes.kind the column facet.
    db["articles"].create_index(["topics"], if_not_exists=True)
    db["quotes"].create_index(["kind"], if_not_exists=True)
