"""Quote-marked words that are no quotes (round quotes-44): a crowd's chant (quoting/chants.py,
`CHANTS_ARE_QUOTES`), the name of a thing in a clause no verb of saying reports, a body's
name for its own thing, and a saying (quoting/terms.py). Every text is written for this
file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

import pytest

from nlp.components.quoting.chants import CHANTS_ARE_QUOTES, chanted
from tests.nlp_fixtures import headed_quotes


def _found(nlp, body):
    return [(q["text"], q["speaker"]) for q in headed_quotes(nlp, body)]


# -- a crowd's chant ------------------------------------------------------------------------

@pytest.mark.parametrize("body, found", [
    ("Marchers chanted “Keep our library open” as they reached the square.",
     [("Keep our library open", "Marchers")]),
    ("8.15am: The chanting has begun outside the depot: “Fair pay for fair work!”",
     [("Fair pay for fair work!", None)]),
    ("Chants of ‘No cuts here!’ rang out from the public gallery as the vote was taken.",
     [("No cuts here!", None)]),
    ("Protesters chanted: \"What do we want? Smaller classes!\"",
     [("What do we want? Smaller classes!", "Protesters")]),
    ("Drivers hooted as the pickets took up a chant of 'Not a penny less' outside the bus garage.",
     [("Not a penny less", None)]),
])
def test_a_crowds_chant_is_a_quote_of_the_crowd_or_no_one(nlp_pipeline, body, found):
    # the writers split on chants; the default keeps them as quotes (chants.py CHANTS_ARE_QUOTES)
    assert CHANTS_ARE_QUOTES
    assert _found(nlp_pipeline, body) == found


@pytest.mark.parametrize("before", [
    "Marchers chanted ", "8.15am: The chanting has begun outside the depot: ", "Chants of ",
    "Protesters chanted: ", "Drivers hooted as the pickets took up a chant of ",
])
def test_a_crowds_chant_is_recognised(before):
    assert chanted(before)


@pytest.mark.parametrize("before", [
    "She chanted with them. Later she said: ", "The merchant said ", "Enchanted, the head told parents ",
])
def test_no_chant_before_other_words(before):
    assert not chanted(before)


def test_a_speaker_beside_the_chanting_crowd_still_speaks(nlp_pipeline):
    # guard: the organiser's words stay hers; the chant after them is the pickets'
    body = ("“We are not moving,” said organiser Kendra Dufresne, as the pickets behind her started to "
            "chant “Not a penny less!”")
    assert _found(nlp_pipeline, body) == [("We are not moving,", "Kendra Dufresne"), ("Not a penny less!", "pickets")]


def test_shouts_from_the_gallery_stay_quotes(nlp_pipeline):
    # guard: the sets agree a shout is a quote of no one named (and split on a crowd's shouts)
    body = "There were shouts of “Disgrace!” from the back of the room as the plan was approved."
    assert _found(nlp_pipeline, body) == [("Disgrace!", None)]


# -- the name of a thing in a clause no verb of saying reports --------------------------------

@pytest.mark.parametrize("body", [
    "The cabinet agreed on Tuesday to replace the school minibus with “travel passes” for older pupils.",
    "Governors have promised to introduce ‘homework clubs’ at both sites from January.",
    "The council has pledged to create “safe walking routes” around every primary school by 2027.",
])
def test_a_noun_compound_a_body_sets_out_to_provide_is_a_term(nlp_pipeline, body):
    assert _found(nlp_pipeline, body) == []


def test_a_bodys_name_for_its_own_thing_is_a_term(nlp_pipeline):
    body = "The museum, which the trust calls its ‘heritage wing’, will open to pupils in spring."
    assert _found(nlp_pipeline, body) == []


@pytest.mark.parametrize("body, words, speaker", [
    # under a verb of saying the compound is the speaker's (the sets: 52 quotes to 20 terms)
    ("The head, Ms Dora Finch, said the trust had faced “staffing pressures” all year.", "staffing pressures",
     "Dora Finch"),
    ("Mr Olu Bakare said the council had agreed to offer “cast-iron assurances” to the families.",
     "cast-iron assurances", "Olu Bakare"),
    # a judging verb's words are the judge's
    ("The union accused the trust of “creative accounting” in its annual report.", "creative accounting", "union"),
])
def test_words_a_speaker_reports_stay_a_quote(nlp_pipeline, body, words, speaker):
    assert _found(nlp_pipeline, body) == [(words, speaker)]


# -- a saying -------------------------------------------------------------------------------

@pytest.mark.parametrize("body", [
    "As the old saying goes, ‘many hands make light work’.",
    "Her late father's favourite adage, 'measure twice, cut once', hangs above the workshop door.",
])
def test_a_saying_is_no_ones_words(nlp_pipeline, body):
    assert _found(nlp_pipeline, body) == []


def test_saying_as_a_verb_is_no_saying(nlp_pipeline):
    # guard: "saying ‘...’" with no article is a verb of speech
    body = "She kept saying ‘we will manage somehow’ to the staff, the head said."
    assert [s for _, s in _found(nlp_pipeline, body)] == ["head"]


# -- a participle before a noun is no second speech verb between two parts of one quote -------

def test_a_quote_split_by_said_in_a_written_ruling_is_one_quote(nlp_pipeline):
    body = ("\"The tenant kept the flat in good order,\" the judge said in her written ruling. "
            "\"The landlord has shown no ground for eviction.\"")
    assert [len(q["spans"]) for q in headed_quotes(nlp_pipeline, body)] == [2]



def test_a_document_that_begins_between_two_parts_joins_them(nlp_pipeline):
    body = ("Parents were angry after the trust wrote to them. \"We have listened to every family,\" the letter "
            "began. \"From September, blazers will be optional.\"")
    assert [len(q["spans"]) for q in headed_quotes(nlp_pipeline, body)] == [2]


# -- a list of cries after one "shouts of" -------------------------------------------------

def test_every_cry_in_a_list_of_shouts_is_a_quote(nlp_pipeline):
    # the "!" of the first cry closes no sentence: the second is one of the shouts too
    body = "That drew shouts of \"Nonsense!\" and \"Resign!\" from the gallery."
    assert _found(nlp_pipeline, body) == [("Nonsense!", None), ("Resign!", None)]


def test_every_chant_in_a_list_of_chants_is_a_chant(nlp_pipeline):
    body = "Chants of \"What do we want?\" and \"Smaller classes for every child!\" rang out."
    assert _found(nlp_pipeline, body) == [("What do we want?", None), ("Smaller classes for every child!", None)]


# -- a remark named by its words -----------------------------------------------------------

@pytest.mark.parametrize("body", [
    "The council declined to comment on its leader’s ‘they can walk to school’ remark.",
    "Governors said they would not answer questions about the chair’s ‘parents will come round eventually’ "
    "comment.",
])
def test_a_remark_named_by_its_words_is_no_quote(nlp_pipeline, body):
    assert _found(nlp_pipeline, body) == []


def test_words_of_a_statement_with_an_article_stay_a_quote(nlp_pipeline):
    # guard: "a “...” statement" gives the speaker's words about the statement
    body = "The council said in a “robust and fair” statement that it would appeal."
    assert _found(nlp_pipeline, body) == [("robust and fair", "council")]
