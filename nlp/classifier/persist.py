"""Saving and loading a model directory, safely.

On disk a model is a directory `relevance-<version>/` holding `model.skops` (the fitted
estimators, skops format), `vocabulary.json` (the vectorisers' vocabularies, which as
skops nodes made loading slow) and `meta.json` (version, created, data_sha256, CV
metrics, thresholds, library versions, sha256 of the two other files).

Which model is used: the `path` argument, else $NEWSWATCH_MODEL, else the bundled model
in nlp/models/ (resolve_model_path; see docs/classifier.md).

skops is imported inside save and load_model: importing it takes about 0.4 s, which
importing nlp.classifier (for TOPICS, the features, the labels) should not pay.
"""
from __future__ import annotations

import hashlib
import json
import os
import warnings
import zipfile
from pathlib import Path
from typing import Callable, TypeVar

import sklearn

BUNDLED_MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
MODEL_ENV = "NEWSWATCH_MODEL"
MODEL_FILE = "model.skops"
VOCAB_FILE = "vocabulary.json"
META_FILE = "meta.json"
FORMAT = 1
"""The layout of a model directory; a model of another format is refused (retrain it)."""
# The only types a model file may hold beyond those skops trusts by default (stock
# scikit-learn estimators, numpy arrays, builtins). save() checks a new file with
# skops.io.get_untrusted_types; loading refuses a file with any other type.
TRUSTED_TYPES = [
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
]
VECTORISERS = ("word", "char")
"""The fitted vectorisers whose vocabularies go to vocabulary.json."""

T = TypeVar("T")


class ModelError(RuntimeError):
    """No model found, or a model file that is unsafe or damaged."""


class NoModelError(ModelError):
    """No model is installed where one was looked for (as opposed to a model that is
    present but cannot be used, which is a plain ModelError)."""


def save(result, out_dir: str | Path) -> Path:
    """Write `out_dir/<version>/` with model.skops (the fitted estimators),
    vocabulary.json (the vectorisers' vocabularies) and meta.json; return it.
    `result`: a train.TrainResult (its objects and meta)."""
    import skops.io as sio  # heavy: see the module docstring

    target = Path(out_dir) / result.meta["version"]
    target.mkdir(parents=True, exist_ok=True)
    model_path = target / MODEL_FILE
    vocab_path = target / VOCAB_FILE
    # The vocabularies go to a JSON file of their own: as skops nodes (one per term)
    # they made loading take a second.
    vocabularies = {}
    for name in VECTORISERS:
        vec = result.objects[name]
        terms = [""] * len(vec.vocabulary_)
        for term, i in vec.vocabulary_.items():
            terms[i] = term
        vocabularies[name] = terms
    vocab_path.write_text(json.dumps(vocabularies, ensure_ascii=False), encoding="utf-8")
    saved = {name: result.objects[name].__dict__.pop("vocabulary_") for name in VECTORISERS}
    try:
        sio.dump(result.objects, model_path, compression=zipfile.ZIP_DEFLATED, compresslevel=9)
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
    """meta.json of the model resolve_model_path(path) chooses."""
    return _read_json(resolve_model_path(path) / META_FILE)



def load_model(path: str | Path | None, build: Callable[[dict, dict, Path], T]) -> T:
    """Load a model directory safely and return build(objects, meta, directory): skops
    refuses any type outside its defaults and TRUSTED_TYPES; files whose sha256 differs
    from meta.json's are refused. A model that `build` cannot use (missing parts,
    ValueError, KeyError, TypeError, AttributeError, IndexError) is a ModelError."""
    import skops.io as sio  # heavy: see the module docstring
    from skops.io.exceptions import UntrustedTypesFoundException  # heavy, with skops.io

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
    if meta.get("sklearn_version") != sklearn.__version__:
        warnings.warn(
            f"{directory}: trained with scikit-learn {meta.get('sklearn_version')}, running "
            f"{sklearn.__version__}; retrain with `newswatch train` if scores look wrong",
            stacklevel=3,
        )
    try:
        vocabularies = json.loads(vocab_data)
        for name in VECTORISERS:
            objects[name].vocabulary_ = {term: i for i, term in enumerate(vocabularies[name])}
        return build(objects, meta, directory)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as e:
        raise ModelError(f"{directory}: the model is incomplete ({type(e).__name__}: {e}); retrain it") from e
