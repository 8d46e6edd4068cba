"""Plain helpers for the NLP tests: the spaCy pipeline loaded once per session, and the two
hand-annotated seed articles. The `nlp_pipeline` fixture built on them is in conftest.py:

    def test_something(nlp_pipeline):
        doc = nlp_pipeline("...")
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

from nlp.pipeline import load_pipeline

DATA = Path(__file__).parent / "data"


@functools.lru_cache(maxsize=None)
def _pipeline():
    """The full newswatch pipeline (base model + our components), loaded once."""
    return load_pipeline(batch_size=32)


def seed_articles() -> list[dict]:
    """The two hand-annotated seed articles (tests/data/seeds_gold.json)."""
    return json.loads((DATA / "seeds_gold.json").read_text(encoding="utf-8"))


def article_text(article: dict) -> str:
    """A gold article's paragraphs as analysed text (blank-line separated)."""
    return "\n\n".join(article["paragraphs"])
