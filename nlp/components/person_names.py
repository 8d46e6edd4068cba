"""Finding people's names for `newswatch_people`: PERSON entities without their titles or
role words, and names the entity model missed.

- "Councillor Liz Amberley" -> name "Liz Amberley", title "Councillor"; "Jane Smith MP" -> title "MP";
- "Mr Richards", "Cllr Smith": a strong title makes the capitalised words after it a name;
- "Striker Connor Beale scored": two untagged capitalised words after a role word;
- "The NEU's district secretary for Leeds, Anna Price, said": a name in apposition to a role,
  "Edna Kirkby, 79, said": a name before a role or an age (person_appositions.py);
- a one-word PERSON that is a place in a role ("secretary for Kent, Philippa Grove") or a
  newspaper ("told the Gazette") is relabelled.

Pure functions over a Doc: they return new entity lists and never set doc.ents.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.components.doc_text import doc_lowers
from nlp.components.lexicon import FEMALE_NAMES, JUDGE_TITLES_BEFORE, MALE_NAMES, ROLE_WORDS, SPEECH_CUES, TITLES
from nlp.components.org_patterns import _ORG_HEADS, has_word
from nlp.components.person_family import family_people
from nlp.components.person_hyphens import hyphenated_people
from nlp.components.person_appositions import PERSON_NOUNS, names_in_apposition, names_with_role_or_age
from nlp.components.person_extent import HYPHENS, MISREAD_LABELS, POST_NOMINALS, SURNAME_PARTICLES, after_inner_title, complete_name, name_word, without_overlaps

# Titles strong enough to make the following capitalised words a person.
STRONG_TITLES = {"councillor", "cllr", "cllr.", "coun", "coun.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx",
                  "dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "baroness", "rev", "rev.",
                  "revd", "reverend", "canon", "alderman"}
# Inflected speech verbs ("Says", "Warned"), which end a name the model ran on into a Title
# Case headline ("Obama Says African-American Museum ..."), when tagged as a verb (a
# surname "Said" is a proper noun).
_NAME_ENDING_VERBS = frozenset(w for w in SPEECH_CUES if w.endswith(("s", "ed")) or w in {"said", "told", "wrote"})
# At most this many capitalised words after a strong title are taken as the name ("Mr Peter Hall").
_MAX_WORDS_AFTER_TITLE = 3


def is_title(token: Token) -> bool:
    """A capitalised title word ("Councillor", "Dr", "Mrs")."""
    return token.lower_ in TITLES and token.text[:1].isupper()


def titles_and_ents(doc: Doc) -> tuple[list[Span], dict[int, str], dict[int, str]]:
    """PERSON entities without their titles or role words, plus persons found after a strong
    title, after a role word or in apposition to one. Returns the new entity list (sorted),
    {person start token: title}, {person start token: role words}."""
    titles: dict[int, str] = {}
    roles: dict[int, str] = {}
    ents: list[Span] = []
    # ("Helen Mayhew-Jones" read as an ORG; "Mother-of-two Leanne Parrish" too)
    for ent in hyphenated_people(doc, family_people(doc, list(doc.ents))):
        if not has_word(ent.text):
            continue  # a non-breaking space or a dash tagged as an entity: not a name
        if ent.label_ != "PERSON":
            ents.append(ent)
            continue
        other = _not_a_person(doc, ent)
        if other is not None:
            ents.append(other)
            continue
        ent, title_tokens, role_tokens = _trim_person(doc, ent)
        ent, inner_title = after_inner_title(doc, ent, is_title)
        title_tokens = title_tokens or ([inner_title] if inner_title else [])
        ent = complete_name(doc, ent)
        if title_tokens:
            titles[ent.start] = " ".join(title_tokens)
        elif ent.start > 0 and is_title(doc[ent.start - 1]):
            titles[ent.start] = doc[ent.start - 1].text
        if role_tokens:
            roles[ent.start] = " ".join(role_tokens)
        if len(ent) == 1 and (is_title(doc[ent.start]) or doc[ent.start].lower_ in ROLE_WORDS):
            continue  # "Mr" or "Mum" alone is not a name
        ents.append(ent)
    ents = without_overlaps(ents)
    person_tokens = {i for e in ents if e.label_ == "PERSON" for i in range(e.start, e.end)}
    ents = _names_after_strong_titles(doc, ents, person_tokens, titles)
    _names_after_role_words(doc, ents, person_tokens, roles)
    ents = _misread_names_after_role_words(doc, ents, person_tokens, roles)
    ents = names_in_apposition(doc, ents, person_tokens)
    _names_as_subjects(doc, ents, person_tokens)
    ents = names_with_role_or_age(doc, ents, person_tokens)
    # "To generations of pupils she has been “Mrs P”": a letter alone is a nickname or an
    # initial, not a name anyone is quoted under
    ents = [e for e in ents if e.label_ != "PERSON" or len(e.text.strip(". ")) > 1]
    return sorted(ents, key=lambda e: e.start), titles, roles


def _not_a_person(doc: Doc, ent: Span) -> Span | None:
    """A one-word PERSON entity that is something else, relabelled; None if it may be a person."""
    role_before = ent.start >= 2 and (doc[ent.start - 2].lower_ in ROLE_WORDS or doc[ent.start - 2].lower_ in PERSON_NOUNS)
    if (len(ent) == 1 or len(ent) == 2 and role_before) and ent.start > 0 and doc[ent.start - 1].lower_ in {"for", "in", "of", "at"} \
            and ent.end + 2 < len(doc) and doc[ent.end].text == "," \
            and (doc[ent.end + 1].ent_type_ == "PERSON" or is_title(doc[ent.end + 1])
                 or name_word(doc[ent.end + 1]) and name_word(doc[ent.end + 2])):
        # "branch secretary for Kent, Philippa Grove", "The MP for Elstow Vale, Rhiannon
        # Lowe," (the name itself maybe misread): a place in a role, not a person
        return Span(doc, ent.start, ent.end, label="GPE")
    if len(ent) == 1 and ent[0].lower_ in _ORG_HEADS:
        # "Brenthaven Parents' Network": an organisation's head word on its own is no person
        return Span(doc, ent.start, ent.end, label="ORG")
    if len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and not is_title(doc[ent.end - 1]):
        # "told the Gazette": a title such as a newspaper's, not a person
        return Span(doc, ent.start, ent.end, label="ORG")
    return None


def _trim_person(doc: Doc, ent: Span) -> tuple[Span, list[str], list[str]]:
    """The PERSON entity without the titles and role words before the name or the
    post-nominals after it, and with a surname the model left out; plus the title words and
    the role words taken off."""
    start = ent.start
    title_tokens, role_tokens = [], []
    while start < ent.end - 1:
        tok = doc[start]
        if not any(ch.isalnum() for ch in tok.text) or any(ch.isdigit() for ch in tok.text):
            pass  # "― Jo Bell": a dash or a mark the model took into the name; "7.42pm Cllr Jo Bell": a live blog's time
        elif is_title(tok):
            title_tokens.append(tok.text)
        elif tok.lower_ == "the" and start + 1 < ent.end - 1 and is_title(doc[start + 1]):
            pass  # "The Rev Gillian Marsh"
        elif tok.text == "." and title_tokens:
            pass  # "Rev. Jones"
        elif tok.lower_ == "justice" and start > 0 and doc[start - 1].lower_.rstrip(".") in JUDGE_TITLES_BEFORE:
            title_tokens.append(tok.text)  # "Mr Justice Caldwell", "Lady Justice Oduya": a judge's title
        elif tok.lower_ in {"rt", "hon"} or tok.text == "." and start > ent.start:
            pass
        elif tok.lower_ in ROLE_WORDS and tok.text[:1].isupper():
            role_tokens.append(tok.lower_)
        elif tok.tag_ not in {"NNP", "NNPS"} and tok.is_sent_start:
            pass  # "Hosting Cook, ...": a capitalised sentence opener, not a first name
        else:
            break
        start += 1
    end = next((k for k in range(start + 1, ent.end) if doc[k].lower_ in _NAME_ENDING_VERBS
                and doc[k].tag_.startswith("VB")), ent.end)
    suffix = ""
    while end - 1 > start + 1 and doc[end - 1].text in POST_NOMINALS:
        end -= 1  # "Jane Smith MP"
        suffix = doc[end].text
    # "Cllr Sarah Rouse" tagged as "Cllr Sarah": take the surname the model left out
    while end >= ent.end and end < len(doc) and end - ent.end < 2 and doc[end].pos_ == "PROPN" and doc[end].is_title \
            and doc[end].is_alpha and not doc[end].ent_type_ and not doc[end].is_sent_start \
            and doc[end].lower_ not in ROLE_WORDS and doc[end - 1].whitespace_ \
            and not (end + 1 < len(doc) and doc[end + 1].ent_iob_ == "B" and doc[end + 1].ent_type_ == "PERSON"):
        end += 1  # (not the first name of the next tagged person: "Volunteer Poppy Adeleke")
    if end >= ent.end:
        end = _past_hyphen(doc, end)
    if start > ent.start or end != ent.end:
        ent = Span(doc, start, end, label="PERSON")
    if suffix and not title_tokens:
        title_tokens.append(suffix)
    return ent, title_tokens, role_tokens


def _past_hyphen(doc: Doc, end: int) -> int:
    """The end of a name ending at token `end` (exclusive), past a double-barrelled surname's
    second half ("Carys Pryce" of "Carys Pryce-Jenkins": a hyphen with no spaces, then a
    capitalised word)."""
    while 0 < end and end + 1 < len(doc) and doc[end].text in {"-", "‐"} and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and doc[end + 1].is_title and doc[end + 1].is_alpha:
        end += 2
    return end


def _names_after_strong_titles(doc: Doc, ents: list[Span], person_tokens: set[int],
                               titles: dict[int, str]) -> list[Span]:
    """"Mr Richards", "Cllr Smith" that the model missed or labelled otherwise: the new list
    (an entity overlapping the name is dropped); person_tokens and titles are updated."""
    # names of bodies that end in a head word ("... Academy Trust"), not a person the model read as a body
    in_orgs = {i for e in ents if e.label_ == "ORG" and e[-1].lower_ in _ORG_HEADS for i in range(e.start, e.end)}
    for i, word in enumerate(doc_lowers(doc)):
        if word not in STRONG_TITLES:
            continue
        tok = doc[i]
        if not tok.text[:1].isupper() or tok.i + 1 >= len(doc):
            continue
        if tok.i in in_orgs:
            continue  # "Dame Agnes Colley Academy Trust": the namesake's title inside a body's name
        first = tok.i + 1
        judge = doc[first].text == "Justice" and tok.lower_.rstrip(".") in JUDGE_TITLES_BEFORE
        first += judge  # "Mr Justice Caldwell": a judge's title, then the surname
        j = first
        while j < len(doc) and j - tok.i <= _MAX_WORDS_AFTER_TITLE and (doc[j].text[:1].isupper() or (
                doc[j].lower_ in SURNAME_PARTICLES and j + 1 < len(doc)
                and (name_word(doc[j + 1]) or doc[j + 1].lower_ in SURNAME_PARTICLES))) \
                and doc[j].is_alpha and doc[j].lower_ not in TITLES:
            j += 1  # (a surname particle: "Mr de Montfort")
        if j == first or (tok.i + 1) in person_tokens and not judge:
            continue
        hyphened = _past_hyphen(doc, j)
        while hyphened > j and hyphened < len(doc) and doc[hyphened - 1].whitespace_ and doc[hyphened].is_title \
                and doc[hyphened].is_alpha and doc[hyphened].lower_ not in TITLES:
            j = hyphened + 1  # "Cllr Anne-Marie Quigley": the surname after a hyphenated first name
            hyphened = _past_hyphen(doc, j)
        j = hyphened
        new = Span(doc, first, j, label="PERSON")
        ents = [e for e in ents if not (e.start < new.end and new.start < e.end)] + [new]
        person_tokens.update(range(new.start, new.end))
        titles[new.start] = f"{tok.text} {doc[tok.i + 1].text}" if judge else tok.text
    return ents


def _untagged_name_word(x: Token, person_tokens: set[int]) -> bool:
    """A capitalised proper noun no entity or person holds that is no title, role or
    organisation word: a word of a name the model missed."""
    return x.is_title and x.is_alpha and x.pos_ == "PROPN" and not x.ent_type_ and x.i not in person_tokens \
        and x.lower_ not in TITLES and x.lower_ not in ROLE_WORDS and x.lower_ not in _ORG_HEADS


def _names_after_role_words(doc: Doc, ents: list[Span], person_tokens: set[int], roles: dict[int, str]) -> None:
    """"Striker Connor Beale scored": two capitalised words the model left untagged after a
    role word are a name. Appends to ents; updates person_tokens and roles."""
    lowers = doc_lowers(doc)
    for i in range(len(doc) - 2):
        if lowers[i] not in ROLE_WORDS:
            continue
        tok = doc[i]
        a, b = doc[tok.i + 1], doc[tok.i + 2]
        after = doc[tok.i + 3] if tok.i + 3 < len(doc) else None
        if not (tok.is_lower or tok.is_sent_start) or tok.ent_type_:
            continue
        if not all(_untagged_name_word(x, person_tokens) and not x.is_sent_start for x in (a, b)):
            continue
        if after is not None and (after.is_title and after.pos_ == "PROPN" or after.text in {"'s", "’s"}):
            continue
        new = Span(doc, a.i, _past_hyphen(doc, b.i + 1), label="PERSON")  # ("Organiser Chloe Batra-Lynch")
        ents.append(new)
        person_tokens.update(range(new.start, new.end))
        roles.setdefault(new.start, tok.lower_)


def _role_before(doc: Doc, i: int) -> str | None:
    """The role word just before token i ("organiser", "Organiser"), also as the first word
    of a hyphenated description ending there ("Mother-of-three"): its lower case."""
    k = i - 1
    while k > 0 and (doc[k].text in HYPHENS or doc[k - 1].text in HYPHENS) and not doc[k - 1].whitespace_:
        k -= 1  # back over "Mother - of - three"
    if k < 0 or doc[k].lower_ not in ROLE_WORDS or not (doc[k].is_lower or doc[k].is_sent_start or k < i - 1):
        return None
    return doc[k].lower_


def _misread_names_after_role_words(doc: Doc, ents: list[Span], person_tokens: set[int], roles: dict[int, str]) -> list[Span]:
    """"GMB organiser Shona McAteer said", "Mother-of-three Leanne Coutts said" read as an
    organisation: two or three name words opening with a known first name, after a role
    word, are the person (not when an organisation's head word ends them, nor when a
    capitalised word or "'s" follows). Returns the new list; updates person_tokens and roles."""
    out = []
    for e in ents:
        role = _role_before(doc, e.start) if e.label_ in MISREAD_LABELS and e.start > 0 else None
        after = doc[e.end] if e.end < len(doc) else None
        if role is None or not 2 <= len(e.text.split()) <= 3 or not (e[0].lower_ in MALE_NAMES or e[0].lower_ in FEMALE_NAMES) \
                or not all(name_word(x) and x.pos_ == "PROPN" or x.text in HYPHENS for x in e) \
                or e[-1].lower_ in _ORG_HEADS or after is not None and (after.is_title and after.pos_ == "PROPN" or after.text in {"'s", "’s"}):
            out.append(e)
            continue
        out.append(Span(doc, e.start, e.end, label="PERSON"))
        person_tokens.update(range(e.start, e.end))
        roles.setdefault(e.start, role)
    return out


# Capitalised words that end a place's name rather than a surname ("Rose Hill", "Victoria Park").
_PLACE_ENDINGS = frozenset("""park hill lane street road green way close avenue gate station square common wood
    woods field fields bridge house court hall centre center end vale row place terrace mews gardens""".split())
# Tags of a finite verb after a subject.
_FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _names_as_subjects(doc: Doc, ents: list[Span], person_tokens: set[int]) -> None:
    """"Kwame Antwi-Boateng became chief executive of ...": a known first name and a
    capitalised surname (not a place's last word) that the model left untagged, as the
    subject of the finite verb right after them, are a name. Appends to ents; updates
    person_tokens."""
    lowers = doc_lowers(doc)
    for i in range(len(doc) - 2):
        if lowers[i] not in MALE_NAMES and lowers[i] not in FEMALE_NAMES:
            continue
        a = doc[i]
        b = doc[a.i + 1]
        if not _untagged_name_word(a, person_tokens) \
                or not _untagged_name_word(b, person_tokens) or b.is_sent_start or b.lower_ in _PLACE_ENDINGS:
            continue
        end = _past_hyphen(doc, b.i + 1)
        if end >= len(doc) or doc[end].tag_ not in _FINITE_VERBS or any(x.ent_type_ for x in doc[a.i:end]) \
                or not any(x.dep_ in {"nsubj", "nsubjpass"} for x in doc[a.i:end]):
            continue
        ents.append(Span(doc, a.i, end, label="PERSON"))
        person_tokens.update(range(a.i, end))
