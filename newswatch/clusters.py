"""Story clusters: the same report, lightly edited, published by sister titles.

    from newswatch.clusters import assign_clusters
    stats = assign_clusters(db)        # db: a sqlite_utils.Database (newswatch.store.connect)

Every article gets `articles.cluster_id`: the smallest article id among the articles
that are near-duplicates of it (directly or through a chain of near-duplicates).
An article with no near-duplicate is a cluster of one: its cluster_id is its own id.
Because a cluster is named by its smallest member, ids are stable across runs: a
cluster keeps its id when new copies join it; when two clusters merge (a new copy
links them) the merged cluster takes the smaller of the two ids.

How "near-duplicate" is decided
-------------------------------
The text of an article is its title and body, lower-cased, reduced to words, and cut
into overlapping 3-word shingles ("council approves academy", "approves academy
transfer", ...). Two articles are near-duplicates when the Jaccard similarity of their
shingle sets is at least THRESHOLD (0.5): at least half of all the distinct shingles
of the two are shared. In practice:

- a copy with a new headline, another byline, a paragraph added or cut, or a few
  words changed keeps well over 0.5 (0.73 to 0.94 in tests/test_clusters.py);
- two different reports on the same subject (the same trust, the same council
  meeting) share names and stock phrases but few 3-word runs (about 0.01 there).

Candidate pairs are found with MinHash LSH (datasketch, NUM_PERM=128 permutations)
tuned for a lower similarity than THRESHOLD (CANDIDATE_THRESHOLD, 0.4: 32 bands of 4
rows, so a pair at 0.5 is a candidate with probability 0.87 and a pair at 0.6 or more
with 0.99). The MinHash estimate can be off by 0.1 or more, so it only rules out
candidates more than ESTIMATE_MARGIN (0.2) below THRESHOLD; the exact Jaccard
similarity of the two shingle sets (compared as sets of 32-bit shingle hashes) decides
the rest, so a pair is linked only when it truly reaches THRESHOLD. Clusters are
transitive (single linkage): A~B and B~C put A, B and C in one cluster. Texts with
fewer than MIN_SHINGLES shingles (empty bodies, "subscribe to read" stubs) are never
linked.

Incremental: each article's signature is stored in `article_minhash` with the title
and content hash it was computed from. A run computes signatures only for new or
changed articles, rebuilds the LSH index from the stored signatures, and re-clusters
only those articles (plus the other members of any cluster a changed article was in,
so that a cluster whose link changed can split).
"""
from __future__ import annotations

import sys
import zlib
from collections import defaultdict

import numpy as np

from nlp.shingles import word_shingles

THRESHOLD = 0.5
CANDIDATE_THRESHOLD = 0.4
ESTIMATE_MARGIN = 0.2
NUM_PERM = 128
SHINGLE_WORDS = 3
MIN_SHINGLES = 8
SEED = 1
SCHEME = "affine32"
# Stored with each signature; a signature made with other parameters is recomputed.
PARAMS = f"{SCHEME}:{NUM_PERM}:{SEED}:w{SHINGLE_WORDS}"



def shingles(title: str | None, body: str | None, k: int = SHINGLE_WORDS) -> set[str]:
    """The set of k-word shingles of title + body (lower-cased words only)."""
    return {" ".join(s) for s in word_shingles(f"{title or ''}\n{body or ''}", k)}


def shingle_hashes(shingle_set: set[str]) -> np.ndarray:
    """The shingles as a sorted array of distinct 32-bit hashes: a compact stand-in
    for the set when computing exact similarities (collisions are negligible)."""
    return np.unique(np.fromiter((zlib.crc32(s.encode("utf-8", "surrogatepass")) for s in shingle_set),
                                 dtype=np.uint32, count=len(shingle_set)))


class _Signer:
    """Makes MinHash signatures with one shared set of permutations."""

    def __init__(self):
        from datasketch import MinHash

        self._MinHash = MinHash
        self.permutations = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations

    def sign(self, shingle_set: set[str]):
        m = self._MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=self.permutations)
        m.update_batch([s.encode("utf-8", "surrogatepass") for s in shingle_set])
        return m

    def load(self, blob: bytes):
        return self._MinHash(seed=SEED, scheme=SCHEME, permutations=self.permutations,
                             hashvalues=np.frombuffer(blob, dtype=np.uint32))


