"""The name a speaker's organisation is given, for `newswatch_speaker_orgs`.

- An "organisation" that is the speaker's own name ("Imogen Hartley-Vance" as the body of
  Imogen Hartley-Vance, "Anjali" for Anjali Desai-Milne) is an entity recogniser's slip: no
  organisation. A body speaking for itself ("Corvane Digital" said) keeps its name.
- A name cut at its apostrophe ("St Aidan" or "CE Primary" for "St Aidan's CE Primary") or at
  "C of E" ("E Primary School") is read on (or back) in the text.
- "Ltd." at the end of a sentence is "Ltd": the full stop is the sentence's.
- A cut name ("Clearview" for Clearview Site Services Ltd, "Northshire" for Northshire
  County Council, "St Oswald" for St Oswald's CE Primary) becomes the one full name the
  article gives that starts with it (or, for a name of two words or more, ends with it:
  "Employment Tribunal" for Eastmarch Employment Tribunal); with two or more such names it
  is left as it is.
- A name cut at its end ("Swiftline" where the text once writes "Swiftline Taxis") becomes the
  one fuller form the text writes.
- A name the article never writes (the gazetteer's "National Education Union" where the
  text says only "the NEU") becomes the fullest form the article writes for that body; not
  for a body quoted by name, which keeps its full name (the speaker's).
- A speaker whose name is a body's ("Fenwold Buses said", "Harvest Table Catering said")
  speaks for that body: it is the speaker's organisation.
- A short form the article defines in brackets ("NAHT" where the text writes "the National
  Association of Head Teachers (NAHT)") is given as the full name the article defines: the
  UK sets' gold gives the full name in 134 of 134 such quotes (sets 6-56).
- A court or tribunal named without its seat ("Crown Court" where the text writes "Tarrowby
  Crown Court") is given the one seat the text writes before it: courts are named by their
  town.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from nlp.components.doc_text import doc_text
from nlp.components.lexicon import FIRST_NAMES, ROLE_WORDS, TITLES
from nlp.components.org_fragments import BODY_HEADS
from nlp.components.org_initials import is_short_form

# "'s" or "'" and the capitalised words after it (with "of", "and", "the" between them).
_AFTER_APOSTROPHE = re.compile(r"(['’]s?)((?: +(?:(?:of|and|the) +)*[A-Z][\w'’&-]*)+)")
# Capitalised words and "'s" (or "C of") right before a name ("St Oswald's " before "CE Primary",
# "Barlow Brook C of " before "E Primary School": a name cut at "of").
_BEFORE_APOSTROPHE = re.compile(r"((?:[A-Z][\w-]* +)*[A-Z][\w-]*)(['’]s(?: C of)?| C of) +$")
_LOOK_BACK_CHARS = 40
# The first words of the second half of a school's name cut at its apostrophe.
_SCHOOL_DESCRIPTORS = {"CE", "RC", "Catholic", "Methodist", "C", "E", "Church", "Infant", "Junior", "Primary"}
# The last words of a body's name, where a name cut at its apostrophe ends.
_NAME_ENDS = {"primary", "school", "academy", "college", "court", "union", "church", "trust", "council", "club",
              "association", "society", "infants", "juniors", "nursery", "federation", "partnership", "ltd"}
# A body's last word that alone is no name: the body of the article whose name ends with it.
_LONE_BODY_WORDS = {"society", "forum", "club", "network", "committee", "association", "alliance", "partnership"}
# The endings of a company's name that British papers write without a full stop ("Ltd", "plc").
_COMPANY_ENDINGS = {"ltd", "plc", "llp", "co", "limited"}
# The last words of a firm's or a group's name that no person's surname ends with: a speaker
# named "Greyfield Coaches" or "Corvex People Solutions" is that body.
# The last words of a firm's name ("Greyfield Coaches", "Nexora Digital", "Sparkle Clean Services Ltd").
FIRM_NAME_ENDS = _COMPANY_ENDINGS | {
    "buses", "coaches", "cars", "taxis", "travel", "transport", "catering", "cleaning", "solutions", "systems",
    "digital", "staffing", "recruitment", "restructuring", "leisure", "schoolwear", "foods", "facilities",
    "consulting", "partners", "meals", "kitchens", "services"}
_BODY_NAME_ENDS = BODY_HEADS | FIRM_NAME_ENDS | {
    "network", "forum", "committee", "tribunal", "federation", "together", "fc", "afc"}
# Capitalised words after a name, "and", "of" or "&" between them ("Swiftline Taxis", "Hillside
# Nursery and Infant School"), on the same line.
_CAPITALISED_AFTER = r"((?:[ \t]+(?:(?:and|of|&)[ \t]+)*[A-Z][\w'’&-]*)+)"
# Capitalised words right before a name, on the same line ("Ostrow " before "Digital").
_CAPITALISED_BEFORE = re.compile(r"((?:[A-Z][\w&'’-]*[ \t]+)+)$")
# A leading article, possessive or apostrophe around a mention ("the NEU's"): not part of the form.
_FORM_EDGES = re.compile(r"^(?:the|The) +|['’]s?$")
# Capitalised words (with "of", "for", "and", "the", "&" between them) right before "(" on the
# same line: the full name a short form in brackets defines.
_DEFINING_RUN = r"((?:[A-Z][\w'’&-]*[ \t]+(?:(?:of|for|and|the|&|in|on)[ \t]+)*)*[A-Z][\w'’&-]*)[ \t]*\("
# Bodies named by the town they sit in ("Tarrowby Crown Court", "Eastmarch Employment Tribunal").
_SEATED_BODIES = {"court", "tribunal"}
_WHOSE = "whose"  # "X, whose son ...": a person ("who" may follow a body's name in a person's apposition)
_MAX_SEAT_WORDS = 2


def names_person(org: str, speaker: str) -> bool:
    """An organisation that is the speaker's own name or part of it."""
    words = org.lower().split()
    return bool(words) and set(words) <= set(speaker.lower().split())


