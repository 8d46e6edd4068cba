"""Property-based tests (hypothesis) for the crawler's field helpers: whatever a page's
metadata holds, extraction never raises, a bad field costs that field only, and a byline
is only read from names that are in the line."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.bylines import byline_names
from crawler.extract import extract_article
from crawler.items import EXTRACTED_FIELDS
from hostile_pages import PARAGRAPHS, TITLE, URL, article_page

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
hrefs = st.text(alphabet="htps:/[]:.%@#?&=1 abc\u00a0\x00", max_size=30)


@SETTINGS
@given(headline=json_values, published=json_values, section=json_values, author=json_values,
       crumbs=json_values, href=hrefs)
def test_any_metadata_costs_at_most_its_field(headline, published, section, author, crumbs, href):
    ld = [{"@type": "NewsArticle", "headline": headline, "datePublished": published,
           "articleSection": section, "author": author},
          {"@type": "BreadcrumbList", "itemListElement": crumbs}]
    html = article_page(ld=json.dumps(ld).replace("</", "<\\/"),
                        head=f'<link rel="canonical" href="{href.replace(chr(34), "")}">')
    record = extract_article(html, URL)
    assert tuple(record) == EXTRACTED_FIELDS
    assert record["is_article"] is True
    # (a string headline other than the <h1> wins the title; the <h1> then stays in the body)
    assert [p for p in record["body"].split("\n\n") if p != TITLE] == PARAGRAPHS
    # JSON-LD may wrap one value in a list (fields.page.ld_single_text): that is still one headline
    one = headline[0] if isinstance(headline, list) and len(headline) == 1 else headline
    if isinstance(one, dict):
        one = one.get("@value")
    if not (isinstance(one, str) and one.strip()):
        assert record["title"] == TITLE  # og:title, not a list/number/object headline
    assert all(isinstance(a, str) and a for a in record["authors"])
    assert record["canonical_url"].startswith(("http://", "https://"))


@SETTINGS
@given(st.text(max_size=80))
def test_byline_names_never_raise_and_come_from_the_line(line):
    names = byline_names(line)
    assert names is None or all(isinstance(n, str) and n for n in names)
    for name in names or []:
        for word in name.split():
            assert word.lower().replace("’", "'") in line.lower().replace("’", "'")


@SETTINGS
@given(depth=st.integers(min_value=0, max_value=1200), wrapper=st.sampled_from(["div", "span", "section", "b", "p"]))
def test_any_nesting_depth_gives_the_article(depth, wrapper):
    record = extract_article(article_page(depth=depth, wrapper=wrapper), URL)
    assert record["title"] == TITLE
    for paragraph in PARAGRAPHS:
        assert paragraph in record["body"]
