"""Validates the organisation gazetteer (nlp/data/gazetteer/*.jsonl) and the annotated quote
development set (tests/data/quotes_dev.json). Both are data other code relies on; the
conventions checked here are written up in nlp/data/gazetteer/README.md."""
from __future__ import annotations

import json
from collections import Counter, defaultdict

import pytest

from annotation_helpers import (
    DEV_PATH, FILE_KINDS, MIN_ARTICLES_PER_CASE, REQUIRED_CASES, check_article, quoted_segments, surface_forms,
)

from nlp.kinds import KINDS

ENTRY_KEYS = {"name", "kind", "aliases"}
OPTIONAL_ENTRY_KEYS = {"case_sensitive", "note"}
# Surface forms that name no single organisation. Some real names are also common words
# (the unions Community, Unite, Prospect): those are allowed only on case-sensitive entries.
GENERIC = {
    "the trust", "the council", "the union", "the unions", "the county council", "the city council",
    "the borough council", "the district council", "the authority", "the local authority",
    "the school", "the academy", "the company", "the department", "the government", "county hall",
    "the watchdog", "the agency", "council", "trust", "academy", "school", "union", "government",
    "community", "unite", "voice", "prospect", "department", "agency", "committee", "the committee",
}
CASE_SENSITIVE_ONLY = {"community", "unite", "prospect", "voice"}


# --- gazetteer ------------------------------------------------------------------------


def test_entries_are_well_formed(gazetteer_entries):
    for e in gazetteer_entries:
        where = e["_where"]
        keys = set(e) - {"_where"}
        assert ENTRY_KEYS <= keys, f"{where}: missing {ENTRY_KEYS - keys}"
        assert not keys - ENTRY_KEYS - OPTIONAL_ENTRY_KEYS, f"{where}: unknown keys {keys - ENTRY_KEYS - OPTIONAL_ENTRY_KEYS}"
        assert isinstance(e["name"], str) and e["name"], where
        assert e["kind"] in KINDS, f"{where}: kind {e['kind']!r}"
        assert isinstance(e["aliases"], list), where
        for s in surface_forms(e):
            assert isinstance(s, str) and s == s.strip() and s, f"{where}: bad surface form {s!r}"
            assert "  " not in s, f"{where}: double space in {s!r}"
            assert "\u2019" not in s and "\u2018" not in s, f"{where}: use straight apostrophes in {s!r}"
        if "case_sensitive" in e:
            assert e["case_sensitive"] is True, f"{where}: case_sensitive is written only as true"
        if "note" in e:
            assert isinstance(e["note"], str) and e["note"], where


def test_each_file_holds_its_kind(gazetteer_files):
    for fname, es in gazetteer_files.items():
        for e in es:
            assert e["kind"] in FILE_KINDS[fname], f"{e['_where']}: kind {e['kind']} in {fname}"


def test_no_surface_form_names_two_organisations(gazetteer_entries):
    """A name or alias may belong to one entry only. Case-insensitive entries claim every
    casing; case-sensitive ones claim only the exact string."""
    folded = defaultdict(list)  # lower-cased form -> [(entry name, exact form, case_sensitive)]
    for e in gazetteer_entries:
        cs = bool(e.get("case_sensitive"))
        key = (lambda s: s) if cs else str.lower
        own = [key(s) for s in surface_forms(e)]
        dupes = [s for s, c in Counter(own).items() if c > 1]
        assert not dupes, f"{e['_where']}: repeated surface forms {dupes}"
        for s in surface_forms(e):
            folded[s.lower()].append((e["name"], s, cs))
    for form, owners in folded.items():
        names = {o[0] for o in owners}
        if len(names) < 2:
            continue
        # Allowed only when every owner is case-sensitive and the exact strings differ.
        exact = [o[1] for o in owners]
        assert all(o[2] for o in owners) and len(set(exact)) == len(exact), (
            f"{form!r} is claimed by {sorted(names)}"
        )


def test_no_generic_aliases(gazetteer_entries):
    for e in gazetteer_entries:
        for s in surface_forms(e):
            low = s.lower()
            if low in CASE_SENSITIVE_ONLY:
                assert e.get("case_sensitive") and s[0].isupper(), (
                    f"{e['_where']}: {s!r} is a common word and must be case-sensitive"
                )
            else:
                assert low not in GENERIC, f"{e['_where']}: generic alias {s!r}"


def test_coverage_numbers(gazetteer_files):
    assert len(gazetteer_files["academy_trusts.jsonl"]) >= 60
    education_authorities = [e for e in gazetteer_files["councils.jsonl"] if "local education authority" in e.get("note", "")]
    assert len(education_authorities) >= 150
    assert len(gazetteer_files["councils.jsonl"]) >= 300


@pytest.mark.parametrize(
    "surface, name, kind",
    [
        ("AET", "Academies Enterprise Trust", "academy_trust"),
        ("Worcestershire County Council", "Worcestershire County Council", "council"),
        ("Hackney Council", "London Borough of Hackney", "council"),
        ("Banes", "Bath and North East Somerset Council", "council"),
        ("ASCL", "Association of School and College Leaders", "union"),
        ("Unison", "UNISON", "union"),
        ("NEU", "National Education Union", "union"),
        ("Community", "Community", "union"),
        ("Acas", "ACAS", "government"),
        ("DfE", "Department for Education", "government"),
        ("Maltings Academy", "Maltings Academy", "school"),
        ("Chartwells", "Chartwells", "company"),
    ],
)
def test_known_surface_forms_resolve(gazetteer_entries, surface, name, kind):
    hits = [
        e for e in gazetteer_entries
        if any((s == surface) if e.get("case_sensitive") else (s.lower() == surface.lower()) for s in surface_forms(e))
    ]
    assert [(e["name"], e["kind"]) for e in hits] == [(name, kind)]


def test_common_words_do_not_resolve_in_lower_case(gazetteer_entries):
    for word in ("community", "unite", "prospect", "the trust", "the council"):
        hits = [
            e["name"] for e in gazetteer_entries
            if any((s == word) if e.get("case_sensitive") else (s.lower() == word) for s in surface_forms(e))
        ]
        assert hits == [], f"{word!r} resolves to {hits}"


# --- development set --------------------------------------------------------------------

@pytest.fixture(scope="module")
def dev():
    return json.loads(DEV_PATH.read_text(encoding="utf-8"))


def _articles():
    return json.loads(DEV_PATH.read_text(encoding="utf-8"))


def test_dev_set_size_and_ids(dev):
    assert isinstance(dev, list) and len(dev) >= 30
    ids = [a["id"] for a in dev]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a["id"])
def test_article(article, gazetteer_entries):
    check_article(article, gazetteer_entries)


def test_every_required_case_is_covered(dev):
    counts = Counter(c for a in dev for c in a["cases"])
    thin = {c: counts[c] for c in REQUIRED_CASES if counts[c] < MIN_ARTICLES_PER_CASE}
    assert not thin, f"cases covered by fewer than {MIN_ARTICLES_PER_CASE} articles: {thin}"


def test_segmenter_on_known_shapes():
    paras = [
        'She said: "One.',
        '"Two."',
        "It was \u201cbad\u201d and \u201cworse\u201d, he said.",
    ]
    assert [(s["text"], s["p_start"], s["p_end"]) for s in quoted_segments(paras)] == [
        ("One. Two.", 0, 1), ("bad", 2, 2), ("worse", 2, 2),
    ]
    with pytest.raises(ValueError):
        quoted_segments(['"Never closed.', "Narrative."])
    with pytest.raises(ValueError):
        quoted_segments(["\u201cMixed\" marks\u201d"])
