"""Reading a fetched HTML page: the CPU-heavy part of the news spider's parse_page.

read_page decodes the page, runs the extraction (crawler.extract) and, for a page
whose links are followed, collects them. It touches nothing but the response, so the
spider runs it in a worker thread (PageReaders, EXTRACT_THREADS of them) while the
reactor thread goes on downloading, storing and scheduling. Readings are handed back in
the order the pages were submitted, so items reach the pipelines in the order their
responses arrived, as when extraction ran in the reactor thread: which of two copies of
a story is stored first (and so which URL files it) must not depend on thread timing.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from crawler import discovery
from crawler.decode import decode_html, sniff_not_html
from crawler.extract import extract_article

logger = logging.getLogger(__name__)

# How a page was found when it is a listing: never an article, its links are followed.
LISTING_VIAS = ("home", "section", "pagination")


@dataclass
class Links:
    """The links a listing page gives: feeds it announces, its next pages, other pages."""
    feeds: list[str] = field(default_factory=list)
    pagination: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)


@dataclass
class PageReading:
    """What read_page found: an error (crawl_errors kind and message), or the
    extraction's record with the page's encoding and, when followed, its links."""
    error: tuple[str, str] | None = None
    data: dict | None = None
    encoding: str | None = None
    follow: bool = False
    links: Links | None = None


def listing_links(response) -> Links:
    """Feeds, next pages and other pages (not tag/author/file pages, not pagination) linked
    from a listing page."""
    pagination = discovery.pagination_links(response)
    next_pages = set(map(discovery.normalise_url, pagination))
    pages = [url for url in discovery.page_links(response)
             if url not in next_pages and not discovery.is_non_article_url(url)
             and not discovery.is_pagination_url(url)]
    return Links(feeds=discovery.feed_links(response), pagination=pagination, pages=pages)


def read_page(response, content_type: str | None, via: str, may_follow: bool) -> PageReading:
    """Decode and extract the page; a page fetched as a listing (`via` in
    LISTING_VIAS) is never an article. Its links are collected when it is not an
    article and `may_follow` (fewer than LISTING_DEPTH hops from home)."""
    reason = sniff_not_html(response.body, content_type)
    if reason:  # binary data or an empty body served as text/html
        kind = "empty" if reason == "empty page" else "not_html"
        logger.warning("%s: %s: %s", kind, response.url, reason)
        return PageReading(error=(kind, f"{reason} (Content-Type {content_type!r})"))
    try:
        text, encoding = decode_html(response.body, content_type)
        data = extract_article(text, response.url, content_type=content_type)
    except Exception as exc:  # one bad page must not stop the crawl: recorded, not lost
        logger.error("extraction failed for %s", response.url, exc_info=True)
        return PageReading(error=("parse", f"{type(exc).__name__}: {exc}"))
    if via in LISTING_VIAS and data.get("is_article"):
        data = dict(data, is_article=False, page_kind="listing",
                    reasons=[*data.get("reasons", []), f"fetched as a {via} page"])
    follow = not data.get("is_article") and may_follow
    return PageReading(data=data, encoding=encoding, follow=follow,
                       links=listing_links(response) if follow else None)


class PageReaders:
    """A bounded pool of worker threads reading pages (at most `threads` at once),
    handing the readings back in the order the pages were submitted. A callback with no
    page to read (a feed, a sitemap) waits for its turn too (wait_turn), so the requests
    of all callbacks are scheduled in the order their responses arrived."""

    def __init__(self, threads: int):
        self.threads = max(1, threads)
        self.pool: ThreadPoolExecutor | None = None
        self.last_turn: asyncio.Future | None = None  # resolved when the last one submitted is handed back

    def _take_turn(self) -> tuple[asyncio.Future | None, asyncio.Future]:
        previous, turn = self.last_turn, asyncio.get_running_loop().create_future()
        self.last_turn = turn
        return previous, turn

    async def read(self, response, content_type: str | None, via: str, may_follow: bool) -> PageReading:
        if self.pool is None:
            self.pool = ThreadPoolExecutor(max_workers=self.threads, thread_name_prefix="read_page")
        job = asyncio.wrap_future(self.pool.submit(read_page, response, content_type, via, may_follow))
        previous, turn = self._take_turn()
        try:
            reading = await job
            if previous is not None:
                await previous  # the pages submitted before are handed back first
            return reading
        finally:
            turn.set_result(None)  # whatever happened, the next one's turn comes

    async def wait_turn(self) -> None:
        """Return once everything submitted before has been handed back."""
        previous, turn = self._take_turn()
        try:
            if previous is not None:
                await previous
        finally:
            turn.set_result(None)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True)
            self.pool = None
