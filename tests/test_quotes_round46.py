"""Speakers of round quotes-46 (issue 13; quotes found with no speaker, or given to another
named person, in the fresh sets 57-60), each keyed on the sentence's structure, not on its
words. Every text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from nlp_fixtures import attributions


# A quote left open mid-sentence, closed by a bare subject and verb (quoting/tail_verbs.py).

def test_any_verb_closing_a_bare_clause_after_an_open_quote(nlp_pipeline):
    text = ("Marion Tate has run the mobile library for 20 years.\n\n"
            "\u201cThat\u2019s libraries,\u201d she shrugs.")
    assert attributions(nlp_pipeline, text) == [("Marion Tate", None)]


def test_a_quote_broken_off_with_a_dash_then_its_speaker_began(nlp_pipeline):
    text = ("Hugh Danvers, the finance officer, was asked about the overspend.\n\n"
            "\u201cI think the figure is wrong\u2014\u201d Mr Danvers began.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Hugh Danvers"]


def test_a_question_closed_by_its_speaker_cutting_in(nlp_pipeline):
    text = ("Marion Tate chaired the meeting. Cllr Ben Oduya sat beside her.\n\n"
            "\u201cWhy was the branch closed?\u201d Cllr Oduya cut in.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Ben Oduya"]


def test_a_quote_that_ended_its_sentence_is_not_attributed_by_the_next_one(nlp_pipeline):
    # guard: after a full stop the next sentence is the story's, not an attribution
    text = ("The hall was quiet when the result came in.\n\n"
            "\u201cIt is closed.\u201d Marion Tate sat down.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] != ["Marion Tate"]


def test_a_verb_with_an_object_of_its_own_is_no_attribution(nlp_pipeline):
    # guard: "the children ran to the door" does something; it does not close the quote
    text = ("The library reopened on Monday morning.\n\n"
            "\u201cCome back soon,\u201d the children ran to the door.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] in ([], [None])


# A partial quote in a clause joined to another under one report (quoting/clauses.py).

def test_partial_quote_in_the_second_of_two_joined_clauses_is_the_reporter(nlp_pipeline):
    text = ("Cllr Joan Pike said the union had asked the trust to delay the plan, "
            "but the request had been \u2018turned down flat\u2019.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Joan Pike"]


def test_partial_quote_after_and_under_one_report(nlp_pipeline):
    text = ("Dr Ruth Amis told the panel that staff had warned managers in May, "
            "and the warnings were \u2018simply filed away\u2019.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Ruth Amis"]


def test_partial_quote_with_its_own_cue_in_the_joined_clause_keeps_that_cue(nlp_pipeline):
    # guard: the second clause reports the words itself
    text = ("Inspectors found the roof leaking, and Harwick Council described it as \u2018a disgrace\u2019.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Harwick Council"]


# A document in a phrase opening its clause: the possessive is the subject named after it
# (quoting/documents.py).

def test_document_opening_the_clause_belongs_to_the_subject_after_it(nlp_pipeline):
    text = ("Ms Kenton told the hearing that she had found the claimant \u201cdifficult\u201d.\n\n"
            "In her judgment, District Judge Ama Crane found the claim well founded.\n\n"
            "According to the judgment, the appeal had been heard by a panel "
            "\u201cthat had already made up its mind\u201d.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Kenton", "Ama Crane"]


def test_her_report_opening_the_clause_is_the_named_subjects(nlp_pipeline):
    text = ("Dr Hal Penrose spoke first and said the pool would close.\n\n"
            "In her report to the board, the finance director, Ann Lisle, set out the losses.\n\n"
            "\u2018We cannot carry this deficit,\u2019 the report said.")
    assert attributions(nlp_pipeline, text)[-1][0] == "Ann Lisle"


def test_a_fronted_letter_signed_by_someone_keeps_its_signer(nlp_pipeline):
    # guard: a document opening the clause that names who signed it is the signer's
    text = ("All seven trustees have resigned.\n\n"
            "In a joint letter to members, signed by chair Olive Dane on behalf of the board, "
            "the trustees said they could not go on.\n\n"
            "\"We have been ignored at every turn,\" the letter said.")
    assert attributions(nlp_pipeline, text)[-1][0] == "Olive Dane"

# "It" for a document the sentence before puts out "with" (quoting/document_pronouns.py).

def test_it_read_after_a_post_replaced_with_a_statement(nlp_pipeline):
    text = ("Hannah Orr runs the parish hall.\n\n"
            "Ms Orr withdrew the post on Friday and replaced it with a short statement.\n\n"
            "\u2018I got this wrong and I am sorry for the upset,\u2019 it read.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Hannah Orr"]


def test_it_said_after_following_up_with_a_letter(nlp_pipeline):
    text = ("Gavin Dyer chairs the hall committee.\n\n"
            "Mr Dyer followed up with a letter to every family.\n\n"
            "\u2018We will not be closing the hall this year,\u2019 it said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Gavin Dyer"]


def test_a_letter_from_a_named_body_keeps_its_issuer(nlp_pipeline):
    # guard: the document names its own issuer
    text = ("Gavin Dyer chairs the hall committee.\n\n"
            "Mr Dyer answered with a letter from the Harwick Trust.\n\n"
            "\u2018We will not be closing the hall this year,\u2019 it said.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Harwick Trust"]


# A speech verb in -ing controlled by the subject of a passive verb of perceiving (cues.py).

def test_could_be_heard_saying_is_the_passive_subjects(nlp_pipeline):
    text = ("The leader was on his feet for an hour. "
            "Cllr Ada Reed could be heard saying \u2018and who pays?\u2019 from the back.")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Ada Reed"]


def test_was_filmed_telling_is_the_passive_subjects(nlp_pipeline):
    text = "Mr Hale was filmed telling pupils \u2018stay in your seats\u2019 as the alarm sounded."
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Hale"]


def test_asked_to_say_is_no_report_of_saying(nlp_pipeline):
    # guard: an infinitive after a passive is what was asked for, not what was said
    text = "Mr Hale was asked to say \u2018sorry\u2019 to the class."
    assert [s for s, _ in attributions(nlp_pipeline, text)] != ["Hale"]


# A vox pop's name phrase before a colon may carry a relative clause about the body in its
# description (quoting/intros.py).

def test_name_role_and_a_which_clause_before_a_colon(nlp_pipeline):
    text = ("Here is what people told us:\n\n"
            "Tom Reyes, caretaker at Hillside School, which closes in July: "
            "\u201cI have worked here 30 years and never seen this.\u201d")
    assert [s for s, _ in attributions(nlp_pipeline, text)] == ["Tom Reyes"]


def test_a_which_clause_with_a_speech_verb_is_left_to_that_verb(nlp_pipeline):
    # guard: the relative clause reports words itself, so the name phrase does not take them
    text = ("Here is what people told us:\n\n"
            "Tom Reyes, caretaker at Hillside School, which said in a letter it would close: "
            "\u201cI have worked here 30 years.\u201d")
    assert [s for s, _ in attributions(nlp_pipeline, text)] != ["Tom Reyes"]


# "Name verbs." read by the parser as one noun phrase: the name is still the subject the
# pronoun after it stands for (quoting/first_names.py).

def test_she_after_a_first_name_and_a_verb_read_as_a_noun(nlp_pipeline):
    text = ("Cook manager Pauline Edge has been in since half six. "
            "Pauline has worked in school kitchens for 26 years.\n\n"
            "At 11.50 the first class arrives. A boy in Year 2 peers at the tray.\n\n"
            "Pauline grins. \u2018See?\u2019 she says. \u2018That\u2019s why.\u2019")
    assert attributions(nlp_pipeline, text)[-1][0] == "Pauline Edge"


def test_he_after_a_first_name_and_a_verb_read_as_a_noun(nlp_pipeline):
    text = ("Marcus Ode has coached the under-11s for a decade. Marcus has seen it all.\n\n"
            "The referee, Tom Bale, blows for full time. \u2018Last minute,\u2019 he shouts.\n\n"
            "Marcus nods. \u2018Told you,\u2019 he says. \u2018Every time.\u2019")
    assert attributions(nlp_pipeline, text)[-1][0] == "Marcus Ode"


# A report to a council's panel speaks for the council, as one to its committee does
# (documents.py `COUNCIL_BODIES`).

def test_a_report_to_a_councils_panel_is_the_councils(nlp_pipeline):
    text = ("A report to Haldon Council\u2019s admissions panel says places are \u2018running out\u2019.\n\n"
            "The report adds: \u2018Two of the town\u2019s schools are full already.\u2019")
    assert attributions(nlp_pipeline, text) == [("Haldon Council", "Haldon Council")] * 2
