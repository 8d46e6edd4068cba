"""The campaign group a campaign's officer speaks for, for `newswatch_speaker_orgs`.

A campaign's organiser, founder, chair or campaigner ("Campaign organiser X", "the group's
chair, X", "X, who set up the Y campaign,") speaks for the campaign group the article names,
written as the text writes it: a name that opens with a campaign's imperative ("Save Y
School", "Keep Y Local", "Hands Off Y"), or one written with a campaign's noun ("the
campaign group Y", "the Y campaign"). The entity model often misses such names (or reads
"Keep Y Local" as a person), so they are read from the text, outside quote marks.
A group's officer named by a possessive ("Its founder, X", "One of its founders, X", "The
group's spokeswoman, X") speaks for the one group the sentence before names, by a campaign's
name or a name in quote marks beside a group's noun ("a support group called 'Y'", "parents
calling themselves 'Y'"; not "a Facebook group called 'Y'") (`owners_group`).
A club's officer or player speaks for the club the text writes (speaker_org_clubs.py).
No group when the article names none, when it names several and none in the person's
sentence, for a petition's or a march's organiser, nor for a union's organiser.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.components.doc_text import doc_text
from nlp.components.lexicon import POSSESSIVE_S
from nlp.components.speaker_org_mentions import in_quotes
from nlp.components.speaker_org_clubs import club_of

# Imperatives that open campaigns' names ("Save Y School", "Keep Y Local", "Hands Off Y").
CAMPAIGN_VERBS = ("Save", "Keep", "Stop", "Protect", "Defend", "Fight", "Scrap", "Rescue", "Reclaim", "Hands Off")
# A person's role words that make them a campaign's officer, alone ("campaigner", "founder")
# or with a campaign's noun ("group chair", "campaign spokeswoman").
CAMPAIGN_OFFICERS = frozenset({"campaigner", "organiser", "organizer", "co-organiser", "founder", "co-founder",
                               "coordinator", "co-ordinator", "convenor", "convener"})
CAMPAIGN_ROLE_NOUNS = frozenset({"campaign", "group"})
GROUP_OFFICERS = frozenset({"chair", "chairman", "chairwoman", "secretary", "spokeswoman", "spokesman",
                            "spokesperson", "leader"}) | CAMPAIGN_OFFICERS
# Role words of an organiser who is not a campaign's: a petition's, a march's, a union's.
NOT_CAMPAIGN_ROLES = frozenset({"petition", "protest", "march", "event", "regional", "branch", "district", "area",
                                "national", "union", "county"})
# Verbs in a clause after a name that tie the person to the campaign it names ("who set up
# the Y campaign", "who founded Y", "a spokeswoman for Y").
TIE_WORDS = r"(?:set up|founded|co-founded|started|launched|formed|leads|led|runs|chairs|speaks for|for|of|from)"
# How far after a name the tie and the campaign's name may run (characters).
TIE_CHARS = 90

_WORD = r"[A-Z][\w’'-]*"
_JOINER = r"(?:of|the|for|and|our|&)"
_NAME = rf"{_WORD}(?:\s+(?:{_JOINER}\s+)?{_WORD})*"
_MARKS = "‘’'\"“”"
_MARK = rf"[{_MARKS}]?"
# Nouns after a campaign's words that make them the name of a thing, not of a group ("the
# Save Y page on Facebook", "the Save Y petition").
THING_NOUNS = frozenset({"page", "petition", "website", "account", "hashtag", "banner", "placard", "poster",
                         "leaflet", "slogan", "video", "fund", "fundraiser", "appeal", "event", "day", "march"})
_IMPERATIVE = re.compile(rf"({_MARK})\b((?:{'|'.join(CAMPAIGN_VERBS)})\s+(?:{_JOINER}\s+)?{_NAME}){_MARK}"
                         rf"(\s+(?:campaign|group)\b)?\s*([a-z]*)")
_NOUN_THEN = re.compile(rf"\b(?:campaign group|action group|pressure group|campaign|[\w-]+-led group)\s*,?\s+{_MARK}({_NAME}){_MARK}")
_THEN_NOUN = re.compile(rf"\bthe\s+{_MARK}({_NAME}){_MARK}\s+(?:campaign|action group|pressure group)\b")


def named_campaigns(doc: Doc) -> list[tuple[int, str]]:
    """(start char, name) of each campaign group the text names outside quotes."""
    text = doc_text(doc)
    # (a name in quote marks only with its noun: "the 'Save Y' group", not a chant "Save Our Schools!")
    found = [(m.start(2), m.group(2)) for m in _IMPERATIVE.finditer(text)
             if (not m.group(1) or m.group(3)) and m.group(4) not in THING_NOUNS]
    found += [(m.start(1), m.group(1)) for rx in (_NOUN_THEN, _THEN_NOUN) for m in rx.finditer(text)]
    found = [(s, name.rstrip(_MARKS)) for s, name in found]  # (not the closing mark: "the 'Save Y' group")
    return sorted((s, name) for s, name in found if len(name.split()) > 1 and not in_quotes(doc, s))


def is_campaign_officer(words: list[str]) -> bool:
    """"campaign organiser", "group chair", "founder", "campaigner"; not a petition's
    organiser ("petition organiser") nor a union's ("regional organiser")."""
    roles = set(words)
    if roles & NOT_CAMPAIGN_ROLES:
        return False
    return bool(roles & CAMPAIGN_OFFICERS or roles & CAMPAIGN_ROLE_NOUNS and roles & GROUP_OFFICERS)


