"""Findings (nlp/findings.py): their shape, and offsets that point at their words."""
from __future__ import annotations

import json

from nlp.findings import doc_to_findings, quote_at_offsets


def test_findings_shape_and_offsets(nlp_pipeline):
    text = "Jon Richards of UNISON said: “It is bad.”"
    f = doc_to_findings(nlp_pipeline(text))
    assert set(f) == {"entities", "people", "quotes", "orgs"}
    for e in f["entities"]:
        assert text[e["start"]:e["end"]] == e["text"]
    q = f["quotes"][0]
    assert text[q["start"]:q["end"]] == "It is bad."
    assert f["people"][q["person"]]["name"] == "Jon Richards"
    json.dumps(f)


def test_quote_at_offsets():
    text = "“We were,” she said, “never asked.”"
    whole = {"text": "We were,", "start": 1, "end": 9}
    pieces = {"text": "We were, never asked.", "start": 1, "end": len(text) - 1}
    assert quote_at_offsets(whole, text) and quote_at_offsets(pieces, text)
    assert not quote_at_offsets({**pieces, "text": "We were, always asked."}, text)
    assert not quote_at_offsets({**whole, "start": 0}, text)
