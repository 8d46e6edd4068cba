"""What the article says a body is, over the kind its name suggests, for `newswatch_orgs`
(nlp/components/orgs.py): `kind_in_text` is the one chain of those decisions.

- another name the body goes by says more ("Harbour Vale Schools (formerly Harbour Vale
  Learning Trust)");
- shown as a trust ("Ventrus, a multi-academy trust", org_evidence.py);
- a federation of maintained schools, described so or named after its schools
  (org_federations.py); a trust-shaped name the text calls a company ("X
  Learning Trust, the not-for-profit company the council set up") or a network; a trust
  the text denies is one (org_denials.py);
- a council's own service, unit or committee (`council_unit`): "the council's Family Hub",
  "Wexham Business Services, the county council's traded services arm", "the Transport
  Unit, part of the council's highways directorate".
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.components.lexicon import POSSESSIVE_S
from nlp.components.org_context import COMPANY_NOUNS, described_as_network
from nlp.components.org_denials import not_a_trust
from nlp.components.org_federations import (described_as_school_federation, federation_weighing_conversion,
                                             named_as_schools_federation)
from nlp.components.org_evidence import appositive_noun, shown_as_trust
from nlp.components.org_kinds import says_academy_trust


def kind_in_text(doc: Doc, name: str, kind: str, source: str, other_names: list[tuple[str, str]]) -> tuple[str, str]:
    """(kind, source) of the body `name` once the article has had its say; `other_names`
    are (kind, source) of the other names the text gives it."""
    mentions = [e for e in doc.ents if e.label_ == "ORG" and e.kb_id_ == name]
    if kind == "other" and source == "name":
        kind, source = next((k for k in other_names if k[0] != "other"), (kind, source))
    if source == "name" and shown_as_trust(doc, name, kind):
        kind, source = "academy_trust", "context"  # "Ventrus, a multi-academy trust"
    if kind == "academy_trust" and source == "name" and "federation" in name.lower() \
            and any(described_as_school_federation(doc, e.start, e.end) for e in mentions):
        kind, source = "school", "context"  # a federation of maintained schools
    if kind == "academy_trust" and source == "name" and named_as_schools_federation(doc, name):
        kind, source = "school", "name"  # "Brook and Meadow Federation", "Harrowby Primary Federation"
    if kind == "academy_trust" and source == "name" and federation_weighing_conversion(doc, name):
        kind, source = "school", "context"  # "X Federation decided not to convert": maintained schools
    if kind == "academy_trust" and source == "name" and not says_academy_trust(name) \
            and any(appositive_noun(doc, e.end, COMPANY_NOUNS) for e in mentions):
        kind, source = "company", "context"  # "X Learning Trust, the not-for-profit company the council set up"
    if kind == "academy_trust" and source == "name" and any(described_as_network(doc, e.start, e.end) for e in mentions):
        kind, source = "other", "context"  # a network of schools, not a trust
    if kind == "academy_trust" and source in {"name", "context"} and (instead := not_a_trust(doc, name)):
        kind, source = instead, "context"  # "The federation is not an academy trust"
    if kind in _UNIT_KINDS and source == "name" and not _NOT_UNIT.search(name) and council_unit(doc, mentions):
        kind, source = "council", "context"
    return kind, source


# Kinds a council's service may be read as from its name alone ("Wexham Catering Services"
# a company, "Wexham School Catering" a school, "Sedgeby Family Hub" other).
_UNIT_KINDS = {"other", "company", "school"}
# Names that are never a council's unit: a registered company, a school.
_NOT_UNIT = re.compile(r"\b(ltd|limited|plc|llp|group)\.?$|\b(academy|school|college|primary|infants|juniors|nursery)$"
                       r"|\bpupil referral unit$", re.I)
# What a council calls its own part: "the council's traded services arm, X".
_UNIT_NOUNS = {"service", "services", "arm", "team", "unit", "department", "directorate", "operation", "hub",
               "committee", "panel"}
# After the name: "X, part of Wexham City Council", "X, part of the council's highways
# directorate", "X, the county council's in-house service", "X, which is run by the council".
_PART_OF_COUNCIL = re.compile(r"^, (which is |a )?(part of|run by|owned by) (the )?([\w-]+ ){0,3}council\b"
                              r"|^, (the |a )([\w-]+ ){0,2}council ['’]s\b")
# At most this many lower-case words between "the council's" and the noun before the name.
_MAX_UNIT_WORDS = 4


def council_unit(doc: Doc, mentions: list) -> bool:
    """A mention given as the council's own: right after "the council's" or "X Council's",
    after "the council's <service noun>," or followed by ", part of the council"."""
    for e in mentions:
        k = e.start
        if k >= 2 and doc[k - 1].text in POSSESSIVE_S and doc[k - 2].lower_ == "council":
            return True  # "the council's Sedgeby Family Hub"
        if k >= 3 and doc[k - 1].text == "," and doc[k - 2].lower_ in _UNIT_NOUNS:
            j = k - 2
            while j > k - 2 - _MAX_UNIT_WORDS and j > 1 and doc[j - 1].is_lower and doc[j - 1].text not in POSSESSIVE_S:
                j -= 1
            if j >= 2 and doc[j - 1].text in POSSESSIVE_S and doc[j - 2].lower_ == "council":
                return True  # "the council's school improvement service, Wexham Learning Services"
        after = " ".join(t.lower_ for t in doc[e.end:e.end + 9])
        if _PART_OF_COUNCIL.match(after):
            return True
    return False
