"""A clustering run over the database: sign new and changed articles, index every
signature, link the articles to re-cluster, and store the clusters. All SQL is in
newswatch/store/clusters.py; the decisions are signing.py, index.py and linking.py."""
from __future__ import annotations

import sys

import numpy as np
from tqdm import tqdm

from newswatch.store import clusters as store
from newswatch.store import connect, write_transaction

from .index import CandidateIndex
from .linking import components, link
from .signing import PARAMS, Signer, shingle_hashes, shingles, to_bytes


def assign_clusters(db, *, progress: bool = False, signer: Signer | None = None) -> dict:
    """Update article_minhash and articles.cluster_id for new and changed articles.

    Returns counts: {"articles", "signed", "reclustered", "linked", "clusters_changed",
    "multi_article_clusters"}, and "failed": [(article id, error)] when an article's
    signature could not be made (it stays a cluster of one until its text changes).
    Safe to run at any time and repeatedly; each call writes in one transaction.
    `signer`: what signs the articles (default: a signing.Signer)."""
    signer = signer or Signer()
    stats: dict = {"articles": 0, "signed": 0, "reclustered": 0, "linked": 0, "clusters_changed": 0}
    dirty_rows = store.articles_to_sign(db, PARAMS)
    stats["articles"] = store.count_articles(db)
    gone = store.count_orphan_signatures(db)
    if not dirty_rows and not gone:
        stats["multi_article_clusters"] = store.count_multi_article_clusters(db)
        return stats

    new_sigs, hashes, rows_out, failed = _sign(signer, dirty_rows, progress)
    if failed:
        stats["failed"] = failed
    stats["signed"] = len(rows_out)

    def hashes_of(article_id: int) -> np.ndarray:
        """Shingle hashes, cached for the run (articles signed now are there already)."""
        if article_id not in hashes:
            row = store.title_and_body(db, article_id)
            hashes[article_id] = shingle_hashes(shingles(row["title"], row["body"]) if row else set())
        return hashes[article_id]

    # BEGIN IMMEDIATE: the enrich follower may be writing meanwhile (newswatch.orchestrate)
    with write_transaction(db):
        store.save_signatures(db, rows_out)
        index = CandidateIndex((aid, new_sigs[aid] if aid in new_sigs else signer.load(blob))
                               for aid, blob in store.stored_signatures(db))
        dirty = _to_recluster(db, dirty_rows, gone)
        stats["reclustered"] = len(dirty)
        parent, stats["linked"] = link(dirty, index, hashes_of, lambda aid: store.cluster_of(db, aid))
        updates, merges = components(parent)
        for old, cid in merges:
            store.rename_cluster(db, old, cid)
        stats["clusters_changed"] = len(merges)
        current = store.cluster_ids(db, updates)
        for aid, cid in updates.items():
            if current.get(aid) != cid:
                store.set_cluster(db, aid, cid)
    stats["multi_article_clusters"] = store.count_multi_article_clusters(db)
    return stats


def _sign(signer: Signer, rows: list[dict], progress: bool) -> tuple[dict, dict, list[dict], list]:
    """Sign each article: (signatures by id, shingle hashes by id, article_minhash rows,
    [(article id, error)] for articles whose signature could not be made). One
    article's failure costs that article only: it is stored unsigned, a cluster of
    one until its text changes."""
    new_sigs, hashes, rows_out, failed = {}, {}, [], []
    for row in tqdm(rows, desc="clusters: signatures", unit="article", file=sys.stderr, disable=not progress):
        try:
            sig, shingle_hash = signer.article(row["title"], row["body"])
        except Exception as exc:  # noqa: BLE001  (one article's failure costs that article only)
            failed.append((row["id"], f"{type(exc).__name__}: {exc}"))
            sig = shingle_hash = None
        if sig is not None:
            new_sigs[row["id"]] = sig
            hashes[row["id"]] = shingle_hash
        rows_out.append({
            "article_id": row["id"], "params": PARAMS, "content_hash": row["content_hash"],
            "title": row["title"], "sig": to_bytes(sig) if sig is not None else None,
        })
    return new_sigs, hashes, rows_out, failed


def _to_recluster(db, dirty_rows: list[dict], gone: int) -> set[int]:
    """The articles to re-cluster: those signed now, and every member of a cluster one
    of them belonged to or of a cluster named by a deleted article (its links may have
    gone, so the cluster may split)."""
    dirty = {row["id"] for row in dirty_rows}
    old_clusters = {row["old_cluster"] for row in dirty_rows if row["old_cluster"] is not None}
    if gone:
        old_clusters |= store.orphaned_cluster_ids(db)
    if old_clusters:
        dirty |= store.cluster_members(db, old_clusters)
    return dirty


def cluster_db(db_path, *, progress: bool = False, signer: Signer | None = None) -> dict:
    """assign_clusters on the database at `db_path` (opens and closes it)."""
    db = connect(db_path)
    try:
        return assign_clusters(db, progress=progress, signer=signer)
    finally:
        db.close()
