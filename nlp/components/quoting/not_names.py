"""Entries of the people list that are no one's name (issue 13, twenty-third round), for the
pronoun resolution of he/she (salience.py): `not_a_name`. A feast or a month ("Easter": an
entity-model slip), the first word of a longer organisation name ("Harrowdene" beside
"Harrowdene Valley Learning Trust"), a name of unknown gender written after "in/at/near"
("parents at Holt Lane"), a word opening a news-in-brief heading ("Award win — ...").
"""
from __future__ import annotations

import re

from nlp.components.doc_text import doc_text

# A place written after a preposition of place: "in Marrowby", "at Holt Lane".
_AT_PLACE = r"\b(?:in|at|near|across|around|outside)\s+"
# A news-in-brief item's heading: "Award win — ", "Roof repairs – ".
_HEADING_DASH = re.compile(r"[^\n—–]{1,30}\s[—–]\s")
# Feasts, months and days the entity model may tag as a person (not the months that are
# also first names or surnames: April, May, June, August).
CALENDAR_WORDS = frozenset({
    "easter", "christmas", "whitsun", "advent", "lent", "diwali", "eid", "ramadan", "hanukkah", "halloween",
    "january", "february", "march", "july", "september", "october", "november", "december",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})


def not_a_name(doc, person: dict) -> bool:
    """An entry of doc._.people that is no one's name: a feast, a month or a day
    ("Easter"); the first word of a longer organisation name in the article ("Harrowdene"
    of "Harrowdene Valley Learning Trust"); a name of unknown gender the text writes as a
    place somewhere ("in Marrowby town centre", "parents at Holt Lane"); a word opening a
    news-in-brief item's heading ("Award win — Caretaker ...")."""
    name = person["name"]
    words = name.split()
    if len(words) == 1 and words[0].lower() in CALENDAR_WORDS:
        return True
    if len(words) == 1 and any(o["name"].split()[:1] == words and len(o["name"].split()) > 1 for o in doc._.orgs or ()):
        return True
    if person.get("gender") is None and len(words) <= 2:
        text = doc_text(doc)
        if any(not text[m.end():m.end() + 2] in {"'s", "’s"} for m in re.finditer(_AT_PLACE + re.escape(name) + r"\b", text)):
            return True
        starts = [s for s, _ in person["mentions"]]
        if len(words) == 1 and starts and all((s == 0 or text[s - 1] == "\n") and _HEADING_DASH.match(text, s) for s in starts):
            return True
    return False
