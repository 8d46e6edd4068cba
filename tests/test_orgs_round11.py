"""Issue 15, eleventh round: trust-shaped names that are no academy trust: a name the model
cut out of a longer service or unit name, a charity named first or called "a charitable
trust" (with maintained schools), and a trust set up by a family or in someone's memory.
Texts and names written for these tests."""

from nlp.components.org_charities import charity_of_another_sort
from nlp.components.org_denials import cut_before_unit
from nlp_fixtures import orgs_in, trusts_in


def test_a_name_cut_before_a_service_word_is_no_trust(nlp):
    text = ("Payroll switch\n\nThe trust, which runs six schools, has signed a deal with Tallis Staffing Services "
            "Ltd, based in York, to replace the Eastshire Schools HR Service.")
    assert "Eastshire Schools" not in trusts_in(nlp, text)
    doc = nlp.make_doc("to replace the Eastshire Schools HR Service next year")
    assert cut_before_unit(doc, 5)  # "Eastshire Schools", cut before "HR Service"
    assert not cut_before_unit(doc, 7)  # the whole name, "... HR Service", runs on in lower case
    assert not cut_before_unit(nlp.make_doc("the Eastshire Schools said HR Service"), 3)


def test_a_name_standing_alone_elsewhere_keeps_its_kind(nlp):
    text = ("Trust grows\n\nMellowford Schools, a multi-academy trust, will take on two more primaries. "
            "Mellowford Schools said the move had the backing of parents.")
    assert "Mellowford Schools" in trusts_in(nlp, text)


def test_a_name_running_on_to_an_academic_year_is_a_title(nlp):
    doc = nlp.make_doc("The report, Attendance in Corvale Schools 2024/25, was published on Monday.")
    words = [t.text for t in doc]
    assert cut_before_unit(doc, words.index("Schools") + 1)
    assert not cut_before_unit(doc, words.index("Attendance") + 1)  # "in" follows


def test_a_charity_named_before_the_trust_is_no_academy_trust(nlp):
    text = ("Water safety lessons\n\nThe lessons were written by Dunmere charity the Ellis Warrender Trust, "
            "which campaigns for swimming lessons for every child. Schools across the county will use them.")
    orgs = orgs_in(nlp, text)
    assert orgs.get("Ellis Warrender Trust", {}).get("kind") != "academy_trust"
    assert "Ellis Warrender Trust" not in trusts_in(nlp, text)


def test_a_trust_set_up_in_someones_memory_is_a_charity(nlp):
    text = ("Cycle helmets for pupils\n\nEvery Year 7 pupil will get a helmet from the Tomasz Brill Trust, set up by "
            "the family of a teenager who died in a crash in 2020. The head teacher thanked them.")
    assert "Tomasz Brill Trust" not in trusts_in(nlp, text)


def test_a_charitable_trust_shared_with_maintained_schools_is_no_academy_trust(nlp):
    text = ("School to convert\n\nFenholt High School's land is held by the Fenholt Co-operative Trust, a "
            "charitable trust shared with three nearby maintained primaries. The high school will join an "
            "academy chain next year.")
    assert "Fenholt Co-operative Trust" not in trusts_in(nlp, text)


def test_a_charitable_trust_appositive(nlp):
    doc = nlp.make_doc("held by the Fenholt Co-operative Trust, a charitable trust shared with three nearby "
                       "maintained primaries.")
    end = [t.text for t in doc].index(",")
    assert charity_of_another_sort(doc, end)
    doc = nlp.make_doc("the Hollin Moor Trust, a charitable trust that runs six academies and a maintained nursery.")
    assert not charity_of_another_sort(doc, [t.text for t in doc].index(","))


def test_a_charity_that_runs_academies_stays_a_trust(nlp):
    text = ("Trust expands\n\nThe Hollin Moor Trust, a charitable trust that runs six academies in the valley, "
            "will open a seventh school in 2027.")
    assert "Hollin Moor Trust" in trusts_in(nlp, text)
