"""He/she going on with a person the report leaves unnamed (issue 13, twenty-seventh round).

British reports quote people they do not name and then carry on with a pronoun: "A supply
teacher who asked not to be named said staff were "doing their best". ¶ “Some days you walk
in at 8.20 ...,” she said." The pronoun is that unnamed teacher, not the woman named last
before her. Read when the latest attribution before the pronoun is such a description (one
person, by a noun for a person: parent, teacher, a job), in the pronoun's paragraph or in the
one before it when the pronoun's paragraph opens with a quote, nobody is named outside quotes
from the attribution's sentence on, and no gendered noun of the description contradicts the pronoun.

`unnamed_goes_on(ctx, current, t)` is called by salience.py (`_pronoun`). So is
`anonymous_goes_on(ctx, t)`, which reads the same passage from the words that keep the
person anonymous ("who asked not to be named", "who did not want to be named", "asked us not
to use her name") rather than from the parse, which often misreads them ("... to be named
said" as one participle clause) (issue 13, quote round 33)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES, SPOKES_NOUNS, TITLES
from nlp.components.quoting.context import INDEFINITE_DETS, Speaker, person_noun
from nlp.components.quoting.persons import looks_like_name
from nlp.components.quoting.words import FEMALE_NOUNS, MALE_NOUNS

# Words that keep the person a report describes anonymous.
ANONYMITY = re.compile(r"\b(?:(?:asked|wished|wanting|wanted|want|wish|asking|declined|preferred|prefer|requested)"
                       r"\s+(?:not\s+)?(?:to\s+)?(?:us\s+)?(?:not\s+)?(?:to\s+)?(?:be\s+named|remain\s+anonymous"
                       r"|be\s+identified|use\s+(?:her|his|their)\s+(?:name|full\s+name))"
                       r"|on\s+condition\s+of\s+anonymity)\b", re.I)
# Determiners that open the description of the anonymous person ("a teaching assistant",
# "One mother", "Her colleague").
DESCRIPTION_DETS = INDEFINITE_DETS | {"the", "her", "his", "their"}
# Tags of the words between such a determiner and its head noun ("teaching", "Year 10").
DESCRIPTION_MODIFIER_TAGS = frozenset({"NN", "NNP", "JJ", "CD", "VBG", "HYPH"})
# Most words between such a determiner and its head noun ("an education welfare officer").
DESCRIPTION_MAX_WORDS = 4
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
    if ctx.paragraph_of(t.idx) is None or ctx.paragraph_of(pos) is None or pos < ctx.passage_start(t.idx):
        return None
    at = ctx.doc.char_span(pos, pos + 1, alignment_mode="expand")
    # (from the attribution's sentence on: not a role in apposition to a name, "Cllr Jo Bell,
    # cabinet member for schools, said ...")
    between = ctx.doc.char_span(at.sent.start_char, t.idx, alignment_mode="expand") if at is not None else None
    if between is None or any(x.ent_type_ == "PERSON" and not ctx.in_quote(x.idx) for x in between):
        return None
    return who.but(how="pronoun", cue=None)


def anonymous_goes_on(ctx, t: Token) -> Speaker | None:
    """he/she as a cue's subject after a person the report keeps anonymous, in the
    pronoun's paragraph (or the one before, when the pronoun's paragraph opens with a
    quote): the description before the latest anonymity words ("A dinner supervisor who asked
    not to be named said ... “...,” she said"), when it is no object, nobody is named
    outside quotes from its sentence to the pronoun and its noun does not contradict the pronoun."""
    if t.lower_ not in {"he", "she"} or t.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if ctx.paragraph_of(t.idx) is None:
        return None
    hits = [m for m in ANONYMITY.finditer(ctx.text, ctx.passage_start(t.idx), t.idx) if not ctx.in_quote(m.start())]
    if not hits:
        return None
    said = ctx.doc.char_span(hits[-1].start(), hits[-1].end(), alignment_mode="expand")
    head = _described_before(ctx, said, t) if said is not None else None
    if head is None or head.lower_ in FEMALE_NOUNS and t.lower_ == "he" or head.lower_ in MALE_NOUNS and t.lower_ == "she":
        return None
    if head.dep_ in {"pobj", "dobj"} \
            or any(x.ent_type_ == "PERSON" and not ctx.in_quote(x.idx) for x in ctx.doc[head.sent.start:t.i]):
        return None  # (someone named speaks of them: "Cllr Jo Bell said she was called by a head who ...")
    det = _opening_det(ctx, head)
    return Speaker(ctx.doc[det.i:head.i + 1].text, how="pronoun", margin=0.0) if det is not None else None


def _described_before(ctx, said, t: Token) -> Token | None:
    """The head noun of the description nearest before the anonymity words `said` in their
    sentence: a noun for a person opened by a determiner ("a teaching assistant", "One
    mother whose daughter ...": the mother)."""
    sent = said.sent
    for x in reversed(ctx.doc[sent.start:said.start]):
        if ctx.in_quote(x.idx) or x.tag_ != "NN" or not (person_noun(x.lower_) or x.lower_ in FEMALE_NOUNS | MALE_NOUNS):
            continue
        if _opening_det(ctx, x) is not None:
            return x
    return None


def _opening_det(ctx, x: Token) -> Token | None:
    """The determiner that opens the noun phrase ending in x, with at most
    DESCRIPTION_MAX_WORDS modifiers between ("an education welfare officer"); none when
    another word comes between ("whose daughter")."""
    for w in reversed(ctx.doc[max(x.sent.start, x.i - DESCRIPTION_MAX_WORDS - 1):x.i]):
        if w.lower_ in DESCRIPTION_DETS:
            return w
        if w.tag_ not in DESCRIPTION_MODIFIER_TAGS:
            return None
    return None


def unnamed_subject_goes_on(ctx, t: Token) -> Speaker | None:
    """he/she as a cue's subject when the nearest subject before it, outside quotes and in
    the narrative the pronoun reads back into, is one person the report describes without a
    name ("One girl lingers by the lockers. “...,” she says"; "An elderly neighbour leans on
    the fence. “...,” he says"): that description, not a person named further back (issue 13,
    round quotes-49). The description is in an earlier sentence than the pronoun; not when
    its noun contradicts the pronoun, nor when a person's name stands as a subject or beside
    the description (in apposition) between it and the pronoun."""
    if t.lower_ not in {"he", "she"} or t.dep_ not in {"nsubj", "nsubjpass"} or ctx.paragraph_of(t.idx) is None:
        return None
    start = ctx.passage_start(t.idx)
    for x in reversed(ctx.doc[:t.i]):
        if x.idx < start:
            return None
        if not _subject_like(x) or ctx.in_quote(x.idx):
            continue
        if x.tag_ != "NN" or not (person_noun(x.lower_) or x.lower_ in FEMALE_NOUNS | MALE_NOUNS) \
                or x.lower_ in FEMALE_NOUNS and t.lower_ == "he" or x.lower_ in MALE_NOUNS and t.lower_ == "she":
            return None  # the nearest subject is someone or something else
        if x.sent.start == t.sent.start:
            return None  # its own sentence's subject: "A councillor erred when he called ..." (cues.py)
        det = _opening_det(ctx, x)
        if det is None or det.lower_ not in INDEFINITE_DETS:
            return None  # ("the head", "her colleague": a person the article may name elsewhere)
        if any(w.ent_type_ == "PERSON" and not ctx.in_quote(w.idx) and (w.dep_ in {"nsubj", "nsubjpass", "appos"}
                                                                       or w.head.i == x.i)
               for w in ctx.doc[x.sent.start:t.i]):
            return None  # "A parent, Gareth Lyle, waited ...": named
        return Speaker(ctx.doc[det.i:x.i + 1].text, how="pronoun", margin=0.0)
    return None


def _subject_like(x: Token) -> bool:
    """A subject, or a noun the parser made its sentence's root with the sentence's verb
    hung on it as a participle ("One girl lingered by the door": "lingered" an acl)."""
    return x.dep_ in {"nsubj", "nsubjpass"} \
        or x.dep_ == "ROOT" and x.pos_ == "NOUN" and any(c.dep_ == "acl" and c.i > x.i for c in x.children)
