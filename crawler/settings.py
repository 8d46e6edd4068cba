"""Scrapy settings for the newswatch crawler. Override any of them on the command line:
`newswatch crawl ... -s DOWNLOAD_DELAY=0` or `scrapy crawl news -s NAME=VALUE`.

Politeness first: robots.txt is obeyed, AutoThrottle adapts the delay to the server,
requests carry a User-Agent naming the project and a contact (NEWSWATCH_CONTACT).
"""

BOT_NAME = "newswatch"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# Where the crawl is stored (newswatch/store/schema.py schema).
DATABASE = "data/news.db"

# Who we are. The User-Agent is NEWSWATCH_USER_AGENT with {contact} filled in from
# NEWSWATCH_CONTACT (set it to an email or web page where site owners can reach you).
# Empty by default: the crawl then warns once and the User-Agent says no contact is set.
NEWSWATCH_CONTACT = ""
NEWSWATCH_USER_AGENT = "newswatch/0.1 (research crawler for UK local news; +{contact})"
ROBOTSTXT_OBEY = True
ROBOTSTXT_USER_AGENT = "newswatch"

# Politeness.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy's remote control (an HTTP server on localhost that runs Python code sent to it,
# on by default in the Scrapy we pin) is off for the same reason as the telnet console: an
# unattended crawl takes no commands (and serves no port while it runs).
REMOTE_CONTROL_ENABLED = False
HTTPCACHE_ENABLED = False

# Safety: bounded sizes and times.
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
DOWNLOAD_TIMEOUT = 30
# Feeds and sitemaps may be larger (a sitemap may hold 50,000 URLs): they are allowed up
# to XML_MAXSIZE, both as downloaded and once a .gz is inflated (gzip bombs stop there).
XML_MAXSIZE = 50 * 1024 * 1024
REDIRECT_MAX_TIMES = 5

# Retries on transient failures, waiting RETRY_BACKOFF_BASE * 2**n seconds (at most
# RETRY_BACKOFF_MAX) before the n-th retry (crawler.middlewares.BackoffRetryMiddleware).
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
# A 429/503 with Retry-After waits that long (at most this many seconds) before the retry.
RETRY_AFTER_MAX = 300.0

# Discovery bounds.
MAX_PAGINATION = 50  # listing pages followed per section (page 2, 3, ...)
LISTING_DEPTH = 2  # links are followed from listing pages fewer than this many hops from home
MAX_PAGES_PER_SOURCE = 5000  # requests per source per run
# Skip sitemap/feed entries (and child sitemaps of an index) last modified more than
# this many days ago; 0 = no limit. Useful on a first crawl of a site whose sitemaps
# reach back decades.
SITEMAP_MAX_AGE_DAYS = 0
# A page fetched and judged not an article (or without a title or body) is recorded in
# skipped_pages and not fetched again for this many days, unless a feed or sitemap
# lists it with a lastmod later than when it was skipped; 0 = recheck every run.
# Pages whose links are followed (home, sections, pagination, non-articles fewer than
# LISTING_DEPTH hops from home) are fetched every run whatever this says.
NOT_ARTICLE_RECHECK_DAYS = 7
# `listing` rows of skipped_pages (tens per source per run) are deleted after this many
# days; their counts stay in crawl_runs.skipped_counts. 0 = keep them all.
SKIPPED_LISTING_KEEP_DAYS = 30
# Re-fetch pages already in the database (normally only when a feed or sitemap says
# the page changed after we fetched it).
REFETCH_KNOWN = False

# Progress line on stderr every N seconds (0 = off).
NEWSWATCH_PROGRESS_INTERVAL = 10

# Pages read (decoded, extracted, links collected) at once, in worker threads, so that
# extraction does not hold up Scrapy's reactor thread (downloads, storing). One is
# enough: extraction is Python code that holds the GIL, so a second reader mostly waits
# for it, and the hand-offs cost CPU that the enrich workers need (2,000 pages: about
# 1 s more of the crawl's CPU with 2, and no faster; BENCHMARKS.md, "Less CPU in the
# crawl process").
EXTRACT_THREADS = 1

# What a callback yields (an item and a few requests) is handed to the pipelines one
# thing at a time. Scrapy's default (100) starts 100 asyncio tasks for every response
# to process its output "in parallel", which our synchronous pipelines (SQLite writes)
# cannot use: at 2,000 pages that was about a quarter of the crawl's CPU (BENCHMARKS.md,
# "Crawl and enrich overlapped"). One at a time also keeps the order in which a page's
# item is stored and its links are scheduled the order the callback yields them.
CONCURRENT_ITEMS = 1

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "crawler.middlewares.ContactUserAgentMiddleware": 400,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.SourceStatsMiddleware": 950,
    "crawler.archives.recorder.WarcRecorderMiddleware": 970,
}

# Write every response of the crawl into a WARC file in this directory as it goes
# (crawler/archives/recorder.py); empty = off.
WARC_OUTPUT = ""

EXTENSIONS = {
    "crawler.extensions.ProgressExtension": 500,
    "crawler.extensions.CrawlRuns": 100,  # crawl_runs, crawl_errors, skipped_pages
}

ITEM_PIPELINES = {
    "pipelines.validate.ValidatePipeline": 100,
    "pipelines.dedupe.DedupePipeline": 200,
    "pipelines.store.StorePipeline": 300,
    "pipelines.provenance.ProvenancePipeline": 310,
}

DEFAULT_DROPITEM_LOG_LEVEL = "DEBUG"
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# A crawl frontier shared by several processes on Redis (crawler/frontier.py), off by
# default: `-s REDIS_URL=redis://127.0.0.1:6379/0` moves the request queue and the
# seen-URL filter into Redis (scrapy-redis). NEWSWATCH_FRONTIER names the frontier
# (default: today's UTC date); see docs/operations.md.
REDIS_URL = None
NEWSWATCH_FRONTIER = None
NEWSWATCH_FRONTIER_IDLE = 10
NEWSWATCH_FRONTIER_TTL = 7 * 24 * 3600
