"""Word lists of the quote component: cue verbs by lemma and pronouns with their agreement.
Written for this project from general knowledge of how news reports speech."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS, LABEL_CUES, SPEECH_CUES

# Speech and writing verbs beyond the shared lexicon's list, as lemmas (the lemmatizer
# runs, so "recalled", "yells", "tweeting" all match).
MORE_SPEECH_LEMMAS = frozenset(
    """recall yell conclude boast chant sing liken observe recount quip muse scoff remark
    testify lament reiterate counter retort post read proclaim assert contend caution
    emphasize emphasise mention wonder plead thunder fume snap gush rave rail blast slam
    mock insist recommend advise inform repeat agree disagree charge complain concur
    estimate forecast report announce indicate maintain opine posit preach question
    reason recollect reflect relate reply shout sneer speak stammer whisper pronounce
    volunteer explain jest marvel grumble groan sigh laugh chuckle tell write tweet say remind""".split()
)
SPEECH_LEMMAS = SPEECH_CUES | MORE_SPEECH_LEMMAS
# Verbs of judging what someone or something is, which report the words of a partial quote
# inside their clause only ("dismissed the claims as “x”", "attacked “x”"; thanking is praise:
# "thanked her for her ‘tireless work’"), as lemmas.
JUDGING_LEMMAS = frozenset("dismiss attack criticise criticize condemn hail praise deride denounce thank".split())
ALL_CUE_WORDS = SPEECH_LEMMAS | LABEL_CUES | JUDGING_LEMMAS

# Pronoun -> (gender, plural): gender "m"/"f"/None, plural True for they/we.
PRONOUN_AGREEMENT: dict[str, tuple[str | None, bool]] = {
    "he": ("m", False), "she": ("f", False), "it": (None, False), "they": (None, True), "we": (None, True),
}

# Possessives read as the pronoun they belong to ("Its consultation document says" -> it).
POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "our": "we"}


# Verbs that report a retort with "back": "X shot back that ...", "hit back", "fired back".
RETORT_LEMMAS = frozenset({"shoot", "hit", "fire"})


def is_cue(t: Token, cues=SPEECH_LEMMAS) -> bool:
    """A speech verb: its form or its lemma in `cues`, tagged as a verb (when `cues` holds
    "retort", also a retort written with "back": "shot back", "hit back")."""
    return (t.lower_ in cues or t.lemma_.lower() in cues or "retort" in cues and _retorts(t)) \
        and (t.tag_.startswith("VB") or t.pos_ in {"VERB", "AUX"})


def _retorts(t: Token) -> bool:
    """"shot back that ...", "“...,” she hit back"; not "hit back at a group that accused ...",
    where the words are the target's."""
    return t.lemma_.lower() in RETORT_LEMMAS and any(c.lower_ == "back" and c.dep_ in {"prt", "advmod"} for c in t.children) \
        and not any(c.dep_ == "prep" and c.lower_ == "at" for c in t.children)

# Nouns that say a person's gender ("9/11 widow Terry Strada", "Jo Reed, a spokeswoman"):
# the text's own statement, stronger than a guess from the first name.
FEMALE_NOUNS = frozenset("""widow wife mother mum mom daughter sister grandmother granddaughter aunt niece
    spokeswoman chairwoman congresswoman councilwoman businesswoman policewoman headmistress
    actress waitress woman lady girl girlfriend bride queen princess duchess stepmother""".split())
MALE_NOUNS = frozenset("""widower husband father dad son brother grandfather grandson uncle nephew
    spokesman chairman congressman councilman businessman policeman headmaster
    man gentleman boy boyfriend groom king prince duke stepfather""".split())


def noun_gender(word: str) -> str | None:
    """The gender a noun for a person states ("mother": "f", "brother": "m"), else None."""
    return "f" if word in FEMALE_NOUNS else "m" if word in MALE_NOUNS else None


# What closes a clause right after "went on" reporting speech.
_CLAUSE_ENDS = frozenset({",", ".", ":"})
# Where a thing is put, not words: "put it on hold", "put it back".
_PLACING_WORDS = frozenset("on in into onto under through down off aside back forward away up".split())
# What carries words, which "put it in ..." does not place a thing in: "put it best in her letter".
WORD_CARRIERS = DOCUMENT_NOUNS | frozenset("speech speeches interview interviews words remarks address evidence".split())


def puts_it(t: Token) -> bool:
    """"X put it well at the meeting: “...”", "As one of them put it to me, “...”": "put it"
    as a speech verb introducing a full quote (not "put it on hold", "put it back")."""
    return _puts_it_at_all(t) and not puts_it_somewhere(t)


def puts_it_somewhere(t: Token) -> bool:
    """"put it on hold", "put it back": a thing put somewhere, which reports no words (not
    "put it best in her letter", "put it bluntly in a speech": words put in what carried them)."""
    return _puts_it_at_all(t) and any(c.lower_ in _PLACING_WORDS and c.dep_ in {"prep", "prt", "advmod"}
                                      and not any(g.lower_ in WORD_CARRIERS for g in c.children) for c in t.children)


def _puts_it_at_all(t: Token) -> bool:
    return t.lemma_ == "put" and t.tag_.startswith("VB") and any(c.dep_ == "dobj" and c.lower_ == "it" for c in t.children)


def goes_on(t: Token) -> bool:
    """"‘A,’ the judge went on, ‘B.’": "go on" as a speech verb (continuing to speak), read
    only between two parts of one quote."""
    return t.lemma_ == "go" and t.tag_.startswith("VB") and any(c.dep_ == "prt" and c.lower_ == "on" for c in t.children)


def goes_on_speaking(t: Token) -> bool:
    """"“A,” Ms Bell went on. “B.”": "go on" closing its clause right after a quote (the
    particle then a comma, full stop or colon), as a speech verb; not "the strike went on
    for weeks"."""
    if not goes_on(t):
        return False
    on = next(c for c in t.children if c.dep_ == "prt" and c.lower_ == "on")
    return on.i + 1 < len(t.doc) and t.doc[on.i + 1].text in _CLAUSE_ENDS
