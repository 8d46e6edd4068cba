"""Issue 15, second round: how UK local papers name trusts, programmes, awards, buildings,
companies and other bodies. One test per cause of error found on the second blind set
(tests/data/orgs_blind2.json, see docs/orgs_blind.md); every text here is written for
these tests."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from nlp_fixtures import orgs_of

from benchmarks.orgs import evaluate
from nlp.components.org_kinds import infer_kind, is_document, is_document_title
from nlp.pipeline import load_base_model


def kinds(doc):
    return {o["name"]: o["kind"] for o in doc._.orgs}


@pytest.mark.parametrize("name, kind", [
    ("Tarnfold Schools", "academy_trust"),            # a group of schools
    ("Mossley Primary Partnership", "academy_trust"),  # "Primary" does not make it a school
    ("Kettlewell Hair Academy", "company"),            # academies that are businesses
    ("Riverside Football Academy", "company"),
    ("Grindle Marsh Systems", "company"),
    ("Quayside Estates", "company"),
    ("Lowther Rovers FC", "company"),
    ("North Fenland University", "other"),
    ("Catholic Schools and Colleges", "other"),        # coordinated: no group-of-schools rule
])
def test_kind_from_the_shape_of_the_name(name, kind):
    assert infer_kind(name) == kind


def test_programmes_awards_and_buildings_are_not_bodies():
    for words in ("Trust Growth Fund", "Coastal Careers Hub", "Skills Investment Areas", "County Schools Awards",
                  "Whitcombe Guildhall"):
        assert is_document(words.split()), words
    assert is_document_title("Trust of the Year".split())
    assert is_document_title("Brindle Valley Leisure Centre".split())
    assert not is_document("International Monetary Fund".split())
    for words in ("Academy Trust Leaders Conference", "Wessex Schools Cup", "Teaching Festival",
                  "Mental Health Awareness Week"):
        assert is_document(words.split()), words
    assert not is_document("Organisation of Coastal Conference".split())
    assert is_document_title("Bishop of Wendover".split()) and is_document_title(["Bishop"])


def test_programmes_awards_boards_and_plans_in_running_text(nlp_pipeline):
    doc = nlp_pipeline(
        "Trust wins regional award\n\n"
        "Kestrel Vale Academy Trust was named Trust of the Year at the Wessex Schools Awards, held at "
        "Dunmore Guildhall on Friday. The trust used money from the Trust Growth Fund and the Coastal "
        "Careers Hub to open a sixth form at Brindle Valley Leisure Centre.\n\n"
        "The council's School Places Plan 2026-2031 says more places are needed. The Kestrel Vale Academy "
        "Trust Board will meet on Monday; an extraordinary Trust Board meeting is planned.")
    found = orgs_of(doc)
    for bad in ("Trust of the Year", "Wessex Schools Awards", "Dunmore Guildhall", "Trust Growth Fund",
                "Coastal Careers Hub", "Brindle Valley Leisure Centre", "Trust Board"):
        assert not any(bad in name for name in found), bad
    assert not any("Plan" in name or "Board" in name for name in found)
    trust = found["Kestrel Vale Academy Trust"]
    assert trust["kind"] == "academy_trust" and len(trust["mentions"]) == 2


def test_group_of_schools_and_trust_of_described_schools(nlp_pipeline):
    doc = nlp_pipeline(
        "Parents angry at exam mix-up\n\n"
        "Tarnfold Schools, which runs Millbeck Academy and four other schools near Kendal, apologised. "
        "Three primaries will move to Eskmoor Fells Learning, a trust of five primaries based in Penrith.\n\n"
        "Tarnfold's chief executive said sorry. Eskmoor Fells Learning said it was ready.")
    found = orgs_of(doc)
    assert found["Tarnfold Schools"]["kind"] == "academy_trust"
    assert {"alias": "Tarnfold", "source": "text"} in found["Tarnfold Schools"]["aliases"]
    assert found["Eskmoor Fells Learning"]["kind"] == "academy_trust"
    assert len(found["Eskmoor Fells Learning"]["mentions"]) == 2


def test_headline_names_the_body_the_lead_describes(nlp_pipeline):
    doc = nlp_pipeline(
        "Marlcombe Foundation given warning over spending\n\n"
        "An academy trust running five schools in Taunton has been warned about its spending.\n\n"
        "Marlcombe Foundation paid £90,000 to a firm owned by a trustee. Marlcombe Foundation is not linked "
        "to the Marlcombe Community Foundation, a grant-making charity.")
    found = kinds(doc)
    assert found["Marlcombe Foundation"] == "academy_trust"
    assert found["Marlcombe Community Foundation"] == "other"


def test_network_and_federation_of_maintained_schools_are_not_trusts(nlp_pipeline):
    doc = nlp_pipeline(
        "Helen Marsh chairs the Dunstow Schools Partnership, a network of academies and maintained schools "
        "that share training. The Reed and Willow Federation, which brings together Hollin Reed Primary School "
        "and Cotter Willow Primary School, will close.")
    found = kinds(doc)
    assert found["Dunstow Schools Partnership"] == "other"
    assert found["Reed and Willow Federation"] == "school"


def test_former_name_in_the_headline_and_short_forms(nlp_pipeline):
    doc = nlp_pipeline(
        "Fellside Trust becomes Crag Moor Academies\n\n"
        "Crag Moor Academies, formerly known as the Fellside Trust, now runs six schools.\n\n"
        "“Fellside was right when we started,” said chief executive Tomasz Wrobel.")
    found = orgs_of(doc)
    assert "Fellside Trust" not in found and "Tomasz Wrobel" not in found
    trust = found["Crag Moor Academies"]
    assert len(trust["mentions"]) == 5 and trust["kind"] == "academy_trust"  # 2 old names, 1 short form


def test_short_forms_of_trusts_schools_and_councils(nlp_pipeline):
    doc = nlp_pipeline(
        "Hexley council backs new school places\n\n"
        "Hexley City Council said bids came from Brackenmoor Education Trust, Tolland Vale Multi-Academy Trust "
        "and Orrin Ridge Specialist Trust. Pupils will go to Castleford Mead Academy.\n\n"
        "Brackenmoor, which runs nine schools, is the favourite. Tolland Vale is based in Sudbury. "
        "Orrin Ridge's chief executive, Dr Aisha Kell, said the trust was ready to take pupils at Castleford Mead.")
    found = orgs_of(doc)
    for full, short in (("Brackenmoor Education Trust", "Brackenmoor"),
                        ("Tolland Vale Multi-Academy Trust", "Tolland Vale"),
                        ("Orrin Ridge Specialist Trust", "Orrin Ridge"),
                        ("Castleford Mead Academy", "Castleford Mead"),
                        ("Hexley City Council", "Hexley council")):
        assert short not in found, short
        assert len(found[full]["mentions"]) == 2, full


def test_school_and_university_are_bodies_of_their_own(nlp_pipeline):
    doc = nlp_pipeline(
        "Marsh End Academy has been run by its own single-academy trust, Marsh End Academy Trust, since 2012. "
        "Hartmoor University Academies Trust, set up by Hartmoor University in 2014, will take it on.")
    found = kinds(doc)
    assert found["Marsh End Academy"] == "school" and found["Marsh End Academy Trust"] == "academy_trust"
    assert found["Hartmoor University"] == "other"
    assert found["Hartmoor University Academies Trust"] == "academy_trust"


def test_names_the_model_cuts_or_labels_otherwise(nlp_pipeline):
    doc = nlp_pipeline(
        "Three schools will join the Swale and Ure Diocesan Multi-Academy Trust (SUDMAT) in May. "
        "SUDMAT runs 20 schools. Our Lady of the Moors Catholic Multi-Academy Company also bid. "
        "Officers from Devon and Cornwall Police visited, and the contract went to Harrowgate Group plc. "
        "Ashby Lane CE Primary will stay with the council.")
    found = orgs_of(doc)
    assert found["Swale and Ure Diocesan Multi-Academy Trust"]["kind"] == "academy_trust"
    assert "SUDMAT" not in found
    assert found["Our Lady of the Moors Catholic Multi-Academy Company"]["kind"] == "academy_trust"
    assert found["Devon and Cornwall Police"]["kind"] == "other"
    assert found["Harrowgate Group plc"]["kind"] == "company"
    assert found["Ashby Lane CE Primary"]["kind"] == "school"


def test_business_academies_and_firms(nlp_pipeline):
    doc = nlp_pipeline(
        "Exhibitors included Kettlewell Hair Academy, a training salon, and Riverside Football Academy. "
        "The trust signed a deal with the engineering firm Grindle Marsh Systems and with Lowther Rovers FC.")
    found = kinds(doc)
    for name in ("Kettlewell Hair Academy", "Riverside Football Academy", "Grindle Marsh Systems",
                 "Lowther Rovers FC"):
        assert found.get(name) == "company", name


@pytest.mark.parametrize("name", ["orgs_blind.json", "orgs_blind2.json"])
def test_development_sets_stay_at_the_issue_targets(nlp_pipeline, name):
    """Both former blind sets are development data now (docs/orgs_blind.md): the rules
    written from them must keep holding there."""
    articles = json.loads((Path(__file__).parent / "data" / name).read_text(encoding="utf-8"))
    r = evaluate(articles, nlp_pipeline, load_base_model(), show=False)
    trusts = r["academy_trusts"]["newswatch"]
    assert trusts["precision"] >= 0.95 and trusts["recall"] >= 0.95
    assert r["defined_acronym_accuracy"] == 1.0
    assert r["not_organisations_as_trust"] == 0 and r["not_organisations_as_org"] == 0


def test_a_word_opening_a_sentence_is_not_the_union_of_that_name(nlp_pipeline):
    assert kinds(nlp_pipeline("Community first responder Dev Malik trained the staff.")) == {}
    assert kinds(nlp_pipeline("Unison members voted to strike. Community, the steelworkers' union, "
                              "backed them.")) == {"UNISON": "union", "Community": "union"}


def test_mat_suffix_and_a_spaced_dash(nlp_pipeline):
    doc = nlp_pipeline("Schools in Barnsley will join the Fellbeck Peaks MAT next year. Fellbeck Peaks said it was "
                       "delighted. Two trusts - Ashgrove Learning Trust and Tarnwater Education - bid for the school. "
                       "Tarnwater Education, which runs six schools, won.")
    found = orgs_of(doc)
    assert len(found["Fellbeck Peaks MAT"]["mentions"]) == 2 and found["Fellbeck Peaks MAT"]["kind"] == "academy_trust"
    assert "Tarnwater Education - bid" not in found and len(found["Tarnwater Education"]["mentions"]) == 2
