"""Speakers of issue 13's forty-third round, quotes the fresh sets 53-56 left with no speaker or
gave to another named person: singular "they" after a sentence that names its person as a
passive's agent, as the one words "come from", or with a misparsed plural head, and after a
speech verb addressing a group; a sentence with no speech verb handing the quotes around it
to a named person ("The warning comes from X"); an interview printed as questions, each
answered by a quote paragraph, with no "Q:" markers. Every text is written for this file.
`nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from tests.nlp_fixtures import quotes_of


def _speakers(nlp, text):
    return [q["speaker"] for q in quotes_of(nlp, text)]


# -- singular "they" -----------------------------------------------------------------------------
def test_they_after_a_passive_agent(nlp_pipeline):
    text = ("Rota\n\nThe petition was started by Robin Ellery, a volunteer with the charity Fairshare Meals, "
            "who has cooked for the shelter since 2019.\n\n“Nobody should eat alone at Christmas,” they said.")
    assert _speakers(nlp_pipeline, text) == ["Robin Ellery"]


def test_they_after_a_passive_with_a_group_beside_the_agent_is_left_open(nlp_pipeline):
    # guard: the residents may be who "they" means
    text = ("Vote\n\nThe motion was proposed by Cllr Dana Hewitt and backed by residents from the Fenwick "
            "estate.\n\n“We will keep fighting,” they said.")
    assert _speakers(nlp_pipeline, text) != ["Dana Hewitt"]


def test_they_after_a_passive_whose_agent_is_an_organisation_is_not_a_person(nlp_pipeline):
    text = ("Strike\n\nThe walkout was called by the Marsh Teachers Union after talks with Lee Barton broke "
            "down.\n\n“We had no choice,” they said.")
    assert _speakers(nlp_pipeline, text) != ["Lee Barton"]


def test_they_after_words_that_come_from_a_person(nlp_pipeline):
    # the sentence without a speech verb hands the quotes on either side of it, and the
    # paragraph after, to the one its words come from
    text = ("Queue\n\n“This is the worst winter I have seen.” The warning comes from Casey Whitlam, who runs "
            "the food bank on Mill Street. “We are handing out twice as many parcels.”\n\n“Nobody wants to ask "
            "for help,” they added.")
    assert _speakers(nlp_pipeline, text) == ["Casey Whitlam"] * 3


def test_they_after_a_speech_verb_addressing_a_group(nlp_pipeline):
    text = ("Pool\n\nThe swimming club's coach, Kit Marlowe, warned parents that lessons might stop in the "
            "spring.\n\n“The council has not renewed the lease,” they said.")
    assert _speakers(nlp_pipeline, text) == ["Kit Marlowe"]


def test_they_after_a_group_joined_is_left_open(nlp_pipeline):
    # guard: a group as the object of a verb that is not speech may be who "they" means
    text = ("Gate\n\nThe caretaker, Ash Lomas, joined other parents at the gate on Monday.\n\n“We want the "
            "crossing back,” they said.")
    assert _speakers(nlp_pipeline, text) != ["Ash Lomas"]


# -- interviews printed as questions and quoted answers ------------------------------------------
def test_printed_interview_answers_are_the_introduced_person(nlp_pipeline):
    text = ("New clerk on her plans\n\nRowan Pettigrew became clerk of Ashwell Parish Council in May after "
            "twenty years as a librarian.\n\nWe sent her your questions.\n\nWhat is your first job?\n\n'Getting the "
            "bus shelter fixed. People have asked for three years and nobody has done it.'\n\nWill the library "
            "reopen?\n\n'I hope so. It depends on the county council, not on us, but I will keep asking.'")
    assert _speakers(nlp_pipeline, text) == ["Rowan Pettigrew", "Rowan Pettigrew"]


def test_one_rhetorical_question_before_a_quote_is_no_interview(nlp_pipeline):
    # guard: one question and one quote after it, the person named two paragraphs up
    text = ("Parking\n\nDennis Whitcombe, 74, has lived in Elm Row for forty years.\n\nThe new parking scheme has made "
            "things worse, residents say.\n\nSo who is to blame?\n\n'The signs went up overnight and nobody "
            "asked us at all.'")
    assert _speakers(nlp_pipeline, text) == [None]


# -- a pronoun that replies ----------------------------------------------------------------------
def test_reply_is_the_one_asked(nlp_pipeline):
    text = ("Uniform\n\nThe governors met on Monday. Governor Simon Eke asked the head, Owen Pratt, whether the "
            "blazer would be compulsory.\n\n\"It is, from September,\" he replied.")
    assert _speakers(nlp_pipeline, text) == ["Owen Pratt"]


def test_reply_answers_the_last_speaker_so_is_the_one_before(nlp_pipeline):
    # the woman mentioned last did not speak; the one who spoke before the interruption replies
    text = ("Budget\n\nCouncillors debated the library cuts on Tuesday. Cllr Amira Stone said the cuts were \"a "
            "false economy\" and that she would vote against them. Finance officer Joanna Pike said the savings "
            "were needed.\n\n\"We will pay for this later,\" Cllr Stone said.\n\nCllr Tom Reeve cut in: \"The money "
            "has to come from somewhere.\" Ms Pike nodded.\n\n\"Then find it somewhere else,\" she replied.")
    assert _speakers(nlp_pipeline, text)[-1] == "Amira Stone"


def test_reply_with_no_question_or_exchange_keeps_the_subject(nlp_pipeline):
    text = ("Uniform\n\nGovernor Simon Eke spoke about the blazer. He said parents had complained to him about "
            "the price.\n\n\"It is far too dear,\" he replied when asked about it.")
    assert _speakers(nlp_pipeline, text) == ["Simon Eke"]


# -- documents ------------------------------------------------------------------------------------
def test_their_report_after_inspectors_in_the_sentence_before_is_the_inspectorate(nlp_pipeline):
    # and "It added" goes on with the report, not the school named nearer
    text = ("Kingsmead Junior School rated good by Ofsted\n\nInspectors spent two days at Kingsmead Junior "
            "School in March. Their report, released on Friday, said: \"Leaders know the school well. Reading is "
            "taught with care across every year group.\"\n\nIt added that governors had \"a clear picture\" of "
            "the school's strengths.")
    assert _speakers(nlp_pipeline, text) == ["Ofsted", "Ofsted"]


def test_it_reads_after_a_statement_issued_is_its_issuer(nlp_pipeline):
    text = ("Ferry fares\n\nThe chief executive of Tidewell Crossings, Marcus Ellery, has issued a statement to "
            "passengers. It reads, in part: \"Fuel has doubled in two years and we can no longer hold our prices.\"")
    assert _speakers(nlp_pipeline, text) == ["Marcus Ellery"]


def test_it_after_an_organisation_with_no_document_is_left_to_the_organisation_reading(nlp_pipeline):
    text = ("Budget\n\nFenholt Borough Council published its budget report on Monday. It said: \"Every department "
            "will have to find savings of five per cent this year.\"")
    assert _speakers(nlp_pipeline, text) == ["Fenholt Borough Council"]


# -- a role with initials between an inverted cue and the name --------------------------------------
def test_inverted_cue_with_initials_in_the_role(nlp_pipeline):
    # "PE lead" can be parsed as a subject and a verb whose object is the name
    text = ("Sports day\n\nPupils at Harrow Lane Primary raced in the rain. 'Nobody gave up, not one of them,' "
            "said PE lead Tamsin Kearney.")
    assert _speakers(nlp_pipeline, text) == ["Tamsin Kearney"]
