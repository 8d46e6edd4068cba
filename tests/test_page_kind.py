"""Tests for crawler.page_kind: article, listing or other, from the URL, the title, the
page's own metadata and the shape of its body; structured article metadata outranks the
teaser heuristics. Saved pages we wrote (tests/pages/, tests/short_site.py). No network."""
from __future__ import annotations

import random

import pytest

from crawler.extract import extract_article
from crawler.items import EXTRACTED_FIELDS
from crawler.page_kind import url_article_like, url_kind
from extract_pages import COURIER, REACH_URL, page
from short_site import article_page as short_article_page
from short_site import story


@pytest.mark.parametrize("name,url,kind", [
    ("home.html", COURIER + "/", "listing"),
    ("home.html", COURIER + "/news/education/", "listing"),  # section page: from its content
    ("tag.html", COURIER + "/tag/academies/", "listing"),
    ("tag.html", COURIER + "/academies-news", "listing"),  # no telling URL: from its content
    ("author.html", COURIER + "/author/priya-lomax/", "listing"),
    ("author.html", COURIER + "/people/priya-lomax", "listing"),
    ("contact.html", COURIER + "/contact-us/", "other"),
    ("contact.html", COURIER + "/get-in-touch", "other"),
    ("terms.html", COURIER + "/terms-and-conditions/", "other"),
    ("terms.html", COURIER + "/legal/site-rules", "other"),
])
def test_non_article_pages(name, url, kind):
    record = extract_article(page(name), url)
    assert record["is_article"] is False
    assert record["page_kind"] == kind
    assert record["reasons"]
    assert tuple(record) == EXTRACTED_FIELDS


def test_article_with_many_dated_teasers_in_sidebar_is_still_an_article():
    teasers = "".join(
        f'<li><a href="/news/2930000{i}-story">Other story number {i} about local schools</a> '
        f'<time datetime="2024-06-0{i}T10:00:00+01:00">{i} June</time></li>' for i in range(1, 8))
    html = page("reach_article.html").decode("utf-8").replace(
        '<section class="related-content">', f'<section class="related-content"><ul>{teasers}</ul>')
    record = extract_article(html, REACH_URL)
    assert record["is_article"] is True
    assert "Other story number" not in record["body"]


def test_newsquest_archive_urls_are_articles():
    url = COURIER + "/archive/2005/03/14/7123456.Academy_trust_to_take_over_Brookfield_Primary/"
    assert extract_article(page("newsquest_article.html"), url)["is_article"] is True


def _short_pages(n: int, seed: int = 3):
    rng = random.Random(seed)
    links = [(f"/news/3100000{k}.other-story-{k}/", f"Other school staff story number {k} in the series") for k in range(3)]
    for i in range(n):
        title, paragraphs = story(rng, i)
        path = f"/news/{31000000 + i}.school-staff-story-{i}/"
        yield path, title, paragraphs, short_article_page(path, title, paragraphs, "Rhys Morgan", 1 + i % 28, links, rng)


def test_short_articles_with_a_related_box_are_kept():
    for path, title, paragraphs, html in _short_pages(40):
        record = extract_article(html.replace("{{base}}", "http://127.0.0.1:8000"), "http://127.0.0.1:8000" + path)
        assert record["is_article"] is True, (path, record["reasons"])
        assert record["title"] == title
        assert record["body"].split("\n\n") == paragraphs  # the related links are not body text
        assert 100 <= record["word_count"] <= 200


def test_structured_metadata_outranks_teaser_heuristics_but_not_without_it():
    teasers = "".join(
        f'<div class="card"><h3><a href="/news/2450{i:04d}.story-{i}/">Council agrees new plan for the '
        f'school run number {i}</a></h3><p>Parents in the village of Eskdale said the change to bus '
        f'times, number {i}, came without any warning to them.</p></div>' for i in range(8))
    listing = ("<html><head><title>Education news</title><meta property='og:type' content='website'></head>"
               f"<body><h1>Education</h1>{teasers}</body></html>")
    url = "https://www.kestrelherald.co.uk/education/schools-and-trusts-latest-news-today/"
    record = extract_article(listing, url)
    assert record["is_article"] is False and record["page_kind"] == "listing"
    assert any("teaser" in r for r in record["reasons"])
    claimed = listing.replace("content='website'>", "content='article'><meta property='article:published_time' "
                              "content='2024-04-09T08:30:00+01:00'>")
    kept = extract_article(claimed, url)
    assert kept["is_article"] is True
    assert any(r.startswith("kept although") and "og:type article with article:published_time" in r
               for r in kept["reasons"])


@pytest.mark.parametrize("url,kind", [
    (COURIER + "/", "listing"),
    (COURIER + "/index.html", "listing"),
    (COURIER + "/tag/academies/", "listing"),
    (COURIER + "/news/page/3/", "listing"),
    (COURIER + "/search?q=academy", "listing"),
    (COURIER + "/contact-us/", "other"),
    (COURIER + "/privacy-policy.html", "other"),
    (COURIER + "/news/24101234.academy-trust-take-brookfield-primary-school/", None),
    (COURIER + "/news/page-turner-review/", None),  # "page" not followed by a number
])
def test_url_kind(url, kind):
    found, why = url_kind(url)
    assert found == kind
    assert bool(why) is (kind is not None)


def test_url_article_like():
    assert url_article_like(COURIER + "/news/24101234.academy-trust/")  # numeric id
    assert url_article_like(COURIER + "/2019/04/trust-news/")  # /yyyy/mm/
    assert url_article_like(COURIER + "/news/academy-trust-to-take-over-brookfield-school")  # long slug
    assert not url_article_like(COURIER + "/news/education/")
