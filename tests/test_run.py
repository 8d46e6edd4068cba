"""`newswatch run`, the cron entry point, end to end: exit codes, the lock, the log and the
publication (the lock itself: tests/test_orchestrate.py)."""
import subprocess
import sys
from pathlib import Path

from newswatch.commands.run import EXIT_LOCKED
from newswatch.cron import exclusive_lock


def test_second_run_exits_at_once_with_clear_message(tmp_path):
    db = tmp_path / "news.db"
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\nname = "x"\nurl = "http://127.0.0.1:9/"\n')
    with exclusive_lock(Path(str(db) + ".lock")):
        proc = subprocess.run(
            [sys.executable, "-m", "newswatch", "run", "--sources", str(sources), "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert proc.returncode == EXIT_LOCKED
    assert "another newswatch run" in proc.stderr
    assert not db.exists()


def _run(sources, db, *extra):
    from crawl_helpers import FAST_SETTINGS, ROOT

    cmd = [sys.executable, "-m", "newswatch", "run", "--sources", str(sources), "--db", str(db), *extra]
    for name, value in FAST_SETTINGS.items():
        cmd += ["-s", f"{name}={value}"]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_run_end_to_end_exit_codes_log_and_publication(tmp_path):
    """A source that cannot be reached makes the run a partial failure (exit 1) while the
    good source is crawled, enriched and published; a clean run exits 0."""
    import sqlite3

    from crawl_helpers import load_truth, serve_site, write_sources

    db = tmp_path / "news.db"
    sources = tmp_path / "sources.toml"
    with serve_site() as site:
        # Port 9 (discard) on loopback: connection refused, so the source fails.
        write_sources(sources, site.base, extra='\n[[sources]]\nname = "Gone Gazette"\nurl = "http://127.0.0.1:9/"\n')
        first = _run(sources, db)
        assert first.returncode == 1, first.stderr
        assert "partial failure: Gone Gazette failed" in first.stderr

        write_sources(sources, site.base)
        second = _run(sources, db)
        assert second.returncode == 0, second.stderr

    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    articles = conn.execute("select count(*) n, count(nlp_version) enriched from articles").fetchone()
    assert articles["n"] == len(load_truth()["articles"])
    assert articles["enriched"] == articles["n"]
    statuses = {r["source"]: r["status"] for r in conn.execute("select source, status from crawl_runs order by id")}
    assert statuses["Gone Gazette"] == "failed"
    log = (tmp_path / "logs" / "newswatch.log").read_text()
    assert "sources failed: Gone Gazette" in log
    assert "newswatch run finished: ok" in log
    from newswatch.publish import inspect_path, snapshot_path

    assert snapshot_path(db).exists() and inspect_path(snapshot_path(db)).exists()
