"""Parses of the small English model that put a quote's reporter in the wrong place, read
back for the attribution (cues.py): "found that behaviour ... was ‘...’" parsed as "found
[that behaviour] and was"; "A parent who spent months fighting for ... plan says" with the
relative clause's last noun as the subject; "guidance, which says ‘...’" (a relative clause
about a document reports its quote); "who" hung on an organisation after a person's role; a
name hung on the role after it ("Adaeze Obi, chief financial officer of X, said"); a name
closing a role's "of/for ..." phrase ("Director of HR Ann Obi said"); a "which" clause
hung on a person or a time after the document it belongs to ("sent a text message to a
colleague on the day she was suspended which read: ‘...’": the message; "which" is never a
person) (quote round 42)."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS, FIRST_NAMES, ROLE_WORDS, SPOKES_NOUNS
from nlp.components.quoting.context import _SUBJ_DEPS, person_noun

# The dependency of a name that follows another in a list ("Ann Rudd, Tom Hale and Priya Shah").
LIST_DEP = "conj"
# Relative pronouns that never stand for a person ("which"; "who" does, "that" may).
THING_RELATIVES = frozenset({"which"})
# Entity types of a noun "which" cannot be about when a document came before it.
_PERSON_OR_TIME_ENTS = frozenset({"PERSON", "DATE", "TIME"})
# A noun used as an adverb of time ("the night before"): no document.
_ADVERBIAL_NOUN_DEPS = frozenset({"npadvmod"})
# Tags of a verb with a tense of its own ("said", "says"), not an infinitive or a participle.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# A name in these roles is no speaker of the verb after it: "chief executive of the X
# Trust, which runs the school, said", "Sparkwell's area manager", an object ("emailed X",
# "Keep [Schools Local]", a campaign's name read as a verb and its object; not the object of a
# role read as a verb, "PE lead [Sam Ojo] said").
_NOT_SUBJECT_DEPS = frozenset({"pobj", "poss", "dobj", "dative"})
# The verb a subject's clause ends with ("a study into how X funds"), whose object the
# parser may have made a second subject (`stranded_objects`); names are never read so.
_CLAUSE_VERB_POS = frozenset({"VERB"})
_NAMED_ENTS = frozenset({"PERSON", "ORG"})
# Dashes setting off an aside between a name and its verb ("Jo Bell – no relation – said").
_ASIDE_DASHES = frozenset({"–", "—"})
# Words that open a role's "of/for ..." phrase; a name right after one is whom the role serves.
_ROLE_PREPS = frozenset({"of", "for"})
# Shortest person's name, in tokens, read as closing a role phrase ("Ann Obi"; not "Obi").
_CLOSING_NAME_MIN_TOKENS = 2


def that_clause_misparsed(t: Token) -> bool:
    """"found that behaviour in corridors was ‘...’" parsed as "found [that behaviour] and
    was ...": an object opened by "that" and a verb with no subject coordinated to t."""
    children = list(t.children)
    return any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "that" and d.i == c.left_edge.i for d in c.children)
               for c in children) \
        and any(c.dep_ == "conj" and c.pos_ in {"AUX", "VERB"} and not any(d.dep_ in _SUBJ_DEPS for d in c.children)
                for c in children)


# Participles by which a document reports words ("a letter saying", "an email warning"; not
# "a statement calling on X to drop ‘...’", which names a term): lemmas.
DOCUMENT_PARTICIPLE_LEMMAS = frozenset({"say", "state", "warn", "tell", "inform", "advise", "explain", "confirm",
                                        "claim", "insist", "promise", "announce", "describe"})


def document_relative(cue: Token) -> bool:
    """"guidance, which says": a speech verb in a relative clause about a document; or its
    participle ("a text message from the council telling them that ...", "a letter saying")."""
    if participle_document(cue) is not None:
        return True
    return cue.head.lower_ in DOCUMENT_NOUNS and cue.dep_ == "relcl" \
        and any(c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in cue.children)


def participle_document(cue: Token) -> Token | None:
    """The document a participle of DOCUMENT_PARTICIPLE_LEMMAS belongs to: "a letter saying
    ...", also when the parser hangs the participle on the verb whose object the document is
    ("they received a text message from the council telling them that ...")."""
    if cue.tag_ != "VBG" or cue.lemma_ not in DOCUMENT_PARTICIPLE_LEMMAS:
        return None
    if cue.dep_ == "acl" and cue.head.lower_ in DOCUMENT_NOUNS:
        return cue.head
    if cue.dep_ == "advcl":
        return next((c for c in cue.head.children if c.dep_ == "dobj" and c.i < cue.i and c.lower_ in DOCUMENT_NOUNS), None)
    return None


