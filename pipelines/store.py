"""Last pipeline: writes the crawl into SQLite (the schema of newswatch/store/schema.py).

- One `articles` row per story, keyed by its canonical URL. A story seen at several
  URLs (redirects, a syndicated copy whose rel=canonical names the original, a page
  with the very same body) stays one row; every URL goes into `article_urls` with its
  kind (canonical, fetched, redirect, syndicated, duplicate).
- Upserts are idempotent: seeing an article again updates `last_seen`; a changed body,
  title or date updates the row (counted as updated) and clears `nlp_version` so the
  enrich step analyses it again.
- The raw HTML of every article page goes gzip-compressed into `pages`.
- `crawl_runs`: one row per source, written as "running" when the crawl opens and
  finished (ok / partial / failed, with counts) when it closes; a killed crawl leaves
  its rows "running", and the next crawl marks them "interrupted" (ended = when it
  noticed, errors = the crawl_errors rows the killed run wrote). `crawl_errors`: one row
  per failed URL, including items a pipeline raised on (kind `pipeline`) and pages whose
  callback raised (kind `spider_exception`).
- `skipped_pages`: one row per page fetched and not stored (dropped by a pipeline with
  its reason and evidence: crawler.items.SkipPage, the item_dropped signal) and per URL
  not fetched because a crawl bound was spent (SkippedPageItem); counted per reason in
  `crawl_runs.skipped` / `skipped_counts`.
- `fetch_state`: ETag / Last-Modified of feeds and sitemaps for conditional GETs. They
  are only trusted when every entry they listed was dealt with: the validators of a feed
  or sitemap with an entry that failed transiently or was over the page budget, and
  those written by a run that was killed or did not finish, are cleared, so the next
  run fetches the list in full rather than getting a 304 and never seeing those entries.

Each item is written in its own transaction, so a crash loses at most the item in flight.
"""
from __future__ import annotations

import gzip
import json
import os
from collections import Counter
from urllib.parse import urlparse

from itemadapter import ItemAdapter
from scrapy import signals

from crawler.discovery import host_key, normalise_url
from crawler.items import ArticleItem, CrawlErrorItem, FetchStateItem, SkippedPageItem
from crawler.middlewares import ok_key, pages_key
from newswatch.store import connect, utcnow, write_transaction
from pipelines.dedupe import MIN_WORDS_FOR_HASH_MATCH
from pipelines.skips import SkipRecording

# Columns compared to decide whether a stored article changed.
CONTENT_FIELDS = ("title", "author", "published", "modified", "section", "summary", "body",
                  "language", "word_count", "content_hash")
# Strength of a URL kind: a URL keeps its strongest kind.
KIND_RANK = {"duplicate": 0, "syndicated": 1, "redirect": 2, "fetched": 3, "canonical": 4}


def article_fields(adapter: ItemAdapter) -> dict:
    authors = adapter.get("authors") or []
    return {
        "source": adapter["source"],
        "title": adapter.get("title"),
        "author": "; ".join(a for a in authors if a) or None,
        "published": adapter.get("published"),
        "modified": adapter.get("modified"),
        "section": adapter.get("section"),
        "summary": adapter.get("summary"),
        "body": adapter.get("body"),
        "language": adapter.get("language"),
        "word_count": adapter.get("word_count") or len((adapter.get("body") or "").split()),
        "content_hash": adapter.get("content_hash"),
    }


