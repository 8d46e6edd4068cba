"""Company names the model cut short, for `newswatch_orgs` (nlp/components/orgs.py): in
"Corvid Digital Ltd, which has provided ..." the model tags only "Digital Ltd", leaving the
one word that names the company outside (often read as a person). A tagged name made only of
words that say what a company does and its legal ending ("Digital Ltd", "Catering Services
Ltd") is no name by itself: the proper noun (or two) written right before it belongs to it.
Names the model cut at a plural noun's possessive ("Quarryford Magistrates" of "Quarryford
Magistrates' Court") are taken whole too.
"""
from __future__ import annotations

from spacy.tokens import Span

from nlp.components.org_short_forms import LEGAL_ENDING_TOKENS, SHORT_FORM_REST

# Words that open a sentence or a clause in capitals without naming anything.
_NOT_NAMES = {"the", "a", "an", "its", "their", "our", "this", "that", "both", "new", "former", "local", "council",
              "contractor", "company", "firm", "supplier", "provider", "yesterday", "today", "now", "then", "but",
              "and", "meanwhile", "however", "last", "next"}


# At most this many proper nouns before a name of generic words ("Corvid" of "Corvid Digital
# Ltd"), and before a one-word firm's name ("Ashdown" of "Ashdown Kemp LLP").
_MAX_GENERIC_OWNER = 2
_MAX_PARTNER_OWNER = 1
# What the model may have read a first partner's name as: nothing, a person, a body; not a
# date ("On Friday Kemp Ltd said") or a place; and it does not open the sentence.
_OWNER_LABELS = {"", "PERSON", "ORG"}


def whole_company_names(ents: list[Span]) -> list[Span]:
    """The entities, each company name made only of generic words and a legal ending taken
    with the proper nouns right before it ("Corvid" + "Digital Ltd"), and each partners' firm
    cut at its second partner taken with the first ("Ashdown" + "Kemp LLP")."""
    out = []
    for e in ents:
        doc = e.doc
        if e.label_ == "ORG" and len(e) >= 2 and e[-1].lower_ in LEGAL_ENDING_TOKENS and e[0].is_title:
            generic = all(t.lower_ in SHORT_FORM_REST for t in e[:-1])
            most = _MAX_GENERIC_OWNER if generic else _MAX_PARTNER_OWNER if len(e) == 2 else 0
            k = e.start
            while k > 0 and e.start - k < most and doc[k - 1].is_title and doc[k - 1].pos_ == "PROPN" \
                    and doc[k - 1].whitespace_ == " " and doc[k - 1].lower_ not in _NOT_NAMES \
                    and (generic or doc[k - 1].ent_type_ in _OWNER_LABELS and not doc[k - 1].is_sent_start):
                k -= 1
            if k < e.start:
                e = Span(doc, k, e.end, label="ORG", kb_id=e.kb_id_ if e.kb_id_ != e.text else "")
        out.append(e)
    return out


# Plural nouns whose possessive sits inside a name: "Quarryford Magistrates' Court", "the
# Wealdmoor Children's Wellbeing Fund", "Lowby Parents' Forum".
# Not "teachers": "School Teachers' Pay and Conditions" is a document, "Teachers' Centre" a building.
_GROUP_POSSESSIVES = {"magistrates", "children", "girls", "boys", "parents", "carers", "pupils", "women",
                      "men", "workers", "governors", "heads", "leaders", "people", "students", "residents", "members",
                      "officers", "nurses", "tenants", "traders", "veterans"}
_APOSTROPHES = {"'", "’", "'s", "’s"}
# At most this many Title Case words after the possessive.
_MAX_AFTER_POSSESSIVE = 4


def whole_possessive_names(ents: list[Span]) -> list[Span]:
    """The entities, each one the model cut at a plural noun's possessive taken whole with the
    Title Case words after it ("Quarryford Magistrates" + "' Court")."""
    out = []
    for e in ents:
        doc = e.doc
        k = e.end
        if e.label_ == "ORG" and e[-1].lower_ in _GROUP_POSSESSIVES and k + 1 < len(doc) \
                and doc[k].text in _APOSTROPHES and not e[-1].whitespace_:
            j = k + 1
            while j < len(doc) and j - k <= _MAX_AFTER_POSSESSIVE and doc[j].is_title and doc[j].is_alpha:
                j += 1
            if j > k + 1:
                e = Span(doc, e.start, j, label="ORG")
        out.append(e)
    return out
