"""Who "he"/"she" is when the pronoun replies: "Governor Simon Eke asked the head, Owen Pratt,
whether the blazer was compulsory. ¶ “It is, from September,” he replied." is the one asked,
not the asker named nearer; "“...,” Cllr Stone said. ¶ Cllr Reeve cut in: “...” Ms Pike
nodded. ¶ “...,” she replied." answers the one who spoke last, so is the speaker before them,
not the person mentioned last. A reply is a turn in an exchange: nobody replies to themselves.

`replier(finder, t, gender)` is called by salience.py for he/she, before the pronoun is read
as the most salient person of its gender. None when the pronoun's verb is no verb of replying,
or neither reading finds one person of agreeing gender.
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.quoting.context import _SUBJ_DEPS, Speaker

# Verbs by which a speaker answers the one before: lemmas.
REPLY_LEMMAS = frozenset({"reply", "respond", "retort", "answer", "counter"})
# Verbs of putting a question to someone, whose object is who answers next: lemmas.
ASK_LEMMAS = frozenset({"ask", "question", "press", "challenge"})
# How many narrative sentences back the question may be put.
ASKED_SENTENCES_BACK = 2
# How far back (characters) the exchange's earlier speaker may have spoken.
EXCHANGE_REACH_CHARS = 1200


def replier(finder, t: Token, gender: str) -> Speaker | None:
    if t.lower_ not in {"he", "she"} or t.dep_ not in _SUBJ_DEPS or t.head.lemma_ not in REPLY_LEMMAS:
        return None
    return _asked(finder, t, gender) or _turn_before(finder, t, gender)


def _asked(finder, t: Token, gender: str) -> Speaker | None:
    """The named person the narrative just before asked (the object of "asks"/"asked"), in
    the pronoun's paragraph or the one before ("6.31pm: X asks Y whether ... ¶ 6.33pm: “...,”
    he replies")."""
    p = finder.paragraph_of(t.idx)
    if p is None:
        return None
    start = finder.paragraphs[max(0, p - 1)][0]
    sent, seen = t.sent, 0
    while seen < ASKED_SENTENCES_BACK and sent.start > 0:
        sent = finder.doc[sent.start - 1].sent
        if sent.start_char < start:
            return None
        if not any(x.is_alpha and not finder.in_quote(x.idx) for x in sent):
            continue
        seen += 1
        for v in sent:
            if v.lemma_ not in ASK_LEMMAS or v.pos_ != "VERB" or finder.in_quote(v.idx):
                continue
            for o in (c for c in v.children if c.dep_ == "dobj"):
                # (the name, or the one in apposition to a role: "asked the head, Owen Pratt,")
                named = [x for x in (o, *(c for c in o.children if c.dep_ == "appos")) if x.ent_type_ == "PERSON"]
                found = finder._person(named[0]) if named else None
                if found is not None and found.person is not None and finder._gender(found.person) in (None, gender):
                    return found.but(how="pronoun", margin=0.0)
    return None


def _turn_before(finder, t: Token, gender: str) -> Speaker | None:
    """The speaker before the latest one, when they differ and the earlier one's gender
    agrees: the one the latest speaker answered, who now replies."""
    said = [(pos, who) for pos, who in finder.history if pos < t.idx and who.person is not None]
    if not said:
        return None
    _, last = said[-1]
    before = next(((pos, who) for pos, who in reversed(said) if who.person != last.person), None)
    if before is None or t.idx - before[0] > EXCHANGE_REACH_CHARS:
        return None
    who = before[1]
    if finder._gender(who.person) != gender or finder._gender(last.person) == gender:
        return None  # (the last speaker could be the one meant, or the earlier one's gender is unknown)
    return finder.person_speaker(who.person, how="pronoun", margin=0.0)