def pid_alive(pid: int | None) -> bool:
    """Whether a process with this id exists on this machine."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def same_page(a: str, b: str) -> bool:
    """Same page up to www., scheme and a trailing slash."""
    pa, pb = urlparse(a), urlparse(b)
    return (host_key(a) == host_key(b) and pa.path.rstrip("/") == pb.path.rstrip("/")
            and pa.query == pb.query)


class StorePipeline(SkipRecording):
    def __init__(self, crawler, db_path: str):
        self.crawler = crawler
        self.stats = crawler.stats
        self.db_path = db_path
        self.db = None
        self.run_ids: dict[str, int] = {}
        self.counts: dict[str, Counter] = {}
        self.error_counts: dict[str, Counter] = {}
        self.skip_counts: dict[str, Counter] = {}
        self.recorded_exceptions = 0  # spider exceptions written to crawl_errors
        self.listing_keep_days = 30.0

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler, crawler.settings.get("DATABASE"))
        pipeline.listing_keep_days = crawler.settings.getfloat("SKIPPED_LISTING_KEEP_DAYS", 30)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(pipeline.item_error, signal=signals.item_error)
        crawler.signals.connect(pipeline.spider_error, signal=signals.spider_error)
        return pipeline

    # --- run bookkeeping ------------------------------------------------------------

    def open_spider(self):
        self.db = connect(self.db_path)
        now = utcnow()
        self.mark_interrupted(now)
        for source in self.crawler.spider.sources:
            self.open_run(source.name, now)

    def open_run(self, name: str, now: str) -> None:
        """A "running" crawl_runs row for the source `name`."""
        with write_transaction(self.db):
            table = self.db["crawl_runs"].insert(
                {
                    "started": now,
                    "ended": None,
                    "source": name,
                    "status": "running",
                    "pages_fetched": 0,
                    "articles_new": 0,
                    "articles_updated": 0,
                    "articles_unchanged": 0,
                    "errors": 0,
                    "error_counts": "{}",
                    "pid": os.getpid(),
                    "skipped": 0,
                    "skipped_counts": "{}",
                }
            )
        self.run_ids[name] = table.last_pk
        self.counts[name] = Counter()
        self.error_counts[name] = Counter()
        self.skip_counts[name] = Counter()
        self.stats.set_value("newswatch/run_ids", list(self.run_ids.values()))

    def mark_interrupted(self, now: str) -> None:
        """Runs left "running" by a process that is gone (killed, or the machine went
        down) become "interrupted"; validators they wrote are not trusted."""
        stale = [r for r in self.db.query("select id, source, started, pid from crawl_runs where status = 'running'")
                 if not pid_alive(r["pid"])]
        for run in stale:
            with write_transaction(self.db):
                errors = self.db.execute("select kind, count(*) from crawl_errors where run_id = ? group by kind",
                                         [run["id"]]).fetchall()
                skipped = self.db.execute("select reason, count(*) from skipped_pages where run_id = ? "
                                          "group by reason", [run["id"]]).fetchall()
                self.db["crawl_runs"].update(run["id"], {
                    "status": "interrupted", "ended": now, "errors": sum(n for _, n in errors),
                    "error_counts": json.dumps(dict(sorted(errors))),
                    "skipped": sum(n for _, n in skipped), "skipped_counts": json.dumps(dict(sorted(skipped))),
                })
                self.distrust_validators(self.db, run["source"], run["started"])
        if stale:
            self.stats.set_value("newswatch/interrupted_runs", len(stale))

    @staticmethod
    def distrust_validators(db, source: str, since: str) -> None:
        db.execute("update fetch_state set etag = null, last_modified = null "
                   "where source = ? and last_fetched >= ?", [source, since])

    def close_spider(self):
        now = utcnow()
        incomplete = sorted(getattr(self.crawler.spider, "incomplete_lists", ()))
        if incomplete:
            with write_transaction(self.db):
                for url in incomplete:
                    self.db.execute("update fetch_state set etag = null, last_modified = null where url = ?", [url])
        exceptions = self.stats.get_value("spider_exceptions/count", 0)
        for name, run_id in self.run_ids.items():
            counts, errors = self.counts[name], self.error_counts[name]
            pages = self.stats.get_value(pages_key(name), 0)
            ok_pages = self.stats.get_value(ok_key(name), 0)
            if exceptions > self.recorded_exceptions:  # not tied to a page, so not to a source
                errors = errors + Counter({"spider_exception": exceptions - self.recorded_exceptions})
            total_errors = sum(errors.values())
            if ok_pages == 0 and (pages or total_errors):  # (a backfill may have nothing to fetch)
                status = "failed"
            elif total_errors:
                status = "partial"
            else:
                status = "ok"
            with write_transaction(self.db):
                self.db["crawl_runs"].update(
                    run_id,
                    {
                        "ended": now,
                        "status": status,
                        "pages_fetched": pages,
                        "articles_new": counts["new"],
                        "articles_updated": counts["updated"],
                        "articles_unchanged": counts["unchanged"],
                        "errors": total_errors,
                        "error_counts": json.dumps(dict(sorted(errors.items()))),
                        "skipped": sum(self.skip_counts[name].values()),
                        "skipped_counts": json.dumps(dict(sorted(self.skip_counts[name].items()))),
                    },
                )
        self.prune_listing_rows()
        self.db.close()
        self.db = None

    def spider_closed(self, spider, reason):
        """Fires after close_spider: a crawl that did not finish normally failed."""
        if reason == "finished" or not self.run_ids:
            return
        db = connect(self.db_path)
        try:
            with write_transaction(db):
                for name, run_id in self.run_ids.items():
                    row = db["crawl_runs"].get(run_id)
                    db["crawl_runs"].update(run_id, {"status": "failed", "ended": utcnow()})
                    # Entries of lists fetched in this run may never have been fetched.
                    self.distrust_validators(db, name, row["started"])
        finally:
            db.close()

    # --- items ----------------------------------------------------------------------

    def process_item(self, item):
        if isinstance(item, ArticleItem):
            self.store_article(ItemAdapter(item))
        elif isinstance(item, CrawlErrorItem):
            self.store_error(ItemAdapter(item))
        elif isinstance(item, FetchStateItem):
            self.store_fetch_state(ItemAdapter(item))
        elif isinstance(item, SkippedPageItem):
            adapter = ItemAdapter(item)
            self.store_skip({key: adapter.get(key) for key in
                             ("source", "url", "reason", "evidence", "discovered_via")})
        return item

    def store_error(self, adapter: ItemAdapter) -> None:
        source = adapter.get("source")
        if source and source not in self.run_ids:
            self.open_run(source, utcnow())
        with write_transaction(self.db):
            self.db["crawl_errors"].insert(
                {
                    "run_id": self.run_ids.get(source),
                    "source": source,
                    "url": adapter.get("url"),
                    "kind": adapter.get("kind"),
                    "message": adapter.get("message"),
                    "at": utcnow(),
                }
            )
        if source in self.error_counts:
            self.error_counts[source][adapter.get("kind")] += 1
        self.stats.inc_value("newswatch/errors")
        self.stats.inc_value(f"newswatch/error/{adapter.get('kind')}")

    def store_fetch_state(self, adapter: ItemAdapter) -> None:
        row = {
            "url": adapter["url"],
            "kind": adapter.get("kind"),
            "source": adapter.get("source"),
            "last_status": adapter.get("status"),
            "last_fetched": utcnow(),
        }
        if adapter.get("status") == 200:
            row["etag"] = adapter.get("etag")
            row["last_modified"] = adapter.get("last_modified")
        with write_transaction(self.db):
            self.db["fetch_state"].upsert(row, pk="url")

    def _article_id_for_url(self, url: str) -> int | None:
        for row in self.db.query("select article_id from article_urls where url = ?", [url]):
            return row["article_id"]
        for row in self.db.query("select id from articles where url = ?", [url]):
            return row["id"]
        return None

    def find_article(self, adapter: ItemAdapter, fetched: str, redirects: list[str]) -> tuple[int | None, str]:
        """(article id, how it was found): by canonical URL, by a fetched or redirect
        URL, by an earlier item with the same body in this run, or by content hash."""
        found = self._article_id_for_url(adapter["url"])
        if found:
            return found, "url"
        for url in (fetched, *redirects):
            found = self._article_id_for_url(url)
            if found:
                return found, "url"
        if adapter.get("duplicate_of"):
            found = self._article_id_for_url(adapter["duplicate_of"])
            if found:
                return found, "hash"
        if len((adapter.get("body") or "").split()) >= MIN_WORDS_FOR_HASH_MATCH:
            for row in self.db.query(
                "select id from articles where content_hash = ? order by id limit 1",
                [adapter["content_hash"]],
            ):
                return row["id"], "hash"
        return None, "new"

    def older_than_stored(self, url: str, fetched_at: str | None) -> bool:
        """Whether the page at `url` is stored from a later fetch than `fetched_at`."""
        stored = self.db.execute("select fetched_at from pages where url = ?", [url]).fetchone()
        return bool(stored and stored[0] and fetched_at and fetched_at < stored[0])

    def add_url(self, url: str, article_id: int, kind: str, source: str, now: str) -> None:
        existing = list(self.db.query("select kind from article_urls where url = ?", [url]))
        if not existing:
            self.db["article_urls"].insert(
                {"url": url, "article_id": article_id, "kind": kind, "source": source,
                 "first_seen": now, "last_seen": now}
            )
            return
        update = {"last_seen": now}
        if KIND_RANK.get(kind, 0) > KIND_RANK.get(existing[0]["kind"], 0):
            update["kind"] = kind
        self.db["article_urls"].update(url, update)

    def store_article(self, adapter: ItemAdapter) -> None:
        source = adapter["source"]
        now = utcnow()
        canonical = adapter["url"]
        fetched = normalise_url(adapter["fetched_url"])
        redirects = [normalise_url(u) for u in adapter.get("redirect_urls") or []]
        redirects = [u for u in dict.fromkeys(redirects) if u != fetched]
        fields = article_fields(adapter)
        if source not in self.run_ids:  # an archive import files pages under their host
            self.open_run(source, now)
        with write_transaction(self.db):
            # An archived capture older than the copy stored of this URL changes nothing.
            stale = self.older_than_stored(fetched, adapter.get("fetched_at"))
            article_id, how = self.find_article(adapter, fetched, redirects)
            row = self.db["articles"].get(article_id) if article_id else None
            if row is None:
                article_id = self.db["articles"].insert(
                    {"url": canonical, **fields, "first_seen": now, "last_seen": now}
                ).last_pk
                outcome = "new"
                row_url = canonical
            else:
                row_url = row["url"]
                primary = how == "url" and same_page(fetched, row_url)
                if primary and not stale and any(row.get(k) != fields[k] for k in CONTENT_FIELDS):
                    self.db["articles"].update(
                        article_id, {**fields, "last_seen": now, "nlp_version": None}
                    )
                    outcome = "updated"
                else:
                    self.db["articles"].update(article_id, {"last_seen": now})
                    outcome = "unchanged"
            # Every URL at which the story was seen.
            self.add_url(row_url, article_id, "canonical", source, now)
            if canonical != row_url:
                self.add_url(canonical, article_id, "duplicate" if how == "hash" else "fetched", source, now)
            if fetched != row_url:
                if how == "hash":
                    kind = "duplicate"
                elif same_page(fetched, row_url):
                    kind = "fetched"
                else:
                    kind = "syndicated"
                self.add_url(fetched, article_id, kind, source, now)
            for url in redirects:
                self.add_url(url, article_id, "redirect", source, now)
            if not stale:
                html = adapter.get("html") or b""
                self.db["pages"].upsert(
                    {
                        "url": fetched,
                        "article_id": article_id,
                        "source": source,
                        "fetched_at": adapter.get("fetched_at") or now,
                        "status": adapter.get("status"),
                        "content_type": adapter.get("content_type"),
                        "encoding": adapter.get("encoding"),
                        "size": len(html),
                        # level 6: two thirds of level 9's time on news pages, 1% larger
                        "html_gz": gzip.compress(html, compresslevel=6),
                    },
                    pk="url",
                )
        if source in self.counts:
            self.counts[source][outcome] += 1
        self.stats.inc_value(f"newswatch/articles_{outcome}")
