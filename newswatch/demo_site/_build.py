"""Build the fixture news site from `_articles.py`:

    .venv/bin/python newswatch/demo_site/_build.py

Writes the HTML pages, feeds, sitemaps, robots.txt, `_routes.json` (special responses
for newswatch.sitesrv) and `_truth.json` (what a perfect crawl stores). The output is
committed; rebuild after editing the stories. Every story is our own writing.
`{{base}}` in the output is replaced by the server's base URL at serving time.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import _articles as A  # noqa: E402
from _pages import (  # noqa: E402
    ARTICLES, NQ_NAME, PDF, atom, e, find, news_urlset, nq_article, nq_listing, reach_article, reach_listing,
    rss, simple_page, teaser, urlset,
)

OLD_MEALS = "/news/old/school-meals-story/"  # the feed's old address of a story, redirected (301)


def write(path: Path, text: str | bytes, encoding: str = "utf-8") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_bytes(text.encode(encoding))


def file_for(url_path: str) -> Path:
    rel = url_path.lstrip("/")
    return HERE / (rel + "index.html" if rel.endswith("/") else rel + ".html")


def build() -> None:
    ARTICLES[:] = A.ARTICLES
    _clean()
    routes: dict[str, dict] = {}
    _write_articles(routes)
    _write_copies()
    _write_listings(routes)
    _write_other_pages(routes)
    _write_feeds(routes)
    _add_redirects_and_errors(routes)
    _write_sitemaps()
    write(HERE / "robots.txt", """User-agent: *
Disallow: /private/
Disallow: /search

