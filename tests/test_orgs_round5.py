"""Issue 15, fifth round: trusts named without "Trust", look-alikes that are not trusts,
joined names and lists (nlp/components/org_context.py, org_kinds.py, org_lists.py,
org_splits.py). Texts and names written for these tests."""
import pytest

from nlp.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def orgs_of(nlp, text):
    return {o["name"]: o for o in nlp(text)._.orgs}


def kinds(nlp, text):
    return {name: o["kind"] for name, o in orgs_of(nlp, text).items()}


def trusts(nlp, text):
    return {name for name, kind in kinds(nlp, text).items() if kind == "academy_trust"}


# ---- federations of maintained schools, networks, charities ------------------------------------
def test_a_federation_with_a_governing_body_is_not_a_trust(nlp):
    text = ("Village schools\n\nThe governing body of the Ashcombe Federation, which runs Ashcombe Infant School and "
            "Ashcombe Junior School, voted on Monday to explore joining Pelham Learning Trust.")
    assert trusts(nlp, text) == {"Pelham Learning Trust"}


def test_a_federation_among_maintained_schools_is_not_a_trust(nlp):
    text = ("League table\n\nThe table leaves out schools still maintained by the county council and groups of "
            "maintained schools such as the Wrayford Federation of Church Schools.")
    assert "Wrayford Federation of Church Schools" not in trusts(nlp, text)


def test_a_federation_led_by_an_executive_head_is_not_a_trust(nlp):
    text = ("In brief\n\nAPPOINTMENT: The Dunmoor Federation has appointed Kate Dimmock as executive head. She will lead "
            "Dunmoor Infant School and Dunmoor Junior School.")
    assert "Dunmoor Federation" not in trusts(nlp, text)


def test_a_federation_that_is_a_trust_stays_one(nlp):
    text = ("Special schools\n\nMost special schools in the city are run by the Brampford Federation, a multi-academy "
            "trust of six special schools. Its executive headteacher is Ann Royle.")
    assert "Brampford Federation" in trusts(nlp, text)


def test_a_network_described_after_adjectives_or_a_dash_is_not_a_trust(nlp):
    text = ("Heads meet\n\nThe list leaves out the Kexby Schools Partnership, a council-funded network that brings heads "
            "together but runs no schools.")
    assert "Kexby Schools Partnership" not in trusts(nlp, text)
    text = ("Heads meet\n\nThe Penbury Catholic Schools Partnership — an informal network of heads — met on Friday "
            "at the cathedral.")
    assert "Penbury Catholic Schools Partnership" not in trusts(nlp, text)


def test_a_bursary_trust_is_a_charity(nlp):
    text = "Travel costs\n\nThe college has set up the Amy Pargeter Bursary Trust to help students with bus fares."
    assert kinds(nlp, text).get("Amy Pargeter Bursary Trust") == "other"


def test_a_catholic_academy_company_is_a_trust(nlp):
    text = ("Heads resign\n\nCatholic schools in the north of the county are run by a separate trust, the St Egwin "
            "Catholic Academy Company, which answers to the bishop.")
    assert "St Egwin Catholic Academy Company" in trusts(nlp, text)


# ---- trusts the text describes -----------------------------------------------------------------
def test_another_local_trust_in_apposition(nlp):
    text = ("Consultation\n\nThe governors had also spoken to Greywell Learning, another local trust, but felt "
            "Pelham Learning Trust was a better fit.")
    assert "Greywell Learning" in trusts(nlp, text)


def test_the_anglican_trust_in_apposition(nlp):
    text = ("Contracts\n\nHarrowdale Church Schools Foundation, the Anglican trust, also ended its cleaning contract "
            "with the council's company.")
    assert "Harrowdale Church Schools Foundation" in trusts(nlp, text)


def test_an_education_group_that_runs_academies_is_a_trust(nlp):
    text = ("Trading arm\n\nPentland Education Group (PEG) runs 12 academies. Its subsidiary, Pentland Services Ltd, "
            "sells payroll services to other schools.")
    found = kinds(nlp, text)
    assert found["Pentland Education Group"] == "academy_trust"
    assert found["Pentland Services Ltd"] == "company"


def test_an_education_group_that_runs_no_schools_stays_a_company(nlp):
    text = "Courses\n\nThe contract went to Harbury Education Group, which sells training courses to teachers."
    assert kinds(nlp, text).get("Harbury Education Group") == "company"


def test_a_short_form_that_runs_schools_is_the_trust(nlp):
    text = ("Letters\n\nGovernors are consulting on joining Wexbury Education. Wexbury already runs nine schools, none "
            "of them church schools.")
    org = orgs_of(nlp, text)["Wexbury Education"]
    assert org["kind"] == "academy_trust"
    assert len(org["mentions"]) == 2


# ---- lists ----------------------------------------------------------------------------------------
def test_the_members_of_a_list_of_trusts_are_trusts(nlp):
    text = ("Inspections\n\nAcademies run by trusts including Oxbury Vale Academies, Tennick Learning, Zephyra and "
            "Moorgate Academy Trust were inspected this term.")
    assert {"Oxbury Vale Academies", "Tennick Learning", "Zephyra", "Moorgate Academy Trust"} <= trusts(nlp, text)


def test_a_name_listed_beside_trusts_is_a_trust(nlp):
    text = ("Biggest trusts\n\nTop of the list is Alder Learning Trust with 12 schools. Then come Fellgate Schools Trust "
            "(9), Ulverdale Academies Trust (7), Cressing Learning (6) and the Halse Trust with five.")
    assert "Cressing Learning" in trusts(nlp, text)


# ---- joined names and look-alikes ----------------------------------------------------------------
def test_a_trusts_school_after_a_possessive_is_two_bodies(nlp):
    text = "Ratings\n\nTolworth Academy Trust's Beech Hill School was rated good for the first time."
    found = kinds(nlp, text)
    assert found.get("Tolworth Academy Trust") == "academy_trust"
    assert found.get("Beech Hill School") == "school"
    text = "Ratings\n\nSt Mary's Primary School was rated good."
    assert "St Mary's Primary School" in kinds(nlp, text)


def test_a_person_of_a_body_is_a_person_and_a_body(nlp):
    text = ("Pay\n\nNext come Ruth Obasi of Dunford Education Partnership and Harriet Ferrand of Amberside Education "
            "Trust, each paid more than £180,000.")
    found = kinds(nlp, text)
    assert found.get("Amberside Education Trust") == "academy_trust"
    assert not any(name.startswith("Harriet") or name.startswith("Ruth") for name in found)


def test_words_describing_schools_are_not_a_group_of_schools(nlp):
    text = "Cup final\n\nThe girls will now play in the regional rounds of the English Schools' FA Trophy."
    assert not trusts(nlp, text)


def test_a_survey_is_a_document(nlp):
    text = ("Pay\n\nThe board said it had benchmarked the salary using the Trust Leaders Pay Survey 2025 and "
            "advice from Stonewick Learning Trust's auditors.")
    assert trusts(nlp, text) == {"Stonewick Learning Trust"}


def test_foi_in_a_headline_is_not_the_trust(nlp):
    text = ("FOI shows trust spent £1m on consultants\n\nAn academy trust in Greybridge spent more than £1 million on "
            "consultants, figures obtained under the Freedom of Information Act show.")
    assert "FOI" not in orgs_of(nlp, text)
