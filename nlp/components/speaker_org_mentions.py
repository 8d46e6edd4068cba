"""A quoted speaker's mentions and the words that give their role, for `newswatch_speaker_orgs`:
where the text names a speaker the people component did not list, whether a speaker is written
as a person's name, the role and title words of a listed person, the titles right before a
name, the kind of an organisation the article names, and whether a character is quoted words."""
from __future__ import annotations

from spacy.tokens import Doc

from nlp.components.doc_text import doc_text
from nlp.components.lexicon import ROLE_WORDS, TITLES
from nlp.components.speaker_org_names import is_own_name

# Role words, and the words that open or qualify a role ("managing", "chief", "deputy").
ROLEISH = ROLE_WORDS | {"managing", "chief", "operations", "finance", "executive", "vice", "deputy", "assistant",
                        "acting", "interim", "parent", "club", "regional", "national", "general", "senior", "lead"}


def in_quotes(doc: Doc, pos: int) -> bool:
    """Whether character `pos` is inside the quoted words of one of the doc's quotes."""
    return any(s <= pos < e for q in doc._.quotes or () for s, e in q.get("spans") or [(q["start"], q["end"])])


def kind_of(doc: Doc, name: str | None) -> str | None:
    return next((o["kind"] for o in doc._.orgs or () if name and o["name"] == name), None)


def role_words(person: dict) -> list[str]:
    return f"{person.get('title') or ''} {person.get('role') or ''}".lower().split()


def titles_before(doc: Doc, start: int) -> list[str]:
    """"Cllr", "Councillor": the titles right before a name, lower case, without a full stop."""
    out = []
    k = start - 1
    while k >= 0 and doc[k].lower_.rstrip(".") in TITLES:
        out.append(doc[k].lower_.rstrip("."))
        k -= 1
    return out


def named_person(doc: Doc, speaker: str) -> bool:
    """A speaker written as a person's name (two or more capitalised words, none an
    organisation's name unless it opens with a first name: "Imogen Hartley-Vance", taken
    for an organisation too): not "spokesperson for Y", "Inspectors" or "the trust"."""
    words = speaker.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return is_own_name(doc, speaker, speaker, False) or not any(o["name"].lower() == speaker.lower()
                                                            for o in doc._.orgs or ())


def name_mentions(doc: Doc, speaker: str) -> list[tuple[int, int]]:
    out, k = [], doc_text(doc).find(speaker)
    while k >= 0:
        out.append((k, k + len(speaker)))
        k = doc_text(doc).find(speaker, k + 1)
    return out
