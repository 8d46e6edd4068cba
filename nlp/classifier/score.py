"""Scoring articles with a loaded model: relevance, topics and the words that explain
the relevance score.

    clf = load_classifier()            # once per process (see persist.resolve_model_path)
    clf.score(rows, findings)          # rows: dicts with "title" and "body"
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from . import features
from .labels import TOPICS
from .persist import META_FILE, load_model, resolve_model_path
from .predict import PASSAGE_MARGIN, relevance_proba, topic_decisions, topic_proba

N_TERMS = 5
"""Most words listed in relevance_terms: a list read at a glance (a presentation
choice, not tuned; docs/classifier.md)."""
MIN_CONTRIBUTION = 0.02
"""Explanations leave out words that moved the decision function by less than this (a
presentation choice, not tuned; docs/classifier.md)."""
LOADED_MODELS = 4
"""Models kept loaded per process (load_classifier's cache): one in use, a few more
for tests and benchmarks that switch between models."""


class Classifier:
    """A loaded model. Hold one per process (see load_classifier) and call score()."""

    def __init__(self, objects: dict, meta: dict, path: Path | None = None):
        self.objects = objects
        self.meta = meta
        self.path = path
        self.version: str = meta["version"]
        self.threshold: float = float(meta["threshold"])
        self.topic_thresholds: dict[str, float] = dict(meta["topic_thresholds"])
        self.use_findings: bool = bool(meta.get("findings_features"))
        self.passage_margin: float = float(meta.get("passage_margin", PASSAGE_MARGIN))
        base = objects["relevance"].calibrated_classifiers_[0].estimator
        n_word = len(objects["word"].vocabulary_)
        self._word_coef = np.asarray(base.coef_[0][:n_word], dtype=np.float64)
        self._word_names = objects["word"].get_feature_names_out()
        self._readable = np.array([features.is_readable_term(t) for t in self._word_names])

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Classifier":
        """Load a model directory safely (persist.load_model: skops refuses any type
        outside its defaults and TRUSTED_TYPES; files whose sha256 differs from
        meta.json's are refused)."""
        return load_model(path, cls)

    def explain(self, word_row: sp.csr_matrix, k: int = N_TERMS) -> list[str]:
        """The readable words and word pairs that pushed this article's score up most
        (contribution = coefficient x TF-IDF value, at least MIN_CONTRIBUTION). A pair
        replaces a single word it contains ("academy trust" rather than "trust")."""
        idx = word_row.indices
        if not len(idx):
            return []
        contrib = word_row.data * self._word_coef[idx]
        keep = (contrib >= MIN_CONTRIBUTION) & self._readable[idx]
        idx, contrib = idx[keep], contrib[keep]
        terms: list[str] = []
        for i in idx[np.argsort(-contrib, kind="stable")]:
            term = str(self._word_names[i])
            words = term.split()
            if len(words) == 1:
                if any(term in chosen.split() for chosen in terms):
                    continue
                terms.append(term)
            else:
                inside = [chosen for chosen in terms if chosen in words]
                if inside:
                    terms[terms.index(inside[0])] = term
                    terms = [t for t in terms if t not in inside[1:]]
                else:
                    terms.append(term)
            if len(terms) == k:
                break
        return terms

    def score(self, rows: Sequence[dict], findings: Sequence[dict | None] | None = None) -> list[dict]:
        """Score articles (dicts with "title" and "body"). `findings` (optional) align
        with rows. Returns per row: relevance, relevant, topics, relevance_terms,
        model_version."""
        rows = list(rows)
        if not rows:
            return []
        if findings is not None and len(findings) != len(rows):
            raise ValueError(f"got {len(findings)} findings for {len(rows)} articles; they must align")
        headlines = [r.get("title") or "" for r in rows]
        texts = [r.get("body") or "" for r in rows]
        findings = findings if self.use_findings else None
        X, xw = features.transform(self.objects["word"], self.objects["char"], headlines, texts, findings, with_word=True)
        rel = relevance_proba(self.objects, X)
        topic_p = topic_proba(self.objects, X, np.flatnonzero(rel >= self.threshold), headlines, texts, findings)
        decided = topic_decisions(topic_p, self.topic_thresholds, self.passage_margin)
        results = []
        for i in range(len(rows)):
            relevant = bool(rel[i] >= self.threshold)
            topics = [t for j, t in enumerate(TOPICS) if relevant and decided[i, j]]
            results.append(
                {
                    "relevance": round(float(rel[i]), 4),
                    "relevant": int(relevant),
                    "topics": topics,
                    "relevance_terms": self.explain(xw[i]),
                    "model_version": self.version,
                }
            )
        return results


@lru_cache(maxsize=LOADED_MODELS)
def _load_cached(directory: Path, mtime_ns: int) -> Classifier:
    return Classifier.load(directory)


def load_classifier(path: str | Path | None = None) -> Classifier:
    """The classifier for `path` (see resolve_model_path), loaded once per process."""
    directory = resolve_model_path(path).resolve()
    return _load_cached(directory, (directory / META_FILE).stat().st_mtime_ns)
