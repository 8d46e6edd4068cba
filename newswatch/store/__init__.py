"""The store layer: the bottom of newswatch. Schema and migrations, connections, time
as stored, and every write of crawl records, findings, labels and clusters.

Everything else (crawler/, pipelines/, nlp/, the commands and the publication) calls it;
it imports nothing from the project outside `newswatch.store` (tests/test_layers.py
checks). See docs/architecture.md.
"""
from newswatch.store.clock import utcnow
from newswatch.store.connection import connect, labels_db_path, migrate_schema, write_transaction
from newswatch.store.schema import migrations

__all__ = ["connect", "labels_db_path", "migrate_schema", "migrations", "utcnow", "write_transaction"]
