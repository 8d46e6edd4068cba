"""The relevance and topic classifier (scikit-learn), used by `newswatch enrich`.

    from nlp.classifier import score_articles, current_model_version
    score_articles(rows, findings)  # rows: dicts with "title" and "body"
    current_model_version()

The model used is, in order: the `model_path` argument, the NEWSWATCH_MODEL
environment variable, the bundled model in nlp/models/ (see docs/classifier.md).

Modules, by job: features.py (what the models read), fit.py (fitting the estimators),
evaluate.py (cross-validation, thresholds, metrics), train.py (both, then meta.json),
persist.py (saving and loading a model directory), predict.py (probabilities and
decisions), score.py (scoring articles with a loaded model); corpus.py and labels.py
(the training data).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from .labels import TOPICS, read_labels
from .persist import ModelError, NoModelError, read_meta, resolve_model_path
from .score import Classifier, load_classifier

__all__ = [
    "TOPICS",
    "Classifier",
    "ModelError",
    "NoModelError",
    "installed_classifier",
    "current_model_version",
    "load_classifier",
    "read_labels",
    "resolve_model_path",
    "score_articles",
]


def score_articles(
    rows: list[dict], findings: list[dict] | None = None, model_path: str | Path | None = None
) -> list[dict]:
    """Per row (dicts with "title" and "body"): relevance (0..1), relevant (0/1),
    topics (list), relevance_terms (list of words), model_version. `findings` (the
    spaCy findings dicts, aligned with rows) are optional."""
    return load_classifier(model_path).score(rows, findings)


def current_model_version(model_path: str | Path | None = None) -> str:
    """The version of the model score_articles would use (reads meta.json only)."""
    return read_meta(model_path)["version"]


def installed_classifier(model_path: str | Path | None = None) -> tuple[Callable | None, str]:
    """(score, model version) of the classifier in use, loaded and checked now; (None,
    the reason) when no model is installed. A model that is there but cannot be used
    (damaged or replaced file: sha256 mismatch, unreadable meta.json, wrong format)
    raises ModelError: it must never pass for "no classifier". The one home of this
    rule for `enrich` and `analyse`."""
    try:
        classifier = load_classifier(model_path)
    except NoModelError as exc:
        return None, f"no classifier model ({exc})"
    return classifier.score, classifier.version
