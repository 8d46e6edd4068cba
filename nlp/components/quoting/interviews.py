"""Who answers a Q&A interview, for the quote continuations (continuations.py): the person
its introduction says was asked ("Reporter Jo Bell asked her about her plans", "Jo Bell
interviewed Sam Price"), not the one who asked; the one "he"/"she" stands for in "She spoke
to Jo Bell about ..." (a pronoun speaking to a named person: the named one is the reporter);
else the one person an introduction names. ("X spoke to Y" between two names is left alone:
either can be the reporter.) An interview set out with "Q:" markers whose introduction says
none of this ("Jo Bell became head in May. Reporter Sam Price sat down with her.") is
answered by the first person the introduction names who is not introduced as a journalist."""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.quoting.context import Speaker, body_index, tokens_in
from nlp.components.quoting.persons import Persons
from nlp.components.quoting.sentences import sentence_start

# Verbs whose object is the one who answers: lemmas.
_ASKING_LEMMAS = frozenset({"ask", "interview", "question"})
# Object pronouns and the gender a person they stand for must not contradict.
_OBJECT_GENDER = {"him": "m", "her": "f"}
# Subject pronouns of "She spoke to Jo Bell": the gender the one who answers must not contradict.
_SUBJECT_GENDER = {"he": "m", "she": "f"}
# Verbs of "She spoke to / talked to Jo Bell": lemmas.
_SPOKE_TO_LEMMAS = frozenset({"speak", "talk"})
# Words introducing the one who asks an interview's questions ("Education reporter Sam Price").
_JOURNALIST_BEFORE = re.compile(r"\b(?:reporter|correspondent|editor|journalist|writer)\s+$", re.I)
# How far before a name the journalist's title is looked for (characters).
_JOURNALIST_LOOKBACK_CHARS = 30


def _asked(verb: Token) -> Token | None:
    """The one asked: the object of "asked/interviewed/questioned"."""
    if verb.lemma_ in _ASKING_LEMMAS:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


def _spoke_to(verb: Token) -> tuple[Token, Token] | None:
    """(he/she, the named one spoken to) of "She spoke to Jo Bell about ..."."""
    if verb.lemma_ not in _SPOKE_TO_LEMMAS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _SUBJECT_GENDER), None)
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
    heard = next((c for c in to.children if c.dep_ == "pobj" and c.ent_type_ == "PERSON"), None) if to is not None else None
    return (subject, heard) if subject is not None and heard is not None else None


class Interviews(Persons):
    def _interviewee(self, p: int) -> tuple[bool, Speaker | None]:
        """Whether an interview's introduction (the last sentence of paragraph p) says a
        person was asked, and who answers: a person named as the object, or him/her standing
        for the one person of agreeing gender named in that paragraph other than the asker
        (None when the pronoun could be more than one: never the asker)."""
        text = self.text
        ps, pe = self.paragraphs[p]
        start = sentence_start(text, ps, pe - 1)
        for verb in (t for t in tokens_in(self.doc, start, pe) if t.idx >= start and not self.in_quote(t.idx)):
            spoke = _spoke_to(verb)
            if spoke is not None:
                subject, heard = spoke
                # (the one "he" stands for may be named in the paragraph before)
                intro = self.paragraphs[body_index(self)][0]
                return True, self._named_before(intro, subject, _SUBJECT_GENDER[subject.lower_], {self._person_index(heard)})
            asked = _asked(verb)
            if asked is None or self.in_quote(asked.idx):
                continue
            # (the name itself, or in apposition: "asked the trust's chair, Jo Bell, about ...")
            for x in [asked, *(c for c in asked.children if c.dep_ == "appos")]:
                if x.ent_type_ == "PERSON" and self._person(x) is not None:
                    return True, self._person(x)
            gender = _OBJECT_GENDER.get(asked.lower_)
            if gender is None:
                continue
            askers = {self._person_index(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}
            return True, self._named_before(ps, asked, gender, askers)
        return False, None

    def _introduction_interviewee(self, first_q: int) -> Speaker | None:
        """The one who answers an interview whose first question is paragraph first_q: the one
        an introduction paragraph says was asked (nearest the questions first), else the
        first person the introduction names outside quotes who is not introduced as a
        journalist ("Education reporter Sam Price")."""
        body = body_index(self)
        for k in range(first_q - 1, body - 1, -1):
            asks, found = self._interviewee(k)
            if asks:
                return found
        if first_q <= body:
            return None
        start, end = self.paragraphs[body][0], self.paragraphs[first_q][0]
        named = []
        for k in range(len(self.doc._.people or ())):
            at = [s for s, _ in self._mentions(k) if start <= s < end and not self.in_quote(s)]
            if at and not _JOURNALIST_BEFORE.search(self.text[max(start, min(at) - _JOURNALIST_LOOKBACK_CHARS):min(at)]):
                named.append((min(at), k))
        return self.person_speaker(min(named)[1], how="answer") if named else None

    def _named_before(self, ps: int, pronoun: Token, gender: str, others: set[int | None]) -> Speaker | None:
        """The one person of agreeing gender named from ps up to the pronoun, other than
        `others` (None when more than one could be meant)."""
        named = {k for k, person in enumerate(self.doc._.people or ())
                 if any(ps <= s < pronoun.idx for s, _ in person["mentions"])}
        candidates = [k for k in named - others if self._gender(k) in (None, gender)]
        if len(candidates) > 1:  # a full name over one word the model may have misread ("across Ashcombe")
            candidates = [k for k in candidates if len(self.doc._.people[k]["name"].split()) > 1] or candidates
        return self.person_speaker(candidates.pop(), how="pronoun") if len(candidates) == 1 else None

    def _introduced(self, p: int) -> Speaker | None:
        """The one person an interview's introduction (paragraph p) names outside quotes, when
        it names exactly one ("Jo Bell has been a steward for ten years. We met her ...")."""
        ps, pe = self.paragraphs[p]
        named = [k for k, person in enumerate(self.doc._.people or ())
                 if any(ps <= s < pe and not self.in_quote(s) for s, _ in person["mentions"])]
        return self.person_speaker(named[0], how="answer") if len(named) == 1 else None

    def _person_index(self, t: Token) -> int | None:
        """The doc._.people row whose mention covers t's subtree (a subject "Reporter Jo Bell")."""
        left, right = t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)
        for k, person in enumerate(self.doc._.people or ()):
            if any(left <= s < right for s, _ in person["mentions"]):
                return k
        return None
