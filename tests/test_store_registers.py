"""newswatch/store/registers.py: register rows upserted and counted, all in one transaction."""
from __future__ import annotations

import sqlite3

import pytest

from newswatch.store import connect
from newswatch.store.registers import UPSERT_BATCH, trust_uids, upsert_rows, write_registers


def trust(uid, name="Oak Trust", status="Open"):
    return {"uid": uid, "name": name, "type": "Multi-academy trust", "status": status}


def test_rows_are_counted_new_changed_unchanged(tmp_path):
    db = connect(tmp_path / "news.db")
    ticks = []
    assert upsert_rows(db, "trusts", [trust("1"), trust("2")], ("uid",), ticks.append) == {
        "new": 2, "changed": 0, "unchanged": 0}
    counts = upsert_rows(db, "trusts", [trust("1"), trust("2", status="Closed"), trust("3")], ("uid",), ticks.append)
    assert counts == {"new": 1, "changed": 1, "unchanged": 1}
    assert ticks == [2, 3]
    assert db["trusts"].get("2")["status"] == "Closed" and trust_uids(db) == {"1", "2", "3"}


def test_progress_every_batch(tmp_path):
    db = connect(tmp_path / "news.db")
    ticks = []
    rows = [{"code": f"E{i:05d}", "name": f"Place {i}"} for i in range(UPSERT_BATCH + 5)]
    summary = write_registers(db, [("councils", rows, ("code",))], lambda what, n: ticks.append((what, n)))
    assert summary == {"councils": {"new": UPSERT_BATCH + 5, "changed": 0, "unchanged": 0, "rows": UPSERT_BATCH + 5}}
    assert ticks == [("councils", UPSERT_BATCH), ("councils", 5)]


def test_a_failing_table_writes_nothing(tmp_path):
    db = connect(tmp_path / "news.db")
    plan = [("trusts", [trust("1")], ("uid",)),
            ("trust_schools", [{"uid": "9", "urn": "100", "school_name": "X", "joined": None}], ("uid", "urn"))]
    with pytest.raises(sqlite3.IntegrityError):  # group 9 is not a trust
        write_registers(db, plan)
    assert db["trusts"].count == 0 and db["trust_schools"].count == 0
