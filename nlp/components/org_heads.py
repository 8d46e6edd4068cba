"""A body described in the next sentences by its head word or in front of its name, for
`newswatch_orgs` (nlp/components/org_evidence.py):

- `head_said_trust`: "X Schools Foundation has announced ... The foundation, an academy
  trust that runs three schools, said ...": a sentence opening with "the <last word of the
  name>" speaks of the latest body so named, and says it is a trust;
- `trust_said_before`: "The other big trust in the district, X Education, said ...": a
  description ending in "trust" before the name, set off by commas, opens the sentence.

Local papers name a body once in full and then call it by the noun its name ends in; both
read what the text says of that noun, never a list of names.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.components.doc_text import word_positions

# After "The <head>": ", an academy trust that ...", ", a multi-academy trust," or " is a
# (small) multi-academy trust" (the words "academy trust" must be there: a federation of
# maintained schools also "runs" schools).
_SAID_TRUST = re.compile(r"^(, (a|an|the) |(is|was|became|has become) (a|an|the|now a|now an) )"
                         r"([\w'’-]+ ){0,3}(multi - academy|multi-academy|multi academy|single - academy|"
                         r"single-academy|academy) trust\b")
# Before ", Name,": "The other big trust in the district", "Another local academy trust".
_TRUST_BEFORE_NAME = re.compile(r"^(the|a|an|another) ([\w'’-]+ ){0,3}(multi - academy |multi-academy |academy )?"
                                r"trust( (in|of|for|from|across|serving|based in)( [\w'’-]+){1,3})?$")
_QUOTES = {'"', "“", "‘", "'"}


def _latest_with_head(doc: Doc, before: int, head: str) -> str | None:
    """The canonical name of the latest organisation named before token `before` whose name
    ends in `head`."""
    named = [e.kb_id_ or e.text for e in doc.ents
             if e.label_ == "ORG" and e.start < before and (e.kb_id_ or e.text).lower().split()[-1:] == [head]]
    return named[-1] if named else None


def head_said_trust(doc: Doc, start: int, end: int) -> bool:
    """A later sentence opening "The <head>, an academy trust ..." speaks of the body at
    doc[start:end] (the latest body whose name ends in that head) and calls it a trust."""
    head = doc[end - 1].lower_
    if not doc[end - 1].is_title or head == "trust":
        return False
    if all(doc[i].is_title for i in word_positions(doc).get(head, ())):
        return False  # the head word never in lower case: no "the <head>" to read
    name = next((e.kb_id_ or e.text for e in doc.ents if e.start == start and e.end == end), doc[start:end].text)
    for sent in doc[end:].sents if end < len(doc) else ():
        toks = [t for t in sent if not t.is_space and t.text not in _QUOTES]
        if len(toks) < 4 or toks[0].lower_ != "the" or toks[1].lower_ != head or toks[1].is_title:
            continue
        if _latest_with_head(doc, toks[0].i, head) != name:
            continue
        tail = " ".join(t.lower_ for t in toks[2:14])
        if _SAID_TRUST.match(tail):
            return True
    return False


def trust_said_before(doc: Doc, start: int, end: int) -> bool:
    """"The other big trust in the district, X Education, said": the sentence opens with a
    lower-case description ending in "trust" (and where), then the name between commas."""
    if start < 2 or doc[start - 1].text != "," or end >= len(doc) or doc[end].text != ",":
        return False
    sent = doc[start].sent
    words = [t.lower_ for t in doc[sent.start:start - 1] if not t.is_space and t.text not in _QUOTES]
    if not words or not all(t.is_lower or t.i == sent.start or t.is_space or t.text in _QUOTES
                            for t in doc[sent.start:start - 1]):
        return False
    return _TRUST_BEFORE_NAME.match(" ".join(words)) is not None
