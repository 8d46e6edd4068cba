"""The `news` spider: crawls every source of a sources.toml file.

    scrapy crawl news -a sources=sources.toml -s DATABASE=data/news.db [-a source=NAME]

For each source it fetches the home page, robots.txt (for `Sitemap:` lines), the
configured feeds, sitemaps and sections, and the feeds the home page announces. Feeds
and sitemaps list candidate article URLs; listing pages (home, sections and their
pagination) give links. Every candidate page is extracted (crawler.extract) and the
extraction decides whether it is an article. Pages already in the database are not
downloaded again unless a feed or sitemap says they changed since (incremental crawls);
nor are pages skipped as not articles within NOT_ARTICLE_RECHECK_DAYS, unless a feed or
sitemap says they changed since. Feeds and sitemaps are fetched with conditional GETs.
Errors are yielded as CrawlErrorItems and never stop the crawl; URLs not fetched because
the page budget was spent are yielded as SkippedPageItems, those of one feed, sitemap or
listing page together as one SkippedPagesItem. No NLP happens here. What
earlier crawls stored is passed in (crawler.runner.news_inputs: the spider never opens
the database); pages are read in worker threads (crawler/spiders/pages.py).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from typing import Iterable
from urllib.parse import urljoin

import scrapy

from crawler import discovery
from crawler.dates import parse_iso
from crawler.items import (EXTRACTED_FIELDS, ArticleItem, CrawlErrorItem, FetchStateItem, SkippedPageItem,
                           SkippedPagesItem)
from crawler.runner import news_inputs
from crawler.sources import Source, load_sources
from crawler.spiders.errors import QUIET_ERRORS, error_kind, error_message, retry_next_run
from crawler.spiders.inputs import CrawlInputs
from crawler.spiders.pages import LISTING_VIAS, Links, PageReaders
from newswatch.store import utcnow

# Pages read (decoded, extracted) at once in worker threads when EXTRACT_THREADS is not set.
DEFAULT_EXTRACT_THREADS = 1


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, sources: str = "sources.toml", source: str | None = None,
                 inputs: CrawlInputs | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sources_path = sources
        self.sources: list[Source] = load_sources(sources, only=source)
        self.by_name = {s.name: s for s in self.sources}
        self.hosts = {s.name: self._hosts_of(s) for s in self.sources}
        self.inputs = inputs  # what earlier crawls stored (crawler.runner.news_inputs)
        self.requested: set[str] = set()
        self.requests_per_source: Counter = Counter()
        self.budget_cut: set[str] = set()  # URLs recorded as over the page budget
        # Feeds and sitemaps some of whose entries were not fetched this run (a transient
        # error, or the page budget): their validators are not saved, so the next run
        # fetches them in full instead of getting a 304 and never seeing those entries.
        self.incomplete_lists: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.db_path = settings.get("DATABASE")
        spider.max_pagination = settings.getint("MAX_PAGINATION", 50)
        spider.listing_depth = settings.getint("LISTING_DEPTH", 2)
        spider.max_pages = settings.getint("MAX_PAGES_PER_SOURCE", 5000)
        spider.refetch_known = settings.getbool("REFETCH_KNOWN", False)
        spider.recheck_days = settings.getfloat("NOT_ARTICLE_RECHECK_DAYS", 7)
        spider.max_age_days = settings.getfloat("SITEMAP_MAX_AGE_DAYS", 0)
        # Largest feed or sitemap, downloaded or after decompression (gzip bombs).
        spider.xml_maxsize = settings.getint("XML_MAXSIZE") or discovery.MAX_XML_SIZE
        # With a frontier shared on Redis (crawler/frontier.py), Scrapy's dupefilter, not
        # this process's `requested` set, decides what was already fetched.
        spider.shared_frontier = bool(settings.get("REDIS_URL"))
        spider.readers = PageReaders(settings.getint("EXTRACT_THREADS", DEFAULT_EXTRACT_THREADS))
        if spider.inputs is None:  # `scrapy crawl news`: read as crawler.runner.crawl does
            spider.inputs = news_inputs(spider.db_path, spider.recheck_days)
        return spider

    def closed(self, reason):
        self.readers.close()

    @staticmethod
    def _hosts_of(source: Source) -> set[str]:
        urls = [source.url, *source.feeds, *source.sitemaps, *source.sections]
        return {discovery.host_key(u) for u in urls}

    async def start(self):
        for source in self.sources:
            for request in self.source_requests(source):
                yield request

    def source_requests(self, source: Source):
        home = self.make_request(source, source.url, "home", depth=0)
        if home:
            yield home
        robots = discovery.normalise_url(urljoin(source.url, "/robots.txt"))
        if robots not in self.requested:
            self.requested.add(robots)
            yield scrapy.Request(
                robots,
                callback=self.parse_robots,
                errback=self.on_error,
                dont_filter=not self.shared_frontier,
                meta={"source": source.name, "handle_httpstatus_list": [404, 410]},
                priority=10,
            )
        for url in source.feeds:
            request = self.make_request(source, url, "feed")
            if request:
                yield request
        for url in source.sitemaps:
            request = self.make_request(source, url, "sitemap")
            if request:
                yield request
        for url in source.sections:
            request = self.make_request(source, url, "section", depth=1)
            if request:
                yield request

    # --- scheduling -------------------------------------------------------------------

    def make_request(
        self,
        source: Source,
        url: str,
        via: str,
        *,
        depth: int = 0,
        page_no: int = 1,
        lastmod: str | None = None,
        listed_by: str | None = None,
    ) -> scrapy.Request | SkippedPageItem | None:
        """A request for `url` found by `via` (home, section, pagination, feed, sitemap,
        listing, or a feed/sitemap entry), or None when it must not be fetched, or a
        SkippedPageItem (to be yielded like the request) when the source's page budget
        is spent. `listed_by`: the feed or sitemap that listed it."""
        url = discovery.normalise_url(url)
        configured = url in source.feeds or url in source.sitemaps or url in source.sections
        if not self.wanted(source, url, via, lastmod, configured):
            return None
        spent = self.budget_spent(source, url, via, page_no, lastmod, listed_by, configured)
        if spent:
            return self.budget_item(source, url, via, spent)
        self.requested.add(url)
        self.requests_per_source[source.name] += 1
        meta = {"source": source.name, "via": via, "nw_depth": depth, "page_no": page_no}
        if listed_by:
            meta["listed_by"] = listed_by
        if via in ("feed", "sitemap"):
            return self.xml_request(url, meta)
        priority = 3 if via in LISTING_VIAS else 0
        # dont_filter: the spider dedupes itself (self.requested), and redirected copies
        # of a request must reach parse_page so their URLs are recorded. A shared
        # frontier dedupes across processes in Redis instead.
        return scrapy.Request(
            url, callback=self.parse_page, errback=self.on_error, dont_filter=not self.shared_frontier,
            meta=meta, priority=priority,
        )

    def wanted(self, source: Source, url: str, via: str, lastmod: str | None, configured: bool) -> bool:
        """Whether `url` may be fetched at all: not requested yet this run, on the
        source's hosts, not too old, allowed by the source, not denied pagination, and
        (pages) not already stored or skipped unless a feed or sitemap says it changed."""
        if url in self.requested or discovery.host_key(url) not in self.hosts[source.name]:
            return False
        if lastmod and self.max_age_days and not configured and self._too_old(lastmod):
            self.crawler.stats.inc_value("newswatch/skipped_old")
            return False
        if via in ("page", "entry") and not source.url_allowed(url):
            return False
        if via == "pagination" and any(r.search(url) for r in source.deny_res()):
            return False
        if via not in ("page", "entry") or self.refetch_known:
            return True
        known, recheck_later = self.inputs.known, self.inputs.recheck_later
        if url in known and not self._changed_since(lastmod, known[url]):
            self.crawler.stats.inc_value("newswatch/skipped_known")
            return False
        if url in recheck_later and not self._changed_since(lastmod, recheck_later[url]):
            self.crawler.stats.inc_value("newswatch/skipped_recheck_later")
            return False
        return True

    def budget_spent(self, source: Source, url: str, via: str, page_no: int, lastmod: str | None,
                     listed_by: str | None, configured: bool) -> str | None:
        """Why `url` is over a crawl bound (MAX_PAGINATION, the page budget), or None."""
        if via == "pagination" and page_no > self.max_pagination:
            self.crawler.stats.inc_value("newswatch/skipped_max_pagination")
            return f"MAX_PAGINATION ({self.max_pagination}) listing pages already followed in this section"
        budget = source.max_pages or self.max_pages
        if self.requests_per_source[source.name] < budget or configured:
            return None
        self.crawler.stats.inc_value("newswatch/skipped_max_pages")
        if listed_by:
            self.incomplete_lists.add(listed_by)
        found = f"listed by {listed_by}" if listed_by else f"found via {via}"
        if lastmod:
            found += f" (lastmod {lastmod})"
        return (f"page budget of {budget} requests for this source spent (MAX_PAGES_PER_SOURCE or the "
                f"source's max_pages); {found}")

    def xml_request(self, url: str, meta: dict) -> scrapy.Request:
        """A feed or sitemap request, conditional on the validators we hold."""
        headers = {}
        state = self.inputs.fetch_state.get(url)
        # A sitemap index is always fetched in full: its children can change while
        # it does not, and they are fetched conditionally themselves.
        if state and state.get("kind") == "sitemapindex":
            state = None
        if state and state.get("etag"):
            headers["If-None-Match"] = state["etag"]
        if state and state.get("last_modified"):
            headers["If-Modified-Since"] = state["last_modified"]
        meta["handle_httpstatus_list"] = [304]
        meta["download_maxsize"] = self.xml_maxsize  # a big sitemap may pass DOWNLOAD_MAXSIZE
        return scrapy.Request(
            url, callback=self.parse_xml, errback=self.on_error, headers=headers,
            dont_filter=not self.shared_frontier, meta=meta, priority=5,
        )

    def budget_item(self, source: Source, url: str, via: str, evidence: str) -> SkippedPageItem | None:
        """A skipped_pages row for a URL a crawl bound kept from being fetched (once per run)."""
        if url in self.budget_cut:
            return None
        self.budget_cut.add(url)
        return SkippedPageItem(source=source.name, url=url, reason="budget", evidence=evidence,
                               discovered_via=via)

    def _too_old(self, lastmod: str) -> bool:
        """A feed/sitemap entry last modified more than SITEMAP_MAX_AGE_DAYS ago."""
        when = parse_iso(lastmod)
        if when is None:
            return False
        age = dt.datetime.now(dt.timezone.utc) - when
        return age > dt.timedelta(days=self.max_age_days)

    @staticmethod
    def _changed_since(lastmod: str | None, seen: str | None) -> bool:
        new, old = parse_iso(lastmod), parse_iso(seen)
        return bool(new and old and new > old)

    # --- callbacks --------------------------------------------------------------------

    async def parse_robots(self, response):
        source = self.by_name[response.meta["source"]]
        if response.status != 200:
            return
        await self.readers.wait_turn()  # its requests in the order responses arrived (pages.py)
        for url in discovery.robots_sitemaps(response.text, response.url):
            request = self.make_request(source, url, "sitemap")
            if request:
                yield request

    async def parse_xml(self, response):
        """A feed, a sitemap or a sitemap index (sniffed from the document)."""
        source = self.by_name[response.meta["source"]]
        via = response.meta["via"]
        await self.readers.wait_turn()  # its requests in the order responses arrived (pages.py)
        if response.status == 304:
            self.crawler.stats.inc_value("newswatch/not_modified")
            yield FetchStateItem(source=source.name, url=response.url, kind=via, status=304)
            return
        try:
            body = discovery.maybe_gunzip(response.body, max_size=self.xml_maxsize)
        except discovery.TooLarge as exc:
            self.logger.warning("too_large: %s: %s", response.url, exc)
            yield CrawlErrorItem(source=source.name, url=response.url, kind="too_large", message=str(exc))
            return
        kind = discovery.xml_kind(body)
        if kind is None:
            yield CrawlErrorItem(
                source=source.name, url=response.url, kind="parse",
                message=f"not a feed or sitemap (Content-Type {self._content_type(response)!r})",
            )
            return
        yield FetchStateItem(
            source=source.name,
            url=response.url,
            kind={"rss": "feed", "atom": "feed", "urlset": "sitemap"}.get(kind, kind),
            etag=self._header(response, "ETag"),
            last_modified=self._header(response, "Last-Modified"),
            status=response.status,
        )
        if kind == "sitemapindex":
            _, entries = discovery.parse_sitemap(body)
            made = (self.make_request(source, entry.url, "sitemap", lastmod=entry.lastmod) for entry in entries)
        else:
            if kind == "urlset":
                _, entries = discovery.parse_sitemap(body)
            else:
                entries = discovery.parse_feed(body, response.url)
            made = (self.make_request(source, entry.url, "entry", depth=self.listing_depth,
                                      lastmod=entry.lastmod, listed_by=response.url) for entry in entries)
        for request in self.gathered(source, made):
            yield request

    async def parse_page(self, response):
        """An HTML page: read (decoded, extracted, links collected) in a worker thread
        (crawler/spiders/pages.py), then its item and the requests for its links."""
        source = self.by_name[response.meta["source"]]
        via = response.meta.get("via", "page")
        content_type = self._content_type(response)
        if not discovery.content_type_is_html(content_type, response.body):
            yield CrawlErrorItem(
                source=source.name, url=response.url, kind="not_html",
                message=f"Content-Type {content_type!r}: not an HTML page",
            )
            return
        depth = response.meta.get("nw_depth", 0)
        reading = await self.readers.read(response, content_type, via, depth < self.listing_depth)
        if reading.error:
            kind, message = reading.error
            yield CrawlErrorItem(source=source.name, url=response.url, kind=kind, message=message)
            return
        item = self.article_item(response, source, reading.data, reading.encoding, content_type)
        # A page whose links are followed is how articles are found: fetched every run.
        # Any other non-article is rechecked only after NOT_ARTICLE_RECHECK_DAYS.
        item["listing"] = via in LISTING_VIAS or reading.follow
        yield item
        if reading.links is not None:
            for request in self.follow_listing(response, source, reading.links):
                yield request

    def follow_listing(self, response, source: Source, links: Links):
        depth = response.meta.get("nw_depth", 0)
        page_no = response.meta.get("page_no", 1)
        made = [self.make_request(source, url, "feed") for url in links.feeds]
        made += [self.make_request(source, url, "pagination", depth=depth, page_no=page_no + 1)
                 for url in links.pagination]
        made += [self.make_request(source, url, "page", depth=depth + 1) for url in links.pages]
        return self.gathered(source, made)

    @staticmethod
    def gathered(source: Source, made: Iterable):
        """What make_request made for the links of one response: its requests as they
        come, then the budget cuts among them as one SkippedPagesItem (recorded in one
        transaction, not one per URL)."""
        cuts = []
        for made_one in made:
            if isinstance(made_one, SkippedPageItem):
                cuts.append(made_one)
            elif made_one is not None:
                yield made_one
        if cuts:
            yield SkippedPagesItem(source=source.name, pages=cuts)

    def article_item(self, response, source: Source, data: dict, encoding: str, content_type: str | None) -> ArticleItem:
        item = ArticleItem(
            source=source.name,
            fetched_url=response.url,
            redirect_urls=list(response.request.meta.get("redirect_urls", [])),
            discovered_via=response.meta.get("via"),
            status=response.status,
            content_type=content_type,
            encoding=encoding,
            html=response.body,
            fetched_at=utcnow(),
        )
        for key in EXTRACTED_FIELDS:
            item[key] = data.get(key)
        return item

    def on_error(self, failure):
        request = failure.request
        kind = error_kind(failure)
        if kind == "http_404" and request.url.endswith("/robots.txt"):
            return
        maxsize = request.meta.get("download_maxsize") or self.settings.getint("DOWNLOAD_MAXSIZE")
        message = error_message(failure, kind, maxsize)
        listed_by = request.meta.get("listed_by")
        if listed_by and retry_next_run(kind):
            self.incomplete_lists.add(listed_by)
        level = logging.INFO if kind in QUIET_ERRORS else logging.WARNING
        self.logger.log(level, "%s: %s: %s", kind, request.url, message)
        yield CrawlErrorItem(source=request.meta.get("source"), url=request.url, kind=kind, message=message)

    @staticmethod
    def _header(response, name: str) -> str | None:
        value = response.headers.get(name)
        return value.decode("latin-1") if value else None

    def _content_type(self, response) -> str | None:
        return self._header(response, "Content-Type")
