"""A person's role and organisation from the words around a name, for `newswatch_people`.
The common newspaper patterns:

    "UNISON head of education, Jon Richards"        (org + role before the name)
    "Councillor Liz Amberley, cabinet member for schools and skills,"  (apposition)
    "Jane Smith, head teacher at Maltings Academy,"  (role at org)
    "Nadia Forde from the Association of School and College Leaders"   (from/of/at org)
    "Its chair, ...", "X, whose chief executive ...", "... on behalf of the X"

Pure functions over a Doc (after `newswatch_orgs`): each returns (role, organisation name).
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.components.lexicon import OWNED_BODIES, POSSESSIVE_S, ROLE_HEADS, ROLE_WORDS
from nlp.components.org_patterns import _ORG_HEADS
from nlp.components.orgs import org_for_span, resolve_org_reference
from nlp.components.person_names import is_title

_ROLE_STOP = {",", ";", ":", ".", "(", ")", "“", "”", '"', "‘", "’", "-", "–", "—"}
_ROLE_PREPS = {"at", "of", "for", "from", "with", "in"}
_FROM_WORDS = {"from", "of", "at"}
_ARTICLES = {"a", "an", "the"}
# Words that, after "the" or before "'s", stand for an organisation named in the article.
_ORG_WORDS = {"council", "trust", "union", "academy", "school", "college", "company"}
# A role after a name is at most this many tokens ("head of education at the ... ,").
_MAX_ROLE_AFTER = 14
# An owner written before "'s" at the start of a role ("the trust's", "UNISON's") has at most
# this many words.
_MAX_OWNER_TOKENS = 4
# Looking back from a name for its role, at most this many tokens.
_MAX_ROLE_BEFORE = 10


def _org_name(doc: Doc, start_char: int, end_char: int) -> str | None:
    org = org_for_span(doc, start_char, end_char)
    return org["name"] if org else None


def split_role(doc: Doc, tokens: list[Token]) -> tuple[str, str | None]:
    """Role words and organisation from a chunk such as "head of education at UNISON",
    "UNISON's head of education", "the trust's chief executive", "a parent at the school"."""
    while tokens and tokens[0].lower_ in _ARTICLES and not tokens[0].ent_type_:
        tokens = tokens[1:]
    if tokens and tokens[0].lower_ in _FROM_WORDS:
        # ", of West Mercia Police,": an organisation, not a role
        rest = tokens[1:]
        while rest and rest[0].lower_ == "the":
            rest = rest[1:]
        if rest and all(t.is_title or t.lower_ in {"of", "and", "for"} for t in rest) and rest[-1].lower_ in _ORG_HEADS:
            return "", " ".join(t.text for t in rest)
        if not any(t.ent_type_ == "ORG" for t in rest):
            return "", None
    if not tokens:
        return "", None
    org, org_tokens = _org_in_chunk(doc, tokens)
    # an organisation word we could not resolve still is not part of the role ("the union's")
    org_tokens.update(t.i for t in tokens if t.i + 1 < len(doc) and doc[t.i + 1].text in POSSESSIVE_S
                      and (t.lower_ in _ORG_WORDS))
    words = [t for t in tokens if t.i not in org_tokens and t.text not in POSSESSIVE_S]
    # Drop a dangling preposition/article left where the organisation was cut out.
    while words and (words[-1].lower_ in _ROLE_PREPS or words[-1].lower_ in _ARTICLES):
        words = words[:-1]
    while words and words[0].lower_ in _ARTICLES:
        words = words[1:]
    # "Parent Kerry Jones" at the start of a sentence: the role is "parent"
    role = " ".join(t.lower_ if t.is_sent_start and not t.ent_type_ and t.lower_ in ROLE_WORDS else t.text
                    for t in words).strip()
    return role, org


def _org_in_chunk(doc: Doc, tokens: list[Token]) -> tuple[str | None, set[int]]:
    """The organisation a role chunk names and the indices of its tokens: an ORG entity (a
    known kind before a place the model called an ORG), the short form of an organisation
    named earlier ("Orwell Bridge's"), or "the trust" / "the council's" for one named earlier."""
    owner = _role_owner(doc, tokens)
    if owner is not None:
        return owner
    org = None
    org_tokens: set[int] = set()
    found = []
    for t in tokens:
        if t.ent_type_ == "ORG":
            hit = org_for_span(doc, t.idx, t.idx + len(t))
            if hit and hit not in found:
                found.append(hit)
            org_tokens.add(t.i)
    if found:
        # a known kind (union, trust, council ...) beats a place the model called an ORG
        known = [o for o in found if o["kind"] != "other"]
        org = (known or found)[-1]["name"]
    if org is None:
        # "Orwell Bridge's chief executive": the short form of an organisation named earlier
        for k, t in enumerate(tokens):
            if t.text in POSSESSIVE_S and k > 0:
                j = k
                while j > 0 and tokens[j - 1].is_title and tokens[j - 1].pos_ == "PROPN":
                    j -= 1
                short = " ".join(x.text for x in tokens[j:k])
                if short:
                    hits = {o["name"] for o in doc._.orgs or () if o["name"].startswith(short + " ")}
                    if len(hits) == 1:
                        org = hits.pop()
                        org_tokens.update(x.i for x in tokens[j:k + 1])
                break
    if org is None:
        for t in tokens:
            ref = resolve_org_reference(doc, t.text, t.idx) if t.lower_ in _ORG_WORDS else None
            possessive = t.i + 1 < len(doc) and doc[t.i + 1].text in POSSESSIVE_S
            if ref and (t.i == tokens[0].i + 1 and tokens[0].lower_ == "the" or t.i > tokens[0].i and doc[t.i - 1].lower_ == "the"
                        or possessive):
                org = ref["name"]
                org_tokens.update({t.i, t.i - 1} | ({t.i + 1} if possessive else set()))
                break
    return org, org_tokens


def _role_owner(doc: Doc, tokens: list[Token]) -> tuple[str, set[int]] | None:
    """The organisation that owns the role, written first with "'s": "UNISON's branch
    secretary for Kestrelford", "The NEU's Northshire district secretary", "the partnership's
    head of catering and a former Platewise area manager". It beats any body named later in
    the chunk (a place, a former employer); not "the council's contractor, Y", nor an owner
    before a body the role is named by ("the school's NEU rep": the union)."""
    k = next((i for i, t in enumerate(tokens) if t.text in POSSESSIVE_S), None)
    if k is None or k == 0 or k > _MAX_OWNER_TOKENS:
        return None
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and (nxt.lower_ in OWNED_BODIES or _names_union(doc, nxt)):
        return None  # "the council's contractor", "the school's NEU rep", "Burnley's NAHT branch secretary"
    owner = [t for t in tokens[:k] if t.lower_ != "the"]
    if not owner:
        return None
    if all(t.ent_type_ == "ORG" for t in owner):
        hit = org_for_span(doc, owner[0].idx, owner[-1].idx + len(owner[-1]))
    elif len(owner) == 1 and owner[0].is_lower:
        hit = resolve_org_reference(doc, owner[0].text, owner[0].idx) or _named_by_noun(doc, owner[0].lower_)
    else:
        return None
    return (hit["name"], {t.i for t in tokens[:k + 1]}) if hit else None


def _names_union(doc: Doc, t: Token) -> bool:
    hit = org_for_span(doc, t.idx, t.idx + len(t)) if t.ent_type_ == "ORG" else None
    return hit is not None and hit["kind"] == "union"


def _named_by_noun(doc: Doc, noun: str) -> dict | None:
    """"the partnership": the one organisation whose name ends with that noun."""
    hits = [o for o in doc._.orgs or () if len(o["name"].split()) > 1 and o["name"].lower().split()[-1] == noun]
    return hits[0] if len({o["name"] for o in hits}) == 1 else None


# Longest bracket after a name skipped before its role ("(Lib Dem, Northgate)").
_MAX_BRACKET_TOKENS = 8


# Words opening a relative clause after a name, which is no role.
_RELATIVES = frozenset({"whose", "who", "whom", "which"})


def role_after(doc: Doc, ent: Span) -> tuple[str, str | None]:
    """", cabinet member for schools and skills," / ", head teacher at X," after a name, also
    after a councillor's bracket ("Cllr Jo Bell (Lab, Ward End), cabinet member for ...")."""
    k = ent.end
    if k < len(doc) and doc[k].text == "(":
        k = next((i + 1 for i in range(k + 1, min(len(doc), k + _MAX_BRACKET_TOKENS)) if doc[i].text == ")"), k)
    if k >= len(doc) or doc[k].text != ",":
        return "", None
    chunk: list[Token] = []
    j = k + 1
    while j < len(doc) and len(chunk) <= _MAX_ROLE_AFTER:
        t = doc[j]
        if t.text in _ROLE_STOP or t.is_sent_start or "\n" in t.text:
            break
        if t.tag_.startswith("VB") and t.tag_ not in {"VBN", "VBG"} and not t.ent_type_:
            return "", None  # a clause, not a role
        chunk.append(t)
        j += 1
    if not chunk or len(chunk) > _MAX_ROLE_AFTER or j >= len(doc) or doc[j].text not in {",", ")", "-", "–", "—", ":", "."}:
        return "", None
    first = chunk[0]
    if not (first.is_lower or first.ent_type_ == "ORG" or first.lower_ in _ARTICLES):
        return "", None
    if first.lower_ in _RELATIVES:
        return "", None  # ", whose son Alfie,": a relative clause about someone else, no role
    if first.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in chunk):
        return "", None
    if not any(t.pos_ in {"NOUN", "PROPN"} or t.tag_.startswith("NN") for t in chunk):
        return "", None
    return split_role(doc, chunk)


