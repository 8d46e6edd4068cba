"""Linking organisation entities to the official registers imported by `newswatch
registers import`: each organisation's entry in a register (`entities.register`,
`register_id`, `register_match`, `register_score`), the register's name as an alias
(`entity_aliases`, source "register") and, for a register academy trust, its kind.

1. exact: the entity's name equals a register name (after folding case, "&"/"and",
   punctuation and a leading "The");
2. alias: one of the entity's aliases (from the gazetteer or the text) equals a register name,
   or, for councils, the place in the name equals the ONS name ("Worcestershire County
   Council" ~ "Worcestershire", "Bristol City Council" ~ "Bristol, City of");
3. fuzzy: for academy trusts only, the closest register trust name by rapidfuzz's
   `fuzz.ratio` when it scores at least FUZZY_THRESHOLD; the score is stored.

The matching (normalise, council_place, RegisterIndex, decide_link) is pure; link_entities
reads and writes through newswatch.store.entities.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, NamedTuple

import sqlite_utils
from rapidfuzz import fuzz, process

from newswatch.store.entities import (add_alias, aliases_as_evidence, clear_register_link, confirm_academy_trust,
                                      org_entities, register_councils, register_trusts, set_register_link)

# rapidfuzz fuzz.ratio, 0-100, on normalised names; the value set with issue 15's register
# linking (docs/nlp.md, README's entities.register_score).
FUZZY_THRESHOLD = 92.0
# GIAS group types that are academy trusts (the rest: federations, sponsors, umbrella trusts).
ACADEMY_TRUST_TYPES = {"multi-academy trust", "single-academy trust", "secure single-academy trust"}
# Entity kinds that may be a register trust (the fuzzy match only for academy_trust).
TRUST_KINDS = ("academy_trust", "other", None)


def normalise(name: str) -> str:
    """A name folded for comparison: lower case, "&" as "and", punctuation as spaces, no
    leading "The" nor trailing "Ltd"/"Limited"."""
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
    def build(cls, trusts: Iterable[dict], councils: Iterable[dict]) -> "RegisterIndex":
        """The index of register rows: trusts ({uid, name, type}) in order of preference
        (the first of a normalised name wins: open trusts first, so a name reused after a
        closure links to the open body), councils ({code, name}) likewise."""
        index = cls()
        for t in trusts:
            index.trusts.setdefault(normalise(t["name"]), (t["uid"], t["name"], t["type"] or ""))
        for c in councils:
            index.councils.setdefault(council_place(c["name"]), (c["code"], c["name"]))
        index.trust_keys = list(index.trusts)
        return index

    @classmethod
    def load(cls, db: sqlite_utils.Database) -> "RegisterIndex":
        """The index of the registers imported into `db`."""
        return cls.build(register_trusts(db), register_councils(db))

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


class Link(NamedTuple):
    """An organisation's entry in a register, as decide_link finds it."""
    register: str  # "gias_group" or "ons_council"
    register_id: str
    method: str  # "exact", "alias" or "fuzzy"
    score: float | None  # the fuzzy score, else None
    register_name: str
    academy_trust: bool  # the register says it is an academy trust


def decide_link(index: RegisterIndex, name: str, kind: str | None, aliases: list[str]) -> Link | None:
    """The register entry of one organisation entity (its name, kind and aliases), or None."""
    if kind in TRUST_KINDS:
        hit = index.match_trust(name, aliases, fuzzy=kind == "academy_trust")
        if hit:
            uid, reg_name, type_, method, score = hit
            return Link("gias_group", uid, method, score, reg_name, type_.lower() in ACADEMY_TRUST_TYPES)
    elif kind == "council":
        hit = index.match_council(name)
        if hit:
            code, reg_name, method = hit
            return Link("ons_council", code, method, None, reg_name, False)
    return None


def link_entities(db: sqlite_utils.Database, index: RegisterIndex | None = None) -> dict:
    """(Re)link every organisation entity to the registers; returns counts by method.
    Links are recomputed from scratch, so a re-imported register never leaves a stale one."""
    index = index if index is not None else RegisterIndex.load(db)
    counts = {"exact": 0, "alias": 0, "fuzzy": 0, "unlinked": 0}
    if not index:
        return counts
    aliases = aliases_as_evidence(db)
    rows = org_entities(db)
    with db.atomic():
        for row in rows:
            link = decide_link(index, row["name"], row["kind"], aliases.get(row["id"], []))
            if link is None:
                counts["unlinked"] += 1
                clear_register_link(db, row["id"])
                continue
            if link.academy_trust:
                confirm_academy_trust(db, row["id"])
            if normalise(link.register_name) != normalise(row["name"]):
                add_alias(db, link.register_name, row["id"], "register")
            counts[link.method] += 1
            set_register_link(db, row["id"], link.register, link.register_id, link.method, link.score)
    return counts
