"""Issue 15, acronym round: every acronym an article defines resolves to its full name, in
each way local news defines one (tests/data/orgs_acronyms_round.json: one short article of
our own per way: brackets, commas, dashes, "known as", "or", "trading as", "which stands for",
the acronym first, small words, "&", "St", a place or a number in the name, lower-case
letters, the headline, uses before the definition or in other paragraphs, possessives, "the",
a school's acronym beside its trust's, acronyms that are words). Guards: an acronym is not
given to another body with the same initials, and the acronym of a qualification, course,
role, plan or place is no organisation."""
from __future__ import annotations

import json
import re

import pytest

from nlp.components.org_initials import abbreviates, is_short_form
from nlp_fixtures import DATA

ARTICLES = json.loads((DATA / "orgs_acronyms_round.json").read_text(encoding="utf-8"))


def _text(article: dict) -> str:
    return "\n\n".join([article["headline"], *article["paragraphs"]])


@pytest.mark.parametrize("article", ARTICLES, ids=[a["id"] + " " + a["way"] for a in ARTICLES])
def test_every_use_of_a_defined_acronym_is_its_body(nlp, article):
    text = _text(article)
    doc = nlp(text)
    names = {o["name"]: {o["name"], *(a["alias"] for a in o["aliases"])} for o in doc._.orgs}
    for item in article["acronyms"]:
        uses = list(re.finditer(rf"(?<!\w){re.escape(item['acronym'])}(?!\w)", text))
        assert uses, item
        for m in uses:
            ents = [e for e in doc.ents if e.label_ == "ORG" and e.start_char <= m.start() and m.end() <= e.end_char]
            got = [e.kb_id_ for e in ents]
            assert any(item["full"] in names.get(e.kb_id_, ()) for e in ents), (item, m.start(), got)


@pytest.mark.parametrize("article", [a for a in ARTICLES if a["not_organisations"]],
                         ids=[a["id"] for a in ARTICLES if a["not_organisations"]])
def test_acronyms_of_qualifications_roles_plans_and_places_are_no_bodies(nlp, article):
    doc = nlp(_text(article))
    found = {n for o in doc._.orgs for n in [o["name"], *(a["alias"] for a in o["aliases"])]}
    assert not found & set(article["not_organisations"])


def test_a_body_with_the_same_initials_keeps_its_own_name(nlp):
    for article in ARTICLES:
        if article["id"] not in {"g01", "g08"}:
            continue
        doc = nlp(_text(article))
        other = [o for o in article["organisations"] if not o["aliases"]]
        for org in doc._.orgs:
            if org["name"] in {o["name"] for o in other}:
                assert not [a for a in org["aliases"] if a["alias"].isupper()], org


@pytest.mark.parametrize("short, full", [
    ("B&H", "Braxton & Hale Services Ltd"), ("M&DST", "Morley and District Schools Trust"),
    ("P2ST", "Pathway 2 Success Trust"), ("AEdT", "Aldwick Education Trust"), ("DfE", "Department for Education"),
    ("NCfE", "Northshire Council for Education"), ("StAT", "St Anselm's Trust"),
])
def test_symbols_digits_and_lower_case_letters_spell_a_name(short, full):
    assert is_short_form(short)
    assert abbreviates(short, full)


@pytest.mark.parametrize("short, full", [
    ("P2ST", "Pathway Success Trust"), ("P3ST", "Pathway 2 Success Trust"), ("AEdT", "Aldwick Trust"),
    ("AEdT", "Aldwick Endowment Trust"), ("B&H", "Braxton Schools"),
])
def test_what_the_name_does_not_give_is_no_acronym_of_it(short, full):
    assert not abbreviates(short, full)
