"""Issue 15, ninth round: two saints before "and" in a trust's name, league-table lines of
trusts' pay, a trust beside a school of the same name ("X Trust" and "X Trust School"), a
trust's short form read as a place before "trust", a trust named after a person going by
the surname, a round-up's run-in heads, civic village and town trusts, "the N-school
trust", and acronyms of funds. Texts and names written for these tests."""

from nlp.components.org_acronyms import not_body_acronyms
from nlp.components.org_headlines import run_in_heads
from nlp.components.org_kinds import infer_kind, is_document, is_document_title
from nlp_fixtures import orgs_in, trusts_in


def _mentions(org: dict, text: str) -> list[str]:
    return [text[s:e] for s, e in org["mentions"]]


# ---- names -------------------------------------------------------------------------------
def test_two_saints_before_and_stay_in_a_listed_trusts_name(nlp):
    text = ("Pledge signed\n\nThe members are Harlow Academies, Brindle Learning Trust, Saints Anne and Joachim "
            "Catholic Academy Trust and Quarrel Schools. Saints Anne and Joachim, the diocese's trust, will help.")
    found = trusts_in(nlp, text)
    assert "Saints Anne and Joachim Catholic Academy Trust" in found
    assert "Joachim Catholic Academy Trust" not in found
    assert "Harlow Academies" in found and "Brindle Learning Trust" in found


def test_a_league_tables_lines_name_trusts(nlp):
    text = ("Trust bosses' pay\n\nSix academy trust chief executives were paid more than £150,000, accounts show.\n\n"
            "1. Venmoor, 22 schools: £170,000-£175,000. 2. The Tollard Trust, 18 schools: £165,000-£170,000.\n\n"
            "3. Ashby Learning Trust, 12 schools: £150,000-£155,000.")
    assert {"Venmoor", "Tollard Trust", "Ashby Learning Trust"} <= trusts_in(nlp, text)


def test_a_size_without_a_sum_is_no_league_line(nlp):
    text = ("Snow closures\n\nSchools shut across the county. Brenford, 12 schools, was worst hit, and pay talks "
            "between academy trusts and the unions were put off.")
    assert "Brenford" not in trusts_in(nlp, text)


def test_a_trust_beside_a_school_of_the_same_name_is_a_body_of_its_own(nlp):
    text = ("Trust bosses' pay\n\nSix academy trust chief executives were paid more than £150,000, accounts show.\n\n"
            "2. The Tollard Trust, 18 schools: £165,000-£170,000. Tollard is not linked to the Tollard Trust School, "
            "a special school run by the charity Tollard Care.")
    orgs = orgs_in(nlp, text)
    assert orgs["Tollard Trust"]["kind"] == "academy_trust"
    assert orgs["Tollard Trust School"]["kind"] == "school"


def test_a_schools_short_form_still_names_the_school(nlp):
    text = ("Roof repairs\n\nPupils at Fennick Moor Primary School will be taught in cabins. Fennick Moor "
            "will reopen in May, the Asterby Learning Trust said.")
    orgs = orgs_in(nlp, text)
    assert "Fennick Moor" in _mentions(orgs["Fennick Moor Primary School"], nlp.make_doc(text).text)


# ---- short forms -------------------------------------------------------------------------
def test_a_trusts_short_form_read_as_a_place_before_trust_words(nlp):
    text = ("Merger agreed\n\nHolmcroft Multi-Academy Trust and Pendle Learning Trust will merge.\n\n"
            "In a joint statement, the chairs of the Holmcroft and Pendle trusts said the merger would help.")
    orgs = orgs_in(nlp, text)
    assert "Holmcroft" in _mentions(orgs["Holmcroft Multi-Academy Trust"], text)
    assert "Pendle" in _mentions(orgs["Pendle Learning Trust"], text)


def test_a_trust_named_after_a_person_goes_by_the_surname(nlp):
    text = ("Name stays\n\nThe Natalie Brisco Trust runs six schools in Orme. The Brisco trust's chief executive, "
            "Ann Bell, said nothing would change.")
    orgs = orgs_in(nlp, text)
    assert "Brisco" in _mentions(orgs["Natalie Brisco Trust"], text)


def test_the_surname_alone_stays_the_persons(nlp):
    text = ("Lecture\n\nThe Natalie Brisco Trust runs six schools in Orme. Brisco, who died in 1990, "
            "taught in the town for forty years.")
    orgs = orgs_in(nlp, text)
    assert "Brisco" not in _mentions(orgs["Natalie Brisco Trust"], text)


# ---- kinds -------------------------------------------------------------------------------
def test_village_and_town_trusts_are_no_academy_trusts():
    assert infer_kind("Holme Village Trust") == "other"
    assert infer_kind("Alverby Town Trust") == "other"
    assert infer_kind("Holme Learning Trust") == "academy_trust"


def test_the_n_school_trust_says_its_a_trust_beside_its_company(nlp):
    text = ("Company launched\n\nCorvana, the 12-school trust based in Selby, said Corvana Services Ltd would "
            "start trading in June. Corvana said it had taken advice.")
    orgs = orgs_in(nlp, text)
    assert orgs["Corvana"]["kind"] == "academy_trust"
    assert orgs["Corvana Services Ltd"]["kind"] == "company"


# ---- not organisations -------------------------------------------------------------------
def test_a_round_ups_run_in_heads_are_headlines(nlp):
    text = ("Round-up: Village Changes Trust and more\n\nOur round-up of school news from across the county.\n\n"
            "Village Changes Trust: Amberdale Schools Trust has confirmed that Fenwick Primary will join it in May.\n\n"
            "Choir Sings for Hospice: pupils at Fenwick Primary sang carols.")
    found = trusts_in(nlp, text)
    assert "Village Changes Trust" not in found
    assert "Amberdale Schools Trust" in found


def test_one_name_before_a_colon_is_no_round_up():
    text = "Cuts\n\nThe trust said so.\n\nOakridge Learning Trust: the trust has cut its budget."
    assert run_in_heads(text) == []
    text += "\n\nSchool Lunch Prices Rise: a firm will charge more."
    # two heads make a round-up; the trust's name, its item going on in lower case, stays a name
    heads = run_in_heads(text)
    assert [text[s:e] for s, e in heads] == ["School Lunch Prices Rise"]


def test_a_round_ups_head_that_the_body_names_stays(nlp):
    text = ("Week in brief\n\nOur round-up.\n\nBrackwater Learning Trust Grows: the Brackwater Learning Trust "
            "will take on two schools.\n\nLunch Prices Rise: meals will cost more.")
    assert "Brackwater Learning Trust" in trusts_in(nlp, text)


def test_an_acronym_defined_for_a_fund_is_no_organisation(nlp):
    text = ("Roof money\n\nTarnley Academy won £300,000 from the Capital Repair Fund (CRF) this year. "
            "The CRF is run by the Department for Education.")
    assert "CRF" not in orgs_in(nlp, text)
    assert set(not_body_acronyms(nlp.make_doc(text))) == {"CRF"}
    # a body's acronym stays: "Harnley Learning Trust (HLT)"
    assert not_body_acronyms(nlp.make_doc("The Harnley Learning Trust (HLT) runs schools.")) == {}


def test_schemes_curricula_and_pool_buildings_are_no_organisations():
    assert is_document(["Pupil", "Cover", "Arrangement"])
    assert is_document(["Welsh", "Curriculum"])
    assert is_document_title(["Tarnby", "Aquatics", "Centre"])
    assert not is_document(["Harnley", "Learning", "Trust"])
    assert not is_document_title(["Harnley", "Learning", "Trust"])
