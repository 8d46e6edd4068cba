"""He/she going on with a person the report leaves unnamed (issue 13, twenty-seventh round).

British reports quote people they do not name and then carry on with a pronoun: "A supply
teacher who asked not to be named said staff were "doing their best". ¶ “Some days you walk
in at 8.20 ...,” she said." The pronoun is that unnamed teacher, not the woman named last
before her. Read when the latest attribution before the pronoun is such a description (one
person, by a noun for a person: parent, teacher, a job), in the pronoun's paragraph or in the
one before it when the pronoun's paragraph opens with a quote, nobody is named outside quotes
from the attribution's sentence on, and no gendered noun of the description contradicts the pronoun.

`unnamed_goes_on(ctx, current, t)` is called by salience.py (`_pronoun`)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES, SPOKES_NOUNS, TITLES
from nlp.components.quoting.context import Speaker, person_noun
from nlp.components.quoting.persons import looks_like_name
from nlp.components.quoting.scan import CONTINUATION_MARKS
from nlp.components.quoting.words import FEMALE_NOUNS, MALE_NOUNS

# Words after a description's head noun that open what is said of it: "a teacher at the
# school", "a parent of two", "a driver who ...".
_AFTER_HEAD = frozenset("at of for from in with who whose which on".split())


def description_head(text: str) -> str | None:
    """The head noun of a description as written ("supply teacher" -> teacher, "A Year 8
    girl at the school" -> girl) when it is a noun for one person and no title or first name
    is written in it; else None."""
    words = re.findall(r"[\w'’-]+", text.lower())
    if any(w in TITLES or w in FEMALE_NAMES or w in MALE_NAMES for w in words):
        return None  # a name inside: "Cabinet member for SEND Cllr Alan Hughes"
    cut = next((k for k, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    head = words[cut - 1] if cut > 0 else None
    if head is None or head in SPOKES_NOUNS:
        return None
    return head if person_noun(head) or head in FEMALE_NOUNS or head in MALE_NOUNS else None


def unnamed_goes_on(ctx, current: tuple[int, Speaker] | None, t: Token) -> Speaker | None:
    """The speaker of the latest attribution (`current`: its position and speaker) when it
    is the unnamed person the pronoun t goes on with (see the module's docstring)."""
    if current is None:
        return None
    pos, who = current
    if who.person is not None or who.how != "phrase" or looks_like_name(who.speaker):
        return None
    head = description_head(who.speaker or "")
    if head is None or head in FEMALE_NOUNS and t.lower_ == "he" or head in MALE_NOUNS and t.lower_ == "she":
        return None
    here, there = ctx.paragraph_of(t.idx), ctx.paragraph_of(pos)
    if here is None or there is None:
        return None
    if there != here and not (there == here - 1 and ctx.text.startswith(CONTINUATION_MARKS, ctx.paragraphs[here][0])):
        return None
    at = ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")
    # (from the attribution's sentence on: not a role in apposition to a name, "Cllr Jo Bell,
    # cabinet member for schools, said ...")
    between = ctx.doc.char_span(at.sent.start_char, t.idx, alignment_mode="expand") if at is not None else None
    if between is None or any(x.ent_type_ == "PERSON" and not ctx.in_quote(x.idx) for x in between):
        return None
    return who.but(how="pronoun", cue=None)
