"""`newswatch_orgs`: gazetteer matching, entity clean-up and organisation normalisation.

Runs after the statistical NER. It
- trims entity spans: a leading "the" on organisations and a trailing possessive
  ("Worcestershire County Council's" -> "Worcestershire County Council");
- adds gazetteer matches as ORG entities (exact text, plus upper-case forms); a match
  replaces the model's overlapping entities unless the model's entity strictly contains
  it, or the match is a single non-acronym word the model read as a place (so a council
  alias such as "Leicestershire" never turns places into organisations);
- gives every ORG entity a canonical name (stored as the span's kb_id): the gazetteer's
  name when known, else the first spelling seen in the document, merging case variants
  (UNISON / Unison) and acronyms ("Academies Enterprise Trust (AET)" ... "AET", or
  initials: ASCL for the Association of School and College Leaders);
- sets doc._.orgs: [{"name", "kind", "mentions": [(start_char, end_char), ...]}].
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp import gazetteer
from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES, ORG_REFERENCES, ROLE_WORDS, TITLES

FIRST_NAMES = MALE_NAMES | FEMALE_NAMES

if not Doc.has_extension("orgs"):
    Doc.set_extension("orgs", default=None)

_POSSESSIVE = {"'s", "’s", "'", "’"}
_PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
_SMALL_WORDS = {"of", "and", "the", "for", "in", "on", "at", "&", "to"}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")

# Name endings -> kind, for organisations the gazetteer does not know.
_KIND_RULES = [
    (re.compile(r"\b(council|borough|authority|county hall)\b", re.I), "council"),
    (re.compile(r"\b(academy trust|learning trust|academies trust|academies|education trust|schools trust|multi-academy trust|federation|learning partnership)\b", re.I), "academy_trust"),
    (re.compile(r"\b(academy|school|college|primary|infants|juniors|nursery)\b", re.I), "school"),
    (re.compile(r"\b(union|unison|unite|gmb|neu|nasuwt|naht|ascl|nut)\b", re.I), "union"),
    (re.compile(r"\b(ltd|limited|plc|llp|group|services|solutions|catering)\b", re.I), "company"),
    (re.compile(r"\b(department|ministry|ofsted|government|agency|commissioner|parliament|dfe|acas)\b", re.I), "government"),
    (re.compile(r"\btrust\b", re.I), "academy_trust"),
]


def infer_kind(name: str) -> str:
    for pattern, kind in _KIND_RULES:
        if pattern.search(name):
            return kind
    return "other"


_COMPANY_SUFFIXES = {"ltd", "ltd.", "limited", "plc", "group", "uk", "llp"}


def _core(name: str) -> str:
    words = name.lower().split()
    while len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _SMALL_WORDS]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


_ORG_HEADS = {"library", "council", "school", "academy", "trust", "college", "union", "federation",
              "group", "ltd", "limited", "plc", "partnership", "services", "hospital", "church", "club",
              "association", "society", "alliance", "forum", "board", "police", "committee", "agency",
              "department", "federation", "foundation", "charity", "university", "network", "campaign"}


def has_word(text: str) -> bool:
    """Whether the text holds a letter or digit (an entity must; whitespace or
    punctuation tagged as a name is not one)."""
    return any(ch.isalnum() for ch in text)


def trim_span(span: Span) -> Span | None:
    """Drop a leading "the" (organisations) and trailing possessives / punctuation;
    None for a span with no word in it (a non-breaking space tagged PERSON)."""
    if not has_word(span.text):
        return None
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].is_space:
        start += 1  # "UNISON\n": whitespace tokens are never part of a name
    while end > start and doc[end - 1].is_space:
        end -= 1
    while end > start and (doc[end - 1].text in _POSSESSIVE or doc[end - 1].is_punct and doc[end - 1].text not in ")."):
        end -= 1
    if span.label_ == "ORG":
        while start < end and doc[start].lower_ == "the":
            start += 1
        # "NEU’s Herefordshire": the organisation is before the possessive, unless what
        # follows is itself a name of an organisation ("St Mary's Primary School")
        for k in range(start + 1, end - 1):
            if doc[k].text in _POSSESSIVE and doc[end - 1].lower_ not in _ORG_HEADS:
                end = k
                break
        # "Three Spires Academy Trust": a capitalised number word the model left out
        if start == span.start and start > 0 and doc[start - 1].like_num and doc[start - 1].is_title \
                and doc[start - 1].ent_type_ in {"", "CARDINAL"}:
            start -= 1
    if start >= end:
        return None
    if span.label_ == "ORG" and not any(ch.isupper() for ch in doc[start:end].text):
        return None  # "the academy trust": a description, resolved in context instead
    if span.label_ == "ORG" and doc[end - 1].is_lower and doc[end - 1].lower_ in _ORG_HEADS:
        return None  # "a Lancashire academy trust", "Bristol trust": a description too
    label = span.label
    if 3 <= end - start <= 4 and doc[end - 1].text in {"MP", "MEP", "MSP"} \
            and all(t.is_title and t.is_alpha for t in doc[start:end - 1]):
        label = doc.vocab.strings["PERSON"]  # "Helen Dray MP"
    elif span.label_ == "PERSON" and end - start > 1 and doc[end - 1].lower_ in _ORG_HEADS:
        label = doc.vocab.strings["ORG"]  # "Alnwick Library" is not a person
    elif span.label_ == "ORG" and 2 <= end - start <= 4 and (doc[start].lower_ in TITLES or doc[start].lower_ in ROLE_WORDS
                                                           and end - start == 3 and doc[start + 1].lower_ not in ROLE_WORDS) \
            and doc[start].is_title \
            and all(t.is_title and t.is_alpha or t.text == "." for t in doc[start:end]) \
            and doc[end - 1].lower_ not in _ORG_HEADS and doc[start + 1].lower_ not in _ORG_HEADS:
        label = doc.vocab.strings["PERSON"]  # "Rev Gillian Marsh": a title makes a person
    elif span.label_ == "ORG" and 2 <= end - start <= 3 and doc[start].lower_ in FIRST_NAMES \
            and all(t.is_title and t.is_alpha for t in doc[start:end]) and doc[end - 1].lower_ not in _ORG_HEADS:
        label = doc.vocab.strings["PERSON"]  # "Becky Harland" is not an organisation
    if (start, end) == (span.start, span.end) and label == span.label:
        return span
    return Span(doc, start, end, label=label, kb_id=span.kb_id)


# Names of organisations by their ending: "Pennine Ridge Academy Trust", "Calder Rise
# Primary Academy", "Harbour View Learning Partnership".
_PATTERN_HEADS = {"trust", "academy", "academies", "school", "college", "council", "federation", "partnership",
                  "alliance"}
_NAME_STOPS = {"the", "a", "an", "in", "at", "of", "for", "and", "by", "on", "to", "from", "with"}


def _name_word(doc: Doc, k: int) -> bool:
    t = doc[k]
    if t.text == "-" and 0 < k < len(doc) - 1 and not doc[k - 1].whitespace_ and not t.whitespace_:
        return True  # "Multi-Academy"
    return t.is_title and t.is_alpha and t.lower_ not in _NAME_STOPS and t.lower_ not in TITLES \
        and t.lower_ not in ROLE_WORDS and t.pos_ in {"PROPN", "NOUN", "ADJ"}


def pattern_orgs(doc: Doc, ents: list[Span]) -> list[Span]:
    """Widen ORG entities to the whole capitalised name before them, and add untagged names
    ending in a generic head ("... Academy Trust", "... Primary School")."""
    org_tokens = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    out = []
    for e in ents:
        if e.label_ == "ORG" and e.end < len(doc) and e.end not in org_tokens and doc[e.end].is_title \
                and doc[e.end].lower_ in _PATTERN_HEADS and e[-1].whitespace_:
            e = Span(doc, e.start, e.end + 1, label="ORG", kb_id=e.kb_id)  # "Fenbridge Academies" + "Trust"
        if e.label_ == "ORG" and e[-1].lower_ in _PATTERN_HEADS and e[-1].is_title:
            start = e.start
            while start > 0 and _name_word(doc, start - 1) and start - 1 not in org_tokens \
                    and doc[start - 1].whitespace_ or start > 0 and doc[start - 1].text == "-" and _name_word(doc, start - 1):
                start -= 1
            while start < e.start and doc[start].text == "-":
                start += 1
            if start < e.start:
                e = Span(doc, start, e.end, label="ORG", kb_id=e.kb_id)
        out.append(e)
    taken = {i for e in out if e.label_ == "ORG" for i in range(e.start, e.end)}
    k = 0
    while k < len(doc):
        t = doc[k]
        if t.lower_ in _PATTERN_HEADS and t.is_title and k not in taken and t.pos_ == "PROPN":
            start = k
            while k + 1 < len(doc) and doc[k + 1].is_title and doc[k + 1].lower_ in _PATTERN_HEADS \
                    and k + 1 not in taken and doc[k].whitespace_:
                k += 1  # "... Academy Trust"
            while start > 0 and _name_word(doc, start - 1) and start - 1 not in taken:
                start -= 1
            while start < k and doc[start].text == "-":
                start += 1
            if start < k and any(doc[j].lower_ not in _PATTERN_HEADS | {"primary", "learning", "multi", "-"} for j in range(start, k)):
                out.append(Span(doc, start, k + 1, label="ORG"))
                taken.update(range(start, k + 1))
        k += 1
    return filter_spans(out)


class OrgNormaliser:
    def __init__(self, nlp: Language, name: str, data_dir: str | None, overwrite_ents: bool, use_gazetteer: bool):
        self.name = name
        self.overwrite_ents = overwrite_ents
        entries = gazetteer.load_entries(Path(data_dir) if data_dir else None) if use_gazetteer else []
        self.index = gazetteer.build_index(entries)
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.n_patterns = 0
        patterns = gazetteer.phrase_patterns(entries)
        # One match id per canonical name; the canonical name is the match id's string.
        by_name: dict[str, list] = {}
        texts = [text for text, _ in patterns]
        for (text, canonical), pdoc in zip(patterns, nlp.tokenizer.pipe(texts)):
            by_name.setdefault(canonical, []).append(pdoc)
        for canonical, docs in by_name.items():
            self.matcher.add(canonical, docs)
            self.n_patterns += len(docs)

    # ---- entity clean-up -------------------------------------------------------------
    def _gazetteer_spans(self, doc: Doc) -> list[Span]:
        if not self.n_patterns:
            return []
        spans = [Span(doc, s, e, label="ORG", kb_id=m) for m, s, e in self.matcher(doc)]
        # Longest match wins; ties go to the earliest.
        spans.sort(key=lambda s: (-(s.end - s.start), s.start))
        chosen, taken = [], set()
        for s in spans:
            if not taken.intersection(range(s.start, s.end)):
                chosen.append(s)
                taken.update(range(s.start, s.end))
        return chosen

    def _merge(self, doc: Doc, model_ents: list[Span], gaz: list[Span]) -> list[Span]:
        ents = list(model_ents)
        for g in gaz:
            overlapping = [e for e in ents if e.start < g.end and g.start < e.end]
            longer = [e for e in overlapping if e.start <= g.start and g.end <= e.end and (e.end - e.start) > (g.end - g.start)]
            if longer:
                # "Swindon UNISON", "Wakefield NEU": a place before a known acronym
                e = longer[0]
                if not (g.end == e.end and doc[g.start:g.end].text.isupper() and e.label_ == "ORG"
                        and all(t.is_title and t.lower_ not in _ORG_HEADS for t in doc[e.start:g.start])):
                    continue  # the model's entity is longer: keep it
            single_word = g.end - g.start == 1
            if single_word and not doc[g.start].is_upper and any(
                e.label_ in _PLACE_LABELS and (e.start, e.end) == (g.start, g.end) for e in overlapping
            ):
                continue  # a place name, not the organisation
            if overlapping and not self.overwrite_ents:
                continue
            ents = [e for e in ents if e not in overlapping] + [g]
        return sorted(ents, key=lambda e: e.start)

    # ---- normalisation ---------------------------------------------------------------
    def _canonical(self, doc: Doc, ents: list[Span]) -> list[Span]:
        out: list[Span] = []
        seen: dict[str, str] = {}  # lower-cased surface -> canonical
        by_initials: dict[str, str] = {}
        by_core: dict[str, str] = {}  # name without Ltd/plc/Group/UK -> canonical
        for ent in ents:
            if ent.label_ != "ORG":
                out.append(ent)
                continue
            text = " ".join(ent.text.split())  # "Fenbridge\nAcademies Trust": one name
            key = text.lower()
            canonical = ent.kb_id_ or None
            if canonical is None and key in self.index:
                canonical = self.index[key][0]
            if canonical is None and key in seen:
                canonical = seen[key]
            if canonical is None and _ACRONYM.match(text) and text.isupper() and text in by_initials:
                canonical = by_initials[text]
            if canonical is None and len(ent) > 1:
                # "Northgate Catering" after "Northgate Catering Ltd": the same company
                canonical = by_core.get(_core(text))
            if canonical is None:
                canonical = text
            seen.setdefault(key, canonical)
            if len(_core(text).split()) > 1:
                by_core.setdefault(_core(text), canonical)
            # "Academies Enterprise Trust (AET)": the bracketed acronym is an alias.
            nxt = ent.end
            if nxt + 2 < len(doc) and doc[nxt].text == "(" and doc[nxt + 2].text == ")" and doc[nxt + 1].is_upper:
                seen.setdefault(doc[nxt + 1].text.lower(), canonical)
            if len(ent) > 1:
                by_initials.setdefault(initials(text), canonical)
            out.append(Span(doc, ent.start, ent.end, label=ent.label, kb_id=canonical))
        # Bracketed acronyms that the model did not tag, or tagged before the full name
        # was seen, are fixed up in a second pass.
        fixed = []
        for ent in out:
            text = " ".join(ent.text.split())
            if ent.label_ == "ORG" and ent.kb_id_ == text:
                alias = seen.get(text.lower()) or by_initials.get(text) if text.isupper() else seen.get(text.lower())
                if alias and alias != text:
                    ent = Span(doc, ent.start, ent.end, label=ent.label, kb_id=alias)
            fixed.append(ent)
        return fixed

    def kind_of(self, canonical: str) -> str:
        hit = self.index.get(canonical.lower())
        return hit[1] if hit else infer_kind(canonical)

    def __call__(self, doc: Doc) -> Doc:
        model_ents = pattern_orgs(doc, filter_spans([t for t in (trim_span(e) for e in doc.ents) if t is not None]))
        ents = self._merge(doc, model_ents, self._gazetteer_spans(doc))
        ents = self._canonical(doc, ents)
        doc.ents = ents
        orgs: dict[str, dict] = {}
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            org = orgs.setdefault(ent.kb_id_, {"name": ent.kb_id_, "kind": self.kind_of(ent.kb_id_), "mentions": []})
            org["mentions"].append((ent.start_char, ent.end_char))
        doc._.orgs = list(orgs.values())
        return doc


@Language.factory(
    "newswatch_orgs",
    default_config={"data_dir": None, "overwrite_ents": True, "use_gazetteer": True},
)
def make_orgs(nlp: Language, name: str, data_dir: str | None, overwrite_ents: bool, use_gazetteer: bool) -> OrgNormaliser:
    return OrgNormaliser(nlp, name, data_dir, overwrite_ents, use_gazetteer)


# ---- helpers the other components use -------------------------------------------------
def org_for_span(doc: Doc, start_char: int, end_char: int) -> dict | None:
    """The doc._.orgs entry with a mention overlapping the character range, if any."""
    for org in doc._.orgs or ():
        for s, e in org["mentions"]:
            if s < end_char and start_char < e:
                return org
    return None


def resolve_org_reference(doc: Doc, word: str, before_char: int) -> dict | None:
    """"the council" / "the trust" / "union": the organisation of that kind the article
    means. The most recent mention before `before_char` wins; failing that, the only
    organisation of that kind in the article. None when it cannot be told."""
    kind = ORG_REFERENCES.get(word.lower())
    if kind is None:
        return None
    candidates = [o for o in doc._.orgs or () if o["kind"] == kind]
    if not candidates:
        return None
    best, best_pos = None, -1
    for org in candidates:
        for s, _ in org["mentions"]:
            if s < before_char and s > best_pos:
                best, best_pos = org, s
    if best is not None:
        return best
    return candidates[0] if len(candidates) == 1 else None
