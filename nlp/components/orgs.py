"""`newswatch_orgs`: gazetteer matching, entity clean-up and organisation normalisation.

Runs after the statistical NER. It
- trims entity spans (nlp/components/org_trim.py) and takes names whole by their ending (nlp/components/org_patterns.py);
- adds gazetteer matches as ORG entities (exact text, plus upper-case forms); a match
  replaces the model's overlapping entities unless the model's entity strictly contains
  it, or the match is a single non-acronym word the model read as a place (so a council
  alias such as "Leicestershire" never turns places into organisations);
- gives every ORG entity a canonical name (stored as the span's kb_id): the gazetteer's
  name when known, else the first spelling seen in the document, merging case variants
  (UNISON / Unison) and acronyms ("Academies Enterprise Trust (AET)" ... "AET", or
  initials: ASCL for the Association of School and College Leaders);
- drops what only looks like an organisation: documents ("Academy Trust Handbook";
  "Ofsted report" keeps "Ofsted") and fragments of sentences or headlines ("Suspended
  academy trust boss"); splits coordinated names ("Compass Partnership of Schools and
  Eko Trust" is two organisations, "Bath and Wells Diocesan Academies Trust" one);
- resolves acronyms and short forms the text defines ("Academies Enterprise Trust (AET)",
  "the National Education Union, the NEU") to the full name, tagging their later uses;
- sets doc._.orgs: [{"name", "kind", "kind_source", "aliases": [{"alias", "source"}],
  "mentions": [(start_char, end_char), ...]}]; kind_source is "register", "gazetteer",
  "name" (the kind was read from the shape of the name, nlp.components.org_kinds) or
  "context" (the article says what it is: "X, a multi-academy trust").
Span rules (documents, fragments, headlines) are in org_spans.py, short forms and untagged
repeats in org_short_forms.py; acronyms and former names the text defines in org_defined.py.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp import gazetteer
from nlp.components.doc_text import doc_words
from nlp.components.lexicon import ROLE_WORDS
from nlp.components.org_kinds import LEGAL_ENDINGS, infer_kind
from nlp.components.org_patterns import _ORG_HEADS, has_word, pattern_orgs, without_overlaps  # noqa: F401  (people.py)
from nlp.components.org_trim import trim_span
from nlp.components.org_context import council_short_forms, described_names, lead_trust
from nlp.components.org_buildings import buildings
from nlp.components.org_cut import whole_company_names, whole_possessive_names
from nlp.components.org_modifiers import modifier_names
from nlp.components.org_places import place_names
from nlp.components.org_surnames import surname_names
from nlp.components.org_common_words import common_word_names, section_labels
from nlp.components.org_evidence import evidenced_names
from nlp.components.org_fictitious import fictitious_names
from nlp.components.org_fragments import SOFT_HEADS
from nlp.components.org_kind_context import kind_in_text
from nlp.components.org_lists import listed_trust_names, paired_names
from nlp.components.org_pay import pay_list_names
from nlp.components.org_splits import split_joined
from nlp.components.org_defined import (
    defined_for_short_forms, defined_names, defined_short_forms, former_name_of, initialism_spans, unique_initials,
)
from nlp.components.org_initials import initials
from nlp.components.org_acronyms import defined_over_known, names_before_acronyms, not_body_acronyms
from nlp.components.org_joined import joined_for_names
from nlp.components.org_late import one_body_names, with_short_forms
from nlp.components.org_aliases import dropped_word_names
from nlp.components.org_known_as import defined_after_reference, noun_known_as
from nlp.components.org_lookup import org_for_span, resolve_org_reference  # noqa: F401  (people, quotes, speakers' orgs)
from nlp.components.org_headlines import drop_headline_only
from nlp.components.org_short_forms import repeated_names
from nlp.components.org_spans import clean_org


if not Doc.has_extension("orgs"):
    Doc.set_extension("orgs", default=None)

_PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&]{1,9}$")
_MIXED_ACRONYM = re.compile(r"^(?=[A-Za-z]*[a-z])(?=[A-Za-z]*[A-Z][A-Za-z]*[A-Z])[A-Z][A-Za-z]{1,7}[A-Z]$")  # DfE, DfES

# Kinds of known bodies never named after a place, which the model's reading as one cannot undo.
_NEVER_PLACES = {"government", "union"}
_COMPANY_SUFFIXES = LEGAL_ENDINGS | {"ltd.", "group", "uk"}


def _core(name: str) -> str:
    words = name.lower().split()
    while len(words) > 1 and words[-1] in _COMPANY_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


_MEMBER_WORDS = ROLE_WORDS | {"members", "member", "branch", "branches", "union", "official", "officials", "rep",
                              "reps", "steward", "stewards", "leaders", "members'"}


def _common_word_opening(doc: Doc, i: int) -> bool:
    """"Community first responder ...": a one-word name at the start of a sentence, left
    untagged by the model and followed by lower-case words describing something else (not
    its members or officers: "Unite regional officer")."""
    if not (doc[i].is_sent_start and doc[i].is_title) or i + 1 >= len(doc) \
            or not doc[i + 1].is_lower or doc[i + 1].pos_ not in {"ADJ", "NOUN"}:
        return False
    following = [t.lower_ for t in doc[i + 1:i + 4] if t.is_lower]
    return not any(w in _MEMBER_WORDS for w in following)


def _opens_longer_name(doc: Doc, k: int) -> bool:
    """A capitalised word (not a place: "Unison North West") right after a known one-word
    name, which makes the two part of a longer name ("Community Pitch Fund")."""
    return k < len(doc) and doc[k].is_title and doc[k].is_alpha and doc[k - 1].whitespace_ == " " \
        and doc[k].pos_ != "VERB" and doc[k].ent_type_ not in _PLACE_LABELS


class OrgNormaliser:
    def __init__(self, nlp: Language, name: str, data_dir: str | None, overwrite_ents: bool, use_gazetteer: bool,
                 registers_db: str | None = None):
        self.name = name
        self.overwrite_ents = overwrite_ents
        entries = gazetteer.load_entries(Path(data_dir) if data_dir else None) if use_gazetteer else []
        bundled = {e.name.lower() for e in entries}
        # Trusts from an imported register (newswatch registers import); the bundled
        # gazetteer wins a clash, as the first entry does in build_index.
        register = [e for e in gazetteer.load_register_entries(registers_db) if e.name.lower() not in bundled] \
            if use_gazetteer else []
        entries = entries + register
        self.index = gazetteer.build_index(entries)
        self.register_names = {e.name.lower() for e in register}
        self.known_aliases = {e.name: [a for a in e.aliases if gazetteer.usable_alias(a)] for e in entries if e.aliases}
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.n_patterns = 0
        patterns = gazetteer.phrase_patterns(entries)
        # One match id per canonical name; the canonical name is the match id's string.
        by_name: dict[str, list] = {}
        texts = [text for text, _ in patterns]
        for text in texts:
            if _MIXED_ACRONYM.match(text):
                # "let by the DfE." is one token to the tokenizer; the full stop ends the sentence
                nlp.tokenizer.add_special_case(text + ".", [{ORTH: text}, {ORTH: "."}])
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
                # "Swindon UNISON", "Wakefield NEU" (even read as a person): a place before a known acronym
                e = longer[0]
                if not (g.end == e.end and doc[g.start:g.end].text.isupper() and e.label_ in {"ORG", "PERSON"}
                        and all(t.is_title and t.lower_ not in _ORG_HEADS for t in doc[e.start:g.start])):
                    continue  # the model's entity is longer: keep it
            single_word = g.end - g.start == 1
            if single_word and not doc[g.start].is_upper and not _MIXED_ACRONYM.match(doc[g.start].text) \
                    and not g.kb_id_.isupper() and self.kind_of(g.kb_id_)[0] not in _NEVER_PLACES and any(
                        e.label_ in _PLACE_LABELS and (e.start, e.end) == (g.start, g.end) for e in overlapping):
                # a place name, not the organisation ("a DfE spokesperson" read as a place is the DfE;
                # so is "Unison" or "Acas", a body whose name is an acronym, written as a word, and
                # "Ofsted", a national body named after no place)
                continue
            if single_word and not overlapping and _common_word_opening(doc, g.start):
                continue  # "Community first responder": a word that opens a sentence, not the union
            if single_word and not doc[g.start].is_upper and g.start > 0 and doc[g.start - 1].is_title \
                    and doc[g.start - 1].lower_ in SOFT_HEADS and doc[g.start - 1].whitespace_ == " ":
                continue  # "Holmbury Learning Community": the end of a longer name, not the union
            if single_word and doc[g.start].is_title and _opens_longer_name(doc, g.end):
                continue  # "the Community Pitch Fund", "Pennyfields Community Centre": not the union
            if overlapping and not self.overwrite_ents:
                continue
            ents = [e for e in ents if e not in overlapping] + [g]
        return sorted(ents, key=lambda e: e.start)

    # ---- normalisation ---------------------------------------------------------------
    def _canonical(self, doc: Doc, ents: list[Span]) -> tuple[list[Span], dict[str, dict[str, str]]]:
        """Each ORG span with its canonical name as kb_id, and the other names each
        canonical name went by in this text ({canonical: {alias: source}})."""
        text_aliases: dict[str, dict[str, str]] = {}  # canonical -> {alias: source}
        out, seen, short_forms, by_initials = self._name_in_order(doc, ents, text_aliases)
        fixed = _fix_bracketed(doc, out, seen, by_initials, text_aliases)
        fixed = defined_over_known(doc, fixed, short_forms)  # "WCAT (Westcombe ...)" over the gazetteer's WCAT
        fixed = _tag_short_form_uses(doc, fixed, short_forms)
        for e in initialism_spans(doc, fixed, unique_initials(fixed)):  # "KVST", never defined
            fixed = [x for x in fixed if not (x.start < e.end and e.start < x.end)] + [e]
            text_aliases.setdefault(e.kb_id_, {}).setdefault(e.text, "text")
        for short, canonical in short_forms.items():
            text_aliases.setdefault(canonical, {})[short] = "text"
        fixed = _add_late_spans(doc, fixed, text_aliases, self.index)
        # short forms of two bodies can overlap ("Wexmoor Police" of the Wexmoor Police
        # Federation, "Police" of the Police Federation): the longer name wins
        return sorted(filter_spans(fixed), key=lambda e: e.start), text_aliases

    def _name_in_order(
        self, doc: Doc, ents: list[Span], text_aliases: dict[str, dict[str, str]]
    ) -> tuple[list[Span], dict[str, str], dict[str, str], dict[str, str]]:
        """First pass, in text order: each ORG span gets its canonical name. Returns the
        spans, {lower-cased surface: canonical}, {defined short form: canonical} and
        {initials: canonical}; records aliases in `text_aliases`."""
        out: list[Span] = []
        seen: dict[str, str] = {}  # lower-cased surface -> canonical
        short_forms: dict[str, str] = {}  # short form defined in the text -> canonical
        by_initials: dict[str, str] = {}
        by_core: dict[str, str] = {}  # name without Ltd/plc/Group/UK -> canonical
        last_org: Span | None = None
        preferred = {}  # lower-cased name -> its first spelling that is not all capitals
        for ent in ents:
            if ent.label_ == "ORG" and any(c.islower() for c in ent.text):
                preferred.setdefault(ent.text.lower(), ent.text)
        for ent in ents:
            if ent.label_ != "ORG":
                out.append(ent)
                continue
            text = " ".join(ent.text.split())  # "Fenbridge\nAcademies Trust": one name
            key = text.lower()
            canonical = short_forms.get(text) if text.isupper() else None  # defined here: "(AEP)" outranks the gazetteer
            canonical = canonical or ent.kb_id_ or None
            if canonical is None and key in self.index:
                canonical = self.index[key][0]
            former = former_name_of(doc, ent, last_org, out)
            if former is not None:
                canonical = former.kb_id_  # "Lift Schools (formerly Academies Enterprise Trust)"
                seen[key] = canonical  # earlier uses of the old name (the headline) are the body too
            if canonical is None and (canonical := defined_after_reference(doc, ent, out)):
                short_forms.setdefault(text, canonical)  # "The trust, known as CCH, will ..."
            if canonical is None:
                canonical = _known_name(text, key, len(ent), seen, by_initials, by_core, preferred)
            seen.setdefault(key, canonical)
            if len(_core(text).split()) > 1:
                by_core.setdefault(_core(text), canonical)
            # "Academies Enterprise Trust (AET)", "the National Education Union, the NEU"
            for short in defined_short_forms(doc, ent):
                seen[short.lower()] = canonical  # a definition outranks an earlier use ("NSEP ... (NSEP)")
                short_forms.setdefault(short, canonical)
            if text.lower() != canonical.lower():
                source = "gazetteer" if key in self.index else "text"
                text_aliases.setdefault(canonical, {}).setdefault(text, source)
            if len(ent) > 1:
                by_initials.setdefault(initials(text), canonical)
            out.append(Span(doc, ent.start, ent.end, label=ent.label, kb_id=canonical))
            last_org = out[-1]
        return out, seen, short_forms, by_initials

    def kind_of(self, canonical: str) -> tuple[str, str]:
        """(kind, where it came from: register, gazetteer or name)."""
        hit = self.index.get(canonical.lower())
        if hit:
            return hit[1], "register" if canonical.lower() in self.register_names else "gazetteer"
        return infer_kind(canonical), "name"

    def __call__(self, doc: Doc) -> Doc:
        model_ents = pattern_orgs(doc, filter_spans([t for t in (trim_span(e) for e in doc.ents) if t is not None]))
        model_ents = filter_spans([part for e in whole_company_names(whole_possessive_names(model_ents))
                                   for piece in split_joined(e)
                                   for part in clean_org(piece)])  # "Corvid" + "Digital Ltd"
        # names found from the text's own definitions replace what the model made of them
        model_ents = names_before_acronyms(doc, model_ents)  # "the Trust for ... in Dorrington (TLAD)"
        model_ents = filter_spans(defined_names(doc, model_ents) + joined_for_names(doc, model_ents)
                                  + described_names(doc, model_ents) + model_ents)
        # "Ashgrove Education" left untagged or read as a place: kept when the text shows a body
        found = evidenced_names(doc, model_ents)
        found += listed_trust_names(doc, model_ents + found)  # "trusts including A, B and C"
        found += paired_names(doc, model_ents + found)  # "formed by the A and B merger"
        found += pay_list_names(doc, model_ents + found)  # "Femi Adebanjo of Elvora (£200,000-£205,000)"
        model_ents = filter_spans(found + without_overlaps(model_ents, found))
        ents = self._merge(doc, model_ents, self._gazetteer_spans(doc))
        ents, text_aliases = self._canonical(doc, ents)
        funds = not_body_acronyms(doc)  # "the Condition Improvement Fund (CIF)", a qualification, a place
        ents = [e for e in ents if not (e.label_ == "ORG" and (e.text in funds and e.kb_id_ in {e.text, "", funds[e.text]}
                                                              or (e.kb_id_ or e.text) in funds.values()))]
        # "its headquarters at Kestrel House"; "the four Safer Schools officers"; "the Hallby area";
        # "Dr Pike says"; "Cabinet member for schools ..."; "AWARD: ..."; "a fictitious supplier, Marlow Supplies"
        venues = set().union(*(find(doc, ents, self.index) for find in (
            buildings, modifier_names, place_names, surname_names, common_word_names, section_labels, fictitious_names)))
        ents = [e for e in ents if not (e.label_ == "ORG" and (e.kb_id_ or e.text) in venues)]
        doc.ents = drop_headline_only(doc, ents, set(self.index))
        orgs: dict[str, dict] = {}
        for ent in doc.ents:
            if ent.label_ != "ORG":
                continue
            org = orgs.get(ent.kb_id_)
            if org is None:
                kind, source = self.kind_of(ent.kb_id_)
                aliases = {a: "gazetteer" for a in self.known_aliases.get(ent.kb_id_, ())}
                for alias, alias_source in text_aliases.get(ent.kb_id_, {}).items():
                    aliases.setdefault(alias, alias_source)
                # another name it goes by may say more: "Harbour Vale Schools (formerly Harbour Vale Learning Trust)"
                others = [self.kind_of(a) for a, src in aliases.items() if src == "text"] \
                    if kind == "other" and source == "name" else []
                kind, source = kind_in_text(doc, ent.kb_id_, kind, source, others)
                org = orgs[ent.kb_id_] = {"name": ent.kb_id_, "kind": kind, "kind_source": source,
                                          "aliases": [{"alias": a, "source": s} for a, s in aliases.items()],
                                          "mentions": []}
            org["mentions"].append((ent.start_char, ent.end_char))
        lead = lead_trust(doc, list(orgs.values()))
        if lead is not None:
            orgs[lead].update(kind="academy_trust", kind_source="context")  # "An academy trust ..." in the lead
        doc._.orgs = list(orgs.values())
        return doc


@Language.factory(
    "newswatch_orgs",
    default_config={"data_dir": None, "overwrite_ents": True, "use_gazetteer": True, "registers_db": None},
)
def make_orgs(nlp: Language, name: str, data_dir: str | None, overwrite_ents: bool, use_gazetteer: bool,
              registers_db: str | None) -> OrgNormaliser:
    return OrgNormaliser(nlp, name, data_dir, overwrite_ents, use_gazetteer, registers_db)


def _known_name(
    text: str,
    key: str,
    n_tokens: int,
    seen: dict[str, str],
    by_initials: dict[str, str],
    by_core: dict[str, str],
    preferred: dict[str, str],
) -> str:
    """The canonical name of an ORG not in the gazetteer: an earlier use, the body its
    initials stand for, the same name without Ltd/plc, or its own best spelling."""
    canonical = seen.get(key)
    if canonical is None and _ACRONYM.match(text) and text.isupper() and text in by_initials:
        canonical = by_initials[text]
    if canonical is None and n_tokens > 1:
        # "Northgate Catering" after "Northgate Catering Ltd": the same company
        canonical = by_core.get(_core(text))
    if canonical is None:
        canonical = preferred.get(key, text)  # "OAKFIELD ACADEMY TRUST" -> as the body writes it
    return canonical


def _fix_bracketed(
    doc: Doc,
    out: list[Span],
    seen: dict[str, str],
    by_initials: dict[str, str],
    text_aliases: dict[str, dict[str, str]],
) -> list[Span]:
    """Bracketed acronyms that the model did not tag, or tagged before the full name
    was seen, are fixed up in a second pass."""
    fixed = []
    for ent in out:
        text = " ".join(ent.text.split())
        if ent.label_ == "ORG" and ent.kb_id_ == text:
            alias = seen.get(text.lower()) or by_initials.get(text) if text.isupper() else seen.get(text.lower())
            if alias and alias != text:
                ent = Span(doc, ent.start, ent.end, label=ent.label, kb_id=alias)
                text_aliases.setdefault(alias, {}).setdefault(ent.text, "text")
        fixed.append(ent)
    return fixed


def _tag_short_form_uses(doc: Doc, fixed: list[Span], short_forms: dict[str, str]) -> list[Span]:
    """Uses of a defined short form that the model did not tag, or tagged as something
    else ("... said AET", "DWAAT" read as a person)."""
    taken = {i: e for e in fixed for i in range(e.start, e.end)}
    for i, word in enumerate(doc_words(doc) if short_forms else ()):
        canonical = short_forms.get(word)
        other = taken.get(i)
        if canonical and (other is None or other.label_ != "ORG" and (other.start, other.end) == (i, i + 1)):
            fixed = [e for e in fixed if e is not other]
            fixed.append(Span(doc, i, i + 1, label="ORG", kb_id=canonical))
    return fixed


def _add_late_spans(doc: Doc, fixed: list[Span], text_aliases: dict[str, dict[str, str]], known=frozenset()) -> list[Span]:
    """Short forms, repeated names and council short forms found once every name is known."""
    fixed, extra = with_short_forms(doc, fixed, text_aliases)
    fixed, defined = defined_for_short_forms(doc, fixed, extra)  # "Our Lady of Hexby, known as OLH"
    for short, canonical in defined.items():
        text_aliases.setdefault(canonical, {}).setdefault(short, "text")
    fixed, dropped = dropped_word_names(doc, fixed)  # "Haverleigh Trust" of Haverleigh Academy Trust
    for short, canonical in dropped.items():
        text_aliases.setdefault(canonical, {}).setdefault(short, "text")
    fixed, known_as = noun_known_as(doc, fixed)  # "The trust, known simply as Ravensworth", trading names
    for short, canonical in known_as.items():
        names = text_aliases.setdefault(canonical, {})
        for alias, source in [(short, "text")] + list(text_aliases.pop(short, {}).items()):
            names.setdefault(alias, source)
    fixed += repeated_names(doc, fixed)
    fixed = one_body_names(doc, fixed, text_aliases, known)  # renames, back-references
    for e in council_short_forms(doc, fixed):
        fixed = [x for x in fixed if not (x.start < e.end and e.start < x.end)] + [e]  # "Leeds" (GPE) + council
        text_aliases.setdefault(e.kb_id_, {}).setdefault(e.text, "text")
    return fixed