def who_described(x: Token, before: int) -> bool:
    """x is described by a "who"/"whose" relative clause that starts before token `before`."""
    return any(c.dep_ == "relcl" and c.i < before and any(w.lower_ in {"who", "whose"} for w in c.children)
               for c in x.children)


def described_by_relative(sj: Token) -> Token:
    """"A parent who spent months fighting for their child's care plan says ...", parsed
    with the last noun of the relative clause as the subject and the person it describes
    as its modifier: the noun a "who" clause describes is the subject."""
    return next((x for x in sj.lefts if x.dep_ in {"nmod", "compound", "amod"} and who_described(x, sj.i)), sj)


def who_antecedent(head: Token, who: Token | None = None) -> Token:
    """"the comments of Dr Imran Saleh, chief executive of the Orchard Valley Trust, who told
    your reporter ...": a "who" clause the parser hung on the organisation at the end of a
    person's apposition describes the person (`head` otherwise). A "who" set off by a comma
    right after the last name of a list describes that name, wherever the parser hung the
    clause: "guests such as Ann Rudd, Tom Hale and Priya Shah, who said ...", the clause hung
    on "Rudd"."""
    named = name_before_who(who) if who is not None else None
    if named is not None:
        return named
    if head.ent_type_ == "PERSON" or head.ent_type_ != "ORG":
        return head
    for a in head.ancestors:
        if a.ent_type_ == "PERSON":
            return a
        if a.pos_ in {"VERB", "AUX"}:
            break
    return head


def name_before_who(who: Token) -> Token | None:
    """The last word of the name right before ", who" when that name ends a list of names (a
    conjunct; not a name in apposition or after "from": "Jo Bell, from the X Forum, who"):
    None otherwise."""
    k = who.i - 1
    if who.lower_ != "who" or k < 1 or who.doc[k].text != ",":
        return None
    name = who.doc[k - 1]
    return name if name.ent_type_ == "PERSON" and name.dep_ == LIST_DEP else None


def name_before_role(t: Token) -> Token | None:
    """"Ann Obi, chief financial officer of X, said" parsed with the role as the subject: the
    person named right before the comma that opens the role phrase. The phrase opens at its
    subtree's left edge, or after a comma inside it (the parser may hang the name on the
    role: "[Adaeze Obi], chief financial officer", "Obi" a modifier of "officer")."""
    if t.lower_ not in ROLE_WORDS and t.lower_ not in SPOKES_NOUNS:
        return None
    i = t.i
    while i > t.left_edge.i and t.doc[i - 1].text != ",":
        i -= 1
    k = i - 1
    return t.doc[k - 1] if k > 0 and t.doc[k].text == "," and t.doc[k - 1].ent_type_ == "PERSON" else None


def unparsed_reporter(cue: Token, tokens: list[Token], quote_start: int) -> list[Token]:
    """"In mitigation, Jo Bell, for the company, said it had ‘...’", "PE lead Jo Bell said
    the team had played ‘...’": a speech verb the partial quote hangs on (it reports that
    quote) but given no subject by the parse (the name read as an apposition of the words
    before it, or as a role's object): the names before the verb in its sentence, nearest first."""
    inner = next((t for t in cue.doc[cue.i:] if t.idx >= quote_start), None)
    if inner is None or cue.tag_ not in FINITE_TAGS or cue not in inner.ancestors:
        return []  # (not "emailed X to say ...": an infinitive's speaker is its controller)
    # (a word with an object of its own is a verb, however tagged: "Keep" of "Keep X Local")
    return [t for t in reversed(tokens) if t.i < cue.i and (t.ent_type_ in {"PERSON", "ORG"} or t.tag_ == "NNP")
            and not any(c.dep_ == "dobj" for c in t.children)
            and (compound_head(t).dep_ not in _NOT_SUBJECT_DEPS or compound_head(t).head.lower_ in ROLE_WORDS)]


