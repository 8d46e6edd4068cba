"""`newswatch_people`: people named in the text, with title, role and organisation.

Runs after `newswatch_orgs`. It
- takes titles out of PERSON entities ("Councillor Liz Eyre" -> title "Councillor",
  name "Liz Eyre") and adds PERSON entities the model missed after a title ("Mr Richards");
- links later mentions by surname or first name ("Mr Richards", "Richards") to the
  full name mentioned earlier;
- reads role and organisation from the common newspaper patterns:
    "UNISON head of education, Jon Richards"        (org + role before the name)
    "Councillor Liz Eyre, cabinet member for children and families,"  (apposition)
    "Jane Smith, head teacher at Maltings Academy,"  (role at org)
    "Sara Ford from the Association of School and College Leaders"   (from/of/at org)
  and, for a councillor with no stated organisation, the article's only council;
- sets doc._.people: [{"name", "title", "role", "org", "gender", "mentions"}] and
  doc._.person_at: {start_char of each mention: index into doc._.people}.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES, ROLE_HEADS, ROLE_WORDS, TITLES
from nlp.components.orgs import _ORG_HEADS, has_word, org_for_span, resolve_org_reference

if not Doc.has_extension("people"):
    Doc.set_extension("people", default=None)
if not Doc.has_extension("person_at"):
    Doc.set_extension("person_at", default=None)

# Titles strong enough to make the following capitalised words a person.
_STRONG_TITLES = {"councillor", "cllr", "cllr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx",
                  "dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "baroness", "rev", "rev.",
                  "revd", "reverend", "canon", "alderman"}
# Post-nominals kept out of a person's name ("Jane Smith MP").
_SUFFIXES = {"MP", "MEP", "MSP", "AM", "MS", "OBE", "MBE", "CBE", "QC", "KC"}
_ROLE_STOP = {",", ";", ":", ".", "(", ")", "“", "”", '"', "‘", "’", "-", "–", "—"}
_ROLE_PREPS = {"at", "of", "for", "from", "with", "in"}
_FROM_WORDS = {"from", "of", "at"}
_SCHOOL_ROLES = {"headteacher", "headmaster", "headmistress", "principal", "teacher", "caretaker", "cleaner",
                 "cook", "governors", "pupil", "deputy"}


def _is_title(token: Token) -> bool:
    return token.lower_ in TITLES and token.text[:1].isupper()


def _titles_and_ents(doc: Doc) -> tuple[list[Span], dict[int, str], dict[int, str]]:
    """PERSON entities without their titles or role words, plus persons found after a strong
    title. Returns the new entity list, {person start token: title}, {start: role words}."""
    titles: dict[int, str] = {}
    roles: dict[int, str] = {}
    ents: list[Span] = []
    for ent in doc.ents:
        if not has_word(ent.text):
            continue  # a non-breaking space or a dash tagged as an entity: not a name
        if ent.label_ != "PERSON":
            ents.append(ent)
            continue
        if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in {"for", "in", "of", "at"} \
                and ent.end + 1 < len(doc) and doc[ent.end].text == "," \
                and (doc[ent.end + 1].ent_type_ == "PERSON" or _is_title(doc[ent.end + 1])):
            # "branch secretary for Kent, Philippa Grove": a place in a role, not a person
            ents.append(Span(doc, ent.start, ent.end, label="GPE"))
            continue
        if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and doc[ent.start - 1].is_lower:
            # "told the Gazette": a title such as a newspaper's, not a person
            ents.append(Span(doc, ent.start, ent.end, label="ORG"))
            continue
        start = ent.start
        title_tokens, role_tokens = [], []
        while start < ent.end - 1:
            tok = doc[start]
            if _is_title(tok):
                title_tokens.append(tok.text)
            elif tok.lower_ == "the" and start + 1 < ent.end - 1 and _is_title(doc[start + 1]):
                pass  # "The Rev Gillian Marsh"
            elif tok.text == "." and title_tokens:
                pass  # "Rev. Jones"
            elif tok.lower_ in {"rt", "hon"} or tok.text == "." and start > ent.start:
                pass
            elif tok.lower_ in ROLE_WORDS and tok.text[:1].isupper():
                role_tokens.append(tok.lower_)
            elif tok.tag_ not in {"NNP", "NNPS"} and tok.is_sent_start:
                pass  # "Hosting Cook, ...": a capitalised sentence opener, not a first name
            else:
                break
            start += 1
        end = ent.end
        suffix = ""
        while end - 1 > start + 1 and doc[end - 1].text in _SUFFIXES:
            end -= 1  # "Jane Smith MP"
            suffix = doc[end].text
        # "Cllr Sarah Rouse" tagged as "Cllr Sarah": take the surname the model left out
        while end < len(doc) and end - ent.end < 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and doc[end].is_alpha and not doc[end].ent_type_ and not doc[end].is_sent_start \
                and doc[end].lower_ not in ROLE_WORDS and doc[end - 1].whitespace_:
            end += 1
        if start > ent.start or end != ent.end:
            ent = Span(doc, start, end, label="PERSON")
        if suffix and not title_tokens:
            title_tokens.append(suffix)
        if title_tokens:
            titles[start] = " ".join(title_tokens)
        elif ent.start > 0 and _is_title(doc[ent.start - 1]):
            titles[ent.start] = doc[ent.start - 1].text
        if role_tokens:
            roles[start] = " ".join(role_tokens)
        if len(ent) == 1 and (_is_title(doc[ent.start]) or doc[ent.start].lower_ in ROLE_WORDS):
            continue  # "Mr" or "Mum" alone is not a name
        ents.append(ent)
    # "Mr Richards", "Cllr Smith" that the model missed or labelled otherwise.
    person_tokens = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    for tok in doc:
        if tok.lower_ not in _STRONG_TITLES or not tok.text[:1].isupper() or tok.i + 1 >= len(doc):
            continue
        j = tok.i + 1
        while j < len(doc) and j - tok.i <= 3 and doc[j].text[:1].isupper() and doc[j].is_alpha and doc[j].lower_ not in TITLES:
            j += 1
        if j == tok.i + 1 or (tok.i + 1) in person_tokens:
            continue
        new = Span(doc, tok.i + 1, j, label="PERSON")
        ents = [e for e in ents if not (e.start < new.end and new.start < e.end)] + [new]
        person_tokens.update(range(new.start, new.end))
        titles[new.start] = tok.text
    # "Striker Connor Beale scored": two capitalised words the model left untagged after a
    # role word are a name.
    for tok in doc[:-2]:
        a, b = doc[tok.i + 1], doc[tok.i + 2]
        after = doc[tok.i + 3] if tok.i + 3 < len(doc) else None
        if tok.lower_ not in ROLE_WORDS or not (tok.is_lower or tok.is_sent_start) or tok.ent_type_:
            continue
        if not all(x.is_title and x.is_alpha and x.pos_ == "PROPN" and not x.ent_type_ and x.i not in person_tokens
                   and x.lower_ not in TITLES and x.lower_ not in ROLE_WORDS and x.lower_ not in _ORG_HEADS
                   and not x.is_sent_start for x in (a, b)):
            continue
        if after is not None and (after.is_title and after.pos_ == "PROPN" or after.text in {"'s", "’s"}):
            continue
        new = Span(doc, a.i, b.i + 1, label="PERSON")
        ents.append(new)
        person_tokens.update((a.i, b.i))
        roles.setdefault(new.start, tok.lower_)
    # "The NEU's district secretary for Leeds, Anna Price, said": an untagged two- or
    # three-word name in apposition to a role word is a person.
    for tok in doc:
        if tok.dep_ != "appos" or tok.head.lower_ not in ROLE_WORDS or tok.i in person_tokens or tok.ent_type_:
            continue
        left = tok.i
        while left > 0 and doc[left - 1].dep_ == "compound" and doc[left - 1].head.i == tok.i:
            left -= 1
        words = doc[left:tok.i + 1]
        if not (2 <= len(words) <= 3) or left == 0 or doc[left - 1].text != "," or tok.i + 1 >= len(doc) \
                or doc[tok.i + 1].text not in {",", "said", "says", "told", "added"}:
            continue
        if (words[0].lower_ in MALE_NAMES or words[0].lower_ in FEMALE_NAMES) and all(
                x.is_title and x.is_alpha and x.pos_ == "PROPN" and not x.ent_type_ and x.lower_ not in _ORG_HEADS
               and x.lower_ not in TITLES and x.lower_ not in ROLE_WORDS for x in words):
            ents.append(Span(doc, left, tok.i + 1, label="PERSON"))
            person_tokens.update(range(left, tok.i + 1))
    return sorted(ents, key=lambda e: e.start), titles, roles


def _surname_ents(doc: Doc, ents: list[Span]) -> list[Span]:
    """Bare surnames the model missed ("Hart, who has been at the club...") after the full
    name has appeared: capitalised tokens equal to a known person's last name."""
    surnames: dict[str, int] = {}
    for e in ents:
        if e.label_ == "PERSON" and len(e) > 1 and len(e[-1].text) > 2:
            surnames.setdefault(e[-1].text, e.start)
    if not surnames:
        return ents
    # a one-word ORG/GPE entity that is a known surname is that person ("Malaska asked")
    single = {e.start: e for e in ents if len(e) == 1 and e.label_ in {"ORG", "GPE", "NORP"}
              and e[0].text in surnames and e.start > surnames[e[0].text]}
    ents = [e for e in ents if e.start not in single]
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for tok in doc:
        first = surnames.get(tok.text)
        if first is not None and tok.i > first and tok.i not in taken and (tok.pos_ == "PROPN" or tok.i in single):
            added.append(Span(doc, tok.i, tok.i + 1, label="PERSON"))
    return sorted(ents + added, key=lambda e: e.start) if added or single else ents


