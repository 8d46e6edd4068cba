"""Tests for crawler.htmltree: markup nested deeper than libxml2 builds is flattened;
pages of ordinary depth are parsed as they are."""
from __future__ import annotations

from crawler.htmltree import flatten, parse_tree, tree_depth
from hostile_pages import article_page


def test_deep_nesting_keeps_the_tree_of_ordinary_pages_untouched():
    assert tree_depth(parse_tree(article_page(depth=3000))) < 250
    shallow = article_page(depth=10)
    assert tree_depth(parse_tree(shallow)) >= 12  # not flattened
    flat = flatten("<div>" * 100 + "<p>a &amp; b<br>c</p>" + "</div>" * 100)
    assert flat.count("<div>") == 60 and "<p>a &amp; b<br>c</p>" in flat
