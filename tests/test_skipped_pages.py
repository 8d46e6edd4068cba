"""Nothing fetched is lost without a trace: every page a crawl fetches and does not store,
and every URL a crawl bound keeps it from fetching, leaves a `skipped_pages` row (reason,
evidence) and a count in `crawl_runs`; a page judged not an article is not fetched again
inside NOT_ARTICLE_RECHECK_DAYS unless its sitemap says it changed.

Real crawls (`newswatch crawl` in a subprocess) of a small site written here and served on
127.0.0.1; the recheck interval is tested by moving the stored skip time back (the time
the crawler compares against), not by waiting. The publication is queried through
Datasette.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from itemadapter import ItemAdapter
from scrapy.utils.test import get_crawler

import crawler.settings as project_settings
from crawl_helpers import rows, run_crawl, serve_site, untraced, write_sources
from crawler.items import SKIP_REASONS, SkippedPageItem, SkippedPagesItem
from crawler.spiders.inputs import CrawlInputs
from crawler.spiders.news import NewsSpider
from newswatch import publish

PARAGRAPHS = {
    "catering": [
        "The county council has agreed to take school catering back in house when the "
        "current contract with a private caterer ends next summer, after two years of "
        "complaints from parents and head teachers about portion sizes and late deliveries.",
        "Councillors on the cabinet voted unanimously for the change on Tuesday evening. "
        "The contract, worth about four million pounds a year, covers forty primary "
        "schools across the district and employs around three hundred kitchen staff.",
        "Kitchen staff will transfer to the council on their existing terms, a report to "
        "the cabinet said. Their union welcomed the decision but asked for written "
        "guarantees on hours and holiday pay before the transfer takes place.",
        "A spokesperson for the caterer said the company was proud of its work in the "
        "county's schools and would work with the council on a smooth handover.",
    ],
    "trust-deficit": [
        "A multi-academy trust running nine schools in the valley has reported a deficit "
        "of one point two million pounds in its latest accounts, published this week, and "
        "says it will review its central services contract with an outside firm.",
        "The trust's accounts show spending on agency staff rose by a third last year. "
        "Trustees said recruitment of teaching assistants had been difficult and that "
        "agency cover had kept classrooms open during the autumn term.",
        "Parents at two of the trust's primary schools have started a petition asking for "
        "a public meeting about the finances. The petition had more than six hundred "
        "signatures by Friday afternoon.",
        "The regional schools director's office said it was aware of the accounts and was "
        "in regular contact with the trust about its recovery plan.",
    ],
    "cleaning": [
        "Cleaners at three secondary schools walked out for the day on Monday in a dispute "
        "over unpaid wages with the contractor that employs them, leaving caretakers and "
        "volunteers to open the buildings before lessons began.",
        "The cleaners say some of them were paid late for three months in a row and that "
        "the company has not answered letters from their union representatives about the "
        "missing money since the start of the year.",
        "The contractor said a change of payroll system had caused the delays and that all "
        "outstanding payments would be made by the end of the month, with an apology.",
        "The schools' governing bodies said classes were not affected by the walkout and "
        "that they were monitoring the contract closely.",
    ],
}
ARTICLES = {  # slug -> (path, title)
    "catering": ("/news/24390001.council-takes-school-catering-back-in-house/",
                 "Council takes school catering back in house"),
    "trust-deficit": ("/news/24390002.academy-trust-reports-deficit/",
                      "Academy trust reports £1.2m deficit"),
    "cleaning": ("/news/24390003.school-cleaners-strike-over-late-pay/",
                 "School cleaners strike over late pay"),
}
NOTICE = "/notices/bin-collections/"  # a short page with no article signals
REDIRECTED = "/go/road-closures"  # 301 to ROAD_NOTICE, another such page
ROAD_NOTICE = "/notices/road-closures/"
DEEP = "/news/24390004.deeply-nested-story/"  # an article inside 300 nested <div>s


def article_page(title: str, paragraphs: list[str], *, nesting: int = 0) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": "2025-03-03T09:00:00+00:00",
                     "author": {"@type": "Person", "name": "Amira Shah"}})
    body = f"<h1>{title}</h1><p class='byline'>By Amira Shah</p>" + "".join(f"<p>{p}</p>" for p in paragraphs)
    body = "<div>" * nesting + body + "</div>" * nesting
    return (f"<!doctype html><html lang='en'><head><title>{title}</title>"
            f"<meta property='og:type' content='article'>"
            f"<meta property='article:published_time' content='2025-03-03T09:00:00+00:00'>"
            f"<script type='application/ld+json'>{ld}</script></head>"
            f"<body><article>{body}</article></body></html>")


def notice_page(title: str, text: str) -> str:
    return (f"<!doctype html><html lang='en'><head><title>{title}</title></head>"
            f"<body><h1>{title}</h1><p>{text}</p></body></html>")


def write(root: Path, path: str, text: str) -> None:
    file = root / path.strip("/") / "index.html" if path.endswith("/") else root / path.strip("/")
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")


def sitemap(entries: list[tuple[str, str]]) -> str:
    urls = "".join(f"<url><loc>{{{{base}}}}{path}</loc><lastmod>{lastmod}</lastmod></url>"
                   for path, lastmod in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


ENTRIES = [(path, "2025-03-03T09:00:00+00:00") for path, _ in ARTICLES.values()] + [
    (NOTICE, "2025-03-01T08:00:00+00:00"), (REDIRECTED, "2025-03-01T08:00:00+00:00"),
    (DEEP, "2025-03-03T09:00:00+00:00")]


def build_site(root: Path, *, links: bool = True) -> Path:
    """The site; with `links`, the home page links to an article and to a section page
    (/local/) that links to the two notices (so they are found on every run, not only
    when the sitemap changes)."""
    root.mkdir(parents=True, exist_ok=True)
    catering_path, catering_title = ARTICLES["catering"]
    home_links = f"<a href='{catering_path}'>{catering_title}</a> <a href='/local/'>Local</a>" if links else ""
    write(root, "/", f"<!doctype html><html><head><title>Valley Courier</title></head><body>"
                     f"<h1>Valley Courier</h1>{home_links}</body></html>")
    write(root, "/local/", "<!doctype html><html><head><title>Local</title></head><body><h1>Local</h1>"
                           f"<a href='{NOTICE}'>Bins</a> <a href='{REDIRECTED}'>Roads</a></body></html>")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\nSitemap: {{base}}/sitemap.xml\n")
    (root / "sitemap.xml").write_text(sitemap(ENTRIES))
    for slug, (path, title) in ARTICLES.items():
        write(root, path, article_page(title, PARAGRAPHS[slug]))
    write(root, DEEP, article_page("Deeply nested story", PARAGRAPHS["cleaning"][::-1], nesting=300))
    write(root, NOTICE, notice_page("Bin collections", "Bins are collected on Tuesdays this month."))
    write(root, ROAD_NOTICE, notice_page("Road closures", "The high street is closed on Sunday."))
    (root / "_routes.json").write_text(json.dumps({REDIRECTED: {"redirect": ROAD_NOTICE, "status": 301}}))
    return root


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    """Four crawls of one site: a first one, one at once after, one after the skips are
    made 8 days old, and one after the sitemap says the notice changed."""
    tmp = tmp_path_factory.mktemp("skipped")
    root = build_site(tmp / "site")
    db = tmp / "news.db"
    out = {"db": db, "logs": [], "results": []}
    with serve_site(root) as site:
        sources = write_sources(tmp / "sources.toml", site.base, name="Valley Courier")
        out["base"] = site.base

        def crawl():
            site.clear_log()
            out["results"].append(run_crawl(sources, db))
            out["logs"].append(list(site.log))

        crawl()
        crawl()
        old = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=8)).replace(microsecond=0).isoformat()
        con = sqlite3.connect(db)
        con.execute("update skipped_pages set at = ?", [old])
        con.commit()
        con.close()
        crawl()
        later = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(minutes=1)).replace(microsecond=0).isoformat()
        (root / "sitemap.xml").write_text(sitemap(
            [(p, later if p == NOTICE else m) for p, m in ENTRIES]))
        crawl()
    return out


def requested(crawls, n: int) -> list[str]:
    return [e["path"] for e in crawls["logs"][n]]


def test_crawls_succeed(crawls):
    for result in crawls["results"]:
        assert result.returncode == 0, result.stderr[-3000:]
    assert "skipped" in crawls["results"][0].stdout
    assert re.search(r"skipped in Valley Courier: listing: 2, not_article: \d", crawls["results"][0].stdout)


def test_every_fetched_page_is_stored_failed_or_skipped(crawls):
    for n, log in enumerate(crawls["logs"]):
        assert not untraced(crawls["db"], log), (n, untraced(crawls["db"], log))
    # The deeply nested story is stored, or skipped with the extractor's reason: never lost.
    deep = crawls["base"] + DEEP
    stored = rows(crawls["db"], "select url from pages where url = ?", [deep])
    skipped = rows(crawls["db"], "select evidence from skipped_pages where url = ? and run_id = 1", [deep])
    assert bool(stored) != bool(skipped)
    assert all(s["evidence"] for s in skipped)


def test_not_article_pages_leave_a_row_with_the_extractors_reasons(crawls):
    base = crawls["base"]
    first = {r["url"]: r for r in rows(crawls["db"], "select * from skipped_pages where run_id = 1")}
    notice = first[base + NOTICE]
    assert notice["reason"] == "not_article" and notice["page_kind"] == "other"
    assert "main text too short" in notice["evidence"]
    assert notice["discovered_via"] in ("entry", "page") and notice["source"] == "Valley Courier"
    road = first[base + ROAD_NOTICE]
    assert road["reason"] == "not_article" and road["requested_url"] == base + REDIRECTED
    home = first[base + "/"]
    assert home["reason"] == "listing" and "home page" in home["evidence"]
    assert {r["reason"] for r in first.values()} <= set(SKIP_REASONS)
    for path, _ in ARTICLES.values():
        assert base + path not in first


def test_crawl_runs_count_skips_per_reason(crawls):
    runs = rows(crawls["db"], "select * from crawl_runs order by id")
    assert len(runs) == 4
    for run in runs:
        by_reason = dict((r["reason"], r["n"]) for r in rows(
            crawls["db"], "select reason, count(*) as n from skipped_pages where run_id = ? group by reason",
            [run["id"]]))
        assert json.loads(run["skipped_counts"]) == by_reason
        assert run["skipped"] == sum(by_reason.values())
    assert json.loads(runs[0]["skipped_counts"])["not_article"] >= 2


def test_not_article_page_is_not_refetched_inside_the_recheck_interval(crawls):
    first, second = requested(crawls, 0), requested(crawls, 1)
    assert NOTICE in first and REDIRECTED in first and ROAD_NOTICE in first
    assert NOTICE not in second and REDIRECTED not in second and ROAD_NOTICE not in second
    assert "/" in second and "/local/" in second  # listing pages are fetched every run
    second_rows = rows(crawls["db"], "select reason from skipped_pages where run_id = 2")
    assert {r["reason"] for r in second_rows} == {"listing"}


def test_not_article_page_is_rechecked_after_the_interval(crawls):
    third = requested(crawls, 2)
    assert NOTICE in third and REDIRECTED in third
    reasons = {r["url"]: r["reason"] for r in rows(crawls["db"], "select url, reason from skipped_pages where run_id = 3")}
    assert reasons[crawls["base"] + NOTICE] == "not_article"


def test_a_newer_sitemap_lastmod_refetches_a_skipped_page(crawls):
    fourth = requested(crawls, 3)
    assert fourth.count(NOTICE) == 1  # the sitemap says it changed after it was skipped
    assert REDIRECTED not in fourth  # its lastmod did not change
    for path, _ in ARTICLES.values():
        assert path not in fourth


def test_budget_cuts_leave_one_row_per_url_not_fetched(tmp_path):
    root = build_site(tmp_path / "site", links=False)
    db = tmp_path / "news.db"
    with serve_site(root) as site:
        sources = write_sources(tmp_path / "s.toml", site.base, name="Valley Courier")
        # Home page and sitemap count against the budget: 2 of the 6 sitemap entries fit.
        result = run_crawl(sources, db, settings={"MAX_PAGES_PER_SOURCE": "4"})
        assert result.returncode == 0, result.stderr[-2000:]
        fetched = {e["path"] for e in site.log}
        site.clear_log()
        again = run_crawl(sources, db)  # a full budget: what was cut is fetched now
        assert again.returncode == 0, again.stderr[-2000:]
        refetched = {e["path"] for e in site.log}
    cut = rows(db, "select * from skipped_pages where reason = 'budget' and run_id = 1")
    cut_paths = {urlsplit(r["url"]).path for r in cut}
    entries = {p for p, _ in ENTRIES}
    assert len(cut) == len(cut_paths) == 4
    assert cut_paths | (fetched & entries) == entries and not cut_paths & fetched
    for row in cut:
        assert "page budget of 4 requests" in row["evidence"]
        assert f"listed by {site.base}/sitemap.xml" in row["evidence"]
        assert row["discovered_via"] == "entry" and row["page_kind"] is None
    run = rows(db, "select * from crawl_runs where id = 1")[0]
    assert json.loads(run["skipped_counts"])["budget"] == 4
    assert cut_paths <= refetched
    assert not rows(db, "select * from skipped_pages where reason = 'budget' and run_id = 2")


# --- through Datasette ----------------------------------------------------------------

def get(ds, path):
    return asyncio.run(ds.client.get(path))


def test_crawl_health_and_skipped_pages_per_reason_in_datasette(crawls):
    ds = publish.make_datasette(crawls["db"])
    asyncio.run(ds.invoke_startup())
    health = get(ds, "/news/crawl_health.json?_shape=objects").json()["rows"]
    assert health[0]["source"] == "Valley Courier"
    last = {r["reason"]: r["n"] for r in rows(crawls["db"], "select reason, count(*) as n from skipped_pages "
                                                            "where run_id = 4 group by reason")}
    assert last["listing"] == 2 and last["not_article"] >= 1  # the notice (and the deep story, if skipped)
    assert json.loads(health[0]["skipped_counts"]) == last and health[0]["skipped"] == sum(last.values())

    by_reason = {r["reason"]: r for r in get(ds, "/news/skipped_by_reason.json?_shape=objects").json()["rows"]}
    assert set(by_reason) == {"listing", "not_article"}
    not_article = by_reason["not_article"]
    total = rows(crawls["db"], "select count(*) as n from skipped_pages where reason = 'not_article'")[0]["n"]
    assert not_article["skipped_rows"] == total and not_article["latest_run"] == last["not_article"]
    assert "main text too short" in not_article["latest_evidence"]
    week = rows(crawls["db"], "select count(*) as n from skipped_pages where reason = 'not_article' "
                              "and at >= date('now', '-7 days')")[0]["n"]
    assert 0 < not_article["last_7_days"] == week < total  # the first run's were moved 8 days back

    html = get(ds, "/news/skipped_by_reason").text
    link = re.search(r'<a href="(/news/skipped_pages\?[^"]*reason=not_article[^"]*)">(\d+)</a>', html)
    assert link and int(link.group(2)) == total
    listed = get(ds, link.group(1).replace("&amp;", "&").replace("?", ".json?", 1) + "&_shape=objects")
    assert {r["reason"] for r in listed.json()["rows"]} == {"not_article"}
    assert len(listed.json()["rows"]) == total


# --- the spider: URLs a crawl bound keeps from being fetched --------------------------

@pytest.fixture
def spider(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\nname = "Gazette"\nurl = "http://news.example/"\n')
    settings = {k: getattr(project_settings, k) for k in dir(project_settings) if k.isupper()}
    settings["DATABASE"] = str(tmp_path / "news.db")
    crawler = get_crawler(NewsSpider, settings)
    return crawler._create_spider(sources=str(sources), inputs=CrawlInputs())


def test_pagination_past_max_pagination_is_a_budget_row(spider):
    spider.max_pagination = 2
    source = spider.sources[0]
    assert spider.make_request(source, "http://news.example/news/page/2/", "pagination", page_no=2) is not None
    cut = spider.make_request(source, "http://news.example/news/page/3/", "pagination", page_no=3)
    assert isinstance(cut, SkippedPageItem) and cut["reason"] == "budget"
    assert "MAX_PAGINATION (2)" in ItemAdapter(cut)["evidence"]
    # Once per URL per run, however many pages link to it.
    assert spider.make_request(source, "http://news.example/news/page/3/", "pagination", page_no=3) is None


def test_the_budget_cuts_of_one_sitemap_are_one_item(spider):
    """A sitemap listing far more URLs than the page budget: its requests as they come,
    then one SkippedPagesItem holding every URL cut (one item and one transaction for
    the lot: one each made a 50,000-URL sitemap cost most of a minute)."""
    spider.max_pages = 3
    source = spider.sources[0]
    made = (spider.make_request(source, f"http://news.example/news/{n}.story/", "entry",
                                listed_by="http://news.example/sitemap.xml") for n in range(10))
    out = list(spider.gathered(source, made))
    assert [type(o).__name__ for o in out] == ["Request"] * 3 + ["SkippedPagesItem"]
    cuts = out[-1]
    assert isinstance(cuts, SkippedPagesItem) and cuts["source"] == "Gazette"
    assert [c["url"] for c in cuts["pages"]] == [f"http://news.example/news/{n}.story/" for n in range(3, 10)]
    assert {c["reason"] for c in cuts["pages"]} == {"budget"}
    assert list(spider.gathered(source, [None])) == []  # nothing cut: no item
