"""The second speaker-ranker study (benchmarks/quote_ranker2.py): when an override is
allowed, what it does to a quote's confidence, and the counts its scores come from, on
quotes and candidates written for this test (invented names)."""
from __future__ import annotations

from benchmarks.quote_ranker2 import (FINAL_SETS, OVERRIDE_CONFIDENCE, TRAIN_SETS, apply, f1, headroom,
                                      probabilities, tally, tier)
from tests.test_quote_ranker_features import Prefers

CALIBRATION = ("quotes_uk_test9", "quotes_uk_test10", "quotes_uk_test13", "quotes_uk_test14",
               "quotes_uk_test22", "quotes_uk_test26")


def _doc(confidence: float, right: str | None = "Pat Ruddle") -> dict:
    cands = [("Jo Ames", None, {"rules": 1.0, "name": "Jo Ames"}, right == "Jo Ames"),
             ("Pat Ruddle", None, {"name": "Pat Ruddle"}, right == "Pat Ruddle"),
             (None, None, {"name": None}, right is None)]
    pred = {"speaker": "Jo Ames", "speaker_org": None, "confidence": confidence, "text": "We were never asked",
            "start": 40, "end": 59, "p0": 1, "p1": 1}
    return {"preds": [pred], "ranked": {0: cands}}


def _run(model, doc: dict, system: str) -> dict:
    return apply([doc], probabilities(model, [doc], strip=False), system)[0][0]


def test_held_out_and_calibration_sets_are_never_trained_on():
    assert not set(TRAIN_SETS) & set(FINAL_SETS + CALIBRATION)
    assert len(TRAIN_SETS) == 25


def test_unsure_overrides_only_below_the_sure_tier_and_lowers_the_confidence():
    changed = _run(Prefers("Pat Ruddle"), _doc(0.7), "unsure")
    assert changed["speaker"] == "Pat Ruddle" and changed["confidence"] == OVERRIDE_CONFIDENCE
    assert _run(Prefers("Pat Ruddle"), _doc(0.95), "unsure")["speaker"] == "Jo Ames"
    assert _run(Prefers("Pat Ruddle"), _doc(0.95), "ranker")["speaker"] == "Pat Ruddle"
    assert _run(Prefers("Jo Ames"), _doc(0.7), "unsure") == _doc(0.7)["preds"][0]
    assert apply([_doc(0.7)], None, "rules")[0][0]["speaker"] == "Jo Ames"


def test_tally_counts_right_speakers_and_the_sure_tier():
    article = {"id": "a1", "quotes": [{"text": "We were never asked", "speaker": "Pat Ruddle", "speaker_org": None,
                                       "paragraph_start": 1, "paragraph_end": 1}]}
    rules = tally([article], [_doc(0.95)["preds"]])
    assert (rules["right"], rules["pred"], rules["gold"], rules["sure"]) == (0, 1, 1, 1)
    assert tier(rules) == (0.0, 1.0)
    fixed = tally([article], [[_run(Prefers("Pat Ruddle"), _doc(0.7), "unsure")]])
    assert fixed["right"] == 1 and fixed["sure"] == 0 and f1(fixed) == 1.0


def test_headroom_counts_quotes_a_ranker_could_fix():
    data = {"s": {"docs": [_doc(0.7), _doc(0.95), _doc(0.7, right="Jo Ames")]}}
    assert headroom(data, ["s"]) == {"ranked": 3, "ranked_wrong_fixable": 2, "unsure": 2, "unsure_wrong_fixable": 1}
