"""newswatch.cron: the cron run's lock and outcome. (The whole flow, crawl to
publication, runs end to end in tests/test_run.py and tests/test_crash.py; after_crawl
with a damaged model in tests/test_nlp_robust.py.)"""
import pytest

from newswatch.cron import AlreadyRunning, RunOutcome, exclusive_lock, scheduled_run


def test_second_lock_holder_is_refused(tmp_path):
    lock = tmp_path / "news.db.lock"
    with exclusive_lock(lock):
        try:
            with exclusive_lock(lock):
                raise AssertionError("a second holder got the lock")
        except AlreadyRunning as exc:
            assert "holds" in str(exc)
    # Released on exit: it can be taken again.
    with exclusive_lock(lock):
        pass


def test_a_run_refused_by_the_lock_does_nothing(tmp_path):
    db = tmp_path / "news.db"
    with exclusive_lock(tmp_path / "news.db.lock"):
        with pytest.raises(AlreadyRunning, match="another newswatch run"):
            scheduled_run(tmp_path / "sources.toml", db)
    assert not db.exists() and not (tmp_path / "logs").exists()


def test_a_bad_sources_file_fails_the_run_logged_and_releases_the_lock(tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text('[[sources]]\nname = "Off"\nurl = "http://127.0.0.1:9/"\nenabled = false\n')
    db = tmp_path / "news.db"
    outcome = scheduled_run(sources, db, lock_path=tmp_path / "run.lock", log_path=tmp_path / "run.log")
    assert outcome == RunOutcome("failed", f"{sources}: every source is disabled (enabled = false)")
    log = (tmp_path / "run.log").read_text()
    assert "newswatch run started" in log and "every source is disabled" in log
    assert not db.exists()  # nothing crawled, nothing published
    with exclusive_lock(tmp_path / "run.lock"):
        pass
