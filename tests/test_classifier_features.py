"""The classifier's features (nlp/classifier/features.py)."""
from __future__ import annotations

from nlp.classifier import features


def test_feature_helpers():
    assert features.kind_counts(None) == [0.0] * len(features.KINDS)
    counts = features.kind_counts({"entities": [{"kind": "union"}, {"kind": "union"}, {"kind": None}]})
    assert counts[features.KINDS.index("union")] > 0 and sum(1 for c in counts if c) == 1
    cues = features.cue_matrix(["The trust will OUTSOURCE catering under TUPE.", "A quiet day."]).toarray()
    assert cues[0, list(features.TOPIC_CUES).index("outsourcing")] > 0 and not cues[1].any()
    body = "\n\n".join(" ".join(["word"] * 50) for _ in range(5))
    parts = features.passages(body)
    assert len(parts) == 3 and all(len(p.split()) <= features.PASSAGE_WORDS for p in parts)
    assert features.passages("") == []
    assert features.is_readable_term("academy trust") and not features.is_readable_term("the trust")
    assert not features.is_readable_term("said") and not features.is_readable_term("2019")


def test_feature_text_is_what_the_bundled_model_was_trained_on():
    """feature_text derives from nlp.document's rule and must read exactly the text the
    bundled model was trained on (headline, blank line, body, stripped), for any title
    and body, or its scores would change."""
    pieces = [None, "", " ", "\n", "Trust\nto close", "  Trust to close ", "\r\nTrust\r\n", "Strike  ballot"]
    for title in pieces:
        for body in pieces:
            assert features.feature_text(title, body) == f"{title or ''}\n\n{body or ''}".strip(), (title, body)