def role_before(doc: Doc, ent: Span) -> tuple[str, str | None]:
    """"UNISON head of education, Jon Richards" / "Maltings Academy headteacher Jane Smith" /
    "The trust's chief executive, Mike Farrow" / "regional secretary of the NEU, Jane Dobson"."""
    j = ent.start - 1
    while j >= 0 and is_title(doc[j]):
        j -= 1  # "chief executive, Dr Mark Evans"
    if j >= 0 and doc[j].text == ",":
        j -= 1
    chunk: list[Token] = []
    while j >= 0 and len(chunk) < _MAX_ROLE_BEFORE:
        t = doc[j]
        if not _role_word_before(t, chunk[0] if chunk else None, j):
            break
        chunk.insert(0, t)
        if t.is_sent_start:
            break
        j -= 1
    owner = doc[chunk[0].i - 1] if chunk and chunk[0].i > 0 else None
    while chunk and (chunk[0].pos_ in {"ADP", "DET", "CCONJ"} and chunk[0].lower_ != "the" or chunk[0].text in POSSESSIVE_S):
        chunk = chunk[1:]
    role_words = [t for t in chunk if t.ent_type_ != "ORG" and t.text not in POSSESSIVE_S
                  and t.pos_ not in {"ADP", "DET"}]
    if not any(t.pos_ == "NOUN" or t.tag_.startswith("NN") or t.lower_ in ROLE_HEADS for t in role_words):
        return "", None
    role, org = split_role(doc, chunk)
    if not role:
        return "", None
    if org is None and owner is not None and owner.lower_ in {"its", "whose"}:
        org = owner_org(doc, owner)
    return role, org


