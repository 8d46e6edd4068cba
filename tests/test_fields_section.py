"""Tests for crawler.fields.section: the section from a BreadcrumbList whose positions are
words or whose items are not objects."""
from __future__ import annotations

from crawler.extract import extract_article
from hostile_pages import HOSTILE, URL


def test_breadcrumbs_with_word_positions_and_junk_items():
    assert extract_article(HOSTILE["breadcrumb-first"](), URL)["section"] == "Education"
    assert extract_article(HOSTILE["breadcrumb-non-objects"](), URL)["section"] is None  # one real item
