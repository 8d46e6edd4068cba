"""Tests for crawler.extract (article extraction) and `newswatch extract`, on saved pages
in tests/pages/ that we wrote. No network, no ../shared."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.extract import FIELDS, choose_body, clean_paragraphs, decode_html, extract_article

PAGES = Path(__file__).parent / "pages"
COURIER = "https://www.dalesfordcourier.co.uk"
NEWSQUEST_URL = COURIER + "/news/24101234.academy-trust-take-brookfield-primary-school/"
REACH_URL = "https://www.mossleypost.co.uk/news/mossley-news/outsourced-school-cleaners-strike-unpaid-29345678"
GAZETTE_URL = "https://www.harbourside-gazette.co.uk/news/23871234.trusts-catering-deal-questioned/"


def page(name: str) -> bytes:
    return (PAGES / name).read_bytes()


@pytest.fixture(scope="module")
def newsquest() -> dict:
    return extract_article(page("newsquest_article.html"), NEWSQUEST_URL)


@pytest.fixture(scope="module")
def reach() -> dict:
    return extract_article(page("reach_article.html"), REACH_URL, content_type="text/html; charset=UTF-8")


def paragraphs(record: dict) -> list[str]:
    return record["body"].split("\n\n")


# ---------------------------------------------------------------- Newsquest-style page

def test_result_has_exactly_the_documented_keys(newsquest):
    assert tuple(newsquest) == FIELDS


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


# ---------------------------------------------------------------- encodings

CURLY_TITLE = "Trust\u2019s \u00a31.2m catering deal questioned"


def test_decode_meta_charset_windows_1252():
    text, encoding = decode_html(page("win1252_meta.html"))
    assert encoding == "windows-1252"
    assert "<title>Trust\u2019s \u00a31.2m catering deal questioned \u2013 Harbourside Gazette</title>" in text
    assert "\u201cfull costs\u201d" in text


def test_decode_http_header_charset():
    body = page("win1252_header.html")
    assert b"charset" not in body
    text, encoding = decode_html(body, "text/html; charset=windows-1252")
    assert encoding == "windows-1252"
    assert CURLY_TITLE in text
    # ISO-8859-1 means windows-1252 (as in browsers): curly quotes still come out right.
    text, encoding = decode_html(body, "text/html; charset=ISO-8859-1")
    assert encoding == "windows-1252"
    assert "\u2018fully and fairly tendered\u2019" in text


def test_decode_wrong_or_missing_charsets_do_not_crash():
    cp1252 = page("win1252_header.html")
    # declared UTF-8 but it is not: falls back to detection, no exception, no U+FFFD
    text, _ = decode_html(cp1252, "text/html; charset=utf-8")
    assert CURLY_TITLE in text
    text, _ = decode_html(cp1252)  # nothing declared at all
    assert CURLY_TITLE in text
    text, encoding = decode_html(cp1252, "text/html; charset=no-such-charset")
    assert CURLY_TITLE in text
    # UTF-8 bytes served as windows-1252: the valid UTF-8 wins (no mojibake)
    utf8 = page("reach_article.html")
    text, encoding = decode_html(utf8, "text/html; charset=windows-1252")
    assert encoding == "utf-8" and "£600" in text
    text, encoding = decode_html(b"\xef\xbb\xbf<p>Caf\xc3\xa9</p>")
    assert (text, encoding) == ("<p>Café</p>", "utf-8")


@pytest.mark.parametrize("name,content_type", [
    ("win1252_meta.html", None),
    ("win1252_header.html", "text/html; charset=windows-1252"),
])
def test_windows_1252_article_fields(name, content_type):
    record = extract_article(page(name), GAZETTE_URL, content_type=content_type)
    assert record["title"] == CURLY_TITLE
    assert record["authors"] == ["Owen Tregarth"]
    assert record["published"] == "2023-10-05T11:30:00+01:00"
    assert record["summary"] == "Councillors question the \u201cvalue for money\u201d of the trust\u2019s catering contract."
    assert "Cllr Megan Rowe told the children\u2019s services committee: \u201cParents are paying more" in record["body"]
    assert "\ufffd" not in record["body"]
    assert record["is_article"] is True


# ---------------------------------------------------------------- dates

def test_naive_dates_are_europe_london_with_bst_and_gmt_offsets():
    record = extract_article(page("naive_date.html"),
                             "https://www.eastleighvale.co.uk/news/summer-school-places-offered-kingsmead-academy")
    assert record["published"] == "2023-07-10T14:30:00+01:00"  # July: BST
    assert record["modified"] == "2023-11-02T09:15:00+00:00"  # November: GMT
    assert record["authors"] == []
    assert record["section"] is None
    assert record["is_article"] is True


def test_visible_date_text_is_parsed_as_london_time():
    url = "https://www.wyebridgejournal.co.uk/news/parents-petition-against-school-merger-plan/"
    record = extract_article(page("visible_date.html"), url)
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


def _ld_page(ld: str, meta: str = "") -> str:
    body = "".join(f"<p>Paragraph {i} about the Fenwold Academy Trust budget and its plans for the schools it runs.</p>" for i in range(8))
    return (f"<html lang='en-GB'><head><title>Budget</title>{meta}<script type='application/ld+json'>{ld}</script>"
            f"</head><body><article><h1>Budget</h1>{body}</article></body></html>")


def test_date_only_gives_midnight_london_unless_something_better_exists():
    url = "https://www.example.co.uk/news/12345678.fenwold-budget/"
    ld = '{"@type": "NewsArticle", "headline": "Budget", "datePublished": "2024-05-20"}'
    assert extract_article(_ld_page(ld), url)["published"] == "2024-05-20T00:00:00+01:00"
    better = '<meta property="article:published_time" content="2024-05-20T07:15:00+01:00">'
    assert extract_article(_ld_page(ld, better), url)["published"] == "2024-05-20T07:15:00+01:00"
    winter = '{"@type": "NewsArticle", "headline": "Budget", "datePublished": "2024-01-08"}'
    assert extract_article(_ld_page(winter), url)["published"] == "2024-01-08T00:00:00+00:00"
    zulu = '{"@type": "NewsArticle", "headline": "Budget", "datePublished": "2024-05-20T06:15:00.000Z"}'
    assert extract_article(_ld_page(zulu), url)["published"] == "2024-05-20T06:15:00+00:00"


# ---------------------------------------------------------------- not articles

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
    assert tuple(record) == FIELDS


@pytest.mark.parametrize("data,reason", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"),
    (bytes(range(256)) * 4, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    (b"", "empty"),
    (b"just some words without markup", "no markup"),
])
def test_non_html_input_is_not_an_article_and_does_not_raise(data, reason):
    record = extract_article(data, "https://www.example.co.uk/files/report.pdf")
    assert record["is_article"] is False
    assert any(reason in r for r in record["reasons"])
    assert tuple(record) == FIELDS


# ---------------------------------------------------------------- body helpers

def test_clean_paragraphs_drops_standalone_boilerplate_only():
    text = ("First real paragraph about the trust.\nRead more: Council cuts transport\n"
            "Sign up to our newsletter\nShare this article\nAdvertisement\n"
            "The head said she would read more widely about the plans.\nBy Jane Doe\n")
    assert clean_paragraphs(text) == [
        "First real paragraph about the trust.",
        "The head said she would read more widely about the plans.",
    ]


def test_choose_body_uses_json_ld_to_drop_leftovers_and_fill_gaps():
    article = [f"Sentence number {i} says the Fenwold trust will review its contracts next year." for i in range(6)]
    reasons: list[str] = []
    chosen = choose_body(article + ["Subscribe for unlimited access to local journalism today"], article, reasons)
    assert chosen == article and reasons
    reasons = []
    assert choose_body(article[:2], article, reasons) == article  # trafilatura missed most of it
    assert choose_body(article, ["too short"], []) == article
    # A truncated JSON-LD copy (a teaser) must not cut the article short.
    longer = article + [f"Later paragraph {i} explains how the review will involve parents and staff." for i in range(6)]
    assert choose_body(longer, article[:3], []) == longer


# ---------------------------------------------------------------- the command

def test_command_prints_one_json_line_per_file(capsys):
    from newswatch.cli import main

    code = main(["extract", str(PAGES / "newsquest_article.html"), str(PAGES / "tag.html")])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert len(out) == 2
    first, second = (json.loads(line) for line in out)
    assert first["file"] == str(PAGES / "newsquest_article.html")
    assert first["url"] == NEWSQUEST_URL  # the page's canonical URL stands in for a file's URL
    assert first["title"] == "Academy trust to take over Brookfield Primary School"
    assert first["is_article"] is True
    assert set(FIELDS) <= set(first)
    assert second["is_article"] is False and second["page_kind"] == "listing"


def test_command_missing_file_gives_error_line_and_exit_1(capsys, tmp_path):
    from newswatch.cli import main

    missing = tmp_path / "missing.html"
    code = main(["extract", str(missing), str(PAGES / "reach_article.html")])
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert code == 1
    assert lines[0] == {"file": str(missing), "error": "no such file"}
    assert lines[1]["title"] == "Outsourced school cleaners to strike over unpaid wages"
    assert "missing.html" in captured.err and "no such file" in captured.err


def test_command_pretty(capsys):
    from newswatch.cli import main

    assert main(["extract", "--pretty", str(PAGES / "naive_date.html")]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["published"] == "2023-07-10T14:30:00+01:00"


# ---------------------------------------------------------------- more edge cases

@pytest.mark.parametrize("value,expected", [
    ("2024-03-14T06:00:00+0000", "2024-03-14T06:00:00+00:00"),
    ("2024-07-14 06:00:00", "2024-07-14T06:00:00+01:00"),
    ("2024-07-14T06:00:00.123Z", "2024-07-14T06:00:00+00:00"),
    ("Sun, 14 Jul 2024 06:00:00 GMT", "2024-07-14T06:00:00+00:00"),
    ("Published: 14 July 2024 at 6:05pm", "2024-07-14T18:05:00+01:00"),
    ("July 14, 2024 6:05 PM EDT", "2024-07-14T18:05:00-04:00"),
    ("14 December 2023, 10:30", "2023-12-14T10:30:00+00:00"),
])
def test_parse_datetime(value, expected):
    from crawler.fields import format_datetime, parse_datetime

    parsed = parse_datetime(value)
    assert parsed is not None and parsed[1] is True
    assert format_datetime(parsed[0]) == expected


def test_placeholder_dates_are_ignored():
    url = "https://www.example.co.uk/news/12345678.fenwold-budget/"
    ld = '{"@type": "NewsArticle", "headline": "Budget", "datePublished": "0001-01-01T00:00:00Z"}'
    meta = '<meta property="article:published_time" content="2024-02-05T09:00:00Z">'
    assert extract_article(_ld_page(ld, meta), url)["published"] == "2024-02-05T09:00:00+00:00"


def test_wire_story_has_no_author_and_no_dateline_as_author():
    ld = '{"@type": "NewsArticle", "headline": "Budget", "author": {"@type": "Person", "name": "PA Media"}}'
    html = _ld_page(ld).replace("<article>", "<article><p class='byline'>Fenwold</p>")
    record = extract_article(html, "https://www.example.co.uk/news/12345678.fenwold-budget/")
    assert record["authors"] == []


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


def test_body_split_over_two_containers_is_joined():
    first = "".join(f"<p>First half paragraph {i}: the Oakvale Trust said its cleaning contract would be reviewed by the board in the spring.</p>" for i in range(5))
    second = "".join(f"<p>Second half paragraph {i}: unions said staff transferred to the contractor had lost sick pay and pension rights.</p>" for i in range(3))
    html = (
        "<html lang='en'><head><title>Oakvale</title><meta property='og:type' content='article'></head><body>"
        f"<div class='layout'><div class='body article__body'>{first}</div>"
        "<div class='ad-slot'><span>Advertisement</span></div>"
        f"<div class='body article__body'>{second}<ul><li><a href='/x'>More stories</a> you may like</li></ul></div></div>"
        "</body></html>"
    )
    record = extract_article(html, "https://www.example.co.uk/news/12345678.oakvale-cleaning/")
    paras = paragraphs(record)
    assert paras[0].startswith("First half paragraph 0")
    assert paras[-1].startswith("Second half paragraph 2")
    assert len(paras) == 8
    assert "More stories" not in record["body"]
    assert any("split body containers" in r for r in record["reasons"])


@pytest.mark.parametrize("byline,names", [
    ("By Jane Smith", ["Jane Smith"]),
    ("By Jane Smith, Local Democracy Reporter", ["Jane Smith"]),
    ("Jane Smith Education Reporter", ["Jane Smith"]),
    ("By Jane Smith and Tom Jones", ["Jane Smith", "Tom Jones"]),
    ("By Jane Smith 14th March 2024", ["Jane Smith"]),
    ("Mike Hale and Ann Owen Monday, November 18, 2019", ["Mike Hale", "Ann Owen"]),
    ("By Theresa May", ["Theresa May"]),
    ("By June Whitley", ["June Whitley"]),
])
def test_byline_names(byline, names):
    from crawler.fields import _split_names

    assert _split_names(byline) == names
