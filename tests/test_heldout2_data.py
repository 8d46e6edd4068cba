"""Validates the second held-out quote set (tests/data/quotes_heldout2.json) with the same
per-article checks (tests/annotation_helpers.py) that the development set gets: quote
texts are exactly the quoted words of their paragraph range, indices are valid, every quoted
stretch is annotated once (as a quote or a not-quote), speakers and people are in the text,
known organisations carry their gazetteer names, and each case tag really shows in its article.

The set was written blind (without reading the quote extractor or the other annotated sets'
wording); it is scored by `benchmarks/quotes.py --data tests/data/quotes_heldout2.json` and
must never be used for tuning. See docs/quotes_heldout2.md."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from annotation_helpers import DEV_PATH, REQUIRED_CASES, check_article

DATA = Path(__file__).resolve().parent / "data"
HELDOUT2_PATH = DATA / "quotes_heldout2.json"
# Other annotated sets this one must not overlap (ids or paragraphs); missing files are skipped.
OTHER_SETS = [DEV_PATH, DATA / "quotes_heldout.json", DATA / "site_gold.json"]


def _articles():
    return json.loads(HELDOUT2_PATH.read_text(encoding="utf-8"))


def _others():
    return [a for path in OTHER_SETS if path.exists() for a in json.loads(path.read_text(encoding="utf-8"))]


def test_heldout2_size_and_ids():
    held = _articles()
    assert isinstance(held, list) and len(held) == 20
    ids = [a["id"] for a in held]
    assert ids == [f"h2-{n:03d}" for n in range(1, 21)]
    assert not set(ids) & {a["id"] for a in _others()}, "ids must not reuse another set's ids"


def test_heldout2_shares_no_paragraph_with_other_sets():
    other_paras = {p for a in _others() for p in a["paragraphs"]}
    assert other_paras, "the development set should be there to compare against"
    shared = [p[:60] for a in _articles() for p in a["paragraphs"] if p in other_paras]
    assert not shared, shared


def test_heldout2_articles_are_short():
    for a in _articles():
        assert 4 <= len(a["paragraphs"]) <= 9, a["id"]


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a["id"])
def test_heldout2_article(article, gazetteer_entries):
    check_article(article, gazetteer_entries)


def test_heldout2_covers_the_required_cases_at_least_twice():
    counts = Counter(c for a in _articles() for c in a["cases"])
    thin = {c: counts[c] for c in REQUIRED_CASES if counts[c] < 2}
    assert not thin, f"cases covered by fewer than 2 articles: {thin}"
    assert sum(1 for a in _articles() if not a["relevant"]) >= 4
