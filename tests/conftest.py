"""Fixtures shared by several test modules. Each block belongs to the modules it names."""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

# ------------------------------------------------------------ nlp (tests/test_nlp_*.py, test_orgs*.py, test_parallel.py, test_gazetteer_data.py, test_heldout*_data.py)
# Plain helpers live in nlp_fixtures.py and annotation_helpers.py (never in a test_ module).

# A failing assert in those helpers shows its values as one in a test module does (pytest
# rewrites a module's asserts only if told before the module is imported).
pytest.register_assert_rewrite("annotation_helpers", "nlp_fixtures")

from annotation_helpers import load_gazetteer  # noqa: E402  (after the rewrite hook)
from nlp_fixtures import POISON, _pipeline  # noqa: E402

from nlp.classifier import resolve_model_path  # noqa: E402
from nlp.components.people import People  # noqa: E402


@pytest.fixture(scope="session")
def nlp_pipeline():
    """The full newswatch pipeline (base model + our components), loaded once a session."""
    return _pipeline()


@pytest.fixture
def nlp(nlp_pipeline):
    """The session's pipeline under the short name the organisation tests use."""
    return nlp_pipeline


@pytest.fixture
def pipeline_loaded_once(monkeypatch, nlp_pipeline):
    """Code that loads the pipeline itself (enrich, analyse) gets the session's pipeline
    instead of loading the model again."""
    monkeypatch.setattr("nlp.pipeline.load_pipeline", lambda **kw: nlp_pipeline)
    return nlp_pipeline


@pytest.fixture
def no_classifier(tmp_path, monkeypatch):
    """No classifier model is installed (NEWSWATCH_MODEL names an empty place): enrich and
    analyse store findings only, in this process and in the commands it starts."""
    monkeypatch.setenv("NEWSWATCH_MODEL", str(tmp_path / "no-models-here"))


@pytest.fixture
def damaged_model(tmp_path, monkeypatch):
    """A copy of the bundled classifier model whose model file was changed (its sha256 no
    longer matches), installed through NEWSWATCH_MODEL."""
    source = resolve_model_path()
    copy = tmp_path / "models" / source.name
    shutil.copytree(source, copy)
    with (copy / "model.skops").open("ab") as f:
        f.write(b"\0")
    monkeypatch.setenv("NEWSWATCH_MODEL", str(copy.parent))
    return copy


@pytest.fixture
def poison(monkeypatch):
    """The people component raises on any document containing POISON (nlp_fixtures.py):
    a failure inside the spaCy pass, for one document."""
    real = People.__call__

    def call(self, doc):
        if POISON in doc.text:
            raise IndexError("list index out of range")
        return real(self, doc)

    monkeypatch.setattr(People, "__call__", call)


@pytest.fixture(scope="session")
def gazetteer_files() -> dict[str, list[dict]]:
    """The gazetteer's entries (nlp/data/gazetteer) by file name, each with its "_where"
    (file:line)."""
    return load_gazetteer()


@pytest.fixture(scope="session")
def gazetteer_entries(gazetteer_files) -> list[dict]:
    """Every gazetteer entry, in file order."""
    return [e for es in gazetteer_files.values() for e in es]

# ------------------------------------------------------------ end of nlp


# ------------------------------------------------------------ classifier (tests/test_classifier*.py)

from classifier_fixtures import parse, write_tiny_corpus  # noqa: E402
from newswatch.commands import train as train_cmd  # noqa: E402
from nlp.classifier import Classifier, load_classifier  # noqa: E402


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


# ------------------------------------------------------------ frozen time (tests/test_dates.py, tests/test_fields_*.py, tests/test_extract*.py)

# The "today" of date tests: extraction judges dates against it (crawler.dates.plausible),
# so the tests give the same answers in any year. Later than every date in tests/pages.
FROZEN_TODAY = dt.date(2024, 7, 1)


@pytest.fixture(scope="session")
def frozen_today() -> dt.date:
    """A fixed "today" to pass as `today=` to extract_article / Page.from_tree."""
    return FROZEN_TODAY

# ------------------------------------------------------------ end of frozen time
