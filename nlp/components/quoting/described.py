"""A speaker described, not named: "says the 58-year-old", "“...,” said the 49-year-old
supervisor", "the mother of two says". British features name a person and then refer back
to them by their age or their children, as they would by "she"; the description is never a
new person. It is resolved as a pronoun of
either gender would be: the most salient person named before it (salience.py).

`described_person(finder, t)` is called by `SpeakerFinder._speaker_from` (speakers.py). So
is `someone(t)`: "someone in the public gallery shouted: “...”" is a speaker the text
leaves unnamed, as written, not the subject of another verb nearby ("As she spoke, someone
... shouted" is not her) nor no one (the quote is kept). `named_by_description(ctx, q, found)`
is called where a speaker is finalised (plain_names.py): "the mother-of-two said" after
"Mother-of-two Harriet Chukwu-Brennan" is Harriet Chukwu-Brennan. `in_lower_case(found)`
(continuations.py): a description that names no one is written as it would stand inside a
sentence ("Head teachers in Cressbury say ..." -> "head teachers"), so that it reads as no
one's name (quote round 42)."""
from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS
from nlp.components.person_family import FAMILY_GENDER
from nlp.components.quoting.context import PLURAL_ENDING, Speaker, person_noun

# Determiners that open a description written as the article does ("One father", "A parent
# of a Year 8 pupil"): such a phrase reads as no one's name already and keeps its capital.
DETERMINERS_KEPT = frozenset("a an one another some the this that".split())
# Words after a description's noun ("Parent of a Year 2 pupil", "Head teachers at X").
DESCRIPTION_PREPS = frozenset("of at from in for with who".split())
# "the 58-year-old", "the 49-year-old supervisor", "the two-year-old's mother" is not one
# (a possessive names someone else).
AGE_DESCRIPTION = re.compile(r"^(the|this)\s+(\d{1,3}|[a-z]+(-[a-z]+)?)[-\s]year[-\s]old\b", re.I)
# Possessive pronouns of one person, and the gender of the pronoun they stand for.
POSSESSIVE_GENDER = {"his": "m", "her": "f"}
# What a person puts forward in words, besides documents (a document's owner is read by
# documents.py, which asks the speaker finder who "his"/"her" is).
OWNED_WORDS = frozenset("motion amendment submission evidence remarks comments speech tribute question answer reply response".split())
# Below this age "the 11-year-old" is a child, and nouns that name one.
ADULT_AGE = 18
CHILD_NOUNS = frozenset("son daughter child pupil boy girl grandson granddaughter stepson stepdaughter".split())
# Indefinite pronouns that are one unnamed speaker ("Another said the meeting was ‘...’", after
# "One parent said ...": one more of the people just described; the UK sets give the words of
# such a speaker with no one named, 8 of 8 in sets 37, 39, 60, 62, 63 and 64).
SOMEONE = frozenset({"someone", "somebody", "another"})
# Pronouns for a group of people "one of" whom speaks ("one of them put it to me").
PEOPLE_PRONOUNS = frozenset({"them", "us", "you", "those"})
# Words before "one" that make it no one, everyone or a thing ("the one on the left").
NOT_ONE_UNNAMED = frozenset("no every any each the this that which".split())
# Longest description read this way ("the 49-year-old cleaning supervisor"), in tokens.
DESCRIPTION_MAX_TOKENS = 8


# "the mother of two", "the father-of-three": a parent described by their children (the
# nouns and their genders: person_family.py, which reads "Mother-of-two Jo Bell").
FAMILY_DESCRIPTION = re.compile(r"^(the|this)\s+([a-z]+)(\s+of\s+|\s*-\s*of\s*-\s*)([a-z]+|\d+)$", re.I)


def _description(t: Token) -> str | None:
    left = t.left_edge.i
    words = t.doc[left:t.i + 1]
    if len(words) > DESCRIPTION_MAX_TOKENS or any(x.text in {"'s", "’s"} for x in words):
        return None
    return words.text if AGE_DESCRIPTION.match(words.text) else None


