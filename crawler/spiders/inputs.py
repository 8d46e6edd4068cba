"""What the news spider knows from earlier crawls. crawler.runner.news_inputs reads it
from the database (newswatch/store/crawl.py) and passes it in: spiders never open the
database, so they can be tested on saved pages with inputs written in the test."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class CrawlInputs:
    # URL -> when we last fetched or saw it: not fetched again unless a feed or sitemap
    # lists it with a later lastmod (or REFETCH_KNOWN).
    known: dict[str, str | None] = field(default_factory=dict)
    # Feed or sitemap URL -> {"kind", "etag", "last_modified"}: its conditional GET headers.
    fetch_state: dict[str, dict] = field(default_factory=dict)
    # URL -> when it was last skipped as not an article (within NOT_ARTICLE_RECHECK_DAYS),
    # under its URL and the URL that redirected there; not fetched again unless a feed
    # or sitemap says it changed since.
    recheck_later: dict[str, str] = field(default_factory=dict)
