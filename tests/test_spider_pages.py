"""crawler/spiders/pages.py: reading a page (decode, extract, links), the part of the
news spider that runs in worker threads, on saved pages of the demo site."""
from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request

import crawler.spiders.pages as pages
from crawl_helpers import SITE_DIR as SITE
from crawler.spiders.pages import PageReaders, read_page

BASE = "http://news.example"
HTML = "text/html; charset=utf-8"
SITE_PAGES = sorted(p for p in SITE.rglob("*.html"))


def page(path: Path) -> HtmlResponse:
    url = BASE + "/" + str(path.relative_to(SITE).parent).strip(".") + "/"
    body = path.read_bytes().replace(b"{{base}}", BASE.encode())
    return HtmlResponse(url, body=body, request=Request(url), headers={"Content-Type": HTML})


def test_site_has_pages():
    assert len(SITE_PAGES) >= 20


def test_pages_read_in_worker_threads_are_read_as_inline():
    """Every page of the fixture site gives the same record, links included, whether read
    inline or by the pool (two threads, all pages submitted at once)."""
    responses = [page(p) for p in SITE_PAGES]
    inline = [read_page(r, HTML, "page", True) for r in [page(p) for p in SITE_PAGES]]
    readers = PageReaders(2)

    async def read_all():
        return await asyncio.gather(*(readers.read(r, HTML, "page", True) for r in responses))

    try:
        threaded = asyncio.run(read_all())
    finally:
        readers.close()
    assert threaded == inline
    assert any(r.data["is_article"] for r in inline) and any(r.links and r.links.pages for r in inline)


def test_the_pool_is_bounded(monkeypatch):
    running, most = 0, 0
    lock = threading.Lock()
    release = threading.Event()

    def slow_read(*args):
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        release.wait(5)
        with lock:
            running -= 1
        return "read"

    monkeypatch.setattr(pages, "read_page", slow_read)
    readers = PageReaders(3)

    async def read_many():
        jobs = [asyncio.ensure_future(readers.read(None, HTML, "page", True)) for _ in range(10)]
        await asyncio.sleep(0.3)
        release.set()
        return await asyncio.gather(*jobs)

    try:
        assert asyncio.run(read_many()) == ["read"] * 10
    finally:
        readers.close()
    assert most == 3


def test_readings_are_handed_back_in_the_order_pages_were_submitted(monkeypatch):
    """The first page is read slowest; its reading still comes back first, as when
    extraction ran inline (the order items are stored in decides which copy of a story
    files it)."""
    def read(response, *args):
        threading.Event().wait(0.3 if response == "first" else 0.01)
        return response

    monkeypatch.setattr(pages, "read_page", read)
    readers = PageReaders(2)
    handed_back = []

    async def read_one(name):
        handed_back.append(await readers.read(name, HTML, "page", True))

    async def read_all():
        await asyncio.gather(*(read_one(name) for name in ("first", "second", "third")))

    try:
        asyncio.run(read_all())
    finally:
        readers.close()
    assert handed_back == ["first", "second", "third"]


def test_a_callback_without_a_page_to_read_waits_for_the_pages_before(monkeypatch):
    def slow_read(response, *args):
        threading.Event().wait(0.2)
        return response

    monkeypatch.setattr(pages, "read_page", slow_read)
    readers = PageReaders(2)
    order = []

    async def page():
        order.append(await readers.read("page", HTML, "page", True))

    async def feed():
        await readers.wait_turn()
        order.append("feed")

    async def both():
        await asyncio.gather(page(), feed())

    try:
        asyncio.run(both())
    finally:
        readers.close()
    assert order == ["page", "feed"]


def test_a_listing_page_is_never_an_article_and_gives_its_links():
    home = page(SITE / "index.html")
    reading = read_page(home, HTML, "home", True)
    assert reading.error is None and not reading.data["is_article"] and reading.data["page_kind"] == "listing"
    assert reading.follow and BASE + "/news/rss/" in reading.links.feeds
    assert BASE + "/news/24310003.parents-protest-academy-trust-takeover-hollybrook-primary/" in reading.links.pages
    assert BASE + "/tag/academy-trusts/" not in reading.links.pages
    deep = read_page(home, HTML, "home", False)  # LISTING_DEPTH reached: not followed
    assert not deep.follow and deep.links is None


def test_binary_and_empty_bodies_are_errors():
    request = Request(BASE + "/x/")
    binary = HtmlResponse(BASE + "/x/", body=b"%PDF-1.4\n" + bytes(range(256)) * 4, request=request)
    assert read_page(binary, HTML, "page", True).error[0] == "not_html"
    empty = HtmlResponse(BASE + "/x/", body=b"", request=request)
    assert read_page(empty, HTML, "page", True).error == ("empty", f"empty page (Content-Type {HTML!r})")


def test_extraction_crash_is_recorded_not_fatal(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("lxml exploded")

    monkeypatch.setattr(pages, "extract_article", broken)
    reading = read_page(page(SITE_PAGES[0]), HTML, "page", True)
    assert reading.error == ("parse", "RuntimeError: lxml exploded") and reading.data is None


@pytest.mark.parametrize("threads", [0, 1])
def test_at_least_one_thread(threads):
    assert PageReaders(threads).threads == 1
