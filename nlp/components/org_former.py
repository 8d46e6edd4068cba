"""A body's current name that the model left untagged (or read as a place or a person),
given right before its former name, for `newswatch_orgs` (called from
org_known_as.noun_known_as): "Tessera, formerly Halbridge Schools Trust, chose ...", "Tessera (previously the Halbridge
Schools Trust) runs ...",
"Ember, the trust formerly known as Dalesford Academies Trust, will ...", "Fenway, formerly
known as the Lindham Schools Partnership, ...", "Aspen, the trust that rebranded from
Lowbury Schools Trust, ...". The capitalised words before the comma
become an organisation named as written, and every span of the former name takes that
name. When the model tagged the current name, former_name_of (org_defined.py) links the two.
Trading names, tagged or not, are org_known_as.trading_names (their one home).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.org_short_forms import BEFORE_PLACE

# The one home of "rebranded from" after a name: ", the trust that rebranded from", ", which
# was renamed from" (the words before a former name; org_renames.py reads them between two
# tagged names, this module after an untagged current name).
APPOSED_BODY = r"((the|a|an) ([\w-]+ ){0,3}(trust|body|organisation|partnership|group|federation|company) )?"
RENAMED_FROM = r"((which|that|who) )?((has|had|was) )?(rebranded|renamed|re-named|changed its name) from"
# The words between the current name's comma and the former name.
_BETWEEN = re.compile(r"^[,(] " + APPOSED_BODY + r"((formerly|previously|until recently)( known as| called| named)?"
                      r"|((which|that|who) )?(was|had been) ((formerly|previously|once|originally) )?(known as|called|named)"
                      r"|" + RENAMED_FROM + r")( the)?$")
# A new name after its body's name, the rename told between them: "Halbridge Schools Trust will
# be known as Tessera from May", "A, which runs nine schools, is to change its name to Tessera",
# "A rebrands as Tessera" (a relative clause may stand between the body and the verb).
_TO_NEW = re.compile(r"^(, (which|who) [^,()]{1,80} ,)? ?((will|would|is to|is set to|is due to|plans to|is going to|"
                     r"has|have|had|was|is|is being) )?((now|soon|then|later|also) )?"
                     r"(be known as|become known as|now known as|be renamed|been renamed|renamed|be called|"
                     r"change its name to|changes its name to|changed its name to|rebrand as|rebrands as|rebranded as|"
                     r"renamed itself|take the name)( the)?$")
# How far after a body's name its new name may come (a relative clause between them).
_NEW_REACH = 24
# What may follow a new name: the end of the clause or its date ("from May", "in 2025", "next year").
_AFTER_NEW = {",", ".", ";", ")", "–", "—", "from", "in", "on", "next", "this", "later", "after", "when", "at", "by"}
# What may follow the former name: the end of the clause ("in 2022", "last year"), not "'s chief executive".
_AFTER = {",", ".", ";", ")", "–", "—", "until", "in", "last"}
_MAX_WORDS = 3


def _name_before(doc: Doc, comma: int, by_token: dict[int, Span]) -> Span | None:
    """The capitalised words (at most three) right before the comma at `comma`, alone: not
    the end of a longer run of capitals, not an organisation already, not a person's full
    name, not inside a longer entity ("Oakwise last year")."""
    k = comma
    while k > 0 and doc[k - 1].is_title and doc[k - 1].is_alpha and comma - k < _MAX_WORDS + 1:
        k -= 1
    if k < comma and doc[k].lower_ == "the":
        k += 1
    if k == comma or comma - k > _MAX_WORDS or k > 0 and doc[k - 1].is_title and doc[k - 1].lower_ != "the":
        return None
    for e in {by_token[i] for i in range(k, comma) if i in by_token}:
        if e.label_ == "ORG" or e.start < k or e.end > comma or e.label_ == "PERSON" and len(e) > 1:
            return None
    return doc[k:comma]


def _name_after(doc: Doc, start: int, by_token: dict[int, Span]) -> Span | None:
    """The capitalised words (at most three) from `start`, alone: ending the clause, not an
    entity of their own already (org_renames.py links two tagged names), not a person's."""
    k = start
    while k < len(doc) and doc[k].is_title and doc[k].is_alpha and k - start < _MAX_WORDS + 1:
        k += 1
    if k == start or k - start > _MAX_WORDS or k < len(doc) and not doc[k].is_space and doc[k].lower_ not in _AFTER_NEW:
        return None
    for e in {by_token[i] for i in range(start, k) if i in by_token}:
        if e.label_ == "ORG" or e.start < start or e.end > k or e.label_ == "PERSON" and len(e) > 1:
            return None
    return doc[start:k]