def _find(parent: dict, x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:  # path compression
        parent[x], x = root, parent[x]
    return root


def assign_clusters(db, *, progress: bool = False) -> dict:
    """Update article_minhash and articles.cluster_id for new and changed articles.

    Returns counts: {"articles", "signed", "reclustered", "linked", "clusters_changed",
    "multi_article_clusters"}, and "failed": [(article id, error)] when an article's
    signature could not be made (it stays a cluster of one until its text changes). Safe to run at any time and repeatedly; each call writes
    in one transaction."""
    from datasketch import MinHashLSH

    signer = _Signer()
    stats = {"articles": 0, "signed": 0, "reclustered": 0, "linked": 0, "clusters_changed": 0}

    # Which articles need a (new) signature: new, changed title/body, or old parameters.
    dirty_rows = list(db.query(
        """SELECT a.id, a.title, a.body, a.content_hash, a.cluster_id AS old_cluster
           FROM articles a LEFT JOIN article_minhash m ON m.article_id = a.id
           WHERE m.article_id IS NULL OR m.params IS NOT ?
              OR m.content_hash IS NOT a.content_hash OR m.title IS NOT a.title
              OR a.cluster_id IS NULL
           ORDER BY a.id""",
        [PARAMS],
    ))
    stats["articles"] = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    gone = db.execute(
        "SELECT count(*) FROM article_minhash WHERE article_id NOT IN (SELECT id FROM articles)"
    ).fetchone()[0]
    if not dirty_rows and not gone:
        stats["multi_article_clusters"] = _multi_clusters(db)
        return stats

    new_sigs: dict[int, object] = {}
    texts: dict[int, np.ndarray] = {}  # article id -> shingle hashes, for exact checks
    rows_out = []
    iterator = dirty_rows
    if progress:
        from tqdm import tqdm

        iterator = tqdm(dirty_rows, desc="clusters: signatures", unit="article", file=sys.stderr)
    for row in iterator:
        try:
            sh = shingles(row["title"], row["body"])
            sig = signer.sign(sh) if len(sh) >= MIN_SHINGLES else None
            hashes = shingle_hashes(sh) if sig is not None else None
        except Exception as exc:  # noqa: BLE001  (one article's failure costs that article only)
            # stored unsigned: a cluster of one until its text changes; reported in stats
            stats.setdefault("failed", []).append((row["id"], f"{type(exc).__name__}: {exc}"))
            sig = hashes = None
        if sig is not None:
            new_sigs[row["id"]] = sig
            texts[row["id"]] = hashes
        rows_out.append({
            "article_id": row["id"], "params": PARAMS, "content_hash": row["content_hash"],
            "title": row["title"],
            "sig": sig.hashvalues.astype(np.uint32).tobytes() if sig is not None else None,
        })
    stats["signed"] = len(rows_out)

    with db.atomic():
        db.execute("DELETE FROM article_minhash WHERE article_id NOT IN (SELECT id FROM articles)")
        if rows_out:
            db["article_minhash"].upsert_all(rows_out, pk="article_id")

        # The LSH index over every stored signature.
        lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
        sigs: dict[int, object] = {}
        for row in db.query("SELECT article_id, sig FROM article_minhash WHERE sig IS NOT NULL"):
            aid = row["article_id"]
            sig = new_sigs.get(aid) or signer.load(row["sig"])
            sigs[aid] = sig
            lsh.insert(aid, sig)
        # All signatures as one matrix, to estimate many candidates' similarity at once.
        position = {aid: i for i, aid in enumerate(sigs)}
        matrix = (np.stack([sig.hashvalues for sig in sigs.values()])
                  if sigs else np.zeros((0, NUM_PERM), dtype=np.uint32))

        # Re-cluster the dirty articles, and every member of a cluster a changed
        # article belonged to (its links may have gone, so the cluster may split).
        dirty = {row["id"] for row in dirty_rows}
        old_clusters = {row["old_cluster"] for row in dirty_rows if row["old_cluster"] is not None}
        if gone:
            old_clusters |= {r["cluster_id"] for r in db.query(
                "SELECT DISTINCT a.cluster_id FROM articles a WHERE a.cluster_id IS NOT NULL "
                "AND a.cluster_id NOT IN (SELECT id FROM articles)")}
        if old_clusters:
            for chunk in _chunks(sorted(old_clusters), 500):
                marks = ",".join("?" * len(chunk))
                dirty |= {r["id"] for r in db.query(
                    f"SELECT id FROM articles WHERE cluster_id IN ({marks})", chunk)}
        stats["reclustered"] = len(dirty)

        # Union-find over dirty articles and the clean clusters they touch. A clean
        # article stands for its whole cluster, named by ("c", cluster_id).
        clean_cluster = {}
        parent: dict = {}
        for aid in dirty:
            parent[aid] = aid
        for aid in sorted(dirty):
            sig = sigs.get(aid)
            if sig is None:
                continue
            # Candidates other than itself and pairs already checked from the other side.
            candidates = [o for o in lsh.query(sig) if o != aid and not (o in dirty and o < aid)]
            if not candidates:
                continue
            # The MinHash estimate rules out most candidates cheaply (its error is well
            # under ESTIMATE_MARGIN); the exact similarity decides the rest.
            rows = matrix[[position[o] for o in candidates]]
            estimates = (rows == matrix[position[aid]]).mean(axis=1)
            for other, estimate in zip(candidates, estimates):
                if estimate < THRESHOLD - ESTIMATE_MARGIN:
                    continue
                if _jaccard(texts, db, aid, other) < THRESHOLD:
                    continue
                stats["linked"] += 1
                if other in dirty:
                    _union_mixed(parent, aid, other)
                else:
                    if other not in clean_cluster:
                        clean_cluster[other] = _cluster_of(db, other)
                    node = ("c", clean_cluster[other])
                    parent.setdefault(node, node)
                    _union_mixed(parent, aid, node)

        # Component id = the smallest article id in it (clean clusters count with
        # their id, which is already their smallest member).
        members: dict = defaultdict(list)
        for node in parent:
            members[_find(parent, node)].append(node)
        updates: dict[int, int] = {}
        for nodes in members.values():
            ids = [n for n in nodes if not isinstance(n, tuple)]
            merged = [n[1] for n in nodes if isinstance(n, tuple)]
            cid = min(ids + merged)
            for aid in ids:
                updates[aid] = cid
            for old in merged:
                if old != cid:
                    db.execute("UPDATE articles SET cluster_id = ? WHERE cluster_id = ?", [cid, old])
                    stats["clusters_changed"] += 1
        current = {r["id"]: r["cluster_id"] for r in _rows_by_id(db, updates)}
        for aid, cid in updates.items():
            if current.get(aid) != cid:
                db.execute("UPDATE articles SET cluster_id = ? WHERE id = ?", [cid, aid])
    stats["multi_article_clusters"] = _multi_clusters(db)
    return stats


def _union_mixed(parent: dict, a, b) -> None:
    """Union where nodes are article ids (int) or ("c", cluster_id) tuples."""
    ra, rb = _find(parent, a), _find(parent, b)
    if ra == rb:
        return
    # Keep a stable orientation: ints before tuples, then the smaller value.
    key = lambda n: (isinstance(n, tuple), n[1] if isinstance(n, tuple) else n)  # noqa: E731
    lo, hi = sorted((ra, rb), key=key)
    parent[hi] = lo


def _jaccard(cache: dict, db, a: int, b: int) -> float:
    """Exact Jaccard similarity of two articles' shingle sets (hashes cached per run)."""
    for aid in (a, b):
        if aid not in cache:
            row = db.execute("SELECT title, body FROM articles WHERE id = ?", [aid]).fetchone()
            cache[aid] = shingle_hashes(shingles(row[0], row[1]) if row else set())
    x, y = cache[a], cache[b]
    if not len(x) or not len(y):
        return 0.0
    both = len(np.intersect1d(x, y, assume_unique=True))
    return both / (len(x) + len(y) - both)


def _cluster_of(db, article_id: int) -> int:
    row = db.execute("SELECT cluster_id FROM articles WHERE id = ?", [article_id]).fetchone()
    return row[0] if row and row[0] is not None else article_id


def _rows_by_id(db, ids):
    ids = sorted(ids)
    for chunk in _chunks(ids, 500):
        marks = ",".join("?" * len(chunk))
        yield from db.query(f"SELECT id, cluster_id FROM articles WHERE id IN ({marks})", chunk)


def _chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def _multi_clusters(db) -> int:
    return db.execute(
        "SELECT count(*) FROM (SELECT cluster_id FROM articles WHERE cluster_id IS NOT NULL "
        "GROUP BY cluster_id HAVING count(*) > 1)"
    ).fetchone()[0]


def cluster_db(db_path, *, progress: bool = False) -> dict:
    """assign_clusters on the database at `db_path` (opens and closes it)."""
    from newswatch.store import connect

    db = connect(db_path)
    try:
        return assign_clusters(db, progress=progress)
    finally:
        db.close()
