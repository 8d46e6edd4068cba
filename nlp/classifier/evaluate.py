"""Judging the classifier on articles it did not train on: k-fold cross-validation,
thresholds chosen on the out-of-fold probabilities, per-label precision/recall/F1, and
a nested cross-validation that judges the threshold choice too.

Thresholds are chosen on out-of-fold probabilities and stored in meta.json with the
per-label cross-validated metrics (train.py).
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.model_selection import StratifiedKFold

from .fit import fit_models
from .labels import TOPICS
from .predict import predict_proba, topic_decisions

MAX_GENERAL_FPR = 1 / 200
"""Most general-news articles we may wrongly flag: fewer than 1 in 200 (the target in
docs/classifier.md; a product choice, and more than the corpus can show)."""
RELEVANCE_GRID = np.round(np.arange(0.05, 0.96, 0.01), 2)
"""Relevance thresholds tried: every hundredth from 0.05 to 0.95."""
TOPIC_GRID = np.round(np.arange(0.1, 0.91, 0.05), 2)
"""Topic thresholds tried: every 0.05 from 0.1 to 0.9 (fewer examples per topic: a
coarser grid)."""
TIE = 1e-9
"""Scores this close count as a tie (floating-point noise in F1)."""


def cross_validate(
    examples: Sequence[dict],
    findings: Sequence[dict | None] | None,
    folds: int = 5,
    seed: int = 0,
    min_df: int = 2,
    trainable: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold relevance and topic probabilities (stratified by group and label).
    With `trainable` (booleans), only those examples are trained on; every example is
    still scored, with the same folds, so two runs differing only in what they train
    on can be compared on the same articles."""
    strata = np.array([f"{e['group']}:{e['relevant']}" for e in examples])
    if np.unique(strata, return_counts=True)[1].min() < folds:
        # Some group is too small to spread over the folds: stratify by label alone.
        strata = np.array([str(e["relevant"]) for e in examples])
    n = len(examples)
    rel = np.zeros(n)
    topic_p = np.full((n, len(TOPICS), 2), np.nan)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(np.zeros(n), strata):
        if trainable is not None:
            train_idx = train_idx[np.asarray(trainable, dtype=bool)[train_idx]]
        objects = fit_models([examples[i] for i in train_idx], _take(findings, train_idx), min_df=min_df)
        r, t = predict_proba(
            objects,
            [examples[i]["headline"] for i in test_idx],
            [examples[i]["text"] for i in test_idx],
            _take(findings, test_idx),
        )
        rel[test_idx] = r
        topic_p[test_idx] = t
    return rel, topic_p


def _take(findings, idx):
    return None if findings is None else [findings[i] for i in idx]


def _prf(truth: np.ndarray, pred: np.ndarray) -> dict:
    tp = int((truth & pred).sum())
    fp = int((~truth & pred).sum())
    fn = int((truth & ~pred).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "support": int(truth.sum()), "tp": tp, "fp": fp, "fn": fn}


def _best_threshold(grid: np.ndarray, scores: list[float]) -> float:
    """The best-scoring threshold; of several that tie, the one nearest 0.5 (where a
    calibrated probability says "as likely as not")."""
    best = max(scores)
    tied = [float(t) for t, s in zip(grid, scores) if s >= best - TIE]
    return round(min(tied, key=lambda t: (abs(t - 0.5), t)), 3)


def choose_relevance_threshold(y: np.ndarray, p: np.ndarray, groups: np.ndarray) -> float:
    """The threshold maximising F1 among those flagging at most MAX_GENERAL_FPR of the
    general news articles (out of fold)."""
    grid = RELEVANCE_GRID
    general = groups == "general"
    truth = y.astype(bool)
    scores = []
    for t in grid:
        pred = p >= t
        fpr = pred[general].mean() if general.any() else 0.0
        scores.append(_prf(truth, pred)["f1"] if fpr <= MAX_GENERAL_FPR else -1.0)
    if max(scores) < 0:  # no threshold meets the constraint: take the best F1
        scores = [_prf(truth, p >= t)["f1"] for t in grid]
    return _best_threshold(grid, scores)


