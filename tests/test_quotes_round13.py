"""Speakers of issue 13's thirteenth round: patterns of British local news read in UK set 19
and the development sets (the answers of a Q&A whose introduction names who was asked; a
person named in a relative clause in between who does not speak). Every text is written for
this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations


def speaker_of(nlp, text: str, words: str) -> str | None:
    """The speaker of the one quote of `text` holding `words`."""
    quotes = [q for q in nlp(text)._.quotes if words in q["text"]]
    assert len(quotes) == 1, quotes
    return quotes[0]["speaker"]


# -- a Q&A's answers are the one asked, not the one asking ----------------------------------

QA_PRONOUN = (
    "Headline about a new head\n\n"
    "Mrs Carys Pennock took over as head of Ashgrove Primary School in January after ten years "
    "as a deputy in the county. Our education correspondent, Daniel Okoro, asked her about the "
    "year ahead.\n\n"
    "Why did you want the job?\n\n"
    "“I have lived in this village all my life, and this school taught my own children.”\n\n"
    "What will change first?\n\n"
    "“The library. It has been closed for two years and the pupils deserve better.”")


def test_answers_after_asked_her_are_hers(nlp_pipeline):
    assert speaker_of(nlp_pipeline, QA_PRONOUN, "lived in this village") == "Carys Pennock"
    assert speaker_of(nlp_pipeline, QA_PRONOUN, "The library") == "Carys Pennock"


def test_answers_after_asked_a_named_person_are_theirs(nlp_pipeline):
    text = ("Headline about a trust\n\n"
            "The Fellside Learning Trust runs eleven schools across the district. Reporter Amy Hollis "
            "asked its chief executive, Graham Tate, about the plans to close the sixth form.\n\n"
            "Why close it now?\n\n"
            "“Because fewer than forty students chose it this year, and the courses cannot run.”")
    assert speaker_of(nlp_pipeline, text, "fewer than forty") == "Graham Tate"


def test_he_spoke_to_a_reporter_keeps_the_interviewee(nlp_pipeline):
    # guard: "X spoke to Y" does not say who asks; the one the paragraph is about answers
    text = ("Headline about a chair\n\n"
            "Professor Alan Whitcombe has chaired the Brookvale Academies Trust for six years. "
            "He spoke to Lucy Marsh.\n\n"
            "Why step down now?\n\n"
            "“Six years is long enough for anyone to chair a board.”")
    assert speaker_of(nlp_pipeline, text, "Six years") != "Lucy Marsh"


def test_asked_her_with_two_women_named_never_gives_the_asker(nlp_pipeline):
    # "her" could be either woman other than the asker: no guess, and never the asker
    text = ("Headline about two heads\n\n"
            "Mrs Joan Fairley and Mrs Ruth Anand will share the headship of Holmfield School from "
            "September. Reporter Sarah Quinn asked her about the change.\n\n"
            "How will it work?\n\n"
            "“We will each teach two days a week and meet every Friday.”")
    assert speaker_of(nlp_pipeline, text, "each teach") is None


# -- a person named in a relative clause in between does not become "she" -------------------

def test_a_speech_verb_in_a_relative_clause_does_not_make_the_speaker(nlp_pipeline):
    text = ("The operations manager, Megan Lowther, says the firm now checks every bus each morning, "
            "a rule that the council's transport lead, Diane Rusk, insisted on last year.\n\n"
            "‘It takes twenty minutes, and it is worth every one of them,’ she says.")
    assert speaker_of(nlp_pipeline, text, "twenty minutes") == "Megan Lowther"


def test_a_speaker_in_her_own_clause_still_counts(nlp_pipeline):
    # guard: the subject of the sentence's own speech verb stays the passage's speaker
    text = ("The council's transport lead, Diane Rusk, insisted on the rule last year, and the firm "
            "has kept it.\n\n"
            "‘Children's safety is not something we negotiate,’ she said.")
    assert speaker_of(nlp_pipeline, text, "safety") == "Diane Rusk"


# -- an exchange: "X asked: “...?” Y replied: “...”" ------------------------------------------

def test_a_question_introduced_by_a_colon_keeps_its_asker(nlp_pipeline):
    text = ('At the meeting Cllr Joanna Pike asked: "Who signed off the extra spending?" '
            'Cllr Martin Lowe replied: "The cabinet did, in March, and the papers are public."')
    assert speaker_of(nlp_pipeline, text, "Who signed off") == "Joanna Pike"
    assert speaker_of(nlp_pipeline, text, "The cabinet did") == "Martin Lowe"


def test_a_quote_with_no_introduction_still_takes_the_sentence_after(nlp_pipeline):
    # guard: without its own "X said:" a quote is still reported by the short sentence after it
    text = ('Parents packed the hall. "We were never asked," said Kerry Dunn, a mother of two. '
            'Her neighbour, Lisa Cole, agreed: "Nobody told us anything."')
    assert speaker_of(nlp_pipeline, text, "never asked") == "Kerry Dunn"
    assert speaker_of(nlp_pipeline, text, "Nobody told") == "Lisa Cole"
