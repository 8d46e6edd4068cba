"""Who issued a document a quote comes from ("the letter said", "according to the report",
"Its annual review says"), and the inspectorate an article names.

`Documents` extends `Salience`; `SpeakerFinder` (speakers.py) extends it and supplies
`_speaker_from`, which reads who a document's owner or issuer names."""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS, ORG_REFERENCES
from nlp.components.org_lookup import resolve_org_reference
from nlp.components.quoting.context import Speaker, people_noun
from nlp.components.quoting.document_issuers import (ISSUER_PLACES, ISSUING_LEMMAS, SENT_BY_PREPS, SENT_LEMMAS,
                                                      contact_issuer, fronted_in_clause, issuers, sending_verb,
                                                      verb_from)
from nlp.components.quoting.document_pronouns import document_pronoun
from nlp.components.quoting.salience import Salience
from nlp.components.quoting.words import POSSESSIVE_PRONOUNS

# The UK's inspectorates (schools, care, police, Wales, Scotland, Northern Ireland,
# independent schools): "inspectors found ..." and "the (inspection) report said ..." speak
# for the one the article names.
INSPECTORATES = frozenset({"ofsted", "estyn", "care quality commission", "cqc", "education scotland",
                           "education and training inspectorate", "independent schools inspectorate", "isi",
                           "hmicfrs", "care inspectorate"})
INSPECTOR_NOUNS = frozenset({"inspectors", "inspector", "inspectorate"})
# A council's decision-making bodies: "a report to cabinet" is one the council's officers wrote.
COUNCIL_BODIES = frozenset("cabinet committee council councillors members scrutiny executive forum panel board".split())
COUNCIL_PAPERS = frozenset({"report", "reports", "paper", "papers"})
# Documents an inspectorate issues after an inspection.
INSPECTION_DOCUMENTS = frozenset({"report", "findings"})


# Documents that are one another under other names: "The review by X found ... According to
# the report, ...", "an email from X ... The message said". A document mention with no issuer
# of its own takes the issuer of a nearby earlier one of its family (DOCUMENT_FAMILY_REACH).
DOCUMENT_FAMILIES = (frozenset({"report", "review", "audit", "investigation", "inquiry", "study", "analysis",
                                "findings", "assessment"}),
                     frozenset({"letter", "email", "message", "memo", "note"}))
# The letter family (DOCUMENT_FAMILIES), whose writer a verb of writing just before names.
LETTER_NOUNS = DOCUMENT_FAMILIES[1]
# How far back (characters) an earlier mention of another word of the family may stand.
DOCUMENT_FAMILY_REACH = 600


# Verbs of writing a letter or an email, whose subject wrote the letter the article goes on to
# quote ("Jo Bell wrote to parents ... the letter said"): lemmas.
WRITING_LEMMAS = frozenset({"write", "email"})
# Determiners of the letter meant ("the letter", "this email"; not "one message").
DEFINITE_WORDS = frozenset({"the", "this", "that"})

# The verbs by which such a document's own words are quoted: lemmas.
ISSUED_SAYING = frozenset({"say", "state", "warn", "promise", "pledge", "confirm", "read", "add", "note"})
# Documents named by the verb of their issuing ("X posted ..." -> "the post").
POSTED_NOUNS = frozenset({"post", "tweet", "email"})
# Where a post is put, after "on": "X announced on Facebook ... The post said". Lower case.
POST_PLATFORMS = frozenset({"x", "twitter", "facebook", "instagram", "linkedin", "tiktok", "bluesky", "threads"}) | ISSUER_PLACES


def _platforms(v: Token) -> list[Token]:
    """Where verb v says something was put: the objects of its "on" ("on X", "on the
    trust's Facebook page")."""
    return [g for p in v.children if p.dep_ == "prep" and p.lower_ == "on"
            for g in p.children if g.dep_ == "pobj" and g.lower_ in POST_PLATFORMS]


