"""Linking: which articles are near-duplicates (exact Jaccard similarity of shingle
hashes, for candidates the index did not rule out), and the clusters that follow
(union-find; single linkage; a cluster is named by its smallest article id)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from typing import NamedTuple, Union

import numpy as np

from .index import CandidateIndex

THRESHOLD = 0.5
"""Near-duplicates share at least half of all their distinct shingles: light edits keep
0.73 to 0.94, different reports on one subject about 0.01 (tests/test_clusters.py)."""
ESTIMATE_MARGIN = 0.2
"""A MinHash estimate (NUM_PERM=128) can be off by 0.1 or more: only candidates more
than this below THRESHOLD are ruled out without the exact similarity."""


class Cluster(NamedTuple):
    """A clean cluster (none of its articles is re-clustered) standing for all its articles."""

    id: int


Node = Union[int, Cluster]
"""A union-find node: an article being re-clustered, or a clean cluster."""


def jaccard(x: np.ndarray, y: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted arrays of distinct shingle hashes."""
    if not len(x) or not len(y):
        return 0.0
    both = len(np.intersect1d(x, y, assume_unique=True))
    return both / (len(x) + len(y) - both)


def find(parent: dict, x: Node) -> Node:
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:  # path compression
        parent[x], x = root, parent[x]
    return root


def _order(node: Node) -> tuple[bool, int]:
    """Articles before clusters, then the smaller id: a stable orientation for union."""
    return (isinstance(node, Cluster), node.id if isinstance(node, Cluster) else node)


def union(parent: dict, a: Node, b: Node) -> None:
    ra, rb = find(parent, a), find(parent, b)
    if ra == rb:
        return
    lo, hi = sorted((ra, rb), key=_order)
    parent[hi] = lo


def link(dirty: set[int], index: CandidateIndex, hashes_of: Callable[[int], np.ndarray],
         cluster_of: Callable[[int], int]) -> tuple[dict, int]:
    """Union-find over the `dirty` articles (those being re-clustered) and the clean
    clusters they touch: (parent, number of near-duplicate pairs linked).
    hashes_of(article id): its shingle hashes; cluster_of(article id): the stored
    cluster of a clean article."""
    clean_cluster: dict[int, int] = {}
    parent: dict = {aid: aid for aid in dirty}
    linked = 0
    for aid in sorted(dirty):
        if aid not in index:
            continue
        # Candidates other than pairs already checked from the other side.
        candidates = [o for o in index.candidates(aid) if not (o in dirty and o < aid)]
        if not candidates:
            continue
        # The MinHash estimate rules out most candidates cheaply (its error is well
        # under ESTIMATE_MARGIN); the exact similarity decides the rest.
        for other, estimate in zip(candidates, index.estimates(aid, candidates)):
            if estimate < THRESHOLD - ESTIMATE_MARGIN:
                continue
            if jaccard(hashes_of(aid), hashes_of(other)) < THRESHOLD:
                continue
            linked += 1
            if other in dirty:
                union(parent, aid, other)
            else:
                if other not in clean_cluster:
                    clean_cluster[other] = cluster_of(other)
                node = Cluster(clean_cluster[other])
                parent.setdefault(node, node)
                union(parent, aid, node)
    return parent, linked


def components(parent: dict) -> tuple[dict[int, int], list[tuple[int, int]]]:
    """From link's union-find: (article id -> its cluster id, for every article in it;
    [(old cluster id, new cluster id)] for clean clusters merged into another). A
    component's id is its smallest article id (a clean cluster counts with its id,
    already its smallest member)."""
    members: dict = defaultdict(list)
    for node in parent:
        members[find(parent, node)].append(node)
    updates: dict[int, int] = {}
    merges: list[tuple[int, int]] = []
    for nodes in members.values():
        ids = [n for n in nodes if not isinstance(n, Cluster)]
        merged = [n.id for n in nodes if isinstance(n, Cluster)]
        cid = min(ids + merged)
        for aid in ids:
            updates[aid] = cid
        merges += [(old, cid) for old in merged if old != cid]
    return updates, merges
