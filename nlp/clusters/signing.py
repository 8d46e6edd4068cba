"""MinHash signatures of articles: title + body -> 3-word shingles -> a signature of
NUM_PERM 32-bit values (datasketch), and the shingles as hashes for exact comparisons."""
from __future__ import annotations

import zlib

import numpy as np
from datasketch import MinHash

from nlp.shingles import word_shingles

NUM_PERM = 128
"""MinHash permutations: with CANDIDATE_THRESHOLD's 32 bands of 4 rows (index.py), the
candidate probabilities in nlp/clusters/__init__.py; datasketch's default."""
SHINGLE_WORDS = 3
"""Words per shingle: light edits keep most 3-word runs, different reports on one
subject share few (the similarities measured in tests/test_clusters.py)."""
MIN_SHINGLES = 8
"""Texts with fewer shingles (empty bodies, "subscribe to read" stubs) are never linked:
such stubs would all look alike."""
SEED = 1
"""Any fixed value: signatures must be reproducible across runs (stored in PARAMS)."""
SCHEME = "affine32"
"""datasketch's hash scheme: 32-bit values, stored as 4 bytes each."""
PARAMS = f"{SCHEME}:{NUM_PERM}:{SEED}:w{SHINGLE_WORDS}"
"""Stored with each signature; a signature made with other parameters is recomputed."""


def shingles(title: str | None, body: str | None, k: int = SHINGLE_WORDS) -> set[str]:
    """The set of k-word shingles of title + body (lower-cased words only)."""
    return {" ".join(s) for s in word_shingles(f"{title or ''}\n{body or ''}", k)}


def shingle_hashes(shingle_set: set[str]) -> np.ndarray:
    """The shingles as a sorted array of distinct 32-bit hashes: a compact stand-in
    for the set when computing exact similarities (collisions are negligible)."""
    return np.unique(np.fromiter((zlib.crc32(s.encode("utf-8", "surrogatepass")) for s in shingle_set),
                                 dtype=np.uint32, count=len(shingle_set)))


def to_bytes(signature: MinHash) -> bytes:
    """A signature as stored in article_minhash.sig."""
    return signature.hashvalues.astype(np.uint32).tobytes()


class Signer:
    """Makes MinHash signatures with one shared set of permutations."""

    def __init__(self):
        self.permutations = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations

    def sign(self, shingle_set: set[str]) -> MinHash:
        m = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, permutations=self.permutations)
        m.update_batch([s.encode("utf-8", "surrogatepass") for s in shingle_set])
        return m

    def load(self, blob: bytes) -> MinHash:
        """A stored signature (to_bytes) back as a MinHash."""
        return MinHash(seed=SEED, scheme=SCHEME, permutations=self.permutations,
                       hashvalues=np.frombuffer(blob, dtype=np.uint32))

    def article(self, title: str | None, body: str | None) -> tuple[MinHash | None, np.ndarray | None]:
        """(signature, shingle hashes) of an article; (None, None) for a text of fewer
        than MIN_SHINGLES shingles, which is never linked."""
        shingle_set = shingles(title, body)
        if len(shingle_set) < MIN_SHINGLES:
            return None, None
        return self.sign(shingle_set), shingle_hashes(shingle_set)
