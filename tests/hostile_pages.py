"""Hostile-but-real article pages: a fine article whose metadata is malformed or whose
markup is nested absurdly deep. Each must come out as an article with its body and
title; the bad field costs that field only.

    from hostile_pages import HOSTILE, TITLE, PARAGRAPHS, article_page
    html = HOSTILE["bad-canonical"]()       # the page as text

The article text is written for these tests. Used by tests/test_extract_hostile.py and
tests/test_pipelines.py (the same pages through the spider and the item pipelines).
"""
from __future__ import annotations

import json

URL = "https://www.kestrelherald.co.uk/news/24601234.trust-defends-catering-contract/"
TITLE = "Trust defends school catering contract after complaints"
PARAGRAPHS = [
    "Kestrel Schools Trust has defended its decision to hand school catering to a private firm "
    "after parents complained about smaller portions and cold meals at three primary schools.",
    "The trust said the contract had been awarded after a fair tender and that the firm was "
    "meeting the standards set out in it, including the national school food standards.",
    "Parents at Brindle Primary collected more than 400 signatures on a petition asking the "
    "trust to publish the contract and the results of its own checks on the meals served.",
    "A spokesperson for the firm said it was working with the schools to resolve any concerns "
    "and that menus had been reviewed by a nutritionist before the start of term.",
]
GOOD_LD = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE,
           "datePublished": "2024-04-09T08:30:00+01:00"}


def article_page(*, head: str = "", ld: str | None = None, depth: int = 0, wrapper: str = "div",
                 metadata: bool = True) -> str:
    """The article page; `head` is extra <head> markup, `ld` replaces the JSON-LD block,
    `depth` wraps the article in that many `wrapper` elements, `metadata` False leaves
    out every title/date tag but <h1> (the title must then come from the body markup)."""
    ld_block = ld if ld is not None else json.dumps(GOOD_LD)
    meta = ""
    if metadata:
        meta = (f'<title>{TITLE} | Kestrel Herald</title>\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{TITLE}">\n'
                '<meta property="article:published_time" content="2024-04-09T08:30:00+01:00">\n'
                f'<script type="application/ld+json">{ld_block}</script>\n')
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f'<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">\n{meta}{head}</head><body>\n'
            f'<nav><a href="/">Home</a> <a href="/news/">News</a></nav>\n'
            f"{f'<{wrapper}>' * depth}<article><h1>{TITLE}</h1>\n{body}\n</article>{f'</{wrapper}>' * depth}\n"
            '<footer><a href="/contact/">Contact us</a></footer></body></html>\n')


def _ld(**fields) -> str:
    return json.dumps({**GOOD_LD, **fields})


HOSTILE = {
    "bad-canonical": lambda: article_page(head='<link rel="canonical" href="http://[::1">'),
    "bad-og-url-port": lambda: article_page(head='<meta property="og:url" content="https://example.com:99999/x">'),
    "deep-json-ld": lambda: article_page(ld="[" * 100_000 + "]" * 100_000),
    "deep-json-ld-object": lambda: article_page(
        ld='{"@type": "NewsArticle", "author": ' + '{"a": ' * 50_000 + "1" + "}" * 50_000 + "}"),
    "list-headline": lambda: article_page(ld=_ld(headline=["Latest news", "Kestrel Herald"])),
    "object-headline": lambda: article_page(ld=_ld(headline={"name": "Kestrel Herald"})),
    "numeric-date": lambda: article_page(ld=_ld(datePublished=20240409)),
    "breadcrumb-first": lambda: article_page(ld=json.dumps([GOOD_LD, {
        "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": "first", "name": "Home"},
            {"@type": "ListItem", "position": "second", "name": "Education"},
            {"@type": "ListItem", "position": "third", "name": TITLE}]}])),
    "breadcrumb-non-objects": lambda: article_page(ld=json.dumps([GOOD_LD, {
        "@type": "BreadcrumbList", "itemListElement": ["Home", 7, None, {"position": 1, "name": "News"}]}])),
    "breadcrumb-not-a-list": lambda: article_page(ld=json.dumps([GOOD_LD, {
        "@type": "BreadcrumbList", "itemListElement": "Home > News"}])),
    "nested-300": lambda: article_page(depth=300),
    "nested-600": lambda: article_page(depth=600),
    "nested-3000": lambda: article_page(depth=3000),
    "nested-3000-spans": lambda: article_page(depth=3000, wrapper="span"),
    "nested-3000-blockquotes": lambda: article_page(depth=3000, wrapper="blockquote"),
    "nested-600-no-metadata": lambda: article_page(depth=600, metadata=False),
}
