"""Register extracts written for the tests, in the published column layouts of GIAS "all
groups" and "all group links" downloads and of an ONS local authority list. Names are
generated (invented); a few fixed rows are used by the tests by name."""
from __future__ import annotations

import csv
import random
from pathlib import Path

GROUP_HEADERS = [
    "Group UID", "Group ID", "Group Name", "Companies House Number", "Group Type (code)", "Group Type",
    "Closed Date", "Group Status (code)", "Group Status", "Group Contact Street", "Group Contact Town",
    "Group Contact Postcode", "Head of Group Title", "Head of Group First Name", "Head of Group Last Name",
    "Incorporated on (open date)", "Open date", "UKPRN",
]
LINK_HEADERS = [
    "URN", "Group UID", "Group ID", "Group Name", "Companies House Number", "Group Type (code)", "Group Type",
    "Closed Date", "Group Status (code)", "Group Status", "Joined date", "EstablishmentName",
    "TypeOfEstablishment (code)", "TypeOfEstablishment (name)", "PhaseOfEducation (code)",
    "PhaseOfEducation (name)", "LA (code)", "LA (name)",
]
COUNCIL_HEADERS = ["LAD24CD", "LAD24NM", "LAD24NMW"]

# Rows the tests rely on: (uid, name as GIAS writes it, type, status, closed).
FIXED_GROUPS = [
    ("16000", "ACADEMIES ENTERPRISE TRUST", "Multi-academy trust", "Open", ""),
    ("16001", "THE KINGFISHER VALE LEARNING TRUST", "Multi-academy trust", "Open", ""),
    ("16002", "Harbour Crest Academies Trust", "Multi-academy trust", "Open", ""),
    ("16003", "MALTINGS ACADEMY", "Single-academy trust", "Open", ""),
    ("16004", "OLD ELM EDUCATION TRUST", "Multi-academy trust", "Closed", "31-08-2021"),
    ("16005", "BRACKENFORD SCHOOLS FEDERATION", "Federation", "Open", ""),
]
FIXED_LINKS = [
    ("16000", "137001", "Maltings Academy", "01-09-2011"),
    ("16000", "137002", "New Rickstones Academy", "01-09-2012"),
    ("16001", "140500", "Kingfisher Vale Primary School", "01-04-2015"),
]
FIXED_COUNCILS = [
    ("E10000034", "Worcestershire"), ("E06000023", "Bristol, City of"), ("E09000012", "Hackney"),
]

_A = ["North", "South", "East", "West", "Upper", "Lower", "Great", "Little", "New", "Old"]
_B = ["Brook", "Field", "Wood", "Vale", "Ridge", "Moor", "Ford", "Stone", "Marsh", "Heath", "Lea", "Cliff",
      "Bridge", "Well", "Holt", "Dene", "Combe", "Fell", "Gate", "Mill"]
_C = ["Academy Trust", "Learning Trust", "Education Trust", "Academies Trust", "Schools Trust",
      "Multi Academy Trust", "Learning Partnership"]
_TYPES = [("06", "Multi-academy trust"), ("10", "Single-academy trust"), ("01", "Federation"), ("02", "Trust")]


def write_groups(path: Path, n: int = 3000, seed: int = 15) -> list[tuple[str, str]]:
    """A groups extract of n rows (the fixed ones first); returns [(uid, name)]."""
    rnd = random.Random(seed)
    rows, out = [], []
    for uid, name, type_, status, closed in FIXED_GROUPS:
        rows.append(_group_row(uid, name, type_, status, closed, rnd))
    k = 0
    while len(rows) < n:
        name = f"{rnd.choice(_A)} {rnd.choice(_B)}{rnd.choice(_B).lower()} {rnd.choice(_C)} {k}".upper()
        code, type_ = rnd.choice(_TYPES)
        closed = rnd.random() < 0.1
        rows.append(_group_row(str(20000 + k), name, type_, "Closed" if closed else "Open",
                               "31-03-2020" if closed else "", rnd))
        k += 1
    with path.open("w", newline="", encoding="cp1252") as fh:
        w = csv.DictWriter(fh, GROUP_HEADERS)
        w.writeheader()
        w.writerows(rows)
    out = [(r["Group UID"], r["Group Name"]) for r in rows]
    return out


def _group_row(uid, name, type_, status, closed, rnd) -> dict:
    return {
        "Group UID": uid, "Group ID": f"TR0{uid}", "Group Name": name,
        "Companies House Number": f"{rnd.randrange(10**7, 10**8):08d}",
        "Group Type (code)": "06", "Group Type": type_, "Closed Date": closed,
        "Group Status (code)": "OPEN" if status == "Open" else "CLOSED", "Group Status": status,
        "Group Contact Street": "1 High Street", "Group Contact Town": "Kidderbury",
        "Group Contact Postcode": "KB1 1AA", "Head of Group Title": "Mr",
        "Head of Group First Name": "Sam", "Head of Group Last Name": "Example",
        "Incorporated on (open date)": "01-09-2012", "Open date": "01-09-2012", "UKPRN": "",
    }


def write_links(path: Path, groups: list[tuple[str, str]], n: int = 10000, seed: int = 16) -> None:
    rnd = random.Random(seed)
    names = dict(groups)
    rows = []
    for uid, urn, school, joined in FIXED_LINKS:
        rows.append(_link_row(uid, names[uid], urn, school, joined))
    k = 0
    while len(rows) < n:
        uid, gname = groups[rnd.randrange(len(groups))]
        rows.append(_link_row(uid, gname, str(150000 + k), f"{rnd.choice(_B)}{rnd.choice(_B).lower()} Primary School",
                              f"{rnd.randrange(1, 28):02d}-0{rnd.randrange(1, 9)}-20{rnd.randrange(10, 24)}"))
        k += 1
    with path.open("w", newline="", encoding="cp1252") as fh:
        w = csv.DictWriter(fh, LINK_HEADERS)
        w.writeheader()
        w.writerows(rows)


def _link_row(uid, gname, urn, school, joined) -> dict:
    return {
        "URN": urn, "Group UID": uid, "Group ID": f"TR0{uid}", "Group Name": gname,
        "Companies House Number": "", "Group Type (code)": "06", "Group Type": "Multi-academy trust",
        "Closed Date": "", "Group Status (code)": "OPEN", "Group Status": "Open", "Joined date": joined,
        "EstablishmentName": school, "TypeOfEstablishment (code)": "28",
        "TypeOfEstablishment (name)": "Academy sponsor led", "PhaseOfEducation (code)": "2",
        "PhaseOfEducation (name)": "Primary", "LA (code)": "885", "LA (name)": "Worcestershire",
    }


def write_councils(path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as fh:
        w = csv.writer(fh)
        w.writerow(COUNCIL_HEADERS)
        for code, name in FIXED_COUNCILS:
            w.writerow([code, name, ""])
