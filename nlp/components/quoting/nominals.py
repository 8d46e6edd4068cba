"""Role phrases that name no one where they stand: whom an unnamed spokesperson speaks for,
when the phrase names no organisation or names it by its first word only ("a Thermacore
spokesperson": short_name_org) (and how many words of description may stand between
a role set off by a comma and the name it introduces).

British local news reports a body's position and then quotes its press office without
naming the body again: "Cheshmoor Council said it had raised spending. A spokesman said:
'...'", "We've had a response from Keystone FM. A spokesperson said: ...", "'...,' a
spokeswoman said" after a paragraph on what the trust said. The spokesperson speaks for
the organisation named outside quotes in the narrative just before: the cue's own sentence
up to the cue and the sentence of narrative before it (sentences wholly quoted are passed
over, so a long quote before the cue does not hide the body that introduced it; "The
council said ..." counts when it names the body only by "the council").

A definite role no one in the article holds ("the union rep said") and "the former <role>"
stand for the person the narrative sentence before names as its subject (paragraph_subject,
former_role).
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import ORG_REFERENCES, ROLE_WORDS, SPOKES_NOUNS
from nlp.components.org_lookup import resolve_org_reference
from nlp.components.quoting.acting_firms import members_spokesperson_org
from nlp.components.quoting.context import _SUBJ_DEPS, DocContext, person_noun
from nlp.components.quoting.org_full_names import head_word, named_after_for
from nlp.components.quoting.words import noun_gender

# Sentences of narrative looked at before the cue's own sentence.
NARRATIVE_SENTENCES_BACK = 1
# Words of a council's or trust's tier before a reference to it: "the county council".
REFERENCE_TIERS = frozenset("county borough city district parish town unitary academy multi-academy".split())


def _narrative(ctx: DocContext, sent) -> bool:
    return any(t.is_alpha and not ctx.in_quote(t.idx) for t in sent)


def short_name_org(ctx: DocContext, phrase) -> str | None:
    """"A Thermacore spokesperson" after "Thermacore Building Services": a capitalised word
    of the phrase before the spokesperson noun that is the first word of the name of exactly
    one organisation the article names in two words or more (whatever entity type the model
    gave the short form)."""
    for x in phrase:
        if x.lower_ in SPOKES_NOUNS:
            break
        if not x.is_title or not x.is_alpha:
            continue
        hits = {o["name"] for o in ctx.doc._.orgs or () if len(o["name"].split()) > 1 and o["name"].split()[0] == x.text}
        if len(hits) == 1:
            return next(iter(hits))
    return None


def spokesperson_org(ctx: DocContext, t: Token) -> str | None:
    """The organisation the spokesperson at token t speaks for, read from the narrative
    before t; None when there is none or several with none the subject of its sentence
    ("A spokesperson for the administrators": the firm the administrators are from)."""
    members = members_spokesperson_org(ctx, t)
    if members is not None:
        return members
    doc = ctx.doc
    sents = list(doc.sents)
    k = ctx._sentence_index(t.i)
    start_char = sents[k].start_char if k < len(sents) else t.idx
    back = 0
    j = k - 1
    while j >= 0 and back < NARRATIVE_SENTENCES_BACK:
        start_char = sents[j].start_char
        if _narrative(ctx, sents[j]):
            back += 1
        j -= 1
    found: dict[str, bool] = {}  # organisation -> named as a subject in the window
    for org in doc._.orgs or ():
        for s, e in org["mentions"]:
            if not (start_char <= s < t.idx) or ctx.in_quote(s):
                continue
            span = doc.char_span(s, e, alignment_mode="expand")
            subject = span is not None and span.root.dep_ in _SUBJ_DEPS
            found[org["name"]] = found.get(org["name"], False) or subject
    if len(found) == 1:
        return next(iter(found))
    subjects = [name for name, subject in found.items() if subject]
    if not found:
        # "The council said payments would be made. A spokesperson said:", "The county
        # council has ended the contract.", "We asked the chief executive of the partnership
        # for an interview. A spokesperson said": the body the narrative refers back to when
        # it names none (as with names: the one referred to, else the one subject)
        window = doc.char_span(start_char, t.idx, alignment_mode="expand") if start_char < t.idx else None
        refs = [(name, x.dep_ in _SUBJ_DEPS) for x in window or () if not ctx.in_quote(x.idx)
                and (name := referred_org(ctx, x)) is not None]
        if len({name for name, _ in refs}) == 1:
            return refs[0][0]
        subjects = list(dict.fromkeys(name for name, subject in refs if subject))
    return subjects[0] if len(subjects) == 1 else None


def referred_org(ctx: DocContext, x: Token) -> str | None:
    """The organisation a definite noun refers back to: "the trust", "the county council"
    (a tier word before the noun: REFERENCE_TIERS), "the partnership" after "Southmoor
    Academies Partnership", "the diocese" after "Diocese of Brannock" (the head word of the
    name of exactly one organisation: `head_word`)."""
    if x.tag_ != "NN" or x.ent_type_ or not any(c.lower_ == "the" for c in x.children):
        return None
    modifiers = [c for c in x.children if c.dep_ in {"amod", "compound"}]
    if x.lower_ in ORG_REFERENCES:
        if any(c.lower_ not in REFERENCE_TIERS for c in modifiers):
            return None  # ("the school council", "the new trust": not the body named before)
        hit = resolve_org_reference(ctx.doc, x.text, x.idx)
        return hit["name"] if hit is not None else None
    names = {o["name"] for o in ctx.doc._.orgs or () if head_word(o["name"]) == x.lower_ and len(o["name"].split()) > 1
             and any(s < x.idx for s, _ in o["mentions"])}
    return next(iter(names)) if len(names) == 1 and not modifiers else None


def named_for(phrase) -> str | None:
    """"A spokesman for Wyvern Taxis": the body's name written after "for" in a
    spokesperson phrase, for a body the organisation model did not take in (the rule:
    org_full_names.named_after_for)."""
    return named_after_for(phrase.text)


# Words of a description between a role set off by a comma and the name it introduces
# ("The union's branch secretary at the school, maths teacher Imran Qureshi, said").
DESCRIPTION_MAX_WORDS = 3


def paragraph_subject(ctx, t: Token, paragraphs_back: int = 0, past_things: bool = False):
    """"Ms McAllister has responded to Dr Whitlock's comments. ‘...,’ the union rep said":
    a definite role no one in the article is given ("the union rep") is the person named
    as the subject of the main verb of the narrative sentence before it, in its paragraph
    (or up to `paragraphs_back` paragraphs before; or the paragraph before, when its own
    opens with a quote: `passage_start`, "Jo Bell told the committee ... ¶ ‘...,’ the
    councillor said"). With `past_things`, a sentence whose subject is a thing or a body
    ("The trust runs 14 schools.") is passed over for the one before it."""
    if t.lower_ in SPOKES_NOUNS:
        return None  # a press office speaks for a body, not for the person just named
    para = ctx.paragraph_of(t.idx)
    start = ctx.passage_start(t.idx)
    sent = t.sent
    while sent.start > 0:
        sent = ctx.doc[sent.start - 1].sent
        first = next((x.idx for x in sent if not x.is_space), sent.start_char)
        at = ctx.paragraph_of(first)
        if para is None or at is None or not (0 <= para - at <= paragraphs_back or first >= start):
            return None
        if any(x.is_alpha and not ctx.in_quote(x.idx) for x in sent) \
                and not (past_things and _thing_subject(ctx, sent)):
            break
    else:
        return None
    # (a noun of one gender is no one of the other: "Mrs Jo Bell said ... ¶ ‘...,’ the father says")
    gender = noun_gender(t.lower_)
    for x in sent.root.children:
        if (x.dep_ == "nsubj" or past_things and x.dep_ == "nsubjpass") and x.ent_type_ == "PERSON" \
                and not ctx.in_quote(x.idx):  # (and "X was appointed head", when passing over things)
            found = ctx._person(x)
            if found is None or found.person is None \
                    or gender is not None and ctx._gender(found.person) not in (None, gender):
                return None
            return found.but(how="nominal")
    return None


def _thing_subject(ctx, sent) -> bool:
    """The main verb of narrative sentence `sent` has a subject that is no person: a common
    noun for no one, or a body's name ("The trust runs 14 schools")."""
    subjects = [x for x in sent.root.children if x.dep_ in {"nsubj", "nsubjpass"} and not ctx.in_quote(x.idx)]
    return bool(subjects) and all(x.ent_type_ == "ORG" or x.pos_ == "NOUN" and not x.ent_type_ and not person_noun(x.lower_)
                                  for x in subjects)


def former_role(ctx, t: Token, found):
    """"Olusegun Bright took over as chief executive this month. The former head of
    Millhaven Junior School says ...": "the former <role>" describes the person just named
    (paragraph_subject), not someone new; `found` (the phrase as written) otherwise."""
    if found is None or found.how != "phrase" or found.person is not None or t.lower_ not in ROLE_WORDS \
            or not any(c.lower_ == "the" for c in t.children) or not any(c.lower_ == "former" for c in t.children):
        return found
    return paragraph_subject(ctx, t, paragraphs_back=1, past_things=True) or found
