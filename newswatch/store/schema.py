"""The newswatch SQLite schema, as migrations applied in the order they are defined.

The schema is a public API (researchers' saved queries use it): change it only by
appending a migration below, never by editing one that has shipped. README.md
documents every table. Migration names sort in run order (tests/test_store.py checks).

This module is longer than the ~400 lines we aim for on purpose: it is an append-only
log of the schema's history, and reading it top to bottom is how one learns the schema.
It imports nothing from the project.
"""
from __future__ import annotations

import sqlite_utils
from sqlite_utils import Migrations

migrations = Migrations("newswatch")


@migrations()
def m001_crawl_tables(db: sqlite_utils.Database) -> None:
    """Long on purpose: a migration is one shipped schema step and is never edited or split."""
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
def m020_article_minhash(db: sqlite_utils.Database) -> None:
    # MinHash signatures for story clusters (nlp/clusters/): one row per
    # article, with the title and content hash it was computed from so a changed
    # article is signed again. sig is NULL for texts too short to cluster. No foreign
    # key, so deleting an article is never blocked: assign_clusters drops orphans.
    db["article_minhash"].create(
        {"article_id": int, "params": str, "content_hash": str, "title": str, "sig": bytes},
        pk="article_id",
    )
    db["articles"].create_index(["cluster_id"], if_not_exists=True)


