"""Words one person wrote and another read aloud, and "it said" after a document: "The town
clerk read out a letter from Ruth Ashbury, which said ... “...”" is Ruth Ashbury's quote, not
the clerk's; "A statement from Cllr X was read out by the officer. It said ... ‘...’" is X's.
Council and committee reports in British local papers do this often: a chair reads written
evidence, a clerk reads a head's letter, an officer reads a cabinet member's statement.

`read_out_author(finder, cue, start, end)` and `document_it(finder, t)` are called by the
attribution code (cues.py) and the speaker finder (speakers.py)."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS
from nlp.components.quoting.context import Speaker, body_index
from nlp.components.quoting.document_issuers import issuers, verb_from

# What is read out besides the documents of the lexicon ("written evidence", "his submission").
READ_OUT_NOUNS = DOCUMENT_NOUNS | frozenset({"evidence", "submission", "submissions", "tribute"})
_READ_DEPS = frozenset({"dobj", "nsubjpass"})


def read_out_author(finder, cue: Token, start: int, end: int) -> Speaker | None:
    """The writer of what the cue "read (out)" reports, when the document names its writer
    ("a letter from X", "X's statement"); None for any other cue or an unnamed writer."""
    if cue.lemma_ != "read":
        return None
    for d in cue.children:
        if d.dep_ in _READ_DEPS and d.lower_ in READ_OUT_NOUNS and finder._inside(d, start, end):
            found = finder._document_speaker(d, start, end, cue.i, 0)
            if found is not None and found.speaker:
                return found
    return None


def document_it(finder, t: Token) -> Speaker | None:
    """"It said ..." opening a sentence right after one (in its paragraph or closing the one before) whose
    subject is a document that names its issuer (a statement, a letter, a report): that
    issuer. (After a sentence about an organisation, "it" is that organisation: group_pronouns.py.)"""
    if t.lower_ != "it" or t.i == 0:
        return None
    sent = t.sent
    # "It" opens its sentence (after an adverb at most), or follows the quote that opens it
    # ("‘...,’ it said"): the sentence before is the one before the quote
    k = t.i - 1
    while k >= 0 and (finder.in_quote(finder.doc[k].idx) or finder.doc[k].is_punct):
        k -= 1
    if k >= sent.start and t.i - sent.start > 1 or sent.start == 0 or k < 0:
        return None
    prev = finder.doc[k].sent if k < sent.start else finder.doc[sent.start - 1].sent
    # (the sentence before may close the paragraph before: "Their report came out on Monday.
    # ¶ It says ...", but not the headline)
    here, there = finder.paragraph_of(t.idx), finder.paragraph_of(prev.start_char)
    if here is None or there is None or here - there > 1 or there < body_index(finder):
        return None
    # its subject, or (first, the latest first) a document it names the writer of ("The school
    # published a letter from its head, Jo Bell. ‘...,’ it said", "The post was replaced with a
    # message from Jo Bell. ‘...,’ it read": the letter, the message, Jo Bell's)
    docs = [x for x in prev if not finder.in_quote(x.idx) and x.lower_ in READ_OUT_NOUNS]
    written = [x for x in reversed(docs) if any(issuers(c) for c in [*x.children, *verb_from(x)])]
    for x in written + [x for x in docs if x.dep_ in {"nsubj", "nsubjpass"} and x.head.dep_ == "ROOT"]:
        found = finder._document_speaker(x, prev.start_char, prev.end_char, x.head.i, 0)
        if found is not None and found.speaker:
            return found.but(how="document")
    return None
