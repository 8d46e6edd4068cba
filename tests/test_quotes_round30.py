"""Speakers of issue 13's thirtieth round (quotes-30): classes counted across the readable UK
sets by different writers: a statement a live blog says was sent or issued by a named body,
the person an opening description is named as later, and first names the gender lists
lacked. Every text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

from nlp.components.first_name_lists import MORE_FEMALE_NAMES, MORE_MALE_NAMES
from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES
from nlp.components.person_links import gender


def speaker_with(nlp, text: str, words: str) -> str | None:
    """The speaker the pipeline gives the quote holding `words`."""
    quotes = [q for q in nlp(text)._.quotes if words in q["text"]]
    assert len(quotes) == 1, quotes
    return quotes[0]["speaker"]


# -- a document sent or issued by a named body (documents.py, intros.py) ----------------------

def test_a_statement_sent_to_us_by_a_body_is_the_bodys(nlp_pipeline):
    text = ("Strike at Brackley\n\n10.05am: A statement has just been sent to us by the Brackley Heads Forum. "
            "'We share the concerns of staff, but pupils must come first,' the statement says.")
    assert speaker_with(nlp_pipeline, text, "pupils must come first") == "Brackley Heads Forum"


def test_it_says_after_a_statement_issued_by_a_body(nlp_pipeline):
    text = ("Strike at Brackley\n\n11.20am: A statement has just been issued by the Tenby Parents Network. "
            "It says: \"We want the talks to start again this week.\"")
    assert speaker_with(nlp_pipeline, text, "talks to start again") == "Tenby Parents Network"


def test_a_statement_an_unnamed_body_sent_names_no_one(nlp_pipeline):
    text = ("Letters\n\nMy son's school sent a letter home in May that said: \"Every pupil will have a tablet "
            "by the autumn.\" It is now March. - Jo Reeve, Dunsby")
    assert speaker_with(nlp_pipeline, text, "Every pupil will have") != "My son's school"


def test_the_trust_has_sent_us_this_statement(nlp_pipeline):
    text = ("Strike at Brackley\n\nThe walkout was called by teachers at schools run by the Ashdown Learning Trust.\n\n"
            "08:15 – The trust has sent us this statement: 'We regret that the action is going ahead while talks continue.'")
    assert speaker_with(nlp_pipeline, text, "We regret that") == "Ashdown Learning Trust"


def test_a_spokesperson_has_sent_us_this_statement(nlp_pipeline):
    text = ("Strike at Brackley\n\n9.30am: A Department for Education spokesperson has sent us this statement: "
            "\"Strikes harm children's learning. We urge both sides to talk.\"")
    quotes = [q for q in nlp_pipeline(text)._.quotes if "urge both sides" in q["text"]]
    assert len(quotes) == 1
    assert quotes[0]["speaker_org"] == "Department for Education"


# -- the one an opening description is named as (leads.py) -----------------------------------

def test_a_town_headteacher_named_as_head_of_a_school_next(nlp_pipeline):
    text = ("Headteacher speaks out\n\nA Carlisle headteacher has told councillors that the new payroll system is "
            "\"a disaster\".\n\nImogen Tarr, head of Riverside Infant School, was speaking at a scrutiny meeting on Tuesday.")
    assert speaker_with(nlp_pipeline, text, "a disaster") == "Imogen Tarr"


def test_the_head_of_a_named_school_is_not_a_parent_governor_named_next(nlp_pipeline):
    text = ("Head quits\n\nThe headteacher of Fellgate Primary School has resigned, saying she could no longer "
            "'defend the cuts'.\n\nJo Marsh, a parent governor, said the news was a shock.")
    assert speaker_with(nlp_pipeline, text, "defend the cuts") != "Jo Marsh"


def test_the_words_of_a_described_mother_named_in_the_paragraph_after(nlp_pipeline):
    text = ("Mother fined\n\n\"I know I have failed him, and I am sorry for it.\"\n\n"
            "Those were the words of a Pelham mother as she was fined over her son's poor attendance at school.\n\n"
            "Donna Pike, 41, of Mill Lane, admitted the offence at Pelham Magistrates' Court.")
    assert speaker_with(nlp_pipeline, text, "I know I have failed him") == "Donna Pike"


def test_the_verdict_of_one_mum_of_a_two_word_place_named_after(nlp_pipeline):
    text = ("Uniform\n\n\"It is daylight robbery, and the school knows it.\"\n\n"
            "That is the verdict of one Arnley Green mum who has spent £180 on uniform for her son.\n\n"
            "Gemma Tull, 36, said every item had to come from one shop.")
    assert speaker_with(nlp_pipeline, text, "daylight robbery") == "Gemma Tull"


def test_the_verdict_of_one_mum_with_no_name_after_stays_unnamed(nlp_pipeline):
    text = ("Uniform\n\n\"It is daylight robbery, and the school knows it.\"\n\n"
            "That is the verdict of one Arnley mum who has spent £180 on uniform.\n\n"
            "The school said the uniform had not changed for five years.")
    assert speaker_with(nlp_pipeline, text, "daylight robbery") == "one Arnley mum"


# -- first names (first_name_lists.py) ------------------------------------------------------------

def test_the_added_names_are_one_gender_each():
    assert not MORE_MALE_NAMES & MORE_FEMALE_NAMES
    assert not MALE_NAMES & FEMALE_NAMES
    assert gender("Felicity", "") == "f" and gender("Ivor", "") == "m" and gender("Tamsin", "") == "f"


def test_she_is_the_woman_of_a_name_the_short_lists_lacked(nlp_pipeline):
    text = ("Tribunal\n\nThe trust's barrister, Cedric Hale, questioned Rosalind Voss about the meeting. "
            "\"I raised it twice and nothing happened,\" she said.")
    assert speaker_with(nlp_pipeline, text, "raised it twice") == "Rosalind Voss"


def test_a_role_and_a_name_the_short_lists_lacked(nlp_pipeline):
    text = ("Pay\n\nThe trust's chair, Felicity Aske, said the board had 'carefully' reviewed executive pay.")
    assert speaker_with(nlp_pipeline, text, "carefully") == "Felicity Aske"


# -- an unnamed speaker after a possessive determiner (plain_names.py) -------------------------

def test_a_letter_writers_relation_is_written_as_no_name(nlp_pipeline):
    text = ("Letters\n\nSIR - The crossing outside Hexley Junior School is dangerous. My granddaughter asked me on "
            "Monday: 'Why do the cars go so fast?' I did not know what to tell her.")
    assert speaker_with(nlp_pipeline, text, "cars go so fast") == "my granddaughter"


def test_a_relation_with_a_name_keeps_the_name(nlp_pipeline):
    text = "Court\n\nHer son Alfie said the lessons were \"boring\"."
    assert speaker_with(nlp_pipeline, text, "boring") == "Alfie"
