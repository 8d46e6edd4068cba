"""How sure an attribution is (nlp/components/quoting/confidence.py)."""
from __future__ import annotations

from nlp_fixtures import one, quotes_of

from nlp.components.quoting.confidence import CONFIDENCE, confidence
from nlp.components.quoting.context import Speaker


def test_confidence_is_high_for_a_named_speaker_and_low_for_none(nlp_pipeline):
    text = ("Row\n\n“We have no choice but to close the library on Sundays,” said Cllr Anne Booth.\n\n"
            "“Nobody has told us anything about what will happen next,” one sign read on the door.")
    named = quotes_of(nlp_pipeline, text)[0]
    assert named["confidence"] >= 0.9
    unattributed = one(quotes_of(nlp_pipeline, "Row\n\n“Nobody has told us anything about what will happen next.”"))
    assert unattributed["speaker"] is None and 0 <= unattributed["confidence"] < 0.5


def test_confidence_separates_short_pronoun_quotes():
    she = Speaker("Ann Lee", how="pronoun", margin=10.0)
    assert confidence("direct", "after", she, 20) >= 0.9
    assert confidence("direct", "after", she, 3) < 0.9
    assert confidence("direct", "interruption", she, 3) >= 0.9
    contested = she.but(margin=0.5)
    assert confidence("direct", "after", contested, 20) == CONFIDENCE["pronoun-contested"] < 0.9
