"""Who answers a Q&A interview, for the quote continuations (continuations.py): the person
its introduction says was asked ("Reporter Jo Bell asked her about her plans", "Jo Bell
interviewed Sam Price"), not the one who asked. ("X spoke to Y" is left alone: either can be
the reporter.)"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.quoting.context import Speaker, tokens_in
from nlp.components.quoting.persons import Persons
from nlp.components.quoting.sentences import sentence_start

# Verbs whose object is the one who answers: lemmas.
_ASKING_LEMMAS = frozenset({"ask", "interview", "question"})
# Object pronouns and the gender a person they stand for must not contradict.
_OBJECT_GENDER = {"him": "m", "her": "f"}


def _asked(verb: Token) -> Token | None:
    """The one asked: the object of "asked/interviewed/questioned"."""
    if verb.lemma_ in _ASKING_LEMMAS:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


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
            named = {k for k, person in enumerate(self.doc._.people or ())
                     if any(ps <= s < asked.idx for s, _ in person["mentions"])}
            candidates = [k for k in named - askers if self._gender(k) in (None, gender)]
            if len(candidates) > 1:  # a full name over one word the model may have misread ("across Ashcombe")
                candidates = [k for k in candidates if len(self.doc._.people[k]["name"].split()) > 1] or candidates
            return True, self.person_speaker(candidates.pop(), how="pronoun") if len(candidates) == 1 else None
        return False, None

    def _person_index(self, t: Token) -> int | None:
        """The doc._.people row whose mention covers t's subtree (a subject "Reporter Jo Bell")."""
        left, right = t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)
        for k, person in enumerate(self.doc._.people or ()):
            if any(left <= s < right for s, _ in person["mentions"]):
                return k
        return None
