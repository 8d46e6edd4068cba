"""Issue 15, fifth round: each rule on its own, called directly (the end-to-end tests in
tests/test_orgs_round5.py may pass through other rules or the kind model too). Texts and
names written for these tests."""
import pytest
from spacy.tokens import Span

from nlp.components.org_context import described_as_academy_trust, described_as_network
from nlp.components.org_defined import defined_short_forms, former_name_of, initialism_spans
from nlp.components.org_evidence import evidenced_as_trust
from nlp.components.org_federations import described_as_school_federation
from nlp.components.org_kinds import infer_kind, is_document, is_document_title
from nlp.components.org_lists import listed_as_trust, listed_trust_names
from nlp.components.org_short_forms import _shared_short_forms_of_trusts, _unbracketed
from nlp.components.org_splits import split_joined


def at(doc, words):
    """(start, end) token offsets of the first occurrence of `words`."""
    k = doc.text.find(words)
    span = doc.char_span(k, k + len(words)) if k >= 0 else None
    if span is None:
        raise AssertionError(f"{words!r} not in the text")
    return span.start, span.end


# ---- kinds from the name ------------------------------------------------------------------------
def test_names_and_their_kinds():
    assert infer_kind("Amy Pargeter Bursary Trust") == "other"
    assert infer_kind("Rowlands Scholarship Trust") == "other"
    assert infer_kind("St Egwin Catholic Academy Company") == "academy_trust"
    assert infer_kind("Northgate Football Academy Company") == "company"
    assert infer_kind("English Schools") == "other"
    assert infer_kind("Catholic Schools") == "other"
    assert infer_kind("Wrenley Schools") == "academy_trust"
    assert is_document(["Trust", "Leaders", "Pay", "Survey"])
    assert is_document_title(["FOI"])


# ---- federations and networks -------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Vote\n\nThe governing body of the Ashcombe Federation, which runs Ashcombe Infant School and Ashcombe Junior "
     "School, voted to explore joining Pelham Learning Trust.", "Ashcombe Federation"),
    ("League\n\nThe table leaves out groups of maintained schools such as the Wrayford Federation of Church Schools.",
     "Wrayford Federation of Church Schools"),
    ("Head\n\nThe Dunmoor Federation has appointed Kate Dimmock as executive head.", "Dunmoor Federation"),
])
def test_a_federation_of_maintained_schools(nlp, text, name):
    doc = nlp(text)
    assert described_as_school_federation(doc, *at(doc, name))


def test_a_federation_called_a_trust_in_its_sentence_is_not_maintained(nlp):
    doc = nlp("Schools\n\nThe Brampford Federation, a multi-academy trust of six schools, appointed Kate Dimmock as "
              "executive head.")
    assert not described_as_school_federation(doc, *at(doc, "Brampford Federation"))


@pytest.mark.parametrize("text", [
    "List\n\nIt leaves out the Kexby Schools Partnership, a council-funded network that brings heads together.",
    "Heads\n\nThe Kexby Schools Partnership — an informal network of heads — met on Friday.",
])
def test_a_network_described_after_adjectives_or_a_dash(nlp, text):
    doc = nlp(text)
    assert described_as_network(doc, *at(doc, "Kexby Schools Partnership"))


# ---- trusts the text describes ------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Talks\n\nGovernors spoke to Greywell Learning, another local trust, last year.", "Greywell Learning"),
    ("Contracts\n\nHarrowdale Church Schools Foundation, the Anglican trust, ended the deal.",
     "Harrowdale Church Schools Foundation"),
    ("Laptops\n\nSchools run by Velmora, the trust formed in 2021, get new laptops.", "Velmora"),
    ("Heads\n\nCatholic schools are run by a separate trust, the St Egwin Catholic Academy Company, in the north.",
     "St Egwin Catholic Academy Company"),
    ("Arm\n\nPentland Education Group (PEG) runs 12 academies in the county.", "Pentland Education Group"),
])
def test_described_as_a_trust(nlp, text, name):
    doc = nlp(text)
    assert described_as_academy_trust(doc, *at(doc, name))


def test_a_charity_trust_in_apposition_is_not_an_academy_trust(nlp):
    doc = nlp("Pool\n\nGrants came from Velmora, the charitable trust set up in 1990.")
    assert not described_as_academy_trust(doc, *at(doc, "Velmora"))


@pytest.mark.parametrize("text, name, expected", [
    ("Awards\n\nGarrowby Alliance was crowned Trust of the Year by the judges.", "Garrowby Alliance", True),
    ("Bases\n\nThornwick Alliance's director of inclusion told councillors its schools had opened two bases.",
     "Thornwick Alliance", True),
    ("Bases\n\nThornwick Alliance's director of inclusion told councillors the bases had opened.",
     "Thornwick Alliance", False),
])
def test_what_a_trust_has(nlp, text, name, expected):
    doc = nlp(text)
    assert evidenced_as_trust(doc, *at(doc, name)) is expected


