"""Attribution between and after quotes: "she said, adding that X had had one complaint,
“...”" starts a new partial quote; "she said, laughing." does not split a quote; "..., which
chair of trustees X described as “...”" is X's. Used by the quote component (quotes.py) and
the attribution code (cues.py). (A partial quote's speaker set off by a comma after it,
"'...', she said,", is read by quoting/tails.py `reporter_start`.)"""
from __future__ import annotations

from nlp.components.quoting.words import is_cue


def reports_own_clause(tokens, in_quote) -> bool:
    """Between two quotes, "she said, adding that she had had one complaint," has a speech
    verb reporting a clause of its own (with its subject): when that clause is complete (the
    caller checks that a comma ends it), the quote after it is a partial quote tacked on to
    the clause, not the second half of the first ("adding that the plan “would fail”" runs
    on into its quote and is left to join)."""
    for t in tokens:
        if not is_cue(t) or in_quote(t.idx):
            continue
        for c in t.children:
            if c.dep_ == "ccomp" and c.i > t.i and not in_quote(c.idx) \
                    and any(g.dep_ in {"nsubj", "nsubjpass", "expl"} and not in_quote(g.idx) for g in c.children):
                return True
    return False


# Expressive verbs that, as a participle after a speech verb ("she said, laughing"), say how
# the words were spoken, not that more words followed.
MANNER_LEMMAS = frozenset("laugh chuckle sigh groan smile grin".split())


def manner_participle(t) -> bool:
    """"laughing" in "she said, laughing.": the manner of the speech, not a second cue."""
    return t.tag_ == "VBG" and t.lemma_ in MANNER_LEMMAS


def relative_subject(cue):
    """The named subject of a speech or labelling verb in a relative clause, not the
    relative pronoun or another pronoun: "..., which chair of trustees Jo Bell described as
    “...”", "a cut which the union called “...”"; None for any other cue."""
    if cue.dep_ != "relcl":
        return None
    # (the parser may take "which chair of trustees Jo Bell" for an object before the verb)
    return next((c for c in cue.children if c.pos_ in {"PROPN", "NOUN"} and (
        c.dep_ == "nsubj" or c.dep_ == "dobj" and c.i < cue.i and any(x.ent_type_ == "PERSON" for x in c.subtree))), None)


def named_relative(cue) -> bool:
    return relative_subject(cue) is not None


# Verbs that label a thing with the quoted words, no "as" needed ("a plan branded ‘reckless’").
LABELLING_LEMMAS = frozenset("brand dub label call term nickname describe dismiss hail deride".split())


def described_participle(cue) -> bool:
    """"the changes, described in a report as ‘...’", "a plan labelled ‘...’ by parents": a
    past participle hung on a noun or clause; the noun is what the words describe, never who said
    them (the speaker is the participle's "by ..." agent, or the document it was said in)."""
    # (a clause after the main one, "Residents heard of a plan, dismissed in a letter as ‘...’",
    # the same; not "having described it as", whose auxiliary makes it active)
    # (a verb of labelling: "described/seen as", "branded"; not "Jo Bell, a parent, posted
    # on X: ‘...’", a past tense the parser read as a participle)
    return cue.dep_ in {"acl", "advcl"} and cue.tag_ == "VBN" and cue.lemma_ != "quote" \
        and (cue.lemma_ in LABELLING_LEMMAS or any(c.lower_ == "as" for c in cue.children)) \
        and not any(c.dep_ in {"aux", "auxpass"} for c in cue.children)  # ("X, quoted as saying")


def unsaid_by_subject(cue) -> bool:
    """A passive speech verb with no "by ..." agent ("was accused of ‘...’", "had been told to
    ‘...’"): its subject, parsed or shared with the verb it is joined to, is spoken of or to,
    and no nearby name or other verb's subject said the words either."""
    return any(c.dep_ == "auxpass" for c in cue.children) and not any(c.dep_ == "agent" for c in cue.children)
