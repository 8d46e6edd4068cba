"""Story clusters: the same report, lightly edited, published by sister titles.

    from nlp.clusters import assign_clusters, cluster_db
    stats = assign_clusters(db)        # db: a sqlite_utils.Database (newswatch.store.connect)
    stats = cluster_db("data/news.db")

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
transfer", ...; signing.py, with nlp/shingles.py). Two articles are near-duplicates
when the Jaccard similarity of their shingle sets is at least THRESHOLD (0.5): at
least half of all the distinct shingles of the two are shared. In practice:

- a copy with a new headline, another byline, a paragraph added or cut, or a few
  words changed keeps well over 0.5 (0.73 to 0.94 in tests/test_clusters.py);
- two different reports on the same subject (the same trust, the same council
  meeting) share names and stock phrases but few 3-word runs (about 0.01 there).

Candidate pairs are found with MinHash LSH (index.py; datasketch, NUM_PERM=128
permutations) tuned for a lower similarity than THRESHOLD (CANDIDATE_THRESHOLD, 0.4:
32 bands of 4 rows, so a pair at 0.5 is a candidate with probability 0.87 and a pair at
0.6 or more with 0.99). The MinHash estimate can be off by 0.1 or more, so it only
rules out candidates more than ESTIMATE_MARGIN (0.2) below THRESHOLD; the exact
Jaccard similarity of the two shingle sets (compared as sets of 32-bit shingle hashes)
decides the rest, so a pair is linked only when it truly reaches THRESHOLD (linking.py).
Clusters are transitive (single linkage): A~B and B~C put A, B and C in one cluster.
Texts with fewer than MIN_SHINGLES shingles (empty bodies, "subscribe to read" stubs)
are never linked.

Incremental (assign.py): each article's signature is stored in `article_minhash` with
the title and content hash it was computed from (newswatch/store/clusters.py). A run
computes signatures only for new or changed articles, rebuilds the LSH index from the
stored signatures, and re-clusters only those articles (plus the other members of any
cluster a changed article was in, so that a cluster whose link changed can split).
"""
from __future__ import annotations

from .assign import assign_clusters, cluster_db
from .index import CANDIDATE_THRESHOLD
from .linking import ESTIMATE_MARGIN, THRESHOLD
from .signing import MIN_SHINGLES, NUM_PERM, PARAMS, SHINGLE_WORDS, Signer, shingles

__all__ = [
    "CANDIDATE_THRESHOLD",
    "ESTIMATE_MARGIN",
    "MIN_SHINGLES",
    "NUM_PERM",
    "PARAMS",
    "SHINGLE_WORDS",
    "THRESHOLD",
    "Signer",
    "assign_clusters",
    "cluster_db",
    "shingles",
]
