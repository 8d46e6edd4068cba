""""I" in the answers of a Q&A written with "Q:" and "A:" markers: the interviewee.

"A: That's not acceptable. I've also said to the union, “Bring me every case.”" quotes the
interviewee's own words: "I" is the one who answers, the person the introduction before the
first question names (the one it says was asked, interviews.py, else the first person it
names). Others quoted in an answer ("my deputy said to me, “...”") keep their own speaker.

"They"/"it" answering a question about an organisation ("Q: What has Ellesmere Vale Council
said? A: They keep saying it's ‘a technical issue’") is that organisation: the one the
question names, when the answer names none before the pronoun.

`answerer(finder, t)` is called by the attribution (cues.py) for a cue's subject "I", and
`question_org(finder, t)` for "they"/"it".
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.quoting.context import Speaker

# A question or answer marker opening a turn: "Q:", "A:", "Question:", "Answer:".
TURN = re.compile(r"(?:^|(?<=[\s.?!]))(Q|A|Question|Answer)\s*:\s", re.M)
# The same markers where continuations.py reads a turn: an answer's before its quote ("A:
# “Not from classrooms.”"), a question's opening its line ("Q: Some staff say morale is
# low." is a question without its "?").
ANSWER_MARKER = re.compile(r"\s*(?:A|Answer)\s*:\s*$")
QUESTION_MARKER = re.compile(r"(?:Q|Question)\s*:\s")


def _turns(text: str) -> list[re.Match]:
    return list(TURN.finditer(text))


def first_question(finder) -> int | None:
    """The index of the first paragraph holding a "Q:" turn."""
    for k, (s, e) in enumerate(finder.paragraphs):
        if any(m.group(1).startswith("Q") for m in _turns(finder.text[s:e])):
            return k
    return None


def _answer_turn(finder, t: Token) -> tuple[int, int] | None:
    """(paragraph, offset of its "A:" turn) when `t` stands in an answer; None outside one."""
    p = finder.paragraph_of(t.idx)
    if p is None:
        return None
    ps, _ = finder.paragraphs[p]
    turns = _turns(finder.text[ps:t.idx])
    if not turns or not turns[-1].group(1).startswith("A"):
        return None
    return p, ps + turns[-1].start()


def answerer(finder, t: Token) -> Speaker | None:
    if t.lower_ != "i" or finder.in_quote(t.idx):
        return None
    inside = _answer_turn(finder, t)
    if inside is None:
        return None
    p, _ = inside
    first_q = first_question(finder)
    if first_q is None or first_q > p:
        return None
    found = finder._introduction_interviewee(first_q)
    return found.but(how="answer") if found is not None else None


def question_org(finder, t: Token) -> Speaker | None:
    """The organisation the question before an answer's "they"/"it" asks about (see the
    module's docstring); None outside an answer, or when the question names none or several."""
    if t.lower_ not in {"they", "it"} or finder.in_quote(t.idx):
        return None
    inside = _answer_turn(finder, t)
    if inside is None:
        return None
    p, answer_at = inside
    question_at = None
    for k in range(p, max(-1, p - 2), -1):  # the question: in the answer's paragraph or the one before
        ks, ke = finder.paragraphs[k]
        asked = [ks + m.start() for m in _turns(finder.text[ks:answer_at if k == p else ke]) if m.group(1).startswith("Q")]
        if asked:
            question_at = asked[-1]
            break
    if question_at is None:
        return None
    named = {o["name"] for o in finder.doc._.orgs or () for at, _ in o["mentions"]
             if question_at <= at < t.idx and not finder.in_quote(at)}
    answered = any(answer_at <= at < t.idx for o in finder.doc._.orgs or () for at, _ in o["mentions"])
    if len(named) != 1 or answered:
        return None
    name = next(iter(named))
    return Speaker(name, name, how="answer")
