"""A crawl frontier shared by several crawler processes, on Redis (scrapy-redis).

Off by default. `-s REDIS_URL=redis://host:6379/0` switches it on: the request queue
and the seen-URL filter move from each process's memory into Redis, so any number of
`newswatch crawl` processes (on one machine or several, writing to one database) share
the work and no page is fetched twice. See docs/operations.md for when it is needed.

Settings (all optional besides REDIS_URL):
- NEWSWATCH_FRONTIER: the frontier's name (default: today's UTC date). Processes with
  the same name share one queue and one seen-URL set; a new name starts afresh, so a
  daily cron run gets a new frontier by default. Set it explicitly when several runs a
  day must not see each other's URLs as already fetched.
- NEWSWATCH_FRONTIER_IDLE (seconds, default 10): how long an idle process waits for the
  others to queue more work before it finishes.
- NEWSWATCH_FRONTIER_TTL (seconds, default 7 days): the Redis keys expire this long
  after the last process of a frontier finishes.
"""
from __future__ import annotations

import datetime as dt
import time
import warnings

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured


def apply_redis_settings(settings) -> bool:
    """When REDIS_URL is set, point Scrapy's scheduler and dupefilter at Redis
    (at "project" priority, so `-s` overrides still win). Returns whether it did."""
    if not settings.get("REDIS_URL"):
        return False
    name = settings.get("NEWSWATCH_FRONTIER") or dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d")
    prefix = f"newswatch:{name}:%(spider)s"
    for key, value in {
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        # Never flush on close: another process may still be working on the frontier.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:dupefilter",
    }.items():
        settings.set(key, value, priority="project")
    extensions = dict(settings.getdict("EXTENSIONS"))
    extensions["crawler.frontier.SharedFrontierExtension"] = 510
    settings.set("EXTENSIONS", extensions, priority="cmdline")
    # scrapy-redis 0.9.1 passes the deprecated spider= argument to the stats collector.
    from scrapy.exceptions import ScrapyDeprecationWarning

    warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning, module="scrapy_redis")
    return True


class SharedFrontierExtension:
    """Keeps an idle process alive for a while (others may queue more work), and sets
    the frontier's Redis keys to expire once the crawl is over."""

    def __init__(self, crawler, idle: float, ttl: int):
        self.crawler = crawler
        self.idle = idle
        self.ttl = ttl
        self.last_active = time.monotonic()
        self.scheduler = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.get("REDIS_URL"):
            raise NotConfigured
        ext = cls(crawler, settings.getfloat("NEWSWATCH_FRONTIER_IDLE", 10.0),
                  settings.getint("NEWSWATCH_FRONTIER_TTL", 7 * 24 * 3600))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.active, signal=signals.response_received)
        crawler.signals.connect(ext.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        self.scheduler = self.crawler.engine.scheduler

    def active(self, *args, **kwargs):
        self.last_active = time.monotonic()

    def spider_idle(self, spider):
        if time.monotonic() - self.last_active < self.idle:
            raise DontCloseSpider

    def spider_closed(self, spider, reason):
        scheduler = getattr(self, "scheduler", None)
        server = getattr(scheduler, "server", None)
        if server is None:
            return
        for key in (scheduler.queue.key, scheduler.df.key):
            server.expire(key, self.ttl)