def first_word(name: str) -> str:
    """The first whitespace-separated word of a name, "" for a name with none."""
    words = name.split(maxsplit=1)
    return words[0] if words else ""


def _gender(first: str, title: str) -> str | None:
    for word in title.lower().split():
        g = TITLES.get(word)
        if g:
            return g
    first = first.lower()
    if first in MALE_NAMES:
        return "m"
    if first in FEMALE_NAMES:
        return "f"
    return None


def _org_name(doc: Doc, start_char: int, end_char: int) -> str | None:
    org = org_for_span(doc, start_char, end_char)
    return org["name"] if org else None


def _split_role(doc: Doc, tokens: list[Token]) -> tuple[str, str | None]:
    """Role words and organisation from a chunk such as "head of education at UNISON",
    "UNISON's head of education", "the trust's chief executive", "a parent at the school"."""
    while tokens and tokens[0].lower_ in {"a", "an", "the"} and not tokens[0].ent_type_:
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
            if t.text in {"'s", "’s"} and k > 0:
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
            ref = resolve_org_reference(doc, t.text, t.idx) if t.lower_ in {"council", "trust", "union", "academy", "school", "college", "company"} else None
            if ref and (t.i == tokens[0].i + 1 and tokens[0].lower_ == "the" or t.i > tokens[0].i and doc[t.i - 1].lower_ == "the"
                        or t.i + 1 < len(doc) and doc[t.i + 1].text in {"'s", "’s"}):
                org = ref["name"]
                org_tokens.update({t.i, t.i - 1} | ({t.i + 1} if t.i + 1 < len(doc) and doc[t.i + 1].text in {"'s", "’s"} else set()))
                break
    # an organisation word we could not resolve still is not part of the role ("the union's")
    org_tokens.update(t.i for t in tokens if t.i + 1 < len(doc) and doc[t.i + 1].text in {"'s", "’s"}
                      and (t.lower_ in {"council", "trust", "union", "academy", "school", "college", "company"}))
    words = [t for t in tokens if t.i not in org_tokens and t.text not in {"'s", "’s"}]
    # Drop a dangling preposition/article left where the organisation was cut out.
    while words and (words[-1].lower_ in _ROLE_PREPS or words[-1].lower_ in {"the", "a", "an"}):
        words = words[:-1]
    while words and words[0].lower_ in {"the", "a", "an"}:
        words = words[1:]
    # "Parent Kerry Jones" at the start of a sentence: the role is "parent"
    role = " ".join(t.lower_ if t.is_sent_start and not t.ent_type_ and t.lower_ in ROLE_WORDS else t.text for t in words).strip()
    return role, org


