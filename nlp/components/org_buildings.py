"""Buildings and venues the model tags as organisations, for `newswatch_orgs`
(nlp/components/orgs.py):

- a building named after a body the article names: "the trust's headquarters at Kestrel
  House" beside Kestrel Learning Trust, "the Quenvale Learning Trust Centre", "the hall will be renamed Marlow House" beside the
  Marlow Academy Trust;
- a hall, a house, a mill, a court, an exchange ... as a place: "a meeting at Brayford
  Memorial Hall", "its head office at Minster Court", "the former Bridgewater Works site";
- a venue given after a time ("5pm, Wexmoor Trades Hall"), after a body's possessive ("the
  college's Advanced Manufacturing Centre") or as what a building is known as ("The centre,
  known as The Learning Exchange");
- a building or venue as the object of "at", "in" (what happens there, a place noun) or of
  "to", "into" (a verb of moving, a visit): "the meeting will be held at the Calder Lido
  Centre", "the office moves to Ridgeway House"; not where someone works or studies.

Names the gazetteer or register knows (Companies House) are never dropped here.
"""
from __future__ import annotations

import re
from collections.abc import Container

from spacy.tokens import Doc, Span

from nlp.components.org_kinds import infer_kind

_BUILDING_ENDS = {"house", "building", "buildings", "hall", "centre", "tower", "lodge"}
# A church "at" which something happens may still be the body that speaks (its vicar, its
# members): it is not among the buildings named as places.
# Buildings named as places: "a meeting at the Corn Exchange", "the head office at Minster
# Court", "on the former Bridgewater Works site" (every mention must read so).
_PLACE_ENDS = {"hall", "court", "mill", "house", "exchange", "works", "rooms", "depot", "library", "chambers",
               "wharf", "warehouse", "barracks"}
_AT = {"at", "in", "inside", "outside"}


def _placed(doc: Doc, start: int) -> bool:
    """The name at `start` follows "at", "in" (with "the" between or not) or "the former"."""
    k = start - 1
    if k >= 0 and doc[k].lower_ == "former":
        return True
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ in _AT


# "5pm, Wexmoor Trades Hall": a time, then where
_TIME = re.compile(r"^(\d{1,2}([.:]\d{2})?(am|pm)|noon|midday)$", re.I)
# "the college's Advanced Manufacturing Centre": a body's building
_OWNERS = {"college", "trust", "school", "academy", "council", "university", "company", "charity", "federation"}
# "The centre, known as The Learning Exchange", "the building on Mill Street, known as the Old
# School House": a building's name (a few words of where it stands between)
_NAMED_BUILDING = re.compile(r"\bthe (centre|building|hall|venue|site|premises|block|wing|annexe|base)( [\w-]+){0,3}( ,)? "
                             r"((now|to be|which is|will be) )?(known as|called|named|renamed)( the)?$")
# Tokens read before a name for _NAMED_BUILDING: "the building on Mill Street , now known as the".
_NAMED_WINDOW = 12


def _venue(doc: Doc, start: int) -> bool:
    """The name at `start` is given as where something is: after a time in a listing, after a
    body's possessive, or as what a building is known as."""
    if start >= 2 and doc[start - 1].text == "," and (_TIME.match(doc[start - 2].text) or start >= 3
                                                     and doc[start - 2].lower_ in {"am", "pm"} and doc[start - 3].like_num):
        return True
    if start >= 3 and doc[start - 1].text in {"'s", "’s"} and doc[start - 2].lower_ in _OWNERS \
            and doc[start - 3].lower_ in {"the", "its", "their"}:
        return True
    before = " ".join(t.lower_ for t in doc[max(0, start - _NAMED_WINDOW):start] if not t.is_space)
    return _NAMED_BUILDING.search(before) is not None


# Buildings and venues named as where something happens or where a body moves: "the meeting
# will be held at the Calder Lido Centre", "the office moves to Ridgeway House", "offices in the
# Kestle Cross Enterprise Centre", "a visit to the Fellside Outdoor Centre". Not a body named for
# its purpose ("the Centre for Policy Studies"), and not where someone works or studies ("a
# researcher at", "she works at"): the people of a centre or an institute speak for it.
_VENUE_ENDS = _PLACE_ENDS | {"centre", "pavilion", "theatre", "offices", "cathedral", "convent", "museum",
                             "institute", "lido"}
_WHERE_TO = {"to", "into"}
_MOTION_VERBS = {"move", "relocate", "return", "transfer", "travel"}
_WORK_VERBS = {"work", "study", "teach", "train", "volunteer", "serve", "lecture", "research", "employ", "be"}
# Nouns a venue is given as the place of: "offices at", "a visit to", "the concert at".
_PLACE_NOUNS = {"office", "offices", "site", "premises", "building", "base", "headquarters", "visit", "trip", "move",
                "meeting", "event", "concert", "ceremony", "service", "performance", "show", "exhibition"}


def _used_as_place(e: Span) -> bool:
    """The name at `e` is the object of "at", "in" (a verb of what happens there, or a place
    noun) or of "to", "into" (a verb of moving, a visit)."""
    root = e.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _AT | _WHERE_TO or prep.i >= e.start:
        return False
    head = prep.head
    if head.lemma_ in _PLACE_NOUNS and head.pos_ == "NOUN":
        return True
    if head.pos_ not in {"VERB", "AUX"}:
        return False
    return head.lemma_ not in _WORK_VERBS if prep.lower_ in _AT else head.lemma_ in _MOTION_VERBS


def _named_after_body(e: Span, firsts: set[str]) -> bool:
    """"Kestrel House" when another organisation's name starts with "Kestrel"."""
    words = e.text.split()
    return len(words) >= 2 and words[-1].lower() in _BUILDING_ENDS and " ".join(words[:-1]) in firsts


def buildings(doc: Doc, ents: list[Span], known: Container[str]) -> set[str]:
    """Canonical names of ORG spans that are buildings or venues (every mention says so)."""
    orgs = [e for e in ents if e.label_ == "ORG"]
    out: dict[str, bool] = {}
    for e in orgs:
        name = e.kb_id_ or e.text
        last = e.text.split()[-1].lower() if e.text.split() else ""
        if name.lower() in known or last not in _BUILDING_ENDS | _VENUE_ENDS:
            out[name] = False
            continue
        # the names of the other bodies as written here (a former name too), whole or in part:
        # "Kestrel House", "the Quenvale Learning Trust Centre"
        others = {" ".join(x.split()) for o in orgs if (o.kb_id_ or o.text) != name for x in (o.kb_id_ or o.text, o.text)}
        firsts = {" ".join(n.split()[:k]) for n in others for k in range(1, len(n.split()) + 1)}
        # two words at least ("in the House" is a legislature), and not "X Crown Court"
        venue = last in _PLACE_ENDS and len(e) > 1 and _placed(doc, e.start) and infer_kind(name) == "other" \
            or len(e) > 1 and _venue(doc, e.start) and infer_kind(name) in {"other", "school"} \
            or last in _VENUE_ENDS and len(e) > 1 and _used_as_place(e) and infer_kind(name) == "other" \
            and not {"for", "of"} & {t.lower_ for t in e}
        out[name] = out.get(name, True) and (_named_after_body(e, firsts) or venue)
    return {name for name, building in out.items() if building}
