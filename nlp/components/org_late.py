"""Other names of one body, found once every organisation span has its canonical name, for
`newswatch_orgs` (nlp/components/orgs.py): back-references by the end of a name
(org_tails.py), renames stated in words (org_renames.py), "X MAT" for "X Multi-Academy
Trust" (org_mat.py) a school's short form shared with a trust (org_shared.py), a bare one the model tagged as a
body of its own (org_bare.py) and short forms coordinated before one plural head
(org_coordinated.py). Each relabels spans and records the alias with source text.
"""
from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span

from nlp.components.org_bare import bare_trust_forms
from nlp.components.org_coordinated import coordinated_names
from nlp.components.org_fragments import BODY_HEADS, SOFT_HEADS
from nlp.components.org_mat import mat_names
from nlp.components.org_possessive import possessive_splits
from nlp.components.org_renames import renamed_bodies
from nlp.components.org_shared import school_short_forms
from nlp.components.org_short_forms import short_form_spans
from nlp.components.org_tails import tail_references


def with_short_forms(doc: Doc, fixed: list[Span], text_aliases: dict[str, dict[str, str]],
                     only: Container[str] | None = None) -> tuple[list[Span], list[Span]]:
    """The uses of short forms (org_short_forms.short_form_spans; with `only`, those short forms
    only) in place of the entities inside them, each recorded as an alias of its body;
    returns the entities and those uses."""
    extra = [e for e in short_form_spans(doc, fixed) if only is None or e.text in only]
    covered = {i for e in extra for i in range(e.start, e.end)}
    fixed = [e for e in fixed if not covered.intersection(range(e.start, e.end))] + extra
    for e in extra:
        text_aliases.setdefault(e.kb_id_, {}).setdefault(e.text, "text")
    return fixed, extra


def _renamed_short_forms(doc: Doc, fixed: list[Span], text_aliases: dict[str, dict[str, str]]) -> list[Span]:
    """Short forms of a body's name that were also its former name's ("Larkspur" of Larkspur
    Academies Trust, formerly the Larkspur Federation), left alone while the two names seemed
    two bodies; no other short form (a school named like a trust's former name stays a school)."""
    starts = {w for current, names in text_aliases.items() for former in names
              if any(x.lower() in BODY_HEADS | SOFT_HEADS for x in former.split()[-1:])
              for w in _prefixes(former) if current.startswith(f"{w} ")}
    if starts:
        fixed, _ = with_short_forms(doc, fixed, text_aliases, starts)
    return fixed


def _prefixes(name: str) -> list[str]:
    words = name.split()
    return [" ".join(words[:k]) for k in range(1, len(words))]


def one_body_names(doc: Doc, fixed: list[Span], text_aliases: dict[str, dict[str, str]],
                   known: Container[str] = frozenset()) -> list[Span]:
    tails = tail_references(doc, fixed, known)  # "the Collaborative's" after "the Stainmoor Collaborative"
    fixed = [Span(doc, e.start, e.end, label="ORG", kb_id=tails[e.kb_id_])
             if e.label_ == "ORG" and e.kb_id_ in tails and e.text == e.kb_id_ else e for e in fixed]
    for tail, full in tails.items():
        text_aliases.setdefault(full, {}).setdefault(tail, "text")
    renamed = renamed_bodies(doc, fixed)  # "A – known until 2022 as the B –", "A became B"
    fixed = [Span(doc, e.start, e.end, label="ORG", kb_id=renamed[e.kb_id_]) if e.label_ == "ORG"
             and e.kb_id_ in renamed else e for e in fixed]
    for former, current in renamed.items():
        names = text_aliases.setdefault(current, {})
        names.setdefault(former, "text")
        for alias, source in text_aliases.pop(former, {}).items():
            names.setdefault(alias, source)
    # "Larkspur" was the short form of two names, now of one body's: "Larkspur's chief officer"
    fixed = _renamed_short_forms(doc, fixed, text_aliases)
    short_of, mats = mat_names(doc, fixed)  # "Brigantia MAT" for "Brigantia Multi-Academy Trust"
    for e in mats:
        fixed = [x for x in fixed if not (x.start < e.end and e.start < x.end)] + [e]
        text_aliases.setdefault(e.kb_id_, {}).setdefault(e.text, "text")
    fixed = [Span(doc, e.start, e.end, label="ORG", kb_id=short_of[e.kb_id_]) if e.label_ == "ORG"
             and e.kb_id_ in short_of else e for e in fixed]
    for short, full in short_of.items():
        for alias, source in text_aliases.pop(short, {}).items():
            text_aliases.setdefault(full, {}).setdefault(alias, source)
    fixed, possessed = possessive_splits(doc, fixed)  # "Lumora's Greystanton Park Academy": trust and school
    for short, full in possessed.items():
        text_aliases.setdefault(full, {}).setdefault(short, "text")
    for e in school_short_forms(doc, fixed, renamed):  # "Harbourside would keep its name": the school
        fixed = [x for x in fixed if not (x.start < e.end and e.start < x.end)] + [e]
        text_aliases.setdefault(e.kb_id_, {}).setdefault(e.text, "text")
    _drop_unused_aliases(fixed, text_aliases)
    fixed, given = bare_trust_forms(doc, fixed)  # "Kestrel runs ..." beside Kestrel Academy Trust and Kestrel Primary
    fixed, sides = coordinated_names(doc, fixed)  # "the Alder and Birch Learning Trusts"
    for side, full in (given | sides).items():
        text_aliases.setdefault(full, {}).setdefault(side, "text")
    return fixed


def _drop_unused_aliases(fixed: list[Span], text_aliases: dict[str, dict[str, str]]) -> None:
    """Short forms recorded for a body that no span of it carries any more (all given to
    another body: a school's short form its single-academy trust had taken) are dropped."""
    used = {(e.kb_id_, e.text) for e in fixed if e.label_ == "ORG"}
    given = {text for _, text in used}
    for canonical, names in text_aliases.items():
        for alias in [a for a, source in names.items() if source == "text" and a in given and (canonical, a) not in used]:
            del names[alias]
