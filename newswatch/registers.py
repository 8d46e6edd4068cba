"""Official registers, imported from files the user downloaded (newswatch never fetches them).

- GIAS "all groups" extract (Get Information About Schools, DfE): academy trusts and other
  groups -> table `trusts`;
- GIAS "all group links" extract: which school (URN) is in which group -> `trust_schools`;
- an ONS local authority list (a code column and a name column, e.g. LAD24CD, LAD24NM)
  -> `councils`.

Rows are upserted by their register key (newswatch/store/registers.py), so importing the
same file again changes nothing; article text is never touched. After an import,
`nlp.linking.link_entities` links the organisations already found to the register, and
the next `newswatch enrich` matches the register's trust names in articles (nlp.gazetteer.load_register_entries).
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import sqlite_utils

from newswatch.store.registers import trust_uids, write_registers


class RegisterError(ValueError):
    """A register file we cannot read (missing columns, not a CSV...): the message says why."""


@dataclass(frozen=True)
class Layout:
    """Which columns a register file must have, and which we also use if present.
    Each column is a tuple of accepted header spellings (GIAS changed some over the years)."""
    what: str
    required: dict[str, tuple[str, ...]]
    optional: dict[str, tuple[str, ...]]


GIAS_GROUPS = Layout(
    "GIAS all groups extract",
    required={
        "uid": ("Group UID",),
        "name": ("Group Name",),
        "type": ("Group Type",),
        "status": ("Group Status",),
    },
    optional={
        "group_id": ("Group ID",),
        "companies_house": ("Companies House Number",),
        "opened": ("Open date", "Incorporated on (open date)", "Open Date"),
        "closed": ("Closed Date", "Closed date"),
    },
)

GIAS_LINKS = Layout(
    "GIAS all group links extract",
    required={
        "uid": ("Group UID",),
        "urn": ("URN",),
        "school_name": ("EstablishmentName", "Establishment Name"),
    },
    optional={"joined": ("Joined date", "Joined Date", "Date joined")},
)

# ONS lists name their columns after the geography and year: LAD24CD/LAD24NM,
# CTYUA23CD/CTYUA23NM, UTLA22CD... ; other lists say "LA code"/"LA name".
_ONS_CODE = re.compile(r"^[A-Z]{2,6}\d{0,2}CD$|^(la |local authority |lad )?code$", re.I)
_ONS_NAME = re.compile(r"^[A-Z]{2,6}\d{0,2}NM$|^(la |local authority |lad )?name$", re.I)


def _decode(path: Path) -> str:
    """GIAS extracts are Windows-1252; ONS files UTF-8 (often with a BOM)."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("cp1252")


def _open_csv(path: str | Path) -> tuple[csv.DictReader, Path]:
    path = Path(path)
    if not path.is_file():
        raise RegisterError(f"{path}: no such file")
    reader = csv.DictReader(io.StringIO(_decode(path), newline=""))
    if not reader.fieldnames:
        raise RegisterError(f"{path}: empty file (expected a CSV with a header row)")
    reader.fieldnames = [h.strip() for h in reader.fieldnames]
    return reader, path


def _columns(layout: Layout, headers: list[str], path: Path) -> dict[str, str]:
    """Our field name -> the header used in this file; names every missing column."""
    present = set(headers)
    found, missing = {}, []
    for field, spellings in layout.required.items():
        hit = next((h for h in spellings if h in present), None)
        if hit is None:
            missing.append(" or ".join(repr(h) for h in spellings))
        else:
            found[field] = hit
    if missing:
        raise RegisterError(
            f"{path}: not a {layout.what}: missing column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} (columns found: {', '.join(headers[:12])}{'...' if len(headers) > 12 else ''})"
        )
    for field, spellings in layout.optional.items():
        hit = next((h for h in spellings if h in present), None)
        if hit is not None:
            found[field] = hit
    return found


def parse_date(text: str | None) -> str | None:
    """GIAS writes dates as DD-MM-YYYY (or DD/MM/YYYY); we store ISO YYYY-MM-DD."""
    text = (text or "").strip()
    if not text:
        return None
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y %H:%M:%S", "%d/%m/%Y %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return text  # keep what the register said rather than lose it


def _rows(layout: Layout, path: str | Path, key_fields: tuple[str, ...]) -> Iterator[dict]:
    reader, path = _open_csv(path)
    cols = _columns(layout, reader.fieldnames or [], path)
    for lineno, raw in enumerate(reader, 2):
        row = {field: (raw.get(header) or "").strip() or None for field, header in cols.items()}
        for field in key_fields:
            if not row.get(field):
                raise RegisterError(f"{path}:{lineno}: empty {cols[field]!r}")
        for field in ("opened", "closed", "joined"):
            if field in row:
                row[field] = parse_date(row[field])
        yield row