def _family_gender(t: Token) -> str | None:
    """"the mother of two" (t: "mother"): the gender its noun states; None for any other phrase."""
    if t.lower_ not in FAMILY_GENDER:
        return None
    words = t.doc[t.left_edge.i:t.right_edge.i + 1]
    found = FAMILY_DESCRIPTION.match(words.text) if len(words) <= DESCRIPTION_MAX_TOKENS else None
    return FAMILY_GENDER[t.lower_] if found and found.group(2).lower() == t.lower_ else None


def _salient_person(finder, t: Token, genders: tuple[str, ...], how: str) -> Speaker | None:
    """The most salient person named before t (outside quotes) of one of the genders, as
    salience.py ranks the antecedents of he/she."""
    here = finder._sentence_index(t.i)
    best: dict[int, tuple[float, int]] = {}
    for gender in genders:
        scores, _ = finder._person_scores(t, gender, here)
        for k, score in scores.items():
            best[k] = max(best.get(k, score), score)
    if not best:
        return None
    ranked = sorted(best, key=lambda k: best[k], reverse=True)
    k = ranked[0]
    margin = best[k][0] - best[ranked[1]][0] if len(ranked) > 1 else 10.0
    return finder.person_speaker(k, how=how, margin=margin)


def _is_child(finder, k: int, before: int) -> bool:
    """Person k is named as someone's child or a pupil ("whose daughter Lily Ashdown")."""
    for s, e in (finder.doc._.people or ())[k]["mentions"]:
        span = finder.doc.char_span(s, e, alignment_mode="expand") if s < before else None
        if span is not None and (span.root.head.lower_ in CHILD_NOUNS and span.root.dep_ != "poss"  # (not "Jo's son")
                                 or any(c.lower_ in CHILD_NOUNS for c in span.root.children)):
            return True
    return False


def _named_nearby(finder, t: Token) -> list[int]:
    """The people named outside quotes from the start of the paragraph before t's to t."""
    paragraphs = finder.paragraphs
    here = finder.paragraph_of(t.idx) or 0
    since = paragraphs[max(0, here - 1)][0] if paragraphs else 0
    return [k for k, person in enumerate(finder.doc._.people or ())
            if any(since <= s < t.idx and not finder.in_quote(s) for s, _ in person["mentions"])]


def described_person(finder, t: Token) -> Speaker | None:
    """The person "the 58-year-old" or "the mother of two" (the subject token t) refers
    back to: the one person
    named (outside quotes) in its paragraph or the one before; with an age under ADULT_AGE,
    the one of them named as someone's son or daughter. None when t is no such description
    or the text leaves a choice (the description may then mean someone else)."""
    text = _description(t)
    gender = _family_gender(t) if text is None else None
    if text is None and gender is None:
        return None
    nearby = _named_nearby(finder, t)
    if gender is not None:  # "says the mother of two": a parent of that gender, not a child
        nearby = [k for k in nearby if finder._gender(k) in (None, gender) and not _is_child(finder, k, t.idx)]
        text = ""
    age = re.search(r"\d+", text)
    if len(nearby) > 1 and age and int(age.group()) < ADULT_AGE:
        nearby = [k for k in nearby if _is_child(finder, k, t.idx)]
    if len(nearby) != 1:
        return None
    return finder.person_speaker(nearby[0], how="nominal")


def possessor(finder, t: Token) -> Speaker | None:
    """"Her motion asked ...", "His letter said ...": the person his/her (t) refers to, found
    as the pronoun he/she would be; None for any other word, or his/her owning anything but
    a document or words put forward ("her lawyer" is someone else)."""
    gender = POSSESSIVE_GENDER.get(t.lower_)
    if gender is None or t.dep_ != "poss" or t.head.lower_ not in OWNED_WORDS | DOCUMENT_NOUNS:
        return None
    return _salient_person(finder, t, (gender,), "pronoun")


def owned_words(finder, t: Token) -> Speaker | None:
    """A motion, a submission, remarks ... owned by his/her (t is the noun): its owner."""
    if t.lower_ not in OWNED_WORDS:
        return None
    owner = next((c for c in t.children if c.dep_ == "poss"), None)
    return possessor(finder, owner) if owner is not None else None


