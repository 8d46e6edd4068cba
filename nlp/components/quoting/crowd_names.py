"""Names a crowd gives a thing: "Staff call the early slot ‘the dawn patrol’", "Agency workers
call the scramble for work 'the 7am lottery'", "changes that critics call the 'bus lottery'",
"in what managers called a ‘contract refresh’". A naming verb whose subject is a group written
as a bare plural (no article, no name: "staff", "colleagues", "critics", "some parents")
quotes a nickname or a label, not anyone's words, when the quoted words are a name: opening
with "the" inside the marks, or with the article outside them. A named speaker's words stay
quotes ("Cllr X called it ‘a disgrace’", "what the firm called a ‘system glitch’"), and so does
a group's verdict with its own indefinite article ("Parents called the plan ‘a betrayal’")."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.components.quoting.context import tokens_in

NAMING_LEMMAS = frozenset({"call", "dub", "nickname"})
# Longest quoted name read as a crowd's nickname.
CROWD_NAME_MAX_WORDS = 4
# Collective words that name a group in the singular ("Staff call ...", "everyone calls").
GROUP_WORDS = frozenset({"staff", "people", "everyone", "everybody", "locals"})
# Quantifiers a bare group may take ("some parents", "many staff"); a plural group may also
# take "the" ("the pupils have started calling the bridge ‘the wobbler’").
GROUP_QUANTIFIERS = frozenset({"some", "many", "most", "all"})
PLURAL_GROUP_DETERMINERS = GROUP_QUANTIFIERS | {"the"}
# The naming verb close before the quote, nothing but its object (and an article) between.
# The forms of the naming verbs (NAMING_LEMMAS) as written (also terms.py's "calls the ‘...’").
NAMING_VERB_FORMS = r"(call|calls|called|calling|dub|dubs|dubbed|dubbing|nickname|nicknames|nicknamed|nicknaming)"
_NAMING_BEFORE = re.compile(r"\b" + NAMING_VERB_FORMS + r"\b[^.;:!?“”\"‘’']{0,50}$", re.I)
_ARTICLE_OUTSIDE = re.compile(r"\b(a|an|the)\s*$", re.I)


def _bare_group(sj) -> bool:
    """A group written without a name: "staff", "agency workers", "some critics", "the pupils"."""
    if sj.ent_type_ or sj.tag_ == "NNP" and sj.lower_ not in GROUP_WORDS:
        return False  # ("Staff" or "Porters" opening a sentence is read as a name)
    allowed = PLURAL_GROUP_DETERMINERS if sj.tag_ == "NNS" else GROUP_QUANTIFIERS
    if any(c.dep_ in {"det", "poss", "nummod"} and c.lower_ not in allowed for c in sj.children):
        return False
    return sj.tag_ in {"NNS", "NNPS"} or sj.lower_ in GROUP_WORDS


def crowd_name(doc: Doc, text: str, sent_start: int, open_at: int, quoted: str) -> bool:
    """The quote opening at open_at (words `quoted`) is a name a group gives something."""
    words = quoted.split()
    if not words or len(words) > CROWD_NAME_MAX_WORDS or quoted.rstrip().endswith(("?", "!")):
        return False
    before = text[sent_start:open_at]
    m = _NAMING_BEFORE.search(before)
    if m is None:
        return False
    if words[0].lower() != "the" and not _ARTICLE_OUTSIDE.search(before):
        return False
    at = sent_start + m.start()
    verb = next((t for t in tokens_in(doc, at, at + 1) if t.idx == at), None)
    if verb is None or verb.lemma_.lower() not in NAMING_LEMMAS:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        # "have started calling", "took to calling": the subject is the verb above's
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(_bare_group(sj) for sj in subjects)
