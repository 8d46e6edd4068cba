"""Names in headlines, for `newswatch_orgs` (nlp/components/orgs.py).

A headline in capitals or in Title Case capitalises every word, so a run of capitals there
says nothing about names ("Plymouth Academy Trust Outsources Cleaning To Private Firm").
The same holds for the run-in heads of a round-up ("Primary Changes Trust: Harbour Learning
Trust has confirmed that ..."): the short Title Case head before a colon that opens each
item. An organisation found only there, which the body never names and the gazetteer does
not know, is a piece of the head, not a name: it is dropped, or cut to the start of it
that the body names. A headline's name that is a body's name less the forename it opens
with ("Pemberton Foundation" of "Harold Pemberton Foundation") is that body.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.doc_text import doc_text
from nlp.components.lexicon import FIRST_NAMES
from nlp.components.org_aliases import PLACE_LESS_KINDS
from nlp.components.org_fragments import BODY_HEADS
from nlp.components.org_kinds import infer_kind

# "Trust Backs Pool Plan: the ...": a head of two to eight words, opening a paragraph.
_RUN_IN_HEAD = re.compile(r"\n\n([A-Z][\w'’-]*(?: [\w'’-]+){1,7}):[ \n]")
# A round-up has several items: one head alone may be a name introducing a paragraph.
MIN_RUN_IN_HEADS = 2
# Last words of a head that is the name of the body its item describes, in a guide's list
# ("Harbour Learning Trust: nine primary schools, ...").
_LABEL_NAME_ENDS = BODY_HEADS | {"education", "learning"}
# An item that opens with a sum ("Harbour Learning Trust: £2.4m") is a figure of a list by
# body, as a count is.
_MONEY = {"£", "$", "€"}
# A guide to bodies: more than this share of its run-in heads end in a body's head word
# ("Harbour Learning Trust: Runs nine schools ..."); a round-up's heads are headlines,
# most ending in other words ("Choir Sings for Hospice: ..."). A simple majority, chosen
# by reasoning about the two kinds of list, not tuned on a set.
GUIDE_SHARE = 0.5
# "Runs nine schools", "The largest trust in ...", "Since 2019 it has ...": an item
# describing the body in its head opens with one capitalised word and goes on in lower case
# or with a number; a round-up's item about another body opens with that body's name
# ("Orrin Schools Trust has ...").
_DESCRIPTION_OPENING = re.compile(r"[A-Z][\w'’-]*,? [a-z\d]")


def headline_end(text: str) -> int:
    """Character end of the headline (the first block, when the text has a blank line after
    it and it is short), or -1."""
    end = text.find("\n\n")
    return end if 0 < end <= 200 else -1


def headline_style(headline: str, min_words: int = 4) -> bool:
    """True for a headline in capitals or in Title Case, where capitals say nothing about
    names ("Plymouth Academy Trust Outsources Cleaning To Private Firm")."""
    letters = [c for c in headline if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(headline.split()) > 2:
        return True
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", headline)[1:] if len(w) >= 4]
    return len(words) >= min_words and all(w[0].isupper() for w in words)


def drop_headline_only(doc: Doc, ents: list[Span], known: set[str]) -> list[Span]:
    """In a capitals or Title Case headline, or a round-up's run-in heads, an organisation
    the body never names and the gazetteer does not know is a piece of the head, not a
    name: it is dropped, or cut to the start of it that the body names."""
    text = doc_text(doc)
    end = headline_end(text)
    ents = forename_dropped(doc, ents, end)
    heads = [(0, end)] if end > 0 and headline_style(text[:end]) else []
    run_in = run_in_heads(text)
    # a round-up's headline repeats its heads ("Round-up: Trust Backs Pool Plan and more")
    heads += run_in + [(k, k + t - s) for s, t in run_in if end > 0 and (k := text.find(text[s:t], 0, end)) >= 0]
    if not heads:
        return ents

    def in_head(e: Span) -> bool:
        return any(s <= e.start_char and e.end_char <= t for s, t in heads)

    in_body = {}
    for e in ents:
        if e.label_ == "ORG" and not in_head(e) and e.start_char > end:
            in_body.setdefault(e.text.lower(), e.kb_id_ or e.text)
            in_body.setdefault((e.kb_id_ or e.text).lower(), e.kb_id_ or e.text)
    in_body = _place_less(in_body) | in_body
    hidden = sorted(set(heads) | ({(0, end)} if end > 0 else set()))
    cuts = [0] + [i for s, t in hidden for i in (s, t)] + [len(text)]
    body = " ".join(" ".join(text[cuts[i]:cuts[i + 1]] for i in range(0, len(cuts) - 1, 2)).lower().split())
    out = []
    for e in ents:
        name = (e.kb_id_ or e.text).lower()
        if e.label_ != "ORG" or not in_head(e) or name in in_body or name in known \
                or len(e) > 2 and re.search(r"\b" + re.escape(name) + r"\b", body):  # "the X multi-academy trust"
            out.append(e)
            continue
        # "Oakfield Academy Trust To Outsource Cleaners": keep the part the body names
        for k in range(e.end - 1, e.start, -1):
            part = doc[e.start:k].text
            hit = in_body.get(part.lower())
            if hit is None and k - e.start > 2 and doc[k - 1].lower_ in BODY_HEADS \
                    and re.search(r"\b" + re.escape(part.lower()) + r"\b", body):
                hit = part  # "Stonecross Multi-Academy Trust Hit By ..." and "the Stonecross multi-academy trust"
            if hit:
                out.append(Span(doc, e.start, k, label="ORG", kb_id=hit))
                break
    return out


def _place_less(in_body: dict[str, str]) -> dict[str, str]:
    """{name less its first word: name} for the body's names of three words or more whose kinds
    may drop the place in front ("Police Federation Backs ..." for the Wealdshire Police
    Federation), when one name only ends so; never a school's, a trust's or a company's."""
    tails: dict[str, set[str]] = {}
    for name in set(in_body.values()):
        words = name.split()
        if len(words) >= 3 and words[-1].lower() in BODY_HEADS and infer_kind(name) in PLACE_LESS_KINDS:
            tails.setdefault(" ".join(words[1:]).lower(), set()).add(name)
    return {tail: owners.pop() for tail, owners in tails.items() if len(owners) == 1}


