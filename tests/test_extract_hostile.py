"""Malformed metadata costs the field, not the article; absurdly deep markup still gives
the article; structured article metadata outranks the listing heuristics; `newswatch
extract` goes on past a page that fails. Saved pages we wrote (tests/hostile_pages.py,
tests/short_site.py), fed to the extractor. No network, no ../shared."""
from __future__ import annotations

import json
import random

import pytest

from crawler import fields
from crawler.extract import extract_article, parse_tree
from crawler.fields import Page
from hostile_pages import HOSTILE, PARAGRAPHS, TITLE, URL, article_page
from short_site import article_page as short_article_page
from short_site import story

FIELD_HELPERS = [fields.parse_title, fields.parse_authors, fields.parse_published, fields.parse_modified,
                 fields.parse_section, fields.parse_summary, fields.parse_language, fields.parse_canonical,
                 fields.structured_article_evidence, fields.metadata_published]


@pytest.fixture(scope="module")
def hostile() -> dict[str, dict]:
    return {name: extract_article(build(), URL) for name, build in HOSTILE.items()}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_page_is_an_article_with_its_body_and_title(hostile, name):
    record = hostile[name]
    assert record["is_article"] is True, record["reasons"]
    assert record["title"] == TITLE
    assert record["body"].split("\n\n") == PARAGRAPHS
    assert record["canonical_url"] == URL


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_field_helpers_never_raise(name):
    page = Page.from_tree(parse_tree(HOSTILE[name]()), URL)
    for helper in FIELD_HELPERS:
        helper(page)  # a bad field gives None / a fallback, never an exception


def test_bad_fields_are_noted_in_the_reasons(hostile):
    def noted(name, text):
        return any(text in reason for reason in hostile[name]["reasons"])

    assert noted("bad-canonical", "canonical URL 'http://[::1' is not a usable http(s) URL")
    assert noted("deep-json-ld", "JSON-LD block (script 1) unreadable: nested too deep")
    assert noted("list-headline", "JSON-LD headline is a list of 2 values: ignored")
    assert noted("numeric-date", "JSON-LD datePublished is a number: ignored")
    assert noted("nested-3000", "markup nested")
    assert not any("nested" in r for r in hostile["bad-canonical"]["reasons"])


def test_list_headline_falls_back_to_og_title_then_h1():
    ld = json.dumps({"@type": "NewsArticle", "headline": ["Latest", "Herald"]})
    no_og = article_page(metadata=False, head=f'<script type="application/ld+json">{ld}</script>')
    assert extract_article(no_og, URL)["title"] == TITLE  # from <h1>
    one = json.dumps({"@type": "NewsArticle", "headline": ["Trust defends its contract"]})
    single = article_page(metadata=False, head=f'<script type="application/ld+json">{one}</script>')
    assert extract_article(single, URL)["title"] == "Trust defends its contract"  # a one-item list is fine


def test_numeric_date_gives_no_date_and_claims_none():
    ld = json.dumps({"@type": "NewsArticle", "headline": TITLE, "datePublished": 1712647800})
    record = extract_article(article_page(metadata=False, head=f'<script type="application/ld+json">{ld}</script>'), URL)
    assert record["published"] is None
    assert "published time in metadata" not in record["reasons"]
    assert not any("datePublished" in r and "outranks" in r for r in record["reasons"])


def test_breadcrumbs_with_word_positions_and_junk_items():
    assert extract_article(HOSTILE["breadcrumb-first"](), URL)["section"] == "Education"
    assert extract_article(HOSTILE["breadcrumb-non-objects"](), URL)["section"] is None  # one real item


def test_deep_nesting_keeps_the_tree_of_ordinary_pages_untouched():
    from crawler.htmltree import flatten, tree_depth

    assert tree_depth(parse_tree(article_page(depth=3000))) < 250
    shallow = article_page(depth=10)
    assert tree_depth(parse_tree(shallow)) >= 12  # not flattened
    flat = flatten("<div>" * 100 + "<p>a &amp; b<br>c</p>" + "</div>" * 100)
    assert flat.count("<div>") == 60 and "<p>a &amp; b<br>c</p>" in flat


@pytest.mark.parametrize("junk", ["\x00", "\x0b\x1f", "\ud800"])
def test_stray_control_characters_and_surrogates_cost_nothing(junk):
    html = article_page(head=f'<meta name="description" content="A{junk}B">').replace(
        "Kestrel Schools Trust has", f"Kestrel Schools{junk} Trust has")
    record = extract_article(html, URL)
    assert record["is_article"] is True and record["title"] == TITLE
    first = record["body"].split("\n\n")[0]
    assert first.replace("\ufffd", "") == PARAGRAPHS[0]


