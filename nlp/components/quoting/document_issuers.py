"""Who a document's own words name as its issuer, read from the parse around one mention
("a statement from X", "a report published by X", "a letter the company sent", "posted on
X's website", "A letter came from X"), and the verb a document carried words for ("told in a
letter", "In his written judgment, Judge X said").

Pure token helpers; documents.py (`Documents`) decides which mention and which issuer
speaks."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS

# Where an issuer publishes a document: "posted on the council's website".
ISSUER_PLACES = frozenset({"website", "site", "page", "account", "feed", "blog", "noticeboard"})
# The prepositions of such a place: "on its website", "in the trust's newsletter feed".
PLACE_PREPS = frozenset({"on", "in"})
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


def misparsed_document(ctx, cue: Token) -> Token | None:
    """"The full post, read out at a hearing on Thursday, said:" parsed with the document as
    the subject of a clause ("read") hung on the cue: the document."""
    for c in cue.children:
        if c.dep_ == "ccomp" and c.i < cue.i and not ctx.in_quote(c.idx):
            for n in c.children:
                if n.dep_ in {"nsubj", "nsubjpass"} and n.i < c.i and n.lower_ in DOCUMENT_NOUNS and not ctx.in_quote(n.idx):
                    return n
    return None


def carrying_documents(verb: Token, preps: frozenset[str] = CARRIER_PREPS) -> list[Token]:
    """The documents verb v says carried the words, by one of `preps`: "told in a letter from
    the trust", "described in a report to cabinet as ‘...’", "warned via an email"."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
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


def issuers(c: Token) -> list[Token]:
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
