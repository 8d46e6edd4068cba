"""A processed Doc -> the findings dict that `newswatch analyse` prints and enrich stores.

    {"entities": [{"text", "label", "kind", "canonical", "start", "end"}, ...],
     "people":   [{"name", "title", "role", "org"}, ...],
     "quotes":   [{"text", "speaker", "speaker_org", "speaker_role", "cue", "kind",
                   "start", "end", "spans", "paragraph", "paragraph_end", "person",
                   "confidence", "confidence_basis"}, ...],
     "orgs":     [{"name", "kind", "kind_source", "aliases": [{"alias", "source"}]}, ...]}

Offsets are characters in the analysed text. Names (canonical, people, speaker,
speaker_org, speaker_role) are tidied: whitespace runs become one space. `paragraph` counts non-empty paragraphs
(blocks separated by a blank line) from 0. A quote's `person` is the index of its speaker
in "people" (None when the speaker is not a named person); its `spans` are the [start, end]
of each quoted part ("A," she said, "B." has two), `confidence` (0-1) how sure its
speaker attribution is and `confidence_basis` the kind of evidence that was read from.
"""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.components.orgs import infer_kind


def tidy(name: str | None) -> str | None:
    """A name as stored: whitespace runs (newlines, tabs, non-breaking spaces) become
    one space, so a name never holds a control character or a line break."""
    return " ".join(name.split()) if name is not None else None


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
            "text": ent.text, "label": ent.label_, "kind": kind, "canonical": tidy(canonical),
            "start": ent.start_char, "end": ent.end_char,
        })
    return {
        "entities": entities,
        "people": [
            {"name": tidy(p["name"]), "title": tidy(p["title"]) or None, "role": tidy(p["role"]) or None,
             "org": tidy(p["org"])}
            for p in people
        ],
        "quotes": [
            {**q, **{k: tidy(q[k]) for k in ("speaker", "speaker_org", "speaker_role") if k in q}}
            for q in doc._.quotes or ()
        ],
        "orgs": [{"name": o["name"], "kind": o["kind"], "kind_source": o.get("kind_source"),
                  "aliases": list(o.get("aliases") or ())} for o in doc._.orgs or ()],
    }


def quote_at_offsets(quote: dict, text: str) -> bool:
    """Whether a quote's text is what `text` holds at its offsets: the same string, or,
    for a quote in pieces (interrupted by "she said", or running over paragraphs), its
    pieces joined by single spaces, in order, the first at `start` and the last ending
    at `end`. `text` is the analysed text (nlp.clean: the input with control characters
    as spaces)."""
    span = text[quote["start"]:quote["end"]]
    want = quote["text"]
    if want == span:
        return True
    if not (want and span.startswith(want[:1]) and span.endswith(want[-1:])):
        return False
    rest = iter(span)
    return all(ch in rest for ch in want if ch != " ")  # the pieces, in order
