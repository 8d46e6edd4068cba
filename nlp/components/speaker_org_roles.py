"""Roles that name the sort of body a speaker works for, for `newswatch_speaker_orgs`.

A councillor speaks for a council ("Opposition councillor Neil Hodgson", "Cllr Hilary
Crabtree, cabinet member for culture"), a union official for a union ("Regional organiser
Martin Keeble", "Branch secretary Shona Bairstow"). When the role names no body, the body is
the one of that kind the article names: the last named before the person, else the only one.
A councillor's party ("Labour", "the Conservatives") is not the body they speak for. An
employment judge speaks for the tribunal, a district judge for the magistrates' or county
court, a judge or recorder for the court the article names (the UK sets give a Crown Court
judge's court eleven times in fourteen), a magistrate or the chair of the bench for the
magistrates' court, an inspector for the inspectorate.
A teacher who is also a union's representative speaks for the union ("NEU rep and English
teacher X", "a teaching assistant at Y and a Unison steward", "The union's school
representative, maths teacher X"): `union_post`.
"""
from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Span

from nlp.components.lexicon import SPEECH_CUES, TITLES
from nlp.components.org_lookup import org_for_span
from nlp.components.speaker_org_mentions import in_quotes, role_phrases, role_words

# One word, or two in a row, in the role, the title or the words around the name.
_COUNCIL_WORDS = {"councillor", "councillors", "cllr", "coun"}
_COUNCIL_PAIRS = {("cabinet", "member"), ("portfolio", "holder"), ("council", "leader"), ("council", "chairman"),
                  ("council", "chair"), ("council", "chairwoman")}
# A post of a council's opposition ("Opposition group leader X", "opposition finance spokesperson
# X"): the UK sets give an opposition post's speaker their council 74 times in 76 (a party twice).
_OPPOSITION = "opposition"
_OPPOSITION_POSTS = {"leader", "spokesperson", "spokesman", "spokeswoman", "whip"}
# The tier of council a role names: "Parish council chairman", "County councillor Phil Garside".
COUNCIL_TIERS = {"parish", "town", "county", "district", "borough", "city"}
_UNION_WORDS = {"convenor", "convener", "steward"}
# "Regional organiser Martin Keeble"; not "Campaign organiser Nathan Fairweather".
_ORGANISER_QUALIFIERS = {"regional", "area", "district", "branch", "union", "national", "senior", "lead", "full-time",
                         "local", "county"}
_UNION_PAIRS = {("branch", "secretary"), ("district", "secretary"), ("regional", "secretary"),
                ("regional", "officer"), ("regional", "official"), ("area", "officer"), ("branch", "chair"),
                ("national", "executive"), ("union", "rep"), ("union", "representative"), ("branch", "officer"),
                ("district", "officer"), ("district", "official"), ("general", "secretary")}
# A company's roles ("Managing director Stuart Kell"), a council's ("Director of children's
# services Peter Oduya", "Town clerk Alison Petrie", "School crossing patrol officer X").
_COMPANY_PAIRS = {("managing", "director"), ("commercial", "director"), ("account", "director"),
                  ("sales", "director"), ("account", "manager"),
                  # a contractor's managers: "Operations director X", "area manager X", "Contract manager X"
                  ("operations", "director"), ("operations", "manager"), ("area", "manager"),
                  ("contract", "manager"), ("contracts", "manager"), ("contracts", "director")}
# "Owner X", "the firm's owner, X": a firm's owner speaks for the firm.
_COMPANY_WORDS = {"owner", "co-owner", "proprietor"}
_COUNCIL_OFFICER_PAIRS = {("children's", "services"), ("children’s", "services"), ("children", "services"),
                          ("town", "clerk"),
                          ("parish", "clerk"), ("council", "clerk"),
                          # a school crossing patrol and a planning officer work for the council
                          ("crossing", "patrol"), ("patrol", "officer"), ("planning", "officer")}
# "X has worked the crossing outside Y Primary since 1994", "X started on the crossing in
# 1986": a school crossing patrol, employed by the council.
_CROSSING_VERBS = {"work", "start", "man", "staff"}
_CROSSING_WINDOW = 8  # words after the name read for the crossing
# Parties are not organisations a councillor speaks for (the UK sets' convention).
PARTIES = {"labour", "conservative", "conservatives", "tory", "tories", "lib dem", "lib dems", "liberal democrat",
           "liberal democrats", "green", "greens", "green party", "reform", "reform uk", "plaid cymru", "snp",
           "independent", "independents", "cabinet", "liberal", "liberals"}
