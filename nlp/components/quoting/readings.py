"""A message quoted by what it read: "a text message from X reading: “...”", "X sent a
colleague an email reading: “...”", "the message read: “...”" (issue 13, twenty-eighth round).

The words are the message's, so they are its sender's, not those of whoever showed or
reported it ("Y said one cook had shown him a message from X reading: “...”" is X's). The
parser often reads "reading" as a noun ("a text message reading"), so the intro is read from
the words: the last word before the quote is "reading" and a document noun comes at most
`READING_NOUN_MAX_WORDS` words before it. Its sender is the organisation or person after its
"from", or the subject of the verb of sending whose object the document is.
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS
from nlp.components.quoting.context import Speaker
from nlp.components.quoting.document_issuers import SENT_LEMMAS
from nlp.components.quoting.misparses import compound_head

# The participle that hands a document's own words to the quote: "a message reading: ...".
READING_WORDS = frozenset({"reading"})
# The same verb after the document as its subject: "the message read: ...".
READ_WORDS = frozenset({"read", "reads"})
# Most words between the document noun and "reading": "a message from Brightdish Catering Ltd reading".
READING_NOUN_MAX_WORDS = 6
# Nouns of a message sent to someone, besides the document nouns of lexicon.py.
MESSAGE_NOUNS = DOCUMENT_NOUNS | {"text", "texts", "message", "messages", "card"}
# Words of a noun phrase before its noun: "the", "latest", "text", "two".
NOUN_PHRASE_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_SENDER_ENTS = frozenset({"ORG", "PERSON"})


def _sending_verb(noun: Token) -> Token | None:
    """The verb of sending whose object the noun is, through the compounds the parser makes of
    "a text message reading" ("sent a colleague a text message reading")."""
    x = compound_head(noun)
    if x.dep_ == "dobj" and x.head.lemma_ in SENT_LEMMAS:
        return x.head
    return None


def _after_preposition(words: list[Token]) -> bool:
    """The last word's noun phrase is the object of a preposition ("to the post")."""
    k = len(words) - 2
    while k >= 0 and words[k].pos_ in NOUN_PHRASE_POS:
        k -= 1
    return k >= 0 and words[k].pos_ == "ADP"


def message_reading(finder, tokens: list[Token], start: int, end: int) -> Speaker | None:
    """The sender of the message whose "reading" introduces the quote (see the module)."""
    words = [t for t in tokens if t.is_alpha]
    if len(words) < 2:
        return None
    reading = words[-1]
    if reading.lower_ in READ_WORDS and words[-2].lower_ in MESSAGE_NOUNS and not _after_preposition(words[:-1]):
        # (not "One reply to the post read:": the reply reads)
        # "the message read:", parsed as a noun too: the sender of the message the text named
        found = finder._speaker_from(words[-2], start, end, cue_i=reading.i)
        return found.but(cue=reading.text, how="document") if found and found.speaker else None
    if reading.lower_ not in READING_WORDS:
        return None
    before = words[-1 - READING_NOUN_MAX_WORDS:-1]
    noun = next((t for t in reversed(before) if t.lower_ in MESSAGE_NOUNS), None)
    if noun is None:
        return None
    between = [t for t in before if t.i > noun.i]
    if between and between[0].lower_ == "from":
        sender = next((t for t in between if t.ent_type_ in _SENDER_ENTS), None)
        if sender is None:
            return None
        # (the entity's last word: "Brightdish Catering" is the name, not "Brightdish")
        last = max((t for t in between if t.ent_type_ == sender.ent_type_ and t.ent_iob_ != "O"), key=lambda t: t.i)
        found = finder._speaker_from(last, start, end, cue_i=reading.i)
        return found.but(cue=reading.text, how="document") if found and found.speaker else None
    verb = _sending_verb(noun)
    if verb is None or between:
        return None
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and not finder.in_quote(c.idx)):
        found = finder._speaker_from(subj, start, end, cue_i=verb.i)
        if found and found.speaker:
            return found.but(cue=reading.text, how="document")
    return None
