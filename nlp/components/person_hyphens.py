"""Double-barrelled surnames the entity model reads as organisations: "Helen Mayhew-Jones",
"Toby Kingsland-Marsh" (and "Miss Mayhew-Jones" later) come out as ORG or GPE entities. A known
first name (or a person's title, or a person's role written before the name: "headteacher
Orla Fennimore-Quinn") before one or two capitalised words, the last hyphenated, and no
word of an organisation's name, is a person: British papers name many people so. So is
a name after the titles or role words an entity opens with, or before the post-nominals it
ends with ("The Rt Hon Margaret Fenwick-Shaw", "Headteacher Tom Pardoe", "Marcus
Allardyce-Pym MP" read whole as an organisation), when it is double-barrelled or opens
with a known first name.

`hyphenated_people(doc, ents)` relabels those entities as PERSON; `newswatch_people` (through
person_names.py) applies it. Pure function over a Doc."""
from __future__ import annotations

from spacy.tokens import Doc, Span

from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES, ROLE_WORDS, TITLES
from nlp.components.org_patterns import _ORG_HEADS
from nlp.components.person_extent import MISREAD_LABELS, POST_NOMINALS

# Tokens of "Helen Mayhew-Jones": the first name, then the surname's parts around hyphens.
_NAME_MAX_TOKENS = 6


def _double_barrelled(ent: Span) -> bool:
    words = ent.text.split()
    if not 2 <= len(words) <= 3 or len(ent) > _NAME_MAX_TOKENS or "-" not in words[-1]:
        return False
    parts = [p for w in words for p in w.split("-")]
    if not all(p[:1].isupper() and p[1:].replace("’", "").replace("'", "").isalpha() for p in parts):
        return False
    return not any(p.lower() in _ORG_HEADS for p in parts)


def hyphenated_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """ents with "First Surname-Surname" read as organisations or places (a known first
    name or a title before) relabelled PERSON."""
    out = []
    for e in ents:
        inner = _before_post_nominals(_after_titles(doc, e)) if e.label_ in MISREAD_LABELS else e
        if inner is not e and (_double_barrelled(inner) or _known_first_name(inner)):
            out.append(Span(doc, inner.start, inner.end, label="PERSON"))  # "Headteacher Tom Pardoe"
            continue
        if e.label_ in MISREAD_LABELS and _double_barrelled(e):
            first = e[0].lower_
            before = doc[e.start - 1].lower_ if e.start > 0 else ""
            titled = before.rstrip(".") in TITLES or before in ROLE_WORDS and doc[e.start - 1].is_lower
            if first in MALE_NAMES or first in FEMALE_NAMES or titled:
                e = Span(doc, e.start, e.end, label="PERSON")
        out.append(e)
    return out


def _after_titles(doc: Doc, e: Span) -> Span:
    """The entity without the titles or role words it opens with ("The Rt Hon Margaret
    Fenwick-Shaw", "Headteacher Orla Fennimore-Quinn" read whole as an organisation or a
    work of art): the words after them, or the entity itself when it opens with none."""
    k = e.start + (1 if e[0].lower_ == "the" and len(e) > 1 and e[1].lower_.rstrip(".") in TITLES else 0)
    while k < e.end - 1 and (doc[k].lower_.rstrip(".") in TITLES or doc[k].lower_ in ROLE_WORDS):
        k += 1
    return Span(doc, k, e.end, label=e.label_) if k > e.start and k < e.end else e


def _before_post_nominals(e: Span) -> Span:
    """The entity without the post-nominals it ends with ("Marcus Allardyce-Pym MP"), or the
    entity itself when it ends with none (or is nothing else)."""
    end = e.end
    while end - e.start > 2 and e.doc[end - 1].text in POST_NOMINALS:
        end -= 1
    return Span(e.doc, e.start, end, label=e.label_) if end < e.end else e


def _known_first_name(e: Span) -> bool:
    """Two or three capitalised words opening with a known first name, no word of an
    organisation's name: "Tom Pardoe"."""
    words = e.text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words) \
        and (words[0].lower() in MALE_NAMES or words[0].lower() in FEMALE_NAMES) \
        and not any(w.lower() in _ORG_HEADS for w in words)
