"""Unit tests of the crawl's pieces on saved pages (city-scrapers style): discovery
helpers and spider callbacks on Scrapy responses built from newswatch/demo_site files, and the
validate / dedupe / store pipelines against a temporary SQLite database."""
from __future__ import annotations

import asyncio
import gzip
import json
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.utils.test import get_crawler

import crawler.settings as project_settings
from crawler import discovery
from crawler.items import ArticleItem, CrawlErrorItem, FetchStateItem
from crawler.middlewares import outcome_key
from crawler.spiders.inputs import CrawlInputs
from crawler.spiders.news import NewsSpider
from hostile_pages import HOSTILE, PARAGRAPHS, TITLE
from pipelines.dedupe import DedupePipeline, canonical_url, content_hash
from pipelines.store import StorePipeline
from pipelines.validate import ValidatePipeline

SITE = Path(__file__).resolve().parents[1] / "newswatch" / "demo_site"
BASE = "http://news.example"
TRUTH = json.loads((SITE / "_truth.json").read_text(encoding="utf-8"))


def site_file(path: str) -> bytes:
    return (SITE / path).read_bytes().replace(b"{{base}}", BASE.encode())


def response(path: str, file: str, *, headers: dict | None = None, meta: dict | None = None, cls=HtmlResponse):
    request = Request(BASE + path, meta={"source": "Gazette", "via": "page", "nw_depth": 1, **(meta or {})})
    return cls(BASE + path, body=site_file(file), request=request,
               headers=headers or {"Content-Type": "text/html; charset=utf-8"})


def parsed(callback_output) -> list:
    """Everything an (async) spider callback yields, run to the end."""
    async def collect():
        return [out async for out in callback_output]

    return asyncio.run(collect())


@pytest.fixture
def crawler(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[sources]]\nname = "Gazette"\nurl = "{BASE}/"\n')
    settings = {k: getattr(project_settings, k) for k in dir(project_settings) if k.isupper()}
    settings["DATABASE"] = str(tmp_path / "news.db")
    crawler = get_crawler(NewsSpider, settings)
    crawler.spider = crawler._create_spider(sources=str(sources), inputs=CrawlInputs())
    yield crawler
    crawler.spider.closed("finished")


@pytest.fixture
def store(crawler):
    pipeline = StorePipeline.from_crawler(crawler)
    pipeline.open_spider()
    yield pipeline
    if pipeline.db is not None:
        pipeline.close_spider()


def article(**overrides) -> ArticleItem:
    body = overrides.pop("body", " ".join(["Unions and the academy trust met again on Monday."] * 10))
    item = ArticleItem(
        source="Gazette", fetched_url=BASE + "/news/1.story/", redirect_urls=[], discovered_via="feed",
        status=200, content_type="text/html; charset=utf-8", encoding="utf-8",
        html=b"<html><body><p>story</p></body></html>", fetched_at="2025-03-01T10:00:00+00:00",
        url=BASE + "/news/1.story/", canonical_url=None, title="Trust talks", authors=["Jane Smith"],
        published="2025-03-01T09:00:00+00:00", modified="2025-03-01T09:30:00+00:00", section="News",
        summary="Talks.", body=body, language="en", word_count=len(body.split()), is_article=True,
        page_kind="article", reasons=[],
    )
    for key, value in overrides.items():
        item[key] = value
    return item


@pytest.fixture
def through(crawler, store):
    """validate -> dedupe -> store, as Scrapy chains them (one dedupe memory per test)."""
    validate, dedupe = ValidatePipeline.from_crawler(crawler), DedupePipeline.from_crawler(crawler)

    def run(item):
        return store.process_item(dedupe.process_item(validate.process_item(item)))

    return run


# --- discovery helpers ------------------------------------------------------------------


def test_feed_links_from_home_page():
    home = response("/", "index.html", meta={"via": "home"})
    assert discovery.feed_links(home) == [BASE + "/news/rss/"]
    sister = response("/sister/", "sister/index.html")
    assert discovery.feed_links(sister) == [BASE + "/sister/?service=rss"]


def test_pagination_links():
    first = response("/news/", "news/index.html")
    assert discovery.pagination_links(first) == [BASE + "/news/page/2/", BASE + "/news/page/3/"]
    sister = response("/sister/", "sister/index.html")
    assert discovery.pagination_links(sister) == [BASE + "/sister/?page=2"]
    article_page = response("/sport/x/", "sport/24310011.wyre-valley-rovers-win-county-cup-final/index.html")
    assert discovery.pagination_links(article_page) == []


def test_robots_sitemaps():
    text = site_file("robots.txt").decode()
    assert discovery.robots_sitemaps(text, BASE + "/robots.txt") == [BASE + "/sitemap.xml"]
    assert discovery.robots_sitemaps("SITEMAP: /a.xml\nsitemap:https://x.example/b.xml", BASE) == [
        BASE + "/a.xml", "https://x.example/b.xml"]


