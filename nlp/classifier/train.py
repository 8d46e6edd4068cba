"""Training: cross-validate (choosing thresholds, evaluate.py), then fit on every
example (fit.py), and describe the result in the model's meta.json (version, created,
data_sha256, CV metrics, thresholds, library versions). persist.save writes it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import sklearn
import skops

from . import features
from .evaluate import cross_validated_scores
from .fit import fit_models
from .labels import TOPICS
from .persist import FORMAT
from .predict import PASSAGE_MARGIN


def data_sha256(examples: Sequence[dict]) -> str:
    """sha256 over the training texts and labels, in order."""
    h = hashlib.sha256()
    for e in examples:
        h.update(json.dumps([e["headline"], e["text"], bool(e["relevant"]), sorted(e["topics"])], ensure_ascii=False).encode())
        h.update(b"\n")
    return h.hexdigest()


@dataclass
class TrainResult:
    """A trained model (objects: fit.fit_models's estimators; meta: what meta.json will
    hold) and its out-of-fold probabilities (evaluate.cross_validate)."""

    objects: dict
    meta: dict
    oof_relevance: np.ndarray = field(repr=False)
    oof_topics: np.ndarray = field(repr=False)


def train(
    examples: Sequence[dict],
    findings: Sequence[dict | None] | None = None,
    folds: int = 5,
    seed: int = 0,
    min_df: int = 2,
) -> TrainResult:
    """Cross-validate (choosing thresholds), then fit on all examples.

    `findings` align with `examples` (None: the organisation-kind features are zero,
    and stay zero when the model scores articles)."""
    examples = list(examples)
    if findings is not None and len(findings) != len(examples):
        raise ValueError("findings must align with examples")
    threshold, topic_thresholds, cv, rel, topic_p = cross_validated_scores(examples, findings, folds, seed, min_df)
    objects = fit_models(examples, findings, min_df=min_df)

    created = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    sha = data_sha256(examples)
    group_counts: dict[str, int] = {}
    for e in examples:
        group_counts[e["group"]] = group_counts.get(e["group"], 0) + 1
    meta = {
        "format": FORMAT,
        "version": f"relevance-{created:%Y%m%dT%H%M%S}-{sha[:8]}",
        "created": created.isoformat(),
        "data_sha256": sha,
        "examples": len(examples),
        "groups": group_counts,
        "findings_features": findings is not None,
        "threshold": threshold,
        "topic_thresholds": topic_thresholds,
        "passage_margin": PASSAGE_MARGIN,
        "topics_untrained": [t for t in TOPICS if t not in objects["topics"]],
        "cv": {"folds": folds, "seed": seed, **cv},
        "features": {"word": len(objects["word"].vocabulary_), "char": len(objects["char"].vocabulary_), "kinds": list(features.KINDS)},
        "sklearn_version": sklearn.__version__,
        "skops_version": skops.__version__,
        "numpy_version": np.__version__,
    }
    return TrainResult(objects, meta, rel, topic_p)
