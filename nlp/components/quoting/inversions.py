"""Inverted attributions with a role before the name: "‘...,’ says head cook Jo Bell, 61,
who ...". The parser can read the role's words as a clause of their own
("head" the subject of a verb "cook", the name its object), which hides the speaker: the
cue then seems to report a clause rather than the quote. A person's name right after a
speech verb, with nothing but a short lower-case role between (a role word among them; a
subject's initials may lead it: "says PE lead Jo Bell", "said ICT technician Jo Bell"), is
the cue's subject, when the cue has no subject before it."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import ROLE_WORDS, SPOKES_NOUNS

# Lower-case words a role written before a name may take: "says deputy head cook Jo Bell".
ROLE_BEFORE_NAME_MAX_WORDS = 3
# Longest set of initials a role may hold ("PE", "ICT", "SENCo" is not all capitals).
ROLE_INITIALS_MAX_CHARS = 4


def name_after_role(cue: Token) -> Token | None:
    """The first token of the person named right after `cue` behind a short role
    ("said head cook Jo Bell"), else None."""
    doc = cue.doc
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < cue.i for c in cue.children):
        return None  # not inverted: "Staff said head cook Jo Bell had left"
    k, role = cue.i + 1, False
    while k < len(doc) and k - cue.i <= ROLE_BEFORE_NAME_MAX_WORDS and doc[k].is_alpha and not doc[k].ent_type_ \
            and (doc[k].is_lower or doc[k].is_upper and len(doc[k]) <= ROLE_INITIALS_MAX_CHARS):
        role = role or doc[k].lower_ in ROLE_WORDS or doc[k].lower_ in SPOKES_NOUNS
        k += 1
    if role and k < len(doc) and doc[k].ent_type_ == "PERSON":
        return doc[k]
    return None
