"""`newswatch run`: the lock that keeps two cron runs from overlapping."""
import subprocess
import sys
from pathlib import Path

from newswatch.commands.run import EXIT_LOCKED, AlreadyRunning, exclusive_lock


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
