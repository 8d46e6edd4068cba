"""The candidate index: MinHash LSH over every stored signature, and MinHash estimates
of similarity to rule most candidates out cheaply."""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from datasketch import MinHash, MinHashLSH

from .signing import NUM_PERM

CANDIDATE_THRESHOLD = 0.4
"""The LSH is tuned for this similarity, below linking.THRESHOLD (0.5) so that few real
pairs are missed: 32 bands of 4 rows, a pair at 0.5 is a candidate with probability
0.87, at 0.6 or more with 0.99."""


class CandidateIndex:
    """Signatures by article id, an LSH over them, and all of them as one matrix (to
    estimate many candidates' similarity at once)."""

    def __init__(self, signatures: Iterable[tuple[int, MinHash]]):
        self.lsh = MinHashLSH(threshold=CANDIDATE_THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[int, MinHash] = {}
        for article_id, signature in signatures:
            self.signatures[article_id] = signature
            self.lsh.insert(article_id, signature)
        self.position = {article_id: i for i, article_id in enumerate(self.signatures)}
        self.matrix = (np.stack([sig.hashvalues for sig in self.signatures.values()])
                       if self.signatures else np.zeros((0, NUM_PERM), dtype=np.uint32))

    def __contains__(self, article_id: int) -> bool:
        return article_id in self.signatures

    def candidates(self, article_id: int) -> list[int]:
        """Articles the LSH puts in a band with this one (itself excluded)."""
        return [other for other in self.lsh.query(self.signatures[article_id]) if other != article_id]

    def estimates(self, article_id: int, others: list[int]) -> np.ndarray:
        """MinHash estimates of the Jaccard similarity of this article to each of `others`."""
        rows = self.matrix[[self.position[o] for o in others]]
        return (rows == self.matrix[self.position[article_id]]).mean(axis=1)