def _role_word_before(t: Token, nxt: Token | None, j: int) -> bool:
    """Whether t, just before the role words read so far (nxt the first of them), still
    belongs to a role written before a name."""
    if t.ent_type_ in {"ORG", "GPE", "NORP", "LOC"} or t.text in POSSESSIVE_S and j > 0 \
            or t.pos_ == "PROPN" and t.is_title and not t.ent_type_ and nxt is not None:
        return True  # "The NEU’s Herefordshire district secretary", "Swindon UNISON branch secretary"
    if t.lower_ == "the" and nxt is not None:
        return True
    if t.pos_ == "ADP" and t.is_lower and nxt is not None and (
            nxt.lower_ == "the" or nxt.ent_type_ == "ORG" or t.lower_ in {"of", "for"} and nxt.is_lower
            or t.lower_ in {"of", "for", "in"} and nxt.ent_type_ in {"GPE", "LOC"}):
        return True  # "of the NEU", "at Maltings Academy", "head of education"
    return t.is_alpha and (t.is_lower or t.is_sent_start) and t.lower_ not in {"and", "said", "says"} \
        and (t.pos_ in {"NOUN", "ADJ"} or t.lower_ in ROLE_HEADS or t.lower_ in ROLE_WORDS)


def owner_org(doc: Doc, owner: Token) -> str | None:
    """The organisation "its" / "whose" stands for: "X, whose chief executive ..." -> X;
    "Its chair, ..." -> the organisation the sentence before is about (its subject, or the
    subject's owner: "The trust's accounts showed ...")."""
    if owner.lower_ == "whose":
        k = owner.i - 1
        if k >= 0 and doc[k].text == ",":
            k -= 1
        if k >= 0 and doc[k].ent_type_ == "ORG":
            return _org_name(doc, doc[k].idx, doc[k].idx + len(doc[k]))
        return None
    sent = owner.sent
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    for x in prev:
        if x.i >= prev.root.i or x.text == ",":
            break  # only the subject, before the main verb or a comma
        if x.ent_type_ == "ORG":
            return _org_name(doc, x.idx, x.idx + len(x))
        if x.lower_ in _ORG_WORDS:
            if _owned_body_after(doc, x):
                return _appositive_org(doc, x, prev)  # "The school's supplier, Y, will ...": Y
            ref = resolve_org_reference(doc, x.text, x.idx)
            return ref["name"] if ref else None
    return None


