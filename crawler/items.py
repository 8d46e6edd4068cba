"""Items the `news` spider yields. Pipelines tell them apart by class.

- ArticleItem: one fetched HTML page and what extraction found in it. Non-articles
  (home, listing, tag pages...) are yielded too so the validate pipeline can count why
  they were dropped; only pages with ``is_article`` true reach the database.
- CrawlErrorItem: one failed URL (HTTP error, timeout, robots.txt, non-HTML...), stored in
  ``crawl_errors``; the crawl goes on.
- FetchStateItem: the ETag/Last-Modified of a feed or sitemap, for conditional GETs.
"""
from __future__ import annotations

import scrapy


class ArticleItem(scrapy.Item):
    source = scrapy.Field()  # name of the source in sources.toml
    fetched_url = scrapy.Field()  # response.url (after redirects)
    redirect_urls = scrapy.Field()  # URLs requested before the redirect(s), in order
    discovered_via = scrapy.Field()  # feed | sitemap | listing | home | section
    status = scrapy.Field()
    content_type = scrapy.Field()
    encoding = scrapy.Field()
    html = scrapy.Field()  # raw response body (bytes), stored gzip-compressed in `pages`
    fetched_at = scrapy.Field()
    # From crawler.extract.extract_article:
    url = scrapy.Field()
    canonical_url = scrapy.Field()
    title = scrapy.Field()
    authors = scrapy.Field()
    published = scrapy.Field()
    modified = scrapy.Field()
    section = scrapy.Field()
    summary = scrapy.Field()
    body = scrapy.Field()
    language = scrapy.Field()
    word_count = scrapy.Field()
    is_article = scrapy.Field()
    page_kind = scrapy.Field()
    reasons = scrapy.Field()
    # Set by the dedupe pipeline:
    content_hash = scrapy.Field()
    duplicate_of = scrapy.Field()  # canonical URL of an earlier item with the same body
    # Set by the archive spiders (crawler/spiders/archive.py): where the page came from,
    # for pipelines/provenance.py; absent for the live crawl.
    provenance = scrapy.Field()

    def __repr__(self) -> str:  # keep logs readable: no HTML, no body
        shown = {k: v for k, v in self.items() if k not in ("html", "body", "summary")}
        return f"ArticleItem({shown!r})"


class CrawlErrorItem(scrapy.Item):
    source = scrapy.Field()
    url = scrapy.Field()
    kind = scrapy.Field()  # http_404, http_500, timeout, dns, too_large, not_html, ...
    message = scrapy.Field()


class FetchStateItem(scrapy.Item):
    source = scrapy.Field()
    url = scrapy.Field()
    kind = scrapy.Field()  # feed | sitemap | sitemapindex (always fetched in full)
    etag = scrapy.Field()
    last_modified = scrapy.Field()
    status = scrapy.Field()  # 200 or 304
