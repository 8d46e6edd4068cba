"""A role in the lead, named further on: "a warning from the leader of the opposition that
the change would cause ‘chaos’" ... "Cllr Jo Bell, who leads the opposition group, said".

A news story's opening paragraph often reports someone by their role and names them in the
body: the first person the body introduces in that role is the one the lead described. So a
speaker found as a role phrase naming no one (a singular noun for a person's post: a
councillor, a governor, an estates manager) is the first person named after it, within
NAMED_WITHIN_PARAGRAPHS paragraphs, whose introduction gives the same role: the sentence
of their first mention (outside quotes) holds the role noun or a word for it (ROLE_SYNONYMS:
"Cllr" for a councillor), the verb the noun is made from ("leader" / "who leads", "manager"
/ "manages"), or the person's row holds it as role or title; or the role is a body's
("a union official") and the person is that kind of body's ("regional officer for Unite"); what the role is of, a common noun, must be there too
("the leader of the opposition" is not "Council leader Cllr X").
Read in the lead (the first paragraph after the headline) for any such phrase, and later
on only for a definite one ("the trust's estates manager": someone particular, yet to be
named). Not for "another" or "one councillor" (one of several: the first named is a guess), nor for
groups (a plural noun), nor a noun for anyone at all (a parent, a man: the next parent
named is often someone else); a role of one gender ("chairwoman") is no one of the other.

`named_later(finder, t)` is called by the speaker finder (speakers.py) for a subject noun t
it would otherwise give as the phrase written."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import ORG_REFERENCES, ROLE_WORDS
from nlp.components.quoting.context import ANONYMOUS_NOUNS, body_index, person_noun
from nlp.components.quoting.not_names import not_a_name
from nlp.components.quoting.role_holders import ROLE_SYNONYMS
from nlp.components.quoting.successions import particular
from nlp.components.quoting.words import noun_gender

# Paragraphs after the role's own in which the person it describes must be introduced.
NAMED_WITHIN_PARAGRAPHS = 2
# Endings that make an agent noun from a verb: "leader" <- lead, "manager" <- manage.
AGENT_ENDINGS = ("er", "r", "or")
# Fewest letters of such a verb ("lead"; not the "wat" of "water").
MIN_VERB_LETTERS = 3
# Determiners of a role that is someone else than anyone named before ("another governor").
_OTHER_DETS = frozenset({"another", "other"})


def _role_words(t: Token) -> set[str]:
    """The role noun of t as written, its lemma and the words for it ("Cllr": councillor)."""
    noun = t.lemma_.lower()
    return {noun, t.lower_} | ROLE_SYNONYMS.get(noun, set())


def _agent_verbs(t: Token) -> set[str]:
    """The verbs the role noun of t may be made from ("leader": lead, leade)."""
    noun = t.lemma_.lower()
    return {noun[:-len(end)] for end in AGENT_ENDINGS if noun.endswith(end) and len(noun) - len(end) >= MIN_VERB_LETTERS}


def _body_kind(t: Token) -> str | None:
    """The kind of body a role belongs to by a modifier ("union official": union)."""
    return next((ORG_REFERENCES[c.lower_] for c in t.children
                 if c.dep_ in {"compound", "amod"} and c.lower_ in ORG_REFERENCES), None)


def _of_what(t: Token) -> list[Token]:
    """The common nouns the role is of ("leader of the opposition": opposition; "chairman of
    the residents association": association); a body's name is left out, as an
    introduction often gives the body apart ("a governor at X Primary School")."""
    return [g for c in t.children if c.dep_ == "prep" for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "NOUN" and not g.ent_type_]


def _in_role_phrase(x: Token, t: Token) -> bool:
    """x is a word of the role's own "of/for/at ..." phrase ("regional director for the North
    East and Yorkshire"), not a name set off after it ("the chair at X, the Rev Jo Bell,")."""
    while x.i != t.i and x.head.i != x.i:
        if x.dep_ == "appos":
            return False
        if x.head.i == t.i:
            return x.dep_ == "prep"
        x = x.head
    return False


def _introduces(finder, person: dict, first: int, t: Token, kind: str | None) -> bool:
    """The first mention of `person` (at char `first`) gives the role of t."""
    words, verbs = _role_words(t), _agent_verbs(t)
    span = finder.doc.char_span(first, first + 1, alignment_mode="expand")
    if span is None or _in_role_phrase(span.root, t) or not_a_name(finder.doc, person):
        return False
    if span.sent.start == t.sent.start:
        # named in the role's own sentence: only a name set beside the role is its holder ("the
        # chair of governors at X, the Rev Jo Bell, wrote"), not another person ("A union official
        # has called ... as Jo Bell, the trust's chief executive, defended it")
        return any(x.i == span.root.i for x in t.subtree)
    said = [x for x in span.sent if not finder.in_quote(x.idx)]
    lemmas = {x.lemma_.lower() for x in said} | {x.lower_ for x in said}
    if not all(g.lemma_.lower() in lemmas or g.lower_ in lemmas for g in _of_what(t)):
        return False  # ("Council leader Cllr X" is not the leader of the opposition)
    row = f"{person['role'] or ''} {person['title'] or ''}".lower().replace(".", "").split()
    if words & set(row):
        return True
    for x in said:
        if x.lower_ in words or x.lemma_.lower() in words or x.pos_ == "VERB" and x.lemma_.lower() in verbs:
            return True
    if kind is None or not person["org"]:
        return False
    return any(o["name"] == person["org"] and o["kind"] == kind for o in finder.doc._.orgs or ())


def named_later(finder, t: Token, org: str | None = None):
    """The Speaker of the person the body names in the role t (a subject noun) stands for,
    or None (see the module's docstring). The person keeps the body the role phrase names
    (`org`: "The chair of governors at X School says ...") when their own mentions give none,
    as leads.py's lede rule does."""
    kind = _body_kind(t)
    if t.tag_ != "NN" or t.ent_type_ or not (person_noun(t.lower_) or kind) or t.lower_ in ANONYMOUS_NOUNS \
            or noun_gender(t.lower_) is not None and t.lower_ not in ROLE_WORDS \
            or any(c.lower_ in _OTHER_DETS or c.dep_ == "nummod" for c in t.children):
        return None
    para = finder.paragraph_of(t.idx)
    if para is None or not (para == body_index(finder) or particular(t)):
        return None
    last = para + NAMED_WITHIN_PARAGRAPHS
    people = finder.doc._.people or ()
    later = []
    for k, person in enumerate(people):
        first = min((s for s, _ in person["mentions"]), default=None)
        if first is None or first <= t.idx or finder.in_quote(first):
            continue  # (a name inside quoted words introduces no one)
        at = finder.paragraph_of(first)
        if at is not None and at <= last:
            later.append((first, k))
    gender = noun_gender(t.lower_)
    for first, k in sorted(later):
        if gender is not None and people[k]["gender"] not in (None, gender):
            continue  # ("the chairwoman": no man named next)
        if _introduces(finder, people[k], first, t, kind):
            person = finder.person_speaker(k, how="nominal")
            return person.but(speaker_org=person.speaker_org or org)
    return None
