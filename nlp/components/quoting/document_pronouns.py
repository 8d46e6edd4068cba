""""It" that stands for a document just named: "X has issued a statement to staff. It reads, in
part: “...”", "Their report said: “...” ¶ It added that leaders had ‘...’". The document's
words are its issuer's (documents.py finds who issued it), not those of an organisation named
nearer.

`document_pronoun(finder, t)` is called for "it" as the subject of a verb by which a document's
words are quoted (Documents._pronoun, before "it" is read as an organisation). The document is
the subject or object of the main clause of the narrative sentence before (they.py
`sentence_before`), whose subject is
no organisation ("The council published its report. It said ..." is the council's either way,
and left to the organisation reading); with no such document, the one the main clause's verb
puts out "with" ("X replaced the post with a statement. ‘...,’ it read": X's).
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS
from nlp.components.quoting.context import _SUBJ_DEPS, Speaker
from nlp.components.quoting.they import sentence_before

# The verbs by which a document's own words are quoted when "it" is the document: lemmas.
DOCUMENT_SAYING = frozenset({"say", "read", "state", "add", "note", "conclude", "warn"})
# Prepositions by which a verb puts out a document as its means ("replaced it with a statement").
MEANS_PREPS = frozenset({"with"})
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
    found = finder._document_speaker(docs[0], prev.start_char, prev.end_char, t.head.i, 0) if len(docs) == 1 else None
    if found is not None and found.speaker:
        return found.but(how="document", margin=0.0)
    return _means_document(finder, prev, t) if len(docs) <= 1 else None


def _means_document(finder, prev, t: Token) -> Speaker | None:
    """"X deleted the post and replaced it with a short statement. ‘...,’ it read": the one
    document the main clause's verb (or a verb joined to it, sharing its subject) puts out
    by means of "with" is the subject's, unless it names an issuer of its own."""
    verbs = [prev.root, *prev.root.conjuncts]
    means = [(v, g) for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in MEANS_PREPS
             for g in p.children if g.dep_ == "pobj" and g.lower_ in DOCUMENT_NOUNS and not finder.in_quote(g.idx)]
    if len(means) != 1:
        return None
    verb, document = means[0]
    found = finder._document_speaker(document, prev.start_char, prev.end_char, t.head.i, 0)
    subjects = [c for c in prev.root.children if c.dep_ == "nsubj" and not finder.in_quote(c.idx)]
    if (found is None or not found.speaker) and len(subjects) == 1:
        found = finder._speaker_from(subjects[0], prev.start_char, prev.end_char, verb.i, 1)
    return found.but(how="document", margin=0.0) if found is not None and found.speaker else None