def _owned_body_after(doc: Doc, x: Token) -> bool:
    """"the school's (long-standing) supplier": the subject is a body the organisation has
    (the noun x is the possessor of), not the organisation."""
    return x.dep_ == "poss" and x.head.lower_ in OWNED_BODIES


def _appositive_org(doc: Doc, x: Token, sent: Span) -> str | None:
    """The organisation named right after the first comma following x in the sentence."""
    comma = next((t.i for t in doc[x.i:sent.end] if t.text == ","), None)
    if comma is None or comma + 1 >= sent.end or doc[comma + 1].ent_type_ != "ORG":
        return None
    return _org_name(doc, doc[comma + 1].idx, doc[comma + 1].idx + len(doc[comma + 1]))


def org_from(doc: Doc, ent: Span) -> str | None:
    """"Nadia Forde from the Association of School and College Leaders"; "Ruth Kamara, who
    spoke on behalf of the residents' association"."""
    for k in range(ent.end, min(ent.end + 8, len(doc) - 3)):
        if doc[k].is_sent_start or doc[k].text in {";", ":", "“", '"'}:
            break
        if doc[k].lower_ == "on" and doc[k + 1].lower_ == "behalf" and doc[k + 2].lower_ == "of":
            j = k + 3 + (doc[k + 3].lower_ == "the")
            if j < len(doc) and doc[j].ent_type_ == "ORG":
                return _org_name(doc, doc[j].idx, doc[j].idx + len(doc[j]))
            break
    j = ent.end
    if j < len(doc) and doc[j].lower_ in _FROM_WORDS:
        j += 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        if j < len(doc) and doc[j].ent_type_ == "ORG":
            return _org_name(doc, doc[j].idx, doc[j].idx + len(doc[j]))
        if j < len(doc):
            ref = resolve_org_reference(doc, doc[j].text, doc[j].idx) if doc[j - 1].lower_ == "the" else None
            if ref:
                return ref["name"]
    return None
