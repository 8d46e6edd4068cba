"""A term quoted again: "Plans to replace door-to-door transport with “drop-off hubs” were
approved ... Cllr X asked how a child would wait at a “drop-off hub” in the rain." A short
noun phrase in quote marks that the story has already quoted as no one's words (scare quotes,
a scheme's name, a term: dropped as not speech, or quoted with no one to say it) is the same
term when it comes back, even inside someone's reported question or speech: not their words.
The UK sets agree: of the short quoted phrases quoted twice in one story, the 22 whose first
use is a not_quote are not_quotes the second time too (and the 5 whose first use is a quote
are quotes again, which this never touches: it reads only phrases dropped before).

`TermEchoes` keeps the terms dropped so far in a document (quotes are attributed in text
order); `note(doc, q, quoted)` records one, `again(doc, q, quoted, before)` asks about a
later quote.

Words one speaker was quoted saying, quoted again in another's sentence ("the trust promised
“high-quality, affordable uniform” ... Parents say the “affordable” uniform costs more", "he
says savings will come from “back-office efficiencies” ... one head said “back-office
efficiencies” was “code for cuts”"), are the first speaker's words mentioned, not the second's:
`drop_echoes`. Counted in the gold of every readable UK set (round quotes-47): of the short
partial quotes repeating words of an earlier quote in the story, 14 are not_quotes and 4 are
quotes, and those 4 are the same speaker's again, which this keeps; it drops only a phrase
doing a noun's job (a subject, an object, a noun's modifier), not one the new speaker says of
something ("agreed the delays were “unacceptable”")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.components.doc_text import doc_text
from nlp.components.lexicon import LABEL_CUES
from nlp.components.quoting.context import Quote, heads_inside, tokens_in, words_inside
from nlp.components.quoting.doers import FINITE_TAGS

# Longest quoted noun phrase read as a term (words).
TERM_ECHO_MAX_WORDS = 3
# How many words before a later quote are looked at for a labelling verb ("called it a
# ‘drop-off hub’" gives the words to the one who calls it that).
LABEL_WINDOW_WORDS = 6
_WORD = re.compile(r"[\w'’-]+")
# Longest quoted phrase read as an echo of an earlier quote (words).
ECHO_MAX_WORDS = 4
# How an echo stands in its sentence: filling a noun's slot or modifying a noun.
NOMINAL_ROLE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "amod", "compound", "poss", "appos"})
# (a quoted phrase with a finite verb, doers.FINITE_TAGS, is no noun phrase: "‘cuts bite’"; a
# participle modifying the noun is: "‘learning cluster’", "‘managed move’")


def contains_run(words: list[str], part: list[str]) -> bool:
    """The words `part` come, in this order and together, inside `words`: the match by which
    a quote's words are "quoted again" (here, and echoes.py for a lead's quote said later)."""
    n = len(part)
    return any(words[i:i + n] == part for i in range(len(words) - n + 1))


def _term_key(doc: Doc, q: Quote, quoted: str) -> tuple[str, ...] | None:
    """The lemmas of a short quoted noun phrase in lower case ("pick-up points" ->
    ("pick", "-", "up", "point")), or None when the quote is no such phrase."""
    if len(q.segments) != 1 or not quoted[:1].islower() or len(quoted.split()) > TERM_ECHO_MAX_WORDS:
        return None
    inner = [t for t in tokens_in(doc, q.start, q.end) if q.start <= t.idx < q.end and not t.is_space]
    words = [t for t in inner if t.is_alpha]
    if not words or words[-1].pos_ not in {"NOUN", "PROPN"} or any(t.tag_ in FINITE_TAGS or t.pos_ == "AUX" for t in words):
        return None
    return tuple(t.lemma_.lower() for t in inner if not t.is_punct or t.text == "-")


class TermEchoes:
    def __init__(self) -> None:
        self.terms: set[tuple[str, ...]] = set()

    def note(self, doc: Doc, q: Quote, quoted: str) -> None:
        """The quote q (a partial quote outside the headline) was dropped as no one's words."""
        key = _term_key(doc, q, quoted)
        if key is not None:
            self.terms.add(key)

    def again(self, doc: Doc, q: Quote, quoted: str, before: str) -> bool:
        """q quotes again a term dropped earlier in the story, and no labelling verb right
        before it makes the words someone's ("called it a ‘...’")."""
        if not self.terms:
            return False
        key = _term_key(doc, q, quoted)
        if key is None or key not in self.terms:
            return False
        return not any(w in LABEL_CUES for w in _WORD.findall(before.lower())[-LABEL_WINDOW_WORDS:])


def drop_echoes(doc: Doc, quotes: list[Quote], body_start: int) -> list[Quote]:
    """`quotes` (in text order) without the partial quotes that repeat, in a noun's role,
    words of an earlier quote of the body by another speaker."""
    out: list[Quote] = []
    for q in quotes:
        if not _echoes_another(doc, q, [e for e in out if e.start >= body_start]):
            out.append(q)
    return out


def _echoes_another(doc: Doc, q: Quote, earlier: list[Quote]) -> bool:
    if q.kind != "partial" or len(q.segments) != 1:
        return False
    text = doc_text(doc)  # (doc.text joins every token's text again at each reading)
    words = _WORD.findall(text[q.start:q.end].lower())
    if not words or len(words) > ECHO_MAX_WORDS:
        return False
    inner = words_inside(doc, q)
    tops = heads_inside(q, inner)
    if len(tops) != 1 or tops[0].dep_ not in NOMINAL_ROLE_DEPS:
        return False
    for e in earlier:
        said = _WORD.findall(" ".join(text[s.start:s.end] for s in e.segments).lower())
        if e.speaker != q.speaker and contains_run(said, words):
            return True
    return False
