"""Saved pages we wrote (tests/pages/) and small pages built for the extraction tests
(tests/test_extract.py, tests/test_fields_*.py, tests/test_decode.py, ...)."""
from __future__ import annotations

from pathlib import Path

PAGES = Path(__file__).parent / "pages"
COURIER = "https://www.dalesfordcourier.co.uk"
NEWSQUEST_URL = COURIER + "/news/24101234.academy-trust-take-brookfield-primary-school/"
REACH_URL = "https://www.mossleypost.co.uk/news/mossley-news/outsourced-school-cleaners-strike-unpaid-29345678"
GAZETTE_URL = "https://www.harbourside-gazette.co.uk/news/23871234.trusts-catering-deal-questioned/"
LD_URL = "https://www.example.co.uk/news/12345678.fenwold-budget/"


def page(name: str) -> bytes:
    """The bytes of tests/pages/<name>."""
    return (PAGES / name).read_bytes()


def paragraphs(record: dict) -> list[str]:
    """An extracted record's body, one paragraph per item."""
    return record["body"].split("\n\n")


def ld_page(ld: str, meta: str = "") -> str:
    """An article page (eight paragraphs about a trust's budget) whose JSON-LD is `ld`,
    with `meta` added to its <head>."""
    body = "".join(f"<p>Paragraph {i} about the Fenwold Academy Trust budget and its plans for the schools it runs.</p>" for i in range(8))
    return (f"<html lang='en-GB'><head><title>Budget</title>{meta}<script type='application/ld+json'>{ld}</script>"
            f"</head><body><article><h1>Budget</h1>{body}</article></body></html>")

# The title of the windows-1252 pages (win1252_*.html): curly quote and pound sign.
CURLY_TITLE = "Trust\u2019s \u00a31.2m catering deal questioned"
