"""Fixtures shared by several test modules. Each block belongs to the modules it names."""
from __future__ import annotations

from pathlib import Path

import pytest

# ------------------------------------------------------------ classifier (tests/test_classifier*.py)

from classifier_fixtures import parse, write_tiny_corpus
from newswatch.commands import train as train_cmd
from nlp.classifier import Classifier, load_classifier, resolve_model_path


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    """A model trained (without findings) on classifier_fixtures.TINY, by `newswatch train`."""
    base = tmp_path_factory.mktemp("tiny")
    corpus = write_tiny_corpus(base / "corpus")
    args = parse(train_cmd, ["--corpus", str(corpus), "--out", str(base / "models"), "--folds", "3", "--no-findings"])
    assert train_cmd.run(args) == 0
    return resolve_model_path(base / "models")


@pytest.fixture(scope="module")
def bundled() -> Classifier:
    """The model bundled in nlp/models/."""
    return load_classifier()

# ------------------------------------------------------------ end of classifier
