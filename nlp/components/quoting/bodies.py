"""Bodies a subject names by a common noun that the kind lookup cannot place: "the company
said", "the union said", "officers said", "the administrators said".

- "Wolds Coaches said the route would close ... In a notice, the company said: ..." and
  "a move the union representing them has called ‘...’" (the union named in a later
  paragraph): when no organisation of the noun's kind is known (the organisation component
  gave the firm or the union no kind; a union only when its officers are named beside it,
  "regional organiser for ..."), the speaker is the organisation of unknown kind the
  body names last before the subject, outside quotes; when it names none before, the only
  one it names after (naming none at all, the only one in the headline). A one-word name
  that begins a longer name given earlier is that longer name ("Coachway" after "Coachway Northshire").
- "In a report to the committee, officers said ...", "a report by council planning
  officers": a council's officers speak for the council the article means (the sets
  annotate council officers' words as the council's); police officers and named officers
  are not this.
- "Administrators from Mercer Holt LLP were appointed ... the administrators said": the
  people of a named organisation speak for it when referred back to (acting_firms.py:
  `members_written_from`, `earlier_members`, the one home of firms named by what they do).

- "after a fault at the trust's IT supplier, NetEdge Education. The company said ...",
  "an error by payroll provider Ledgerlight HR. The company said ...": "the company" is the
  business its paragraph has just named after a noun for what it does, nearest before the
  subject, outside quotes (`business_named_before`, read before the kind lookup, which knows
  only the businesses the organisation component placed) (issue 13, quote round 33).

`unnamed_body(ctx, t, phrase)` is read after the other readings of a common-noun subject
(speakers.py) and before the phrase as written.
"""
from __future__ import annotations

import re

from spacy.tokens import Span, Token

from nlp.components.lexicon import ORG_REFERENCES
from nlp.components.org_lookup import org_for_span, resolve_org_reference
from nlp.components.quoting.acting_firms import earlier_members, members_written_from
from nlp.components.quoting.context import Speaker, body_start
from nlp.components.quoting.org_full_names import _JOINERS, _WORD, NOT_NAME_WORDS, longest_form

# Nouns for a business or a members' body, and the kind each would have when known.
BODY_NOUNS: dict[str, str] = {"company": "company", "firm": "company", "contractor": "company",
                              "operator": "company", "provider": "company", "agency": "company",
                              "union": "union", "club": "other", "charity": "other"}
# Nouns for what a business does, written before its name ("payroll provider Ledgerlight HR",
# "its IT supplier, NetEdge Education").
TRADE_NOUNS = ("company", "firm", "contractor", "operator", "provider", "supplier", "caterer", "agency",
               "developer", "subcontractor")
_TRADE_NAMED = re.compile(rf"\b(?:{'|'.join(TRADE_NOUNS)}),?\s+({_WORD}(?:\s+(?:{_JOINERS}\s+)?{_WORD}){{0,5}})")
# A relative clause for a thing right after a name: the name is no person's.
_THING_RELATIVE = re.compile(r",?\s+which\b")
# A noun for what a business does right before a name ("operator Fenline Coaches"), and how
# many characters before the name it is looked for.
_TRADE_BEFORE = re.compile(rf"\b(?:{'|'.join(TRADE_NOUNS)}),?\s+$")
TRADE_NOUN_REACH = 24
# A union's officers, and how many words from its name they are written.
UNION_OFFICERS = frozenset({"organiser", "organizer", "steward", "rep", "representative", "convenor",
                            "convener", "secretary"})
OFFICER_WINDOW = 4
# The kind the organisation component gives an organisation it could not place.
UNKNOWN_KIND = "other"
# Nouns for a council's staff, and words that make them someone else's.
OFFICER_NOUNS = frozenset({"officers", "officials"})
NOT_COUNCIL_OFFICERS = frozenset({"police", "prison", "probation", "immigration", "customs", "army",
                                  "union", "trust", "school", "his", "her", "their", "two", "three", "some"})


def _definite_body(t: Token, phrase: Span) -> bool:
    """"the company", "the bus company": the noun after "the", any other words lower case."""
    return t.lower_ in BODY_NOUNS and t.tag_ == "NN" and any(c.lower_ == "the" for c in t.children) \
        and len(phrase) <= 2 and all(x.is_lower for x in phrase)


def _has_officers(ctx, org: dict) -> bool:
    """A union's officers are named beside one of org's mentions outside quotes: a role of
    UNION_OFFICERS within a few words before or after it."""
    doc = ctx.doc
    for s, e in org["mentions"]:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None or ctx.in_quote(s):
            continue
        near = doc[max(0, span.start - OFFICER_WINDOW):min(len(doc), span.end + OFFICER_WINDOW)]
        if any(x.lower_ in UNION_OFFICERS for x in near):
            return True
    return False


