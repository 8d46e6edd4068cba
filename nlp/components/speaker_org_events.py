"""An event's officer, for `newswatch_speaker_orgs`: a judge of a competition or an officer
whose role is named after the event ("Head judge X", "Judging panel chair X", "Awards chair
X", "Show secretary X", "Festival judge X") speaks for the one event the article names ("the
Y Food Awards", "The Y Flower and Produce Show", "the Y Youth Theatre Festival"), read from
the text: the entity model seldom lists an event's name. A body the text says runs the event
("The show, organised by the Y Society,") is the one its officers speak for. Not when the
article names a court or tribunal (a judge there is the court's: speaker_org_roles.py), nor
with two events named.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.components.doc_text import doc_text
from nlp.components.speaker_org_names import is_seated_body

# The last word of an event's name (a competition, show or festival that has judges and officers).
_EVENT_HEADS = ("Awards", "Show", "Festival", "Competition", "Championships", "Contest", "Prize", "Prizes")
# Role words that make a person an event's officer: a judge, or a role named after the event.
_JUDGING = {"judge", "judges", "judging", "adjudicator"}
_EVENT_ROLE_WORDS = _JUDGING | {h.lower() for h in _EVENT_HEADS}
# An event's name: capitalised words ("and", "&", "of" between them) ending in an event's head
# word, on one line; at least one word before the head.
_EVENT_NAME = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*[ \t]+(?:(?:and|&|of)[ \t]+)?)+(?:"
                         + "|".join(_EVENT_HEADS) + r"))(?![\w'’-])")
_NOT_NAME_OPENERS = {"The", "A", "An", "At", "In", "This", "Last", "Next"}
# Verbs (lemmas) by which a body runs an event: "the show, organised by Y", "the awards are run by Y".
_RUNNING = {"organise", "organize", "run", "host", "stage"}
_BY = "by"
_ROLE_POS = {"NOUN", "PROPN", "ADJ"}
_ROLE_WORDS_BEFORE = 4  # words read before a mention for the role ("Show organiser X", "Festival judge X")


def _words_before(doc: Doc, mentions) -> list[str]:
    """The role words right before each mention of a person (nouns, adjectives, capitalised
    words: "Show organiser X", "Head judge X"; not "went to X"), lower case."""
    out = []
    for s, e in mentions:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is None:
            continue  # (offsets outside the text: no words before)
        k = span.start - 1
        while k >= max(0, span.start - _ROLE_WORDS_BEFORE) and (doc[k].pos_ in _ROLE_POS or doc[k].is_title):
            out.append(doc[k].lower_)
            k -= 1
    return out


def _runs_event(doc: Doc) -> dict | None:
    """The body the text says runs an event: the agent of "organised by" on an event's noun."""
    for org in doc._.orgs or ():
        for s, e in org["mentions"]:
            span = doc.char_span(s, e, alignment_mode="expand")
            by = span.root.head if span is not None else None
            if by is None or by.lower_ != _BY or by.head.lemma_.lower() not in _RUNNING:
                continue
            verb = by.head
            nouns = [verb.head] + [c for c in verb.children if c.dep_ == "nsubjpass"]
            if any(n.lower_ in _EVENT_ROLE_WORDS - _JUDGING for n in nouns):
                return org
    return None


def event_of(doc: Doc, role_words: list[str], mentions) -> str | None:
    """The event whose officer a role (the person's, or the words right before a mention of
    them) makes the person, where the article names one."""
    if not _EVENT_ROLE_WORDS & set(role_words + _words_before(doc, mentions)):
        return None
    if any(is_seated_body(o["name"]) for o in doc._.orgs or ()):
        return None  # "Judge X" at the court the article names
    runner = _runs_event(doc)
    if runner is not None:
        return runner["name"]
    names = set()
    for m in _EVENT_NAME.finditer(doc_text(doc)):
        words = m.group(1).split()
        while words and words[0] in _NOT_NAME_OPENERS:
            words = words[1:]
        if len(words) > 1:
            names.add(" ".join(words))
    # "Y Food Awards" inside "the Y Food Awards": one event, written in full and in short
    full = {n for n in names if not any(n != o and n in o for o in names)}
    return full.pop() if len(full) == 1 else None
