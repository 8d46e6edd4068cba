"""Phrases around a speaker's name that point back to an organisation, for
`newswatch_speaker_orgs`:
- "Its managing director, Rachel Ting, added": "its" is the organisation the text named
  last before the sentence (within the two sentences before it): its subject, or the doer
  of its passive verb ("The pool is run by Y. Its manager, X");
- "Ruth Ingleby, who became the trust's chief executive in September,", "Felicity Gaunt, who
  chairs the federation's governing board,", "Lynne Carver, who has worked at the school for
  16 years,", "Trevor Oakes, who had led Greyfriars since 2017,", "Jo Ward, who owns Y,": a
  clause after the name whose verb ties the person to a body, named or referred to ("the
  trust"), or named in full where the organisation list lacks it (speaker_org_unlisted.py).
Not "whose son is at the school" (the son's school), nor a body whose name starts with a
place written before another noun ("who runs the Tenby branch": not Tenby Road Academy), nor work done at a place for someone
else ("who has cleaned the academy for nine years": the cleaner's employer may be a contractor).
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span, Token

from nlp.components.doc_text import doc_text
from nlp.components.lexicon import ORG_REFERENCES, OWNED_BODIES, SPEECH_CUES
from nlp.components.orgs import org_for_span
from nlp.components.speaker_org_nobody import FAMILY, NOT_STAFF, SUBJECT_DEPS
from nlp.components.speaker_org_names import is_seated_body
from nlp.components.speaker_org_roles import body_of_kind
from nlp.components.speaker_org_unlisted import OWNING_VERBS, POSSESSIVE_TAG, name_run, unlisted_body

# Resolves a common noun ("the trust", "the partnership") to the organisation it means.
Refer = Callable[[Doc, str, int], "dict | None"]

# Verbs that tie the subject to the body after them (any tense). "represents" ties only a
# union or a council ("who represents the NASUWT", "... on Y County Council"), not a ward;
# not "manages" (a kitchen at a school, for a contractor).
_TIE_VERBS = {"chairs", "chaired", "chair", "leads", "led", "lead", "runs", "ran", "run", "heads", "headed", "founded",
              "co-founded", "joined", "became", "is", "was", "been", "works", "worked", "work", "teaches", "taught",
              "set", "employed", "coordinates", "represents", "represented", "drives", "drove", "driven", "cleans",
              "cleaned", "cooks", "cooked"} | OWNING_VERBS
_REPRESENTS = {"represents", "represented"}
# Verbs whose body follows a preposition: "who has worked at the school", "who is employed by Y".
_PLACE_VERBS = {"works": {"at", "for"}, "worked": {"at", "for"}, "work": {"at", "for"}, "teaches": {"at"},
                "taught": {"at"}, "is": {"at", "for"}, "was": {"at", "for"}, "been": {"at", "for"}, "employed": {"by"},
                # "who has driven school routes for Fenwold", not "who has cleaned the academy"
                "drives": {"for"}, "drove": {"for"}, "driven": {"for"}, "cleans": {"for"}, "cleaned": {"for"},
                "cooks": {"for"}, "cooked": {"for"}}
# The boards a chair or governor sits on: "the governing body" is the school's, "the board
# of trustees" the trust's ("the board" alone may be either, or a company's).
_BOARDS = {("governing", "body"): "school", ("governing", "board"): "school", ("board", "of", "governors"): "school",
           ("board", "of", "trustees"): "academy_trust"}
_STOP = {".", ";", ":", "whose", "which", "and", "but", "when", "while", "after", "before", "because"}


_BY = "by"
_PREPOSITIONAL = {"agent", "prep", "pobj"}
_BARE_VERBS = {"is", "was", "been"}  # a tie only in a "who" clause ("who was the trust's IT manager")
_CLAUSE_WORDS = 14  # the words of a clause after a name read for a tie to a body
_VERB_TAGS = {"VERB", "AUX"}
_INDEFINITE = {"a", "an"}


# Words that tie a person to the organisation after them in "X, who chairs the Y" / "who has
# worked at Y" / "a member of the campaign group Y" / "speaking for Y".
_TIES = {"at", "for", "of", "chairs", "runs", "leads", "heads", "founded", "co-founded", "up", "joined"}
# Common nouns that may stand between the tie and the name ("the campaign group Y").
_BODY_NOUNS = {"campaign", "group", "charity", "union", "residents", "action", "the", "parent", "parents", "support",
               "pressure", "community", "-", "led"}  # "the parent-led group Y"


def tied_org(doc: Doc, name: Span) -> dict | None:
    """The organisation a clause after a name ties the person to: "Jo Ward, who chairs the
    Tollbridge Heads Association,", "Jo Ward, 17, a member of the campaign group Y,",
    "Jo Ward, speaking for Y,"; up to the end of that clause. Not a body the clause ties
    the person's family to ("whose son is at Y School", "who has two children at Y"), nor
    one named in what they said ("Prosecuting, Jo Ward said the defendant had worked at Y"),
    nor one a clause's verb places them at or ties another subject to (`_verb_unties`)."""
    end = name.end
    k = end
    while k < len(doc) and doc[k].text not in {".", ";", ":"} and not doc[k].is_quote and k - end < 25:
        t = doc[k]
        if t.lower_ == "whose" or t.is_lower and t.lower_ in FAMILY:
            return None  # "Jo Ward, whose son is at Y School,": the son's school, not hers
        if t.lower_ in SPEECH_CUES:
            return None  # the clause turns to what the person said
        if t.ent_type_ == "ORG" and doc[k - 1].ent_type_ != "ORG":
            j = k - 1
            while j > end and doc[j].lower_ in _BODY_NOUNS:
                j -= 1
            hit = org_for_span(doc, t.idx, t.idx + len(t)) if doc[j].lower_ in _TIES else None
            hit = None if hit and _verb_unties(doc[j], name, hit) else hit
            if hit and not _cut_before_noun(doc, k, hit):
                return hit
        if t.text == "," and k > end and doc[k - 1].ent_type_ == "ORG":
            break  # the clause that named an organisation ends
        k += 1
    return None


