"""Tests for crawler.extract (one page in, one record out) and `newswatch extract`, on
saved pages in tests/pages/ that we wrote. The steps have their own test modules
(test_decode, test_fields_*, test_body, test_boilerplate, test_page_kind, test_dates).
No network, no ../shared."""
from __future__ import annotations

import json

import pytest

from crawler.extract import extract_article
from crawler.items import EXTRACTED_FIELDS, ArticleItem
from extract_pages import CURLY_TITLE, GAZETTE_URL, NEWSQUEST_URL, PAGES, REACH_URL, page, paragraphs
from newswatch.cli import main


@pytest.fixture(scope="module")
def newsquest(frozen_today) -> dict:
    return extract_article(page("newsquest_article.html"), NEWSQUEST_URL, today=frozen_today)


@pytest.fixture(scope="module")
def reach(frozen_today) -> dict:
    return extract_article(page("reach_article.html"), REACH_URL, content_type="text/html; charset=UTF-8",
                           today=frozen_today)


# ---------------------------------------------------------------- Newsquest-style page

def test_result_has_exactly_the_documented_keys(newsquest):
    assert tuple(newsquest) == EXTRACTED_FIELDS


def test_every_extracted_field_is_an_article_item_field():
    assert set(EXTRACTED_FIELDS) <= set(ArticleItem.fields)


def test_newsquest_metadata(newsquest):
    assert newsquest["url"] == NEWSQUEST_URL
    assert newsquest["canonical_url"] == NEWSQUEST_URL  # relative <link rel=canonical> made absolute
    assert newsquest["title"] == "Academy trust to take over Brookfield Primary School"
    # JSON-LD author list holds a Person and the publishing Organization: only the person.
    assert newsquest["authors"] == ["Priya Lomax"]
    # JSON-LD datePublished wins over meta article:published_time (07:00Z).
    assert newsquest["published"] == "2024-03-14T06:00:00+00:00"
    assert newsquest["modified"] == "2024-03-15T10:20:00+00:00"
    assert newsquest["section"] == "Education"
    assert newsquest["summary"] == (
        "Parents have raised concerns after Moorland Learning Trust was chosen to run "
        "Brookfield Primary School from September."
    )
    assert newsquest["language"] == "en"
    assert newsquest["is_article"] is True
    assert newsquest["page_kind"] == "article"
    assert "JSON-LD article type" in newsquest["reasons"]


def test_newsquest_body_keeps_the_article_paragraphs(newsquest):
    paras = paragraphs(newsquest)
    assert paras[0].startswith("Parents at Brookfield Primary School have said they were not consulted")
    assert paras[-1] == "The trust is expected to hold a meeting for parents at the school hall on March 26."
    assert len(paras) == 7
    assert "Karen Oduya, whose two children attend the school, said: “We found out from a letter" in paras[2]
    assert all(p == p.strip() and p for p in paras)
    assert "\n\n\n" not in newsquest["body"]
    assert newsquest["word_count"] == len(newsquest["body"].split())


@pytest.mark.parametrize("boilerplate", [
    "cookies", "Accept all cookies", "Share this article", "Facebook", "Read more",
    "Dalesford council cuts school transport", "Sign up to our Education newsletter",
    "straight to your inbox", "Subscribe", "Comments", "DalesfordDad", "Decisions made behind closed doors",
    "Report this comment", "Most Read", "Roadworks", "Picture: Dalesford Courier", "By Priya Lomax",
    "Education reporter", "All rights reserved", "Academies", "Recommended reading",
    "Trust accounts show reserves", "READ MORE", "Parents protest at school gates",
])
def test_newsquest_body_has_no_boilerplate(newsquest, boilerplate):
    assert boilerplate not in newsquest["body"]


# ---------------------------------------------------------------- Reach-style page

def test_reach_metadata(reach):
    assert reach["canonical_url"] == REACH_URL
    assert reach["title"] == "Outsourced school cleaners to strike over unpaid wages"
    assert reach["authors"] == ["Tom Reddy"]  # byline span, job title dropped
    assert reach["published"] == "2024-06-03T17:45:00+01:00"
    assert reach["modified"] == "2024-06-04T08:10:12+01:00"
    assert reach["section"] == "Mossley News"
    assert reach["summary"] == (
        "Cleaners employed by a private contractor at three Mossley academies say they have "
        "not been paid for overtime since January."
    )
    assert reach["language"] == "en"
    assert reach["is_article"] is True
    assert reach["page_kind"] == "article"


def test_reach_body(reach):
    paras = paragraphs(reach)
    assert paras[0] == ("Cleaners at three Mossley secondary schools will walk out next week in a "
                        "dispute over unpaid overtime, their union has announced.")
    assert paras[-1] == "The strike is due to begin on Monday, June 10, and last for three days."
    assert len(paras) == 6
    for junk in ("READ MORE", "Pennine Crest Academy Trust reveals", "sign up to our free newsletter",
                 "(Image: Supplied)", "Like this story?", "This site uses cookies", "WhatsApp",
                 "Bus route to Mossley Brook", "Tom Reddy", "Education Reporter", "Contact Us"):
        assert junk not in reach["body"], junk


# ---------------------------------------------------------------- windows-1252 pages

@pytest.mark.parametrize("name,content_type", [
    ("win1252_meta.html", None),
    ("win1252_header.html", "text/html; charset=windows-1252"),
])
def test_windows_1252_article_fields(name, content_type, frozen_today):
    record = extract_article(page(name), GAZETTE_URL, content_type=content_type, today=frozen_today)
    assert record["title"] == CURLY_TITLE
    assert record["authors"] == ["Owen Tregarth"]
    assert record["published"] == "2023-10-05T11:30:00+01:00"
    assert record["summary"] == "Councillors question the \u201cvalue for money\u201d of the trust\u2019s catering contract."
    assert "Cllr Megan Rowe told the children\u2019s services committee: \u201cParents are paying more" in record["body"]
    assert "\ufffd" not in record["body"]
    assert record["is_article"] is True


# ---------------------------------------------------------------- the command

def test_command_prints_one_json_line_per_file(capsys):
    code = main(["extract", str(PAGES / "newsquest_article.html"), str(PAGES / "tag.html")])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert len(out) == 2
    first, second = (json.loads(line) for line in out)
    assert first["file"] == str(PAGES / "newsquest_article.html")
    assert first["url"] == NEWSQUEST_URL  # the page's canonical URL stands in for a file's URL
    assert first["title"] == "Academy trust to take over Brookfield Primary School"
    assert first["is_article"] is True
    assert set(EXTRACTED_FIELDS) <= set(first)
    assert second["is_article"] is False and second["page_kind"] == "listing"


def test_command_missing_file_gives_error_line_and_exit_1(capsys, tmp_path):
    missing = tmp_path / "missing.html"
    code = main(["extract", str(missing), str(PAGES / "reach_article.html")])
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 1
    assert lines[0] == {"file": str(missing), "error": "no such file"}
    assert lines[1]["title"] == "Outsourced school cleaners to strike over unpaid wages"
    assert "missing.html" in captured.err and "no such file" in captured.err


def test_command_pretty(capsys):
    assert main(["extract", "--pretty", str(PAGES / "naive_date.html")]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["published"] == "2023-07-10T14:30:00+01:00"
