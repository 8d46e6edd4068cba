"""Publishing the database with Datasette. One module per job:

- publication.py: the published snapshot of the live database (excerpts, no private
  data, views materialised) and its inspect file; refresh_publication() for the cron job;
- snapshots.py: the snapshot's versioned files, and a running server following the newest;
- labelling.py: the private labelling instance's labels database and canned queries;
- metadata.py: datasette_metadata.json pointed at the database being served;
- serve.py: the Datasette instance (make_datasette) and serving it (serve);
- pages.py: the person and organisation pages (datasette_plugins/newswatch_pages.py).

The public instance serves the snapshot, opened immutable, so a cron crawl writing to
the live file can never be read half-way. The private labelling instance reads the live
database and writes labels to `<dir>/<name>-labels.db`, which crawls never touch. See
docs/datasette.md. The names below are the package's interface: import them from
`newswatch.publish`.
"""
from newswatch.publish.errors import PublishError
from newswatch.publish.labelling import LABEL_QUEUE_SQL, LABELLER_ENV, PASSWORD_HASH_ENV, labelling_queries
from newswatch.publish.metadata import build_metadata, find_metadata_file
from newswatch.publish.publication import (db_name, inspect_is_stale, inspect_path, make_snapshot,
                                           refresh_publication, snapshot_is_stale, snapshot_path, write_inspect_file)
from newswatch.store.labels import ensure_labels_db
from newswatch.store.snapshot import (EXCERPT_WORDS, VIEW_INDEXES, apply_text_policy, excerpt, materialize_views,
                                      strip_private)
from newswatch.publish.serve import DEFAULT_SETTINGS, datasette_settings, fts_query, make_datasette, serve

__all__ = [
    "PublishError", "LABEL_QUEUE_SQL", "LABELLER_ENV", "PASSWORD_HASH_ENV", "ensure_labels_db",
    "labelling_queries", "build_metadata", "find_metadata_file", "EXCERPT_WORDS", "VIEW_INDEXES",
    "apply_text_policy", "db_name", "excerpt", "inspect_is_stale", "inspect_path", "make_snapshot",
    "materialize_views", "refresh_publication", "snapshot_is_stale", "snapshot_path", "strip_private",
    "write_inspect_file", "DEFAULT_SETTINGS", "datasette_settings", "fts_query", "make_datasette", "serve",
]
