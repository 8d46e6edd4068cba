"""Singular "they" for a named person: "Its co-chair, Sam Okoro, addressed the crowd. ‘...,’
they said." British papers now write "they" for a person who uses it; the pronoun is then
that person, not a group or an organisation named earlier. Read only when it cannot be
plural: the sentence before names one person as its subject (or as the agent of its passive
verb, "The petition was started by Robin Ellery", or as the one its words come from, "The
warning comes from Robin Ellery"), whose gender the text never gives, and names no group (no plural noun, no organisation; "they" only inside a clause about
that person: "who asked not to be named because they ...") besides; or describes one unnamed person as its subject
("Another supply teacher, who asked not to be named, ...") and names no one.

`singular_they(finder, t)` is called by group_pronouns.py for "they", beside the other reading of
singular they there (the person who said "they" of themselves), before "they" is read as an
organisation or a group. So is `spokesperson_pronoun(finder, t)` (also for he/she): "A Dovecote spokesperson said
engineers had inspected the building. ‘...,’ they said." is the spokesperson, not the
engineers nor a plural noun named before. `appositive_person(finder, x)` (group_pronouns.py): a
plural noun the parser made a speech verb's subject with a named person set off after it
("The school's special educational needs co-ordinator, Alex Trudgeon, told ...", "needs"
read as the subject) is no group "they" may mean: the person is (quote round 42)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.lexicon import ROLE_WORDS, SPOKES_NOUNS
from nlp.components.quoting.context import _SUBJ_DEPS, LAY_GROUPS, Speaker, indefinite_dets, person_noun
from nlp.components.quoting.crowd_names import GROUP_WORDS
from nlp.components.quoting.refers_back import refers_back
from nlp.components.quoting.words import FEMALE_NOUNS, MALE_NOUNS, is_cue

# A person's stated pronouns: "who uses they/them pronouns", "(pronouns: they/them)".
DECLARED_THEY = re.compile(r"\bthey\s*/\s*them\b", re.I)
# Pronouns that may stand for a spokesperson named by their job alone.
SPOKES_PRONOUNS = frozenset({"they", "he", "she"})
# The nouns of a spokesperson's job, which he/she may stand for ("a source" is not one person
# the text follows).
SPOKES_JOBS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# How many sentences back (past those wholly inside quotes) the person may be named.
SENTENCES_BACK = 4
# How many "they"s in a row, each the subject of its sentence, are read back to one person.
THEY_CHAIN = 1
# Dependencies of a main clause's object, where a plural group noun may be who "they" means.
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr"})
# Plural words for people the role words do not list ("staff", "families").
PLURAL_GROUP_WORDS = GROUP_WORDS | LAY_GROUPS
# Dependencies of the words that describe a person in apposition ("Robin Ellery, a volunteer
# with the charity Fairshare Meals"): a group inside them is not who "they" may mean.
_DESCRIBING_DEPS = frozenset({"appos", "relcl", "acl"})


def sentence_before(finder, t: Token):
    """The narrative sentence (one with words outside quotes) before t's, in t's paragraph
    (or the one before, when t's opens with a quote: `passage_start`)."""
    start = finder.passage_start(t.idx)
    sent = t.sent
    for _ in range(SENTENCES_BACK):
        if sent.start == 0:
            return None
        sent = finder.doc[sent.start - 1].sent
        if sent.start_char < start:
            return None
        if any(x.is_alpha and not finder.in_quote(x.idx) for x in sent):
            return sent
    return None


def _one_unnamed(x: Token) -> bool:
    """One unnamed person described: "Another supply teacher", "A parent", "One mother"."""
    return x.tag_ == "NN" and x.lower_ in ROLE_WORDS and x.ent_type_ != "ORG" \
        and bool(indefinite_dets(x))


def _group_noun(x: Token) -> bool:
    """x is a plural noun for people or a body ("parents", "members", "staff", "councils"),
    which "they" may mean; a plural thing ("years", "complaints") is not."""
    return x.ent_type_ in {"ORG", "NORP"} or x.lower_ in PLURAL_GROUP_WORDS or person_noun(x.lemma_.lower())


def _named_in_apposition(x: Token) -> list[Token]:
    """The person's names set off in apposition to the noun x ("The school's co-ordinator,
    Kim Ode," misparsed with a plural head "needs"): x is then that person, not a group."""
    return [c for c in x.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]


def _agents(root: Token) -> list[Token]:
    """The agents of a passive main clause: "The petition was started by Robin Ellery"."""
    if not any(c.dep_ == "nsubjpass" for c in root.children):
        return []
    return [g for c in root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def _agent_people(finder, prev, words: list[Token], described: set[int]) -> list[Token]:
    """The agent of the sentence's passive main clause, as the one person it may name, when
    no group stands anywhere else in it (not in a description of the agent): "... was started
    by Robin Ellery and backed by residents" may mean the residents."""
    agents = _agents(prev.root)
    if len(agents) != 1:
        return []
    describing = {y.i for c in agents[0].children if c.dep_ in _DESCRIBING_DEPS for y in c.subtree}
    if any(x.tag_ in {"NNS", "NNPS"} and _group_noun(x) for x in words
           if x.i not in described and x.i not in describing):
        return []
    return agents


def _may_be_group(x: Token, root: Token, reported: set[int]) -> bool:
    """The word x of the sentence before may be the group "they" means: the main clause's
    subject in the plural, or an organisation, "we", "both", or another "they" as it; a
    plural group noun as the main clause's object ("joined other parents", not the ones a
    speech verb addresses: "told governors") or as a subject
    anywhere outside the reported words (a "they" inside them, "X said they had ...", is
    the reporter's own pronoun)."""
    main = x.head.i == root.i or x.head.dep_ == "conj" and x.head.head.i == root.i
    plural = x.tag_ in {"NNS", "NNPS"}
    if x.dep_ in _SUBJ_DEPS and main and (plural or x.ent_type_ == "ORG" or x.lower_ in {"we", "both", "they"}):
        return True
    if x.lower_ == "they" and x.dep_ in _SUBJ_DEPS:
        return x.i not in reported
    # (the ones a speech verb addresses are not: "Kim Ode told governors they had concerns")
    addressed = x.dep_ in _OBJECT_DEPS and is_cue(root)
    return plural and _group_noun(x) and (main and x.dep_ in _OBJECT_DEPS and not addressed
                                          or x.dep_ in _SUBJ_DEPS and x.i not in reported)


def singular_they(finder, t: Token, chain: int = THEY_CHAIN) -> Speaker | None:
    if t.lower_ != "they" or t.dep_ not in _SUBJ_DEPS:
        return None
    prev = sentence_before(finder, t)
    if prev is None:
        return None
    words = [x for x in prev if not finder.in_quote(x.idx)]
    # a group the pronoun may mean (not in a clause about someone: "Alex Carrow, who stopped
    # taking bookings, is less sure", nor in the words a person reports: "Jo Bell said
    # councillors had ‘no idea’")
    described = {y.i for x in words if x.dep_ in {"relcl", "acl"} for y in x.subtree}
    reported = {y.i for x in prev.root.children if x.dep_ == "ccomp" for y in x.subtree} \
        if is_cue(prev.root) else set()
    subjects = [x for x in words if x.dep_ in _SUBJ_DEPS and x.head.i == prev.root.i]
    if not subjects and is_cue(prev.root):
        # a subject the parser misread ("teaching assistant Sam Ridley said", "teaching" read
        # as a verb): as the attribution reads it
        subjects = finder._cue_subjects(prev.root, prev.start_char, prev.end_char, False)[:1]
    if chain > 0 and len(subjects) == 1 and subjects[0].lower_ == "they":
        # "Alex Morrow runs a group. They say the same complaints come up. ‘...,’ they say":
        # the "they" before is read first, and this one is whoever it is
        return singular_they(finder, subjects[0], chain - 1)
    if any(x.i not in described and not _named_in_apposition(x) and _may_be_group(x, prev.root, reported)
           for x in words):
        return None
    if len(subjects) == 1 and _one_unnamed(subjects[0]) and not any(x.ent_type_ == "PERSON" for x in words):
        # "Another supply teacher, who asked not to be named, was less charitable. ‘...,’
        # they said": the one person the sentence describes, as the attribution reads them
        found = finder._speaker_from(subjects[0], prev.start_char, prev.end_char, prev.root.i)
        if found is None or not found.speaker:
            return None
        # (with the article that leaves them unnamed, as the attribution before wrote them:
        # "A Year 9 teacher at the school")
        det = indefinite_dets(subjects[0])[0].text
        phrase = found.speaker if found.speaker.lower().startswith(det.lower()) else f"{det} {found.speaker}"
        return found.but(speaker=phrase, how="pronoun", cue=None, margin=0.0)
    # (the subject, or the name in apposition to it: "Its co-chair, Sam Okoro, addressed ...")
    heads = [finder._person_in_subject(x, prev.start_char, prev.end_char, x.head.i) for x in subjects]
    people = {found.person for found in (finder._person(x) for x in heads if x is not None) if found is not None}
    if not people:
        # (the agent of a passive, "was taken up by Robin Ellery", or the one the sentence
        # hands words to, "The warning comes from Robin Ellery")
        heads = _agent_people(finder, prev, words, described)
        people = {found.person for found in (finder._person(x) for x in heads) if found is not None}
        handed = refers_back(finder, prev.start_char, prev.end_char) if not people else None
        if handed is not None and handed.person is not None:
            people = {handed.person}
    # (someone named only in the reported words, or in a clause about the person, "who
    # founded a group with Kim Ode", is not who "they" continues with)
    named = [x for x in words if x.ent_type_ == "PERSON" and x.i not in reported and x.i not in described]
    people_named = {p.person for p in (finder._person(x) for x in named) if p is not None}
    if len(people) != 1 or people_named != people:
        return None
    k = next(iter(people))
    if k is None or not finder._gender_unstated(k):
        return None
    return finder.person_speaker(k, how="pronoun", margin=0.0)


def spokesperson_pronoun(finder, t: Token) -> Speaker | None:
    """"they" (or "he"/"she") as a cue's subject when the latest speech verb before it in its
    paragraph, or in the one before when t's opens with a quote (outside quotes), has one
    spokesperson as its subject ("A Dovecote Property Services spokesperson said ..."): that spokesperson, as the attribution found them.
    Anyone or anything else as the latest speech verb's subject: None. He/she must agree
    with the noun ("spokesman") and nobody may be named in between ("A spokesperson said
    ... Jo Bell, the head, was not convinced. “...,” she said")."""
    if t.lower_ not in SPOKES_PRONOUNS or t.dep_ not in _SUBJ_DEPS or not is_cue(t.head):
        return None
    start = finder.passage_start(t.idx)  # ("A spokesman for the trust said ... ¶ “...,” he added")
    for x in reversed(finder.doc[:t.i]):
        if x.idx < start:
            return None
        if t.lower_ != "they" and x.ent_type_ == "PERSON" and not finder.in_quote(x.idx):
            return None
        if x.dep_ != "nsubj" or finder.in_quote(x.idx) or not is_cue(x.head) or x.head.i > t.i:
            continue
        if x.lower_ not in SPOKES_NOUNS or x.tag_ != "NN" or any(c.dep_ == "conj" for c in x.children):
            return None
        if t.lower_ != "they" and (x.lower_ not in SPOKES_JOBS or x.lower_ in FEMALE_NOUNS and t.lower_ == "he"
                                   or x.lower_ in MALE_NOUNS and t.lower_ == "she"
                                   or any(y.ent_type_ == "PERSON" and not finder.in_quote(y.idx) for y in x.sent)):
            return None  # ("Jo Bell will attend, a source tells us. ... she said": not the source)
        found = finder._speaker_from(x, x.sent.start_char, x.sent.end_char, x.head.i)
        return found.but(how="pronoun", cue=None, margin=0.0) if found is not None and found.speaker else None
    return None


def declared_they(finder, t: Token) -> Speaker | None:
    """"Moreno-Hart, who uses they/them pronouns, described ... ‘...,’ they said": the person
    whose sentence states those pronouns, when they are the person named last before t
    (outside quotes)."""
    if t.lower_ != "they" or t.dep_ not in _SUBJ_DEPS:
        return None
    latest: dict[int, int] = {}
    for k in range(len(finder.doc._.people or ())):
        before = [s for s, _ in finder._mentions(k) if s < t.idx and not finder.in_quote(s)]
        if before:
            latest[k] = max(before)
    if not latest:
        return None
    k = max(latest, key=latest.get)
    spans = (finder.doc.char_span(s, e, alignment_mode="expand") for s, e in finder._mentions(k))
    declared = any(span is not None and DECLARED_THEY.search(span.sent.text) for span in spans)
    return finder.person_speaker(k, how="pronoun", margin=0.0) if declared else None


def appositive_person(finder, x: Token) -> Speaker | None:
    """The person named in apposition to the noun x (`_named_in_apposition`), as the speaker of
    a "they" after it; None when there is none or several."""
    named = _named_in_apposition(x)
    people = {found.person: found for found in (finder._person(y) for y in named) if found is not None and found.person is not None}
    if len(people) != 1:
        return None
    return next(iter(people.values())).but(how="pronoun", margin=0.0)