# An employment judge speaks for the tribunal the article names, an inspector for the
# inspectorate ("lead inspector X wrote").
_INSPECTOR_WORDS = {"inspector", "inspectors"}
INSPECTORATES = {"ofsted", "estyn", "care quality commission", "cqc", "education scotland", "care inspectorate"}
_POLICE_WORDS = {"police", "constabulary"}
# Who sits in a court: a judge or recorder in the court the article names, a magistrate or
# the chair of the bench in a magistrates' court.
_JUDGE_WORDS = {"judge", "recorder", "hhj"}
_BENCH_WORDS = {"bench", "magistrate", "magistrates"}


def _has(words: list[str], singles: set[str], pairs: set[tuple[str, str]]) -> bool:
    words = [w for w in words if w not in {"'s", "’s"}]  # "children 's services"
    return bool(set(words) & singles) or any(pair in pairs for pair in zip(words, words[1:]))


# Bodies no councillor speaks for ("Cllr X (Lab, Thornbury)": not Thornbury Green Primary School):
# in the gold of the readable UK sets 908 of 920 councillors' quotes give their council, none a school.
NOT_COUNCILLORS = frozenset({"school", "academy_trust"})


def is_councillor(words: list[str]) -> bool:
    return _has(words, _COUNCIL_WORDS, _COUNCIL_PAIRS) or _opposition_post(words)


def councillor_mention(doc: Doc, person: dict) -> tuple[int, list[list[str]]] | None:
    """(start character, role phrases) of the first of the person's mentions whose role
    phrases make them a councillor; None when none does."""
    for start_char, end_char in person["mentions"]:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            continue
        phrases = role_phrases(doc, span, role_words(person))
        if any(is_councillor(words) for words in phrases):
            return start_char, phrases
    return None


def _opposition_post(words: list[str]) -> bool:
    """"Opposition group leader", "opposition finance spokesperson", "the opposition whip": a
    post of the opposition on a council (an MP's is filtered before: speaker_org_nobody)."""
    if _OPPOSITION not in words:
        return False
    return bool(set(words[words.index(_OPPOSITION) + 1:]) & _OPPOSITION_POSTS)


def is_union_official(words: list[str]) -> bool:
    organiser = any(a in _ORGANISER_QUALIFIERS and b in {"organiser", "organizer"} for a, b in zip(words, words[1:]))
    return organiser or _has(words, _UNION_WORDS, _UNION_PAIRS)


# A trust's executives: "Chief executive", "Chief operating officer", "Chief financial officer",
# "the accounting officer" (the post the Academy Trust Handbook names).
TRUST_ROLE_PAIRS = ({"chief", "executive"}, {"chief", "operating"}, {"chief", "financial"}, {"chief", "finance"},
                    {"accounting", "officer"})
_DIRECTOR_OF_EDUCATION = ("director", "of", "education")


def trust_of_executive(doc: Doc, words: list[str], org_name: str | None, before_char: int) -> dict | None:
    """The trust of a trust's executive filed under a school ("X Academy is run by the Y
    Trust. Its chief executive, Z, said"): a school has no chief executive or director of
    education, its trust has. None when the organisation is no school or the article names
    no trust."""
    org = next((o for o in doc._.orgs or () if org_name and o["name"] == org_name), None)
    if org is None or org["kind"] != "school":
        return None
    said = set(words)
    if not any(pair <= said for pair in TRUST_ROLE_PAIRS) \
            and _DIRECTOR_OF_EDUCATION not in zip(words, words[1:], words[2:]):
        return None
    return body_of_kind(doc, "academy_trust", before_char)


# A head who chairs a group of schools' heads speaks for the group ("Forum chair X, head of Y
# School", "The association's chair, X, head of Y", "X, headteacher of Y and chair of the group").
_CHAIRED_BODIES = {"forum", "association", "group", "alliance", "network", "committee", "panel", "consortium",
                   "collaborative"}
_CHAIRS = {"chair", "chairman", "chairwoman", "chairperson", "convenor", "convener"}
_CHAIR_WINDOW = 14  # words around the name read for the chair's post


def _chaired_noun(words: list[str]) -> str | None:
    """"forum chair", "the association's chair", "chair of the group": the body's noun."""
    for k, w in enumerate(words):
        if w not in _CHAIRS:
            continue
        if k > 0 and words[k - 1] in _CHAIRED_BODIES:
            return words[k - 1]
        if k > 1 and words[k - 1] in {"'s", "’s"} and words[k - 2] in _CHAIRED_BODIES:
            return words[k - 2]
        if words[k + 1:k + 3] == ["of", "the"] and k + 3 < len(words) and words[k + 3] in _CHAIRED_BODIES:
            return words[k + 3]
    return None