def _tied(text: str, end: int, name: str) -> bool:
    """"X, who set up the Y campaign,", "X, a spokeswoman for Y": a clause right after the
    person's name that ties them to the campaign."""
    clause = re.split(r"[.;:“”\"]", text[end:end + TIE_CHARS])[0]
    return bool(re.search(rf"\b{TIE_WORDS}\b[^,]*?{re.escape(name)}", clause))


def campaign_of(doc: Doc, mentions, role_words: list[str]) -> str | None:
    """The campaign group a person with these mentions and role words speaks for, if any."""
    campaigns = named_campaigns(doc)
    names = {name for _, name in campaigns}
    if not names or role_words and set(role_words) & NOT_CAMPAIGN_ROLES:
        return None
    text = doc_text(doc)
    for start, end in mentions:
        tied = [name for name in names if _tied(text, end, name)]
        if len(tied) == 1:
            return tied[0]
    if not is_campaign_officer(role_words):
        return None
    if len(names) == 1:
        return next(iter(names))
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        here = {name for s, name in campaigns if span.sent.start_char <= s < span.sent.end_char}
        if len(here) == 1:
            return next(iter(here))
    return None


# The possessive that makes a group's officer ("Its founder, X", "One of its founders, X",
# "The group's spokeswoman, X"): the group the sentence before names.
_ITS = "its"
_OWNER_NOUNS = frozenset({"group", "campaign"})
# A group's name the text writes in quote marks, with a group's noun in its sentence ("a support
# group called 'Y'", "parents calling themselves 'Y'", "a campaign group, 'Y'").
_QUOTED_NAME = re.compile(rf"[‘“\"']({_NAME})[’”\"']")
_GROUP_NOUN = re.compile(r"\b(?:group|campaign|themselves|called)\b", re.IGNORECASE)
# A proper noun before "group" names where the group meets ("a Facebook group called 'Y'"), not a
# body (the gold splits on such groups' founders: one set gives the group, one none).
_GROUP, _PROPER = "group", "PROPN"


def owners_group(doc: Doc, mentions) -> str | None:
    """The group whose officer a possessive role makes the person ("Its founder, X", "One of
    its founders, X", "The group's spokeswoman, X"): the one group the sentence before names,
    by a campaign's name or by a name in quote marks beside a group's noun."""
    for start, end in mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or span.sent.start == 0:
            continue
        before = doc[span.sent.start:span.start]
        lemmas = {t.lemma_.lower() for t in before}
        owned = any(t.lower_ == _ITS or t.lower_ in _OWNER_NOUNS and t.i + 1 < span.start
                    and doc[t.i + 1].text in POSSESSIVE_S for t in before)
        if not owned or not lemmas & GROUP_OFFICERS:
            continue
        prev = doc[span.sent.start - 1].sent
        text = prev.text
        names = {name for s, name in named_campaigns(doc) if prev.start_char <= s < prev.end_char}
        on_platform = any(t.lower_ == _GROUP and t.i > prev.start and doc[t.i - 1].pos_ == _PROPER for t in prev)
        if _GROUP_NOUN.search(text) and not on_platform:
            names |= {m.group(1) for m in _QUOTED_NAME.finditer(text) if len(m.group(1).split()) > 1}
        if len(names) == 1:
            return names.pop()
    return None


def group_of(doc: Doc, mentions, role_words: list[str]) -> str | None:
    """The campaign group, else the club, a person speaks for (see the module's docstring)."""
    return campaign_of(doc, mentions, role_words) or club_of(doc, role_words) or owners_group(doc, mentions)