def _bodies_read_as_people(ctx) -> list[dict]:
    """Entries of the people list the text writes as a body, never a person: a name of no
    known gender that a "which" clause describes ("Nexor Digital, which manages IT") or a
    noun for a business introduces ("operator Fenline Coaches")."""
    text = ctx.text
    found = []
    for person in ctx.doc._.people or ():
        if person.get("gender") is not None:
            continue
        if any(_THING_RELATIVE.match(text, e) or _TRADE_BEFORE.search(text[max(0, s - TRADE_NOUN_REACH):s])
               for s, e in person["mentions"] if not ctx.in_quote(s)):
            found.append(person)
    return found


def unknown_body(ctx, t: Token) -> Speaker | None:
    """The business or body "the company" (t: its noun) means when the organisation
    component placed none of that kind (see the module's docstring)."""
    doc = ctx.doc
    kind = BODY_NOUNS[t.lower_]
    body = body_start(ctx)
    known = [o for o in doc._.orgs or () if o["kind"] == kind and kind != UNKNOWN_KIND]
    if known:
        return None  # an organisation of the noun's kind exists: the kind lookup decides
    before: list[tuple[int, dict]] = []
    after: dict[str, dict] = {}
    headline: dict[str, dict] = {}
    people_as_bodies = _bodies_read_as_people(ctx) if kind == ORG_REFERENCES["company"] else []
    for org in [*(doc._.orgs or ()), *people_as_bodies]:
        if org.get("kind", UNKNOWN_KIND) != UNKNOWN_KIND:
            continue
        for s, _ in org["mentions"]:
            if ctx.in_quote(s):
                continue
            if s < body:
                headline[org["name"]] = org
            elif s < t.idx:
                before.append((s, org))
            else:
                after[org["name"]] = org
    if kind == "union":
        # a union the kind lookup missed shows itself by its officers ("regional organiser for
        # the Federation of ...", "The CTA's branch secretary"); a body of unknown kind
        # without them is left as the text's "the union"
        before = [(s, o) for s, o in before if _has_officers(ctx, o)]
        after = {name: o for name, o in after.items() if _has_officers(ctx, o)}
        headline = {}
    if before:
        org = max(before, key=lambda x: x[0])[1]
    elif len(after) == 1 or not after and len(headline) == 1:
        org = next(iter((after or headline).values()))
    else:
        return None
    found = ctx.full_form(Speaker(org["name"], org["name"], how="org"), t.idx)
    return found.but(speaker_org=found.speaker, how="nominal")


def _police_near(ctx, t: Token) -> bool:
    """The police are named in t's paragraph or the one before: "officers" may be theirs."""
    para = ctx.paragraph_of(t.idx)
    start = ctx.paragraphs[max(0, para - 1)][0] if para is not None else t.sent.start_char
    return any(x.lower_ == "police" for x in ctx.doc[:t.i] if x.idx >= start)


def _council_officers(ctx, t: Token, phrase: Span) -> Speaker | None:
    if t.lower_ not in OFFICER_NOUNS or t.tag_ != "NNS" or t.ent_type_:
        return None
    words = [x.lower_ for x in t.subtree if x.i < t.i]
    if any(w in NOT_COUNCIL_OFFICERS for w in words) or any(x.ent_type_ == "PERSON" for x in t.subtree) \
            or not all(x.is_lower or x.is_punct for x in phrase):
        return None
    council = resolve_org_reference(ctx.doc, "council", t.idx)
    if council is None or council.get("kind") != ORG_REFERENCES["council"] or _police_near(ctx, t):
        return None
    for c in (c for c in t.children if c.dep_ == "prep"):
        # "officers at the school", "officials from the trust": someone else's; "officers
        # of the council": the council's
        owners = [ctx.speaking_org(g) for g in c.children if g.dep_ == "pobj"]
        if not owners or any(o is None or o["name"] != council["name"] for o in owners):
            return None
    return Speaker(council["name"], council["name"], how="nominal")


def unnamed_body(ctx, t: Token, phrase: Span) -> Speaker | None:
    """The organisation a common-noun subject stands for (see the module's docstring)."""
    if _definite_body(t, phrase):
        return unknown_body(ctx, t)
    return _council_officers(ctx, t, phrase) or members_written_from(ctx, t) or earlier_members(ctx, t)


def business_named_before(ctx, t: Token, phrase: Span) -> Speaker | None:
    """"the company" (a business noun after "the") as the business its paragraph names
    right after a noun for what it does, nearest before t and outside quotes; under the
    organisation component's name for it when it lists one, else as written with its tail."""
    if not _definite_body(t, phrase) or BODY_NOUNS[t.lower_] != "company":
        return None
    para = ctx.paragraph_of(t.idx)
    if para is None:
        return None
    named = [m for m in _TRADE_NAMED.finditer(ctx.text, ctx.paragraphs[para][0], t.idx)
             if not ctx.in_quote(m.start(1)) and m.group(1).split()[0] not in NOT_NAME_WORDS]
    if not named:
        return None
    m = named[-1]
    span = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
    if span is None or any(x.ent_type_ == "PERSON" for x in span):
        return None
    hit = org_for_span(ctx.doc, m.start(1), m.end(1))
    name = hit["name"] if hit else longest_form(ctx.text, m.group(1))
    return Speaker(name, name, how="nominal")