def choose_topic_thresholds(examples: Sequence[dict], topic_p: np.ndarray) -> dict[str, float]:
    """Per topic, the threshold maximising out-of-fold F1 of the whole-article
    probability on the relevant articles with known topics."""
    grid = TOPIC_GRID
    relevant = np.array([e["relevant"] and bool(e["topics"]) for e in examples])
    thresholds = {}
    for j, topic in enumerate(TOPICS):
        p = topic_p[relevant, j, 0]
        if np.isnan(p).all():
            continue
        p = np.nan_to_num(p, nan=0.0)
        truth = np.array([topic in e["topics"] for e in examples if e["relevant"] and e["topics"]])
        thresholds[topic] = _best_threshold(grid, [_prf(truth, p >= t)["f1"] for t in grid])
    return thresholds


def evaluate(
    examples: Sequence[dict], rel: np.ndarray, topic_p: np.ndarray, threshold: float, topic_thresholds: dict[str, float]
) -> dict:
    """Per-label precision/recall/F1 of out-of-fold predictions, end to end (a topic
    counts as predicted only when the article is also predicted relevant), and the
    share of each irrelevant group wrongly flagged."""
    return evaluate_decisions(examples, rel >= threshold, topic_decisions(topic_p, topic_thresholds))


def evaluate_decisions(examples: Sequence[dict], pred: np.ndarray, decided: np.ndarray) -> dict:
    """evaluate() for relevance decisions (n booleans) and topic decisions (n x
    len(TOPICS) booleans)."""
    truth = np.array([e["relevant"] for e in examples])
    metrics = {"relevant": _prf(truth, pred)}
    # Relevant articles without known topics cannot be scored on topics.
    known = np.array([not e["relevant"] or bool(e["topics"]) for e in examples])
    for j, topic in enumerate(TOPICS):
        t_truth = np.array([topic in e["topics"] for e in examples])
        metrics[topic] = _prf(t_truth[known], (pred & decided[:, j])[known])
    groups = np.array([e["group"] for e in examples])
    false_positive_rate = {}
    for group in sorted(set(groups)):
        mask = (groups == group) & ~truth
        if mask.any():
            false_positive_rate[group] = {"flagged": int(pred[mask].sum()), "articles": int(mask.sum()), "rate": round(float(pred[mask].mean()), 4)}
    return {"labels": metrics, "false_positive_rate": false_positive_rate}



def cross_validated_scores(
    examples: Sequence[dict],
    findings: Sequence[dict | None] | None,
    folds: int = 5,
    seed: int = 0,
    min_df: int = 2,
    trainable: np.ndarray | None = None,
) -> tuple[float, dict[str, float], dict, np.ndarray, np.ndarray]:
    """Cross-validate, choose thresholds on the out-of-fold probabilities and evaluate:
    (threshold, topic thresholds, metrics, relevance OOF, topic OOF)."""
    rel, topic_p = cross_validate(examples, findings, folds=folds, seed=seed, min_df=min_df, trainable=trainable)
    y = np.array([e["relevant"] for e in examples], dtype=int)
    groups = np.array([e["group"] for e in examples])
    threshold = choose_relevance_threshold(y, rel, groups)
    topic_thresholds = choose_topic_thresholds(examples, topic_p)
    cv = evaluate(examples, rel, topic_p, threshold, topic_thresholds)
    return threshold, topic_thresholds, cv, rel, topic_p


def nested_cross_validate(
    examples: Sequence[dict], findings: Sequence[dict | None] | None, folds: int = 5, seed: int = 2, min_df: int = 2
) -> dict:
    """The whole training procedure, thresholds included, judged on articles it never
    saw: each outer fold's model and thresholds come from its training part alone
    (with an inner cross-validation). Returns evaluate()'s metrics."""
    n = len(examples)
    y = np.array([e["relevant"] for e in examples])
    pred = np.zeros(n, dtype=bool)
    decided = np.zeros((n, len(TOPICS)), dtype=bool)
    splitter = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
    for train_idx, test_idx in splitter.split(np.zeros(n), y):
        part = [examples[i] for i in train_idx]
        threshold, topic_thresholds, _, _, _ = cross_validated_scores(part, _take(findings, train_idx), folds, 0, min_df)
        objects = fit_models(part, _take(findings, train_idx), min_df=min_df)
        rel, topic_p = predict_proba(
            objects,
            [examples[i]["headline"] for i in test_idx],
            [examples[i]["text"] for i in test_idx],
            _take(findings, test_idx),
        )
        pred[test_idx] = rel >= threshold
        decided[test_idx] = topic_decisions(topic_p, topic_thresholds)
    return evaluate_decisions(examples, pred, decided)
