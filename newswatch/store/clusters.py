"""Story clusters in the database: the articles' MinHash signatures (`article_minhash`)
and `articles.cluster_id`. Plain functions over a sqlite_utils.Database; deciding the
clusters is nlp/clusters/ (which calls these)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

IDS_PER_QUERY = 500
"""Article ids per `IN (...)` query: well under SQLite's limit on host parameters (999
before SQLite 3.32)."""


def _chunks(seq: Sequence, n: int = IDS_PER_QUERY) -> Iterator[Sequence]:
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def articles_to_sign(db, params: str) -> list[dict]:
    """Articles that need a (new) signature: new, with a changed title or content hash, a
    signature made with other parameters than `params`, or no cluster yet. Each:
    {"id", "title", "body", "content_hash", "old_cluster"}, by id."""
    return list(db.query(
        """SELECT a.id, a.title, a.body, a.content_hash, a.cluster_id AS old_cluster
           FROM articles a LEFT JOIN article_minhash m ON m.article_id = a.id
           WHERE m.article_id IS NULL OR m.params IS NOT ?
              OR m.content_hash IS NOT a.content_hash OR m.title IS NOT a.title
              OR a.cluster_id IS NULL
           ORDER BY a.id""",
        [params],
    ))


def count_articles(db) -> int:
    return db.execute("SELECT count(*) FROM articles").fetchone()[0]


def count_orphan_signatures(db) -> int:
    """Signatures of articles that have been deleted."""
    return db.execute(
        "SELECT count(*) FROM article_minhash WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]


def save_signatures(db, rows: list[dict]) -> None:
    """Drop the signatures of deleted articles and store `rows` (article_minhash rows:
    article_id, params, content_hash, title, sig). Call inside db.atomic()."""
    db.execute("DELETE FROM article_minhash WHERE article_id NOT IN (SELECT id FROM articles)")
    if rows:
        db["article_minhash"].upsert_all(rows, pk="article_id")


def stored_signatures(db) -> Iterator[tuple[int, bytes]]:
    """(article id, signature bytes) of every stored signature, by rowid."""
    for row in db.query("SELECT article_id, sig FROM article_minhash WHERE sig IS NOT NULL"):
        yield row["article_id"], row["sig"]


def orphaned_cluster_ids(db) -> set[int]:
    """Cluster ids naming an article that has been deleted."""
    return {r["cluster_id"] for r in db.query(
        "SELECT DISTINCT a.cluster_id FROM articles a WHERE a.cluster_id IS NOT NULL "
        "AND a.cluster_id NOT IN (SELECT id FROM articles)")}


def cluster_members(db, cluster_ids: Iterable[int]) -> set[int]:
    """The ids of the articles in these clusters."""
    members: set[int] = set()
    for chunk in _chunks(sorted(cluster_ids)):
        marks = ",".join("?" * len(chunk))
        members |= {r["id"] for r in db.query(f"SELECT id FROM articles WHERE cluster_id IN ({marks})", chunk)}
    return members


def title_and_body(db, article_id: int) -> dict | None:
    """{"title", "body"} of an article, None when there is no such article."""
    rows = list(db.query("SELECT title, body FROM articles WHERE id = ?", [article_id]))
    return rows[0] if rows else None


def cluster_of(db, article_id: int) -> int:
    """An article's cluster id (its own id when it has none yet or does not exist)."""
    for row in db.query("SELECT cluster_id FROM articles WHERE id = ?", [article_id]):
        if row["cluster_id"] is not None:
            return row["cluster_id"]
    return article_id


def cluster_ids(db, article_ids: Iterable[int]) -> dict[int, int | None]:
    """Article id -> its stored cluster id, for these articles."""
    current: dict[int, int | None] = {}
    for chunk in _chunks(sorted(article_ids)):
        marks = ",".join("?" * len(chunk))
        for r in db.query(f"SELECT id, cluster_id FROM articles WHERE id IN ({marks})", chunk):
            current[r["id"]] = r["cluster_id"]
    return current


def rename_cluster(db, old: int, new: int) -> None:
    """Every article of cluster `old` joins cluster `new` (two clusters merged)."""
    db.execute("UPDATE articles SET cluster_id = ? WHERE cluster_id = ?", [new, old])


def set_cluster(db, article_id: int, cluster_id: int) -> None:
    db.execute("UPDATE articles SET cluster_id = ? WHERE id = ?", [cluster_id, article_id])


def count_multi_article_clusters(db) -> int:
    """Clusters of more than one article."""
    return db.execute(
        "SELECT count(*) FROM (SELECT cluster_id FROM articles WHERE cluster_id IS NOT NULL "
        "GROUP BY cluster_id HAVING count(*) > 1)"
    ).fetchone()[0]
