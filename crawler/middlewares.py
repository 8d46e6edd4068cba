"""Downloader middlewares of the newswatch crawler, and the per-source stats keys.

- ContactUserAgentMiddleware: the User-Agent names the project and a contact address
  (settings NEWSWATCH_USER_AGENT and NEWSWATCH_CONTACT).
- BackoffRetryMiddleware: Scrapy's RetryMiddleware, waiting RETRY_BACKOFF_BASE * 2**n
  seconds (capped at RETRY_BACKOFF_MAX) before the n-th retry of a 5xx or network error;
  a response's Retry-After (429, 503), up to RETRY_AFTER_MAX seconds, when longer, and
  the site's download delay is raised to it too.
- SourceStatsMiddleware: counts responses per source (crawl_runs.pages_fetched).

The extensions (run bookkeeping, the progress line) are in crawler/extensions.py.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import logging

from scrapy.downloadermiddlewares.retry import RetryMiddleware

logger = logging.getLogger(__name__)


def pages_key(source: str) -> str:
    """Stats key: responses received for a source (any status)."""
    return f"newswatch/pages/{source}"


def ok_key(source: str) -> str:
    """Stats key: successful (2xx/3xx) responses received for a source."""
    return f"newswatch/ok/{source}"


def outcome_key(source: str, outcome: str) -> str:
    """Stats key: articles of a source stored as `outcome` (new, updated, unchanged)."""
    return f"newswatch/articles_{outcome}/{source}"


class ContactUserAgentMiddleware:
    def __init__(self, user_agent: str):
        self.user_agent = user_agent

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        template = settings.get("NEWSWATCH_USER_AGENT")
        contact = settings.get("NEWSWATCH_CONTACT")
        if not contact:
            logger.warning(
                "NEWSWATCH_CONTACT is not set: site owners cannot reach you; "
                "add -s NEWSWATCH_CONTACT=mailto:you@example.org"
            )
            contact = "contact not set"
        return cls(template.format(contact=contact))

    def process_request(self, request):
        request.headers.setdefault(b"User-Agent", self.user_agent)
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 300.0)

    def delay_for(self, retry_times: int) -> float:
        """Seconds to wait before retry number `retry_times` (1, 2, ...)."""
        if self.backoff_base <= 0:
            return 0.0
        return min(self.backoff_max, self.backoff_base * 2 ** (retry_times - 1))

    async def _wait(self, request, at_least: float = 0.0) -> None:
        delay = max(self.delay_for(request.meta.get("retry_times", 0) + 1), at_least)
        if delay > 0:
            await asyncio.sleep(delay)

    def retry_after(self, request, response) -> float:
        """Seconds the server asked us to wait (Retry-After: seconds or an HTTP date),
        capped at RETRY_AFTER_MAX; the site's download slot slows down as much."""
        value = response.headers.get(b"Retry-After")
        if not value:
            return 0.0
        text = value.decode("latin-1").strip()
        try:
            seconds = float(text)
        except ValueError:
            try:
                when = email.utils.parsedate_to_datetime(text)
            except (TypeError, ValueError, IndexError):
                return 0.0
            seconds = (when - dt.datetime.now(dt.timezone.utc)).total_seconds()
        seconds = max(0.0, min(seconds, self.retry_after_max))
        slots = getattr(getattr(getattr(self, "crawler", None), "engine", None), "downloader", None)
        slot = slots.slots.get(request.meta.get("download_slot")) if slots else None
        if slot is not None:
            slot.delay = max(slot.delay, seconds)
        return seconds

    async def process_response(self, request, response):
        result = super().process_response(request, response)
        if result is not response:
            await self._wait(request, self.retry_after(request, response))
        return result

    async def process_exception(self, request, exception):
        result = super().process_exception(request, exception)
        if result is not None:
            await self._wait(request)
        return result


class SourceStatsMiddleware:
    """Counts every response (any status) against the source of its request."""

    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response):
        source = request.meta.get("source")
        if source:
            self.stats.inc_value(pages_key(source))
            if response.status < 400:
                self.stats.inc_value(ok_key(source))
        return response