def _role_after(doc: Doc, ent: Span) -> tuple[str, str | None]:
    """", cabinet member for children and families," / ", head teacher at X," after a name."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return "", None
    chunk: list[Token] = []
    j = ent.end + 1
    while j < len(doc) and len(chunk) <= 14:
        t = doc[j]
        if t.text in _ROLE_STOP or t.is_sent_start or "\n" in t.text:
            break
        if t.tag_.startswith("VB") and t.tag_ not in {"VBN", "VBG"} and not t.ent_type_:
            return "", None  # a clause, not a role
        chunk.append(t)
        j += 1
    if not chunk or len(chunk) > 14 or j >= len(doc) or doc[j].text not in {",", ")", "-", "–", "—", ":", "."}:
        return "", None
    first = chunk[0]
    if not (first.is_lower or first.ent_type_ == "ORG" or first.lower_ in {"the", "a", "an"}):
        return "", None
    if first.ent_type_ == "PERSON" or any(t.ent_type_ == "PERSON" for t in chunk):
        return "", None
    if not any(t.pos_ in {"NOUN", "PROPN"} or t.tag_.startswith("NN") for t in chunk):
        return "", None
    return _split_role(doc, chunk)


def _role_before(doc: Doc, ent: Span) -> tuple[str, str | None]:
    """"UNISON head of education, Jon Richards" / "Maltings Academy headteacher Jane Smith" /
    "The trust's chief executive, Mike Farrow" / "regional secretary of the NEU, Jane Dobson"."""
    j = ent.start - 1
    while j >= 0 and _is_title(doc[j]):
        j -= 1  # "chief executive, Dr Mark Evans"
    if j >= 0 and doc[j].text == ",":
        j -= 1
    chunk: list[Token] = []
    while j >= 0 and len(chunk) < 10:
        t = doc[j]
        nxt = chunk[0] if chunk else None
        if t.ent_type_ in {"ORG", "GPE", "NORP", "LOC"} or t.text in {"'s", "’s"} and j > 0 \
                or t.pos_ == "PROPN" and t.is_title and not t.ent_type_ and nxt is not None:
            pass  # "The NEU’s Herefordshire district secretary", "Swindon UNISON branch secretary"
        elif t.lower_ == "the" and nxt is not None:
            pass
        elif t.pos_ == "ADP" and t.is_lower and nxt is not None and (
                nxt.lower_ == "the" or nxt.ent_type_ == "ORG" or t.lower_ in {"of", "for"} and nxt.is_lower
                or t.lower_ in {"of", "for", "in"} and nxt.ent_type_ in {"GPE", "LOC"}):
            pass  # "of the NEU", "at Maltings Academy", "head of education"
        elif t.is_alpha and (t.is_lower or t.is_sent_start) and t.lower_ not in {"and", "said", "says"} \
                and (t.pos_ in {"NOUN", "ADJ"} or t.lower_ in ROLE_HEADS or t.lower_ in ROLE_WORDS):
            pass
        else:
            break
        chunk.insert(0, t)
        if t.is_sent_start:
            break
        j -= 1
    owner = doc[chunk[0].i - 1] if chunk and chunk[0].i > 0 else None
    while chunk and (chunk[0].pos_ in {"ADP", "DET", "CCONJ"} and chunk[0].lower_ != "the" or chunk[0].text in {"'s", "’s"}):
        chunk = chunk[1:]
    role_words = [t for t in chunk if t.ent_type_ != "ORG" and t.text not in {"'s", "’s"}
                  and t.pos_ not in {"ADP", "DET"}]
    if not any(t.pos_ == "NOUN" or t.tag_.startswith("NN") or t.lower_ in ROLE_HEADS for t in role_words):
        return "", None
    role, org = _split_role(doc, chunk)
    if not role:
        return "", None
    if org is None and owner is not None and owner.lower_ in {"its", "whose"}:
        org = _owner_org(doc, owner)
    return role, org


def _owner_org(doc: Doc, owner: Token) -> str | None:
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
        if x.lower_ in {"council", "trust", "union", "academy", "school", "college", "company"}:
            ref = resolve_org_reference(doc, x.text, x.idx)
            return ref["name"] if ref else None
    return None


def _org_from(doc: Doc, ent: Span) -> str | None:
    """"Sara Ford from the Association of School and College Leaders"; "Ruth Kamara, who
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


