"""Firms that act for another body, and campaigns, speaking as themselves (issue 13, quote
round 31).

British news names the firm appointed to act for a company or a trust once ("appointed
administrators from Harcourt Insolvency LLP", "the trust's auditors, Pellow & Stanes") and
then speaks of it by its function: "The administrators said", "A spokesperson for the
administrators said". A campaign is named once with its noun ("the Hands Off Lydcombe
campaign") and then "the campaign". The UK sets give such quotes to the firm or the campaign
group (or to a spokesperson for it). bodies.py (`_earlier_members`) reads the parse of
"Administrators from X ... the administrators said"; this reads the text, for what the
parse missed. Applied where a quote's speaker is finalised (continuations.py, `_apply`), after
org_full_names.py: a speaker that is the bare function noun, or a spokesperson for it, is
the one organisation the article writes next to that noun ("<noun> from/at X", "<noun>, X",
"X, the <noun>", "<noun> X"), the nearest such before the quote (else the first after).
"""
from __future__ import annotations

import re

from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES, SPOKES_NOUNS
from nlp.components.quoting.context import Speaker
from nlp.components.quoting.org_full_names import NOT_NAME_WORDS
from nlp.components.quoting.persons import looks_like_name

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
                or looks_like_name(name) and name.split()[0].lower() in MALE_NAMES | FEMALE_NAMES
            if name.split()[0] not in NOT_NAME_WORDS and len(name.split()) > 1 and not ctx.in_quote(m.start()) \
                    and not person:
                hits.append((m.start(1), name))
    earlier = [h for h in hits if h[0] < pos]
    if earlier:
        return max(earlier)[1]
    return min(hits)[1] if hits else None
