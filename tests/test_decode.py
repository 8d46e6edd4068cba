"""Tests for crawler.decode: bytes to text (charsets, BOMs, bad bytes), control
characters, and pages that are not HTML at all. Saved pages we wrote (tests/pages/,
tests/hostile_pages.py). No network."""
from __future__ import annotations

import pytest

from crawler.decode import decode_html
from crawler.extract import extract_article
from crawler.items import EXTRACTED_FIELDS
from extract_pages import CURLY_TITLE, page
from hostile_pages import PARAGRAPHS, TITLE, URL, article_page


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


def test_declared_utf8_with_one_bad_byte_stays_utf8():
    html = article_page().replace("Kestrel Schools Trust has", "Kestrel Schools – Trust has")
    data = html.encode("utf-8").replace("–".encode("utf-8"), b"\xe2\x80")  # a truncated character
    data = data.replace(b"nutritionist", "nutritionist’s".encode("utf-8"))
    record = extract_article(data, URL)
    assert record["is_article"] is True
    assert "Kestrel Schools \ufffd Trust" in record["body"] and "nutritionist’s" in record["body"]


@pytest.mark.parametrize("junk", ["\x00", "\x0b\x1f", "\ud800"])
def test_stray_control_characters_and_surrogates_cost_nothing(junk):
    html = article_page(head=f'<meta name="description" content="A{junk}B">').replace(
        "Kestrel Schools Trust has", f"Kestrel Schools{junk} Trust has")
    record = extract_article(html, URL)
    assert record["is_article"] is True and record["title"] == TITLE
    first = record["body"].split("\n\n")[0]
    assert first.replace("\ufffd", "") == PARAGRAPHS[0]


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
    assert tuple(record) == EXTRACTED_FIELDS
