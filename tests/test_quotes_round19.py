"""Speakers of issue 13's nineteenth round: classes read in UK set 24 and the development
sets ("the company said" for a firm the organisation component gave no kind; council
officers; an opening paragraph's definite role named in the next; a chant inside a clause
of time; a role's subject before a paragraph that opens with a quote; "rose to speak").
Every text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import quote_with, quotes_of, speaker_with


# -- "the company said", "the union said": a body by its common noun ---------------------------

def test_the_company_is_the_firm_named_before(nlp_pipeline):
    text = ("Ferry link to end\n\n"
            "Villagers could lose their only winter service after an operator said it would stop.\n\n"
            "Northway Buses said the service would run for the last time in January.\n\n"
            "In a notice on its website, the company said: \"Fuel costs have doubled and the route "
            "no longer pays for itself.\"")
    found = quote_with(nlp_pipeline, text, "Fuel costs")
    assert found["speaker"] == "Northway Buses"
    assert found["confidence"] < 0.9  # a link read, not written


def test_the_company_under_its_longer_name(nlp_pipeline):
    text = ("Drivers vote to strike\n\n"
            "Drivers at Brackenway Haulage's Moorside depot have voted to strike over pay.\n\n"
            "Brackenway runs 90 routes for the county. The company said it had made \"a generous "
            "offer\" and urged staff to think again.")
    assert speaker_with(nlp_pipeline, text, "a generous offer") == "Brackenway Haulage"


def test_the_union_named_only_later(nlp_pipeline):
    text = ("Porters to move to contractor\n\n"
            "Thirty porters will move to a private contractor next month, in a move the union "
            "representing many of them has called 'an insult to loyal staff'.\n\n"
            "Omar Khan, regional organiser for the Guild of Hospital Support Workers, said members "
            "had not been consulted.")
    assert speaker_with(nlp_pipeline, text, "an insult to loyal staff") == "Guild of Hospital Support Workers"


def test_the_union_without_officers_is_left_as_written(nlp_pipeline):
    # guard: a body of unknown kind with no union officers beside it is not taken for "the union"
    text = ("Porters back pay deal\n\n"
            "In a statement, the Guild of Hospital Support Workers welcomed the deal.\n\n"
            "\"This is a good day for every porter,\" the union wrote.")
    assert speaker_with(nlp_pipeline, text, "a good day") != "Guild of Hospital Support Workers"


def test_the_company_when_a_company_is_known_is_left_to_the_kind(nlp_pipeline):
    # guard: a firm the organisation component knows as a company is the one "the company" means
    text = ("Cleaning contract\n\n"
            "Sparkle Facilities Ltd will take over cleaning at nine schools from April.\n\n"
            "The company said it was \"delighted to welcome\" the cleaners.")
    assert speaker_with(nlp_pipeline, text, "delighted to welcome") == "Sparkle Facilities Ltd"


# -- council officers ----------------------------------------------------------------------------

def test_officers_in_a_council_report_are_the_council(nlp_pipeline):
    text = ("Bus deal questioned\n\n"
            "A meeting of Harbridge County Council's scrutiny committee heard complaints about school buses.\n\n"
            "In a report to the committee, officers said the contract included \"tough penalties\" "
            "for late pick-ups.")
    assert speaker_with(nlp_pipeline, text, "tough penalties") == "Harbridge County Council"


def test_police_officers_are_not_the_council(nlp_pipeline):
    # guard: officers of someone else
    text = ("Break-in at school\n\n"
            "Harbridge County Council said the school would reopen on Monday.\n\n"
            "Police officers said the damage was \"senseless\".")
    assert speaker_with(nlp_pipeline, text, "senseless") != "Harbridge County Council"


def test_the_administrators_are_the_firm_they_are_from(nlp_pipeline):
    text = ("Agency collapses\n\n"
            "Brightstaff Supply Ltd ceased trading on Monday. Administrators from Kingsley Marsh LLP "
            "were appointed the same day.\n\n"
            "In a statement, the administrators said they were \"exploring every option\" for the business.")
    assert speaker_with(nlp_pipeline, text, "exploring every option") == "Kingsley Marsh LLP"


# -- documents -----------------------------------------------------------------------------------

def test_the_press_release_is_its_issuers(nlp_pipeline):
    text = ("Caretakers' pay\n\n"
            "In a press release issued on Friday, the Guild of School Site Workers said caretakers "
            "start on less than car park attendants.\n\n"
            "'Our members open the buildings at dawn,' the press release said. 'They deserve better.'")
    assert speaker_with(nlp_pipeline, text, "Our members open") == "Guild of School Site Workers"


def test_officers_after_the_police_are_not_the_council(nlp_pipeline):
    # guard: officers in a paragraph after the police are named are police officers
    text = ("Break-in at school\n\n"
            "Harbridge County Council said the school would reopen on Monday. Police were called at 2am.\n\n"
            "Officers said the damage was \"senseless\".")
    assert speaker_with(nlp_pipeline, text, "senseless") != "Harbridge County Council"


def test_officers_of_someone_else_are_not_the_council(nlp_pipeline):
    # guard: officers at the school are the school's staff
    text = ("Bus deal questioned\n\n"
            "A meeting of Harbridge County Council's scrutiny committee heard complaints about school buses.\n\n"
            "Officers at Weyford Academy said the buses were \"often forty minutes late\".")
    assert speaker_with(nlp_pipeline, text, "often forty minutes late") != "Harbridge County Council"


# -- an opening paragraph's definite role, named in the next ---------------------------------------

def test_lead_definite_role_is_the_person_named_next(nlp_pipeline):
    text = ("Waiting list passes 500\n\n"
            "Tollbridge Borough Council's most senior education officer has told councillors that "
            "delays are \"not good enough\" and will take a year to fix.\n\n"
            "Marion Achebe, the council's director of education, was speaking at a meeting of the "
            "scrutiny committee on Tuesday.")
    found = quote_with(nlp_pipeline, text, "not good enough")
    assert found["speaker"] == "Marion Achebe"
    assert found["confidence"] < 0.9


def test_lead_definite_non_role_is_left_alone(nlp_pipeline):
    # guard: "the crowd" is not a role one person holds
    text = ("Protest at the gates\n\n"
            "The crowd outside the town hall called the plans \"a disgrace\" on Monday night.\n\n"
            "Dorothy Fenn, who organised the protest, said more than 200 people came.")
    assert speaker_with(nlp_pipeline, text, "a disgrace") != "Dorothy Fenn"


# -- a chant inside a clause of time ----------------------------------------------------------------

def test_chant_in_a_clause_of_time_is_not_the_speaker_before(nlp_pipeline):
    text = ("Strike at academy\n\n"
            "Joan Pryce, the union's branch secretary, spoke to us at the gates. \"Nobody wants "
            "this,\" she said.\n\n"
            "\"We asked for talks twice,\" she added, as colleagues behind her began to chant "
            "\"Pay us fairly! Pay us fairly!\"")
    # (the colleagues' chant is no quote: quoting/chants.py)
    assert not [q for q in quotes_of(nlp_pipeline, text) if "Pay us fairly" in q["text"]]
    assert speaker_with(nlp_pipeline, text, "We asked for talks") == "Joan Pryce"


# -- a role's subject before a paragraph that opens with a quote -----------------------------------

def test_role_subject_before_a_quote_paragraph(nlp_pipeline):
    text = ("Transport contract extended\n\n"
            "Cllr Wendy Okoro, the cabinet member for schools, told the meeting that extending the "
            "contract was \"the cheapest option\".\n\n"
            "Fiona Pilling, the council's head of transport, said complaints had fallen.\n\n"
            "\"We have applied the penalties in the contract,\" the head of transport said.\n\n"
            "Cllr Tom Greaves said parents had been \"let down again\". The cabinet member, however, "
            "insisted the service was getting better.\n\n"
            "\"I will not pretend it has been perfect,\" she said.")
    assert speaker_with(nlp_pipeline, text, "I will not pretend") == "Wendy Okoro"


# -- "rose to speak" --------------------------------------------------------------------------------

def test_rose_to_speak_makes_the_speaker(nlp_pipeline):
    text = ("Walkout at council\n\n"
            "A motion tabled by Cllr Paula Dearden was ruled out of order.\n\n"
            "Cllr Harriet Lowe said she had received 200 emails from parents. Cllr Dearden "
            "then rose to speak again but was told the debate was closed.\n\n"
            "\"This is shameful,\" she said, picking up her papers.")
    assert speaker_with(nlp_pipeline, text, "This is shameful") == "Paula Dearden"


def test_declined_to_comment_is_not_speaking(nlp_pipeline):
    # guard: "declined to comment" reports no words
    text = ("Walkout at council\n\n"
            "A motion tabled by Cllr Paula Dearden was ruled out of order.\n\n"
            "Cllr Harriet Lowe said she had received 200 emails from parents. Cllr Dearden "
            "then declined to comment.\n\n"
            "\"This is shameful,\" she said, picking up her papers.")
    assert speaker_with(nlp_pipeline, text, "This is shameful") == "Harriet Lowe"


# -- Q&A: "they" answering a question about an organisation ---------------------------------------

QA = ("Q&A with the union's organiser\n\n"
      "Dana Whitlow is Unison's organiser for school cleaners in Harbridge, where a payroll contractor "
      "has underpaid staff since May. We asked her about it.\n\n"
      "Q: How bad has it been?\n\n"
      "A: Some of my members have been underpaid three months running. One woman told me: 'I had to "
      "borrow from my mum.' That stays with you.\n\n"
      "Q: What has {asked} said?\n\n"
      "A: They keep saying it's 'a teething problem'. It has been a teething problem for five months.")


def test_they_in_an_answer_is_the_organisation_asked_about(nlp_pipeline):
    text = QA.format(asked="Harbridge Borough Council")
    assert speaker_with(nlp_pipeline, text, "a teething problem") == "Harbridge Borough Council"


def test_they_in_an_answer_with_no_organisation_asked_about(nlp_pipeline):
    # guard: a question naming no organisation leaves "they" to the pronoun rules
    text = QA.format(asked="the payroll firm")
    assert speaker_with(nlp_pipeline, text, "a teething problem") != "Harbridge Borough Council"