def chaired_body(doc: Doc, person: dict, org_name: str | None, refer: Callable) -> dict | None:
    """The group a head filed under their school chairs, the words around a mention of them
    name it by its noun ("Forum chair X"), and `refer` resolves the noun to a body the
    article names that is no school; else None."""
    org = next((o for o in doc._.orgs or () if org_name and o["name"] == org_name), None)
    if org is None or org["kind"] != "school":
        return None
    for start_char, end_char in person["mentions"]:
        name = doc.char_span(start_char, end_char, alignment_mode="expand")
        if name is None:
            continue
        sent = name.sent
        words = [t.lower_ for t in doc[max(sent.start, name.start - _CHAIR_WINDOW):min(sent.end, name.end + _CHAIR_WINDOW)]
                 if not t.is_quote]
        noun = _chaired_noun(words)
        hit = refer(doc, noun, start_char) if noun else None
        if hit and hit["kind"] != "school":
            return hit
    return None


def crossing_council(doc: Doc, name: Span) -> dict | None:
    """The council of a school crossing patrol the words after the name describe."""
    words = [t for t in doc[name.end:min(name.sent.end, name.end + _CROSSING_WINDOW)] if not t.is_quote]
    for k in range(1, len(words) - 1):
        if words[k].lower_ == "the" and words[k + 1].lower_ == "crossing" \
                and any(t.lemma_.lower() in _CROSSING_VERBS for t in words[max(0, k - 2):k]):
            return body_of_kind(doc, "council", name.start_char)
    return None


# A council's senior officer whose role names no body ("Director of education X was asked why
# the council ...", "Finance director X told members the council's reserves ..."): the council
# the sentence speaks of (most such roles in the UK sets are a council's: 70 of 105).
_OFFICER_WORDS = {"director"}
_HEAD, _OF_WORD = "head", "of"
_OFFICER_WINDOW = 4  # role words read right before the name
_COUNCIL_NOUNS = {"council", "authority"}


def officer_council(doc: Doc, name: Span) -> dict | None:
    """The council of a director (or a "head of" a service) whose role, right before the name,
    names no body (no capitalised word but the sentence's first and titles), when the rest of
    the sentence refers to "the council" (or "the authority") in lower case."""
    sent = name.sent
    before = [t for t in doc[max(sent.start, name.start - _OFFICER_WINDOW):name.start]
              if t.lower_.rstrip(".") not in TITLES]
    role = [t.lower_ for t in before]
    heads_of = any(a == _HEAD and b == _OF_WORD for a, b in zip(role, role[1:]))  # "Head of commissioning X"
    if not (_OFFICER_WORDS & set(role) or heads_of) or is_company_role(role) \
            or any(t.text[:1].isupper() and t.i > sent.start for t in before):
        return None
    outside = [t for t in sent if not name.start <= t.i < name.end]
    if any(t.lower_ in _COUNCIL_NOUNS and t.is_lower and doc[t.i - 1].lower_ == "the" for t in outside):
        return body_of_kind(doc, "council", name.start_char)
    return None


def is_company_role(words: list[str]) -> bool:
    """A firm's post: "managing director", "operations manager", "owner"."""
    return _has(words, _COMPANY_WORDS, _COMPANY_PAIRS)


# A union post, after the union's name or "union" ("NEU rep", "a Unison steward", "the union's
# school representative", "a full-time union official"): the words that are a union's alone, and more.
_UNION_POSTS = _UNION_WORDS | {"rep", "reps", "representative", "organiser", "official", "secretary", "officer"}
_UNION_WORDS_BEFORE = 3  # words between the union and its post: "the union's school representative"
_UNION_REFERENCE = "union"
# The union named after its post: "branch secretary of the NEU", "regional officer for the
# National Association of Head Teachers", "secretary of the head teachers' union".
_OF = {"of", "for"}
_UNION_WORDS_AFTER = 5