def compound_head(t: Token) -> Token:
    """The word t's compounds hang on: the last word of the name t is part of ("Lindenfield"
    -> "Trust"), the noun of "a text message" ("text" -> "message")."""
    while t.dep_ == "compound" and t.head.i != t.i:
        t = t.head
    return t


def name_closing_role(t: Token, cue_i: int) -> Token | None:
    """"Director of HR Ann Obi said", "Cabinet member for SEND Cllr Jo Bell – no relation –
    said": a role subject whose "of/for ..." phrase runs, with no comma or verb, into a
    person's name of two words or more right before the cue (or before a dashed aside
    there): that name's last token. A place or body after "of/for" is no person, nor is a
    name that is the whole of that phrase ("a spokesperson for Crestline Catering")."""
    if t.lower_ not in ROLE_WORDS or cue_i <= t.i + 1:
        return None
    doc = t.doc
    k = cue_i - 1
    if doc[k].text in _ASIDE_DASHES:  # back over "– no relation –"
        k = next((j for j in range(k - 1, t.i, -1) if doc[j].text in _ASIDE_DASHES), t.i) - 1
    if k <= t.i or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ == "B" and doc[k + 1].ent_iob_ != "I":
        return None
    first = k
    while first > t.i + 1 and doc[first].ent_iob_ == "I":
        first -= 1
    if k - first + 1 < _CLOSING_NAME_MIN_TOKENS:
        return None
    if any(x.is_punct or x.tag_.startswith("VB") for x in doc[t.i + 1:first]) or doc[first - 1].lower_ in _ROLE_PREPS:
        return None  # ("A spokesperson for Crestline Catering said": the body spoken for, read as a person)
    return doc[k]


# Entity types the model gives a person's name it misread, set off after a role ("Kestrel's
# head of nutrition, Bethany Lowther" read as a building).
_MISREAD_NAME_TYPES = frozenset({"", "FAC", "LOC", "PRODUCT", "WORK_OF_ART", "NORP"})


def role_then_name(t: Token) -> str | None:
    """"said Kestrel's head of nutrition, Bethany Lowther": a role noun t with a name in
    apposition after it that the entity model did not read as a person: a known first name
    and a capitalised surname, as written; None otherwise."""
    if t.lower_ not in ROLE_WORDS:
        return None
    for c in t.children:
        words = [x for x in c.subtree if x.i <= c.i]
        if c.dep_ == "appos" and c.i > t.i and c.tag_ == "NNP" and len(words) == 2 and c.ent_type_ in _MISREAD_NAME_TYPES \
                and words[0].dep_ == "compound" and words[0].is_title and c.is_title \
                and words[0].lower_ in FIRST_NAMES:
            return f"{words[0].text} {c.text}"
    return None


def which_antecedent(head: Token, relative: Token) -> Token:
    """What a "which" clause the parser hung on `head` is about: `head`, unless it is a person
    or a time ("a colleague", "the night before") and a document noun is the object of a verb
    earlier in the sentence ("sent a text message to a colleague ... which read"): that document."""
    if relative.lower_ not in THING_RELATIVES or head.lower_ in DOCUMENT_NOUNS \
            or not (head.ent_type_ in _PERSON_OR_TIME_ENTS or head.dep_ in _ADVERBIAL_NOUN_DEPS or person_noun(head.lemma_.lower())):
        return head
    documents = [x for x in head.sent if x.i < head.i and x.lower_ in DOCUMENT_NOUNS and x.dep_ == "dobj"]
    return documents[-1] if documents else head


def stranded_objects(subjects: list[Token]) -> set[int]:
    """Subjects of one verb that are the lost object of a clause inside an earlier subject:
    "A study into how the county funds [transport, meals and clubs] has found ‘...’" parsed
    with (the rest of) the clause's object as a second subject of "found". A finite verb
    has one subject; a second that follows the first's last word (punctuation between at
    most), when the first holds a clause of its own, is that clause's object. The indices
    (token.i) of such subjects; names are never read so."""
    lost = set()
    for a in subjects:
        clause = any(x.pos_ in _CLAUSE_VERB_POS for x in a.subtree if x.i != a.i)
        for b in subjects:
            gap = a.doc[a.right_edge.i + 1:b.left_edge.i] if a.i < b.i else None
            if clause and gap is not None and all(x.is_punct for x in gap) and b.ent_type_ not in _NAMED_ENTS:
                lost.add(b.i)
    return lost
