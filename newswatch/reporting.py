"""What the commands print about enrichment and clustering: one home for the lines
`newswatch enrich`, `crawl`, `run`, `import`, `backfill` and the demo show."""
from __future__ import annotations

import sys

# Failed articles listed one per line; the rest are counted (all are in enrich_failures).
MAX_ERRORS_SHOWN = 10


def report_failures(summary: dict, prog: str) -> None:
    """The articles that failed in this run, on stderr (all are in enrich_failures)."""
    if not summary["failed"]:
        return
    print(f"{prog}: {summary['failed']} articles failed (recorded in enrich_failures):", file=sys.stderr)
    shown = summary["errors"][:MAX_ERRORS_SHOWN]
    for article_id, error in shown:
        print(f"  article {article_id}: {error}", file=sys.stderr)
    if summary["failed"] > len(shown):
        print(f"  ... and {summary['failed'] - len(shown)} more (see enrich_failures)", file=sys.stderr)


def report_enrich(summary: dict) -> None:
    """The enrich step after a crawl: its summary, then its failed articles."""
    print(f"enrich: {summary}")
    report_failures(summary, "enrich")


def report_enrich_error(error: str, *, model: bool) -> None:
    """Enrichment after a crawl stopped as a whole: a damaged model (`model`) or a failed
    enrich process."""
    if model:
        print(f"enrich: the classifier model cannot be used, nothing was enriched: {error}", file=sys.stderr)
    else:
        print(f"enrich: enrichment failed: {error}", file=sys.stderr)


def report_clusters(clusters: dict) -> None:
    """The story clusters step: its summary, then the articles that could not be signed."""
    print(f"clusters: {clusters}")
    for article_id, error in clusters.get("failed", []):
        print(f"clusters: article {article_id} could not be signed: {error}", file=sys.stderr)
