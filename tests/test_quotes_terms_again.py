"""Terms and nicknames that are no one's words (quoting/term_echoes.py, quoting/crowd_names.py):
a short noun phrase the story has already quoted as no one's is the same term when it comes
back inside someone's reported speech, and a name a group "has started calling" something is
a nickname. Every text is written for this file. `nlp_pipeline` is in conftest.py."""
from __future__ import annotations

import pytest


def _quotes(nlp, text):
    return [(q["text"], q["speaker"]) for q in nlp(text)._.quotes]


@pytest.mark.parametrize("text", [
    ("Under the plan, three village schools would become \u201chub schools\u201d sharing one head.\n\n"
     "Cllr Ada Munro asked how far a five-year-old would travel to a \u201chub school\u201d each morning."),
    ("The county wants every school to join a \u201clearning cluster\u201d by 2027.\n\n"
     "Governors at Fenby said they had not been told which \u201clearning cluster\u201d they would join."),
])
def test_a_term_quoted_again_is_no_ones_words(nlp_pipeline, text):
    assert _quotes(nlp_pipeline, text) == []


def test_a_term_in_the_headline_does_not_count(nlp_pipeline):
    # guard: a headline quotes the story's speakers; her words later are hers
    text = ("Anger over \u2018done deal\u2019 on Marsh Lane closure\n\n"
            "Cllr Petra Lindqvist said the closure was a \u2018done deal\u2019 before the consultation opened.")
    assert _quotes(nlp_pipeline, text) == [("done deal", "Petra Lindqvist")]


def test_words_said_twice_stay_quotes(nlp_pipeline):
    # guard: a term is read again as a term only when dropped as no one's; words quoted from a
    # speaker and mentioned by another in a noun's slot are the first speaker's (round
    # quotes-47, term_echoes.drop_echoes: the UK sets' gold, 14 not_quotes to 0 quotes)
    text = ("Cllr Petra Lindqvist said the \u201chub schools\u201d would save \u00a32m a year.\n\n"
            "Her deputy, Omar Fenwick, said the \u201chub schools\u201d would open in September.")
    assert [s for _, s in _quotes(nlp_pipeline, text)] == ["Petra Lindqvist"]


def test_a_term_called_something_by_a_speaker_is_theirs(nlp_pipeline):
    # guard: a labelling verb right before the term again makes the words the speaker's
    text = ("The county wants every school to join a \u201clearning cluster\u201d by 2027.\n\n"
            "Cllr Dina Roe called the idea a \u201clearning cluster\u201d in name only.")
    assert [s for _, s in _quotes(nlp_pipeline, text)] == ["Dina Roe"]


@pytest.mark.parametrize("text", [
    "Out by the canal, the pupils have started calling the footbridge \u201cthe wobbler\u201d.",
    "Drivers on the estate began calling the new speed bumps \u2018the camel humps\u2019 within a week.",
])
def test_a_name_a_group_has_started_calling_something_is_a_nickname(nlp_pipeline, text):
    assert _quotes(nlp_pipeline, text) == []


def test_a_person_who_has_started_calling_keeps_the_words(nlp_pipeline):
    # guard: a named person's label is her words
    text = "Cllr Jean Marsh has started calling the budget \u2018the great vanishing act\u2019."
    assert _quotes(nlp_pipeline, text) == [("the great vanishing act", "Jean Marsh")]


@pytest.mark.parametrize("text", [
    "The head runs what she calls the \u201ccorridor check\u201d every morning before registration.",
    "Mr Pryor, the bursar, calls the spare budget line the \u2018rainy day pot\u2019.",
])
def test_a_name_given_with_the_outside_the_marks_is_no_quote(nlp_pipeline, text):
    assert _quotes(nlp_pipeline, text) == []


@pytest.mark.parametrize("text, words", [
    ("Cllr Amos called the decision \u201cthe worst in a decade\u201d.", "the worst in a decade"),
    ("Cllr Amos called the \u2018rushed\u2019 consultation a mistake.", "rushed"),
    ("Cllr Amos called it a \u201cstitch-up\u201d on Tuesday.", "stitch-up"),
])
def test_a_label_that_is_the_speakers_stays_a_quote(nlp_pipeline, text, words):
    # guards: "the" inside the marks, a quoted adjective, "a" outside: the speaker's words
    assert _quotes(nlp_pipeline, text) == [(words, "Amos")]
