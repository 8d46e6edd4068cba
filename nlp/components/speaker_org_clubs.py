"""The sports club a club's officer or player speaks for, for `newswatch_speaker_orgs`.

"Club chairman X", "First-team manager X", "Goalkeeper X", "Club captain X" speak for the
club the article names, written as the text writes it ("Y Town FC", "Y Cycling Club"): the
entity model often misses such names, so they are read from the text, outside quote marks.
No club when the article writes none or several, nor for a bare "manager" or "chairman"
(a firm's or a body's), nor for a "player" (a child in a youth side speaks for no club).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.components.doc_text import doc_text
from nlp.components.speaker_org_mentions import in_quotes

# The last words of a club's name: "Y Town FC", "Y Rovers AFC", "Y Cycling Club".
CLUB_ENDS = r"(?:A?FC|RFC|(?:Football|Cricket|Rugby|Cycling|Rowing|Swimming|Tennis|Golf|Bowls|Athletic|Boxing|Running" \
            r"|Hockey|Netball|Harriers) Club)"
# Roles that are a club's by themselves ("striker", "first-team manager", "under-12s coach").
# (not "coach" alone: a coach firm's driver)
CLUB_POSTS = frozenset({"striker", "midfielder", "goalkeeper", "defender", "winger", "skipper", "first-team",
                        "youth-team"})
# Roles that are a club's when the role says "club" ("club chairman", "club secretary").
CLUB_OFFICERS = frozenset({"chairman", "chair", "chairwoman", "secretary", "treasurer", "president", "captain",
                           "manager", "founder", "coach", "welfare", "officer"})

_NAME = re.compile(rf"\b((?:[A-Z][\w’'-]*\s+){{1,4}}{CLUB_ENDS})\b")
_OPENERS = {"The", "A", "At", "In", "For", "Club", "Manager", "Chairman"}  # a sentence's first word, not the name's


def written_clubs(doc: Doc) -> set[str]:
    """The clubs the text names outside quotes, as written."""
    out = set()
    for m in _NAME.finditer(doc_text(doc)):
        words = m.group(1).split()
        while words and words[0] in _OPENERS:
            words = words[1:]
        if len(words) > 1 and not in_quotes(doc, m.start(1)):
            out.add(" ".join(words))
    return out


def is_club_role(words: list[str]) -> bool:
    roles = set(words)
    return bool(roles & CLUB_POSTS or "club" in roles and roles & CLUB_OFFICERS)


def club_of(doc: Doc, role_words: list[str]) -> str | None:
    """The one club the article writes, for a person whose role is a club's."""
    if not is_club_role(role_words):
        return None
    clubs = written_clubs(doc)
    return next(iter(clubs)) if len(clubs) == 1 else None