Sitemap: {{base}}/sitemap.xml
""")
    write(HERE / "_routes.json", json.dumps(routes, indent=1, ensure_ascii=False) + "\n")
    _write_truth()
    print(f"built {len(ARTICLES)} articles into {HERE}")


def _clean() -> None:
    """Remove the previous output (everything but the builder's own `_` files)."""
    for child in HERE.iterdir():  # clean previous output
        if child.name.startswith("_") or child.name == "__pycache__":
            continue
        shutil.rmtree(child) if child.is_dir() else child.unlink()


def _write_articles(routes: dict[str, dict]) -> None:
    for art in ARTICLES:
        page = nq_article(art) if art["template"] == "nq" else reach_article(art)
        write(file_for(art["path"]), page, art.get("charset", "utf-8"))
        if art.get("charset"):
            routes[art["path"]] = {"content_type": f"text/html; charset={art['charset']}"}


def _write_copies() -> None:
    """The syndicated copy, the duplicate and the page robots.txt disallows."""
    original = find(A.SYNDICATED["of"])
    write(file_for(A.SYNDICATED["path"]), reach_article(original, canonical_path=original["path"]))
    dup_of = find(A.DUPLICATE["of"])
    write(file_for(A.DUPLICATE["path"]), nq_article(dup_of, canonical=False))
    write(file_for(A.DISALLOWED["path"]), nq_article(A.DISALLOWED | {"key": "disallowed"}))


def _write_listings(routes: dict[str, dict]) -> None:
    """Home, section and paginated listing pages of both papers."""
    original = find(A.SYNDICATED["of"])
    home_extra = (
        '<section class="promo"><h2>From our sister title</h2><p><a href="/sister/">Severn Vale Live</a></p></section>\n'
        f'<section class="exclusive"><h2><a href="{A.DISALLOWED["path"]}">Schools budget: the figures</a></h2></section>\n'
        f'<section class="shortlinks"><a href="/go/ceo-pay">Trust boss pay row</a> <a href="/documents/school-funding-report.pdf">School funding report (PDF)</a></section>'
    )
    write(HERE / "index.html", nq_listing(f"{NQ_NAME}: news from the Wyre Valley",
                                          [teaser(find(k)) for k in A.HOME_TOP], extra=home_extra))
    news_paths = ["/news/", "/news/page/2/", "/news/page/3/"]
    for n, keys in enumerate(A.NEWS_PAGES):
        teasers = [teaser(find(k)) for k in keys]
        if n == 1:
            teasers.append('<div class="teaser"><h2><a href="/news/24319999.deleted-story/">Council leader resigns</a></h2></div>')
        nxt = news_paths[n + 1] if n + 1 < len(news_paths) else None
        pages = [(str(i + 1), p) for i, p in enumerate(news_paths) if i != n]
        write(file_for(news_paths[n]), nq_listing("News", teasers, next_path=nxt, page_links=pages))
    edu_paths = ["/education/", "/education/page/2/"]
    for n, keys in enumerate(A.EDUCATION_PAGES):
        nxt = edu_paths[n + 1] if n + 1 < len(edu_paths) else None
        pages = [(str(i + 1), p) for i, p in enumerate(edu_paths) if i != n]
        write(file_for(edu_paths[n]), nq_listing("Education", [teaser(find(k)) for k in keys],
                                                 next_path=nxt, page_links=pages))
    write(file_for("/sport/"), nq_listing("Sport", [teaser(find(k)) for k in A.SPORT_PAGE]))

    def reach_teaser(key: str) -> str:
        if key == "SYNDICATED":
            art = original | {"path": A.SYNDICATED["path"]}
        else:
            art = find(key)
        return f'<div class="teaser"><a href="{art["path"]}"><h2>{e(art["title"])}</h2></a><p>{e(art["summary"])}</p></div>'

    write(HERE / "sister" / "index.html",
          reach_listing("Local News", [reach_teaser(k) for k in A.SISTER_PAGES[0]], next_path="/sister/?page=2"))
    write(HERE / "sister" / "page-2.html",
          reach_listing("Local News: page 2", [reach_teaser(k) for k in A.SISTER_PAGES[1]], next_path=None))
    routes["/sister/?page=2"] = {"file": "sister/page-2.html"}


def _write_other_pages(routes: dict[str, dict]) -> None:
    """Pages that are never articles: tag, author, contact, terms, 404, a PDF."""
    edu_arts = [a for a in ARTICLES if a["section"] == "Education"]
    write(file_for("/tag/academy-trusts/"), nq_listing("Academy trusts", [teaser(a) for a in edu_arts[:6]], feed=False))
    jane = [a for a in ARTICLES if a["author"] == "Jane Smith"]
    write(file_for("/author/jane-smith/"), nq_listing(
        "Jane Smith", [teaser(a) for a in jane], feed=False,
        extra="<div class=\"author-bio\"><p>Jane Smith is the Gazette's education reporter. She covers schools, colleges and academy trusts across the Wyre Valley. Contact her on 01234 567890.</p></div>"))
    write(file_for("/contact/"), simple_page("Contact us", """
<p>Wyre Valley Gazette, 12 Bridge Street, Kidderbury, WV1 2AB.</p>
<p>Newsdesk: 01234 567890. Email: news@wyrevalleygazette.example</p>
<p>Advertising: 01234 567891. Announcements and notices: 01234 567892.</p>
<p>Our office is open Monday to Friday, 9am to 5pm. To send us a story, use the form below or email the newsdesk.</p>
"""))
    write(file_for("/terms/"), simple_page("Terms and conditions", """
<p>These terms and conditions govern your use of this website and the services offered through it. By using the website you agree to be bound by these terms, which may change from time to time without notice.</p>
<p>All content on this website, including text, photographs and graphics, is protected by copyright and may not be reproduced, distributed or transmitted in any form without our prior written permission, except for personal and non-commercial use.</p>
<p>We take care to make sure the information on this website is accurate, but we do not accept liability for any errors or omissions, or for any loss arising from reliance on the content of the website or of any site linked from it.</p>
<p>Users who post comments must follow our community rules. We may remove comments and suspend accounts that break these rules. These terms are governed by the law of England and Wales.</p>
"""))
    write(HERE / "_404.html", simple_page("Page not found", "<p>Sorry, we could not find that page.</p>"))
    write(HERE / "documents" / "school-funding-report.pdf", PDF)
    routes["/documents/school-funding-report.pdf"] = {"content_type": "application/pdf"}


def _write_feeds(routes: dict[str, dict]) -> None:
    feed_items = [(find(k), OLD_MEALS if k == "school-meals-in-house" else find(k)["path"]) for k in A.FEED]
    write(HERE / "news" / "rss.xml", rss(feed_items))
    routes["/news/rss/"] = {"file": "news/rss.xml", "content_type": "application/rss+xml; charset=utf-8"}
    write(HERE / "sister" / "feed.atom", atom([find(k) for k in A.SISTER_FEED]))
    routes["/sister/?service=rss"] = {"file": "sister/feed.atom", "content_type": "application/atom+xml; charset=utf-8"}


def _add_redirects_and_errors(routes: dict[str, dict]) -> None:
    routes[OLD_MEALS] = {"redirect": "{{base}}" + find("school-meals-in-house")["path"], "status": 301}
    routes["/go/ceo-pay"] = {"redirect": find("ceo-salary")["path"], "status": 302}
    routes["/news/24319999.deleted-story/"] = {"status": 404}
    routes["/news/24319998.broken-story/"] = {"status": 500}
    routes[find("library-hours")["path"]] = {"status": 503, "times": 1}


def _write_sitemaps() -> None:
    dup_of = find(A.DUPLICATE["of"])
    in_map = [a for a in ARTICLES if a["template"] == "nq" and a["key"] not in A.NOT_IN_ARTICLE_SITEMAP]
    rows = [(a["path"], a["modified"]) for a in in_map]
    rows += [(A.DUPLICATE["path"], dup_of["modified"]), (A.DISALLOWED["path"], None),
             ("/news/24319998.broken-story/", None), ("/documents/school-funding-report.pdf", None),
             ("/tag/academy-trusts/", None), ("/author/jane-smith/", None), ("/contact/", None), ("/terms/", None)]
    write(HERE / "sitemaps" / "articles.xml", urlset(rows))
    write(HERE / "sitemaps" / "news.xml", news_urlset([find(k) for k in A.NEWS_SITEMAP]))
    write(HERE / "sitemap.xml", """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{{base}}/sitemaps/articles.xml</loc><lastmod>2025-03-07T18:00:00+00:00</lastmod></sitemap>
  <sitemap><loc>{{base}}/sitemaps/news.xml</loc><lastmod>2025-03-07T18:00:00+00:00</lastmod></sitemap>
</sitemapindex>
""")


def _write_truth() -> None:
    """`_truth.json`: what a perfect crawl stores."""
    truth = {
        "site": NQ_NAME,
        "home": "/",
        "feeds": ["/news/rss/", "/sister/?service=rss"],
        "sitemaps": ["/sitemap.xml", "/sitemaps/articles.xml", "/sitemaps/news.xml"],
        "articles": [_truth_article(a) for a in ARTICLES],
        "other_urls": [
            {"url": OLD_MEALS, "kind": "redirect", "article": "school-meals-in-house"},
            {"url": "/go/ceo-pay", "kind": "redirect", "article": "ceo-salary"},
            {"url": A.SYNDICATED["path"], "kind": "syndicated", "article": A.SYNDICATED["of"]},
            {"url": A.DUPLICATE["path"], "kind": "duplicate", "article": A.DUPLICATE["of"]},
        ],
        "non_articles": ["/", "/news/", "/news/page/2/", "/news/page/3/", "/education/",
                         "/education/page/2/", "/sport/", "/sister/", "/sister/?page=2",
                         "/tag/academy-trusts/", "/author/jane-smith/", "/contact/", "/terms/"],
        "errors": [
            {"url": "/news/24319999.deleted-story/", "kind": "http_404"},
            {"url": "/news/24319998.broken-story/", "kind": "http_500"},
            {"url": "/documents/school-funding-report.pdf", "kind": "not_html"},
        ],
        "flaky": [{"url": find("library-hours")["path"], "status": 503, "times": 1}],
        "disallowed": [A.DISALLOWED["path"]],
        "only_via": {
            "google_news_sitemap": "ofsted-warning",
            "rss_feed": "a449-roadworks",
            "pagination_page_3": "burglary-jailed",
            "sister_page_2": "bus-route-cut",
        },
    }
    write(HERE / "_truth.json", json.dumps(truth, indent=1, ensure_ascii=False) + "\n")


def _truth_article(a: dict) -> dict:
    """What a perfect crawl stores of one article."""
    return {
        "key": a["key"],
        "url": a["path"],
        "template": a["template"],
        "title": a["title"],
        "published": a["published"],
        "modified": a["modified"],
        "authors": [a["author"]],
        "section": a["section"],
        "charset": a.get("charset", "utf-8"),
        "body": "\n\n".join(a["paragraphs"]),
    }


if __name__ == "__main__":
    argparse.ArgumentParser(description=__doc__.split("\n\n")[0]).parse_args()
    build()
