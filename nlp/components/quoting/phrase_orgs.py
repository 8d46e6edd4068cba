"""The organisation a speaker's phrase names: "A spokesman for the Academies Enterprise
Trust", "A DfE spokesperson" (its initials), "a spokeswoman for the partnership" and "the
trust" (the last word of an organisation named before), "the union", "A branch spokesperson"
(the body whose branch the article named), "A company spokesperson" (a business the
organisation component placed under no kind, or read as a person: bodies.py).

`PhraseOrgs` is a base of `SpeakerFinder` (speakers.py).
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.components.lexicon import ORG_REFERENCES
from nlp.components.org_initials import all_initials, initials
from nlp.components.orgs import org_for_span, resolve_org_reference
from nlp.components.quoting.bodies import BODY_NOUNS, unknown_body
from nlp.components.quoting.context import BRANCH_NOUNS, Speaker


class PhraseOrgs:
    def _org_in(self, tokens) -> str | None:
        for x in tokens:
            if x.ent_type_ == "ORG":
                hit = org_for_span(self.doc, x.idx, x.idx + len(x))
                if hit:
                    return hit["name"]
        for x in tokens:
            if x.lower_ in ORG_REFERENCES:
                ref = resolve_org_reference(self.doc, x.text, x.idx)
                if ref:
                    return ref["name"]
                # "A company spokesperson" when no business of that kind was placed
                body = unknown_body(self, x) if x.lower_ in BODY_NOUNS and x.dep_ == "compound" else None
                if body is not None:
                    return body.speaker
        for x in tokens:
            named = self._org_by_initials(x.text)
            if named:
                return named
        for x in tokens:
            hit = self._org_named_by_head(x)  # "a spokesman for the partnership"
            if hit:
                return hit["name"]
        for x in tokens:
            if x.lower_ in BRANCH_NOUNS:  # "A branch spokesperson said" after "the Elm branch of Unison"
                earlier = next((m for m in reversed(self.doc[:x.i]) if m.lower_ == x.lower_ and not self.in_quote(m.idx)), None)
                body = self.branch_org(earlier) if earlier is not None else None
                if body is not None and body.speaker:
                    return body.speaker
        return None

    def _org_by_initials(self, word: str) -> str | None:
        """"A DfE spokesperson" after "the Department for Education": a word of three or
        more letters with two or more capitals that spells, case aside, the initials of the
        one organisation the article names with them (small words counted: "for" -> "f")."""
        if len(word) < 3 or sum(ch.isupper() for ch in word) < 2 or not word.isalpha():
            return None
        hits = {o["name"] for o in self.doc._.orgs or ()
                if word.lower() in {initials(o["name"]).lower(), all_initials(o["name"])}}
        return next(iter(hits)) if len(hits) == 1 else None

    def _org_by_head(self, t: Token, phrase: Span) -> Speaker | None:
        """A definite description "the trust" / "the agency" whose noun is the last word of an
        organisation named earlier ("Avonmead Hospitals NHS Trust", "Education and Skills
        Funding Agency"): the latest such organisation before it."""
        if len(phrase) != 1:
            return None
        best = self._org_named_by_head(t)
        return Speaker(best["name"], best["name"], how="nominal") if best is not None else None

    def _org_named_by_head(self, t: Token) -> dict | None:
        """The organisation "the <t>" means by the last word of its name (`_org_by_head`),
        also inside a spokesperson's phrase ("a spokeswoman for the partnership")."""
        if t.tag_ not in {"NN", "NNS"} or not any(c.lower_ == "the" for c in t.children):
            return None
        best, best_pos = None, -1
        for org in self.doc._.orgs or ():
            last = org["name"].split()[-1:] or [""]
            if last[0].lower() != t.lower_:
                continue
            pos = max((s for s, _ in org["mentions"] if s < t.idx), default=-1)
            if pos > best_pos:
                best, best_pos = org, pos
        return best
