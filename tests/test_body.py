"""Tests for crawler.body: the better of trafilatura's text and the JSON-LD articleBody,
a body split over two containers joined, and the paragraph fallback when trafilatura
raises. Pages we wrote (tests/hostile_pages.py and inline). No network."""
from __future__ import annotations

from crawler import body
from crawler.body import choose_body
from crawler.extract import extract_article
from extract_pages import paragraphs
from hostile_pages import HOSTILE, PARAGRAPHS, TITLE, URL


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


def test_body_falls_back_to_the_paragraphs_when_trafilatura_raises(monkeypatch):
    def raises(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(body, "trafilatura_text", raises)
    record = extract_article(HOSTILE["bad-canonical"](), URL)
    assert record["is_article"] is True and record["title"] == TITLE
    assert record["body"].split("\n\n") == PARAGRAPHS
    assert any(r.startswith("trafilatura failed (RecursionError") for r in record["reasons"])