class Documents(Salience):
    def _inspectorate(self) -> Speaker | None:
        """The one inspectorate the article names, if one; one the entity model missed counts
        when written as its one-word name outside quotes ("Ofsted inspectors have found",
        "Ofsted" read as an adjective)."""
        named = {o["name"] for o in self.doc._.orgs or () if o["name"].lower() in INSPECTORATES}
        if not named:
            named = {x.text for x in self.doc if x.lower_ in INSPECTORATES and x.text[:1].isupper()
                     and not self.in_quote(x.idx)}
        if len(named) != 1:
            return None
        name = next(iter(named))
        return Speaker(name, name, how="org")

    def _pronoun(self, t: Token) -> Speaker | None:
        """"It reads: “...”" after a document named just before: its issuer (document_pronouns.py)."""
        return document_pronoun(self, t) or super()._pronoun(t)

    def _document_speaker(self, t: Token, start: int, end: int, cue_i: int, depth: int) -> Speaker | None:
        """Who issued a statement, letter or report: "X's report", "the X report", "a statement from X",
        "X ... in a letter" earlier in the article."""
        doc = self.doc
        mentions = self._document_mentions(t)
        writer = self._letter_writer(t, mentions, depth)
        if writer is not None:
            return writer
        for m in mentions:
            council = self._council_paper(m)  # "a report to the council's cabinet ... The report said"
            if council is not None:
                return council
            s, e = (start, end) if m is t else (m.sent.start_char, m.sent.end_char)
            # "X's annual report and accounts": the owner of the first of the pair counts too
            owners = list(m.children) + (list(m.head.children) if m.dep_ == "conj" and m.head.lower_ in DOCUMENT_NOUNS else [])
            owners += [p for p in doc[m.i + 1:max(m.i + 1, m.head.i)] if p.dep_ == "prep" and p.lower_ == "by"]  # "The report, by X, found"
            if self._inspectors_report(m, owners):
                # "Inspectors published their report", "In their report, inspectors said": the
                # inspectorate's, not the inspected school's ("their" is the inspectors)
                return self._inspectorate()
            owners += verb_from(m)
            if m.dep_ == "nsubjpass" and m.head.lemma_ in SENT_LEMMAS:
                # "A statement has just been sent to us by X", "A letter was issued by X"
                owners += [p for p in m.head.children if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ == "by"]
            # "X has issued a statement saying ..." (a statement "calling on" someone to drop
            # a ‘...’ quotes a term, not the statement's words; "X published a letter from its
            # chair": the chair wrote it, X only put it out)
            if m.dep_ == "dobj" and m.head.lemma_ in ISSUING_LEMMAS and cue_i is not None \
                    and doc[cue_i].lemma_ in ISSUED_SAYING and not any(issuers(c) for c in [*m.children, *verb_from(m)]):
                for c in (c for c in m.head.children if c.dep_ == "nsubj" and not self.in_quote(c.idx)):
                    sp = self._speaker_from(c, s, e, cue_i, depth + 1)
                    if sp:
                        return sp
            for g in contact_issuer(m):  # "a letter the company sent"
                sp = self._speaker_from(g, s, e, cue_i, depth + 1)
                if sp:
                    return sp
            if fronted_in_clause(m) and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in m.children):
                # "In his written judgment, Judge X said ...": the pronoun is the subject named
                # after it, not someone before (a document in a phrase opening the clause)
                sp = self._sender(m, t, s, e, depth)
                if sp:
                    return sp
            for c in owners:
                if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS:
                    sp = self._group_pronoun(c)  # "Its annual review says"
                    if sp and sp.speaker:
                        return sp.but(how="document")
                if c.dep_ == "poss" or c.dep_ in {"compound", "amod", "nmod"} and (c.ent_type_ == "ORG" or c.lower_ in ORG_REFERENCES):
                    sp = self._speaker_from(c, s, e, cue_i, depth + 1)  # "X's report", "a council report"
                    if sp:
                        return sp
                for g in issuers(c):
                    sp = self._speaker_from(g, s, e, cue_i, depth + 1)
                    if sp:
                        return sp
            sp = self._sender(m, t, s, e, depth)
            if sp:
                return sp
        for v in reversed(doc[:t.i]):  # "Cllr X posted the comment in March ... The full post said"
            if t.lemma_ in POSTED_NOUNS and v.pos_ == "VERB" and not self.in_quote(v.idx) \
                    and (v.lemma_ == t.lemma_ or t.lemma_ == "post" and _platforms(v)):
                # (or said it on a platform: "X announced on Facebook that ...", "The news was
                # posted on X's page": the page's owner; "X's head, Jo Bell, posted on ...": Jo Bell)
                posters = [c for c in v.children if c.dep_ == "nsubj"] + ([v.head] if v.dep_ == "acl" else [])
                if any(c.dep_ == "nsubjpass" for c in v.children):
                    posters += [o for g in _platforms(v) for o in g.children if o.dep_ == "poss"]
                for c in posters:
                    sp = self._speaker_from(c, v.sent.start_char, v.sent.end_char, v.i, depth + 1)
                    if sp:
                        return sp.but(how="document")
        if t.lower_ in INSPECTION_DOCUMENTS and re.search(r"\binspect", self.text[:t.idx], re.I):
            return self._inspectorate()  # "Their report said" after an inspection
        return self._writer_before(t, depth)

    def _sender(self, m: Token, t: Token, s: int, e: int, depth: int) -> Speaker | None:
        """"X set out the figures in a report ... The report said": the subject of the verb an
        earlier mention m of document t is the means of ("in", "through", "by"). (An earlier
        mention only: "a statement calling on X to drop ‘...’. In the statement, Jo Bell said
        ..." does not make the term Jo Bell's.)"""
        if not (m.i < t.i and m.head.dep_ == "prep" and m.head.lower_ in SENT_BY_PREPS):
            return None
        verb = sending_verb(m)
        for c in verb.children:
            if c.dep_ == "nsubj":
                sp = self._speaker_from(c, s, e, verb.i, depth + 1)
                if sp:
                    return sp
        return None

    def issued_thing(self, t: Token) -> bool:
        """Subject t is a thing the article gives an issuer ("a written submission by Jo
        Bell ... the submission said", "The audit, carried out by X, ..."): a common noun
        that is no document word, no person and no name, of the family of a document, or
        one of whose mentions (document_mentions) names who issued it."""
        if t.pos_ != "NOUN" or t.ent_type_ or t.lower_ in DOCUMENT_NOUNS or t.lower_ in ORG_REFERENCES \
                or people_noun(t):
            return False
        if any(t.lower_ in family for family in DOCUMENT_FAMILIES):
            return True
        return any(issuers(c) for m in self._document_mentions(t) for c in m.children)

    def _writer_before(self, t: Token, depth: int) -> Speaker | None:
        """"X wrote to parents on Monday. The letter, seen by the Echo, says ...": a letter
        or email named by no issuer of its own is from whoever the narrative sentence just
        before has writing (the subject of "write"/"email", or of the verb that reports the
        writing: "X is understood to have written to heads")."""
        if t.lower_ not in LETTER_NOUNS or t.sent.start == 0:
            return None
        prev = self.doc[t.sent.start - 1].sent
        if self.paragraph_of(t.idx) is None or self.paragraph_of(prev.start_char) is None \
                or self.paragraph_of(t.idx) - self.paragraph_of(prev.start_char) > 1:
            return None
        writers = []
        for v in prev:
            if v.pos_ != "VERB" or v.lemma_ not in WRITING_LEMMAS or self.in_quote(v.idx):
                continue
            head = v
            while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children) and head.dep_ in {"xcomp", "ccomp"}:
                head = head.head  # "X is understood to have written": the subject of "understood"
            writers += [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and not self.in_quote(c.idx)]
        if len(writers) != 1:
            return None
        found = self._speaker_from(writers[0], prev.start_char, prev.end_char, writers[0].head.i, depth + 1)
        return found.but(how="document") if found is not None and found.speaker else None

    def _letter_writer(self, t: Token, mentions: list[Token], depth: int) -> Speaker | None:
        """"Jo Bell wrote to parents on Tuesday. ‘...,’ the letter said": a letter (an email,
        a message) no nearer mention names is the one the subject of the latest verb of
        writing before it wrote (within DOCUMENT_FAMILY_REACH, after the letter's last earlier
        mention, outside quotes)."""
        # (the letter: not "One message read", nor one that names its own writer, "a message from X")
        if t.lower_ not in LETTER_NOUNS or not any(c.lower_ in DEFINITE_WORDS for c in t.children) \
                or any(c.dep_ == "poss" or issuers(c) for c in [*t.children, *verb_from(t)]):
            return None
        since = max((m.i for m in mentions if m.i < t.i), default=-1)
        for v in reversed(self.doc[since + 1:t.i]):
            if t.idx - v.idx > DOCUMENT_FAMILY_REACH:
                return None
            # (to someone, or something: not "X wrote: ‘...’", a post or a comment quoted)
            if v.lemma_ not in WRITING_LEMMAS or v.pos_ != "VERB" or self.in_quote(v.idx) \
                    or not any((c.dep_ in {"dobj", "dative"} or c.dep_ == "prep" and c.lower_ == "to")
                               and not self.in_quote(c.idx) for c in v.children):
                continue
            for c in (c for c in v.children if c.dep_ == "nsubj"):
                sp = self._speaker_from(c, v.sent.start_char, v.sent.end_char, v.i, depth + 1)
                if sp and sp.speaker:
                    return sp.but(how="document")
            return None
        return None

    def _document_mentions(self, t: Token) -> list[Token]:
        """The mentions of document t that may name its issuer, t first: earlier mentions of
        the same word, nearest first; earlier ones of another word of its family within
        DOCUMENT_FAMILY_REACH ("The review by X ... the report"); then the same word or its
        family in the next sentence ("described in a memo as ‘...’. The memo, written by X,")."""
        doc = self.doc
        family = next((f for f in DOCUMENT_FAMILIES if t.lower_ in f), frozenset({t.lower_}))
        before = [x for x in reversed(doc[:t.i]) if not self.in_quote(x.idx)]
        same = [x for x in before if x.lower_ == t.lower_]
        kin = [x for x in before if x.lower_ != t.lower_ and x.lower_ in family and t.idx - x.idx <= DOCUMENT_FAMILY_REACH]
        nxt = doc[t.sent.end:t.sent.end + 1]
        after = [x for x in nxt[0].sent if x.lower_ in family and not self.in_quote(x.idx)] if len(nxt) else []
        return [t] + same + kin + after

    def _inspectors_report(self, m: Token, owners: list[Token]) -> bool:
        """Mention m of a report (or findings) is the inspectors': its sentence, outside
        quotes, has inspectors doing something, and it has no owner but a pronoun ("their
        report"; not "the council's report", "a report by auditors")."""
        if m.lower_ not in INSPECTION_DOCUMENTS:
            return False
        if any(c.dep_ in {"poss", "compound", "nmod"} and c.lower_ not in POSSESSIVE_PRONOUNS or c.lower_ in {"by", "from"}
               or c.dep_ == "acl" and issuers(c) for c in owners):
            return False
        # (or the sentence before, for "their": "Inspectors visited in May. Their report said")
        sents = [m.sent]
        if m.sent.start > 0 and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in owners):
            sents.append(self.doc[m.sent.start - 1].sent)
        return any(x.lower_ in INSPECTOR_NOUNS and x.dep_ in {"nsubj", "nsubjpass"} and not self.in_quote(x.idx)
                   for sent in sents for x in sent)

    def _council_paper(self, t: Token) -> Speaker | None:
        """"A report to cabinet says ...", "a report to the council's education committee
        said ...": a paper to a council's body speaks for that council (the one the phrase
        names, or the one the article means)."""
        if t.lower_ not in COUNCIL_PAPERS:
            return None
        # (or the "to" of the verb that took it there: "The report was presented to the
        # council's scrutiny committee", "a report submitted to cabinet")
        carriers = [t.head] if t.dep_ == "nsubjpass" else []
        carriers += [c for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        for p in [*t.children, *(x for v in carriers for x in v.children)]:
            if p.dep_ != "prep" or p.lower_ != "to":
                continue
            # (also the last of two joined, "to the council's children and young people
            # scrutiny committee", parsed as "children" and "committee", the owner on the first)
            for obj in (c for c in p.children if c.dep_ == "pobj"):
                for body in (obj, *obj.conjuncts):
                    if body.lower_ not in COUNCIL_BODIES:
                        continue
                    owners = [c for c in body.children if c.dep_ == "poss"] or [c for c in obj.children if c.dep_ == "poss"]
                    # ("the council's children's services committee": the council, a possessive up)
                    up = [c for o in owners for c in o.children if c.dep_ == "poss"]
                    if owners and self.speaking_org(owners[0]) is None and up:
                        owners = up
                    hit = self.speaking_org(owners[0]) if owners else resolve_org_reference(self.doc, "council", t.idx)
                    if hit is not None and hit.get("kind") == "council":
                        return Speaker(hit["name"], hit["name"], how="document")
        return None


