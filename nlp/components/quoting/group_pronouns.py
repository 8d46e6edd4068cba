"""Who it/they/we is: the latest organisation or group speaking (the passage's current speaker
first), a body narrated just before, a singular "they" for one person (they.py), people named
together or a plural noun speaking, or a union's branch as the union. `GroupPronouns` extends
`Persons` (persons.py); `Salience` (salience.py, he/she) extends it and calls `_group_pronoun`
for it/they/we; `SpeakerFinder` (speakers.py) calls `branch_org`."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS
from nlp.components.orgs import org_for_span
from nlp.components.quoting.acting_firms import members_org, org_after
from nlp.components.quoting.context import _SUBJ_DEPS, BRANCH_NOUNS, Speaker, org_reference
from nlp.components.quoting.persons import SALIENCE_WINDOW_SENTENCES, UNNAMED_LOOKBACK_TOKENS, Persons, looks_like_name
from nlp.components.quoting.they import appositive_person, declared_they, singular_they, spokesperson_pronoun
from nlp.components.quoting.words import POSSESSIVE_PRONOUNS, PRONOUN_AGREEMENT, is_cue

# Cues that go on with the current speaker: "they added" after a person whose gender the
# text does not give is that person (singular they), not a group named earlier.
SAME_SPEAKER_CUES = frozenset({"add", "continue"})


def _issues_document(verb: Token) -> bool:
    """"The trust has sent us a statement. It reads: ...": a verb whose object is a document
    (a statement, letter, post) makes its subject the issuer an "it" that follows speaks for."""
    return any(c.dep_ == "dobj" and c.lower_ in DOCUMENT_NOUNS for c in verb.children)


class GroupPronouns(Persons):
    def _group_pronoun(self, t: Token) -> Speaker | None:
        """it/they/we: the latest earlier speaker that is not a single named person (an
        organisation, a document's issuer, a group; for they/we also people named together)
        within the window, else the nearest subject outside quotes in the window that
        agrees: an organisation, and for they/we also people named together ("Nancy Pelosi
        and Harry Reid issued ...") or a plural noun speaking ("Campaign aides said").
        "They added" right after a person of unstated gender spoke is that person."""
        plural = PRONOUN_AGREEMENT[POSSESSIVE_PRONOUNS.get(t.lower_, t.lower_)][1]
        here = self._narrative_index(t.i)
        if (now := self.speaking_since(t, max((p for p, _ in self.history if p < t.idx), default=-1))) is not None:
            return now  # an organisation or an unnamed person reported speaking since the last quote
        if (body := self._narrated_org(t)) is not None:
            return body
        # (singular they: the person who said "they" of themselves, a spokesperson, the one person the sentence before names: they.py)
        if t.lower_ == "they" and (own := self._reported_they(t) or spokesperson_pronoun(self, t) or singular_they(self, t) or declared_they(self, t)):
            return own
        for pos, who in reversed(self.history):
            if pos >= t.idx:
                continue
            span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
            if span is not None and here - self._narrative_index(span.start) >= SALIENCE_WINDOW_SENTENCES:
                break
            # (a phrase that is a name the model missed, "Shopper Doreen Malley", is one person;
            # never for "it": "The Oakdene Parents' Forum said ... “...,” it said")
            one_person = t.lower_ != "it" and who.how == "phrase" and looks_like_name(who.speaker)
            if who.person is None and not one_person and (who.how in {"org", "nominal", "document", "phrase", "role", "role-context"}
                                                          or plural and who.how == "name" and " and " in (who.speaker or "")):
                return who.but(how="pronoun", cue=None)
            if t.lower_ == "they" and who.person is not None and self._gender_unstated(who.person) \
                    and t.head.lemma_ in SAME_SPEAKER_CUES and not any(c.dep_ == "conj" for c in t.head.children):
                # singular they: "GMB organiser Alex Kaye said ... They added ..."
                return who.but(how="pronoun", cue=None, margin=0.0)
            break
        for x in reversed(self.doc[max(0, t.i - UNNAMED_LOOKBACK_TOKENS):t.i]):
            if x.dep_ not in _SUBJ_DEPS:
                continue
            if here - self._narrative_index(x.i) >= SALIENCE_WINDOW_SENTENCES:
                break
            if self.in_quote(x.idx):
                continue
            if x.ent_type_ == "ORG" or org_reference(x) and (is_cue(x.head) or _issues_document(x.head)):
                hit = self.speaking_org(x)  # (also "The trust said ...", "The trust has sent us a statement")
                if hit:
                    return Speaker(hit["name"], hit["name"], how="pronoun")
            group = self._group_subject(x) if plural else None
            if group is not None:
                return group
        return None

    def _narrated_org(self, t: Token) -> Speaker | None:
        """"The trust disputes that description. In a statement, it said ...": the latest
        main clause of t's paragraph since the last attribution has an organisation as its
        subject, so it/they is that organisation (a person or another subject there: None)."""
        since = max([p for p, _ in self.history if p < t.idx] + [s for s, _ in self.paragraphs if s <= t.idx])
        for x in reversed(self.doc[:t.i]):
            if x.idx < since:
                return None
            if x.dep_ not in _SUBJ_DEPS or x.head.dep_ != "ROOT" or x.head.i > t.i or self.in_quote(x.idx) \
                    or x.sent.start == t.sent.start:
                continue
            hit = self.speaking_org(x) if x.ent_type_ == "ORG" or org_reference(x) else None
            return Speaker(hit["name"], hit["name"], how="pronoun") if hit else None
        return None

    def _reported_they(self, t: Token) -> Speaker | None:
        """Singular they: "Alex Kaye, a mentor at the school, said they had been underpaid.
        “...,” they said": the person of unstated gender who reported "they" of themselves
        in t's paragraph, when no one else was reported speaking since."""
        start = max((s for s, _ in self.paragraphs if s <= t.idx), default=0)
        for x in reversed(self.doc[:t.i]):
            if x.idx < start:
                return None
            if x.dep_ != "nsubj" or self.in_quote(x.idx) or not is_cue(x.head):
                continue  # (not a hearer: "they had not been told")
            if x.ent_type_ != "PERSON":
                return None
            reported = any(c.dep_ == "ccomp" and any(y.dep_ in _SUBJ_DEPS and y.lower_ == "they" for y in c.children)
                           for c in x.head.children)
            found = self._person(x)
            if reported and found is not None and found.person is not None and self._gender_unstated(found.person):
                return found.but(how="pronoun", cue=None, margin=0.0)
            return None
        return None

    def _group_subject(self, x: Token) -> Speaker | None:
        """People named together as a subject ("Nancy Pelosi and Harry Reid"), or a plural
        noun as the subject of a speech verb ("Campaign aides said"), as the speaker of they/we."""
        together = [x] + [c for c in x.children if c.dep_ == "conj"]
        if len(together) > 1 and all(c.ent_type_ == "PERSON" for c in together):
            names = [(self._person(c) or Speaker(c.text)).speaker or c.text for c in together]
            return Speaker(" and ".join(names), how="pronoun")
        members = members_org(self.doc, x)
        if members is not None:
            return members.but(how="pronoun")
        if x.tag_ == "NNS" and is_cue(x.head):
            left = min((c.left_edge.i for c in x.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < x.i),
                       default=x.i)
            return appositive_person(self, x) or Speaker(self.doc[left:x.i + 1].text, how="pronoun", margin=0.0)
        return None

    def branch_org(self, x: Token) -> Speaker | None:
        """"The Fenbury branch of Unison said", "UNISON's Ashmoor branch": a union's (or a
        body's) branch speaks as the body it is a branch of, not as the place that names it."""
        if x.lower_ not in BRANCH_NOUNS:
            return None  # (an owner the model read as a person is still a body: "Unison’s Elm branch")
        owner = next((c for c in x.children if c.dep_ == "poss" and (c.ent_type_ == "ORG" or c.pos_ == "PROPN")), None)
        if owner is None and x.dep_ == "appos" and x.head.ent_type_ == "ORG":
            owner = x.head  # "– Unison, Elmshire branch": the body, then its branch
        hit = org_for_span(self.doc, owner.idx, owner.idx + len(owner)) if owner is not None else None
        hit = hit or org_after(self.doc, x, "of") or ({"name": owner.text} if owner is not None else None)
        return Speaker(hit["name"], hit["name"], how="org") if hit else None
