"""Validates the held-out quote set (tests/data/quotes_heldout.json) with the same per-article
checks (tests/annotation_helpers.py) that the development set gets: quote texts are
exactly the quoted words of their paragraph range, indices are valid, every quoted stretch is
annotated once (as a quote or a not-quote), speakers and people are in the text, known
organisations carry their gazetteer names, and each case tag really shows in its article.

The held-out set was written without looking at the quote extractor's rules; it is scored by
`benchmarks/quotes.py --data tests/data/quotes_heldout.json` and must not be used for tuning."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from annotation_helpers import DEV_PATH, REQUIRED_CASES, check_article

HELDOUT_PATH = Path(__file__).resolve().parent / "data" / "quotes_heldout.json"


def _articles():
    return json.loads(HELDOUT_PATH.read_text(encoding="utf-8"))


def test_heldout_size_and_ids():
    held = _articles()
    assert isinstance(held, list) and len(held) >= 20
    ids = [a["id"] for a in held]
    assert len(ids) == len(set(ids))
    dev_ids = {a["id"] for a in json.loads(DEV_PATH.read_text(encoding="utf-8"))}
    assert not set(ids) & dev_ids, "held-out ids must not reuse development-set ids"


def test_heldout_shares_no_paragraph_with_dev_set():
    dev_paras = {p for a in json.loads(DEV_PATH.read_text(encoding="utf-8")) for p in a["paragraphs"]}
    shared = [p[:60] for a in _articles() for p in a["paragraphs"] if p in dev_paras]
    assert not shared, shared


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a["id"])
def test_heldout_article(article, gazetteer_entries):
    check_article(article, gazetteer_entries)


def test_heldout_covers_the_required_cases_at_least_twice():
    counts = Counter(c for a in _articles() for c in a["cases"])
    thin = {c: counts[c] for c in REQUIRED_CASES if counts[c] < 2}
    assert not thin, f"cases covered by fewer than 2 held-out articles: {thin}"
    assert sum(1 for a in _articles() if not a["relevant"]) >= 4
