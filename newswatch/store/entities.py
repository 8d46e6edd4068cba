"""Entities, people, organisations' aliases and register links: their rows in the
`entities`, `people` and `entity_aliases` tables (plain functions over a connection).

What the linking decides (nlp/linking.py) and what the pipeline found (nlp/enrich.py)
is written here; this module knows the tables, not the rules.
"""
from __future__ import annotations

import sqlite_utils

# Where an organisation's kind came from, strongest first: a register link outranks the
# gazetteer, which outranks the name, which outranks the text around it.
KIND_SOURCES = ("register", "gazetteer", "name", "context")
# Where an alias came from (entity_aliases.source).
ALIAS_SOURCES = ("gazetteer", "register", "text")


def upsert_entity(db: sqlite_utils.Database, name: str, kind: str | None, label: str) -> int:
    """The id of the entity (name, label), created if new; a known kind is kept when
    this one is None."""
    row = db.execute(
        "INSERT INTO entities (name, kind, label) VALUES (?, ?, ?) "
        "ON CONFLICT(name, label) DO UPDATE SET kind = COALESCE(excluded.kind, entities.kind) "
        "RETURNING id",
        [name, kind, label],
    ).fetchone()
    return row[0]


def upsert_person(db: sqlite_utils.Database, person: dict) -> int:
    """The id of the person (name, org), created if new; a known title or role is kept
    when this one has none."""
    row = db.execute(
        "INSERT INTO people (name, title, role, org) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name, org) DO UPDATE SET title = COALESCE(excluded.title, people.title), "
        "role = COALESCE(excluded.role, people.role) RETURNING id",
        # "" rather than NULL for no organisation: NULLs never collide in a unique index.
        [person["name"], person["title"], person["role"], person["org"] or ""],
    ).fetchone()
    return row[0]


def add_alias(db: sqlite_utils.Database, alias: str, entity_id: int, source: str) -> None:
    """Record another name of an entity (whitespace tidied); an unknown source or an
    empty alias is not recorded, a known alias not twice."""
    alias = " ".join(alias.split())
    if alias and source in ALIAS_SOURCES:
        db.execute("INSERT OR IGNORE INTO entity_aliases (alias, entity_id, source) VALUES (?, ?, ?)",
                   [alias, entity_id, source])


def record_org(db: sqlite_utils.Database, entity_id: int, org: dict) -> None:
    """Store what the pipeline found about one organisation (nlp.findings "orgs"): its
    aliases and the source of its kind (a register link, set by the linking, outranks it)."""
    for alias in org.get("aliases") or ():
        if alias["alias"].lower() != org["name"].lower():
            add_alias(db, alias["alias"], entity_id, alias["source"])
    source = org.get("kind_source")
    if source in KIND_SOURCES:
        db.execute("UPDATE entities SET kind_source = ? WHERE id = ? AND kind_source IS NOT 'register'",
                   [source, entity_id])


# ---- register links (nlp/linking.py decides them) --------------------------------------

def org_entities(db: sqlite_utils.Database) -> list[dict]:
    """Every organisation entity: id, name, kind."""
    return list(db.query("SELECT id, name, kind FROM entities WHERE label = 'ORG'"))


def aliases_as_evidence(db: sqlite_utils.Database) -> dict[int, list[str]]:
    """Entity id -> its aliases from the gazetteer and the text. Register names stored
    by an earlier link are not evidence for the next one."""
    aliases: dict[int, list[str]] = {}
    for row in db.query("SELECT entity_id, alias FROM entity_aliases WHERE source != 'register'"):
        aliases.setdefault(row["entity_id"], []).append(row["alias"])
    return aliases


def register_trusts(db: sqlite_utils.Database) -> list[dict]:
    """The imported trusts (uid, name, type), open ones first, then by uid; none when no
    register was imported."""
    if "trusts" not in db.table_names():
        return []
    return list(db.query("SELECT uid, name, type FROM trusts ORDER BY (closed IS NOT NULL), uid"))


def register_councils(db: sqlite_utils.Database) -> list[dict]:
    """The imported councils (code, name) by code; none when no list was imported."""
    if "councils" not in db.table_names():
        return []
    return list(db.query("SELECT code, name FROM councils ORDER BY code"))


def set_register_link(db: sqlite_utils.Database, entity_id: int, register: str, register_id: str,
                      method: str, score: float | None) -> None:
    """Link an entity to its entry in a register (entities.register...register_score)."""
    db.execute("UPDATE entities SET register = ?, register_id = ?, register_match = ?, register_score = ? "
               "WHERE id = ?", [register, register_id, method, score, entity_id])


def clear_register_link(db: sqlite_utils.Database, entity_id: int) -> None:
    """Remove an entity's register link, if it has one."""
    db.execute("UPDATE entities SET register = NULL, register_id = NULL, register_match = NULL, "
               "register_score = NULL WHERE id = ? AND register IS NOT NULL", [entity_id])


def confirm_academy_trust(db: sqlite_utils.Database, entity_id: int) -> None:
    """The register says this entity is an academy trust: its kind, from the register."""
    db.execute("UPDATE entities SET kind = 'academy_trust', kind_source = 'register' WHERE id = ?", [entity_id])
