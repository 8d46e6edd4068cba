"""Malformed metadata costs the field, not the article; absurdly deep markup still gives
the article; `newswatch extract` goes on past a page that fails. Saved pages we wrote
(tests/hostile_pages.py), fed to the extractor and to a real crawl. (The hostile cases
of one step are in that step's test module: test_decode, test_fields_*, test_body,
test_page_kind, test_htmltree.) No network, no ../shared."""
from __future__ import annotations

import json

import pytest

from crawler import extract
from crawler.extract import extract_article
from crawler.fields.authors import parse_authors
from crawler.fields.canonical import parse_canonical
from crawler.fields.language import parse_language
from crawler.fields.page import Page
from crawler.fields.published import metadata_published, parse_modified, parse_published, structured_article_evidence
from crawler.fields.section import parse_section
from crawler.fields.summary import parse_summary
from crawler.fields.title import parse_title
from crawler.htmltree import parse_tree
from hostile_pages import HOSTILE, PARAGRAPHS, TITLE, URL
from newswatch.cli import main

FIELD_HELPERS = [parse_title, parse_authors, parse_published, parse_modified, parse_section, parse_summary,
                 parse_language, parse_canonical, structured_article_evidence, metadata_published]


@pytest.fixture(scope="module")
def hostile(frozen_today) -> dict[str, dict]:
    return {name: extract_article(build(), URL, today=frozen_today) for name, build in HOSTILE.items()}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_page_is_an_article_with_its_body_and_title(hostile, name):
    record = hostile[name]
    assert record["is_article"] is True, record["reasons"]
    assert record["title"] == TITLE
    assert record["body"].split("\n\n") == PARAGRAPHS
    assert record["canonical_url"] == URL


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_field_helpers_never_raise(name, frozen_today):
    page = Page.from_tree(parse_tree(HOSTILE[name]()), URL, today=frozen_today)
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


# ---------------------------------------------------------------- the command

def test_command_goes_on_past_a_failing_page(capsys, tmp_path, monkeypatch):
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
