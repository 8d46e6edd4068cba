"""Fixtures shared by several test modules. Plain helper functions live in helper modules
named for what they hold (nlp_fixtures.py, crawl_helpers.py, annotation_helpers.py, ...),
never in a test_ module. Each block below is one topic; add new topics as new blocks."""
from __future__ import annotations

import pytest

# A failing assert in a helper module shows its values as one in a test module does
# (pytest rewrites a module's asserts only if told before the module is imported).
pytest.register_assert_rewrite("annotation_helpers")

from annotation_helpers import load_gazetteer  # noqa: E402  (after the rewrite hook)
from nlp_fixtures import _pipeline  # noqa: E402


# ---- the spaCy pipeline ---------------------------------------------------------------------
@pytest.fixture(scope="session")
def nlp_pipeline():
    """The full newswatch pipeline (base model + our components), loaded once a session."""
    return _pipeline()


@pytest.fixture
def pipeline_loaded_once(monkeypatch, nlp_pipeline):
    """Code that loads the pipeline itself (enrich, analyse) gets the session's pipeline
    instead of loading the model again."""
    monkeypatch.setattr("nlp.pipeline.load_pipeline", lambda **kw: nlp_pipeline)
    return nlp_pipeline


@pytest.fixture
def no_classifier(monkeypatch):
    """enrich runs as if no classifier model were installed (findings only)."""
    monkeypatch.setattr("nlp.enrich._classifier", lambda: (None, "no classifier model (test)"))


# ---- the organisation gazetteer (nlp/data/gazetteer) -----------------------------------------
@pytest.fixture(scope="session")
def gazetteer_files() -> dict[str, list[dict]]:
    """The gazetteer's entries by file name, each with its "_where" (file:line)."""
    return load_gazetteer()


@pytest.fixture(scope="session")
def gazetteer_entries(gazetteer_files) -> list[dict]:
    """Every gazetteer entry, in file order."""
    return [e for es in gazetteer_files.values() for e in es]
