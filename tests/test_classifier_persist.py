"""Saving and loading a model safely (nlp/classifier/persist.py)."""
from __future__ import annotations

import json
import time

import pytest

from classifier_fixtures import ARTICLES
from nlp.classifier import current_model_version, score_articles
from nlp.classifier.persist import TRUSTED_TYPES, ModelError, resolve_model_path
from nlp.classifier.score import Classifier


def test_bundled_model_loads_safely_and_fast():
    import skops.io as sio

    directory = resolve_model_path()
    assert set(sio.get_untrusted_types(file=directory / "model.skops")) <= set(TRUSTED_TYPES)
    start = time.perf_counter()
    Classifier.load(directory)
    assert time.perf_counter() - start < 1.0
    assert sum(f.stat().st_size for f in directory.iterdir()) < 5_000_000


def test_refuses_untrusted_types(tmp_path):
    import hashlib

    import skops.io as sio

    directory = tmp_path / "relevance-evil"
    directory.mkdir()
    sio.dump({"word": Evil()}, directory / "model.skops")
    (directory / "vocabulary.json").write_text('{"word": [], "char": []}')
    meta = {"format": 1, "version": "relevance-evil", "threshold": 0.5, "topic_thresholds": {},
            "model_sha256": hashlib.sha256((directory / "model.skops").read_bytes()).hexdigest(),
            "vocabulary_sha256": hashlib.sha256((directory / "vocabulary.json").read_bytes()).hexdigest()}
    (directory / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="refusing"):
        Classifier.load(directory)


def test_refuses_a_replaced_model_file(tmp_path, tiny_model):
    import shutil

    copy = tmp_path / tiny_model.name
    for name in ("model.skops", "vocabulary.json"):
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(tiny_model, copy)
        with (copy / name).open("ab") as f:
            f.write(b" ")
        with pytest.raises(ModelError, match="sha256"):
            Classifier.load(copy)


def test_newswatch_model_env_chooses_the_model(tiny_model, monkeypatch):
    monkeypatch.setenv("NEWSWATCH_MODEL", str(tiny_model.parent))
    assert current_model_version() == tiny_model.name
    assert score_articles(ARTICLES[:1], None)[0]["model_version"] == tiny_model.name
    monkeypatch.delenv("NEWSWATCH_MODEL")
    assert current_model_version() != tiny_model.name


def test_no_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="newswatch train"):
        resolve_model_path(tmp_path)


class Evil:
    def __init__(self):
        self.x = 1