def union_post(doc: Doc, name: Span) -> dict | None:
    """The union whose post the sentence of this mention of a person gives them ("NEU rep and
    English teacher X", "X has been a teaching assistant at Y and a Unison steward for ten
    years", "X, branch secretary of the NEU"): in the words of the sentence outside quotes
    (also after a quote that opens it: "'...' - Unison rep X"), none naming another person."""
    words = []
    for t in name.sent:
        if in_quotes(doc, t.idx):
            if t.i >= name.end:
                break  # what is said is not the speaker's role ("X said the union rep at Y had ...")
            continue
        if t.is_quote:
            continue  # a mark, or the apostrophe of "the head teachers' union"
        if t.i >= name.end and t.lower_ in SPEECH_CUES:
            break
        if t.ent_type_ == "PERSON" and not name.start <= t.i < name.end:
            return None  # "NEU rep Y and teacher X": the post may be Y's
        words.append(t)
    for k, t in enumerate(words):
        if t.lower_ not in _UNION_POSTS:
            continue
        after = words[k + 2:k + 2 + _UNION_WORDS_AFTER] if words[k + 1:k + 2] and words[k + 1].lower_ in _OF else []
        for w in words[max(0, k - _UNION_WORDS_BEFORE):k] + after:
            if w.lower_ == _UNION_REFERENCE:  # "the union's school representative"
                return body_of_kind(doc, "union", name.start_char)
            hit = org_for_span(doc, w.idx, w.idx + len(w)) if w.ent_type_ == "ORG" else None
            if hit and hit["kind"] == "union":
                return hit
    return None


def body_of_kind(doc: Doc, kind: str, before_char: int, name_word: str | None = None) -> dict | None:
    """The organisation of `kind` the article means: with `name_word` ("parish"), only those
    whose name has it; the last one named before `before_char`, else the only one."""
    cands = [o for o in doc._.orgs or () if o["kind"] == kind]
    if name_word:
        cands = [o for o in cands if name_word in o["name"].lower().split()]
    return _last_or_only(cands, before_char)


def _last_or_only(cands: list[dict], before_char: int) -> dict | None:
    best, best_pos = None, -1
    for org in cands:
        for s, _ in org["mentions"]:
            if best_pos < s < before_char:
                best, best_pos = org, s
    if best is not None:
        return best
    return cands[0] if len(cands) == 1 else None


def body_for_role(doc: Doc, phrases: list[list[str]], before_char: int, any_company: bool = True) -> dict | None:
    """The council of a councillor, the union of a union official, from the phrases of
    their role (each a list of lower-case words: the role, the title, the words before and
    after the name); None for any other role or when the article does not tell. A company's
    role ("Managing director X") gives the article's company only when `any_company`."""
    if any(is_councillor(words) for words in phrases):
        return _council_of(doc, phrases, before_char)
    if any(is_union_official(words) for words in phrases):
        return body_of_kind(doc, "union", before_char)
    if any(_has(words, set(), _COUNCIL_OFFICER_PAIRS) for words in phrases):
        return _council_of(doc, phrases, before_char)
    if any_company and any(is_company_role(words) for words in phrases):
        return body_of_kind(doc, "company", before_char)
    said = {w for words in phrases for w in words}  # "Employment" before the name, "Judge" its title
    if {"employment", "judge"} <= said:
        return _named_body(doc, before_char, lambda name: "tribunal" in name.split())
    if {"district", "judge"} <= said:
        # a district judge sits in a magistrates' or county court
        return _named_body(doc, before_char, lambda name: "court" in name.split()
                           and bool({"magistrates", "magistrates'", "county"} & set(name.split())))
    if said & _BENCH_WORDS:
        # "chair of the bench", "magistrate X": the magistrates' court the article names
        return _named_body(doc, before_char, lambda name: "court" in name.split()
                           and bool({"magistrates", "magistrates'"} & set(name.split())))
    if said & _JUDGE_WORDS:
        # "Judge X", "the Recorder of Y, X": the court the article names (the Crown Court)
        return _named_body(doc, before_char, lambda name: "court" in name.split())
    if any(_has(words, _INSPECTOR_WORDS, set()) for words in phrases):
        if any(set(o["name"].lower().split()) & _POLICE_WORDS for o in doc._.orgs or ()):
            return None  # a police inspector
        return _named_body(doc, before_char, lambda name: name in INSPECTORATES or "inspectorate" in name.split())
    return None


def _named_body(doc: Doc, before_char: int, fits: Callable[[str], bool]) -> dict | None:
    """The organisation whose name (lower case, without "'s") `fits`: the last named before
    `before_char`, else the only one."""
    names = {id(o): o["name"].lower().replace("’", "'").replace("'s", "") for o in doc._.orgs or ()}  # "Magistrates’"
    return _last_or_only([o for o in doc._.orgs or () if fits(names[id(o)])], before_char)


def _council_of(doc: Doc, phrases: list[list[str]], before_char: int) -> dict | None:
    """The council a councillor's or council officer's phrases mean: of the one tier they
    name ("Parish council chairman"), else of any tier."""
    tiers = {w for words in phrases for w in words if w in COUNCIL_TIERS}
    return body_of_kind(doc, "council", before_char, tiers.pop() if len(tiers) == 1 else None)


def is_party(name: str | None) -> bool:
    return bool(name) and name.lower().removeprefix("the ").strip() in PARTIES
