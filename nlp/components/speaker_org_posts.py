"""A person moving to a new post, for `newswatch_speaker_orgs`: the body they are joining,
not the one the sentence says they are at now.

- "Y has named X as its new chief executive", "Y appointed X": X speaks for Y, the subject
  of the appointing verb (a body the article names, or "it" / "the trust" the sentence
  before names);
- "X, currently deputy head at Y, will take over at Z", "X, currently director of Y, will
  join Z": the post the apposition gives ("currently ...", "formerly ...") is the one the
  person leaves; the body is the one after the verb that moves them (Z), else, for "will take
  up the post", the body a sentence before appoints someone to ("Z has appointed a new head",
  "X has been named as the new head of Z"). Without a body to go to, the apposition stands
  ("X, currently head of W, will lead both schools").
- "Y named Z its chief executive, succeeding X, who retires in July": X held the post at Y, the
  body the sentence names before "succeeding" / "replacing" (or the one "its" means).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.components.lexicon import TITLES
from nlp.components.org_lookup import org_for_span
from nlp.components.speaker_org_clauses import its_org, subject_org
from nlp.components.speaker_org_nobody import SUBJECT_DEPS

# Verbs by which a body gives a person a post (lemmas): "Y has appointed X", "Y named X its CEO".
_APPOINTING = {"appoint", "name", "hire", "recruit", "elect", "select", "choose", "pick"}
# Adverbs that mark a post as the one held before the move ("X, currently head of Y, will join Z").
_PRESENT_POST = {"currently", "presently", "formerly", "previously"}
# Verbs (lemmas) by which a person goes to a post: "will join", "takes over at", "will succeed".
_MOVING = {"join", "take", "succeed", "replace", "become", "start", "move", "lead", "head"}
_OBJECTS = {"dobj", "nsubjpass"}
_VERB_TAGS = {"VERB", "AUX"}
_SENTENCES_BACK = 3  # how many sentences before "take up the post" are read for the appointing body


def left_post(doc: Doc, mentions, org_name: str) -> tuple[bool, dict | None]:
    """(left, body): whether `org_name` is the post a sentence naming the person says they
    are leaving ("X, currently head of W, will join Y": W), and the body they go to (Y)."""
    for start_char, end_char in mentions:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        verb = _moving_verb(doc, span) if span is not None else None
        if verb is None:
            continue
        lo, hi = span.end_char, verb.idx
        if any(o["name"] == org_name and any(lo < s < hi for s, _ in o["mentions"]) for o in doc._.orgs or ()):
            return new_post(doc, span)
    return False, None


def new_post(doc: Doc, name: Span) -> tuple[bool, dict | None]:
    """(moving, body): whether this mention's sentence moves the person to a new post (so
    that its apposition is the old one), and the body they go to, where the text says it."""
    appointer = _appointed_by(doc, name)
    if appointer is not None:
        return True, appointer
    verb = _moving_verb(doc, name)
    if verb is None:
        return False, None
    body = _first_org_after(doc, verb) or _earlier_appointer(doc, name.sent)
    return body is not None, body  # with no body to go to, the post is not left ("will lead both")


def _first_org_after(doc: Doc, verb: Token) -> dict | None:
    """The first body the verb's sentence names after it ("will take over at Y in April")."""
    end = verb.sent.end_char
    after = [(s, k) for k, o in enumerate(doc._.orgs or ()) for s, _ in o["mentions"] if verb.idx < s < end]
    return doc._.orgs[min(after)[1]] if after else None


def _moving_verb(doc: Doc, name: Span) -> Token | None:
    """The verb that moves the person to a new post, with a post they hold now between the
    name and it ("X, currently deputy head at W, will take over at Y")."""
    verb = name.root.head
    if name.root.dep_ not in SUBJECT_DEPS or verb.i <= name.end or not _moves(verb):
        return None
    return verb if any(t.lower_ in _PRESENT_POST for t in doc[name.end:verb.i]) else None


def _moves(verb: Token) -> bool:
    return verb.pos_ in _VERB_TAGS and verb.lemma_.lower() in _MOVING


def _appointed_by(doc: Doc, name: Span) -> dict | None:
    """"Y has named X as its new CEO": Y, the subject of the appointing verb X is the object of."""
    root = name.root
    verb = root.head
    if root.dep_ not in _OBJECTS or verb.lemma_.lower() not in _APPOINTING:
        return None
    if root.dep_ == "nsubjpass":  # "X has been appointed by Y"
        agents = [t for c in verb.children if c.dep_ == "agent" for t in c.children if t.dep_ == "pobj"]
        return org_for_span(doc, agents[0].idx, agents[0].idx + 1) if agents else None
    return subject_org(doc, name.sent) if any(c.dep_ in SUBJECT_DEPS for c in verb.children) else None


def _earlier_appointer(doc: Doc, sent: Span) -> dict | None:
    """The body a sentence shortly before appoints someone ("Z has appointed a new head")."""
    sents = list(doc.sents)
    here = next((k for k, s in enumerate(sents) if s.start == sent.start), 0)
    for k in range(here - 1, max(here - 1 - _SENTENCES_BACK, -1), -1):
        if sents[k].root.lemma_.lower() in _APPOINTING:
            # "Z has appointed a new head", "X has been named as the new head of Z"
            return subject_org(doc, sents[k]) or _first_org_after(doc, sents[k].root)
    return None


# "succeeding X", "replacing X": X held the post the sentence gives another at its body.
_SUCCEEDING = {"succeeding", "replacing", "succeeds", "replaces", "succeeded", "replaced"}


def succeeded_org(doc: Doc, name: Span) -> dict | None:
    """The body whose post the person held before the one the sentence appoints: the last
    organisation of a known kind named in the sentence before "succeeding X", else the one "its" means ("as
    its next chief executive, succeeding X")."""
    k = name.start - 1
    while k >= name.sent.start and doc[k].lower_.rstrip(".") in TITLES:
        k -= 1
    if k < name.sent.start or doc[k].lower_ not in _SUCCEEDING:
        return None
    sent, cue = name.sent, doc[k].idx
    best, best_pos = None, -1
    for org in doc._.orgs or ():
        for s, _ in org["mentions"] if org["kind"] != "other" else ():  # not a name taken for a body
            if max(sent.start_char, best_pos) < s < cue:
                best, best_pos = org, s
    if best is not None:
        return best
    its = [t for t in doc[sent.start:k] if t.lower_ == "its"]
    return its_org(doc, its[:1]) if its else None
