"""Names used only as a modifier of people counted by a number, for `newswatch_orgs`
(nlp/components/orgs.py): "the four Safer Schools officers", "two Healthy Schools advisers",
"our six Forest School leaders". The words name a scheme or a role, not a body that does
anything in the text: when every mention of a name reads so, it is no organisation. A name
the gazetteer or register knows, or one read as a union or a council ("two Unison officers"
are the union's), is kept.
"""
from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span

from nlp.components.org_kinds import infer_kind

# People (and patrols) a scheme's name labels; not a body's staff ("four Dunmore Schools staff").
_ROLES = {"officers", "officer", "wardens", "ambassadors", "champions", "coordinators", "co-ordinators", "mentors",
          "advisers", "advisors", "leaders", "leads", "patrols", "volunteers", "marshals"}
_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "several",
            "both"}


def _counted_modifier(doc: Doc, e: Span) -> bool:
    """"(the) four NAME officers": a number right before the name and a plural role right after."""
    before = doc[e.start - 1] if e.start > 0 else None
    after = doc[e.end] if e.end < len(doc) else None
    return before is not None and after is not None and after.lower_ in _ROLES and after.is_lower \
        and (before.lower_ in _NUMBERS or before.like_num and before.is_digit)


def org_mentions(ents: list[Span]) -> dict[str, list[Span]]:
    """The ORG spans among `ents` by canonical name: every mention of each name, for the
    rules that drop a name when every mention of it reads as something else (counted
    modifiers here, places in org_places.py, surnames in org_surnames.py)."""
    mentions: dict[str, list[Span]] = {}
    for e in ents:
        if e.label_ == "ORG":
            mentions.setdefault(e.kb_id_ or e.text, []).append(e)
    return mentions


def modifier_names(doc: Doc, ents: list[Span], known: Container[str]) -> set[str]:
    """Canonical names every mention of which is a counted modifier of people."""
    mentions = org_mentions(ents)
    return {name for name, spans in mentions.items()
            if name.lower() not in known and infer_kind(name) not in {"union", "council", "government"}
            and all(_counted_modifier(doc, e) for e in spans)}
