"""A short form shared by a school and a trust, for `newswatch_orgs`
(nlp/components/orgs.py), once short_form_spans (org_short_forms.py) has given it to the trust
where trust words follow ("Harbourside's chief executive", "Harbourside runs ..."):

- the rest of its uses are the school's when the trust is named after the school (a
  single-academy trust: "Harbourside Academy Trust" of "Harbourside Academy"): "Harbourside
  would keep its name, its headteacher and its sixth form"; where the trust's name holds the
  school's whole name ("Harbourside Grammar School Academy Trust"), so are the uses given to
  the trust for what their sentence's subject does ("Harbourside Grammar has a proud
  history"), not its officers or its "trust's" ("Harbourside Grammar chair Ann Lee");
- otherwise the uses after "at", "to" or "attend" are the school's (the place pupils go):
  "ordered the council to name Linden Lea", "a place at Linden Lea" beside Linden Lea School
  and a trust once called the Linden Lea Academy Trust.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.org_evidence import introduced_otherwise
from nlp.components.org_kinds import infer_kind
from nlp.components.org_short_forms import SHORT_FORM_REST, _trust_words_follow

_TO_SCHOOL = {"at", "to", "attend", "attends", "attended", "attending", "name"}
# Words right before a name that give it to a body: "The trust, known locally as Ashmere".
_NAMING = {"as", "called", "named"}


def _named_here(doc: Doc, i: int) -> bool:
    """The use at token i is where the text gives the name ("known as Ashmere")."""
    return i > 0 and doc[i - 1].lower_ in _NAMING


def _shared(names: set[str]) -> dict[str, tuple[str, str]]:
    """{short form: (the school, the trust)} for short forms of exactly one school and one
    other (trust-shaped) name among `names`."""
    by_short: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        for k in range(1, min(len(words), 4)):
            if all(w.lower() in SHORT_FORM_REST for w in words[k:]):
                by_short.setdefault(" ".join(words[:k]), []).append(name)
    out = {}
    for short, full in by_short.items():
        schools = [n for n in full if infer_kind(n) == "school"]
        trusts = [n for n in full if infer_kind(n) == "academy_trust"]
        if len(full) == 2 and len(schools) == 1 and len(trusts) == 1 and short[:1].isupper():
            out[short] = (schools[0], trusts[0])
    return out


def school_short_forms(doc: Doc, ents: list[Span], former: dict[str, str]) -> list[Span]:
    """ORG spans for uses of such a short form that are the school's; `former` maps former
    names to current ones (the trust's name may be a former one)."""
    names = {e.kb_id_ for e in ents if e.label_ == "ORG" and e.kb_id_} | set(former)
    shared = _shared(names)
    if not shared:
        return []
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    out = []
    for short, (school, trust) in shared.items():
        if introduced_otherwise(doc, short):
            continue  # "the Cordwell Trust, the Victorian charity": a body of its own
        n = len(short.split())
        named_after = trust.startswith(school + " ")
        # "Brantholme Grammar School Academy Trust": the whole school's name before the trust's
        # words, as a single-academy trust is named; "Redwater Academy Trust" beside Redwater
        # Academy is as often a chain named after its first school
        single = named_after and school.split()[-1].lower() != "academy"
        for i in range(len(doc) - n + 1):
            if doc[i:i + n].text != short:
                continue
            covering = {by_token[j] for j in range(i, i + n) if j in by_token}
            # a single-academy trust named after its school leaves the school its short form
            # ("Harbourside Grammar" of Harbourside Grammar School Academy Trust and its school)
            mine = {short, "", trust} if single and not _named_here(doc, i) else {short, ""}
            if any(e.start < i or e.end > i + n or e.label_ == "ORG" and e.kb_id_ not in mine for e in covering):
                continue  # inside a longer name, or given to a body already
            # what the subject does ("Harbourside has a proud history") may be said of the school
            # a single-academy trust is named after; its officers, its "trust's" are the trust's
            acts = i + n < len(doc) and doc[i + n].pos_ in {"VERB", "AUX"}
            if i + n < len(doc) and doc[i + n].is_title \
                    or _trust_words_follow(doc, i + n, i) and not (single and acts):
                continue  # "Harbourside House", "Harbourside's chief executive"
            if named_after or i > 0 and doc[i - 1].lower_ in _TO_SCHOOL:
                out.append(Span(doc, i, i + n, label="ORG", kb_id=school))
    return out
