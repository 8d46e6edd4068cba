"""The pipeline's identity (nlp/pipeline.py)."""
from __future__ import annotations

from nlp.pipeline import NLP_VERSION


def test_version_is_a_string():
    assert isinstance(NLP_VERSION, str) and NLP_VERSION
