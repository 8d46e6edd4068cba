"""Issue 15, thirty-first round: trusts named in ways no set had shown. A name with "and" whose
first place the model tags alone; an acronym defined by "as the trust is known"; a trust's
trading name and its company form; a trust named by one bare word after what a school is to
it; a list of trusts' names after a colon and a pay list run on with semicolons; a former
name given by "was set up as"; a school's short form its single-academy trust had taken.
Texts and names written for these tests."""

import pytest
from spacy.tokens import Span

from nlp.components.org_kinds import infer_kind
from nlp.components.org_patterns import pattern_orgs
from nlp_fixtures import aliases_of, kinds_in, named_only_as, orgs_in, trusts_in


# ---- "A and B ... Trust" with A tagged alone -------------------------------------------------
@pytest.mark.parametrize("text, first, name", [
    ("Seven schools will join the Lyd and Tamar Diocesan Academies Trust next year.", "Lyd",
     "Lyd and Tamar Diocesan Academies Trust"),
    ("Governors voted to join the Wenning and Hindburn Learning Trust.", "Wenning", "Wenning and Hindburn Learning Trust"),
])
def test_a_one_word_name_before_and_joins_the_trust_name(nlp, text, first, name):
    doc = nlp.make_doc(text)
    for _, proc in nlp.pipeline[:nlp.pipe_names.index("newswatch_orgs")]:
        doc = proc(doc)
    start = next(t.i for t in doc if t.text == first)
    found = pattern_orgs(doc, [Span(doc, start, start + 1, label="ORG")])
    assert name in {e.text for e in found if e.label_ == "ORG"}, text


# ---- "ACR, as the trust is known" -------------------------------------------------------------
@pytest.mark.parametrize("text, name, acronym", [
    ("Four schools are joining the Esk and Irt Learning Trust. EAILT, as the trust is usually called, runs eight "
     "schools. An EAILT spokesman declined to comment.", "Esk and Irt Learning Trust", "EAILT"),
    ("Wrexley Borough Council approved the budget. WBC, as the council is known locally, will raise council tax.",
     "Wrexley Borough Council", "WBC"),
])
def test_an_acronym_opening_as_the_body_is_known_is_the_bodys(nlp, text, name, acronym):
    assert acronym in aliases_of(orgs_in(nlp, text), name), text


def test_an_acronym_as_the_union_is_known_does_not_take_the_trust(nlp):
    text = "The Ashdown Academies Trust runs twelve schools. NEU, as the union is known, opposed the plan."
    assert "NEU" not in aliases_of(orgs_in(nlp, text), "Ashdown Academies Trust")


def test_a_company_known_as_an_acronym_is_the_catholic_academy_company(nlp):
    text = "The school will join St Cuthbert of the Dales Catholic Academy Company. The company, known as SCDC, was " \
           "founded in 2017. SCDC runs nine schools."
    assert "SCDC" in aliases_of(orgs_in(nlp, text), "St Cuthbert of the Dales Catholic Academy Company")


# ---- a company named for its academies -----------------------------------------------------------
@pytest.mark.parametrize("name, kind", [
    ("Harrowgate Academies Ltd", "academy_trust"),
    ("Penwith Academies Limited", "academy_trust"),
    ("Tarn Dance Academies Ltd", "company"),
    ("Kelby Skills Academy Ltd", "company"),
    ("Marrow Trust Services Ltd", "company"),
])
def test_a_company_named_for_its_academies_is_a_trust(name, kind):
    assert infer_kind(name) == kind


# ---- another name the text gives a body: a trading name, the name it was set up as, a council's
# place doing what a council does -----------------------------------------------------------------
@pytest.mark.parametrize("text, body, name", [
    ("Marsh Lane Primary joined Quillon, a trust of six schools, in 2019. Quillon is the trading name of Quillon "
     "Schools Ltd, a charitable company. Quillon said it would appeal.", "Quillon Schools Ltd", "Quillon"),
    ("Holme Bank Academy is run by Ashvale, a trust with five schools. Staff were told by Ashvale, the working name "
     "of Ashvale Academies Limited, that pay would rise.", "Ashvale Academies Limited", "Ashvale"),
    ("Brightwell Education was set up in 2014 as the Hollins Academy Trust. It changed its name in 2020.",
     "Brightwell Education", "Hollins Academy Trust"),
    ("Meadowbank Learning was founded in 2011 as the Castleford Schools Trust and now runs 14 schools.",
     "Meadowbank Learning", "Castleford Schools Trust"),
    ("Marden Vale District Council has set its budget. Marden Vale said it would cut bus subsidies.",
     "Marden Vale District Council", "Marden Vale"),
    ("Hollin Moor Council paid for the buses. The grant was paid by Hollin Moor, not the trust.",
     "Hollin Moor Council", "Hollin Moor"),
])
def test_another_name_the_text_gives_is_the_bodys(nlp, text, body, name):
    assert named_only_as(nlp, text, body, name), text


