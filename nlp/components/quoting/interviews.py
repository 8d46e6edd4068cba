"""Who answers a Q&A interview, for the quote continuations (continuations.py): the person
its introduction says was asked ("Reporter Jo Bell asked her about her plans", "Jo Bell
interviewed Sam Price"), not the one who asked; or the one who says they spoke to the paper
("He spoke to us about staffing", "She told us about ..."). ("X spoke to Y" with Y a name is
left alone: either can be the reporter.)"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.quoting.context import Speaker, tokens_in
from nlp.components.quoting.persons import Persons
from nlp.components.quoting.sentences import sentence_start

# Verbs whose object is the one who answers: lemmas.
_ASKING_LEMMAS = frozenset({"ask", "interview", "question"})
# Object pronouns and the gender a person they stand for must not contradict.
_OBJECT_GENDER = {"him": "m", "her": "f"}
# Verbs whose subject answers when the paper is the one spoken to ("spoke to us"): lemmas.
_TALKING_LEMMAS = frozenset({"speak", "talk", "tell"})
# The paper as the one spoken to.
_THE_PAPER = frozenset({"us", "me"})
# Subject pronouns and the gender they give.
_SUBJECT_GENDER = {"he": "m", "she": "f"}


def _asked(verb: Token) -> Token | None:
    """The one asked: the object of "asked/interviewed/questioned"."""
    if verb.lemma_ in _ASKING_LEMMAS:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


def _told_us(verb: Token) -> Token | None:
    """The one who answers "He spoke to us about ...", "She told us about ...": the subject
    of speak/talk/tell when "us"/"me" (the paper) is its object or follows its "to"."""
    if verb.lemma_ not in _TALKING_LEMMAS:
        return None
    heard = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ == "dative"] \
        + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
    if not any(x.lower_ in _THE_PAPER for x in heard):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


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
            asked = _asked(verb)
            teller = _told_us(verb) if asked is None else None
            if teller is not None and not self.in_quote(teller.idx):
                return True, self._one_named(teller, ps, set())
            if asked is None or self.in_quote(asked.idx):
                continue
            # (the name itself, or in apposition: "asked the trust's chair, Jo Bell, about ...")
            for x in [asked, *(c for c in asked.children if c.dep_ == "appos")]:
                if x.ent_type_ == "PERSON" and self._person(x) is not None:
                    return True, self._person(x)
            if _OBJECT_GENDER.get(asked.lower_) is None:
                continue
            askers = {self._person_index(c) for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}}
            return True, self._one_named(asked, ps, askers)
        return False, None

    def _one_named(self, x: Token, ps: int, askers: set) -> Speaker | None:
        """The person x is: x's name, or for him/her/he/she the one person of agreeing gender
        named in the paragraph (from ps) before x other than the askers (None if not one)."""
        if x.ent_type_ == "PERSON":
            return self._person(x)
        gender = _OBJECT_GENDER.get(x.lower_) or _SUBJECT_GENDER.get(x.lower_)
        if gender is None:
            return None
        named = {k for k, person in enumerate(self.doc._.people or ())
                 if any(ps <= s < x.idx for s, _ in person["mentions"])}
        candidates = [k for k in named - askers if self._gender(k) in (None, gender)]
        if len(candidates) > 1:  # a full name over one word the model may have misread ("across Ashcombe")
            candidates = [k for k in candidates if len(self.doc._.people[k]["name"].split()) > 1] or candidates
        return self.person_speaker(candidates.pop(), how="pronoun") if len(candidates) == 1 else None

    def _person_index(self, t: Token) -> int | None:
        """The doc._.people row whose mention covers t's subtree (a subject "Reporter Jo Bell")."""
        left, right = t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)
        for k, person in enumerate(self.doc._.people or ()):
            if any(left <= s < right for s, _ in person["mentions"]):
                return k
        return None
