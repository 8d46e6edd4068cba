"""Speakers of round quotes-37 of issue 13: a speaker shown by a short or nominal mention
instead of the person or body the text links it to, and things that cannot speak taken as
the speaker. Every text is written for this file. `nlp_pipeline` is the fixture in
conftest.py."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from nlp.components.quoting.persons import _misparsed_first_word
from tests.nlp_fixtures import quotes_of, speaker_with

# -- what a past participle describes is not who spoke (quoting/parentheticals.py) -----------

DESCRIBED = [
    ("Bus cuts approved\n\nCuts to rural bus routes were approved last night. The cuts, described in a "
     "report by Haddon Vale Council as 'a sensible rebalancing', will start in May.",
     "sensible rebalancing", "Haddon Vale Council"),
    ("Library plan\n\nResidents packed the hall to hear about a redesign, dismissed in a letter from "
     "Thornbury Parish Council as 'an eyesore', which goes to planners next week.",
     "an eyesore", "Thornbury Parish Council"),
]


@pytest.mark.parametrize("text, words, speaker", DESCRIBED)
def test_the_thing_described_is_not_the_speaker(nlp_pipeline, text, words, speaker):
    assert speaker_with(nlp_pipeline, text, words) == speaker


def test_an_overhaul_described_with_no_source_has_no_speaker(nlp_pipeline):
    text = ("Academy shake-up\n\nTeachers at Orchard Rise have been told of an overhaul described in a "
            "briefing note as 'a fresh start for every classroom'.")
    found = [q for q in quotes_of(nlp_pipeline, text) if "fresh start" in q["text"]]
    assert all(q["speaker"] != "overhaul" for q in found)


# -- "according to X, Y called it ‘...’": Y's words (quoting/cues.py `_own_reporter`) --------

def test_the_labeller_inside_an_according_to_sentence_speaks(nlp_pipeline):
    text = ("Tribunal ruling\n\nThe tribunal found in favour of the cook. According to the ruling, the "
            "catering firm Pellow Foods had called her complaints 'a nuisance'.")
    assert speaker_with(nlp_pipeline, text, "a nuisance") == "Pellow Foods"


def test_according_to_still_speaks_for_a_plain_partial_quote(nlp_pipeline):
    # guard: no verb of its own in the sentence; the source after "according to" speaks
    text = "Inspection\n\nAccording to Ofsted, pupils at Hollin Lane are 'safe and happy'."
    assert speaker_with(nlp_pipeline, text, "safe and happy") == "Ofsted"


# -- a lead's words said again by name later (quoting/echoes.py) ----------------------------

ECHOES = [
    ("Schools merger approved\n\nGovernors have voted to merge two village schools, with one parent "
     "calling the decision 'a betrayal of the valley'.\n\nThe vote was seven to two.\n\n"
     "Speaking after the meeting, Marion Pettigrew said: 'This is a betrayal of the valley and we will "
     "fight it.'", "Marion Pettigrew"),
    ("Library cuts\n\nMembers of Fenwick Borough Council rowed over library cuts, with one accusing the "
     "cabinet of 'closing the door on readers'.\n\nThe plans would shut four branches.\n\n"
     "Cllr Samuel Okafor said the plans were 'closing the door on readers' across the borough.",
     "Samuel Okafor"),
]


@pytest.mark.parametrize("text, speaker", ECHOES)
def test_a_lead_quote_is_the_speaker_who_says_it_again(nlp_pipeline, text, speaker):
    lead = quotes_of(nlp_pipeline, text)[0]
    assert lead["paragraph"] == 1 and lead["speaker"] == speaker


def test_words_not_said_again_leave_the_lead_speaker_unnamed(nlp_pipeline):
    # guard: the named speaker later says other words
    text = ("Schools merger approved\n\nGovernors have voted to merge two village schools, with one parent "
            "calling the decision 'a betrayal of the valley'.\n\nThe vote was seven to two.\n\n"
            "Marion Pettigrew said: 'We will fight this all the way to the minister.'")
    assert speaker_with(nlp_pipeline, text, "betrayal") != "Marion Pettigrew"


# -- a surname under the article's full name (quoting/persons.py) ----------------------------

@pytest.mark.parametrize("verb, first, surname", [("Sentencing", "Gillian", "Harte"), ("Jailing", "Paula", "Wrenn")])
def test_a_sentence_opening_verb_is_no_first_name(nlp_pipeline, verb, first, surname):
    text = (f"Bursar jailed\n\n{first} {surname}, 52, of Mill Lane, Upton, had worked at Ashgrove Primary School "
            f"for ten years.\n\n{verb} {surname}, Judge Colin Barr told her: 'You were trusted with public money.'\n\n"
            f"Messages found on {surname}'s phone showed she had told a friend the school would 'never notice' the loss.")
    assert speaker_with(nlp_pipeline, text, "never notice") == f"{first} {surname}"


@pytest.mark.parametrize("first, surname", [("Kemi", "Adeyemi"), ("Dapo", "Okafor")])
def test_a_name_read_as_a_place_gives_the_full_name(nlp_pipeline, first, surname):
    text = (f"Forum chair\n\n{first} {surname} chairs Dunford Parent Carer Forum, which supports 300 families.\n\n"
            f"Mx {surname}, whose child attends Dunford Brook School, said families had waited 'far too long'.")
    assert speaker_with(nlp_pipeline, text, "far too long") == f"{first} {surname}"


def test_a_first_name_parsed_as_the_subject_of_the_surname():
    # the parse the small model gives "Olu Babatunde chairs ...": the surname read as a verb
    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Ife", "Danjuma", "chairs", "the", "forum", "."], heads=[1, 1, 1, 4, 2, 1],
              deps=["nsubj", "ROOT", "dobj", "det", "dobj", "punct"], pos=["NOUN", "VERB", "NOUN", "DET", "NOUN", "PUNCT"])
    assert _misparsed_first_word(doc[0], doc[1])
    court = Doc(vocab, words=["Jailing", "Danjuma", ",", "the", "judge", "said"], heads=[5, 0, 5, 4, 5, 5],
                deps=["advcl", "dobj", "punct", "det", "nsubj", "ROOT"], pos=["VERB", "PROPN", "PUNCT", "DET", "NOUN", "VERB"])
    assert not _misparsed_first_word(court[0], court[1])  # guard: a verb opening the sentence


# -- "the chamber", "the agency": the body the text links the noun to (org_full_names.py) ---

def test_a_head_noun_before_of_names_the_body(nlp_pipeline):
    text = ("Parking fees to rise\n\nPriya Nandra, secretary of the Hollinsby Federation of Independent "
            "Retailers, said footfall was down. Forty shops have backed a petition drawn up by the federation, "
            "which calls the plan 'a tax on the high street'.")
    assert speaker_with(nlp_pipeline, text, "tax on the high street") == "Hollinsby Federation of Independent Retailers"


def test_an_organisation_noun_is_the_organisation_speaking(nlp_pipeline):
    text = ("Tutors paid late\n\nSupply tutors say they were paid late. In a statement, Brightpath Learning Ltd said "
            "it had 'always paid on time'.\n\n'Every invoice is processed within ten working days,' the agency said.")
    assert speaker_with(nlp_pipeline, text, "Every invoice") == "Brightpath Learning Ltd"


# -- a role, then a name the entity model did not read as a person (misparses.py) ------------

def test_a_name_after_a_role_is_the_speaker(nlp_pipeline):
    text = "New menus\n\n'The children were brutally honest,' said Kestrel's head of nutrition, Bethany Lowther."
    assert speaker_with(nlp_pipeline, text, "brutally honest") == "Bethany Lowther"


# -- the body a spokesperson speaks for is not the speaker (misparses.py) -------------------

def test_a_body_read_as_a_person_after_for_is_not_the_speaker(nlp_pipeline):
    text = ("Pay deal\n\nKitchen staff have won a pay rise. A spokesperson for Crestline Catering said: "
            "'We are pleased to have reached a deal.'")
    assert speaker_with(nlp_pipeline, text, "pleased to have reached") == "spokesperson for Crestline Catering"


def test_a_role_closed_by_a_name_is_still_that_person(nlp_pipeline):
    # guard: "Director of HR Ann Obi": the name closes the role, after other words
    text = "Pay deal\n\nCooks at Elm Road have won a pay rise. Director of HR Ann Obi said: 'We value our cooks.'"
    assert speaker_with(nlp_pipeline, text, "value our cooks") == "Ann Obi"


# -- news passed on in a noun phrase is the reporter's summary (clauses.py) -----------------

@pytest.mark.parametrize("text, words, speaker", [
    ("Data breach\n\nParents at four schools have been warned that pupil records may have been stolen. In a letter "
     "sent home on Friday, the Harwell Learning Trust said it had been informed by the firm of 'unauthorised access' "
     "to its servers.", "unauthorised access", "Harwell Learning Trust"),
    ("Data breach\n\nIn an email to parents, Kestrel Academies Trust said it had been told by its IT contractor, "
     "Blueline Systems, of a 'cyber incident' over the weekend.", "cyber incident", "Kestrel Academies Trust"),
])
def test_informed_of_words_are_the_reporters(nlp_pipeline, text, words, speaker):
    assert speaker_with(nlp_pipeline, text, words) == speaker


def test_words_told_in_a_clause_stay_with_who_told_them(nlp_pipeline):
    # guard: second-hand words in a that-clause are the agent's
    text = "Transport\n\nShe said she had been told by a caseworker that the plan was 'stuck in the queue'."
    assert speaker_with(nlp_pipeline, text, "stuck in the queue") == "caseworker"


# -- the lede's role named a paragraph or two later (leads.py) ------------------------------

def test_the_ledes_chair_is_the_chair_named_later(nlp_pipeline):
    text = ("Governors quit\n\nNine governors at Moss Lane Primary School have resigned over what their chair calls "
            "a 'power grab' by the diocese.\n\nThe diocese said it had acted to protect pupils.\n\n"
            "In a letter to parents, chair of governors Hilary Penn wrote: 'We cannot serve under these conditions.'")
    assert speaker_with(nlp_pipeline, text, "power grab") == "Hilary Penn"


def test_someone_in_another_role_named_later_is_not_the_ledes_chair(nlp_pipeline):
    # guard: the person named later holds another role
    text = ("Governors quit\n\nNine governors at Moss Lane Primary School have resigned over what their chair calls "
            "a 'power grab' by the diocese.\n\nThe diocese said it had acted to protect pupils.\n\n"
            "Diocesan director of education Hilary Penn said: 'We had no choice.'")
    assert speaker_with(nlp_pipeline, text, "power grab") != "Hilary Penn"


# -- a body's branch after the body's name in a dash attribution (salience.py) --------------

def test_a_dashed_body_and_its_branch_is_the_body(nlp_pipeline):
    text = ("Academy plan\n\nStaff are worried about the move.\n\n"
            "\"We will stand by every member through the transfer.\" - GMB, Harlow branch\n\n"
            "\"We are listening.\" - Jo Bell, parent")
    assert speaker_with(nlp_pipeline, text, "stand by every member") == "GMB"


# -- guards for the rules above: a past tense read as a participle, a thing as a subject -----

def test_a_post_after_an_apposition_is_the_posters(nlp_pipeline):
    text = ("Caretakers\n\nAlice Marr, GMB's Dunford branch secretary, posted on X: 'Another trust selling off the "
            "people who keep schools running.'")
    assert speaker_with(nlp_pipeline, text, "selling off the people") == "Alice Marr"


def test_a_thing_as_the_subject_leaves_according_to_its_source(nlp_pipeline):
    text = ("Pay rise\n\nThe chief executive's pay rose by £15,000. According to Kestrel Academies Trust, the rise "
            "reflected 'the growth of the trust from four to nine schools'.")
    assert speaker_with(nlp_pipeline, text, "growth of the trust") == "Kestrel Academies Trust"


def test_a_judges_title_is_no_first_name(nlp_pipeline):
    text = ("Judicial review\n\nMr Justice Pellow quashed the council's policy. Pellow said the policy was "
            "'a rubber stamp' for refusals.")
    assert speaker_with(nlp_pipeline, text, "rubber stamp") != "Justice Pellow"


def test_a_parent_after_a_trust_statement_is_not_the_trust(nlp_pipeline):
    text = ("Strike day\n\n08:47 - The trust has issued a statement. It says: 'Our schools remain open for Year 11.'\n\n"
            "09:10 - A parent dropping off her son, who asked not to be named, told us: 'I support the teachers, "
            "but I cannot keep taking days off work.'")
    assert speaker_with(nlp_pipeline, text, "keep taking days off") != "trust"
