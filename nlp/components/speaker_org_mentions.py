"""A quoted speaker's mentions and the words that give their role, for `newswatch_speaker_orgs`:
where the text names a speaker the people component did not list, whether a speaker is written
as a person's name, the role and title words of a listed person, the titles right before a
name, the kind of an organisation the article names, whether a character is quoted words, and
the role phrases right before and after a name (`phrase_before`, `phrase_after`)."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.components.doc_text import doc_text
from nlp.components.lexicon import ROLE_WORDS, TITLES
from nlp.components.speaker_org_names import is_own_name
from nlp.components.speaker_org_nobody import NOT_STAFF
from nlp.components.speaker_org_unlisted import POSSESSIVE_TAG

# Role words, and the words that open or qualify a role ("managing", "chief", "deputy").
ROLEISH = ROLE_WORDS | {"managing", "chief", "operations", "finance", "executive", "vice", "deputy", "assistant",
                        "acting", "interim", "parent", "club", "regional", "national", "general", "senior", "lead"}

# Words that open a place phrase before a name ("Over at St Bede's, Aoife Brennan"): no role.
_PLACE_OPENERS = {"at", "over", "in", "outside", "inside", "on", "from", "back", "after", "before", "during"}


def in_quotes(doc: Doc, pos: int) -> bool:
    """Whether character `pos` is inside the quoted words of one of the doc's quotes."""
    return any(s <= pos < e for q in doc._.quotes or () for s, e in q.get("spans") or [(q["start"], q["end"])])


def kind_of(doc: Doc, name: str | None) -> str | None:
    return next((o["kind"] for o in doc._.orgs or () if name and o["name"] == name), None)


def role_words(person: dict) -> list[str]:
    return f"{person.get('title') or ''} {person.get('role') or ''}".lower().split()


def role_phrases(doc: Doc, span, role_words: list[str]) -> list[list[str]]:
    """The words that may give a person's role, each source apart (lower case): the role and
    title the people component found, the titles before this mention, and the phrases
    before and after it."""
    return [role_words, titles_before(doc, span.start), [t.lower_ for t in phrase_before(doc, span.start)],
            [t.lower_ for t in phrase_after(doc, span.end)]]


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


def phrase_before(doc: Doc, start: int) -> list[Token]:
    """The noun phrase before a name in its sentence: "Orwell Estuary chief executive"."""
    sent_start = doc[start].sent.start
    out: list[Token] = []
    k = start - 1
    while k >= sent_start and doc[k].lower_.rstrip(".") in TITLES:
        k -= 1
    if k > sent_start and doc[k].lower_ == "the" and doc[k - 1].text == "," and k < start - 1:
        k -= 1  # "The chair of governors, the Rev David Omondi"
    crossed = k >= sent_start and doc[k].text == ","
    if crossed:
        k -= 1  # "Chief executive of the partnership, Dr Ruth Ellingham"
    while k >= sent_start and len(out) < 10:
        t = doc[k]
        # a participle inside the role: "Chief operating officer"
        inside = out and t.tag_ in {"VBG", "VBN"} and k > sent_start and not doc[k - 1].is_punct
        if t.pos_ in {"VERB", "AUX"} and t.lower_ not in ROLEISH and not inside \
                or t.is_quote and t.tag_ != POSSESSIVE_TAG or t.text in {".", ":", ";", "“", "”", '"', ","}:
            break
        out.insert(0, t)
        k -= 1
    if crossed and out and out[0].lower_ in _PLACE_OPENERS and doc[start - 1].text == ",":
        return []  # "Over at St Bede's Catholic High School, Aoife Brennan": where she is, no role
    return out


def phrase_after(doc: Doc, end: int) -> list[Token]:
    """An appositive after a name: "Ruth Ellingham, chair of the Rural Schools Alliance,"."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    out: list[Token] = []
    k = end + 1
    while k < len(doc) and len(out) < 12 and doc[k].text not in {",", ".", ";", ":"} and not doc[k].is_quote:
        t = doc[k]
        if t.lower_ in {"who", "which", "whose"} and out:
            break  # "a GMB regional organiser who represented her": the role before the clause
        # a participle inside a role is part of it ("the trust's chief operating officer")
        if t.pos_ in {"VERB", "AUX"} and t.lower_ not in ROLEISH and not (out and t.tag_ in {"VBG", "VBN"}):
            return []
        out.append(t)
        k += 1
    return out


# What may end a signed name's line: "X, branch secretary, Unison: '...'", "- X, head of inclusion, Y Council".
_OTHER_KIND = "other"
_SIGN_OFF_ENDS = {":", ".", ";", "-", "–", "—", '"', "'", "“", "‘"}


def signed_org(doc: Doc, span) -> dict | None:
    """"Denise Harrow, branch secretary, Unison:", "- Tracey Finch, head of inclusion, Y
    Council" (a sign-off): the body named after the role, where the line ends with it; not
    after a parent's or resident's "role" ("X, parent, Tolverton": a place)."""
    role = phrase_after(doc, span.end)
    k = span.end + 1 + len(role)
    if not role or not role[0].is_lower or k >= len(doc) or doc[k].text != ",":
        return None
    if any(t.lower_ in NOT_STAFF for t in role):
        return None  # "X, parent, Tolverton": a place
    start = doc[k + 1].idx if k + 1 < len(doc) else -1
    for org in doc._.orgs or ():
        for s, e in org["mentions"]:
            if s != start or org["kind"] == _OTHER_KIND and len(org["name"].split()) == 1:
                continue  # a lone word of no known kind may be a place
            after = doc_text(doc)[e:e + 2].strip()
            if not after or after[0] in _SIGN_OFF_ENDS:
                return org
    return None
