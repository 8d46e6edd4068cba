"""A body the text names where a speaker's role ties them to it, when the entity recogniser
did not list it, for `newswatch_speaker_orgs` (speaker-orgs round 7).

Small local bodies are often missed by the entity model ("Rendleton Chamber of Trade" read as
a person and a phrase, "Brindle Cross Allotment Society" as nothing), so a role that names
its body in full would give no organisation: "X, secretary of the Kelmscott Bowls Club,",
"X, who chairs the Friends of Ashby Library,", "X, who owns Hollin Lane Bakery,". The
capitalised name the role phrase writes is the speaker's body when it reads as a body's
name: its head noun (the word before its first "of", else its last word) is one that
names a body or a firm ("Society", "Chamber" of "Chamber of Trade", "Friends" of "Friends of
Y", "Recruitment"). After a verb of owning, any name of two words or more is the business
owned ("who owns The Copper Pan").
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from nlp.components.doc_text import doc_text
from nlp.components.lexicon import ORG_REFERENCES
from nlp.components.org_patterns import _ORG_HEADS
from nlp.components.quoting.org_full_names import head_word
from nlp.components.speaker_org_names import FIRM_NAME_ENDS, words_before

# Small words inside a body's name, between capitalised words ("Friends of Y", "Bowls and
# Tennis Club", "Traders' Association").
NAME_JOINERS = {"of", "and", "&", "for", "'s", "’s", "the", "'", "’"}
# Head nouns of a body's name beyond the organisation and firm heads: "Chamber of Trade",
# "Friends of Y", "Guild of Y", "Y Institute".
_MORE_HEADS = {"chamber", "friends", "guild", "institute", "co-operative", "cooperative", "festival", "larder"}
UNLISTED_HEADS = frozenset(_ORG_HEADS | FIRM_NAME_ENDS | _MORE_HEADS)
# Verbs whose object is the business a person owns ("who owns The Copper Pan").
OWNING_VERBS = {"owns", "owned", "co-owns"}
# The tag of a plural's apostrophe inside a name ("Traders' Association"): no quotation mark.
POSSESSIVE_TAG = "POS"
# Fewest words of a name after a verb of owning (one capitalised word may be a place).
OWNED_NAME_MIN_WORDS = 2
# Words that open a sentence or phrase and are no part of a body's name.
_NOT_NAME_OPENERS = {"the", "a", "an", "its", "their", "his", "her"}


def name_run(tokens: list[Token], k: int) -> list[Token]:
    """The capitalised words of a name from tokens[k]: "Hands Off Lydcombe", "Friends of Y"."""
    run = [tokens[k]]
    for j in range(k + 1, len(tokens)):
        t = tokens[j]
        if t.is_title or t.is_upper:
            run.append(t)
        elif t.lower_ in NAME_JOINERS and j + 1 < len(tokens) and (tokens[j + 1].is_title or tokens[j + 1].is_upper
                                                                     or tokens[j + 1].lower_ in NAME_JOINERS):
            run.append(t)
        else:
            break
    while run and run[-1].lower_ in NAME_JOINERS - {"'s", "’s"}:
        run.pop()
    return run


def _first_body(run: list[Token]) -> list[Token]:
    """The run up to an "and" that starts a second body: before "the" ("Y Chamber of Commerce
    and the Z Guild") or after a whole body's name ("Y Society and Z Club"); not inside one
    ("Y Bowls and Tennis Club")."""
    for k, t in enumerate(run):
        if t.lower_ in {"and", "&"} and 0 < k < len(run) - 1:
            before = [x.lower_ for x in run[:k]]
            if run[k + 1].lower_ == "the" or head_word(" ".join(before)) in UNLISTED_HEADS:
                return run[:k]
    return run


def unlisted_body(doc: Doc, run: list[Token], owned: bool = False) -> dict | None:
    """These words as an organisation the list lacks, when they read as a body's name (or,
    after a verb of owning, any name of OWNED_NAME_MIN_WORDS words or more); None otherwise."""
    while run and run[0].lower_ in _NOT_NAME_OPENERS and not owned:
        run = run[1:]
    run = _first_body(run)
    words = [t.lower_ for t in run]
    if len(run) < OWNED_NAME_MIN_WORDS or not all(t.text[:1].isupper() or t.lower_ in NAME_JOINERS for t in run):
        return None
    if not owned and head_word(" ".join(words)) not in UNLISTED_HEADS:
        return None
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    return {"name": doc_text(doc)[start:end], "kind": "other", "mentions": [(start, end)], "unlisted": True}


def leading_body(doc: Doc, phrase: list[Token]) -> dict | None:
    """The body whose name the capitalised words before a role give ("Hollinbury Chamber of
    Trade chair", "Festival chair"), when they end in a body's head noun and role words
    follow: the one fuller name the text writes that ends with them, else the words
    themselves when they are a name of two words or more."""
    k = 0
    while k < len(phrase) and phrase[k].lower_ in _NOT_NAME_OPENERS:
        k += 1
    if k >= len(phrase) or not phrase[k].text[:1].isupper():
        return None
    run = _first_body(name_run(phrase, k))
    if not run or k + len(run) >= len(phrase) or head_word(" ".join(t.lower_ for t in run)) not in UNLISTED_HEADS:
        return None
    if len(run) == 1 and run[0].lower_ in ORG_REFERENCES:
        return None  # "School crossing patrol officer", "Council leader": a sort of body, read by kind
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    text = doc_text(doc)
    written = text[start:end]
    fuller = set()
    for m in re.finditer(re.escape(written) + r"(?![\w'’])", text):
        words = words_before(doc, m.start())  # "The Tillingford Riverside Festival": the name
        if words:
            fuller.add(" ".join(words + [written]))
    if len(fuller) == 1:
        name = fuller.pop()
        at = text.find(name)
        return {"name": name, "kind": "other", "mentions": [(at, at + len(name))], "unlisted": True}
    return unlisted_body(doc, run) if not fuller else None