def test_sitemap_index_and_google_news_sitemap():
    kind, entries = discovery.parse_sitemap(site_file("sitemap.xml"))
    assert kind == "sitemapindex"
    assert [e.url for e in entries] == [BASE + "/sitemaps/articles.xml", BASE + "/sitemaps/news.xml"]
    kind, entries = discovery.parse_sitemap(site_file("sitemaps/news.xml"))
    assert kind == "urlset" and len(entries) == 4
    assert entries[0].url.endswith("/news/24310009.ofsted-warning-as-trust-takes-over-struggling-secondary/")
    assert entries[0].lastmod == "2025-03-07T14:00:00+00:00"  # news:publication_date
    assert discovery.parse_sitemap(gzip.compress(site_file("sitemap.xml")))[0] == "sitemapindex"
    assert discovery.parse_sitemap(b"<html>not xml")[0] is None


def test_rss_and_atom_feeds():
    entries = discovery.parse_feed(site_file("news/rss.xml"), BASE + "/news/rss/")
    assert len(entries) == 5 and entries[1].url == BASE + "/news/old/school-meals-story/"
    entries = discovery.parse_feed(site_file("sister/feed.atom"), BASE + "/sister/?service=rss")
    assert [e.lastmod for e in entries] == ["2025-03-04T10:30:00+00:00", "2025-03-01T15:30:00+00:00"]
    assert discovery.xml_kind(site_file("sister/feed.atom")) == "atom"


def test_url_filters():
    assert discovery.is_non_article_url(BASE + "/tag/academy-trusts/")
    assert discovery.is_non_article_url(BASE + "/author/jane-smith/")
    assert discovery.is_non_article_url(BASE + "/documents/report.pdf")
    assert not discovery.is_non_article_url(BASE + "/news/24310003.parents-protest/")
    assert discovery.normalise_url("HTTP://News.Example/a/?utm_source=x&id=2#top") == "http://news.example/a/?id=2"
    assert discovery.content_type_is_html("text/html; charset=windows-1252")
    assert not discovery.content_type_is_html("application/pdf")
    assert discovery.content_type_is_html(None, b"<!DOCTYPE html><html>")


# --- spider callbacks ---------------------------------------------------------------------


def test_parse_page_article(crawler):
    spider = crawler.spider
    resp = response("/news/24310003.x/", "news/24310003.parents-protest-academy-trust-takeover-hollybrook-primary/index.html")
    out = parsed(spider.parse_page(resp))
    assert len(out) == 1 and isinstance(out[0], ArticleItem)
    item = out[0]
    assert item["is_article"] and item["title"] == "Parents protest as academy trust plans to take over Hollybrook Primary"
    assert item["html"] == resp.body and item["source"] == "Gazette"


def test_parse_page_home_is_never_an_article_and_gives_links(crawler):
    spider = crawler.spider
    resp = response("/", "index.html", meta={"via": "home", "nw_depth": 0})
    out = parsed(spider.parse_page(resp))
    items = [o for o in out if isinstance(o, ArticleItem)]
    requests = {o.url: o for o in out if isinstance(o, Request)}
    assert len(items) == 1 and not items[0]["is_article"]
    assert BASE + "/news/rss/" in requests and requests[BASE + "/news/rss/"].meta["via"] == "feed"
    assert BASE + "/news/24310003.parents-protest-academy-trust-takeover-hollybrook-primary/" in requests
    assert BASE + "/contact/" not in requests and BASE + "/tag/academy-trusts/" not in requests
    assert BASE + "/documents/school-funding-report.pdf" not in requests


def test_parse_page_pdf_is_not_html(crawler):
    request = Request(BASE + "/documents/r.pdf", meta={"source": "Gazette", "via": "entry"})
    resp = Response(BASE + "/documents/r.pdf", body=site_file("documents/school-funding-report.pdf"),
                    headers={"Content-Type": "application/pdf"}, request=request)
    out = parsed(crawler.spider.parse_page(resp))
    assert len(out) == 1 and isinstance(out[0], CrawlErrorItem) and out[0]["kind"] == "not_html"


def test_parse_xml_skips_known_urls_and_records_validators(crawler):
    spider = crawler.spider
    known = BASE + "/news/24310005.teaching-assistants-vote-to-strike-over-academy-trust-pay-cuts/"
    spider.inputs.known[known] = "2025-03-08T00:00:00+00:00"
    resp = response("/sitemaps/news.xml", "sitemaps/news.xml", cls=TextResponse,
                    headers={"Content-Type": "application/xml", "ETag": '"abc"'}, meta={"via": "sitemap"})
    out = parsed(spider.parse_xml(resp))
    state = [o for o in out if isinstance(o, FetchStateItem)]
    urls = [o.url for o in out if isinstance(o, Request)]
    assert state[0]["etag"] == '"abc"' and state[0]["kind"] == "sitemap"
    assert len(urls) == 3 and known not in urls
    # A newer lastmod than our copy means the page changed: fetch it again.
    spider.inputs.known[known] = "2025-03-01T00:00:00+00:00"
    spider.requested.clear()
    urls = [o.url for o in parsed(spider.parse_xml(resp)) if isinstance(o, Request)]
    assert known in urls


