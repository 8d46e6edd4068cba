"""What the database knows about an organisation entity beyond its name: the other names
it goes by (`entity_aliases`), where its kind came from (`entities.kind_source`) and its
entry in an official register (`entities.register`, `register_id`, `register_match`,
`register_score`).

Linking to the registers imported by `newswatch registers import`:
1. exact: the entity's name equals a register name (after folding case, "&"/"and",
   punctuation and a leading "The");
2. alias: one of the entity's aliases (from the gazetteer or the text) equals a register name,
   or, for councils, the place in the name equals the ONS name ("Worcestershire County
   Council" ~ "Worcestershire", "Bristol City Council" ~ "Bristol, City of");
3. fuzzy: for academy trusts only, the closest register trust name by rapidfuzz's
   `fuzz.ratio` when it scores at least FUZZY_THRESHOLD; the score is stored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlite_utils
from rapidfuzz import fuzz, process

FUZZY_THRESHOLD = 92.0  # rapidfuzz fuzz.ratio, 0-100, on normalised names
# GIAS group types that are academy trusts (the rest: federations, sponsors, umbrella trusts).
ACADEMY_TRUST_TYPES = {"multi-academy trust", "single-academy trust", "secure single-academy trust"}
KIND_SOURCES = ("register", "gazetteer", "name", "context")  # strongest first
ALIAS_SOURCES = ("gazetteer", "register", "text")


def normalise(name: str) -> str:
    text = name.lower().replace("’", "'").replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    words = text.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in {"ltd", "limited"}:
        words = words[:-1]
    return " ".join(words)


_COUNCIL_WORDS = re.compile(
    r"\b(london borough of|royal borough of|metropolitan borough of|borough of|county of|city of|"
    r"metropolitan borough council|metropolitan district council|county borough council|county council|"
    r"city council|borough council|district council|unitary authority|council)\b")


def council_place(name: str) -> str:
    """"Worcestershire County Council", "Bristol, City of", "London Borough of Hackney"
    -> the place: "worcestershire", "bristol", "hackney"."""
    return " ".join(_COUNCIL_WORDS.sub(" ", normalise(name)).split())


@dataclass
class RegisterIndex:
    trusts: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # norm -> (uid, name, type)
    councils: dict[str, tuple[str, str]] = field(default_factory=dict)  # place -> (code, name)
    trust_keys: list[str] = field(default_factory=list)

    @classmethod
    def load(cls, db: sqlite_utils.Database) -> "RegisterIndex":
        index = cls()
        if "trusts" in db.table_names():
            # Open trusts first, so a name reused after a closure links to the open body.
            for uid, name, type_ in db.execute(
                    "SELECT uid, name, type FROM trusts ORDER BY (closed IS NOT NULL), uid"):
                index.trusts.setdefault(normalise(name), (uid, name, type_ or ""))
        if "councils" in db.table_names():
            for code, name in db.execute("SELECT code, name FROM councils ORDER BY code"):
                index.councils.setdefault(council_place(name), (code, name))
        index.trust_keys = list(index.trusts)
        return index

    def __bool__(self) -> bool:
        return bool(self.trusts or self.councils)

    def match_trust(self, name: str, aliases: list[str], fuzzy: bool) -> tuple[str, str, str, str, float | None] | None:
        """(uid, register name, type, method, score) or None."""
        hit = self.trusts.get(normalise(name))
        if hit:
            return (*hit, "exact", None)
        for alias in aliases:
            hit = self.trusts.get(normalise(alias))
            if hit:
                return (*hit, "alias", None)
        if fuzzy and self.trust_keys:
            best = process.extractOne(normalise(name), self.trust_keys, scorer=fuzz.ratio,
                                      score_cutoff=FUZZY_THRESHOLD)
            if best is not None:
                key, score, _ = best
                return (*self.trusts[key], "fuzzy", round(float(score), 1))
        return None

    def match_council(self, name: str) -> tuple[str, str, str] | None:
        """(code, register name, method) or None."""
        place = council_place(name)
        hit = self.councils.get(place) if place else None
        if hit is None:
            return None
        return (*hit, "exact" if normalise(hit[1]) == normalise(name) else "alias")


def link_entities(db: sqlite_utils.Database, index: RegisterIndex | None = None) -> dict:
    """(Re)link every organisation entity to the registers; returns counts by method.
    Links are recomputed from scratch, so a re-imported register never leaves a stale one."""
    index = index if index is not None else RegisterIndex.load(db)
    counts = {"exact": 0, "alias": 0, "fuzzy": 0, "unlinked": 0}
    if not index:
        return counts
    aliases: dict[int, list[str]] = {}
    # Register names stored by an earlier link are not evidence for the next one.
    for eid, alias in db.execute("SELECT entity_id, alias FROM entity_aliases WHERE source != 'register'"):
        aliases.setdefault(eid, []).append(alias)
    rows = list(db.execute("SELECT id, name, kind FROM entities WHERE label = 'ORG'"))
    with db.atomic():
        for eid, name, kind in rows:
            link = None
            if kind in ("academy_trust", "other", None):
                hit = index.match_trust(name, aliases.get(eid, []), fuzzy=kind == "academy_trust")
                if hit:
                    uid, reg_name, type_, method, score = hit
                    link = ("gias_group", uid, method, score)
                    if type_.lower() in ACADEMY_TRUST_TYPES:
                        db.execute("UPDATE entities SET kind = 'academy_trust', kind_source = 'register' "
                                   "WHERE id = ?", [eid])
                    if normalise(reg_name) != normalise(name):
                        add_alias(db, reg_name, eid, "register")
            elif kind == "council":
                hit = index.match_council(name)
                if hit:
                    link = ("ons_council", hit[0], hit[2], None)
                    if normalise(hit[1]) != normalise(name):
                        add_alias(db, hit[1], eid, "register")
            if link is None:
                counts["unlinked"] += 1
                db.execute("UPDATE entities SET register = NULL, register_id = NULL, register_match = NULL, "
                           "register_score = NULL WHERE id = ? AND register IS NOT NULL", [eid])
                continue
            counts[link[2]] += 1
            db.execute("UPDATE entities SET register = ?, register_id = ?, register_match = ?, register_score = ? "
                       "WHERE id = ?", [*link, eid])
    return counts


def add_alias(db: sqlite_utils.Database, alias: str, entity_id: int, source: str) -> None:
    alias = " ".join(alias.split())
    if alias and source in ALIAS_SOURCES:
        db.execute("INSERT OR IGNORE INTO entity_aliases (alias, entity_id, source) VALUES (?, ?, ?)",
                   [alias, entity_id, source])


def record_org(db: sqlite_utils.Database, entity_id: int, org: dict) -> None:
    """Store what the pipeline found about one organisation: its aliases and the source of
    its kind (a register link set later by link_entities outranks it)."""
    for alias in org.get("aliases") or ():
        if alias["alias"].lower() != org["name"].lower():
            add_alias(db, alias["alias"], entity_id, alias["source"])
    source = org.get("kind_source")
    if source in KIND_SOURCES:
        db.execute("UPDATE entities SET kind_source = ? WHERE id = ? AND kind_source IS NOT 'register'",
                   [source, entity_id])
