"""Tests for crawler.fields.published: when the article was published and modified, read
from JSON-LD, meta tags, <time> and visible date text; Europe/London for naive times;
placeholder and far-future dates ignored. Dates are judged against a fixed "today"
(the frozen_today fixture). Saved pages we wrote (tests/pages/). No network."""
from __future__ import annotations

import datetime as dt
import json

from crawler.extract import extract_article
from crawler.fields.page import Page
from crawler.fields.published import metadata_published, parse_published
from crawler.htmltree import parse_tree
from extract_pages import LD_URL, ld_page, page, paragraphs
from hostile_pages import TITLE, URL, article_page


def test_naive_dates_are_europe_london_with_bst_and_gmt_offsets(frozen_today):
    record = extract_article(page("naive_date.html"),
                             "https://www.eastleighvale.co.uk/news/summer-school-places-offered-kingsmead-academy",
                             today=frozen_today)
    assert record["published"] == "2023-07-10T14:30:00+01:00"  # July: BST
    assert record["modified"] == "2023-11-02T09:15:00+00:00"  # November: GMT
    assert record["authors"] == []
    assert record["section"] is None
    assert record["is_article"] is True


def test_visible_date_text_is_parsed_as_london_time(frozen_today):
    url = "https://www.wyebridgejournal.co.uk/news/parents-petition-against-school-merger-plan/"
    record = extract_article(page("visible_date.html"), url, today=frozen_today)
    assert record["published"] == "2024-01-03T08:05:00+00:00"
    assert record["modified"] is None
    assert record["authors"] == ["Lucy Fenwick"]
    assert record["title"] == "Parents petition against school merger plan"
    assert record["canonical_url"] == url  # no canonical in the page: the URL as given
    assert record["is_article"] is True
    # Hard-wrapped source lines and <br> inside a paragraph do not split the paragraph.
    assert paragraphs(record)[-2:] == [
        "A consultation on the proposal runs until February 9, and a decision is expected at the trust board meeting in March.",
        "Parents can respond online or at the school office, which is open from 8am to 4pm on weekdays.",
    ]


def test_date_only_gives_midnight_london_unless_something_better_exists(frozen_today):
    def published(html: str) -> str | None:
        return extract_article(html, LD_URL, today=frozen_today)["published"]

    ld = '{"@type": "NewsArticle", "headline": "Budget", "datePublished": "2024-05-20"}'
    assert published(ld_page(ld)) == "2024-05-20T00:00:00+01:00"
    better = '<meta property="article:published_time" content="2024-05-20T07:15:00+01:00">'
    assert published(ld_page(ld, better)) == "2024-05-20T07:15:00+01:00"
    winter = '{"@type": "NewsArticle", "headline": "Budget", "datePublished": "2024-01-08"}'
    assert published(ld_page(winter)) == "2024-01-08T00:00:00+00:00"
    zulu = '{"@type": "NewsArticle", "headline": "Budget", "datePublished": "2024-05-20T06:15:00.000Z"}'
    assert published(ld_page(zulu)) == "2024-05-20T06:15:00+00:00"


def test_placeholder_dates_are_ignored(frozen_today):
    ld = '{"@type": "NewsArticle", "headline": "Budget", "datePublished": "0001-01-01T00:00:00Z"}'
    meta = '<meta property="article:published_time" content="2024-02-05T09:00:00Z">'
    assert extract_article(ld_page(ld, meta), LD_URL, today=frozen_today)["published"] == "2024-02-05T09:00:00+00:00"


def test_a_date_after_next_year_is_not_believed(frozen_today):
    """Against a fixed today (2024-07-01): next year's date is kept, the year after's
    (a typo or a placeholder) gives way to the next source, whatever the real clock says."""
    def published(date: str) -> str | None:
        ld = json.dumps({"@type": "NewsArticle", "headline": "Budget", "datePublished": date})
        meta = '<meta property="article:published_time" content="2024-02-05T09:00:00Z">'
        return extract_article(ld_page(ld, meta), LD_URL, today=frozen_today)["published"]

    assert frozen_today.year == 2024
    assert published("2025-12-31T10:00:00Z") == "2025-12-31T10:00:00+00:00"
    assert published("2026-01-01T10:00:00Z") == "2024-02-05T09:00:00+00:00"
    # the same page judged a year later keeps the 2026 date
    ld = json.dumps({"@type": "NewsArticle", "headline": "Budget", "datePublished": "2026-01-01T10:00:00Z"})
    page_2025 = Page.from_tree(parse_tree(ld_page(ld)), LD_URL, today=dt.date(2025, 1, 1))
    assert parse_published(page_2025) == "2026-01-01T10:00:00+00:00"
    assert metadata_published(page_2025)
    page_2024 = Page.from_tree(parse_tree(ld_page(ld)), LD_URL, today=frozen_today)
    assert parse_published(page_2024) is None and not metadata_published(page_2024)


def test_numeric_date_gives_no_date_and_claims_none(frozen_today):
    ld = json.dumps({"@type": "NewsArticle", "headline": TITLE, "datePublished": 1712647800})
    record = extract_article(article_page(metadata=False, head=f'<script type="application/ld+json">{ld}</script>'), URL,
                             today=frozen_today)
    assert record["published"] is None
    assert "published time in metadata" not in record["reasons"]
    assert not any("datePublished" in r and "outranks" in r for r in record["reasons"])
