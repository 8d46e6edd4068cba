"""Probabilities and decisions from fitted estimators: shared by evaluation (out-of-fold
scores) and scoring (a loaded model).

`objects` is the dict fit.fit_models returns: the vectorisers ("word", "char"), the
relevance classifier ("relevance") and the per-topic classifiers ("topics").
"""
from __future__ import annotations

import numpy as np

from . import features
from .labels import TOPICS

PASSAGE_MARGIN = 0.5
"""How far from a topic's threshold towards 1 one passage must score (passage_threshold):
halfway, chosen with the two seed articles in view, not measured (docs/classifier.md,
Known limits); stored in meta.json with each model."""


def predict_proba(objects: dict, headlines, texts, findings) -> tuple[np.ndarray, np.ndarray]:
    """Relevance probabilities (n) and topic probabilities (n x len(TOPICS) x 2, see
    topic_proba) for every article."""
    X = features.transform(objects["word"], objects["char"], headlines, texts, findings)
    rows = np.arange(len(headlines))
    return relevance_proba(objects, X), topic_proba(objects, X, rows, headlines, texts, findings)


def relevance_proba(objects: dict, X) -> np.ndarray:
    return objects["relevance"].predict_proba(X)[:, 1]


def topic_proba(objects: dict, X, rows: np.ndarray, headlines, texts, findings) -> np.ndarray:
    """Topic probabilities for `rows` of X: an n x len(TOPICS) x 2 array holding the
    whole article's probability ([..., 0]) and the highest of its passages'
    ([..., 1], features.passages; NaN for an article of one passage). Other rows and
    topics without a classifier: NaN. See topic_decisions."""
    topic_p = np.full((X.shape[0], len(TOPICS), 2), np.nan)
    rows = np.asarray(rows, dtype=int)
    if not len(rows) or not objects["topics"]:
        return topic_p
    owner, p_heads, p_texts, p_findings = [], [], [], []
    for i in rows:
        parts = features.passages(texts[i])
        if len(parts) > 1:
            for part in parts:
                owner.append(i)
                p_heads.append(headlines[i])
                p_texts.append(part)
                p_findings.append(None if findings is None else findings[i])
    Xp = None
    if owner:
        Xp = features.transform(objects["word"], objects["char"], p_heads, p_texts, None if findings is None else p_findings)
    owner = np.array(owner, dtype=int)
    for j, topic in enumerate(TOPICS):
        clf = objects["topics"].get(topic)
        if clf is None:
            continue
        topic_p[rows, j, 0] = clf.predict_proba(X[rows])[:, 1]
        if Xp is not None:
            best = np.full(X.shape[0], -np.inf)
            np.maximum.at(best, owner, clf.predict_proba(Xp)[:, 1])
            topic_p[owner, j, 1] = best[owner]
    return topic_p


def passage_threshold(threshold: float, margin: float = PASSAGE_MARGIN) -> float:
    """The bar one passage must clear: halfway from the article's threshold to 1. The
    best of several passages is biased upwards (several chances), and a topic the
    article only touches on in passing should not count."""
    return threshold + (1 - threshold) * margin


def topic_decisions(topic_p: np.ndarray, thresholds: dict[str, float], margin: float = PASSAGE_MARGIN) -> np.ndarray:
    """n x len(TOPICS) booleans: the whole article clears the topic's threshold, or one
    of its passages clears passage_threshold."""
    decided = np.zeros(topic_p.shape[:2], dtype=bool)
    for j, topic in enumerate(TOPICS):
        if topic in thresholds:
            t = thresholds[topic]
            whole = np.nan_to_num(topic_p[:, j, 0], nan=0.0)
            part = np.nan_to_num(topic_p[:, j, 1], nan=0.0)
            decided[:, j] = (whole >= t) | (part >= passage_threshold(t, margin))
    return decided
