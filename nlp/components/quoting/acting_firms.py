"""Firms that act for another body, people of a named body, and campaigns, speaking as
themselves (issue 13, quote rounds 28 and 31): the one home of the organisation a speaker
named by what they do stands for.

British news names the firm appointed to act for a company or a trust once ("appointed
administrators from Harcourt Insolvency LLP", "the trust's auditors, Pellow & Stanes") and
then speaks of it by its function: "The administrators said", "A spokesperson for the
administrators said". A campaign is named once with its noun ("the Hands Off Lydcombe
campaign") and then "the campaign". The UK sets give such quotes to the firm or the campaign
group (or to a spokesperson for it). Two readings:
- from the parse, when a subject is read (bodies.py, speakers.py, group_pronouns.py, nominals.py):
  the people of a named organisation ("Administrators from Mercer Holt LLP", a plural noun
  "from" it, not a lay group such as parents) speak for it (`members_org`), "from X" read as
  written however it was parsed, a firm the organisation component did not list counting as
  the entity names it (`members_written_from`); "the administrators said" later is the
  organisation of the latest earlier mention of the noun (`earlier_members`), and so is "A
  spokesperson for the administrators" (`members_spokesperson_org`);
- from the text, for what the parse missed, where a quote's speaker is finalised
  (continuations.py, `_apply`), after org_full_names.py (`acting_firm`): a speaker that is
  the bare function noun, or a spokesperson for it, is the one organisation the article
  writes next to that noun ("<noun> from/at X", "<noun>, X", "X, the <noun>", "<noun> X"),
  the nearest such before the quote (else the first after).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from nlp.components.lexicon import FIRST_NAMES, SPOKES_NOUNS
from nlp.components.org_lookup import org_for_span
from nlp.components.quoting.org_full_names import NOT_NAME_WORDS
from nlp.components.quoting.context import LAY_GROUPS, Speaker
from nlp.components.quoting.persons import looks_like_name

# Entity labels a firm's name may get after "administrators from" ("Kellaway Recovery" read
# as a facility).
FIRM_ENTITIES = frozenset({"ORG", "FAC"})
# Nouns for a firm appointed to act for another body, plural and singular.
ACTING_FIRM_NOUNS = frozenset("""administrators administrator liquidators liquidator receivers receiver
    auditors auditor""".split())
# Nouns for a campaign, which speaks as the group named with it ("the Hands Off Lydcombe
# campaign" ... "The campaign's petition states").
CAMPAIGN_NOUNS = frozenset({"campaign"})
# What may stand between the noun and the firm's name written after it.
_NOUN_THEN_NAME = re.compile(r"^(?:\s+(?:from|at|of)(?:\s+the)?\s+|\s*,\s*|\s+)$")
# What may stand between the firm's name and the noun written after it: "X, the administrators",
# "the Hands Off Lydcombe campaign".
_NAME_THEN_NOUN = re.compile(r"^(?:\s*,\s*(?:the\s+|its\s+|their\s+)?(?:appointed\s+|joint\s+)?|\s+)$")
# A capitalised word right before a mention: the mention ends a longer name.
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'&-]*\s+$")
# How far from the noun the firm's name may begin or end.
NEAR_CHARS = 20
# A firm's name the entity model missed, after "<noun> from/at": capitalised words ("&" and
# "and" between them), the first of them not a word that opens a phrase.
_NAME = r"((?:[A-Z][\w’'&-]*)(?:\s+(?:&\s+|and\s+)?[A-Z][\w’'&-]*)*)"
_NAME_AFTER = r"\s+(?:from|at)\s+(?:the\s+)?" + _NAME


def acting_firm(ctx, q, found: Speaker) -> Speaker:
    """`found` as the firm it names by its function (see the module's docstring); any other
    speaker unchanged."""
    if found.person is not None or not found.speaker or found.speaker_org:
        return found
    words = found.speaker.lower().split()
    spokes = bool(SPOKES_NOUNS.intersection(words))
    noun = words[-1] if words else ""
    described = [w for w in words if w not in {"the", "a"}]
    if noun not in ACTING_FIRM_NOUNS | CAMPAIGN_NOUNS or not spokes and len(described) > 1:
        return found
    name = _firm_named_with(ctx, noun, q.start)
    if name is None:
        return found
    return found.but(speaker_org=name) if spokes else Speaker(name, name, cue=found.cue, how="org")


def _firm_named_with(ctx, noun: str, pos: int) -> str | None:
    """The organisation written right next to `noun` (either number) nearest before `pos`,
    else the first after it."""
    text = ctx.text
    stem = noun.rstrip("s")
    nouns = [(m.start(), m.end()) for m in re.finditer(rf"\b{stem}s?\b", text, re.I) if not ctx.in_quote(m.start())]
    hits = []
    for org in ctx.doc._.orgs or ():
        for s, e in org["mentions"]:
            if ctx.in_quote(s) or _CAPITAL_BEFORE.search(text[max(0, s - NEAR_CHARS):s]):
                continue  # (not "Lydcombe" of "the Hands Off Lydcombe campaign": the end of a longer name)
            if any(_NOUN_THEN_NAME.match(text[ne:s]) for _, ne in nouns if 0 <= s - ne <= NEAR_CHARS) \
                    or any(_NAME_THEN_NOUN.match(text[e:ns]) for ns, _ in nouns if 0 <= ns - e <= NEAR_CHARS):
                hits.append((s, org["name"]))
    if not hits:  # (a name the entity model missed: "administrators from Kellaway Recovery",
        # "the Hands Off Lydcombe campaign")
        written = [*re.finditer(rf"\b(?i:{stem}s?){_NAME_AFTER}", text),
                   *re.finditer(rf"\bthe\s+{_NAME}\s+(?i:{stem}s?)\b", text)]
        for m in written:
            name = m.group(1)
            span = ctx.doc.char_span(m.start(1), m.end(1), alignment_mode="expand")
            # (not a person's: "the Hillary Clinton campaign", tagged or written as a name)
            person = span is None or any(x.ent_type_ == "PERSON" for x in span) \
                or looks_like_name(name) and name.split()[0].lower() in FIRST_NAMES
            if name.split()[0] not in NOT_NAME_WORDS and len(name.split()) > 1 and not ctx.in_quote(m.start()) \
                    and not person:
                hits.append((m.start(1), name))
    earlier = [h for h in hits if h[0] < pos]
    if earlier:
        return max(earlier)[1]
    return min(hits)[1] if hits else None


def org_after(doc: Doc, x: Token, prep: str) -> dict | None:
    """The first named organisation x's preposition `prep` takes ("from X", "of X")."""
    for g in (g for c in x.children if c.dep_ == "prep" and c.lower_ == prep for g in c.children):
        hit = org_for_span(doc, g.idx, g.idx + len(g)) if g.dep_ == "pobj" and g.ent_type_ == "ORG" else None
        if hit:
            return hit
    return None


def members_org(doc: Doc, x: Token) -> Speaker | None:
    """"Administrators from Harwood Recovery Partners": the people of a named organisation
    (a plural noun "from" it, not a lay group such as parents) speak for it."""
    if x.tag_ != "NNS" or x.lower_ in LAY_GROUPS:
        return None
    hit = org_after(doc, x, "from")
    return Speaker(hit["name"], hit["name"], how="nominal") if hit else None


def members_written_from(ctx, m: Token) -> Speaker | None:
    """"administrators from Mercer Holt LLP" as written, however the parser hung the "from"
    ("appointed administrators from X" read with the verb's "from"): the organisation named
    right after it."""
    if m.tag_ != "NNS" or m.lower_ in LAY_GROUPS or m.i + 2 >= len(m.doc) or m.nbor(1).lower_ != "from":
        return None
    name = m.nbor(3) if m.nbor(2).lower_ == "the" and m.i + 3 < len(m.doc) else m.nbor(2)
    if name.pos_ != "PROPN" or name.ent_type_ not in FIRM_ENTITIES:
        return None
    hit = org_for_span(ctx.doc, name.idx, name.idx + len(name))
    # (a firm the organisation component did not list, "Kellaway Recovery": the entity as written)
    whole = hit["name"] if hit else next((e.text for e in ctx.doc.ents if e.start <= name.i < e.end), None)
    return Speaker(whole, whole, how="nominal") if whole else None


def earlier_members(ctx, t: Token) -> Speaker | None:
    """"the administrators said" after "Administrators from Mercer Holt LLP were appointed":
    the organisation the latest earlier mention of the same plural noun, outside quotes,
    says they are from."""
    if t.tag_ != "NNS" or not any(c.lower_ == "the" for c in t.children):
        return None
    earlier = next((m for m in reversed(ctx.doc[:t.i]) if m.lower_ == t.lower_ and not ctx.in_quote(m.idx)), None)
    return (members_org(ctx.doc, earlier) or members_written_from(ctx, earlier)) if earlier is not None else None


def members_spokesperson_org(ctx, t: Token) -> str | None:
    """"A spokesperson for the administrators said" after "Administrators from Mercer Holt
    LLP were appointed": the organisation those people are from."""
    for g in (g for c in t.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"):
        found = earlier_members(ctx, g)
        if found is not None:
            return found.speaker
    return None
