"""Items the `news` spider yields. Pipelines tell them apart by class.

- ArticleItem: one fetched HTML page and what extraction found in it. Non-articles
  (home, listing, tag pages...) are yielded too so the validate pipeline can count why
  they were dropped; only pages with ``is_article`` true reach the database.
- CrawlErrorItem: one failed URL (HTTP error, timeout, robots.txt, non-HTML...), stored in
  ``crawl_errors``; the crawl goes on.
- FetchStateItem: the ETag/Last-Modified of a feed or sitemap, for conditional GETs.
- SkippedPageItem: a page not fetched because a crawl bound (the page budget) was
  spent, stored in ``skipped_pages``.
- SkippedPagesItem: the SkippedPageItems of one response (a sitemap of 50,000 URLs
  over the budget), stored in one transaction: one item per URL cost a write
  transaction and a pass through Scrapy's item machinery each, in the reactor thread
  (most of a minute for 50,000, with every download waiting).

A page that is fetched but not stored is dropped by a pipeline with SkipPage (a
DropItem with a reason from SKIP_REASONS and its evidence); the store records it in
``skipped_pages`` too. So a fetched URL ends up in ``pages``, ``crawl_errors`` or
``skipped_pages``, never nowhere.
"""
from __future__ import annotations

import scrapy
from scrapy.exceptions import DropItem

# skipped_pages.reason: the whole vocabulary (README.md and docs/crawl.md list it too).
SKIP_REASONS = {
    "listing": "a page whose links were followed (home, sections, their pagination, any "
               "non-article fewer than LISTING_DEPTH hops from home): fetched every run",
    "not_article": "extraction judged the page not an article (evidence: the extractor's "
                   "reasons); rechecked after NOT_ARTICLE_RECHECK_DAYS, or sooner when a "
                   "feed or sitemap says it changed",
    "missing_field": "judged an article but it has no title or no body; rechecked like not_article",
    "budget": "not fetched: a crawl bound was spent (MAX_PAGES_PER_SOURCE or the "
              "source's max_pages; MAX_PAGINATION for listing pages)",
    "dropped": "dropped by another item pipeline (evidence: its message)",
}
# Skips decided by the page's content: such a page is not fetched again until the
# recheck interval has passed (or a feed/sitemap lastmod says it changed).
RECHECKED_REASONS = ("not_article", "missing_field")


# The record crawler.extract.extract_article returns: these keys, in this order. Each is
# an ArticleItem field too; the spider copies them onto the item.
EXTRACTED_FIELDS = (
    "url", "canonical_url", "title", "authors", "published", "modified", "section",
    "summary", "body", "language", "word_count", "is_article", "page_kind", "reasons",
)


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
    # From crawler.extract.extract_article (EXTRACTED_FIELDS):
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
    # Set by the spider: the page served as a listing this run (its links were followed).
    listing = scrapy.Field()
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


class SkippedPageItem(scrapy.Item):
    source = scrapy.Field()
    url = scrapy.Field()
    reason = scrapy.Field()  # a key of SKIP_REASONS
    evidence = scrapy.Field()
    discovered_via = scrapy.Field()


class SkippedPagesItem(scrapy.Item):
    source = scrapy.Field()
    pages = scrapy.Field()  # SkippedPageItems of this source


class SkipPage(DropItem):
    """A pipeline's decision not to store a fetched page: `reason` (a key of
    SKIP_REASONS) and `evidence` go into skipped_pages."""

    def __init__(self, message: str, *, reason: str, evidence: str = "", page_kind: str | None = None):
        super().__init__(message)
        self.reason = reason
        self.evidence = evidence
        self.page_kind = page_kind
