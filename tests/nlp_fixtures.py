"""Shared spaCy pipeline for tests: load it once per test session.

    from nlp_fixtures import nlp_pipeline  # noqa: F401  (the fixture)

    def test_something(nlp_pipeline):
        doc = nlp_pipeline("...")
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"


@functools.lru_cache(maxsize=None)
def _pipeline():
    from nlp.pipeline import load_pipeline

    return load_pipeline(batch_size=32)


@pytest.fixture(scope="session")
def nlp_pipeline():
    """The full newswatch pipeline (base model + our components), loaded once."""
    return _pipeline()


def seed_articles() -> list[dict]:
    """The two hand-annotated seed articles (tests/data/seeds_gold.json)."""
    return json.loads((DATA / "seeds_gold.json").read_text(encoding="utf-8"))


def article_text(article: dict) -> str:
    """A gold article's paragraphs as analysed text (blank-line separated)."""
    return "\n\n".join(article["paragraphs"])
