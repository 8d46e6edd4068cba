"""Words written on placards, banners, signs, T-shirts and badges, and slogans, are no one's
speech and no quotes (quoting/signs.py); a person near a placard still speaks, and a crowd's
chant stays a quote. Every text is written for this file. `nlp_pipeline` is in conftest.py."""
from __future__ import annotations

import pytest


def _quotes(nlp, text):
    return [(q["text"], q["speaker"]) for q in nlp(text)._.quotes]


@pytest.mark.parametrize("text", [
    "Outside the depot, drivers waved home-made placards bearing the words \u201cRoutes not redundancies\u201d.",
    "A hand-painted sign on the railings warned: \u201cMind the gap in our budgets\u201d.",
    "Her son's message was printed across the T-shirts: \u2018Lunch is not a luxury\u2019.",
    "The group marched through Pellow under the slogan \u2018Every bus, every child\u2019 on Saturday.",
    "About 40 cleaners stood at the gates. One banner, held by two grandmothers, read \u2018Mops down, "
    "heads up\u2019; another said \u2018Pay the going rate\u2019.",
    "Badges pinned to every lanyard said \u201cAsk me about the ballot\u201d, and a poster in the staffroom "
    "urged members to vote.",
])
def test_a_signs_words_are_no_quote(nlp_pipeline, text):
    assert _quotes(nlp_pipeline, text) == []


def test_a_person_holding_a_placard_still_speaks(nlp_pipeline):
    # guard: the verb is the councillor's, not the placard's
    text = ("Holding a placard outside the hall, Cllr Mina Torvald says the cuts are "
            "\u2018a betrayal of rural families\u2019.")
    assert _quotes(nlp_pipeline, text) == [("a betrayal of rural families", "Mina Torvald")]


def test_sign_as_a_verb_is_no_sign(nlp_pipeline):
    # guard: "signs off ... saying" is a person's verb, not a sign's words
    text = "Mr Okoro signs off each assembly saying \u2018Be kind, be brave and be back on Monday\u2019."
    assert [s for _, s in _quotes(nlp_pipeline, text)] == ["Okoro"]


def test_a_chant_after_the_placards_is_no_quote_either(nlp_pipeline):
    # a crowd's chant is no quote (chants.py: the sets written since set 35 mostly say so)
    text = ("Parents held placards reading \u2018Buses not bills\u2019 while their children chanted "
            "\u2018Let us ride\u2019 outside the depot.")
    assert _quotes(nlp_pipeline, text) == []


def test_sign_as_a_verb_before_a_colon_is_no_sign(nlp_pipeline):
    # guard: "on ... to sign the contract, she said:" introduces her words
    text = ("Commenting on the decision to sign the contract, Cllr Rhona Vane said: "
            "\u201cWe had no other bidder and no more time.\u201d")
    assert _quotes(nlp_pipeline, text) == [("We had no other bidder and no more time.", "Rhona Vane")]
