"""Quote spans in American house styles (round quotes-52): the comma of a reporting clause
set inside the closing mark (quoting/tails.py `reporter_start`), and a sentence after a
closed quote that introduces the next one (quoting/interruptions.py `introduces_next`), and
"another" as an unnamed speaker, whose partial quotes were dropped (quoting/described.py).
Every text is written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

import pytest

from tests.nlp_fixtures import headed_quotes


def _found(nlp, body):
    return [(q["text"], q["speaker"]) for q in headed_quotes(nlp, body)]


# -- a partial quote whose reporting clause follows a comma inside the marks ------------------

@pytest.mark.parametrize("body, words, speaker", [
    ("Councilwoman Dana Ruiz criticized the city's response to the storm on Monday. The mayor \"could have "
     "picked up the phone at any point,\" she said.", "could have picked up the phone at any point,", "Dana Ruiz"),
    ("Sen. Tom Barrow spoke to reporters after the vote. The bill ''does nothing for the families who need it "
     "most,'' Barrow said.", "does nothing for the families who need it most,", "Tom Barrow"),
    ("Members of the Riverside Tenants Union gathered outside City Hall. Their landlord “has ignored every "
     "complaint for two years,” the union said in a statement.", "has ignored every complaint for two years,",
     "Riverside Tenants Union"),
    # the British comma outside the marks reads as before
    ("Councilwoman Dana Ruiz criticized the city's response to the storm on Monday. The mayor “could have "
     "picked up the phone at any point”, she said.", "could have picked up the phone at any point", "Dana Ruiz"),
])
def test_a_reporting_clause_after_a_comma_inside_the_marks_attributes_the_partial_quote(nlp_pipeline, body, words,
                                                                                          speaker):
    found = [q for q in headed_quotes(nlp_pipeline, body) if q["text"] == words]
    assert [q["speaker"] for q in found] == [speaker]
    assert found[0]["confidence"] > 0.5  # read from the clause, not guessed from the sentence's subject


def test_a_comma_inside_the_marks_before_a_clause_of_no_saying_attributes_nothing(nlp_pipeline):
    body = "The plan was \"bold, costly,\" and few in the chamber expected it to pass this year."
    assert _found(nlp_pipeline, body) == []


# -- one quote or two --------------------------------------------------------------------------

@pytest.mark.parametrize("body, first, second", [
    ("Ana Pike spoke after the count. \"It was a long night.\" She then added, \"But we won, and that is what "
     "counts.\"", "It was a long night.", "But we won, and that is what counts."),
    ("Ana Pike spoke after the count. ''Nobody expected the recount to take a week.'' She adds, ''We are "
     "relieved it is over.''", "Nobody expected the recount to take a week.", "We are relieved it is over."),
    ("Ana Pike spoke after the count. “Was any of it worth the money?” Her deputy, Carl Moss, answered, "
     "“Every cent of it.”", "Was any of it worth the money?", "Every cent of it."),
])
def test_a_sentence_that_introduces_the_next_quote_does_not_join_two_quotes(nlp_pipeline, body, first, second):
    texts = [q["text"] for q in headed_quotes(nlp_pipeline, body)]
    assert texts == [first, second]


@pytest.mark.parametrize("body, whole", [
    ("Ana Pike spoke after the count. \"We lost the vote,\" she said, \"but we will try again.\"",
     "We lost the vote, but we will try again."),
    ("Ana Pike spoke after the count. ‘We lost the vote,’ she said. ‘We will try again next month.’",
     "We lost the vote, We will try again next month."),
    ("Ana Pike spoke after the count. \"Was it worth it?\" she asked, \"or did we waste a year?\"",
     "Was it worth it? or did we waste a year?"),
])
def test_an_attribution_between_two_parts_still_joins_them(nlp_pipeline, body, whole):
    assert [q["text"] for q in headed_quotes(nlp_pipeline, body)] == [whole]


# -- "another" as the subject of a verb of saying ---------------------------------------------

@pytest.mark.parametrize("body, words", [
    ("Parents waited at the gates on Monday. One said the head had been \"nothing but helpful\". Another said the "
     "new timetable was \"a muddle from start to finish\".", "a muddle from start to finish"),
    ("Staff were divided. Another, who asked not to be named, said the meeting had been ‘a waste of everyone’s "
     "evening’.", "a waste of everyone’s evening"),
])
def test_another_as_the_speaker_keeps_a_partial_quote_with_no_one_named(nlp_pipeline, body, words):
    found = [q for q in headed_quotes(nlp_pipeline, body) if q["text"] == words]
    assert [q["speaker"] for q in found] == ["another"]


def test_another_with_a_name_set_beside_it_is_that_person(nlp_pipeline):
    body = ("One governor resigned on Friday, while another, Tom Pickering, said the plan had become \"a sore point in "
            "the village\".")
    assert _found(nlp_pipeline, body) == [("a sore point in the village", "Tom Pickering")]