@migrations()
def m050_datasette_views(db: sqlite_utils.Database) -> None:
    for name, sql in _DATASETTE_VIEWS.items():
        db.execute(f"DROP VIEW IF EXISTS {name}")
        db.execute(f"CREATE VIEW {name} AS {sql}")


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
def m061_skipped_pages(db: sqlite_utils.Database) -> None:
    # Every page the crawl fetched (or would have fetched) and did not store, with why:
    # the reasons are crawler.items.SKIP_REASONS. A fetched URL ends up in exactly one
    # of pages (stored), crawl_errors (failed) or skipped_pages (deliberately not stored).
    db["skipped_pages"].create(
        {
            "id": int,
            "run_id": int,
            "source": str,
            "url": str,  # the page's URL (after redirects); the URL not fetched for budget
            "requested_url": str,  # the URL as found, when a redirect changed it
            "reason": str,  # listing | not_article | missing_field | budget | dropped
            "page_kind": str,  # the extractor's verdict: listing | other | article
            "evidence": str,  # why: the extractor's reasons, the budget spent...
            "discovered_via": str,  # home | section | pagination | page | entry | feed | sitemap
            "at": str,
        },
        pk="id",
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db["skipped_pages"].create_index(["run_id"])
    db["skipped_pages"].create_index(["url"])
    db["skipped_pages"].create_index(["reason", "at"])
    db["skipped_pages"].create_index(["source", "reason", "run_id", "at"])  # skipped_by_reason
    # NULL in runs from before this migration (nothing was recorded then).
    db["crawl_runs"].add_column("skipped", int)
    db["crawl_runs"].add_column("skipped_counts", str)  # JSON object: reason -> count


# quotes_view from m063 on: with the confidence and a band to facet on. quotes_to_check
# selects from the same SQL (not from the view, so each can be materialised on its own).
_QUOTES_VIEW_M063 = """
        SELECT q.id AS quote_id, q.text AS quote, q.speaker,
               coalesce(q.speaker_org, p.org) AS organisation,
               coalesce(q.speaker_role, p.role) AS role,
               q.kind, a.title AS article_title, a.url AS article_url, a.source,
               a.published, substr(coalesce(a.published, a.first_seen), 1, 7) AS month,
               q.article_id, q.speaker_person_id, q.paragraph, q.confidence,
               CASE WHEN q.confidence IS NULL THEN 'not scored'
                    WHEN q.confidence >= 0.9 THEN 'sure (0.9 or more)'
                    ELSE 'check (below 0.9)' END AS attribution
        FROM quotes q
        JOIN articles a ON a.id = q.article_id
        LEFT JOIN people p ON p.id = q.speaker_person_id"""


@migrations()
def m063_quote_confidence(db: sqlite_utils.Database) -> None:
    # quotes.confidence: 0-1 confidence of the speaker attribution (NULL for quotes
    # extracted before it existed); quotes.spans: JSON [[start, end], ...], each quoted part
    # (start/end keep meaning the first and last quoted character of the whole quote).
    db["quotes"].add_column("confidence", float)
    db["quotes"].add_column("spans", str)
    db["quotes"].create_index(["confidence"], if_not_exists=True)
    db.execute("DROP VIEW IF EXISTS quotes_view")
    db.execute(f"CREATE VIEW quotes_view AS {_QUOTES_VIEW_M063}")
    db.execute("DROP VIEW IF EXISTS quotes_to_check")
    db.execute(
        f"""CREATE VIEW quotes_to_check AS
        SELECT * FROM ({_QUOTES_VIEW_M063})
        WHERE confidence IS NULL OR confidence < 0.9
        ORDER BY confidence, published DESC"""
    )


@migrations()
def m064_registers_and_aliases(db: sqlite_utils.Database) -> None:
    """Long on purpose: a migration is one shipped schema step and is never edited or split."""
    # Issue 15: official registers imported by `newswatch registers import`, the link from
    # an organisation entity to its register entry, and every name an entity goes by.
    db["entities"].add_column("register", str)  # gias_group | ons_council
    db["entities"].add_column("register_id", str)  # GIAS Group UID, ONS code
    db["entities"].add_column("register_match", str)  # exact | alias | fuzzy
    db["entities"].add_column("register_score", float)  # fuzzy only: rapidfuzz score 0-100
    # Where the kind came from: register | gazetteer | name (the shape of the name, with
    # documents, police, NHS, leisure and housing trusts and fragments ruled out) |
    # context (the article says so: "X, a multi-academy trust"). A row written before this
    # migration has none until it is enriched again; only rows with one count as confirmed.
    db["entities"].add_column("kind_source", str)
    db["entities"].create_index(["register", "register_id"])
    db.execute(
        """CREATE TABLE entity_aliases (
            alias TEXT NOT NULL COLLATE NOCASE,
            entity_id INTEGER NOT NULL REFERENCES entities(id),
            source TEXT NOT NULL,  -- gazetteer | register | text
            PRIMARY KEY (alias, entity_id)
        )"""
    )
    db["entity_aliases"].create_index(["entity_id"])
    db["trusts"].create(
        {"uid": str, "group_id": str, "name": str, "companies_house": str, "type": str,
         "status": str, "opened": str, "closed": str},
        pk="uid",
        not_null={"name"},
    )
    db["trusts"].create_index(["name"])
    db["trusts"].create_index(["companies_house"])
    db["trust_schools"].create(
        {"uid": str, "urn": str, "school_name": str, "joined": str},
        pk=("uid", "urn"),
        foreign_keys=[("uid", "trusts", "uid")],
    )
    db["trust_schools"].create_index(["urn"])
    db["councils"].create({"code": str, "name": str}, pk="code", not_null={"name"})
    db["councils"].create_index(["name"])
    db.execute("DROP VIEW IF EXISTS organisation_mentions")
    db.execute(
        """CREATE VIEW organisation_mentions AS
        SELECT e.id AS entity_id, e.name AS organisation, e.kind, e.label,
               m.count AS mentions, a.id AS article_id, a.title AS article_title,
               a.url AS article_url, a.source, a.published,
               substr(coalesce(a.published, a.first_seen), 1, 7) AS month, a.relevant,
               e.register, e.register_id
        FROM mentions m
        JOIN entities e ON e.id = m.entity_id
        JOIN articles a ON a.id = m.article_id
        WHERE e.label = 'ORG'"""
    )
    db.execute("DROP VIEW IF EXISTS trust_mentions_by_month")
    db.execute(
        """CREATE VIEW trust_mentions_by_month AS
        SELECT substr(coalesce(a.published, a.first_seen), 1, 7) AS month,
               e.id AS entity_id, e.name AS trust,
               count(*) AS articles, sum(m.count) AS mentions
        FROM mentions m
        JOIN entities e ON e.id = m.entity_id
        JOIN articles a ON a.id = m.article_id
        WHERE e.kind = 'academy_trust'
          AND (e.register_id IS NOT NULL OR e.kind_source IN ('register', 'gazetteer', 'name', 'context'))
        GROUP BY month, e.id"""
    )


@migrations()
def m065_provenance(db: sqlite_utils.Database) -> None:
    # Where every stored page came from (pipelines/provenance.py): the live site, a WARC/
    # WACZ/ARC file (`newswatch import`) or a capture in a web archive (`newswatch
    # backfill`). One row per live URL, per archive record, per archive capture.
    db["provenance"].create(
        {
            "key": str,  # "live URL", "file ARCHIVE RECORD-ID", "capture ARCHIVE TIMESTAMP URL"
            "article_id": int,
            "url": str,  # the page's original URL
            "origin": str,  # live | archive_file | archive_capture
            "archive": str,  # file name (name.wacz#archive/x.warc.gz), or the CDX archive (ia, cc, URL)
            "captured_at": str,  # capture time (live: the latest fetch), ISO 8601 UTC
            "record_id": str,  # WARC-Record-ID (archive files; CC captures: WARC file and offset)
            "capture_url": str,  # link to the archived copy (archive captures)
            "recorded_at": str,  # when newswatch stored this row
        },
        pk="key",
        foreign_keys=[("article_id", "articles", "id")],
    )
    db["provenance"].create_index(["article_id"])
    db["provenance"].create_index(["origin", "archive"])
    db.execute(
        """INSERT OR IGNORE INTO provenance (key, article_id, url, origin, captured_at, recorded_at)
           SELECT 'live ' || url, article_id, url, 'live', fetched_at, fetched_at FROM pages
           WHERE article_id IS NOT NULL"""
    )
    # Captures `newswatch backfill` has dealt with (stored, or not an article), so a
    # rerun or a resumed backfill never fetches them again. Failed fetches are not here:
    # they are tried again.
    db["backfill_captures"].create(
        {"archive": str, "url": str, "timestamp": str, "source": str, "outcome": str, "at": str},
        pk=("archive", "url"),
    )


@migrations()
def m066_article_captures_view(db: sqlite_utils.Database) -> None:
    # Each article's provenance for the publication: where the page was seen, with a
    # link to the archived copy (archive captures) or the live page.
    db.execute("DROP VIEW IF EXISTS article_captures")
    db.execute(
        """CREATE VIEW article_captures AS
        SELECT v.article_id, a.title AS article_title, a.source, v.origin, v.archive, v.captured_at,
               v.url AS original_url,
               CASE WHEN v.origin = 'live' THEN v.url ELSE v.capture_url END AS archived_copy,
               v.record_id
        FROM provenance v
        JOIN articles a ON a.id = v.article_id"""
    )


@migrations()
def m067_facet_indexes(db: sqlite_utils.Database) -> None:
    # Fast table pages at scale (issue 18): the default facets count over an index
    # instead of reading every row (a row's topics come after its body, on overflow
    # pages). articles.topics serves the json_array facet (it groups rows by their
    # topics list first), quotes.kind the column facet.
    db["articles"].create_index(["topics"], if_not_exists=True)
    db["quotes"].create_index(["kind"], if_not_exists=True)


@migrations()
def m068_articles_fts_follows_text_only(db: sqlite_utils.Database) -> None:
    # The full-text index of articles is re-indexed when an article's title or body
    # changes, not on every update of the row: enrichment (nlp_version, relevance,
    # topics), the clusters (cluster_id) and a recrawl of an unchanged page (last_seen)
    # each re-indexed the whole body (delete + insert), about 0.15 ms of CPU per article.
    # The index holds the same text as before.
    db.execute("DROP TRIGGER IF EXISTS [articles_au]")
    db.execute(
        """CREATE TRIGGER [articles_au] AFTER UPDATE OF [title], [body] ON [articles] BEGIN
  INSERT INTO [articles_fts] ([articles_fts], rowid, [title], [body]) VALUES('delete', old.rowid, old.[title], old.[body]);
  INSERT INTO [articles_fts] (rowid, [title], [body]) VALUES (new.rowid, new.[title], new.[body]);
END"""
    )