def _verb_unties(tie: Token, name: Span, org: dict) -> bool:
    """The tie word belongs to a verb that ties the person to no body: a verb with a subject
    of its own other than the person ("since the school joined the Y Trust"), or a court or
    tribunal a verb places the person at ("pleaded guilty at Y Magistrates' Court", "who
    gave evidence at Y Tribunal": a defendant or witness; a judge's court comes from the
    role). A verb with no subject ("speaking for Y") ties, and so does a noun ("a member of Y")."""
    verb = tie.head if tie.dep_ in _PREPOSITIONAL else tie
    if verb.pos_ not in _VERB_TAGS:
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if any(not (name.start <= c.i < name.end or c.pos_ == "PRON") for c in subjects):
        return True
    return tie is not verb and is_seated_body(org["name"])


def _other_noun(t: Token) -> bool:
    """A common noun that names no sort of body ("branch", "depot", "office"; not "school"
    nor "schools": "one of the Y schools" are the Y trust's)."""
    return t.is_lower and t.pos_ == "NOUN" and t.lower_ not in ORG_REFERENCES and t.lemma_.lower() not in ORG_REFERENCES


def _cut_before_noun(doc: Doc, k: int, org: dict) -> bool:
    """The name at doc[k] is a cut form of `org`'s name before another noun ("who runs the
    Tenby branch" of an agency, with Tenby Road Academy listed): a place, not the body. A
    whole name counts ("the Unison branch"), and a body's own noun ("the Tenby school")."""
    j = k
    while j < len(doc) and doc[j].ent_type_ == "ORG" and (j == k or doc[j].ent_iob_ == "I"):
        j += 1
    return j < len(doc) and _other_noun(doc[j]) and doc[k:j].text.lower() != org["name"].lower()


def subject_org(doc: Doc, sent: Span) -> dict | None:
    """The organisation a sentence names as the subject of its main verb ("Castellan Systems,
    which ..., confirmed", "A campaign group, Keep Hollinsgate Learning, has gathered")."""
    for org in doc._.orgs or ():
        for s, e in org["mentions"]:
            if not sent.start_char <= s < sent.end_char:
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            root = span.root if span is not None else None
            if root is None:
                continue
            if root.dep_ == "appos":
                root = root.head
            if root.dep_ in SUBJECT_DEPS and root.head == sent.root or _passive_agent(root, sent):
                return org
    return None


