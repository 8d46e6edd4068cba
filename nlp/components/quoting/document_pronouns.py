""""It" that stands for a document just named: "X has issued a statement to staff. It reads, in
part: “...”", "Their report said: “...” ¶ It added that leaders had ‘...’". The document's
words are its issuer's (documents.py finds who issued it), not those of an organisation named
nearer.

`document_pronoun(finder, t)` is called for "it" as the subject of a verb by which a document's
words are quoted (Documents._pronoun, before "it" is read as an organisation). The document is
the subject or object of the main clause of the narrative sentence before (they.py
`sentence_before`), whose subject is
no organisation ("The council published its report. It said ..." is the council's either way,
and left to the organisation reading).
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS
from nlp.components.quoting.context import _SUBJ_DEPS, Speaker
from nlp.components.quoting.they import sentence_before

# The verbs by which a document's own words are quoted when "it" is the document: lemmas.
DOCUMENT_SAYING = frozenset({"say", "read", "state", "add", "note", "conclude", "warn"})
# Dependencies of the document in the main clause of the sentence before.
_DOCUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def document_pronoun(finder, t: Token) -> Speaker | None:
    if t.lower_ != "it" or t.dep_ not in _SUBJ_DEPS or t.head.lemma_ not in DOCUMENT_SAYING:
        return None
    prev = sentence_before(finder, t)
    if prev is None:
        return None
    root = prev.root
    if any(c.dep_ in _SUBJ_DEPS and (c.ent_type_ == "ORG" or c.lower_ == "it") for c in root.children):
        return None
    docs = [c for c in root.children if c.dep_ in _DOCUMENT_DEPS and c.lower_ in DOCUMENT_NOUNS
            and not finder.in_quote(c.idx)]
    if len(docs) != 1:
        return None
    found = finder._document_speaker(docs[0], prev.start_char, prev.end_char, t.head.i, 0)
    return found.but(how="document", margin=0.0) if found is not None and found.speaker else None