def read_gias_groups(path: str | Path) -> Iterator[dict]:
    reader, checked = _open_csv(path)
    if "URN" in (reader.fieldnames or []):
        raise RegisterError(f"{checked}: this is a GIAS all group links extract (it has a URN column), "
                            "not the groups extract: pass it as --gias-links")
    for row in _rows(GIAS_GROUPS, path, ("uid", "name")):
        row["name"] = title_case(row["name"])
        yield row


def read_gias_links(path: str | Path) -> Iterator[dict]:
    return _rows(GIAS_LINKS, path, ("uid", "urn"))


def read_councils(path: str | Path) -> Iterator[dict]:
    reader, path = _open_csv(path)
    headers = reader.fieldnames or []
    code = next((h for h in headers if _ONS_CODE.match(h)), None)
    name = next((h for h in headers if _ONS_NAME.match(h)), None)
    if code is None or name is None:
        missing = [what for what, h in (("a code column (e.g. LAD24CD)", code), ("a name column (e.g. LAD24NM)", name)) if h is None]
        raise RegisterError(f"{path}: not an ONS local authority list: missing {' and '.join(missing)} "
                            f"(columns found: {', '.join(headers[:12])})")
    for lineno, raw in enumerate(reader, 2):
        c, n = (raw.get(code) or "").strip(), (raw.get(name) or "").strip()
        if not c and not n:
            continue
        if not c or not n:
            raise RegisterError(f"{path}:{lineno}: empty {code if not c else name!r}")
        yield {"code": c, "name": n}


_SMALL = {"of", "and", "the", "for", "in", "on", "at", "to", "a"}
# Abbreviations that stay in capitals in a title-cased name.
_KEEP_CAPS = {"CE", "C", "RC", "UK", "UTC", "SEN", "SEND", "ATT", "CofE", "VA"}


def title_case(name: str) -> str:
    """GIAS writes many group names in capitals: "THE KEMNAL ACADEMIES TRUST" ->
    "The Kemnal Academies Trust"; known abbreviations stay capitals (CE, RC, UTC)."""
    if not name.isupper():
        return name
    out = []
    for i, word in enumerate(name.split()):
        lower = word.lower()
        if i and lower in _SMALL:
            out.append(lower)
        elif word in _KEEP_CAPS:
            out.append(word)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in word.split("-")))
    return " ".join(out)


# ---- importing ----------------------------------------------------------------------

TRUST_FIELDS = ("uid", "group_id", "name", "companies_house", "type", "status", "opened", "closed")
LINK_FIELDS = ("uid", "urn", "school_name", "joined")


def _by_key(rows: Iterable[dict], fields: tuple[str, ...], pk: tuple[str, ...]) -> list[dict]:
    """Rows with our fields only; a key listed twice keeps its last row (so a file with a
    repeated row still re-imports as a no-op)."""
    out: dict[tuple, dict] = {}
    for r in rows:
        row = {f: r.get(f) for f in fields}
        out[tuple(row[k] for k in pk)] = row
    return list(out.values())


def import_registers(db: sqlite_utils.Database, *, gias_groups: str | Path | None = None,
                     gias_links: str | Path | None = None, councils: str | Path | None = None,
                     progress: Callable[[str, int], None] | None = None) -> dict:
    """Load the given register files (each is optional) in one transaction.

    Every file is read and checked before anything is written, so a bad file changes
    nothing. Returns {"trusts": counts, "trust_schools": counts, "councils": counts}."""
    plan = []
    if gias_groups:
        plan.append(("trusts", _by_key(read_gias_groups(gias_groups), TRUST_FIELDS, ("uid",)), ("uid",)))
    if gias_links:
        links = _by_key(read_gias_links(gias_links), LINK_FIELDS, ("uid", "urn"))
        # Every link must name a group we know (trust_schools.uid references trusts).
        known = {r["uid"] for r in plan[0][1]} if gias_groups else trust_uids(db)
        unknown = sorted({r["uid"] for r in links} - known)
        if unknown:
            raise RegisterError(
                f"{gias_links}: {len(unknown)} group UID(s) not in the groups register "
                f"(first: {', '.join(unknown[:5])}); import the matching --gias-groups file too")
        plan.append(("trust_schools", links, ("uid", "urn")))
    if councils:
        plan.append(("councils", _by_key(read_councils(councils), ("code", "name"), ("code",)), ("code",)))
    return write_registers(db, plan, progress)
