"""Fitting the estimators: vectorisers, the relevance classifier and one classifier per
topic, all stock scikit-learn (see features.py), so a model can be saved with skops
and loaded without running code from the file.

- relevance: LinearSVC on [word TF-IDF | char TF-IDF | topic cues | organisation
  kinds], its scores calibrated to probabilities with CalibratedClassifierCV (sigmoid,
  INNER_FOLDS-fold, ensemble=False so one linear model remains to explain scores with);
- topics: one calibrated LinearSVC per topic, trained on the relevant articles (with
  known topics) only, and predicted only for articles judged relevant.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.svm import LinearSVC

from . import features
from .labels import TOPICS

INNER_FOLDS = 3
"""Calibration folds (CalibratedClassifierCV's cv): scikit-learn's usual small number;
a class needs at least this many examples to be trained."""
SVM_C = 1.0
"""LinearSVC's regularisation: scikit-learn's default, not tuned."""


def _make_classifier(inner_folds: int) -> CalibratedClassifierCV:
    return CalibratedClassifierCV(
        LinearSVC(C=SVM_C, class_weight="balanced"),
        method="sigmoid",
        cv=inner_folds,
        ensemble=False,
    )


def _fit_binary(X, y: np.ndarray, inner_folds: int = INNER_FOLDS):
    """A calibrated linear classifier, or None when a class has too few examples."""
    positives = int(y.sum())
    if positives < inner_folds or len(y) - positives < inner_folds:
        return None
    return _make_classifier(inner_folds).fit(X, y)


def fit_models(
    examples: Sequence[dict], findings: Sequence[dict | None] | None, min_df: int = 2
) -> dict:
    """Fit vectorisers, the relevance classifier and the per-topic classifiers."""
    headlines = [e["headline"] for e in examples]
    texts = [e["text"] for e in examples]
    word, char = features.fit_vectorizers(headlines, texts, min_df=min_df)
    X = features.transform(word, char, headlines, texts, findings)
    y = np.array([e["relevant"] for e in examples], dtype=int)
    relevance = _fit_binary(X, y)
    if relevance is None:
        raise ValueError(f"need at least {INNER_FOLDS} relevant and {INNER_FOLDS} irrelevant examples to train")
    # Topic models learn from relevant articles whose topics are known (a researcher may
    # label an article relevant without giving topics).
    rel_rows = np.flatnonzero((y == 1) & np.array([bool(e["topics"]) for e in examples]))
    topics = {}
    for topic in TOPICS:
        yt = np.array([topic in examples[i]["topics"] for i in rel_rows], dtype=int)
        clf = _fit_binary(X[rel_rows], yt)
        if clf is not None:
            topics[topic] = clf
    return {"word": word, "char": char, "relevance": relevance, "topics": topics}
