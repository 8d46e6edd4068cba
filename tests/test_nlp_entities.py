"""Organisations (gazetteer, normalisation) and people (title, role, organisation)."""
from __future__ import annotations

import json

import pytest

from nlp import gazetteer
from nlp.findings import doc_to_findings
from nlp.pipeline import NLP_VERSION, load_pipeline


@pytest.fixture(scope="module")
def small_gazetteer_nlp(tmp_path_factory):
    """A pipeline on a tiny gazetteer written here (not the project's data files)."""
    d = tmp_path_factory.mktemp("gazetteer")
    rows = [
        {"name": "Academies Enterprise Trust", "kind": "academy_trust", "aliases": ["AET"]},
        {"name": "UNISON", "kind": "union", "aliases": ["Unison"]},
        {"name": "Leicestershire County Council", "kind": "council", "aliases": ["Leicestershire"]},
        {"name": "Widget Catering Ltd", "kind": "company", "aliases": ["Widget", "the firm"]},
    ]
    (d / "test.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return load_pipeline(gazetteer_dir=str(d))


def orgs_of(doc):
    return {o["name"]: o for o in doc._.orgs}


def test_version_is_a_string():
    assert isinstance(NLP_VERSION, str) and NLP_VERSION


def test_possessive_stripped(nlp_pipeline):
    doc = nlp_pipeline("Worcestershire County Council’s cabinet has agreed a consultation.")
    assert "Worcestershire County Council" in orgs_of(doc)
    ent = [e for e in doc.ents if e.label_ == "ORG"][0]
    assert ent.text == "Worcestershire County Council"


def test_case_variants_and_acronyms_merge(small_gazetteer_nlp):
    doc = small_gazetteer_nlp(
        "Staff at the Academies Enterprise Trust (AET) met UNISON. AET said Unison had refused."
    )
    orgs = orgs_of(doc)
    assert len(orgs["Academies Enterprise Trust"]["mentions"]) == 3  # full name, (AET), AET
    assert orgs["Academies Enterprise Trust"]["kind"] == "academy_trust"
    assert len(orgs["UNISON"]["mentions"]) == 2


def test_acronym_of_unknown_org_links_to_full_name(nlp_pipeline):
    doc = nlp_pipeline("The Greenfield Valley Learning Trust (GVLT) runs six schools. GVLT said it would consult.")
    org = orgs_of(doc)["Greenfield Valley Learning Trust"]
    assert len(org["mentions"]) == 3  # full name, (GVLT), GVLT
    assert org["kind"] == "academy_trust"
    assert "GVLT" not in orgs_of(doc)


def test_gazetteer_does_not_turn_places_into_orgs(small_gazetteer_nlp):
    doc = small_gazetteer_nlp("Schools in Leicestershire face cuts, Leicestershire County Council said.")
    labels = [(e.text, e.label_) for e in doc.ents]
    assert ("Leicestershire County Council", "ORG") in labels
    assert ("Leicestershire", "ORG") not in labels


def test_gazetteer_canonical_name(small_gazetteer_nlp):
    doc = small_gazetteer_nlp("Widget won the catering contract for the schools.")
    found = doc_to_findings(doc)["entities"]
    assert {"text": "Widget", "label": "ORG", "kind": "company", "canonical": "Widget Catering Ltd",
            "start": 0, "end": 6} in found


def test_people_titles_roles_and_orgs(nlp_pipeline):
    text = ("UNISON head of education, Jon Richards, spoke. Councillor Liz Eyre, cabinet member for "
            "children and families, agreed. Sara Ford from the Association of School and College Leaders "
            "disagreed. Later Mr Richards left. Dr Amy Patel, head teacher at Maltings Academy, stayed.")
    people = {p["name"]: p for p in doc_to_findings(nlp_pipeline(text))["people"]}
    assert people["Jon Richards"] == {"name": "Jon Richards", "title": "Mr", "role": "head of education", "org": "UNISON"}
    assert people["Liz Eyre"]["title"] == "Councillor"
    assert people["Liz Eyre"]["role"] == "cabinet member for children and families"
    assert people["Sara Ford"]["org"] == "Association of School and College Leaders"
    assert people["Amy Patel"]["title"] == "Dr"
    assert (people["Amy Patel"]["role"], people["Amy Patel"]["org"]) == ("head teacher", "Maltings Academy")
    assert "Richards" not in people  # "Mr Richards" is Jon Richards


def test_findings_shape_and_offsets(nlp_pipeline):
    text = "Jon Richards of UNISON said: “It is bad.”"
    f = doc_to_findings(nlp_pipeline(text))
    assert set(f) == {"entities", "people", "quotes", "orgs"}
    for e in f["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    q = f["quotes"][0]
    assert text[q["start"]:q["end"]] == "It is bad."
    assert f["people"][q["person"]]["name"] == "Jon Richards"
    json.dumps(f)


# ---- gazetteer files ----------------------------------------------------------------------
def test_gazetteer_bad_line_is_reported(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"name": "A Trust", "kind": "academy_trust"}\n{"kind": "union"}\n')
    with pytest.raises(gazetteer.GazetteerError, match="x.jsonl:2"):
        gazetteer.load_entries(tmp_path)


def test_gazetteer_unknown_kind(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"name": "A", "kind": "club"}\n')
    with pytest.raises(gazetteer.GazetteerError, match="unknown kind"):
        gazetteer.load_entries(tmp_path)


def test_generic_aliases_are_not_patterns():
    entries = [gazetteer.Entry("Harris Federation", "academy_trust", ("the trust", "Harris"))]
    forms = dict(gazetteer.phrase_patterns(entries))
    assert "the trust" not in forms and forms["Harris"] == "Harris Federation"
    assert forms["HARRIS FEDERATION"] == "Harris Federation"


def test_project_gazetteer_files_load():
    entries = gazetteer.load_entries()
    assert all(e.kind in gazetteer.KINDS for e in entries)


def test_gias_csv_loader(tmp_path):
    path = tmp_path / "edubase.csv"
    path.write_bytes(
        "URN,EstablishmentName,EstablishmentStatus (name),Trusts (name)\n"
        "1,Maltings Academy,Open,ACADEMIES ENTERPRISE TRUST\n"
        "2,Old School,Closed,\n"
        "3,St Mary’s Primary,Open,\n".encode("cp1252")
    )
    entries = gazetteer.load_gias_csv(path)
    assert gazetteer.Entry("Academies Enterprise Trust", "academy_trust") in entries
    assert gazetteer.Entry("Maltings Academy", "school") in entries
    assert gazetteer.Entry("St Mary’s Primary", "school") in entries
    assert all(e.name != "Old School" for e in entries)


def test_gias_csv_rejects_other_csv(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(gazetteer.GazetteerError, match="not a GIAS export"):
        gazetteer.load_gias_csv(path)
