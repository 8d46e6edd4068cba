"""An organisation speaking under the whole name the text gives it, when the entity model
cut the name short: "Quillon Digital said ..." tagged with only "Digital" as the
organisation, "FleetLine Mobility Ltd said ..." with only "Mobility Ltd". The capitalised
proper nouns written right before the mention, as compounds of its name, belong to it when
the longer name is an organisation the article names (as a whole, or its first words are
one: "FleetLine" elsewhere)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.components.doc_text import doc_text
from nlp.components.quoting.context import Speaker

# Words of a name the model can leave out in front of an organisation's mention.
CUT_WORDS_MAX = 2


def org_speaker(doc: Doc, org: dict, token: Token) -> Speaker:
    """The Speaker for `org`, whose mention covers `token`, under its whole written name."""
    name = _whole_name(doc, org, token)
    return Speaker(name, name, how="org")


def _whole_name(doc: Doc, org: dict, token: Token) -> str:
    mention = next(((s, e) for s, e in org["mentions"] if s <= token.idx < e), None)
    first = doc.char_span(mention[0], mention[1], alignment_mode="expand") if mention else None
    if first is None:
        return org["name"]
    left = first.start
    while left > 0 and first.start - left < CUT_WORDS_MAX and _cut_word(doc[left - 1], first.start):
        left -= 1
    if left == first.start:
        return org["name"]
    written = doc_text(doc)[doc[left].idx:mention[1]]
    cut = doc[left:first.start].text
    names = {o["name"] for o in doc._.orgs or ()}
    return written if written in names or cut in names else org["name"]


def _cut_word(x: Token, start: int) -> bool:
    """A capitalised proper noun, in no entity, compounding a word of the name after it."""
    return x.pos_ == "PROPN" and x.text[:1].isupper() and not x.ent_type_ and x.dep_ == "compound" \
        and x.head.i >= start and bool(x.whitespace_)
