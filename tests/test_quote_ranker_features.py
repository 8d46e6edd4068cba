"""The speaker-ranker experiment (benchmarks/quote_ranker.py): the candidates and features it
reads for quotes attributed by a pronoun, on a text written for this test (invented names)."""
from __future__ import annotations

import numpy as np
import pytest

from benchmarks.quote_ranker import OVERRIDE_CONFIDENCE, apply, without_rules
from benchmarks.quote_ranker_features import RankerContext, ranked_quotes

TEXT = ("Parents fight Pondmere school merger\n\n"
        "Helen Marchbank, chair of governors at Pondmere Primary, said the plans had been rushed. "
        "Robert Tallowby, a parent, spoke at the meeting too.\n\n"
        "“We were given two weeks to respond to a decision that changes everything,” she said.\n\n"
        "The Larkspur Learning Trust said it would publish its answers next month. "
        "“No decision has been made about staffing,” it said.")


@pytest.fixture(scope="module")
def ranked(nlp_pipeline):
    doc = nlp_pipeline(TEXT)
    quotes = doc._.quotes
    ctx = RankerContext(doc, quotes)
    return {ctx.subject_word(quotes[i]): (quotes[i], {c.speaker: c for c in ctx.candidates(i)})
            for i in ranked_quotes(quotes)}


def test_pronoun_quotes_are_ranked_with_their_pronoun(ranked):
    assert set(ranked) == {"she", "it"}


def test_candidates_hold_the_rules_choice_once_and_no_speaker(ranked):
    for quote, cands in ranked.values():
        flagged = [name for name, c in cands.items() if c.features.get("rules")]
        assert flagged == [quote["speaker"]]
        assert None in cands and cands[None].features["type=none"] == 1.0


def test_gender_agreement_for_she(ranked):
    _, cands = ranked["she"]
    assert cands["Helen Marchbank"].features["gender_agree"] == 1.0
    assert cands["Robert Tallowby"].features["gender_agree"] == -1.0
    assert cands["Robert Tallowby"].features["most_recent"] == 1.0  # named last, though not the speaker


def test_organisations_agree_with_it_and_the_latest_speaker_is_marked(ranked):
    _, cands = ranked["it"]
    trust = cands["Larkspur Learning Trust"].features
    assert trust["number_agree"] == 1.0 and trust["latest_speaker"] == 1.0
    assert cands["Helen Marchbank"].features["number_agree"] == -1.0
    assert "latest_speaker" not in cands["Robert Tallowby"].features
    assert not any(k.startswith("rules") for k in without_rules(trust))


class Prefers:
    """A model that gives probability 0.95 to candidates named `name`, 0.05 to the rest."""

    def __init__(self, name: str):
        self.name = name

    def predict_proba(self, rows):
        p = np.array([0.95 if r.get("name") == self.name else 0.05 for r in rows])
        return np.column_stack([1 - p, p])


def test_apply_overrides_below_the_sure_tier_and_keeps_the_rules_otherwise():
    cands = [("Jo Ames", None, {"rules": 1.0, "name": "Jo Ames"}, None),
             ("Pat Ruddle", None, {"name": "Pat Ruddle"}, None), (None, None, {"name": None}, None)]
    doc = {"preds": [{"speaker": "Jo Ames", "speaker_org": None, "confidence": 0.97}], "ranked": {0: cands}}
    assert apply(Prefers("Jo Ames"), [doc], "ranker")[0][0]["speaker"] == "Jo Ames"
    changed = apply(Prefers("Pat Ruddle"), [doc], "ranker")[0][0]
    assert changed["speaker"] == "Pat Ruddle" and changed["confidence"] == OVERRIDE_CONFIDENCE
    assert apply(Prefers("Pat Ruddle"), [doc], "rules")[0][0]["speaker"] == "Jo Ames"
    assert apply(Prefers("Pat Ruddle"), [doc], "unsure")[0][0]["speaker"] == "Jo Ames"  # the rules were sure
