"""Who a subject is: a named person, an organisation, a role, a document's issuer, or
(for a pronoun or "the spokesman") the most salient earlier speaker.

`SpeakerFinder` works over one Doc; the attribution code (cues.py) hands it the subject
token of a cue. Every answer is a `Speaker`, whose `how` says how it was found (the
confidence model reads it). Pronouns are resolved by salience (salience.py), documents'
issuers by documents.py.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.components.lexicon import DOCUMENT_NOUNS, ORG_REFERENCES, ROLE_WORDS, SPOKES_NOUNS, TITLES
from nlp.components.orgs import org_for_span, resolve_org_reference
from nlp.components.quoting.acting_firms import members_org
from nlp.components.quoting.bodies import business_named_before, unnamed_body
from nlp.components.quoting.context import BRANCH_NOUNS, NO_SPEAKER, Speaker, org_reference
from nlp.components.quoting.cut_names import org_speaker
from nlp.components.quoting.described import described_person, one_unnamed, owned_words, possessor, someone
from nlp.components.quoting.readouts import document_it
from nlp.components.quoting.documents import INSPECTOR_NOUNS, Documents
from nlp.components.quoting.misparses import name_before_role, name_closing_role, role_then_name
from nlp.components.quoting.named_as import name_given_as
from nlp.components.quoting.named_later import named_later
from nlp.components.quoting.named_together import names_together
from nlp.components.quoting.not_names import not_a_name
from nlp.components.quoting.phrase_orgs import PhraseOrgs
from nlp.components.quoting.persons import looks_like_name, owned_name, trailing_name
from nlp.components.quoting.role_holders import ROLE_SYNONYMS, role_holder
from nlp.components.quoting.successions import succession_person
from nlp.components.quoting.nominals import DESCRIPTION_MAX_WORDS, named_for, paragraph_subject, short_name_org, spokesperson_org
from nlp.components.quoting.words import PRONOUN_AGREEMENT, SPEECH_LEMMAS, is_cue


_PHRASE_PREPS = {"for", "of", "from", "at", "in", "on"}
_PHRASE_STOPS = {",", ";", ":", "(", ")", "who", "which", "that", "whose", "whom", "where", "when"}
_NOT_SPEAKERS = {"it", "this", "that", "which", "who", "there", "what", "i", "we", "you", "one"}

# The body that governs an academy trust, which speaks as the trust ("the board said").
TRUST_BOARDS = frozenset({"board", "trustees"})


# Parties' members named by the party alone ("the Conservative", "the Lib Dem"), as UK local
# papers refer back to a councillor.
PARTY_NOUNS = frozenset({"conservative", "tory", "democrat", "dem", "labour", "green", "independent", "reform"})


def _definite(t: Token) -> bool:
    """"the head", or a role owned by a definite noun: "the union's regional organiser"."""
    return any(c.lower_ == "the" or c.dep_ == "poss" and any(g.lower_ == "the" for g in c.children)
               for c in t.children)


class SpeakerFinder(PhraseOrgs, Documents):
    def _phrase(self, t: Token, start: int, end: int, cue_i: int) -> Span:
        """The noun phrase headed by t, as written: its left modifiers (no leading article),
        t, and a following "for/of/from/at ..." phrase up to a comma, clause or the cue."""
        doc = self.doc
        sub = {x.i for x in t.subtree}
        i = t.i - 1
        while i >= 0 and i in sub and self._inside(doc[i], start, end) and i != cue_i and (
                not doc[i].is_punct or doc[i].text in {"'s", "’s", "-"}) and doc[i].text not in _PHRASE_STOPS:
            i -= 1
        left = i + 1
        while left < t.i and (doc[left].lower_ in {"the", "a", "an"} or not any(ch.isalnum() for ch in doc[left].text)):
            left += 1  # no leading article, nor a dash ("― Jo Bell")
        # "the council's strategic director": the organisation is speaker_org, not the name
        for k in range(left, t.i):
            if doc[k].text in {"'s", "’s"} and k > left and (doc[k - 1].ent_type_ == "ORG" or doc[k - 1].lower_ in ORG_REFERENCES):
                left = k + 1
        right = t.i
        j = t.i + 1
        role_noun = t.lower_ in ROLE_WORDS or t.lower_ in SPOKES_NOUNS
        if j < len(doc) and j != cue_i and (role_noun and doc[j].lower_ in _PHRASE_PREPS or doc[j].lower_ == "of"):
            k = j
            while k + 1 < len(doc) and self._inside(doc[k + 1], start, end) and k + 1 != cue_i \
                    and doc[k + 1].lower_ not in _PHRASE_STOPS and not doc[k + 1].tag_.startswith("VB") \
                    and not doc[k + 1].is_sent_start and doc[k + 1].text not in {".", "“", "”", '"'} \
                    and not (doc[k + 1].pos_ == "ADV" and doc[k + 1].head.pos_ in {"VERB", "AUX"}):
                k += 1  # (an adverb of the verb ends it: "A spokesman for the trust later said")
            if k > j:
                right = k
        return doc[left:right + 1]

    def _speaker_from(self, t: Token, start: int, end: int, cue_i: int, depth: int = 0) -> Speaker | None:
        doc = self.doc
        if depth > 2:
            return None
        owned = possessor(self, t) or owned_words(self, t)  # "Her motion asked", "His letter said"
        if owned is not None:
            return owned
        succeeded = succession_person(self, t)  # "My predecessor called it ..." after "..., replacing Jo Bell"
        if succeeded is not None:
            return succeeded
        # "The letter said", "A statement from the governors said", "According to the report"
        if t.lower_ in DOCUMENT_NOUNS and t.ent_type_ != "ORG":
            return self._document_speaker(t, start, end, cue_i, depth)
        if self.issued_thing(t):  # "a submission by Jo Bell ... the submission said": hers
            issuer = self._document_speaker(t, start, end, cue_i, depth)
            if issuer is not None and issuer.speaker:
                return issuer
        person = None if t.lower_ in BRANCH_NOUNS else self._person_in_subject(t, start, end, cue_i)
        if person is not None:
            found = self._person(person)
            # "Jane Cole and Peter Marsh said": both, as written; no single person row
            together = names_together(person, doc[cue_i]) if found else []
            if together:
                names = [(self._person(c) or NO_SPEAKER).speaker or c.text for c in together]
                return Speaker(" and ".join(dict.fromkeys(names)), how="name")
            return found
        # "A spokesman for the Academies Enterprise Trust", "A Department for Education spokesperson"
        # ("the Vermont senator said": a role noun the titles hold, ROLE_SYNONYMS, as "the judge")
        if (t.lower_ in SPOKES_NOUNS or t.lower_ in ROLE_WORDS or t.lower_ in ROLE_SYNONYMS) \
                and len(self._phrase(t, start, end, cue_i)) <= 3 and _definite(t):
            # "the spokesman added", "the head said", "the union's area rep added",
            # "the panel chairman said": the one the article introduced with that noun,
            # else the latest person holding that role
            earlier = role_holder(self, t, tied_only=True) or self._earlier_mention(t) or role_holder(self, t) \
                or paragraph_subject(self, t)
            if earlier:
                return earlier.but(how="nominal")
        if t.lower_ in PARTY_NOUNS and _definite(t) and t.i > 0 and t.nbor(-1).lower_ != "'s":
            # "the Conservative said": the councillor named last
            earlier = role_holder(self, t, "councillor")
            if earlier:
                return earlier.but(how="nominal")
        if t.lower_ in SPOKES_NOUNS:
            phrase = self._phrase(t, start, end, cue_i)
            org = self._org_in(phrase) or short_name_org(self, phrase) or named_for(phrase)
            if org is None:
                context_org = spokesperson_org(self, t)  # "X said ... A spokesman said:"
                if context_org:
                    return Speaker(phrase.text, context_org, how="role-context")
            return Speaker(phrase.text, org, how="role")
        if t.lower_ in PRONOUN_AGREEMENT:
            return document_it(self, t) or self._pronoun(t)  # "The statement ... It said"
        if t.lower_ in _NOT_SPEAKERS or t.pos_ == "PRON":
            # "One of the largest agencies, Summit Staffing Group, said": the organisation
            # set off after "one of ..." is the speaker
            return (self._org_subject(t, start, end) or one_unnamed(t)) if t.lower_ == "one" else someone(t)
        named_org = self.branch_org(t) or self._org_subject(t, start, end)  # "The X branch of Unison"
        if named_org is not None:  # (not "Moorland's Iain Sutherland": its man, named)
            return Speaker(owned_name(t), named_org.speaker, how="phrase") if owned_name(t) else named_org
        described = described_person(self, t)  # "says the 58-year-old": the person just named
        if described is not None:
            return described
        if t.pos_ in {"NOUN", "PROPN"} or t.tag_.startswith("NN"):
            phrase = self._phrase(t, start, end, cue_i)
            words = phrase.text.lower()
            named = self._org_by_head(t, phrase) or members_org(self.doc, t) or business_named_before(self, t, phrase)
            if named:  # "the trust" after "Avonmead Hospitals NHS Trust"; "Administrators from X said"; "the company"
                return named
            if t.lower_ in TRUST_BOARDS and (_definite(t) or t.tag_ == "NNS") and not t.ent_type_:
                # "the board said", "trustees agreed": an academy trust's board is the trust, when the organisation
                # named last is that trust; "the trust's board", "trustees of X Trust": its owner
                owners = [c for c in t.children if c.dep_ == "poss"] + [g for c in t.children if c.lower_ == "of" for g in c.children]
                owner = next((c for c in owners if c.ent_type_ == "ORG" or org_reference(c)), None)
                hit = self.speaking_org(owner) if owner is not None else None
                if hit:
                    return Speaker(hit["name"], hit["name"], how="nominal")
                latest = max(((s, o) for o in doc._.orgs or () for s, _ in o["mentions"] if s < t.idx),
                             key=lambda x: x[0], default=None)
                if latest is not None and latest[1]["kind"] == "academy_trust":
                    return Speaker(latest[1]["name"], latest[1]["name"], how="nominal")
            if words in ORG_REFERENCES or t.lower_ in ORG_REFERENCES and len(phrase) == 1:
                ref = resolve_org_reference(doc, words if words in ORG_REFERENCES else t.text, t.idx)
                if ref:
                    return Speaker(ref["name"], ref["name"], how="nominal")
            missed = self._untagged_name(t)
            if missed is not None:
                return missed
            titled = self._title_holder(t) or (role_holder(self, t) if t.lower_ in ROLE_SYNONYMS else None) \
                if len(phrase) == 1 and _definite(t) else None
            if titled is not None:
                return titled  # "the judge said" after "Employment Judge Jo Bell"
            if t.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}:
                return None
            if t.lower_ in INSPECTOR_NOUNS and not t.ent_type_:
                inspectorate = self._inspectorate()  # "Inspectors found ..." -> Ofsted
                if inspectorate:
                    return inspectorate
            org = self._org_in(phrase)
            if org is None and t.lower_ in ROLE_WORDS:  # "UNISON's general secretary", "the council's director"
                org = self._org_in([x for x in t.subtree if x.i < phrase.start and self._inside(x, start, end)])
            # ("a warning from the leader of the opposition" ... "Cllr Jo Bell, who leads the opposition group")
            return unnamed_body(self, t, phrase) or named_later(self, t, org) \
                or Speaker(trailing_name(phrase) or phrase.text, org, how="phrase")
        return None

    def _untagged_name(self, t: Token) -> Speaker | None:
        """"Ellie Brannigan, a mum of two who ..., said" (or a role, then the name): a name the
        entity model missed or took for something else, set off by a role, as written."""
        if t.pos_ != "PROPN" or t.ent_type_ in {"PERSON", "ORG"} or not self._has_person_role(t):
            named = role_then_name(t)  # "Kestrel's head of nutrition, Bethany Lowther", the name read as a place
            return Speaker(named, how="phrase") if named else None
        left = min((c.i for c in t.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < t.i), default=t.i)
        span = self.doc[left:t.i + 1]
        return Speaker(span.text, how="phrase") if looks_like_name(span.text) else None

    def _org_subject(self, t: Token, start: int, end: int) -> Speaker | None:
        """An organisation: the subject itself or a name modifying it ("the Unison trade
        union"). A person's role ("NAHT branch secretary") is not the organisation speaking."""
        if t.lower_ in ROLE_WORDS and t.ent_type_ != "ORG":
            return None
        near = [t] + [c for c in t.children if c.dep_ in {"compound", "poss", "nmod", "appos"}]
        for x in near:
            for y in ([x] + [c for c in x.children if c.dep_ == "compound"]):
                if y.ent_type_ == "ORG" and self._inside(y, start, end):
                    hit = org_for_span(self.doc, y.idx, y.idx + len(y))
                    if hit:
                        return org_speaker(self.doc, hit, y)  # (its whole name: "Quillon [Digital]")
        return None

    def _person_in_subject(self, t: Token, start: int, end: int, cue_i: int) -> Token | None:
        doc = self.doc
        if t.ent_type_ == "PERSON":
            return t
        bracketed = self._bracketed_after_person(t)
        if bracketed is not None:
            return bracketed
        for c in t.children:
            if c.dep_ == "appos":
                for x in c.subtree:
                    if x.ent_type_ == "PERSON" and self._inside(x, start, end):
                        return x
        named = name_before_role(t) or name_given_as(t) or name_closing_role(t, cue_i)  # "Ann Obi, chief officer of X, said": the role the subject
        if named is not None and self._inside(named, start, end):
            return named
        k = t.right_edge.i + 1
        if k + 1 < len(doc) and doc[k].text == ",":
            k += 1
            while k + 1 < len(doc) and doc[k].lower_ in TITLES:
                k += 1
            if doc[k].ent_type_ == "PERSON" and self._inside(doc[k], start, end):
                return doc[k]
        if t.lower_ in ROLE_WORDS or t.lower_ in SPOKES_NOUNS:
            # "Parish councillor and former governor Sheila Dunmore said": the name follows
            # the role words; after "for/of/at" (the regional director for Yorkshire) or a
            # clause, names are something else.
            # (after the cue when inverted: "said chair of trustees Ada Kemp")
            stop = cue_i if cue_i > t.i else t.right_edge.i + 1
            for k in range(t.i + 1, min(stop, len(doc))):
                x = doc[k]
                if x.ent_type_ == "PERSON" and self._inside(x, start, end):
                    return x
                if not doc[k - 1].whitespace_ or not x.whitespace_ and k + 1 < len(doc) and doc[k + 1].text == "-":
                    continue  # inside a hyphenated word: "Mum-of-two Becky Harland"
                if x.lower_ == "of" and doc[k - 1].i == t.i and k + 1 < len(doc) and doc[k + 1].tag_ == "NNS":
                    continue  # "chair of governors Ada Kemp": a role of a body, then the name
                if x.lower_ in _PHRASE_PREPS or x.lower_ in _PHRASE_STOPS or x.tag_.startswith("VB"):
                    break
            # "branch secretary for Kent, Philippa Grove, said": the name set off by a
            # comma after the role's "for/of ..." phrase, before the cue
            return self._name_after_comma(t, start, end, cue_i)
        banned = {x.i for c in t.children if c.dep_ in {"relcl", "acl"} for x in c.subtree}
        if t.lower_ in ORG_REFERENCES:
            # "Ms Stott's union, UNISON, said": the union speaks, not its member
            banned |= {x.i for c in t.children if c.dep_ == "poss" for x in c.subtree}
        # (not a place the model read as a person: "Heads at 38 schools in Coldwater Green")
        cands = [x for x in t.subtree if x.ent_type_ == "PERSON" and x.i not in banned and self._inside(x, start, end)
                 and not self._no_ones_name(x)]
        if not cands:
            return None
        return min(cands, key=lambda x: abs(x.i - cue_i))

    def _no_ones_name(self, x: Token) -> bool:
        """x is in an entry of the people list that is no one's name (not_names.py)."""
        return any(not_a_name(self.doc, p) for p in self.doc._.people or ()
                   if any(s <= x.idx < e for s, e in p["mentions"]))

    def full_form(self, found: Speaker, pos: int) -> Speaker:
        """The speaker under the full name the article gave them: a one-word name that
        begins an organisation named earlier ("Osprey said" after "Osprey Education
        Partners") is that organisation; an organisation that is a person's surname
        ("Varnham", also "Mr Varnham") is that person."""
        word = found.speaker or ""
        if found.how not in {"name", "org"} or " " in word or not word[:1].isupper():
            return found
        people = self.doc._.people or ()
        if found.person is None:
            k = next((k for k, p in enumerate(people) if p["name"] == word or p["name"].endswith(" " + word)), None)
            if k is not None:
                return self.person_speaker(k).but(cue=found.cue)
        if any(p["name"].endswith(" " + word) for p in people):
            return found  # someone's surname
        longer = {o["name"] for o in self.doc._.orgs or () if o["name"].startswith(word + " ")
                  and any(s < pos for s, _ in o["mentions"])}
        if len(longer) == 1:
            name = next(iter(longer))
            return Speaker(name, name, cue=found.cue, how="org")
        return found

    def role_speaker(self, x: Token, gender: str) -> Speaker | None:
        if not (x.lower_ in ROLE_WORDS or x.lower_ in SPOKES_NOUNS) or not _definite(x):
            return None
        found = self._earlier_mention(x) or role_holder(self, x)
        if found is None or found.person is None or self._gender(found.person) not in (None, gender):
            return None
        return found.but(how="nominal", cue=None)

    def _title_holder(self, t: Token) -> Speaker | None:
        """The person whose name the noun of t last preceded as a title, outside quotes:
        "the judge" after "Employment Judge Jo Bell", "the coach" after "Coach Al Reyes"."""
        for m in reversed(self.doc[:t.i]):
            if m.lower_ == t.lower_ and m.dep_ == "compound" and m.head.ent_type_ == "PERSON" and not self.in_quote(m.idx):
                found = self._person(m.head)
                return found.but(how="nominal") if found else None
        return None

    def _earlier_mention(self, t: Token) -> Speaker | None:
        """"the spokesman added" / "the head said": the latest earlier mention of the same noun outside quotes
        that says more ("A spokesman for the trust", "Another head", "Headteacher Jane Smith"): its person, or its phrase and organisation."""
        for m in reversed(self.doc[:t.i]):
            if m.lower_ != t.lower_ or self.in_quote(m.idx):
                continue
            s, e = m.sent.start_char, m.sent.end_char
            cue_i = m.head.i if m.head.i != m.i else -1
            person = m.head if m.dep_ == "appos" and m.head.ent_type_ == "PERSON" else None  # "Jane Smith, head of X,"
            person = person or self._person_in_subject(m, s, e, cue_i)
            if person is not None:
                return self._person(person)
            phrase = self._phrase(m, s, e, cue_i)
            introduced = m.dep_ == "nsubj" and is_cue(m.head, SPEECH_LEMMAS)  # "Another head ... said"
            named = named_for(phrase) if m.lower_ in SPOKES_NOUNS else None  # (a body the model read as a person)
            if introduced and len(phrase) > 1 and (named or not any(x.ent_type_ == "PERSON" for x in phrase)):
                return Speaker(phrase.text, self._org_in(phrase) or named, how="nominal")
            return None
        return None

    def _name_after_comma(self, t: Token, start: int, end: int, cue_i: int) -> Token | None:
        doc = self.doc
        stop = cue_i if cue_i > t.i else min(len(doc), t.right_edge.i + 3)
        k = t.i + 1
        while k < stop:
            x = doc[k]
            if not self._inside(x, start, end) or x.tag_.startswith("VB") or x.lower_ in _PHRASE_STOPS - {","}:
                return None
            if x.text == ",":
                j = k + 1
                while j < stop and doc[j].lower_ in TITLES:
                    j += 1
                described = j  # "..., maths teacher Imran Qureshi, said": a short description first
                while j < min(stop, described + DESCRIPTION_MAX_WORDS) and doc[j].is_lower and doc[j].is_alpha \
                        and not doc[j].tag_.startswith("VB") and self._inside(doc[j], start, end):
                    j += 1
                if j < len(doc) and doc[j].ent_type_ == "PERSON" and self._inside(doc[j], start, end):
                    return doc[j]
            k += 1
        return None