def is_own_name(doc: Doc, org: str | None, speaker: str | None, listed_person: bool) -> bool:
    """`org` names the speaker, and the speaker is a person: one the people component
    listed, or a name that opens with a known first name ("Sarah Hartley-Vance") and is no
    body of a known kind ("Stanley Bright LLP", a company); not a body quoted by its own
    name ("Corvane Digital")."""
    if not org or not speaker or not names_person(org, speaker) or names_body(speaker):
        return False
    if listed_person:
        return True
    if any(o["name"].lower() == speaker.lower() and o["kind"] != "other" for o in doc._.orgs or ()):
        return False
    if len(speaker.split()) > 1 and speaker.split()[0].lower() in FIRST_NAMES:
        return True
    return org.lower() == speaker.lower() and written_as_person(doc, speaker)  # "Year 6 pupil Alfie, 11,"


def written_as_person(doc: Doc, name: str) -> bool:
    """The text writes `name` the way it writes a person: after a title ("Cllr X"), or before
    an age or a "whose" clause ("X, 11,", "X, whose son ..."); not an acronym ("NEU")."""
    if name.isupper():
        return False
    for m in re.finditer(r"(?<![\w'’-])" + re.escape(name) + r"(?![\w'’-])", doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        if span.start > 0 and doc[span.start - 1].lower_.rstrip(".") in TITLES:
            return True
        after = doc[span.end:span.end + 2]
        if len(after) == 2 and after[0].text == "," and (after[1].is_digit or after[1].lower_ == _WHOSE):
            return True
    return False


def full_name(doc: Doc, name: str) -> str:
    """The one organisation of the article whose name starts with `name` and goes on
    ("Clearview" -> "Clearview Site Services Ltd"), else `name`; a short form the text
    defines, the name it defines; a court without its seat, with it."""
    defined = defined_name(doc, name)
    if defined != name:
        return defined
    low = name.lower()
    longer = {o["name"] for o in doc._.orgs or ()
              if o["name"].lower().startswith((low + " ", low + "'s ", low + "’s "))}
    if not longer and len(low.split()) > 1:
        # "Employment Tribunal" for Eastmarch Employment Tribunal
        longer = {o["name"] for o in doc._.orgs or () if o["name"].lower().endswith(" " + low)
                  and _place_words(o["name"][:-len(name)].split())}
    if not longer and low in _LONE_BODY_WORDS:
        # "Society" (a sentence's capital: "Society secretary X") for the one Y Allotment Society
        longer = {o["name"] for o in doc._.orgs or () if o["name"].lower().endswith(" " + low)}
    if len(longer) == 1:
        return longer.pop()
    seated = with_seat(doc, name)
    if seated != name:
        return seated
    joined = _joined_at_apostrophe(doc, name)
    if joined != name:
        return joined
    return read_on(doc, name) if name.split()[0].lower() not in FIRM_NAME_ENDS else _read_back(doc, name)


def _read_back(doc: Doc, name: str) -> str:
    """A firm's name cut at its start, left with the word that ends it ("Digital" of "Ostrow
    Digital's managing director"): the capitalised words the text writes right before it
    (not a sentence's opening word such as "The", nor a title or role)."""
    org = next((o for o in doc._.orgs or () if o["name"] == name), None)
    for start, _ in org["mentions"] if org else ():
        words = words_before(doc, start)
        if words:
            return f"{' '.join(words)} {name}"
    return name


def words_before(doc: Doc, start: int) -> list[str]:
    """The capitalised words the text writes right before character `start` on its line,
    from the first that is no stop word, role or title ("The", "At", "Judge")."""
    m = _CAPITALISED_BEFORE.search(doc_text(doc), max(0, start - _LOOK_BACK_CHARS), start)
    words = m.group(1).split() if m else []
    while words and (doc.vocab[words[0].lower()].is_stop or words[0].lower() in ROLE_WORDS
                     or words[0].lower().rstrip(".") in TITLES):
        words = words[1:]
    return words


def read_on(doc: Doc, name: str) -> str:
    """The one fuller form the text writes for a name cut at its end ("Swiftline" where the
    text once says "Swiftline Taxis", "Harvest Table" and "Harvest Table Ltd"): the name and
    the capitalised words after it, up to the last that ends a body's name."""
    words = name.split()
    if not words or words[-1].lower() in _NAME_ENDS | _BODY_NAME_ENDS:
        return name  # a whole name already ("X Learning Trust and Y Academy Trust": two bodies)
    fuller = set()
    for m in re.finditer(re.escape(name) + f"(?={_CAPITALISED_AFTER})", doc_text(doc)):  # each use, overlaps too
        rest = [w.rstrip("'’") for w in m.group(1).split()]  # "Dalesway Coaches’ buses"
        cut = [k for k in range(len(rest) - 1) if rest[k] in {"and", "&"} and rest[k + 1] == words[0]]
        rest = rest[:cut[0]] if cut else rest  # "Quillbeck Taxis and Quillbeck Coaches": two bodies
        while rest and rest[-1].lower() not in _NAME_ENDS | _BODY_NAME_ENDS:
            rest.pop()
        if rest:
            fuller.add(f"{name} {' '.join(rest)}")
    return fuller.pop() if len(fuller) == 1 else name


def _joined_at_apostrophe(doc: Doc, name: str) -> str:
    """A name cut at its apostrophe ("St Aidan" of "St Aidan's CE Primary", "Kettlewick
    Magistrates" of "Kettlewick Magistrates' Court"): the name as the text goes on after
    it, up to the last word that ends a body's name. Not a whole name that owns something
    ("Tamsford Council's Children's Services")."""
    words = name.split()
    if not words:
        return name
    if words[0] in _SCHOOL_DESCRIPTORS:
        return _joined_before_apostrophe(doc, name)
    if words[-1].lower() in _NAME_ENDS:
        return name
    for org in doc._.orgs or ():
        if org["name"] != name:
            continue
        for start, end in org["mentions"]:
            m = _AFTER_APOSTROPHE.match(doc_text(doc), end)
            rest = m.group(2).split() if m else []
            while rest and rest[-1].lower() not in _NAME_ENDS:
                rest.pop()
            if rest:
                return f"{doc_text(doc)[start:end]}{m.group(1)} {' '.join(rest)}"
    return name


def _joined_before_apostrophe(doc: Doc, name: str) -> str:
    """The other half: "CE Primary" of "St Oswald's CE Primary", read back in the text."""
    for org in doc._.orgs or ():
        if org["name"] != name:
            continue
        for start, end in org["mentions"]:
            m = _BEFORE_APOSTROPHE.search(doc_text(doc), max(0, start - _LOOK_BACK_CHARS), start)
            if m:
                return f"{m.group(1)}{m.group(2)} {doc_text(doc)[start:end]}"
    return name


def as_written(doc: Doc, name: str) -> str:
    """The fullest form the article writes for the organisation called `name`, when the
    article never writes `name` itself ("NEU" for the gazetteer's National Education Union,
    the text saying only "the NEU"); a name the article writes in other capitals as it writes it; else `name`."""
    org = next((o for o in doc._.orgs or () if o["name"] == name), None)
    text = doc_text(doc)
    if name not in text:  # "Unison" where the gazetteer writes UNISON: the article's capitals
        cased = Counter(m.group() for m in re.finditer(rf"\b{re.escape(name)}\b", text, re.I) if m.group()[:1].isupper())
        if cased:
            return cased.most_common(1)[0][0]
    if org is None or name.lower() in text.lower():
        return name
    forms = {_FORM_EDGES.sub("", doc_text(doc)[s:e]).strip() for s, e in org["mentions"]} - {""}
    return max(sorted(forms), key=len) if forms else name


def defined_name(doc: Doc, name: str) -> str:
    """The full name the article defines for a short form in brackets ("the National
    Association of Head Teachers (NAHT)" for "NAHT"): the capitalised words before the
    bracket from the first whose initial opens the short form, when their initials are its
    capitals; else `name`."""
    if not is_short_form(name):
        return name  # (a short form: "NAHT", "DfE": org_initials.py)
    capitals = "".join(c for c in name if c.isupper())
    for m in re.finditer(_DEFINING_RUN + re.escape(name) + r"\)", doc_text(doc)):
        words = m.group(1).split()
        for k, word in enumerate(words):
            if not word[0].isupper():
                continue  # "of the Y Guild": the name opens on a capital
            initials = "".join(w[0] for w in words[k:] if w[0].isupper())
            if initials == capitals:
                return " ".join(words[k:])
    return name


def is_seated_body(name: str) -> bool:
    """A court or tribunal ("Tarrowby Crown Court", "the Employment Tribunal")."""
    words = name.split()
    return bool(words) and words[-1].lower() in _SEATED_BODIES


def with_seat(doc: Doc, name: str) -> str:
    """A court or tribunal named without its town ("Crown Court"): the one town the text
    writes right before it ("Tarrowby Crown Court"); else `name`."""
    words = name.split()
    if len(words) < 2 or not is_seated_body(name) or not words[0][:1].isupper():
        return name
    seats = set()
    for m in re.finditer(r"(?<![\w'’])" + re.escape(name) + r"\b", doc_text(doc)):
        seat = words_before(doc, m.start())
        if 0 < len(seat) <= _MAX_SEAT_WORDS:
            seats.add(" ".join(seat))
    return f"{seats.pop()} {name}" if len(seats) == 1 else name


def names_body(speaker: str | None) -> bool:
    """A speaker named as a body, not a person: two or more capitalised words ending in a
    firm's or a group's word ("Greyfield Coaches", "Paylex Business Services plc"), not
    opening with a first name ("Jo Transport" could be a person's)."""
    words = (speaker or "").split()
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() in FIRST_NAMES:
        return False
    return words[-1].lower() in _BODY_NAME_ENDS


def without_stop(name: str) -> str:
    """A company's name without the full stop of a sentence that ended on "Ltd."
    ("Brightwell Facilities Ltd." -> "Brightwell Facilities Ltd")."""
    words = name.split()
    if name.endswith(".") and words and words[-1][:-1].lower() in _COMPANY_ENDINGS:
        return name[:-1]
    return name


def _place_words(words: list[str]) -> bool:
    """One or two capitalised words: a place before a body's name ("Eastmarch"), not a
    longer name of which this is the end ("Upper Marsham and", "Marlowe Build Ltd for")."""
    return 0 < len(words) <= 2 and all(w[:1].isupper() for w in words)