def someone(t: Token) -> Speaker | None:
    """An indefinite "someone"/"somebody"/"another" as a cue's subject: that unnamed speaker,
    as written (the parser tags "another" standing alone a pronoun; before a noun it is a
    determiner and the noun is the subject)."""
    if t.lower_ not in SOMEONE or any(_describes_thing(c) for c in t.children):
        return None
    return Speaker(t.lower_, how="phrase")


def _describes_thing(c: Token) -> bool:
    """A modifier that makes "another" a thing: a participle ("Another, published in May,
    found ...") or a "which" clause ("Another, which ran in March, said ...")."""
    return c.dep_ == "acl" or c.dep_ == "relcl" and any(g.lower_ == "which" for g in c.children)


def one_unnamed(t: Token) -> Speaker | None:
    """"As one of them put it to me", "what one called ...": "one" as a cue's subject, on its
    own or one of a group of people ("of them", "of the parents"), is an unnamed speaker, as
    written; not "no one", "every one", nor one of things ("one of the reports")."""
    if t.lower_ != "one" or any(c.lower_ in NOT_ONE_UNNAMED for c in t.children):
        return None
    of = [c for c in t.children if c.dep_ == "prep"]
    if not of:
        return Speaker("one", how="phrase")
    group = [g for c in of if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if len(of) == 1 and group and (group[0].lower_ in PEOPLE_PRONOUNS or group[0].tag_ == "NNS" and person_noun(group[0].lemma_)):
        return Speaker(t.doc[t.i:group[0].i + 1].text.lower(), how="phrase")
    return None


def named_by_description(ctx, q, found: Speaker) -> Speaker:
    """"the mother-of-two said" after "Mother-of-two Harriet Chukwu-Brennan, from ...":
    the one person the text names right after the same description, before the quote."""
    phrase = (found.speaker or "").lower()
    if not phrase.strip() or found.person is not None or phrase.split()[:1] in (["a"], ["an"], ["one"], ["another"]):
        return found
    people = ctx.doc._.people or ()
    hits = set()
    # ("Mother-of-two Harriet ...", "the mother-of-two said": the speaker read as "mother")
    for m in re.finditer(r"\b" + re.escape(phrase) + r"(?:[- ]of[- ]\w+)?\s+", ctx.text[:q.start], re.I):
        hits |= {k for k, person in enumerate(people) for s, _ in person["mentions"]
                 if s == m.end() and person.get("gender") is not None or s == m.end() and len(person["name"].split()) > 1}
    if len(hits) != 1:
        return found
    return ctx.person_speaker(next(iter(hits)), how="nominal", cue=found.cue)


def in_lower_case(found: Speaker) -> Speaker:
    """`found` with its first letter in lower case when it is a bare description of people
    the text leaves unnamed written at a sentence's start: a phrase (no person, no body,
    no determiner: DETERMINERS_KEPT) of two words or more whose capitalised first word is
    followed by a lower-case word and whose noun is one for people ("Head teachers", "Parent
    of a Year 2 pupil"); one word ("Inspectors"), a thing ("Facebook page") and a name
    ("Reader Sam Whitlock") stay as written."""
    words = (found.speaker or "").split()
    if found.how != "phrase" or found.person is not None or found.speaker_org is not None or not words:
        return found
    first = words[0]
    if not (first.isalpha() and first.istitle()) or first.lower() in DETERMINERS_KEPT:
        return found
    # (its noun, the last word before "of"/"at"/...: a noun for people, not "Facebook page")
    lead = list(itertools.takewhile(lambda w: w.lower() not in DESCRIPTION_PREPS, words))
    noun = lead[-1].lower() if lead else ""
    if len(words) > 1 and words[1].islower() and (person_noun(noun) or person_noun(noun.removesuffix(PLURAL_ENDING))):
        return found.but(speaker=first.lower() + found.speaker[len(first):])
    return found