def _passive_agent(t: Token, sent: Span) -> bool:
    """t is the doer of the sentence's passive main verb ("The pool is run on the council's
    behalf by Y"): the sentence's logical subject. The parser may hang "by" on a phrase
    of the verb's ("behalf"): prepositions and their objects up to the verb."""
    if t.dep_ != "pobj" or t.head.lower_ != _BY or not any(c.dep_ == "auxpass" for c in sent.root.children):
        return False
    x = t.head
    while x != sent.root and x.dep_ in _PREPOSITIONAL:
        x = x.head
    return x == sent.root


def its_org(doc: Doc, phrase: list[Token]) -> dict | None:
    """"Its chair, Thomas Evans-Achebe": the organisation the sentence before names as its
    subject (or the one before that, when the sentence before is about "it" too). Not when
    the subject is a report or an unlisted body ("Its author, Prof. Miriam Trelawny")."""
    if not phrase or phrase[0].lower_ != "its":
        return None
    sents = list(doc.sents)
    here = next((k for k, sent in enumerate(sents) if sent.start <= phrase[0].i < sent.end), 0)
    for k in range(here - 1, max(here - 3, -1), -1):
        hit = subject_org(doc, sents[k])
        if hit is not None:
            return hit
        if not any(t.lower_ == "it" and t.dep_ in SUBJECT_DEPS for t in sents[k]):
            return None
    return None


def _named_org(doc: Doc, run: list[Token], owned: bool = False, whole: bool = False) -> dict | None:
    """The organisation these words name: a mention exactly there, else the one organisation
    whose name is these words or (not `whole`) starts with them ("the Friends" -> "Friends of
    Y School"), else, with none such listed, the words as a body's name (speaker_org_unlisted.py)."""
    start, end = run[0].idx, run[-1].idx + len(run[-1])
    text = doc_text(doc)[start:end].lower()
    for org in doc._.orgs or ():
        if any(s == start and e == end for s, e in org["mentions"]) and not (whole and org["name"].lower() != text):
            return org
    hits = [o for o in doc._.orgs or ()
            if o["name"].lower() == text or not whole and o["name"].lower().startswith(text + " ")]
    if hits:
        return hits[0] if len(hits) == 1 else None
    return unlisted_body(doc, run, owned)


def _cap(t: Token) -> bool:
    return t.text[:1].isupper()  # "ShiftClass", "UNISON", "Tidewell"


def _body_at(doc: Doc, tokens: list[Token], before_char: int, refer: Refer, owned: bool = False) -> dict | None:
    """The body a few words name: an organisation's name ("the app-based agency ShiftClass
    Ltd", "the local Unison branch"), or "the trust" / "the trust's" / "the county council"
    (`refer` resolves the last noun); not "the council's contractor"."""
    for k, t in enumerate(tokens):
        if _cap(t):
            run = name_run(tokens, k)
            after = k + len(run)
            # "the Tenby branch": a place before a common noun, no body's name cut short
            return _named_org(doc, run, owned, whole=after < len(tokens) and _other_noun(tokens[after]))
        if t.lower_ == "the" and k + 1 < len(tokens) and tokens[k + 1].is_lower:
            j = k + 1
            while j < len(tokens) and (tokens[j].is_lower and tokens[j].pos_ in {"NOUN", "ADJ", "PROPN"}
                                       or tokens[j].text == "-"):  # "the app-based agency Y"
                j += 1
            if j < len(tokens) and _cap(tokens[j]):
                return _named_org(doc, name_run(tokens, j), owned)
            run = [x.lower_ for x in tokens[k + 1:j]]
            kind = _BOARDS.get(tuple(run + [x.lower_ for x in tokens[j:j + 2]])) or _BOARDS.get(tuple(run))
            if kind:
                return body_of_kind(doc, kind, before_char)  # "who chairs the governing body"
            of_owner = j + 1 < len(tokens) and tokens[j].text in {"'s", "’s"} and tokens[j + 1].lower_ in OWNED_BODIES
            if of_owner:
                # "who works for the council's contractor, Valebridge Coaches": the name after
                after = tokens[j + 2:]
                if len(after) > 1 and after[0].text == "," and _cap(after[1]):
                    return _named_org(doc, name_run(after, 1))
                return None
            if j == k + 1:
                return None
            if j == k + 2:
                return refer(doc, tokens[k + 1].lower_, before_char)
            if j == k + 3 and tokens[k + 2].lower_ in ORG_REFERENCES:
                # "the county council", "the junior school": the one of that kind with the word in its name
                return body_of_kind(doc, ORG_REFERENCES[tokens[k + 2].lower_], before_char, tokens[k + 1].lower_)
            return None  # "the merged trust", "the same company": not one the text has named
    return None


