"""`newswatch_people`: people named in the text, with title, role and organisation.

Runs after `newswatch_orgs`. It
- takes titles out of PERSON entities ("Councillor Liz Amberley" -> title "Councillor",
  name "Liz Amberley") and adds PERSON entities the model missed (person_names.py);
- links later mentions by surname or first name ("Mr Richards", "Richards") to the
  full name mentioned earlier (person_links.py);
- reads role and organisation from the common newspaper patterns (person_roles.py):
    "UNISON head of education, Jon Richards"        (org + role before the name)
    "Councillor Liz Amberley, cabinet member for schools and skills,"  (apposition)
    "Jane Smith, head teacher at Maltings Academy,"  (role at org)
    "Nadia Forde from the Association of School and College Leaders"   (from/of/at org)
  and, for a councillor with no stated organisation, the article's only council;
- sets doc._.people: [{"name", "title", "role", "org", "gender", "mentions"}] and
  doc._.person_at: {start_char of each mention: index into doc._.people}.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from nlp.components.org_patterns import has_word
from nlp.components.orgs import resolve_org_reference
from nlp.components.person_extent import SURNAME_PARTICLES, SURNAME_PREFIXES
from nlp.components.person_links import first_word, full_name_for, gender, surname_ents
from nlp.components.person_names import titles_and_ents
from nlp.components.person_roles import org_from, role_after, role_before

if not Doc.has_extension("people"):
    Doc.set_extension("people", default=None)
if not Doc.has_extension("person_at"):
    Doc.set_extension("person_at", default=None)

# Role words that place a person at a school: in an article about one school, they work there.
_SCHOOL_ROLES = {"headteacher", "headmaster", "headmistress", "principal", "teacher", "caretaker", "cleaner",
                 "cook", "governors", "pupil", "deputy"}
_COUNCILLOR_TITLES = {"councillor", "cllr", "coun"}


# Party labels in a councillor's bracket ("Cllr Jo Bell (Lab, Ward End)"; "Lib Dem": "dem").
_PARTY_LABELS = {"lab", "labour", "con", "conservative", "tory", "dem", "democrat", "green", "ind", "independent",
                 "reform", "snp", "plaid", "ukip", "alliance", "residents"}


def is_ward(ent: Span) -> bool:
    """"(Independent, Fenmoor North)": the place after a party label in a councillor's
    bracket is their ward, and "(Lib Dem, ...)" their party, not a person the model took
    them for."""
    doc = ent.doc
    if ent.start > 0 and doc[ent.start - 1].text == "(" and all(w.lower_ in _PARTY_LABELS | {"lib", "liberal"} for w in ent):
        return True  # "(Lib Dem, Northgate)": the party
    before = doc[max(0, ent.start - 5):ent.start]
    return len(before) >= 3 and before[-1].text == "," and before[-2].lower_.rstrip(".") in _PARTY_LABELS \
        and any(x.text == "(" for x in before) and ent.end < len(doc) and doc[ent.end].text == ")"


class People:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        ents, titles, role_words = titles_and_ents(doc)
        doc.ents = [e for e in surname_ents(doc, ents) if not (e.label_ == "PERSON" and is_ward(e))]
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
            if idx is None and (len(words) == 1 or all(w in SURNAME_PARTICLES or w.lower() in SURNAME_PREFIXES
                                                         for w in words[:-1])):
                # ("Mr de Montfort", "Mr St John-Harcourt": a surname with its particle)
                # A surname (or first name) on its own, or after a title ("Mr Beale"): the
                # one full name it belongs to; when two people share it, neither.
                idx = full_name_for(people, name, title)
            if idx is None:
                idx = len(people)
                people.append({"name": name, "title": "", "role": "", "org": None, "gender": None, "mentions": []})
                by_name[name.lower()] = idx
            person_at[ent.start_char] = idx
            _add_mention(doc, people[idx], ent, title, role_words.get(ent.start, ""))
        schools = [o for o in doc._.orgs or () if o["kind"] == "school"]
        for person in people:
            if person["org"] is None:
                person["org"] = _org_from_the_article(doc, person, schools)
        doc._.people = people
        doc._.person_at = person_at
        return doc


def _add_mention(doc: Doc, person: dict, ent: Span, title: str, role_words: str) -> None:
    """Record one mention of the person; the first title, role and organisation found stay."""
    person["mentions"].append((ent.start_char, ent.end_char))
    if title and not person["title"]:
        person["title"] = title
    if person["gender"] is None:
        person["gender"] = gender(first_word(person["name"]), title)
    role, org = role_after(doc, ent)
    if not role and not org:
        role, org = role_before(doc, ent)
    role = role or role_words
    org = org or org_from(doc, ent)
    if role and not person["role"]:
        person["role"] = role
    if org and not person["org"]:
        person["org"] = org


def _org_from_the_article(doc: Doc, person: dict, schools: list[dict]) -> str | None:
    """An organisation for a person the text gives none: "Headteacher Karen Sowerby" in an
    article about one school works there; a councillor sits on the council the article
    names (the one "the council" refers to at the first mention, or its only council)."""
    org = None
    if len(schools) == 1 and person["role"] and set(person["role"].lower().split()) & _SCHOOL_ROLES:
        org = schools[0]["name"]
    if org is None and person["title"].lower().rstrip(".") in _COUNCILLOR_TITLES:
        first = person["mentions"][0][0]
        ref = resolve_org_reference(doc, "council", first)
        councils = [o for o in doc._.orgs or () if o["kind"] == "council"]
        if ref is None and len(councils) == 1:
            ref = councils[0]
        if ref:
            org = ref["name"]
    return org


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