# ---- a bare word after what a school is to its trust ------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Parents at Marsh Lane Primary, which is run by Quillon, were told of the change on Friday.", "Quillon"),
    ("Holme Bank Academy became part of Ashvale in 2019 and its results have risen since.", "Ashvale"),
    ("Lunch staff at three schools run by Brenmoor are to be balloted over cuts.", "Brenmoor"),
])
def test_a_bare_word_a_school_belongs_to_is_a_trust(nlp, text, name):
    assert name in trusts_in(nlp, text), text


@pytest.mark.parametrize("text, name", [
    ("Pupils at Fenwick Junior School, which is part of Tollard, planted trees. Councillors in Tollard approved the "
     "plan.", "Tollard"),
    ("The pupils of Moss Side Primary were taught by Jenkins for a decade.", "Jenkins"),
    ("Three schools in Brenmoor will close early on Friday because of the storm.", "Brenmoor"),
])
def test_a_bare_word_the_text_shows_as_a_place_or_person_is_no_trust(nlp, text, name):
    assert name not in trusts_in(nlp, text), text


# ---- lists --------------------------------------------------------------------------------------
def test_names_after_a_colon_ending_a_clause_about_trusts_are_trusts(nlp):
    text = "Many schools joined academy trusts, most of them with short brand names: Quillon, Ashvale, Brenmoor."
    assert {"Quillon", "Ashvale", "Brenmoor"} <= trusts_in(nlp, text)


def test_a_name_opening_an_item_of_a_pay_list_is_a_trust(nlp):
    text = "Trusts paid their chief executives as follows: Pelham Learning Trust, £160,000-£165,000; Ardenvale " \
           "Schools Trust, £140,000-£145,000; Quillon, £130,000-£135,000."
    assert "Quillon" in trusts_in(nlp, text)


# ---- renames in a sentence of two --------------------------------------------------------------
def test_a_second_renamed_trust_after_a_comma_and_is_renamed_too(nlp):
    text = "In the past decade Pelham Schools Trust became Arden Learning, and Northmoor Academy Trust became Vale " \
           "Education Partnership."
    found = orgs_in(nlp, text)
    assert "Northmoor Academy Trust" in aliases_of(found, "Vale Education Partnership")
    assert "Pelham Schools Trust" in aliases_of(found, "Arden Learning")


def test_a_list_of_three_before_and_is_not_a_rename(nlp):
    text = "Pelham Schools Trust, Ardenvale Schools Trust, and Northmoor Academy Trust merged to become Vale " \
           "Education Partnership."
    assert "Northmoor Academy Trust" not in aliases_of(orgs_in(nlp, text), "Vale Education Partnership")


# ---- a school's short form beside its single-academy trust -------------------------------------
def test_a_schools_short_form_stays_the_schools_beside_a_trust_named_after_it(nlp):
    text = "Redmarley Grammar School Academy Trust, which runs Redmarley Grammar School, will be wound up. " \
           "Redmarley Grammar has a long history, the head said. Redmarley Grammar will keep its uniform."
    found = orgs_in(nlp, text)
    assert "Redmarley Grammar" in aliases_of(found, "Redmarley Grammar School")
    assert "Redmarley Grammar" not in aliases_of(found, "Redmarley Grammar School Academy Trust")
    assert kinds_in(nlp, text).get("Redmarley Grammar School Academy Trust") == "academy_trust"


# ---- an acronym of lower-case words names a thing, not a body ---------------------------------
@pytest.mark.parametrize("text, acronym", [
    ("The school hall was shut after reinforced autoclaved aerated concrete, known as RAAC, was found. Builders "
     "removed the RAAC in May.", "RAAC"),
    ("Inspectors found the school's special educational needs (SEN) support weak. SEN pupils were let down, the "
     "trust admitted.", "SEN"),
])
def test_an_acronym_of_lower_case_words_is_no_organisation(nlp, text, acronym):
    assert acronym not in orgs_in(nlp, text), text


def test_an_acronym_of_a_capitalised_name_after_known_as_is_still_a_body(nlp):
    text = "Parents at Hill School met the Parent Teacher Association, known as PTA, last week."
    assert "PTA" in aliases_of(orgs_in(nlp, text), "Parent Teacher Association")


# ---- "of A and B" -------------------------------------------------------------------------------
def test_a_name_of_two_places_is_one_name(nlp):
    text = "The Chartered Institute of Scotland and Ireland said the rules were unfair."
    assert "Chartered Institute of Scotland and Ireland" in orgs_in(nlp, text)


# ---- a council named by its place -----------------------------------------------------------------
def test_a_councils_place_shared_with_a_trust_is_not_given_to_the_council(nlp):
    # beside test_another_name_the_text_gives_is_the_bodys: a place two bodies' names open with
    text = "Ashcote Borough Council and Ashcote Learning Trust met. Ashcote said talks were useful."
    assert "Ashcote" not in aliases_of(orgs_in(nlp, text), "Ashcote Borough Council")
