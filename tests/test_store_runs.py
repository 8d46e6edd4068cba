"""newswatch/store/runs.py and the crawl records of newswatch/store/crawl.py."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from newswatch.store import connect
from newswatch.store import crawl, runs


@pytest.fixture
def db(tmp_path):
    db = connect(tmp_path / "news.db")
    yield db
    db.close()


def test_a_run_opens_running_and_finishes_with_its_counts(db):
    run_id = runs.open_run(db, "Gazette", "2025-03-01T10:00:00+00:00", 4242)
    assert runs.running_runs(db) == [{"id": run_id, "source": "Gazette", "started": "2025-03-01T10:00:00+00:00",
                                      "pid": 4242}]
    crawl.insert_error(db, {"run_id": run_id, "source": "Gazette", "url": "http://x/1", "kind": "timeout"})
    crawl.insert_skips(db, [{"run_id": run_id, "source": "Gazette", "url": "http://x/2", "reason": "listing"}])
    errors, skipped = runs.recorded_counts(db, run_id)
    assert errors == Counter(timeout=1) and skipped == Counter(listing=1)
    runs.finish_run(db, run_id, now="2025-03-01T10:05:00+00:00", status="partial", pages=7,
                    outcomes=Counter(new=3, unchanged=2), errors=errors, skipped=skipped)
    row = runs.runs_by_id(db, [run_id])[0]
    assert (row["status"], row["ended"], row["pages_fetched"]) == ("partial", "2025-03-01T10:05:00+00:00", 7)
    assert (row["articles_new"], row["articles_updated"], row["articles_unchanged"]) == (3, 0, 2)
    assert json.loads(row["error_counts"]) == {"timeout": 1} and json.loads(row["skipped_counts"]) == {"listing": 1}
    assert runs.running_runs(db) == [] and runs.runs_by_id(db, []) == []


def test_an_interrupted_run_counts_its_rows_and_clears_the_validators_it_wrote(db):
    run_id = runs.open_run(db, "Gazette", "2025-03-01T10:00:00+00:00", 4242)
    crawl.insert_error(db, {"run_id": run_id, "source": "Gazette", "url": "http://x/1", "kind": "http_500"})
    crawl.save_fetch_state(db, {"url": "http://x/rss", "source": "Gazette", "etag": '"a"',
                                "last_fetched": "2025-03-01T10:01:00+00:00"})
    crawl.save_fetch_state(db, {"url": "http://x/old", "source": "Gazette", "etag": '"b"',
                                "last_fetched": "2025-02-01T10:01:00+00:00"})
    runs.interrupt_run(db, runs.running_runs(db)[0], "2025-03-02T00:00:00+00:00")
    row = runs.runs_by_id(db, [run_id])[0]
    assert (row["status"], row["ended"], row["errors"]) == ("interrupted", "2025-03-02T00:00:00+00:00", 1)
    assert {r["url"]: r["etag"] for r in db.query("select url, etag from fetch_state")} == {
        "http://x/rss": None, "http://x/old": '"b"'}


def test_provenance_keeps_when_it_was_first_recorded(db):
    db["articles"].insert({"id": 1, "url": "http://x/1", "source": "Gazette"})
    row = {"key": "live http://x/1", "article_id": 1, "url": "http://x/1", "origin": "live",
           "captured_at": "2025-03-01T10:00:00+00:00"}
    crawl.save_provenance(db, row, "2025-03-01T10:00:05+00:00")
    crawl.save_provenance(db, dict(row, captured_at="2025-03-08T10:00:00+00:00"), "2025-03-08T10:00:05+00:00")
    stored = db["provenance"].get("live http://x/1")
    assert (stored["captured_at"], stored["recorded_at"]) == ("2025-03-08T10:00:00+00:00", "2025-03-01T10:00:05+00:00")
    crawl.save_backfill_capture(db, {"archive": "ia", "url": "http://x/1", "timestamp": "2019", "outcome": "stored"})
    assert crawl.backfilled_urls(db, "ia") == {"http://x/1"} and crawl.backfilled_urls(db, "cc") == set()
    db["provenance"].insert({"key": "file a.warc r1", "article_id": 1, "origin": "archive_file", "archive": "a.warc",
                             "record_id": "r1"})
    assert crawl.imported_records(db) == {"a.warc r1"}
