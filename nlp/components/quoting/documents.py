"""Who issued a document a quote comes from ("the letter said", "according to the report",
"Its annual review says"), and the inspectorate an article names.

`Documents` extends `Salience`; `SpeakerFinder` (speakers.py) extends it and supplies
`_speaker_from`, which reads who a document's owner or issuer names."""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS, ORG_REFERENCES
from nlp.components.org_lookup import resolve_org_reference
from nlp.components.quoting.context import Speaker
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
# Where an issuer publishes a document: "posted on the council's website".
ISSUER_PLACES = frozenset({"website", "site", "page", "account", "feed", "blog", "noticeboard"})
# The prepositions of such a place: "on its website", "in the trust's newsletter feed".
PLACE_PREPS = frozenset({"on", "in"})
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

# Verbs of a document reaching the writer, whose "from" names its issuer ("A statement has
# arrived from X", "A letter came from X"): lemmas.
ARRIVAL_LEMMAS = frozenset({"arrive", "come"})
# Verbs of receiving or passing on a document, whose "from" names its issuer ("received a
# letter from X", "the page carried a message from X", "parents shared an email from X"): lemmas.
RECEIVING_LEMMAS = frozenset({"receive", "get", "have", "carry", "share", "forward"})

# Verbs of putting a document out, whose subject issued it ("X has issued a statement saying"): lemmas.
ISSUING_LEMMAS = frozenset({"issue", "publish", "release", "circulate", "send"})
# The same verbs in the passive, whose "by" names the issuer ("A statement has been sent to us
# by X"; not "seen by", "obtained by": READER_LEMMAS).
SENT_LEMMAS = ISSUING_LEMMAS | {"sign", "write", "post", "email"}
# The verbs by which such a document's own words are quoted: lemmas.
ISSUED_SAYING = frozenset({"say", "state", "warn", "promise", "pledge", "confirm", "read", "add", "note"})
# Participles of a document's reaching a reader, whose "by" names the reader, not the
# issuer: "a letter to staff seen by this paper", "minutes obtained by the Courier".
READER_LEMMAS = frozenset({"see", "obtain", "receive", "view", "read", "leak", "hear", "show"})

# Relative pronouns, which name no issuer ("a letter which was sent").
RELATIVE_WORDS = frozenset({"which", "that", "who"})

# A relative clause naming a document's issuer ("a letter the company sent"): how many words
# after the document its verb may stand, and the kinds of word its subject is written with.
CONTACT_CLAUSE_MAX_TOKENS = 6
CONTACT_PHRASE_POS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "PART"})

# The prepositions of a document that carried what its sender said ("told drivers in a letter",
# "by text message", "via email"): the sender is the subject of the verb.
SENT_BY_PREPS = frozenset({"in", "through", "via", "by"})

# The prepositions of a document that carried words a verb reports ("described in a report as").
CARRIER_PREPS = frozenset({"in", "through", "via"})

# Documents named by the verb of their issuing ("X posted ..." -> "the post").
POSTED_NOUNS = frozenset({"post", "tweet", "email"})
# Where a post is put, after "on": "X announced on Facebook ... The post said". Lower case.
POST_PLATFORMS = frozenset({"x", "twitter", "facebook", "instagram", "linkedin", "tiktok", "bluesky", "threads"}) | ISSUER_PLACES


def misparsed_document(ctx, cue: Token) -> Token | None:
    """"The full post, read out at a hearing on Thursday, said:" parsed with the document as
    the subject of a clause ("read") hung on the cue: the document."""
    for c in cue.children:
        if c.dep_ == "ccomp" and c.i < cue.i and not ctx.in_quote(c.idx):
            for n in c.children:
                if n.dep_ in {"nsubj", "nsubjpass"} and n.i < c.i and n.lower_ in DOCUMENT_NOUNS and not ctx.in_quote(n.idx):
                    return n
    return None


