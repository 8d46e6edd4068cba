"""The flow of newswatch in one place: crawl -> store -> enrich -> cluster -> publish, as
plain functions. `newswatch crawl` and `newswatch demo` call crawl_and_enrich, `import`
and `backfill` after_crawl; `newswatch run` (the cron job, newswatch/cron.py) calls
crawl_and_enrich under a lock, then refreshes the publication.

    from newswatch.orchestrate import crawl_and_enrich
    summary, after = crawl_and_enrich("sources.toml", "data/news.db", settings_overrides={...})

1. crawl: crawler.runner runs the spider in this process (Twisted's reactor); the item
   pipelines store each article as it comes (pipelines/store.py);
2. enrich: meanwhile a follower process (newswatch.follower, nlp/follow.py) enriches
   what the crawl has committed, and makes a final pass when it ends (after an import
   or a backfill, the same process makes that one pass);
3. cluster: the story clusters over the new and changed articles (cluster_db), made
   in this process while the follower makes its final pass (they read only titles and
   bodies, which enrichment does not change);
4. publish: the published snapshot Datasette serves (newswatch.publish), refreshed by
   the cron job (newswatch/cron.py; imported only there: a crawl does not load Datasette).

Each step's result is printed as it finishes (newswatch.reporting). Nothing is lost by
a kill at any moment: the crawl commits each article, enrichment each batch; the next
run picks up whatever is left.
"""
from __future__ import annotations

from pathlib import Path

from crawler.runner import crawl
from crawler.sources import SourcesError, load_sources
from nlp.clusters import cluster_db
from newswatch.follower import EnrichError, EnrichFollower
from newswatch.reporting import report_clusters, report_enrich, report_enrich_error
from newswatch.store import connect


def crawl_and_enrich(sources_path: str | Path, db_path: str | Path, *, source: str | None = None,
                     settings_overrides: dict | None = None, enrich: bool = True,
                     jobs: int | None = None) -> tuple[dict, dict | None]:
    """Crawl (crawler.runner.crawl) with enrichment following it when `enrich`; then, if
    the crawl did not fail, the clusters. Returns (crawl summary, after-crawl result or
    None); raises what crawl() raises (SourcesError for a bad sources file, before any
    work)."""
    if not load_sources(sources_path, only=source):
        raise SourcesError(f"{sources_path}: every source is disabled (enabled = false)")
    follower = None
    if enrich:
        connect(db_path).close()  # the schema, before two processes open the database
        follower = EnrichFollower(db_path, jobs=jobs).start()
    try:
        summary = crawl(sources_path, db_path, source=source, settings_overrides=settings_overrides)
    except BaseException:
        if follower:
            follower.abandon()
        raise
    if summary["status"] == "failed":
        if follower:
            follower.abandon()
        return summary, None
    if not enrich:
        return summary, None
    return summary, after_crawl(str(db_path), follower)


def after_crawl(db_path: str, follower: EnrichFollower | None = None) -> dict:
    """The batch step after a crawl: findings and relevance for new and changed articles
    (the follower's final pass; without a follower, one started for that pass) and,
    meanwhile, the story clusters (cluster_db). An article that fails is recorded
    (enrich_failures) and reported on stderr; a damaged classifier model or a failed
    enrich process stops enrichment with an error ("enrich_error" in the result), the
    clusters are still made."""
    follower = follower or EnrichFollower(db_path).start()
    follower.stop()  # its final pass, while the clusters are made here
    try:
        # No progress bar: the follower's final pass draws its own on the same terminal.
        clusters = cluster_db(db_path, progress=False)
    except BaseException:
        follower.abandon()
        raise
    result: dict = {}
    try:
        enriched = follower.finish()
        report_enrich(enriched)
        result["enrich"] = enriched
    except EnrichError as exc:
        report_enrich_error(str(exc), model=exc.model)
        result["enrich_error"] = str(exc)
    report_clusters(clusters)
    result["clusters"] = clusters
    return result