def test_declared_utf8_with_one_bad_byte_stays_utf8():
    html = article_page().replace("Kestrel Schools Trust has", "Kestrel Schools – Trust has")
    data = html.encode("utf-8").replace("–".encode("utf-8"), b"\xe2\x80")  # a truncated character
    data = data.replace(b"nutritionist", "nutritionist’s".encode("utf-8"))
    record = extract_article(data, URL)
    assert record["is_article"] is True
    assert "Kestrel Schools \ufffd Trust" in record["body"] and "nutritionist’s" in record["body"]


def test_body_falls_back_to_the_paragraphs_when_trafilatura_raises(monkeypatch):
    from crawler import extract

    def raises(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(extract, "trafilatura_text", raises)
    record = extract_article(HOSTILE["bad-canonical"](), URL)
    assert record["is_article"] is True and record["title"] == TITLE
    assert record["body"].split("\n\n") == PARAGRAPHS
    assert any(r.startswith("trafilatura failed (RecursionError") for r in record["reasons"])


# ---------------------------------------------------------------- structured evidence

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


# ---------------------------------------------------------------- the command

def test_command_goes_on_past_a_failing_page(capsys, tmp_path, monkeypatch):
    from crawler import extract
    from newswatch.cli import main

    paths = []
    for name in ("bad-canonical", "nested-3000", "deep-json-ld"):
        path = tmp_path / f"{name}.html"
        path.write_text(HOSTILE[name](), encoding="utf-8")
        paths.append(str(path))
    assert main(["extract", *paths]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["file"] for r in records] == paths
    assert all(r["is_article"] and r["title"] == TITLE for r in records)

    real = extract.extract_article

    def fails_on_nested(html, url, **kwargs):
        if b"<div><div><div>" in html:
            raise RecursionError("maximum recursion depth exceeded")
        return real(html, url, **kwargs)

    monkeypatch.setattr(extract, "extract_article", fails_on_nested)
    assert main(["extract", *paths]) == 1
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert len(records) == 3
    assert records[1] == {"file": paths[1], "error": "extraction failed: RecursionError: maximum recursion depth exceeded"}
    assert records[0]["is_article"] and records[2]["is_article"]
    assert "nested-3000.html: extraction failed" in captured.err


# ---------------------------------------------------------------- a real crawl

@pytest.mark.slow
def test_hostile_article_pages_are_stored_by_a_real_crawl(tmp_path):
    """The hostile pages served over 127.0.0.1 and crawled from a sitemap: each is
    stored with its title and body, and none is a crawl error. (Each page names a
    different number of schools, so that no two are the same story.)"""
    import sqlite3

    from crawl_helpers import run_crawl, write_sources
    from newswatch.sitesrv import SiteServer

    site = tmp_path / "site"
    paths = {}
    for number, name in enumerate(sorted(HOSTILE)):
        path = f"/news/{24601000 + number}.{name}/"
        (site / path.strip("/")).mkdir(parents=True)
        html = HOSTILE[name]().replace("three primary schools", f"{number + 3} primary schools")
        (site / path.strip("/") / "index.html").write_text(html, encoding="utf-8")
        paths[name] = path
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>" for p in paths.values())
    (site / "sitemap.xml").write_text(f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>')
    (site / "robots.txt").write_text("User-agent: *\nSitemap: {{base}}/sitemap.xml\n")
    (site / "index.html").write_text("<html><head><title>Kestrel Herald</title></head><body><h1>News</h1></body></html>")
    with SiteServer(site) as server:
        sources = write_sources(tmp_path / "sources.toml", server.base, name="Kestrel Herald")
        result = run_crawl(sources, tmp_path / "news.db")
        base = server.base
    assert result.returncode == 0, result.stderr[-2000:]
    conn = sqlite3.connect(tmp_path / "news.db")
    stored = {url: (title, body) for url, title, body in conn.execute("select url, title, body from articles")}
    errors = conn.execute("select url, kind, message from crawl_errors").fetchall()
    conn.close()
    assert errors == []
    for number, (name, path) in enumerate(paths.items()):
        # bad-canonical's canonical is ignored; the others have none: all filed under their URL
        body = "\n\n".join(PARAGRAPHS).replace("three primary schools", f"{number + 3} primary schools")
        assert stored.get(base + path) == (TITLE, body), name
    assert len(stored) == len(HOSTILE)
