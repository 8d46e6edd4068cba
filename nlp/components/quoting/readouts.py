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
from nlp.components.quoting.scan import ALL_MARKS

# What is read out besides the documents of the lexicon ("written evidence", "his submission").
READ_OUT_NOUNS = DOCUMENT_NOUNS | frozenset({"evidence", "submission", "submissions", "tribute"})
_READ_DEPS = frozenset({"dobj", "nsubjpass"})
SENTENCE_ENDS = frozenset(".!?")


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
    issuer. (After a sentence about an organisation, "it" is that organisation: salience.py.)"""
    if t.lower_ != "it" or t.i == 0:
        return None
    sent = t.sent
    first = _first_narrative(finder, t)
    if first is not None and t.head.lemma_ == "read":
        # "“...,” it read.": a document's verb, so "it" is the document the narrative sentence
        # before names, as any part of it ("replaced with a message from the head")
        return _read_document(finder, first)
    if t.i - sent.start > 1 or sent.start == 0:  # "It" opens its sentence (after an adverb at most)
        return None
    prev = finder.doc[sent.start - 1].sent
    # (the sentence before may close the paragraph before: "Their report came out on Monday.
    # ¶ It says ...", but not the headline)
    here, there = finder.paragraph_of(t.idx), finder.paragraph_of(prev.start_char)
    if here is None or there is None or here - there > 1 or there < body_index(finder):
        return None
    for x in prev:
        if x.dep_ not in {"nsubj", "nsubjpass"} or x.head.dep_ != "ROOT" or finder.in_quote(x.idx):
            continue
        if x.lower_ in READ_OUT_NOUNS:
            found = finder._document_speaker(x, prev.start_char, prev.end_char, x.head.i, 0)
            if found is not None and found.speaker:
                return found.but(how="document")
    return None


def _first_narrative(finder, t: Token) -> int | None:
    """The index of the first token of the quote t's sentence opens with ("“...,” it read"):
    only that quote (its marks, a comma) stands before t since the sentence or paragraph
    before; else None."""
    doc = finder.doc
    k = t.i
    while k > 0 and (finder.in_quote(doc[k - 1].idx) or doc[k - 1].text in ALL_MARKS or doc[k - 1].text == ","):
        k -= 1
    if k == t.i:
        return None
    opens = k == 0 or doc[k - 1].text in SENTENCE_ENDS or finder.paragraph_of(doc[k - 1].idx) != finder.paragraph_of(t.idx)
    return k if opens else None


def _read_document(finder, first: int) -> Speaker | None:
    """The issuer of the latest document the narrative sentence before token `first` names
    outside quotes ("a second message from the head", "the trust's post"), if it names one."""
    if first == 0:
        return None
    prev = finder.doc[first - 1].sent
    here, there = finder.paragraph_of(finder.doc[first].idx), finder.paragraph_of(prev.start_char)
    if here is None or there is None or here - there > 1 or there < body_index(finder):
        return None
    for x in reversed(prev):
        if x.lower_ in READ_OUT_NOUNS and x.pos_ == "NOUN" and not finder.in_quote(x.idx):
            found = finder._document_speaker(x, prev.start_char, prev.end_char, x.head.i, 0)
            return found.but(how="document") if found is not None and found.speaker else None
    return None