def test_sitemap_max_age_skips_old_entries(crawler):
    spider = crawler.spider
    spider.max_age_days = 365
    resp = response("/sitemaps/articles.xml", "sitemaps/articles.xml", cls=TextResponse,
                    headers={"Content-Type": "application/xml"}, meta={"via": "sitemap"})
    recent = "2099-01-01T00:00:00+00:00"
    body = resp.body.replace(b"<lastmod>2025-03-07T08:45:00+00:00</lastmod>", f"<lastmod>{recent}</lastmod>".encode())
    urls = [o.url for o in parsed(spider.parse_xml(resp.replace(body=body))) if isinstance(o, Request)]
    # Entries without a lastmod are kept; of the dated ones only the recent one is.
    assert BASE + "/news/24310006.county-council-to-bring-school-meals-back-in-house/" in urls
    assert BASE + "/news/24310001.talks-collapse-over-plan-to-outsource-ashcombe-school-support-staff/" not in urls
    assert BASE + "/tag/academy-trusts/" in urls
    assert crawler.stats.get_value("newswatch/skipped_old") >= 5


def test_parse_xml_304_and_conditional_headers(crawler):
    spider = crawler.spider
    spider.inputs.fetch_state[BASE + "/news/rss/"] = {"kind": "feed", "etag": '"e1"', "last_modified": "Mon, 01 Jul 2024 08:00:00 GMT"}
    source = spider.by_name["Gazette"]
    request = spider.make_request(source, BASE + "/news/rss/", "feed")
    assert request.headers["If-None-Match"] == b'"e1"' and request.meta["handle_httpstatus_list"] == [304]
    resp = Response(BASE + "/news/rss/", status=304, request=request)
    out = parsed(spider.parse_xml(resp))
    assert len(out) == 1 and out[0]["status"] == 304


# --- pipelines --------------------------------------------------------------------------------


def test_validate_drops_non_articles_with_reason(crawler):
    pipeline = ValidatePipeline.from_crawler(crawler)
    with pytest.raises(DropItem, match="not_article/listing"):
        pipeline.process_item(article(is_article=False, page_kind="listing"))
    with pytest.raises(DropItem, match="missing/title"):
        pipeline.process_item(article(title=" "))
    assert crawler.stats.get_value("newswatch/dropped/not_article/listing") == 1
    item = pipeline.process_item(article(published="yesterday", modified="2025-03-01T09:30:00"))
    assert item["published"] is None and item["modified"] is None  # no offset: cleared
    assert crawler.stats.get_value("newswatch/invalid_timestamp") == 2
    error = CrawlErrorItem(source="Gazette", url=BASE, kind="http_404", message="HTTP 404")
    assert pipeline.process_item(error) is error


def test_dedupe_canonical_and_hash():
    assert canonical_url(BASE + "/a/?utm_source=x", None) == BASE + "/a/"
    assert canonical_url(BASE + "/copy/", BASE + "/original/") == BASE + "/original/"
    assert canonical_url(BASE + "/copy/", BASE + "/") == BASE + "/copy/"  # a root canonical is ignored
    assert content_hash("A  b\n\nC") == content_hash("a b c")
    pipeline = DedupePipeline()
    first = pipeline.process_item(article())
    second = pipeline.process_item(article(fetched_url=BASE + "/m/1/", url=BASE + "/m/1/"))
    assert "duplicate_of" not in first and second["duplicate_of"] == BASE + "/news/1.story/"


def db_rows(store, sql, params=()):
    return [dict(r) for r in store.db.query(sql, params)]


def test_store_is_idempotent_and_counts(store, through):
    through(article())
    through(article())
    arts = db_rows(store, "select * from articles")
    assert len(arts) == 1 and arts[0]["author"] == "Jane Smith" and arts[0]["url"] == BASE + "/news/1.story/"
    assert db_rows(store, "select url, kind from article_urls") == [{"url": BASE + "/news/1.story/", "kind": "canonical"}]
    page = db_rows(store, "select * from pages")[0]
    assert gzip.decompress(page["html_gz"]) == b"<html><body><p>story</p></body></html>" and page["article_id"] == arts[0]["id"]
    counts = {o: store.stats.get_value(outcome_key("Gazette", o)) for o in ("new", "updated", "unchanged")}
    assert counts == {"new": 1, "updated": None, "unchanged": 1}


