"""The organisation gazetteer: JSON-lines data files -> entries -> match patterns.

Each line of nlp/data/gazetteer/*.jsonl is one organisation:
    {"name": "Academies Enterprise Trust", "kind": "academy_trust", "aliases": ["AET"]}
kinds: those of nlp.kinds.KINDS (academy_trust, school, union, council, company, government, other).

`load_gias_csv` turns a GIAS (Get Information About Schools) establishment export into
entries of the same shape, so a fuller school list can be added without hand editing.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from newswatch.store.registers import trust_names
from nlp.kinds import KINDS

DEFAULT_DIR = Path(__file__).parent / "data" / "gazetteer"


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    aliases: tuple[str, ...] = field(default=())


class GazetteerError(ValueError):
    pass


def read_entries(path: str | Path) -> Iterator[Entry]:
    """Entries from one JSON-lines file; a bad line raises with its file and line number."""
    path = Path(path)
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = json.loads(line)
                name = str(obj["name"]).strip()
                kind = obj.get("kind") or "other"
                aliases = tuple(str(a).strip() for a in obj.get("aliases") or () if str(a).strip())
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise GazetteerError(f"{path}:{lineno}: bad gazetteer line: {exc}") from exc
            if not name:
                raise GazetteerError(f"{path}:{lineno}: empty name")
            if kind not in KINDS:
                raise GazetteerError(f"{path}:{lineno}: unknown kind {kind!r}")
            yield Entry(name, kind, aliases)


def load_entries(data_dir: str | Path | None = None) -> list[Entry]:
    """All entries from every *.jsonl file in `data_dir` (sorted by file name).

    A missing directory gives an empty gazetteer (the pipeline still works)."""
    data_dir = Path(data_dir) if data_dir else DEFAULT_DIR
    entries: list[Entry] = []
    if not data_dir.is_dir():
        return entries
    for path in sorted(data_dir.glob("*.jsonl")):
        entries.extend(read_entries(path))
    return entries


def usable_alias(alias: str) -> bool:
    """Aliases that are safe to match as exact text.

    Generic references ("the trust") and all lower-case words are resolved in context by
    the organisation component instead, so they are not patterns."""
    if not alias or alias.lower().startswith("the ") and alias[0].islower():
        return False
    if alias.islower():
        return False
    return len(alias) >= 2


def surface_forms(text: str) -> list[str]:
    """The text variants we match for one name: as written, upper case (headlines), and
    Title case for long single-word acronyms (UNISON -> Unison, ACAS -> Acas)."""
    forms = [text]
    if text.upper() != text:
        forms.append(text.upper())
    if " " not in text and text.isupper() and len(text) >= 4:
        forms.append(text.title())
    if text.startswith("The ") and len(text.split()) > 1:
        forms.append(text[4:])
    return list(dict.fromkeys(forms))


def build_index(entries: Iterable[Entry]) -> dict[str, tuple[str, str]]:
    """Lower-cased name or alias -> (canonical name, kind). The first entry wins a clash."""
    index: dict[str, tuple[str, str]] = {}
    for e in entries:
        for text in (e.name, *e.aliases):
            if usable_alias(text) or text == e.name:
                index.setdefault(text.lower(), (e.name, e.kind))
    return index


def phrase_patterns(entries: Iterable[Entry]) -> list[tuple[str, str]]:
    """(surface text, canonical name) pairs for a PhraseMatcher."""
    out: dict[str, str] = {}
    for e in entries:
        for text in (e.name, *e.aliases):
            if text != e.name and not usable_alias(text):
                continue
            for form in surface_forms(text):
                out.setdefault(form, e.name)
    return list(out.items())


# GIAS establishment exports: the columns we use.
_GIAS_NAME = "EstablishmentName"
_GIAS_STATUS = "EstablishmentStatus (name)"
_GIAS_TRUST = "Trusts (name)"


def load_gias_csv(path: str | Path, *, open_only: bool = True) -> list[Entry]:
    """Schools (kind "school") and their academy trusts (kind "academy_trust") from a
    GIAS establishment CSV export (edubasealldata*.csv, Windows-1252 encoded)."""
    path = Path(path)
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames is None or _GIAS_NAME not in reader.fieldnames:
        raise GazetteerError(f"{path}: not a GIAS export (no {_GIAS_NAME!r} column)")
    schools: dict[str, Entry] = {}
    trusts: dict[str, Entry] = {}
    for row in reader:
        if open_only and (row.get(_GIAS_STATUS) or "").strip().lower().startswith("closed"):
            continue
        name = (row.get(_GIAS_NAME) or "").strip()
        if name:
            schools.setdefault(name, Entry(name, "school"))
        trust = (row.get(_GIAS_TRUST) or "").strip()
        if trust:
            trusts.setdefault(trust, Entry(_title_case_trust(trust), "academy_trust"))
    return list(trusts.values()) + list(schools.values())


def _title_case_trust(name: str) -> str:
    """GIAS writes trust names in capitals: "ACADEMIES ENTERPRISE TRUST" -> title case."""
    if not name.isupper():
        return name
    small = {"of", "and", "the", "for", "in", "on", "at"}
    words = name.lower().split()
    return " ".join(w if i and w in small else w.capitalize() for i, w in enumerate(words))


# GIAS group types that are academy trusts (federations, sponsors and umbrella trusts are not).
REGISTER_TRUST_TYPES = ("Multi-academy trust", "Single-academy trust", "Secure single-academy trust")
_SCHOOL_ENDINGS = {"school", "academy", "college", "primary", "infants", "juniors", "nursery", "centre"}


def load_register_entries(db_path: str | Path | None) -> list[Entry]:
    """Academy trusts from the `trusts` table that `newswatch registers import` filled in
    the newswatch database at `db_path` (empty when there is none). A single-academy trust
    named like its school ("Maltings Academy") is left out: the name means the school."""
    if not db_path or not Path(db_path).is_file():
        return []
    out: dict[str, Entry] = {}
    for name in trust_names(db_path, REGISTER_TRUST_TYPES):
        words = name.lower().split()
        if words and words[-1] not in _SCHOOL_ENDINGS:
            out.setdefault(name.lower(), Entry(name, "academy_trust"))
    return list(out.values())
