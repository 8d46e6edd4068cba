"""The chair of a school's governing body named by a bare role, for `newswatch_speaker_orgs`:
"Chair X said", "the outgoing chair, X", "vice-chair X", "Governors' chair, X" with no body
written in the role, in an article about a school's governors ("governors", "the governing
body" in the lede, the person's paragraph or the one before; not only in another item of a
round-up or its headline), speaks for the school (the one of that kind named last before the
person, else the only one). A chair whose role names a body ("chair of the Y Society", "PTA chair X"), a relative
or possessive role ("whose chair, X", "Its chair, X": the body before it) or an article with no
governors is left to the other rules. In the gold of the readable UK sets, bare chairs in
articles about governors: 24 the school, 4 a group the text ties them to, 1 none.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from nlp.components.doc_text import doc_text
from nlp.components.lexicon import TITLES
from nlp.components.speaker_org_mentions import phrase_after, phrase_before
from nlp.components.speaker_org_roles import body_of_kind

CHAIR_WORDS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "vice-chair", "co-chair"})
# Words that may stand with a bare chair's role: its rank ("vice", "co", "outgoing", "former"),
# the governors themselves ("Governors' chair") and an article.
_CHAIR_MODIFIERS = frozenset({"vice", "co", "deputy", "outgoing", "former", "new", "acting", "interim",
                              "governor", "governors", "governors'", "governors’", "the", "a"})
# Parts of speech that add nothing to a bare role ("the", "-", "’", "But vice-chair X"): an
# adjective is read by its word (`_CHAIR_MODIFIERS`), so "Trust chair" or "Forum chair" names a body.
_FILLER_POS = frozenset({"DET", "PUNCT", "CCONJ"})
_PREPOSITION = "ADP"
_OWNER_TAGS = frozenset({"WP$", "PRP$"})  # "whose chair", "its chair"
_SCHOOL = "school"
_PARAGRAPH_BREAK = "\n\n"
_LEDE = 1  # the analysed text's blocks: the headline (a round-up's lists every item), then the lede
_GOVERNORS = re.compile(r"\bgovern(?:ors?|ing (?:body|board))\b", re.IGNORECASE)


def _bare_chair(words: list[str]) -> bool:
    """Lower-case role words that are a chair's and name no body: "outgoing chair", "vice-chair"."""
    return bool(words) and bool(set(words) & CHAIR_WORDS) and set(words) <= CHAIR_WORDS | _CHAIR_MODIFIERS


def _phrase_words(phrase: list[Token]) -> list[str] | None:
    """A role phrase's words from the preposition that opens the role ("signed by the outgoing
    chair", "on behalf of the board, chair X"), without its fillers; None for a relative or
    possessive role ("whose chair", "its chair"), which the body before it owns."""
    chairs = [k for k, t in enumerate(phrase) if t.lower_ in CHAIR_WORDS]
    opens = [k for k, t in enumerate(phrase[:chairs[0]]) if t.pos_ == _PREPOSITION] if chairs else []
    role = phrase[opens[-1] + 1:] if opens else phrase
    if any(t.tag_ in _OWNER_TAGS for t in role):
        return None
    return [t.lower_ for t in role if not (t.pos_ in _FILLER_POS or t.is_punct) or t.lower_ in _CHAIR_MODIFIERS]


def _about_governors(text: str, at: int) -> bool:
    """The governors are written in the paragraph at character `at`, the one before or the
    lede (not only in another item of a news round-up, nor only in its headline)."""
    blocks = text.split(_PARAGRAPH_BREAK)
    here = text.count(_PARAGRAPH_BREAK, 0, at)
    near = {k for k in (here - 1, here, _LEDE) if 0 <= k < len(blocks)}
    return any(_GOVERNORS.search(blocks[k]) for k in near)


def governors_chair(doc: Doc, mentions, role_words: list[str]) -> str | None:
    """The name of the school whose governors a person chairs, by a bare chair's role (see the module)."""
    if not mentions or not _about_governors(doc_text(doc), mentions[0][0]):
        return None
    role = [w for w in role_words if w.rstrip(".") not in TITLES]
    roles = [role] if role else []
    for start_char, end_char in mentions:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            continue
        for phrase in (phrase_before(doc, span.start), phrase_after(doc, span.end)):
            words = _phrase_words(phrase)
            if words is None:
                return None
            if words:
                roles.append(words)
    if not roles or not all(_bare_chair(words) or not set(words) & CHAIR_WORDS for words in roles) \
            or not any(_bare_chair(words) for words in roles):
        return None
    school = body_of_kind(doc, _SCHOOL, mentions[0][0])
    return school["name"] if school else None
