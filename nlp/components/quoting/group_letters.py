"""An unnamed group that speaks through a document someone named issued: "In a letter
written on the board's behalf by its chair, Jo Bell, the governors say ... ‘...’";
"Heads at 38 schools have written to parents warning of ‘...’. The letter, coordinated by
the X Forum, says ...". The group ("the governors", "heads") is who the words are about;
the one who issued the letter, as the article names them, is who wrote them.

`group_issuer(finder, subject, cue, found)` is called by the attribution (cues.py) with the
speaker found for a cue's subject.
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.quoting.context import Speaker, people_noun
from nlp.components.quoting.document_issuers import carrying_documents
from nlp.components.quoting.documents import LETTER_NOUNS, WRITING_LEMMAS

# The preposition of the document a cue's words are in ("In a letter ..., the governors say").
IN_DOCUMENT_PREPS = frozenset({"in"})
# Clauses of a verb of writing that report what was written ("have written to parents warning").
WRITTEN_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "conj"})
# Plural common nouns: a group of people, not one.
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})  # (capitalised at a sentence's start: "Headteachers at ...")


def _unnamed_group(t: Token, found: Speaker | None) -> bool:
    # (not "inspectors", whose inspectorate the speaker finder already gave)
    return found is not None and found.person is None and found.speaker_org is None \
        and t.tag_ in PLURAL_NOUN_TAGS and not t.ent_type_ \
        and people_noun(t)


def _documents(finder, cue: Token) -> list[Token]:
    """The documents a cue's words are in: its "in <document>"; for a verb of writing (or a
    clause of one), a letter the next sentence names."""
    found = carrying_documents(cue, IN_DOCUMENT_PREPS)
    writing = cue if cue.lemma_ in WRITING_LEMMAS else cue.head if cue.dep_ in WRITTEN_CLAUSE_DEPS else None
    if writing is not None and writing.lemma_ in WRITING_LEMMAS and writing.sent.end < len(cue.doc):
        following = cue.doc[writing.sent.end].sent
        found += [x for x in following if x.lower_ in LETTER_NOUNS and not finder.in_quote(x.idx)]
    return found


def group_issuer(finder, t: Token, cue: Token, found: Speaker | None) -> Speaker | None:
    """The issuer of the document an unnamed group (subject t of cue) speaks through, when
    the article names one; `found` otherwise."""
    if not _unnamed_group(t, found):
        return found
    for d in _documents(finder, cue):
        issuer = finder._speaker_from(d, d.sent.start_char, d.sent.end_char, cue.i, depth=1)
        if issuer is not None and issuer.speaker and (issuer.person is not None or issuer.speaker_org):
            return issuer.but(how="document")
    return found