def test_store_updates_changed_content(store, through):
    through(article())
    store.db["articles"].update(1, {"nlp_version": "nlp-1"})
    through(article(title="Trust talks collapse", body="Changed body. " * 30))
    row = db_rows(store, "select * from articles")[0]
    assert row["title"] == "Trust talks collapse" and row["nlp_version"] is None
    assert store.stats.get_value(outcome_key("Gazette", "updated")) == 1
    assert len(db_rows(store, "select id from articles")) == 1


def test_store_merges_redirect_syndicated_and_duplicate(store, through):
    through(article(redirect_urls=[BASE + "/old/1/"]))
    # A copy on the sister title, rel=canonical to the original.
    through(article(fetched_url=BASE + "/sister/1", url=BASE + "/sister/1",
                                    canonical_url=BASE + "/news/1.story/", title="Trust talks - Sister"))
    # The same body at another URL, no canonical.
    through(article(fetched_url=BASE + "/m/1/", url=BASE + "/m/1/"))
    assert len(db_rows(store, "select id from articles")) == 1
    kinds = {r["url"]: r["kind"] for r in db_rows(store, "select url, kind from article_urls")}
    assert kinds == {BASE + "/news/1.story/": "canonical", BASE + "/old/1/": "redirect",
                     BASE + "/sister/1": "syndicated", BASE + "/m/1/": "duplicate"}
    assert db_rows(store, "select title from articles")[0]["title"] == "Trust talks"  # copies do not overwrite
    assert len(db_rows(store, "select url from pages")) == 3


def test_store_short_identical_bodies_are_not_merged(store, through):
    through(article(body="Subscribe to read this story."))
    through(article(fetched_url=BASE + "/news/2/", url=BASE + "/news/2/", body="Subscribe to read this story."))
    assert len(db_rows(store, "select id from articles")) == 2


def test_store_keeps_validators_of_a_200_through_a_304_and_passes_other_items(store):
    store.process_item(FetchStateItem(source="Gazette", url=BASE + "/rss/", kind="feed", etag='"e"',
                                      last_modified="Mon, 01 Jul 2024 08:00:00 GMT", status=200))
    store.process_item(FetchStateItem(source="Gazette", url=BASE + "/rss/", kind="feed", status=304))
    state = db_rows(store, "select * from fetch_state")[0]
    assert state["etag"] == '"e"' and state["last_status"] == 304 and state["source"] == "Gazette"
    error = CrawlErrorItem(source="Gazette", url=BASE + "/x/", kind="http_404", message="HTTP 404")
    assert store.process_item(error) is error  # recorded by the run ledger (crawler/extensions.py), not here
    assert db_rows(store, "select * from crawl_errors") == [] and db_rows(store, "select * from crawl_runs") == []


def test_truth_file_is_consistent():
    keys = {a["key"] for a in TRUTH["articles"]}
    assert 14 <= len(keys) <= 20
    assert {"support-staff-talks-collapse", "ta-agency-contracts"} <= keys
    for art in TRUTH["articles"]:
        path = art["url"]
        rel = path.lstrip("/")
        file = SITE / (rel + "index.html" if rel.endswith("/") else rel + ".html")
        assert file.exists(), path
        assert art["title"] and art["body"] and art["published"]


def test_pagination_url_shapes():
    for url in ("/news/?page=2", "/news/page/3/", "/news/education/2/", "/local/?pageNumber=4"):
        assert discovery.is_pagination_url(BASE + url), url
    for url in ("/news/24310003.story/", "/news/local-news/bus-route-cut-28100015", "/news/"):
        assert not discovery.is_pagination_url(BASE + url), url


@pytest.mark.parametrize("name", ["bad-canonical", "deep-json-ld", "list-headline", "numeric-date",
                                  "breadcrumb-first", "breadcrumb-non-objects", "nested-600", "nested-3000"])
def test_hostile_article_page_is_stored_through_spider_and_pipelines(crawler, store, through, name):
    """A fine article on a page with one malformed field (or absurd nesting) is stored:
    the bad field costs that field only."""
    path = "/news/24601234.trust-defends-catering-contract/"
    request = Request(BASE + path, meta={"source": "Gazette", "via": "entry", "nw_depth": 2})
    resp = HtmlResponse(BASE + path, body=HOSTILE[name]().encode("utf-8"), request=request,
                        headers={"Content-Type": "text/html; charset=utf-8"})
    items = [item for item in parsed(crawler.spider.parse_page(resp)) if isinstance(item, ArticleItem)]
    assert len(items) == 1
    through(items.pop())
    rows = db_rows(store, "select url, title, body from articles")
    assert rows == [{"url": BASE + path, "title": TITLE, "body": "\n\n".join(PARAGRAPHS)}]
    assert db_rows(store, "select * from crawl_errors") == []
