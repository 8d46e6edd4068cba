"""Reports of someone else's report: "Your story quoted the trust's chief executive, Jo
Bell, as saying parents had been ‘...’", "Jo Bell was quoted saying parents were “...”".
The one quoted is the object of active "quoted" or the subject of passive "was quoted",
whatever clause the parser hung "(as) saying" on (it often joins "as saying" to the
verb of the reported clause rather than to "quoted")."""
from __future__ import annotations

from spacy.tokens import Token

# Verb forms that report another's words through "quoted ... (as) saying".
QUOTING_LEMMA = "quote"
REPORTED_FORMS = frozenset({"saying", "telling", "describing", "warning", "claiming"})
# Most tokens between "quoted" and "(as) saying": room for a role and a name in apposition.
QUOTED_AS_MAX_TOKENS = 14


def quoted_one(cue: Token) -> list[Token]:
    """Who "quoted X as saying" / "X was quoted (as) saying" reports, for the participle
    `cue`; [] when no "quoted" verb stands before it in its sentence."""
    if cue.lower_ not in REPORTED_FORMS:
        return []
    doc = cue.doc
    first = max(cue.sent.start, cue.i - QUOTED_AS_MAX_TOKENS)
    verb = next((t for t in reversed(doc[first:cue.i]) if t.lemma_ == QUOTING_LEMMA and t.tag_ in {"VBD", "VBN"}), None)
    if verb is None:
        return []
    between = doc[verb.i + 1:cue.i]
    if any(t.tag_.startswith("VB") for t in between):
        return []  # "quoted figures showing ... and saying": a clause of its own between
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"] or _name_before(verb)
    if passive:
        return passive if verb.i + 1 == cue.i or between.text.strip().lower() == "as" else []
    return [c for c in verb.children if c.dep_ == "dobj" and c.i < cue.i]


def _name_before(verb: Token) -> list[Token]:
    """"the headteacher, Mr Lawson, was quoted": a passive "quoted" whose subject the parser
    lost in an apposition: the name right before it, only commas and "was" between."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    k = verb.i - 1
    while k >= verb.sent.start and (verb.doc[k].is_punct or verb.doc[k].dep_ in {"auxpass", "aux", "neg"}):
        k -= 1
    name = verb.doc[k] if k >= verb.sent.start else None
    return [name] if name is not None and name.ent_type_ == "PERSON" else []
