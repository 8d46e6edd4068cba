"""Writing rows with plain SQL, for the writes made once per article.

sqlite-utils' insert, upsert and update read the table's columns and keys (PRAGMA
queries) on every call: at a crawl's rate, one article's storing made about sixty
queries, most of them that. These write the row as given, with the same meaning:

    insert_row(db, "articles", {...})          # -> the new rowid
    upsert_row(db, "pages", {...}, "url")      # insert, or update the given columns
    update_row(db, "articles", "id", 7, {...})

Table and column names come from our code, never from input. A list, tuple or dict
value is stored as JSON, as sqlite-utils stores it.
"""
from __future__ import annotations

import json
from typing import Sequence

import sqlite_utils


def _names(columns) -> str:
    return ", ".join(f"[{c}]" for c in columns)


def _value(value):
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, default=repr, ensure_ascii=False)
    return value


def insert_row(db: sqlite_utils.Database, table: str, row: dict) -> int:
    """Insert one row; its rowid."""
    sql = f"INSERT INTO [{table}] ({_names(row)}) VALUES ({', '.join('?' * len(row))})"
    return db.execute(sql, [_value(v) for v in row.values()]).lastrowid


def insert_rows(db: sqlite_utils.Database, table: str, rows: Sequence[dict]) -> None:
    """Insert rows (one executemany; a column some rows lack is NULL in those)."""
    if not rows:
        return
    columns = list(dict.fromkeys(c for row in rows for c in row))
    sql = f"INSERT INTO [{table}] ({_names(columns)}) VALUES ({', '.join('?' * len(columns))})"
    db.conn.executemany(sql, [[_value(row.get(c)) for c in columns] for row in rows])


def upsert_row(db: sqlite_utils.Database, table: str, row: dict, pk: str, keep: Sequence[str] = ()) -> None:
    """Insert the row, or, when a row with its `pk` exists, set that row's given columns
    (except those in `keep`: written by the insert only)."""
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in row if c != pk and c not in keep)
    conflict = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
    sql = (f"INSERT INTO [{table}] ({_names(row)}) VALUES ({', '.join('?' * len(row))}) "
           f"ON CONFLICT([{pk}]) {conflict}")
    db.execute(sql, [_value(v) for v in row.values()])


def update_row(db: sqlite_utils.Database, table: str, pk: str, key, values: dict) -> None:
    """Set the given columns of the row whose `pk` is `key`."""
    if values:
        sets = ", ".join(f"[{c}] = ?" for c in values)
        db.execute(f"UPDATE [{table}] SET {sets} WHERE [{pk}] = ?", [*map(_value, values.values()), key])