def _after_age(doc: Doc, k: int) -> int:
    """The token after ", 58" following a name (its end at k), else k."""
    if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].like_num and doc[k + 2].text == ",":
        return k + 2
    return k


def who_clause_org(doc: Doc, name: Span, refer: Refer) -> dict | None:
    """", who chairs the partnership's board," and the like, right after the name (and
    its age: "Janice Pemberton, 64, who is employed by the council,"); or the verb the name
    is the subject of ("Andrew Lyle had led Y Academy since 2019", "Jo Ward joined the
    school in 1994 and became head")."""
    k = _after_age(doc, name.end)
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "who":
        first = k + 2
    elif k < len(doc) and k == name.end and doc[k].pos_ in {"VERB", "AUX"} and name.root.dep_ in SUBJECT_DEPS:
        first = k
    else:
        return None
    clause: list[Token] = []
    for t in doc[first:min(len(doc), first + _CLAUSE_WORDS)]:
        if t.lower_ in _STOP or t.text == "," or t.is_quote and t.tag_ != POSSESSIVE_TAG:  # "Traders' Association"
            break
        clause.append(t)
    verbs = [i for i, t in enumerate(clause) if t.lower_ in _TIE_VERBS]
    if not verbs or any(t.lower_ in NOT_STAFF for t in clause):
        return None
    v = next((i for i in verbs if clause[i].lower_ in _PLACE_VERBS and clause[i].lower_ not in _BARE_VERBS), verbs[0])
    verb = clause[v].lower_  # "who is employed by": "employed"; "who has driven for Y": "driven"
    if first == k and (verb in _BARE_VERBS or clause[v] != name.root.head):
        # "Jo Ward was jailed at Y Crown Court": a main clause's "was" ties no one; "Jo Ward
        # said X had worked at Y": the tie is another's
        return None
    rest = clause[v + 1:]
    if verb == "set":
        if not rest or rest[0].lower_ != "up":
            return None
        rest = rest[1:]
    if verb in _BARE_VERBS and len(rest) > 2 and rest[0].lower_ == "the" and rest[2].text in {"'s", "’s"}:
        return _body_at(doc, rest[:2], name.start_char, refer)  # "who was the trust's IT manager"
    if verb in _PLACE_VERBS:
        preps = [i for i, t in enumerate(rest) if t.lower_ in _PLACE_VERBS[verb]]
        rest = rest[preps[0] + 1:] if preps else []
        if not rest or rest[0].lower_ in _INDEFINITE:
            return None  # "who has been a teaching assistant at a Y primary school": no body named
    if verb in _REPRESENTS:
        return _represented(doc, rest, name.start_char, refer)
    return _body_at(doc, rest[:8], name.start_char, refer, verb in OWNING_VERBS)


def _represented(doc: Doc, rest: list[Token], before_char: int, refer: Refer) -> dict | None:
    """"who represents the NASUWT in Y": a union; "who represents two wards on Y Council":
    the council; not a ward or a town ("who represents Holm Cross")."""
    on = [i for i, t in enumerate(rest) if t.lower_ == "on"]
    if on:
        hit = _body_at(doc, rest[on[0] + 1:on[0] + 8], before_char, refer)
        return hit if hit and hit["kind"] == "council" else None
    hit = _body_at(doc, rest[:8], before_char, refer)
    return hit if hit and hit["kind"] == "union" else None


