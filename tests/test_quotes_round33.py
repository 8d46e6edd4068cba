"""Speakers of issue 13's thirty-third round: speakers that are not named people (anonymous
people going on with he/she, an organisation going on with "it", a spokesperson going on in
the next paragraph, "the company" after a business named by its trade). Every text is
written for this file. `nlp_pipeline` is the fixture in conftest.py."""
from __future__ import annotations

import pytest

from tests.nlp_fixtures import quote_with, speaker_with

# -- he/she after a person kept anonymous, however the parser read "... to be named said" ----

ANONYMOUS = [
    ("Strike hits schools\n\nHeadteacher Karen Doyle said the school would stay open.\n\n"
     "11.05am: At Elm Road Primary School, a teaching assistant who asked not to be named said some "
     "colleagues had gone in. 'I understand why, everyone has rent to pay,' she said.",
     "everyone has rent", "a teaching assistant"),
    ("Strike hits schools\n\nKaren Doyle, the head, said the school would stay open.\n\n"
     "After the meeting, a dinner supervisor who asked not to be named said staff had been warned. "
     "\"We heard it from the newspaper like everybody else,\" she said.",
     "from the newspaper", "a dinner supervisor"),
    ("Strike hits schools\n\nHeadteacher Karen Doyle said the school would stay open.\n\n"
     "One father whose son attends Elm Road, and who asked not to be named because he is in a dispute "
     "with the council, said his boy had missed a week. \"Every time it changes we start again,\" he said.",
     "we start again", "One father"),
]


@pytest.mark.parametrize("text, words, speaker", ANONYMOUS)
def test_a_pronoun_goes_on_with_the_anonymous_person(nlp_pipeline, text, words, speaker):
    assert speaker_with(nlp_pipeline, text, words) == speaker


def test_someone_named_who_speaks_of_an_anonymous_person_speaks(nlp_pipeline):
    # guard: the anonymous head is the one Cllr Marsh heard from, not the speaker
    text = ("Strike hits schools\n\nCllr Jo Marsh said she had been approached by the head of one of the "
            "town's largest primaries, who had asked not to be named. \"She told me she is worn out,\" she said.")
    assert speaker_with(nlp_pipeline, text, "worn out") == "Jo Marsh"


def test_an_anonymous_man_is_not_she(nlp_pipeline):
    # guard: the noun's gender contradicts the pronoun
    text = ("Strike hits schools\n\nKaren Doyle, the head, said the school would stay open. A father who asked "
            "not to be named said he was worried. \"We were told nothing at all,\" she said.")
    assert speaker_with(nlp_pipeline, text, "told nothing") == "Karen Doyle"


# -- "it said" after an organisation the entity model missed ------------------------------------

def test_it_goes_on_with_a_body_read_as_a_name(nlp_pipeline):
    text = ("Governors quit\n\nJo Bell, the head of Fernside School, said the resignations were a blow.\n\n"
            "The Oakdene Parents' Collective said in a post on Facebook that it was \"shocked\" by the news. "
            "\"We thank the governors for all they have given,\" it said.")
    assert speaker_with(nlp_pipeline, text, "thank the governors") != "Jo Bell"
    assert speaker_with(nlp_pipeline, text, "thank the governors") == speaker_with(nlp_pipeline, text, "shocked")


# -- a spokesperson going on in the next paragraph ----------------------------------------------

def test_a_spokesman_goes_on_in_a_paragraph_opening_with_a_quote(nlp_pipeline):
    text = ("Cleaners' dispute\n\nJo Bell, who runs the reading group, said the cut was a shame.\n\n"
            "A spokesman for the Brook Learning Trust said the trust was \"aware of the problem\".\n\n"
            "\"Our priority is that every pupil is safe,\" he added.")
    assert speaker_with(nlp_pipeline, text, "every pupil is safe") == "spokesman for the Brook Learning Trust"


# -- "the company" after a business named by its trade -----------------------------------------

@pytest.mark.parametrize("text, words, speaker", [
    ("Payroll error\n\nAround 200 cleaners were underpaid after an error by payroll provider Ashgrove HR. "
     "The company said it was \"a one-off fault\".\n\nJo Bell, of the Friends of Elm Park, said the fair "
     "raised £900.", "one-off fault", "Ashgrove HR"),
    ("Outage at school\n\nSCHOOL MEALS: Pupils helped design a menu with Bright Meals Ltd, the company said.\n\n"
     "IT OUTAGE: Staff at St Anne's Academy could not take registers after a fault at the trust's IT supplier, "
     "NetBridge Education. The company said the problem was caused by \"a failed update to a server\".",
     "failed update", "NetBridge Education"),
])
def test_the_company_is_the_business_named_by_its_trade(nlp_pipeline, text, words, speaker):
    assert speaker_with(nlp_pipeline, text, words) == speaker


# -- singular they going on in a paragraph opening with a quote ---------------------------------

def test_singular_they_goes_on_from_the_paragraph_before(nlp_pipeline):
    text = ("Academy plan\n\nElm Primary School will join the Brook Academy Trust in September, the council said.\n\n"
            "Ward councillor Alex Morrow, who asked the first of nine questions on the plan, said the process had "
            "been \"rushed through\" without any consultation.\n\n"
            "\"Families found out from a letter in a school bag,\" they said.")
    assert speaker_with(nlp_pipeline, text, "Families found out") == "Alex Morrow"


# -- a news-in-brief heading is no part of a spokesperson's organisation -------------------------

def test_a_heading_is_not_part_of_the_spokespersons_organisation(nlp_pipeline):
    text = ("In brief\n\nPARKING CHANGES The car park at Elm Road will shut for two weeks from Monday.\n\n"
            "VOLUNTEERS NEEDED Westcombe County Council is urging residents to become school governors. "
            "A spokesperson said there were \"more than 150 places\" to fill.")
    assert quote_with(nlp_pipeline, text, "150 places")["speaker_org"] == "Westcombe County Council"


# -- a union's branch and "their union" speak as the union --------------------------------------

def test_a_branch_the_model_read_as_a_person_speaks_as_its_union(nlp_pipeline):
    text = ("School places\n\nUnison’s Brookfield branch, which represents many teaching assistants, said it "
            "would be “seeking talks” with the council about pay.")
    assert speaker_with(nlp_pipeline, text, "seeking talks") == "Unison"


def test_their_union_is_the_union_found_for_it(nlp_pipeline):
    text = ("Strike day\n\nTeachers at three Eastwick secondary schools went on strike today in a dispute over "
            "what their union calls \"relentless\" workload demands.\n\nThe Classroom Staff Union said talks had failed.")
    assert speaker_with(nlp_pipeline, text, "relentless") == "Classroom Staff Union"
