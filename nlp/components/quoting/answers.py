""""I" in the answers of a Q&A written with "Q:" and "A:" markers: the interviewee.

"A: That's not acceptable. I've also said to the union, “Bring me every case.”" quotes the
interviewee's own words: "I" is the one who answers, the person the introduction before the
first question names (the one it says was asked, interviews.py, else the first person it
names). Others quoted in an answer ("my deputy said to me, “...”") keep their own speaker.

"They"/"it" answering a question about an organisation ("Q: What has Ellesmere Vale Council
said? A: They keep saying it's ‘a technical issue’") is that organisation: the one the
question names, when the answer names none before the pronoun.

"You" in the interviewer's question ("Q: You've described the budget as ‘fragile’. Why?",
or the same question with no marker when an answer follows it) is the interviewee too: the
words quoted are theirs, quoted back to them.

`answerer(finder, t)` is called by the attribution (cues.py) for a cue's subject "I",
`addressee(finder, t)` for "you", and `question_org(finder, t)` for "they"/"it".
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.quoting.context import Speaker, body_index
from nlp.components.quoting.scan import ALL_MARKS
from nlp.components.quoting.sentences import sentence_start

# A question or answer marker opening a turn: "Q:", "A:", "Question:", "Answer:".
TURN = re.compile(r"(?:^|(?<=[\s.?!]))(Q|A|Question|Answer)\s*:\s", re.M)
# The same markers where continuations.py reads a turn: an answer's before its quote ("A:
# “Not from classrooms.”"), a question's opening its line ("Q: Some staff say morale is
# low." is a question without its "?").
ANSWER_MARKER = re.compile(r"\s*(?:A|Answer)\s*:\s*$")
QUESTION_MARKER = re.compile(r"(?:Q|Question)\s*:\s")
# How an answer opens its paragraph: an "A:" marker, or a quote mark when the answer is
# printed as a quote ("You've called it ‘fragile’. Why?" then “Because ...”).
ANSWER_OPENING = re.compile(r"\s*(?:[“\"‘']|(?:A|Answer)\s*:\s)")
# An answer's marker right before its quote, after the question in the same paragraph:
# "Q: Will fares rise? A: “Not this year.”".
ANSWER_AFTER_QUESTION = re.compile(r"(?<=[\s.?!])(?:A|Answer)\s*:\s*$")
# Longest interviewer's question between answers in a Q&A ("Why shorten the day?").
QUESTION_MAX_CHARS = 160
# Fewest questions answered by a quote (on the next line, or right after the question in its
# own paragraph) that make an interview with no "Q:" markers.
PRINTED_QA_MIN_PAIRS = 2
# Quote marks a question line may not hold, except before a question of its own sentence.
QUESTION_QUOTE_MARKS = "“”\"«»‘"


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


def addressee(finder, t: Token) -> Speaker | None:
    """The interviewee for "you" in an interviewer's question that an answer follows (see
    the module's docstring); None elsewhere ("You reported ..." in a letter to the paper)."""
    if t.lower_ != "you" or finder.in_quote(t.idx):
        return None
    p = finder.paragraph_of(t.idx)
    if p is None or p + 1 >= len(finder.paragraphs) or not finder._is_question(p):
        return None
    if ANSWER_OPENING.match(finder.text, finder.paragraphs[p + 1][0]) is None:
        return None
    first_q = first_question(finder)
    found = finder._introduction_interviewee(p if first_q is None else min(first_q, p))
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


def asked_before(finder, para: int, open_at: int) -> bool:
    """The quote whose mark opens at open_at answers a question printed right before it in its
    own paragraph ("Will fares rise? “Not this year.”"): the sentence before the mark ends
    with "?", is short and holds no quote mark of its own (the writer's question); or the
    paragraph opens with "Q:" and "A:" stands right before the mark."""
    ps, _ = finder.paragraphs[para]
    asked = finder.text[ps:open_at]
    marker = ANSWER_AFTER_QUESTION.search(asked)
    if marker is not None:  # "Q: ... A: “...”": a question with or without its "?"
        asked = asked[:marker.start()]
        if QUESTION_MARKER.match(asked.lstrip()) is not None:
            return True
    asked = asked.rstrip()
    if not asked.endswith("?"):
        return False
    question = finder.text[sentence_start(finder.text, ps, ps + len(asked) - 1):ps + len(asked)]
    return len(question) <= QUESTION_MAX_CHARS and not any(m in question for m in QUESTION_QUOTE_MARKS)


def first_inline_question(finder) -> int | None:
    """The first paragraph of an interview printed as questions each followed in its own
    paragraph by the quoted answer, no "Q:" markers: at least PRINTED_QA_MIN_PAIRS paragraphs
    holding such a pair (one is a rhetorical question: "Who pays? “We all do.”")."""
    body = body_index(finder)
    paras = set()
    for s, _ in finder.quoted:
        p = finder.paragraph_of(s)
        if p is not None and p >= body and s > 0 and finder.text[s - 1] in ALL_MARKS and asked_before(finder, p, s - 1):
            paras.add(p)
    return min(paras) if len(paras) >= PRINTED_QA_MIN_PAIRS else None