# ---- lists ----------------------------------------------------------------------------------------
def test_a_list_introduced_as_trusts(nlp):
    doc = nlp("Inspections\n\nAcademies run by trusts including Oxbury Vale Academies, Tennick Learning, Zephyra and "
              "Moorgate Academy Trust were inspected.")
    found = {s.text for s in listed_trust_names(doc, [e for e in doc.ents if e.text != "Zephyra"])}
    assert "Zephyra" in found
    assert listed_as_trust(doc, *at(doc, "Zephyra"))


def test_a_soft_headed_name_listed_beside_trusts(nlp):
    doc = nlp("Table\n\nThen come Fellgate Schools Trust (9), Ulverdale Academies Trust (7), Cressing Learning (6) "
              "and the Halse Trust with five.")
    assert listed_as_trust(doc, *at(doc, "Cressing Learning"))
    doc = nlp("Table\n\nThen come Fellgate Rovers (9), Ulverdale Harriers (7) and Cressing Learning (6).")
    assert not listed_as_trust(doc, *at(doc, "Cressing Learning"))


# ---- joined names ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, joined, parts", [
    ("Ratings\n\nTolworth Academy Trust's Beech Hill School was rated good.", "Tolworth Academy Trust's Beech Hill School",
     ["Tolworth Academy Trust", "Beech Hill School"]),
    ("Ratings\n\nSt Mary's Primary School was rated good.", "St Mary's Primary School", ["St Mary's Primary School"]),
    ("Pay\n\nNext comes Harriet Ferrand of Amberside Education Trust on £190,000.",
     "Harriet Ferrand of Amberside Education Trust", ["Harriet Ferrand", "Amberside Education Trust"]),
    ("Pay\n\nNext comes Harriet Ferrand of the board.", "Harriet Ferrand of", ["Harriet Ferrand"]),
    ("List\n\nTrusts named were Oxbury Vale Academies, Tennick Learning, Zephyra and Moorgate Academy Trust.",
     "Zephyra and Moorgate Academy Trust", ["Zephyra", "Moorgate Academy Trust"]),
    ("List\n\nThe firms were Kemble Audit, Greyfox Consulting, Hindle & Mallory Partners and two others.",
     "Hindle & Mallory Partners", ["Hindle & Mallory Partners"]),
    ("List\n\nWe spoke to one trust, Tamar and Tavy Learning Trust.", "Tamar and Tavy Learning Trust",
     ["Tamar and Tavy Learning Trust"]),
])
def test_split_joined(nlp, text, joined, parts):
    doc = nlp(text)
    span = Span(doc, *at(doc, joined), label="ORG")
    assert [p.text for p in split_joined(span)] == parts


# ---- one name per body ----------------------------------------------------------------------------
def test_acronyms_defined_before_the_name(nlp):
    doc = nlp("Staff\n\nHFT, as Harlowmere Federation Trust is usually known, runs eleven schools.")
    assert defined_short_forms(doc, Span(doc, *at(doc, "Harlowmere Federation Trust"), label="ORG")) == ["HFT"]
    doc = nlp("Staff\n\nSpending by CVT (Cressbrook Valley Trust) rose.")
    assert defined_short_forms(doc, Span(doc, *at(doc, "Cressbrook Valley Trust"), label="ORG")) == ["CVT"]
    doc = nlp("Staff\n\nHFT, as Harlowmere Federation Trust said, runs eleven schools.")
    assert defined_short_forms(doc, Span(doc, *at(doc, "Harlowmere Federation Trust"), label="ORG")) == []


@pytest.mark.parametrize("text, new, old", [
    ("School\n\nIt will be run by Oxleigh Learning, the trust formerly known as Oxleigh Academies Trust, from May.",
     "Oxleigh Learning", "Oxleigh Academies Trust"),
    ("Move\n\nQuarndon Education, which was known as Quarndon Academies Trust until 2020, moved.",
     "Quarndon Education", "Quarndon Academies Trust"),
    ("Name\n\nLymbridge Academy Trust will now be known as Saltash Vale Academy Trust, after a vote.",
     "Lymbridge Academy Trust", "Saltash Vale Academy Trust"),
])
def test_former_names(nlp, text, new, old):
    doc = nlp(text)
    first = Span(doc, *at(doc, new), label="ORG")
    second = Span(doc, *at(doc, old), label="ORG")
    assert former_name_of(doc, second, first) is first


def test_initials_of_a_named_body(nlp):
    doc = nlp("Retirement\n\nShe built WCST into a group of 20 schools.\n\nTHE WCST BOARD MET.")
    spans = initialism_spans(doc, [], {"WCST": "Welbeck Community Schools Trust"})
    assert [(s.text, s.kb_id_) for s in spans] == [("WCST", "Welbeck Community Schools Trust")]


def test_short_forms_shared_by_a_trust_and_its_namesakes():
    full = {"Brookmere": {"Brookmere Education", "Brookmere Primary Academy", "Brookmere Enterprises Ltd"},
            "Ketterby": {"Ketterby Primary Academy", "Ketterby Enterprises Ltd"},
            "Kelby": {"Kelby Learning Trust", "Kelby Borough Council"}}
    assert _shared_short_forms_of_trusts(full) == {"Brookmere": "Brookmere Education"}
    assert _unbracketed(["Coaches", "(", "Tenbury", ")", "Ltd"]) == ["Coaches", "Ltd"]