def _untagged_new_names(doc: Doc, ents: list[Span], by_token: dict[int, Span]) -> dict[tuple[int, int], str]:
    """{(start, end) of the new name: the body's canonical name} for "A will be known as X"."""
    out = {}
    for y in [e for e in ents if e.label_ == "ORG"]:
        k = y.start - 2 if y.start > 1 and doc[y.start - 1].lower_ == "the" else y.start - 1
        if k >= 0 and doc[k].lower_ in {"and", "&"}:
            continue  # "A and B will become C": two bodies merging, neither renamed
        for k in range(y.end + 1, min(len(doc), y.end + _NEW_REACH)):
            if doc[k].is_sent_start:
                break
            if not doc[k].is_title or not _TO_NEW.match(" ".join(t.lower_ for t in doc[y.end:k])):
                continue
            x = _name_after(doc, k, by_token)
            if x is not None:
                out[(x.start, x.end)] = y.kb_id_ or y.text
            break
    return out


def untagged_current_names(doc: Doc, ents: list[Span]) -> tuple[list[Span], dict[str, str]]:
    """Returns the entities (the current names added, the former name's spans relabelled)
    and {former canonical name: current name}."""
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    found: dict[str, str] = {}
    for (start, end), former in _untagged_new_names(doc, ents, by_token).items():
        x = doc[start:end]
        if former not in found and x.text != former:
            found[former] = x.text
            ents = [e for e in ents if not (e.start < end and start < e.end)]
            ents.append(Span(doc, start, end, label="ORG", kb_id=x.text))
    for y in [e for e in ents if e.label_ == "ORG"]:
        if y.end < len(doc) and doc[y.end].lower_ not in _AFTER or not y[0].is_title:
            continue
        former = y.kb_id_ or y.text
        for c in range(max(0, y.start - 10), y.start):
            if doc[c].text not in {",", "("} or not _BETWEEN.match(" ".join(t.lower_ for t in doc[c:y.start])):
                continue
            x = _name_before(doc, c, by_token)
            if x is not None and x.text != former and former not in found:
                found[former] = x.text
                ents = [e for e in ents if not (e.start < x.end and x.start < e.end)]
                ents.append(Span(doc, x.start, x.end, label="ORG", kb_id=x.text))
            break
    if found:
        ents = [Span(doc, e.start, e.end, label="ORG", kb_id=found[e.kb_id_ or e.text])
                if e.label_ == "ORG" and (e.kb_id_ or e.text) in found else e for e in ents]
        ents = _other_uses(doc, ents, set(found.values()))
    return ents, found


def _other_uses(doc: Doc, ents: list[Span], names: set[str]) -> list[Span]:
    """The other uses of a current name found here that the model read as something else
    ("Mosaic runs eight schools" read as a number), not after "in", "across" ..."""
    out = []
    for e in ents:
        if e.label_ != "ORG" and e.text in names and not (e.start > 0 and doc[e.start - 1].lower_ in BEFORE_PLACE):
            e = Span(doc, e.start, e.end, label="ORG", kb_id=e.text)
        out.append(e)
    return out