def place_org(doc: Doc, phrase: list[Token]) -> dict | None:
    """"At Meadowcroft Primary, school business manager Tracey Nolan-Baptiste said": the
    organisation the sentence opens at, for a role phrase that names none."""
    if not phrase:
        return None
    first = phrase[0]
    sent = first.sent
    k = first.i - 1
    if k <= sent.start or doc[k].text != "," or doc[sent.start].lower_ != "at":
        return None
    words = [t for t in doc[sent.start + 1:k] if t.lower_ != "the"]
    if not words or not all(t.is_title or t.is_upper or t.text in {"'s", "’s"} for t in words):
        return None
    return _named_org(doc, words)


# "is employed by Y", "transferred to Y" (a TUPE transfer), "her employer, Y": the body that
# employs the person, wherever the clause after the name says it.
_EMPLOYED = {("employed", "by"), ("transferred", "to")}
_EMPLOYER = {"employer", "employers"}
# Words that make the employment someone else's ("staff employed by Y", "whose son ...").
_OTHERS = NOT_STAFF | {"staff", "workers", "cleaners", "cooks", "drivers", "members", "colleagues", "people",
                       "whose", "said", "says", "told", "added"}


def employer_org(doc: Doc, name: Span, refer: Refer) -> dict | None:
    """"Doreen Okereke, a cook at Merrowfield Park Primary who is employed by Brightplate,",
    "Dave Fairhurst, 58, who transferred to Calder after 19 years at Y", "Marjorie Oduya, 57,
    sued her employer, Brightline Facilities Services Ltd": the employer the sentence names
    after the person (before a quote, and before the words turn to someone else)."""
    end = min(name.sent.end, name.end + 30)
    for k in range(name.end, end - 1):
        t = doc[k]
        if t.is_quote or t.lower_ in _OTHERS or t.ent_type_ == "PERSON":
            return None
        if (t.lower_, doc[k + 1].lower_) in _EMPLOYED:
            return _body_at(doc, list(doc[k + 2:min(end, k + 8)]), name.start_char, refer)
        if t.lower_ in _EMPLOYER and doc[k + 1].text == "," and doc[k - 1].lower_ in {"her", "his", "their"}:
            return _body_at(doc, list(doc[k + 2:min(end, k + 8)]), name.start_char, refer)
    return None


# A lawyer speaks for the party they act for (the UK sets' convention): "Representing the
# trust, barrister X put it to ...", "Prosecuting on behalf of Y, X said", "X, representing
# Apex, told the hearing". Not a councillor's ward ("representing Holm Cross ward").
_ACTING = {"representing", "prosecuting", "defending"}
_ACTING_JOINERS = {"for", "on", "behalf", "of"}
_AREAS = {"ward", "wards", "division", "constituency", "residents", "parents", "families", "himself", "herself"}


def acting_for_org(doc: Doc, name: Span, refer: Refer) -> dict | None:
    """The party a lawyer acts for, after the name or at the head of the sentence."""
    k = _after_age(doc, name.end)
    if k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in _ACTING:
        return _acted_for(doc, list(doc[k + 2:min(len(doc), k + 12)]), name.start_char, refer)
    sent = name.sent
    if doc[sent.start].lower_ not in _ACTING or name.start - sent.start > 14:
        return None
    commas = [t.i for t in doc[sent.start:name.start] if t.text == ","]
    # "Representing the council, barrister X": the comma closes the opening phrase
    if len(commas) != 1 or name.start - commas[0] > 3 or any(t.is_quote for t in doc[sent.start:name.start]):
        return None
    return _acted_for(doc, list(doc[sent.start + 1:commas[0]]), name.start_char, refer)


def _acted_for(doc: Doc, tokens: list[Token], before_char: int, refer: Refer) -> dict | None:
    k = 0
    while k < len(tokens) and tokens[k].lower_ in _ACTING_JOINERS:
        k += 1
    words = []
    for t in tokens[k:]:
        if t.text in {",", ".", ";", ":"} or t.is_quote:
            break
        words.append(t)
    if not words or any(t.lower_ in _AREAS for t in words):
        return None
    return _body_at(doc, words, before_char, refer)

