"""Quote-marked words that are no one's (round quotes-47): a quoted noun the narrator's own
determiner and adjective modify (quoting/outside_modifiers.py), a term glossed after a dash
whose name holds a participle (quoting/terms.py `_glossed`), and words one speaker was quoted
saying, mentioned again in another's sentence (quoting/term_echoes.py `drop_echoes`). Every
text is written for this file. `nlp_pipeline` is in conftest.py."""
from __future__ import annotations

import pytest

from nlp.components.quotes import _DocQuotes

# The quote component's default (nlp/components/quotes.py `make_quotes`).
MIN_UNATTRIBUTED_WORDS = 4


def _quotes(nlp, text):
    return [(q["text"], q["speaker"]) for q in nlp(text)._.quotes]


@pytest.mark.parametrize("text", [
    "The bursar said the academy\u2019s popular \u2018breakfast passport\u2019 would start again in May.",
    "Parents praised a popular \u2018walking bus\u2019 run by volunteers from the estate.",
    "Cllr Ivo Penn said the ambitious \u2018travel buddy scheme\u2019 had been paused for a year.",
    "The governors said their new \u201cstaggered lunch rota\u201d had cut queues in the hall.",
])
def test_a_quoted_noun_the_narrator_modifies_is_a_term(nlp_pipeline, text):
    assert _quotes(nlp_pipeline, text) == []


def test_a_quoted_noun_phrase_with_only_an_article_outside_stays_speech(nlp_pipeline):
    # guard: no modifier of the narrator's outside the marks
    text = "Cllr Ivo Penn said the closure was a \u2018bitter pill\u2019 for the village."
    assert _quotes(nlp_pipeline, text) == [("bitter pill", "Ivo Penn")]


@pytest.mark.parametrize("text", [
    ("Staff at Brindle Academy complained about \u2018protected time\u2019 \u2013 the hours set aside "
     "for marking \u2013 being cut."),
    ("The new timetable removes \u2018supervised study\u2019 \u2013 an hour of silent work after lunch \u2013 "
     "from Year 9."),
])
def test_a_glossed_term_with_a_participle_is_a_term(nlp_pipeline, text):
    assert _quotes(nlp_pipeline, text) == []


@pytest.mark.parametrize("text", [
    ("Cllr Nia Dowd said the new bus timetable was \u2018a lifeline\u2019 for rural families.\n\n"
     "But parents said the \u2018lifeline\u2019 had come too late for the winter term."),
    ("The trust said it would build \u201cworld-class facilities\u201d at the site by 2021.\n\n"
     "Residents told the meeting the \u201cworld-class facilities\u201d never arrived."),
])
def test_words_of_one_speaker_mentioned_by_another_are_an_echo(nlp_pipeline, text):
    assert len(_quotes(nlp_pipeline, text)) == 1


def test_the_same_speaker_repeating_her_words_keeps_them(nlp_pipeline):
    # guard: the 4 repeated partial quotes the UK sets give as quotes are the same speaker's
    text = ("Head teacher Rosa Vance said the old boiler was \u2018a museum piece\u2019.\n\n"
            "Ms Vance said the \u2018museum piece\u2019 would be replaced in August.")
    assert [s for _, s in _quotes(nlp_pipeline, text)] == ["Rosa Vance", "Rosa Vance"]


def test_a_second_speaker_saying_the_same_of_something_keeps_the_words(nlp_pipeline):
    # guard: the repeated words are what the new speaker says of the delays, not a noun's slot
    text = ("Cllr Nia Dowd said the delays were \u2018unacceptable\u2019.\n\n"
            "Her colleague Cllr Bram Lowe agreed that the delays were \u2018unacceptable\u2019.")
    assert [s for _, s in _quotes(nlp_pipeline, text)] == ["Nia Dowd", "Bram Lowe"]



def test_a_speaker_whose_term_is_dropped_is_still_the_current_speaker(nlp_pipeline):
    # the term goes, but its sentence still reports Piers Dunn speaking: he is the passage's
    # current speaker for a pronoun after it (the attribution history salience.py reads)
    text = "Councillor Piers Dunn said the council had issued a formal \u201cimprovement notice\u201d to the firm."
    doc = nlp_pipeline(text)
    found = _DocQuotes(doc, doc._.paragraphs, MIN_UNATTRIBUTED_WORDS)
    assert found.run() == []
    assert [who.speaker for _, who in found.history] == ["Piers Dunn"]
