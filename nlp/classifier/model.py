"""Train, cross-validate, save and load the relevance and topic classifier.

The model: stock scikit-learn parts only (see features.py), so it can be saved with
skops and loaded without running code from the file.

- relevance: LinearSVC on [word TF-IDF | char TF-IDF | topic cues | organisation
  kinds], its scores
  calibrated to probabilities with CalibratedClassifierCV (sigmoid, 3-fold,
  ensemble=False so one linear model remains to explain scores with);
- topics: one calibrated LinearSVC per topic, trained on the relevant articles only,
  and predicted only for articles judged relevant.

Thresholds are chosen on out-of-fold probabilities from k-fold cross-validation and
stored in meta.json with the per-label cross-validated metrics.

On disk a model is a directory `relevance-<version>/` holding `model.skops` (the fitted
estimators, skops format), `vocabulary.json` (the vectorisers' vocabularies, which as
skops nodes made loading slow) and `meta.json` (version, created, data_sha256, CV
metrics, thresholds, library versions, sha256 of the two other files).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from . import features
from .labels import TOPICS

BUNDLED_MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_ENV = "NEWSWATCH_MODEL"
MODEL_FILE = "model.skops"
VOCAB_FILE = "vocabulary.json"
META_FILE = "meta.json"
FORMAT = 1
# The only types a model file may hold beyond those skops trusts by default (stock
# scikit-learn estimators, numpy arrays, builtins). save() checks a new file with
# skops.io.get_untrusted_types; loading refuses a file with any other type.
TRUSTED_TYPES = [
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
]
# Most general-news articles we may wrongly flag: fewer than 1 in 200.
MAX_GENERAL_FPR = 1 / 200
N_TERMS = 5
# Explanations leave out words that moved the decision function by less than this.
MIN_CONTRIBUTION = 0.02
PASSAGE_MARGIN = 0.5


class ModelError(RuntimeError):
    """No model found, or a model file that is unsafe or damaged."""


class NoModelError(ModelError):
    """No model is installed where one was looked for (as opposed to a model that is
    present but cannot be used, which is a plain ModelError)."""


# --------------------------------------------------------------------------- fitting


def _make_classifier(inner_folds: int):
    from sklearn.calibration import CalibratedClassifierCV
    from sklearn.svm import LinearSVC

    return CalibratedClassifierCV(
        LinearSVC(C=1.0, class_weight="balanced"),
        method="sigmoid",
        cv=inner_folds,
        ensemble=False,
    )


def _fit_binary(X, y: np.ndarray, inner_folds: int = 3):
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
        raise ValueError("need at least 3 relevant and 3 irrelevant examples to train")
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


# ------------------------------------------------------------------ cross-validation


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
    from sklearn.model_selection import StratifiedKFold

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
    tied = [float(t) for t, s in zip(grid, scores) if s >= best - 1e-9]
    return round(min(tied, key=lambda t: (abs(t - 0.5), t)), 3)


def choose_relevance_threshold(y: np.ndarray, p: np.ndarray, groups: np.ndarray) -> float:
    """The threshold maximising F1 among those flagging at most 1 in 200 of the general
    news articles (out of fold)."""
    grid = np.round(np.arange(0.05, 0.96, 0.01), 2)
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
    grid = np.round(np.arange(0.1, 0.91, 0.05), 2)
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


# --------------------------------------------------------------------------- training


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
    from sklearn.model_selection import StratifiedKFold

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


def data_sha256(examples: Sequence[dict]) -> str:
    """sha256 over the training texts and labels, in order."""
    h = hashlib.sha256()
    for e in examples:
        h.update(json.dumps([e["headline"], e["text"], bool(e["relevant"]), sorted(e["topics"])], ensure_ascii=False).encode())
        h.update(b"\n")
    return h.hexdigest()


@dataclass
class TrainResult:
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

    import sklearn
    import skops

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


def save(result: TrainResult, out_dir: str | Path) -> Path:
    """Write `out_dir/<version>/` with model.skops (the fitted estimators),
    vocabulary.json (the vectorisers' vocabularies) and meta.json; return it."""
    import skops.io as sio

    target = Path(out_dir) / result.meta["version"]
    target.mkdir(parents=True, exist_ok=True)
    model_path = target / MODEL_FILE
    vocab_path = target / VOCAB_FILE
    # The vocabularies go to a JSON file of their own: as skops nodes (one per term)
    # they made loading take a second.
    vocabularies = {}
    for name in ("word", "char"):
        vec = result.objects[name]
        terms = [""] * len(vec.vocabulary_)
        for term, i in vec.vocabulary_.items():
            terms[i] = term
        vocabularies[name] = terms
    vocab_path.write_text(json.dumps(vocabularies, ensure_ascii=False), encoding="utf-8")
    saved = {name: result.objects[name].__dict__.pop("vocabulary_") for name in ("word", "char")}
    try:
        sio.dump(result.objects, model_path, compression=8, compresslevel=9)  # 8 = ZIP_DEFLATED
    finally:
        for name, vocabulary in saved.items():
            result.objects[name].vocabulary_ = vocabulary
    unexpected = sorted(set(sio.get_untrusted_types(file=model_path)) - set(TRUSTED_TYPES))
    if unexpected:
        model_path.unlink()
        raise ModelError(f"the model holds types outside TRUSTED_TYPES: {', '.join(unexpected)}")
    meta = dict(
        result.meta,
        model_file=MODEL_FILE,
        model_sha256=_file_sha256(model_path),
        vocabulary_file=VOCAB_FILE,
        vocabulary_sha256=_file_sha256(vocab_path),
    )
    (target / META_FILE).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return target


def _file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- loading


def resolve_model_path(path: str | Path | None = None) -> Path:
    """The model directory to use: `path`, else $NEWSWATCH_MODEL, else the bundled
    nlp/models/. Each may name a model directory (holding meta.json) or a directory of
    model directories, of which the most recently created is used."""
    chosen = path or os.environ.get(MODEL_ENV) or BUNDLED_MODEL_DIR
    chosen = Path(chosen)
    if (chosen / META_FILE).is_file():
        return chosen
    candidates = []
    if chosen.is_dir():
        for meta_path in chosen.glob(f"*/{META_FILE}"):
            meta = _read_json(meta_path)
            candidates.append((meta.get("created", ""), meta_path.parent.name, meta_path.parent))
    if not candidates:
        raise NoModelError(
            f"no classifier model in {chosen} (from {'--model' if path else MODEL_ENV if os.environ.get(MODEL_ENV) else 'the bundled default'}); "
            "train one with `newswatch train`"
        )
    return max(candidates)[2]


def _read_json(path: Path) -> dict:
    """A model's JSON file; a damaged one is a ModelError (the model is there but broken)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelError(f"{path}: cannot read the model's {path.name}: {e}; the file is damaged") from e
    if not isinstance(data, dict):
        raise ModelError(f"{path}: not a JSON object; the file is damaged")
    return data


def read_meta(path: str | Path | None = None) -> dict:
    return _read_json(resolve_model_path(path) / META_FILE)


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
        """Load a model directory safely: skops refuses any type outside its defaults
        and TRUSTED_TYPES; files whose sha256 differs from meta.json's are refused."""
        import skops.io as sio
        from skops.io.exceptions import UntrustedTypesFoundException

        directory = resolve_model_path(path)
        meta = _read_json(directory / META_FILE)
        if meta.get("format") != FORMAT:
            raise ModelError(f"{directory}: model format {meta.get('format')} is not {FORMAT}; retrain it")
        model_path = directory / meta.get("model_file", MODEL_FILE)
        vocab_path = directory / meta.get("vocabulary_file", VOCAB_FILE)
        try:
            data = model_path.read_bytes()
            vocab_data = vocab_path.read_bytes()
        except OSError as e:
            raise ModelError(f"{directory}: cannot read the model: {e}") from e
        for path_, content, key in ((model_path, data, "model_sha256"), (vocab_path, vocab_data, "vocabulary_sha256")):
            if hashlib.sha256(content).hexdigest() != meta.get(key):
                raise ModelError(f"{path_}: sha256 does not match meta.json; the file is damaged or was replaced")
        try:
            objects = sio.loads(data, trusted=TRUSTED_TYPES)
        except UntrustedTypesFoundException as e:
            raise ModelError(f"{model_path}: refusing to load: {e}") from e
        except Exception as e:  # noqa: BLE001  (any failure to read the file is a broken model)
            raise ModelError(f"{model_path}: cannot load the model: {type(e).__name__}: {e}") from e
        import sklearn

        if meta.get("sklearn_version") != sklearn.__version__:
            warnings.warn(
                f"{directory}: trained with scikit-learn {meta.get('sklearn_version')}, running "
                f"{sklearn.__version__}; retrain with `newswatch train` if scores look wrong",
                stacklevel=2,
            )
        try:
            vocabularies = json.loads(vocab_data)
            for name in ("word", "char"):
                objects[name].vocabulary_ = {term: i for i, term in enumerate(vocabularies[name])}
            return cls(objects, meta, directory)
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as e:
            raise ModelError(f"{directory}: the model is incomplete ({type(e).__name__}: {e}); retrain it") from e

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


@lru_cache(maxsize=4)
def _load_cached(directory: Path, mtime_ns: int) -> Classifier:
    return Classifier.load(directory)


def load_classifier(path: str | Path | None = None) -> Classifier:
    """The classifier for `path` (see resolve_model_path), loaded once per process."""
    directory = resolve_model_path(path).resolve()
    return _load_cached(directory, (directory / META_FILE).stat().st_mtime_ns)