def forename_dropped(doc: Doc, ents: list[Span], end: int) -> list[Span]:
    """A headline's "Pemberton Foundation" for the body's "Harold Pemberton Foundation": a
    name in the headline that the body never gives, which is one body name of the article
    less the forename it opens with (a body named after a person), is that body."""
    if end <= 0:
        return ents
    body_names = {e.kb_id_ or e.text for e in ents if e.label_ == "ORG" and e.start_char > end}
    tails: dict[str, set[str]] = {}
    for name in body_names:
        words = name.split()
        if len(words) >= 3 and words[0].lower() in FIRST_NAMES and words[-1].lower() in BODY_HEADS:
            tails.setdefault(" ".join(words[1:]).lower(), set()).add(name)
    lowered = {n.lower() for n in body_names}
    out = []
    for e in ents:
        owners = tails.get(e.text.lower(), set()) if e.label_ == "ORG" and e.end_char <= end else set()
        if len(owners) == 1 and e.kb_id_ in {"", e.text} and e.text.lower() not in lowered:
            e = Span(doc, e.start, e.end, label="ORG", kb_id=owners.pop())
        out.append(e)
    return out


def run_in_heads(text: str) -> list[tuple[int, int]]:
    """Character ranges of the Title Case run-in heads that open paragraphs, when the text
    has at least MIN_RUN_IN_HEADS of them; a head that names the body its item describes
    (`name_label`, or `guide_entry` in a guide whose heads are mostly bodies' names) is a
    name, not a head."""
    found = [m for m in _RUN_IN_HEAD.finditer(text) if headline_style(m.group(1), 2)]
    if len(found) < MIN_RUN_IN_HEADS:
        return []
    guide = sum(_name_shaped(m.group(1)) for m in found) > GUIDE_SHARE * len(found)
    return [(m.start(1), m.end(1)) for m in found
            if not (name_label(text, m.group(1), m.end()) or guide and guide_entry(text, m.group(1), m.end()))]


def _name_shaped(head: str) -> bool:
    words = head.split()
    return bool(words) and words[-1].lower() in _LABEL_NAME_ENDS


def guide_entry(text: str, head: str, after: int) -> bool:
    """"Harbour Learning Trust: Runs nine schools ..." in a guide (most of whose heads are
    bodies' names): a head ending in a body's head word, whose item opens with a sentence
    describing it (not with another body's name, and naming no other body of its sort), is
    the body's name."""
    if not _name_shaped(head) or _DESCRIPTION_OPENING.match(text, after) is None:
        return False
    stop = min(k for k in (text.find(". ", after), text.find("\n", after), len(text)) if k >= 0)
    return _name_ending_in(head.split()[-1]).search(text, after, stop) is None


def _name_ending_in(word: str) -> re.Pattern:
    """A capitalised name ending in `word` ("... Learning Trust"): in an item's first sentence,
    another body of the head's sort that the item is about ("Council Praises Trust:
    Councillors thanked Harnwick Academies Trust ...")."""
    return re.compile(r"\b[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* " + re.escape(word) + r"\b")


def name_label(text: str, head: str, after: int) -> bool:
    """"Harbour Learning Trust: nine primary schools, ..." in a guide: a head ending in the
    head word of a body's name, whose item goes on in lower case or with a number (a
    description of the body or a figure, not a sentence of its own), is the body's name. A round-up's
    "Primary Changes Trust: Veritas Schools has ..." opens a sentence naming another body."""
    rest = text[after:after + 1]
    return _name_shaped(head) and (rest.islower() or rest.isdigit() or rest in _MONEY)
