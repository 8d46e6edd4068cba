"""Tests for crawler.fields.title: a JSON-LD headline that is not one string is not
guessed from; og:title, then the <h1>, stand in."""
from __future__ import annotations

import json

from crawler.extract import extract_article
from hostile_pages import TITLE, URL, article_page


def test_list_headline_falls_back_to_og_title_then_h1():
    ld = json.dumps({"@type": "NewsArticle", "headline": ["Latest", "Herald"]})
    no_og = article_page(metadata=False, head=f'<script type="application/ld+json">{ld}</script>')
    assert extract_article(no_og, URL)["title"] == TITLE  # from <h1>
    one = json.dumps({"@type": "NewsArticle", "headline": ["Trust defends its contract"]})
    single = article_page(metadata=False, head=f'<script type="application/ld+json">{one}</script>')
    assert extract_article(single, URL)["title"] == "Trust defends its contract"  # a one-item list is fine
