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
the page budget was spent are yielded as SkippedPageItems. No NLP happens here.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from urllib.parse import urljoin

import scrapy
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest, ResponseDataLossError
from scrapy.spidermiddlewares.httperror import HttpError

from crawler import discovery
from crawler.dates import parse_iso
from crawler.items import RECHECKED_REASONS, ArticleItem, CrawlErrorItem, FetchStateItem, SkippedPageItem
from crawler.items import EXTRACTED_FIELDS
from crawler.sources import Source, load_sources

LISTING_VIAS = ("home", "section", "pagination")


def error_kind(failure) -> str:
    """The crawl_errors.kind of a request failure."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    text = str(exc).lower()
    if isinstance(exc, IgnoreRequest):
        if "robots" in text:
            return "robots_forbidden"
        if "max redirections" in text:
            return "redirect_loop"
        if "download_maxsize" in text or "max size" in text:
            return "too_large"  # e.g. a gzip body inflating past DOWNLOAD_MAXSIZE
        return "ignored"
    if isinstance(exc, DownloadCancelledError):
        return "too_large"  # Scrapy cancels a download only when it passes DOWNLOAD_MAXSIZE
    if isinstance(exc, ResponseDataLossError):
        return "data_loss"
    name = type(exc).__name__
    if "maxsize" in text or "max size" in text or "larger than download" in text:
        return "too_large"
    if "Timeout" in name or "TimedOut" in name:
        return "timeout"
    if "DNS" in name or "Resolve" in name:
        return "dns"
    if "Refused" in name or "Connect" in name:
        return "connection"
    if "Cancelled" in name:
        return "too_large" if "size" in text else "cancelled"
    return "download"


# Failures worth trying again next run (a feed listing such a page is fetched in full).
TRANSIENT_ERRORS = {"timeout", "dns", "connection", "download", "data_loss", "cancelled", "http_429", "http_408"}

# Messages for failures whose exception carries no text.
ERROR_MESSAGES = {
    "too_large": "response larger than DOWNLOAD_MAXSIZE ({maxsize} bytes); download cancelled",
    "data_loss": "connection closed before the whole response arrived (shorter than its Content-Length)",
}


class NewsSpider(scrapy.Spider):
    name = "news"

    def __init__(self, sources: str = "sources.toml", source: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sources_path = sources
        self.sources: list[Source] = load_sources(sources, only=source)
        self.by_name = {s.name: s for s in self.sources}
        self.hosts = {s.name: self._hosts_of(s) for s in self.sources}
        self.requested: set[str] = set()
        self.requests_per_source: Counter = Counter()
        self.known: dict[str, str | None] = {}  # URL -> when we last fetched/saw it
        self.fetch_state: dict[str, dict] = {}
        # URL -> when it was last skipped as not an article (within the recheck interval).
        self.recheck_later: dict[str, str] = {}
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
        return spider

    @staticmethod
    def _hosts_of(source: Source) -> set[str]:
        urls = [source.url, *source.feeds, *source.sitemaps, *source.sections]
        return {discovery.host_key(u) for u in urls}

    def load_known(self) -> None:
        """What the database already holds: stored URLs, and feed/sitemap validators."""
        from newswatch.store import connect

        db = connect(self.db_path)
        try:
            for row in db.query("select url, last_seen from article_urls"):
                self.known[row["url"]] = row["last_seen"]
            for row in db.query("select url, fetched_at from pages"):
                self.known[row["url"]] = row["fetched_at"]
            for row in db.query("select url, kind, etag, last_modified from fetch_state"):
                self.fetch_state[row["url"]] = row
            if self.recheck_days > 0:
                self.load_recent_skips(db)
        finally:
            db.close()

    def load_recent_skips(self, db) -> None:
        """Pages skipped for their content (not an article, no title...) less than
        NOT_ARTICLE_RECHECK_DAYS ago, under their URL and the URL that redirected there."""
        cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=self.recheck_days)
        marks = ",".join("?" * len(RECHECKED_REASONS))
        rows = db.query(
            f"select url, requested_url, max(at) as at from skipped_pages where reason in ({marks}) "
            "and at >= ? group by url, requested_url",
            [*RECHECKED_REASONS, cutoff.replace(microsecond=0).isoformat()],
        )
        for row in rows:
            for url in (row["url"], row["requested_url"]):
                if url and url not in self.known:
                    self.recheck_later[url] = max(row["at"], self.recheck_later.get(url, ""))

    async def start(self):
        self.load_known()
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
        if url in self.requested:
            return None
        if discovery.host_key(url) not in self.hosts[source.name]:
            return None
        configured = url in source.feeds or url in source.sitemaps or url in source.sections
        if lastmod and self.max_age_days and not configured and self._too_old(lastmod):
            self.crawler.stats.inc_value("newswatch/skipped_old")
            return None
        if via in ("page", "entry") and not source.url_allowed(url):
            return None
        if via == "pagination" and any(r.search(url) for r in source.deny_res()):
            return None
        if via == "pagination" and page_no > self.max_pagination:
            self.crawler.stats.inc_value("newswatch/skipped_max_pagination")
            return self.budget_item(source, url, via, f"MAX_PAGINATION ({self.max_pagination}) "
                                    "listing pages already followed in this section")
        if via in ("page", "entry") and not self.refetch_known and url in self.known:
            changed = self._changed_since(lastmod, self.known[url])
            if not changed:
                self.crawler.stats.inc_value("newswatch/skipped_known")
                return None
        if via in ("page", "entry") and not self.refetch_known and url in self.recheck_later:
            if not self._changed_since(lastmod, self.recheck_later[url]):
                self.crawler.stats.inc_value("newswatch/skipped_recheck_later")
                return None
        budget = source.max_pages or self.max_pages
        if self.requests_per_source[source.name] >= budget and not configured:
            self.crawler.stats.inc_value("newswatch/skipped_max_pages")
            if listed_by:
                self.incomplete_lists.add(listed_by)
            found = f"listed by {listed_by}" if listed_by else f"found via {via}"
            if lastmod:
                found += f" (lastmod {lastmod})"
            return self.budget_item(source, url, via, f"page budget of {budget} requests for this "
                                    f"source spent (MAX_PAGES_PER_SOURCE or the source's max_pages); {found}")
        self.requested.add(url)
        self.requests_per_source[source.name] += 1
        meta = {"source": source.name, "via": via, "nw_depth": depth, "page_no": page_no}
        if listed_by:
            meta["listed_by"] = listed_by
        if via in ("feed", "sitemap"):
            headers = {}
            state = self.fetch_state.get(url)
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
        priority = 3 if via in LISTING_VIAS else 0
        # dont_filter: the spider dedupes itself (self.requested), and redirected copies
        # of a request must reach parse_page so their URLs are recorded. A shared
        # frontier dedupes across processes in Redis instead.
        return scrapy.Request(
            url, callback=self.parse_page, errback=self.on_error, dont_filter=not self.shared_frontier,
            meta=meta, priority=priority,
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

    def parse_robots(self, response):
        source = self.by_name[response.meta["source"]]
        if response.status != 200:
            return
        for url in discovery.robots_sitemaps(response.text, response.url):
            request = self.make_request(source, url, "sitemap")
            if request:
                yield request

    def parse_xml(self, response):
        """A feed, a sitemap or a sitemap index (sniffed from the document)."""
        source = self.by_name[response.meta["source"]]
        via = response.meta["via"]
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
            for entry in entries:
                request = self.make_request(source, entry.url, "sitemap", lastmod=entry.lastmod)
                if request:
                    yield request
            return
        if kind == "urlset":
            _, entries = discovery.parse_sitemap(body)
        else:
            entries = discovery.parse_feed(body, response.url)
        for entry in entries:
            request = self.make_request(source, entry.url, "entry", depth=self.listing_depth,
                                        lastmod=entry.lastmod, listed_by=response.url)
            if request:
                yield request

    def parse_page(self, response):
        source = self.by_name[response.meta["source"]]
        via = response.meta.get("via", "page")
        content_type = self._content_type(response)
        if not discovery.content_type_is_html(content_type, response.body):
            yield CrawlErrorItem(
                source=source.name, url=response.url, kind="not_html",
                message=f"Content-Type {content_type!r}: not an HTML page",
            )
            return
        from crawler.extract import decode_html, extract_article, sniff_not_html

        reason = sniff_not_html(response.body, content_type)
        if reason:  # binary data or an empty body served as text/html
            kind = "empty" if reason == "empty page" else "not_html"
            self.logger.warning("%s: %s: %s", kind, response.url, reason)
            yield CrawlErrorItem(source=source.name, url=response.url, kind=kind,
                                 message=f"{reason} (Content-Type {content_type!r})")
            return

        try:
            text, encoding = decode_html(response.body, content_type)
            data = extract_article(text, response.url, content_type=content_type)
        except Exception as exc:  # one bad page must not stop the crawl: recorded, not lost
            self.logger.error("extraction failed for %s", response.url, exc_info=True)
            yield CrawlErrorItem(
                source=source.name, url=response.url, kind="parse",
                message=f"{type(exc).__name__}: {exc}",
            )
            return
        if via in LISTING_VIAS and data.get("is_article"):
            data = dict(data, is_article=False, page_kind="listing",
                        reasons=[*data.get("reasons", []), f"fetched as a {via} page"])
        follow = not data.get("is_article") and response.meta.get("nw_depth", 0) < self.listing_depth
        item = self.article_item(response, source, data, encoding, content_type)
        # A page whose links are followed is how articles are found: fetched every run.
        # Any other non-article is rechecked only after NOT_ARTICLE_RECHECK_DAYS.
        item["listing"] = via in LISTING_VIAS or follow
        yield item
        if follow:
            yield from self.follow_listing(response, source)

    def follow_listing(self, response, source: Source):
        depth = response.meta.get("nw_depth", 0)
        page_no = response.meta.get("page_no", 1)
        for url in discovery.feed_links(response):
            request = self.make_request(source, url, "feed")
            if request:
                yield request
        pages = discovery.pagination_links(response)
        for url in pages:
            request = self.make_request(source, url, "pagination", depth=depth, page_no=page_no + 1)
            if request:
                yield request
        pages = set(map(discovery.normalise_url, pages))
        for url in discovery.page_links(response):
            if url in pages or discovery.is_non_article_url(url):
                continue
            if discovery.is_pagination_url(url):
                continue
            request = self.make_request(source, url, "page", depth=depth + 1)
            if request:
                yield request

    def article_item(self, response, source: Source, data: dict, encoding: str, content_type: str | None) -> ArticleItem:
        from newswatch.store import utcnow

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
        source = request.meta.get("source")
        kind = error_kind(failure)
        if kind == "http_404" and request.url.endswith("/robots.txt"):
            return
        message = str(failure.value)
        if not message:
            template = ERROR_MESSAGES.get(kind, type(failure.value).__name__)
            maxsize = request.meta.get("download_maxsize") or self.settings.getint("DOWNLOAD_MAXSIZE")
            message = template.format(maxsize=maxsize)
        if isinstance(failure.value, HttpError):
            message = f"HTTP {failure.value.response.status}"
        listed_by = request.meta.get("listed_by")
        if listed_by and (kind in TRANSIENT_ERRORS or kind.startswith("http_5")):
            self.incomplete_lists.add(listed_by)
        level = logging.INFO if kind in ("http_404", "http_410", "robots_forbidden") else logging.WARNING
        self.logger.log(level, "%s: %s: %s", kind, request.url, message)
        yield CrawlErrorItem(source=source, url=request.url, kind=kind, message=message)

    @staticmethod
    def _header(response, name: str) -> str | None:
        value = response.headers.get(name)
        return value.decode("latin-1") if value else None

    def _content_type(self, response) -> str | None:
        return self._header(response, "Content-Type")
