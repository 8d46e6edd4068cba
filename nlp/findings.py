"""A processed Doc -> the findings dict that `newswatch analyse` prints and enrich stores.

    {"entities": [{"text", "label", "kind", "canonical", "start", "end"}, ...],
     "people":   [{"name", "title", "role", "org"}, ...],
     "quotes":   [{"text", "speaker", "speaker_org", "speaker_role", "cue", "kind",
                   "start", "end", "spans", "paragraph", "paragraph_end", "person",
                   "confidence"}, ...]}

Offsets are characters in the analysed text. `paragraph` counts non-empty paragraphs
(blocks separated by a blank line) from 0. A quote's `person` is the index of its speaker
in "people" (None when the speaker is not a named person); its `spans` are the [start, end]
of each quoted part ("A," she said, "B." has two) and `confidence` (0-1) how sure its
speaker attribution is.
"""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.components.orgs import infer_kind


def doc_to_findings(doc: Doc) -> dict:
    orgs = {o["name"]: o for o in doc._.orgs or ()}
    people = doc._.people or []
    person_at = doc._.person_at or {}
    entities = []
    for ent in doc.ents:
        kind = None
        canonical = ent.text
        if ent.label_ == "ORG":
            canonical = ent.kb_id_ or ent.text
            org = orgs.get(canonical)
            kind = org["kind"] if org else infer_kind(canonical)
        elif ent.label_ == "PERSON" and ent.start_char in person_at:
            canonical = people[person_at[ent.start_char]]["name"]
        entities.append({
            "text": ent.text, "label": ent.label_, "kind": kind, "canonical": canonical,
            "start": ent.start_char, "end": ent.end_char,
        })
    return {
        "entities": entities,
        "people": [
            {"name": p["name"], "title": p["title"] or None, "role": p["role"] or None, "org": p["org"]}
            for p in people
        ],
        "quotes": [dict(q) for q in doc._.quotes or ()],
    }
