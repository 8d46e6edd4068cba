"""Phrases around a speaker's name that point back to an organisation, for
`newswatch_speaker_orgs`:
- "Its managing director, Rachel Ting, added": "its" is the organisation the text named
  last before the sentence (within the two sentences before it);
- "Ruth Ingleby, who became the trust's chief executive in September,", "Felicity Gaunt, who
  chairs the federation's governing board,", "Lynne Carver, who has worked at the school for
  16 years,", "Trevor Oakes, who had led Greyfriars since 2017,": a clause after the name
  whose verb ties the person to a body, named or referred to ("the trust").
Not "whose son is at the school" (the son's school), nor work done at a place for someone
else ("who has cleaned the academy for nine years": the cleaner's employer may be a contractor).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from typing import Callable

from nlp.components.org_lookup import org_for_span

# Resolves a common noun ("the trust", "the partnership") to the organisation it means.
Refer = Callable[[Doc, str, int], "dict | None"]

# Verbs that tie the subject to the body after them (any tense).
_TIE_VERBS = {"chairs", "chaired", "chair", "leads", "led", "lead", "runs", "ran", "run", "heads", "headed", "founded",
              "co-founded", "joined", "became", "is", "was", "works", "worked", "work", "teaches", "taught",
              "manages", "managed", "set", "represents", "represented", "serves", "served"}
# Verbs that take a place, not an employer: the tie counts only for "at"/"for" after them.
_PLACE_VERBS = {"works", "worked", "work", "teaches", "taught", "serves", "served"}
_STOP = {".", ";", ":", "whose", "which", "and", "but", "when", "while", "after", "before", "because"}


def _sent_index(doc: Doc, char: int) -> int:
    for k, sent in enumerate(doc.sents):
        if sent.start_char <= char < sent.end_char:
            return k
    return -1


def its_org(doc: Doc, phrase: list[Token]) -> dict | None:
    """"Its chair, Thomas Evans-Achebe": the organisation named last in the text before the
    sentence, when that mention is in one of the two sentences before it."""
    if not phrase or phrase[0].lower_ != "its":
        return None
    sent_start = phrase[0].sent.start_char
    best, best_pos = None, -1
    for org in doc._.orgs or ():
        for s, _ in org["mentions"]:
            if best_pos < s < sent_start:
                best, best_pos = org, s
    if best is None:
        return None
    here = _sent_index(doc, phrase[0].idx)
    return best if here - _sent_index(doc, best_pos) <= 2 else None


def _body_at(doc: Doc, tokens: list[Token], before_char: int, refer: Refer) -> dict | None:
    """The body a few words name: an organisation's name, or "the trust" / "the trust's" /
    "the partnership" (`refer` resolves the noun)."""
    for k, t in enumerate(tokens):
        hit = org_for_span(doc, t.idx, t.idx + len(t)) if t.ent_type_ == "ORG" or t.is_title else None
        if hit:
            return hit
        if t.lower_ == "the" and k + 1 < len(tokens) and tokens[k + 1].is_lower:
            return refer(doc, tokens[k + 1].lower_, before_char)
    return None


def who_clause_org(doc: Doc, name: Span, refer: Refer) -> dict | None:
    """", who chairs the partnership's board," and the like, right after the name."""
    k = name.end
    if k + 1 >= len(doc) or doc[k].text != "," or doc[k + 1].lower_ != "who":
        return None
    clause: list[Token] = []
    for t in doc[k + 2:min(len(doc), k + 16)]:
        if t.lower_ in _STOP or t.text == "," or t.is_quote:
            break
        clause.append(t)
    verbs = [i for i, t in enumerate(clause) if t.lower_ in _TIE_VERBS]
    if not verbs:
        return None
    v = verbs[0]
    verb = clause[v].lower_
    rest = clause[v + 1:]
    if verb == "set":
        if not rest or rest[0].lower_ != "up":
            return None
        rest = rest[1:]
    if verb in {"is", "was"} and len(rest) > 2 and rest[0].lower_ == "the" and rest[2].text in {"'s", "’s"}:
        return _body_at(doc, rest[:2], name.start_char, refer)  # "who was the trust's IT manager"
    if verb in _PLACE_VERBS or verb in {"is", "was"}:
        # "who has worked at the school", "who works for Clearview", "who is a governor at Y"
        preps = [i for i, t in enumerate(rest) if t.lower_ in {"at", "for"}]
        if not preps:
            return None
        rest = rest[preps[0] + 1:]
    return _body_at(doc, rest[:6], name.start_char, refer)
