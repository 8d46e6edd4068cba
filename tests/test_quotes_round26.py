"""Speakers of issue 13's twenty-sixth round: who speaks when it is not a named person (an
organisation under its full name, a spokesperson's organisation, an inspection report, an
unnamed person described with "a"). Every text is written for this file. `nlp_pipeline` is
the fixture in conftest.py."""
from __future__ import annotations

from nlp.components.quoting.org_full_names import longest_form, named_with_head, spokesperson_org_in_full
from tests.nlp_fixtures import speaker_with


# -- an organisation's head noun is the organisation written in full ---------------------------

def test_head_noun_is_the_organisation_named_before():
    text = ("Wexley Borough Council and the Pellbrook Valley Trust met on Monday.\n\n"
            "The trust said the plan was fair.")
    assert named_with_head(text, "trust", text.index("The trust said")) == "Pellbrook Valley Trust"
    assert named_with_head(text, "council", len(text)) == "Wexley Borough Council"


def test_head_noun_with_small_words_inside_the_name():
    text = "A complaint went to the Local Government and Social Care Ombudsman. The ombudsman agreed."
    assert named_with_head(text, "ombudsman", len(text)) == "Local Government and Social Care Ombudsman"


def test_head_noun_with_no_full_name_is_none():
    assert named_with_head("The council said it would appeal.", "council", 10) is None


def test_the_forum_said_is_the_forum_named_in_full(nlp_pipeline):
    text = ("Parents fear for nursery places\n\n"
            "The Pellbrook Parents' Forum met on Monday night to discuss the plan for the nursery.\n\n"
            "The forum said the consultation had been “rushed and unfair” to working families.")
    assert speaker_with(nlp_pipeline, text, "rushed and unfair") == "Pellbrook Parents' Forum"


# -- a name cut short is the longest form the article writes -----------------------------------

def test_cut_name_takes_the_words_before_it():
    text = "Members of Ashbourne Valley Parent Carer Forum met. Later the Carer Forum wrote to the council."
    assert longest_form(text, "Carer Forum") == "Ashbourne Valley Parent Carer Forum"


def test_cut_name_takes_a_company_tail_and_a_plural_noun():
    assert longest_form("Brightmoor Meals Ltd, which cooks for six schools, said", "Brightmoor Meals") \
        == "Brightmoor Meals Ltd"
    assert longest_form("Corley SEND Parents' Network said the plan was wrong.", "Corley SEND Parents") \
        == "Corley SEND Parents' Network"


def test_role_and_sentence_opening_word_are_not_part_of_the_name():
    # a role before a name, and a common noun opening the sentence, when the shorter name
    # is written alone elsewhere
    assert longest_form("Headteacher Moira Bexley said so.", "Moira Bexley") == "Moira Bexley"
    text = "Builder Hartwell Homes said it would start in May. Hartwell Homes has built 40 houses."
    assert longest_form(text, "Hartwell Homes") == "Hartwell Homes"


# -- a spokesperson speaks for the organisation in full ----------------------------------------

def test_spokesperson_named_by_the_first_word_of_the_firm():
    text = ("The heating is maintained by Brackwater Heating Services under a contract.\n\n"
            "A Brackwater spokesperson said: “Our engineers are on site.”")
    assert spokesperson_org_in_full(text, "Brackwater spokesperson", None, len(text)) == "Brackwater Heating Services"


def test_council_spokesperson_speaks_for_the_council_not_the_firm_before():
    text = ("Wexley Borough Council hired Quillon Payroll Services in 2022.\n\n"
            "A council spokesperson said: “We apologise.”")
    assert spokesperson_org_in_full(text, "council spokesperson", "Quillon Payroll Services", len(text)) \
        == "Wexley Borough Council"


def test_spokesperson_of_a_known_firm_under_its_longest_name():
    text = "Schools lost email after a fault at Copperline IT. A Copperline spokesperson said it was fixed."
    assert spokesperson_org_in_full(text, "Copperline spokesperson", "Copperline", len(text)) == "Copperline IT"


# -- a post speaks for whoever's page it was posted on ----------------------------------------

def test_post_on_an_organisations_page_is_the_organisations(nlp_pipeline):
    text = ("Trusts to merge in September\n\n"
            "The news was posted on Pellbrook Academy Trust's Facebook page on Monday afternoon.\n\n"
            "The post said: “Joining together will let us protect our smallest village schools.”")
    assert speaker_with(nlp_pipeline, text, "Joining together") == "Pellbrook Academy Trust"


# -- an inspection's report is the inspectorate's -----------------------------------------------

def test_the_report_after_an_inspection_is_the_inspectorates(nlp_pipeline):
    text = ("Village school told it must improve\n\n"
            "Millbrook Primary School in Coldwell has been rated “requires improvement” after Ofsted "
            "inspectors visited in March and published their report this week.\n\n"
            "The report said pupils were “polite and keen to learn” but that writing was weak.")
    assert speaker_with(nlp_pipeline, text, "polite and keen to learn") == "Ofsted"


def test_a_school_report_with_no_inspection_keeps_its_issuer(nlp_pipeline):
    # guard: no inspection in the article, the school's own report stays the school's
    text = ("School publishes its annual review\n\n"
            "Millbrook Primary School has published its annual report to parents.\n\n"
            "The report said the school had raised “more than £4,000 for charity” this year.")
    assert speaker_with(nlp_pipeline, text, "more than £4,000") != "Ofsted"


# -- an unnamed person keeps the article's "a" (the twenty-seventh round's rule, plain_names.py) ---

def test_unnamed_parent_keeps_the_indefinite_article(nlp_pipeline):
    text = ("Parents angry at uniform change\n\n"
            "A parent of a Year 8 pupil, who asked not to be named, said: “Nobody asked us before "
            "the new blazers were ordered.”")
    assert speaker_with(nlp_pipeline, text, "Nobody asked us") == "A parent of a Year 8 pupil"


def test_a_named_person_gets_no_article(nlp_pipeline):
    # guard: a named speaker after "a" role words is the name
    text = ("Parents angry at uniform change\n\n"
            "Joanne Petrakis, a parent at the school, said: “Nobody asked us before the new blazers were ordered.”")
    assert speaker_with(nlp_pipeline, text, "Nobody asked us") == "Joanne Petrakis"


def test_a_head_posting_on_the_schools_account_is_the_head(nlp_pipeline):
    # guard: a named poster speaks, not the owner of the account posted on
    text = ("Buses fail to arrive\n\n"
            "Fernwood's headteacher, Dr Alan Pryce-Moody, posted on the school's X account that staff "
            "had rung every family. “Please bear with us while we sort out transport,” the post said.")
    assert speaker_with(nlp_pipeline, text, "Please bear with us") == "Alan Pryce-Moody"


def test_an_unnamed_document_gets_no_article(nlp_pipeline):
    # guard: "an internal audit" is no one described; the article is kept for people only
    text = ("Council payroll failings\n\n"
            "An internal audit found “serious weaknesses in the checking of agency timesheets” at the council.")
    speaker = speaker_with(nlp_pipeline, text, "serious weaknesses")
    assert speaker is None or not speaker.lower().startswith("an ")
