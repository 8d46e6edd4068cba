"""Official registers' rows: `trusts`, `trust_schools` and `councils` (schema
m064_registers_and_aliases), upserted by their register key. Reading and checking the files is
newswatch/registers.py's job; this module writes what it read.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable, Iterable, Sequence

import sqlite_utils

# Rows compared and written per step (progress is reported after each).
UPSERT_BATCH = 2000


def trust_uids(db: sqlite_utils.Database) -> set[str]:
    """The group UIDs already in the `trusts` table."""
    return {row["uid"] for row in db.query("SELECT uid FROM trusts")}


def upsert_rows(db: sqlite_utils.Database, table: str, rows: Iterable[dict], pk: tuple[str, ...],
                tick: Callable[[int], None]) -> dict:
    """Insert new rows, update changed ones, leave identical ones alone; count each
    ({"new", "changed", "unchanged"}). tick(n) after every UPSERT_BATCH rows."""
    counts = {"new": 0, "changed": 0, "unchanged": 0}
    batch: list[dict] = []

    def flush():
        if not batch:
            return
        for row in batch:
            counts[_upsert_one(db, table, row, pk)] += 1
        tick(len(batch))
        batch.clear()

    for row in rows:
        batch.append(row)
        if len(batch) >= UPSERT_BATCH:
            flush()
    flush()
    return counts


def _upsert_one(db: sqlite_utils.Database, table: str, row: dict, pk: tuple[str, ...]) -> str:
    """Write one row unless it is there already, identical; "new", "changed" or "unchanged"."""
    cols = list(row)
    names = ", ".join(f"[{c}]" for c in cols)
    where = " AND ".join(f"[{c}] = ?" for c in pk)
    before = db.execute(f"SELECT {names} FROM [{table}] WHERE {where}", [row[c] for c in pk]).fetchone()
    if before is not None and tuple(before) == tuple(row[c] for c in cols):
        return "unchanged"
    others = [c for c in cols if c not in pk]
    sets = ", ".join(f"[{c}] = excluded.[{c}]" for c in others)
    differs = " OR ".join(f"[{c}] IS NOT excluded.[{c}]" for c in others)
    marks = ", ".join("?" for _ in cols)
    db.execute(
        f"INSERT INTO [{table}] ({names}) VALUES ({marks}) "
        f"ON CONFLICT({', '.join(pk)}) DO UPDATE SET {sets} WHERE {differs}",
        [row[c] for c in cols],
    )
    return "new" if before is None else "changed"


def write_registers(db: sqlite_utils.Database, plan: list[tuple[str, list[dict], tuple[str, ...]]],
                    progress: Callable[[str, int], None] | None = None) -> dict:
    """Upsert each (table, rows, primary key) of `plan` in one transaction; returns
    {table: {"new", "changed", "unchanged", "rows"}}. progress(table, n) as rows go."""
    summary = {}
    with db.atomic():
        for table, rows, pk in plan:
            tick = (lambda n, what=table: progress(what, n)) if progress else (lambda n: None)
            summary[table] = upsert_rows(db, table, rows, pk, tick)
            summary[table]["rows"] = len(rows)
    return summary


def trust_names(db_path: str | Path, types: Sequence[str]) -> list[str]:
    """Names of the imported register's trusts of the given GIAS group types, open ones
    first, in register order; opened read-only, so it never migrates or locks the
    database (the NLP pipeline reads it at load time). Empty without a trusts table."""
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'trusts'").fetchone() is None:
            return []
        marks = ", ".join("?" for _ in types)
        rows = conn.execute(f"SELECT name FROM trusts WHERE type IN ({marks}) ORDER BY (closed IS NOT NULL), uid",
                            list(types)).fetchall()
    finally:
        conn.close()
    return [name for (name,) in rows]
