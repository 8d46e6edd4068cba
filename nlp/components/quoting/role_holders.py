"""Who a role noun stands for: "the councillor said" -> the person named last with that role
or title ("Cllr Steve Carmody"); "the head said" -> the headteacher.

Two readings besides the role or title the people rows hold:
- a role given by its verb in a relative clause after the name: "Sarah Cole, who chairs the
  parents' forum, ... the forum's chair said" (ROLE_VERB_LEMMAS);
- with several holders, the one whose role names the body the role noun is tied to: its
  owner ("the forum's chair", "the chair of the committee") or, with none, what the
  narrative sentence before speaks of ("The committee agreed ... The chair said:" -> the
  committee's chair, not a forum's chair named nearer). With no single such holder, the one
  named last, as before.

`role_holder(finder, t, noun)` is called by the speaker finder (speakers.py)."""
from __future__ import annotations

import re

from spacy.tokens import Token

# Other words for a role noun's holder.
ROLE_SYNONYMS: dict[str, set[str]] = {
    "councillor": {"cllr", "cllr.", "coun", "coun.", "councillor"},
    "head": {"headteacher", "headmaster", "headmistress", "principal"},
    "headteacher": {"head", "headmaster", "headmistress", "principal"},
    "senator": {"sen", "sen."}, "congressman": {"rep", "rep."}, "congresswoman": {"rep", "rep."},
    "governor": {"gov", "gov."}, "minister": {"secretary"}, "judge": {"justice"},
}
# Roles written as the verb of a relative clause after the name ("who chairs", "who heads"):
# the verb's lemma is the role noun.
ROLE_VERB_LEMMAS = frozenset({"chair", "head"})
# Parts of speech of the words that tie a role to a body ("committee", "Forum").
_BODY_POS = frozenset({"NOUN", "PROPN"})


def role_holder(finder, t: Token, noun: str | None = None, tied_only: bool = False):
    """The Speaker for the person the role noun at t (or `noun`) stands for; None if no one
    named before t outside quotes holds it (or, `tied_only`, unless several do and the body
    tells one)."""
    noun = noun or t.lower_
    accepted = ROLE_SYNONYMS.get(noun, set()) | {noun}
    holders = []  # (last mention before t, person index, words of the role and its body)
    for k, person in enumerate(finder.doc._.people or ()):
        role = f"{person['role'] or ''} {person['title'] or ''}".lower()
        if not any(w in accepted or w.startswith(noun) for w in re.findall(r"[\w-]+", role)):
            body = _verb_role_body(finder, person, accepted)
            if body is None:
                continue
            role += " " + body
        last = max((s for s, _ in person["mentions"] if s < t.idx and not finder.in_quote(s)), default=None)
        if last is not None:
            holders.append((last, k, set(re.findall(r"\w+", f"{role} {person['org'] or ''}".lower())) - accepted))
    if not holders:
        return None
    if len(holders) > 1:
        tied = [h for h in holders if h[2] & _body_words(finder, t, accepted)]
        if len(tied) == 1:
            return finder.person_speaker(tied[0][1], how="nominal")
    return None if tied_only else finder.person_speaker(max(holders)[1], how="nominal")


def _verb_role_body(finder, person: dict, accepted: set[str]) -> str | None:
    """"Sarah Cole, who chairs the parents' forum": the words of the body, when a mention of
    the person has a relative clause whose verb is the role (ROLE_VERB_LEMMAS); else None."""
    for s, e in person["mentions"]:
        span = finder.doc.char_span(s, e, alignment_mode="expand")
        for c in span.root.children if span is not None else ():
            if c.dep_ == "relcl" and c.lemma_ in ROLE_VERB_LEMMAS & accepted:
                return " ".join(x.lower_ for x in c.subtree)
    return None


def _body_words(finder, t: Token, accepted: set[str]) -> set[str]:
    """The nouns that tie the role noun at t to a body: its owner ("the forum's chair", "the
    chair of the committee"), else those of the narrative before it in its sentence and of the
    narrative sentence before that."""
    owned = [c for c in t.children if c.dep_ == "poss"] + [g for c in t.children if c.dep_ == "prep"
                                                          and c.lower_ == "of" for g in c.children]
    if owned:
        return {x.lower_ for c in owned for x in c.subtree if x.pos_ in _BODY_POS} - accepted
    sent = t.sent
    words = [x for x in finder.doc[sent.start:t.i]]
    before = sent.start - 1
    while before >= 0:
        prev = finder.doc[before].sent
        if any(x.is_alpha and not finder.in_quote(x.idx) for x in prev):
            words += list(prev)
            break
        before = prev.start - 1
    return {x.lower_ for x in words if x.pos_ in _BODY_POS and not finder.in_quote(x.idx)} - accepted