class People:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ents, titles, role_words = _titles_and_ents(doc)
        doc.ents = _surname_ents(doc, ents)
        people: list[dict] = []
        person_at: dict[int, int] = {}
        by_name: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            name = " ".join(ent.text.split())
            title = titles.get(ent.start, "")
            words = name.split()
            if not words or not has_word(name):
                continue  # nothing of a name is left once whitespace is tidied
            idx = by_name.get(name.lower())
            if idx is None and len(words) == 1:
                # A surname (or first name) on its own, or after a title ("Mr Beale"): the
                # one full name it belongs to; when two people share it, neither.
                # "Mrs Patel" is not "Mr Anil Patel": a title's gender must not contradict.
                said_gender = _gender("", title) if title else None
                for pos in (-1, 0):
                    cands = [k for k, p in enumerate(people)
                             if len(p["name"].split()) > 1 and p["name"].lower().split()[pos] == name.lower()
                             and not (said_gender and p["gender"] and p["gender"] != said_gender)]
                    if cands:
                        idx = cands[0] if len(cands) == 1 else None
                        break
            if idx is None:
                idx = len(people)
                people.append({"name": name, "title": "", "role": "", "org": None, "gender": None, "mentions": []})
                by_name[name.lower()] = idx
            person = people[idx]
            person["mentions"].append((ent.start_char, ent.end_char))
            person_at[ent.start_char] = idx
            if title and not person["title"]:
                person["title"] = title
            if person["gender"] is None:
                person["gender"] = _gender(first_word(person["name"]), title)
            role, org = _role_after(doc, ent)
            if not role and not org:
                role, org = _role_before(doc, ent)
            role = role or role_words.get(ent.start, "")
            org = org or _org_from(doc, ent)
            if role and not person["role"]:
                person["role"] = role
            if org and not person["org"]:
                person["org"] = org
        schools = [o for o in doc._.orgs or () if o["kind"] == "school"]
        for person in people:
            # "Headteacher Karen Sowerby" in an article about one school works there
            if person["org"] is None and len(schools) == 1 and person["role"] \
                    and set(person["role"].lower().split()) & _SCHOOL_ROLES:
                person["org"] = schools[0]["name"]
            if person["org"] is None and person["title"].lower().rstrip(".") in {"councillor", "cllr", "coun"}:
                first = person["mentions"][0][0]
                ref = resolve_org_reference(doc, "council", first)
                councils = [o for o in doc._.orgs or () if o["kind"] == "council"]
                if ref is None and len(councils) == 1:
                    ref = councils[0]
                if ref:
                    person["org"] = ref["name"]
        doc._.people = people
        doc._.person_at = person_at
        return doc


@Language.factory("newswatch_people")
def make_people(nlp: Language, name: str) -> People:
    return People(nlp, name)


def person_for_span(doc: Doc, start_char: int, end_char: int) -> dict | None:
    """The doc._.people entry one of whose mentions overlaps the character range."""
    for person in doc._.people or ():
        for s, e in person["mentions"]:
            if s < end_char and start_char < e:
                return person
    return None
