"""Federations named as maintained schools' federations are, for `kind_in_text`
(nlp/components/org_kind_context.py).

A federation of maintained schools (one governing board over two or three council schools)
and a multi-academy trust that kept "Federation" in its name look alike. The name often
tells them apart: a federation of maintained schools is named after the schools it joins
("Brook and Meadow Federation", "Oakley Infant and Junior Federation") or after the sort of
schools they are ("Harrowby Primary Federation", "Tolland Church Schools Federation",
"Wyke Rural Schools Federation"); a trust's is a brand ("Kestrel Federation"). Such a
name is read as a federation of schools (kind `school`, as org_context.py reads one the
text describes) unless the article says it is a trust.

Whatever its name, a federation whose own clause weighs converting ("X Federation voted
against converting", "governors at X Federation decided not to convert", "X Federation has
no plans to become an academy") is one of maintained schools: only maintained schools
convert, a trust's schools are academies already (`weighs_converting`).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.org_context import described_as_academy_trust, said_to_be_trust
from nlp.components.org_lists import listed_as_trust

# "A and B Federation": two schools' names joined; "X Primary Federation", "X Church Schools
# Federation": the sort of schools it federates.
_SCHOOLS_FEDERATION = re.compile(
    r"^(?!.*\bof\b).+ (and|&) .+ federation$"
    r"|\b(schools?|primary|primaries|infants?|juniors?|nursery|village|rural|church|ce) federation$",
    re.I,
)


def schools_federation_name(name: str) -> bool:
    """Whether a federation's name joins its schools' names or says what sort of schools they
    are ("Brook and Meadow Federation", "Harrowby Primary Federation")."""
    return _SCHOOLS_FEDERATION.search(name) is not None


def _mentions_of_no_trust(doc: Doc, name: str) -> list[Span] | None:
    """The mentions of the body `name`, when the article never says it is an academy trust
    ("X, a multi-academy trust", "X is an academy trust", "trusts such as X"); None when it does."""
    if said_to_be_trust(doc, name):
        return None
    mentions = [e for e in doc.ents if e.label_ == "ORG" and e.kb_id_ == name]
    if any(described_as_academy_trust(doc, e.start, e.end) or listed_as_trust(doc, e.start, e.end) for e in mentions):
        return None
    return mentions


def named_as_schools_federation(doc: Doc, name: str) -> bool:
    """A federation so named that no mention of it is called an academy trust."""
    return schools_federation_name(name) and _mentions_of_no_trust(doc, name) is not None


# "to convert", "not to convert", "against converting", "on converting", "to become an academy":
# conversion still ahead (not "converted in 2016": a trust since), with no object of its own
# ("to convert the old library" is building work).
_CONVERSION_AHEAD = re.compile(r"\b(to|not|against|on|about|over|towards|whether|consider|considering) "
                               r"(convert|converting|become academies|becoming academies|become an academy|"
                               r"becoming an academy|academise|academising)\b(?! (the|a|an|its|their|it)\b)")
# What a clause about a trust says of it ("runs 14 academies", "a 12-school trust"): then the
# conversion is its schools' or a newcomer's, not a sign of maintained schools.
_TRUST_CLAUSE = re.compile(r"\b(academy trust|multi - academy|multi-academy|academies|runs|operates|trust of|"
                           r"\w+ ?- ?school trust)\b")


def weighs_converting(doc: Doc, mention: Span) -> bool:
    """The rest of the mention's sentence, up to the next organisation named, says the body
    is considering, voting on or refusing academy conversion."""
    sent = mention.sent
    stop = next((e.start for e in doc.ents if e.label_ == "ORG" and mention.end <= e.start < sent.end), sent.end)
    clause = " ".join(t.lower_ for t in doc[mention.end:stop] if not t.is_space)
    return _CONVERSION_AHEAD.search(clause) is not None and _TRUST_CLAUSE.search(clause) is None


def federation_weighing_conversion(doc: Doc, name: str) -> bool:
    """A "... Federation" some mention of which weighs converting, never said to be a trust."""
    mentions = _mentions_of_no_trust(doc, name) if name.lower().endswith("federation") else None
    return mentions is not None and any(weighs_converting(doc, e) for e in mentions)