def carrying_documents(verb: Token) -> list[Token]:
    """The documents verb v says carried the words: "told in a letter from the trust",
    "described in a report to cabinet as ‘...’", "warned via an email"."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in CARRIER_PREPS
            for g in c.children if g.dep_ == "pobj" and g.lower_ in DOCUMENT_NOUNS]


def contact_issuer(d: Token) -> list[Token]:
    """Who a relative clause right after document d says issued it: "a letter the company
    sent to heads", "the report which the council published" -> the company, the council.
    Read from the words (up to CONTACT_CLAUSE_MAX_TOKENS), as the parser often hangs such a
    clause on the wrong noun."""
    words = d.doc[d.i + 1:d.i + 1 + CONTACT_CLAUSE_MAX_TOKENS]
    verb = next((x for x in words if x.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.lemma_ not in SENT_LEMMAS or verb.tag_ not in {"VBD", "VBN", "VBZ", "VBP"}:
        return []
    phrase = [x for x in d.doc[d.i + 1:verb.i] if x.lower_ not in RELATIVE_WORDS]
    if not phrase or not all(x.pos_ in CONTACT_PHRASE_POS or x.text in {"'s", "’s"} for x in phrase):
        return []
    return [phrase[-1]] if phrase[-1].pos_ in {"NOUN", "PROPN"} else []


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
                    and doc[cue_i].lemma_ in ISSUED_SAYING and not any(self._issuers(c) for c in [*m.children, *verb_from(m)]):
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
                for g in self._issuers(c):
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
                or any(c.dep_ == "poss" or self._issuers(c) for c in [*t.children, *verb_from(t)]):
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
               or c.dep_ == "acl" and self._issuers(c) for c in owners):
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

    @staticmethod
    def _issuers(c: Token) -> list[Token]:
        """Who a document's modifier c names as its issuer: "a statement from X", "a report
        by X"; a participle "sent/published/started/signed by X"; "posted on X's website"."""
        if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}:
            return [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ == "prep" and c.lower_ == "on":  # "a post on the trust's X account"
            return place_owners(c)
        if c.dep_ != "acl" or c.tag_ != "VBN" or c.lemma_ in READER_LEMMAS:
            return []  # (not "a letter seen by this paper": its reader)
        found = []
        for p in c.children:
            if p.dep_ == "agent" or p.dep_ == "prep" and p.lower_ == "by":
                found += [g for g in p.children if g.dep_ == "pobj"]
            elif p.dep_ == "prep" and p.lower_ in PLACE_PREPS:
                found += place_owners(p)
        return found


def sending_verb(m: Token) -> Token:
    """The verb document m is the means of, m in a preposition on it ("said in a letter");
    "X set out the figures in a report": "in" hung on the object, its verb."""
    verb = m.head.head
    return verb.head if verb.pos_ == "NOUN" and verb.dep_ == "dobj" else verb


def fronted_in_clause(m: Token) -> bool:
    """Document m sits in a phrase opening its clause, before the subject of the verb it
    is the means of: "In his written judgment, Judge X said"."""
    if m.head.dep_ != "prep" or m.head.lower_ not in SENT_BY_PREPS:
        return False
    return any(c.dep_ == "nsubj" and c.i > m.i for c in sending_verb(m).children)


def verb_from(m: Token) -> list[Token]:
    """The "from" a parser hung on the verb of document m, naming its issuer: "A statement
    has arrived from X", "they received a letter from X", "the school published a letter
    from its head"."""
    if not (m.dep_ == "nsubj" and m.head.lemma_ in ARRIVAL_LEMMAS
            or m.dep_ == "dobj" and m.head.lemma_ in RECEIVING_LEMMAS | ISSUING_LEMMAS):
        return []
    return [p for p in m.head.children if p.dep_ == "prep" and p.lower_ == "from"]


def place_owners(p: Token) -> list[Token]:
    """Whose place of publishing the preposition p names: "on the trust's X account",
    "on RLA's Facebook page" -> the owner."""
    return [o for g in p.children if g.dep_ == "pobj" and g.lower_ in ISSUER_PLACES for o in g.children if o.dep_ == "poss"]
