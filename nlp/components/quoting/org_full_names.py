"""An organisation that speaks, under the full name the article gives it (issue 13, quote
round 26). British news names an organisation in full once ("Ravenshaw Parent Carer
Forum", "Thermacore Building Services") and then by its head noun or a short form ("the
forum said", "the council said", "A Thermacore spokesperson said"); the UK sets give the
organisation's full name. Applied where a quote's speaker is finalised (continuations.py,
`_apply`), after the attribution found an organisation, on the article's text:

- a bare head noun ("trust", "council", "Forum", "the ombudsman") is the organisation
  written in full with that head noun nearest before the quote ("Westmarch Council",
  "Local Government and Social Care Ombudsman"); with none before it, the first after;
- an organisation's name the entity model cut short ("Carer Forum", "Whitley LLP",
  "Cobalt Schools") is its longest written form: capitalised words right before a mention
  ("Ravenshaw Parent Carer Forum"), a plural's apostrophe and noun ("Brenthaven SEND
  Parents' Network") and a company's legal or trade tail after it ("Cobalt Schools IT Ltd",
  "ServeWell FM");
- a spokesperson speaks for the organisation so completed: "A Copperline IT spokesperson"
  for "Copperline IT", "A Thermacore spokesperson" for "Thermacore Building Services" (the
  one name the article writes starting with that word), "a council spokesperson" for the
  council written nearest before;
- a news-in-brief item's heading in capitals before a name ("BUS CHANGE North Ardley
  Council says ...") is no part of it (two or more words in capitals; one is an acronym of
  the name) (issue 13, twenty-eighth round).
- "their union" (a possessive and a head noun) with the union found for it as its
  organisation is that union (quote round 33);
- "the union" / "their union" with no organisation of that kind in the article's list is
  the one body the kind model left unclassified that the text writes as a union: the
  noun its members are members of ("Members of the X Alliance") or the subject of "which
  represents ..."; a union named otherwise than "... Union" and not in the gazetteer ("an
  Alliance", "a Guild") is listed under UNCLASSIFIED_KIND (quote round 42).
A person speaker is never changed (people's names: persons.py and salience.py).
"""
from __future__ import annotations

import re

from nlp.components.lexicon import ORG_REFERENCES, ROLE_WORDS, SPOKES_NOUNS, TITLES
from nlp.components.org_lookup import resolve_org_reference
from nlp.components.quoting.context import Speaker, person_noun, tokens_in

# Head nouns that refer back to an organisation named in full ("the trust said").
GENERIC_ORG_HEADS = frozenset("""trust council forum association tribunal ombudsman agency federation
    partnership network alliance union authority""".split())
# Possessives before a head noun that leave the body to be found ("their union", "its trust").
OWNER_WORDS = frozenset("their its his her our".split())
# Kinds of body the kind model may not know by their name (a union called "Alliance" or
# "Guild"), and the kind it then gives them: "the union" may be that one body.
UNSEEN_KINDS = frozenset({"union"})
UNCLASSIFIED_KIND = "other"
# What the text writes of a body of people it speaks for: "members of X", "X, which
# represents ...": the lemmas of the noun X is "of" and of the verb of X's relative clause.
MEMBERS_LEMMAS = frozenset({"member"})
REPRESENTS_LEMMAS = frozenset({"represent"})
# Other head nouns of a body a description may end in ("the diocesan board").
BODY_HEADS = frozenset("board group committee panel service trust".split())
# Fewest words of such a description ("diocesan board"): one word is only the head noun.
DESCRIBED_MIN_WORDS = 2
# Words written after a company's name as part of it: legal forms and trade tails.
COMPANY_TAILS = frozenset("Ltd Ltd. Limited LLP PLC plc CIC FC IT FM".split())
# What ends a sentence or opens a quotation before a word that opens the next one.
SENTENCE_OPENERS = frozenset(".!?:;“‘\"'(—–")
# How far back the text is read for what a word follows (a sentence's end, a line break).
OPENING_LOOKBACK = 20
# Where a company's tail is looked for after its name.
TAIL_MAX_CHARS = 40
# Capitalised words that open a sentence or a phrase and are no part of a name before it.
NOT_NAME_WORDS = frozenset("""The A An In At On For By From With Of To And But Or As After Before When While Its
    Their His Her Our Your My This That These Those Yesterday Today Tonight Tomorrow Meanwhile However Now
    Earlier Later Also Both Neither Either Last Next Since Under Over Within Without Until Monday Tuesday
    Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
    October November December Mr Mrs Ms Dr Cllr Councillor Sir Dame Lord Lady""".split())
# Most words of a name written before its head noun ("Local Government and Social Care").
NAME_MAX_WORDS = 8
# Words in capitals that open a news-in-brief item before a name ("GOVERNORS WANTED
# Northmoor County Council is ..."): at least this many, so that an acronym stays.
HEADING_MIN_WORDS = 2
# One word of a name: a capital, then letters, digits, apostrophes or "&"; hyphenated
# parts each with a capital ("First-Tier" but not "Labour-run").
_WORD = r"[A-Z][\w’'&]*(?:-[A-Z][\w’'&]*)*"
# Words after an organisation's head noun that open the rest of its name ("Chamber of Trade").
HEAD_BEFORE = frozenset({"of", "for"})
# How many paragraphs back the organisation speaking may be for "the agency said".
SPEAKING_ORG_PARAGRAPHS = 1
# Small words inside a name, between capitalised words ("Department for Education").
_JOINERS = r"(?:and|of|for|&)"
# Fewest capitalised words of a name written after "spokesperson for" that the entity model
# did not list ("Harlow Fibre"): one word alone may be a place ("a spokesman for Ashby").
SPOKES_NAME_MIN_WORDS = 2


def org_in_full(ctx, q, found: Speaker) -> Speaker:
    """`found` with an organisation speaker (or a spokesperson's organisation) under the
    article's full name for it; any other speaker unchanged."""
    if found.person is not None or not found.speaker:
        return found
    speaker = found.speaker
    text = _body(ctx)
    if SPOKES_NOUNS.intersection(w.lower() for w in speaker.split()):
        org = spokesperson_org_in_full(text, speaker, found.speaker_org, q.start)
        return found.but(speaker_org=org) if org and org != found.speaker_org else found
    if found.speaker_org not in {None, speaker}:
        # "what their union calls ‘relentless’": the union found for the owner speaks
        owned = speaker.lower().split()
        return found.but(speaker=found.speaker_org) if len(owned) == 2 and owned[0] in OWNER_WORDS \
            and owned[1] in GENERIC_ORG_HEADS else found
    head = _referring_head(speaker)
    described = _org_described(ctx, speaker) if found.speaker_org is None and found.how == "phrase" else None
    if described is not None:
        return found.but(speaker=described, speaker_org=described)
    if head in GENERIC_ORG_HEADS:
        name = named_with_head(text, head, q.start)
    elif found.speaker_org == speaker:
        name = longest_form(text, _written_alias(ctx, text, speaker) or speaker)
    else:
        name = None
    if name is None and found.how == "phrase" and re.fullmatch(r"[a-z]+", head) and not person_noun(head):
        # "the chamber" -> "Dunmere Chamber of Trade"; "the agency said" right after
        # "ClassCover Staffing Ltd said": the organisation that was speaking
        name = _org_headed(ctx, head, q.start) or (_org_speaking(ctx, q) if head in GENERIC_ORG_HEADS | ORG_REFERENCES.keys() else None) \
            or _org_of_kind(ctx, head, q.start)
    return found.but(speaker=name, speaker_org=name) if name and name != speaker else found


def _written_alias(ctx, text: str, name: str) -> str | None:
    """"the National Association of Head Teachers" for "NAHT": an organisation whose name
    (a gazetteer's, often its initials) the article never writes speaks under the longest
    of its other names the article does write; None when it writes the name itself."""
    if _written(text, name):
        return None
    org = next((o for o in ctx.doc._.orgs or () if o["name"] == name), None)
    written = [a["alias"] for a in (org or {}).get("aliases", ()) if _written(text, a["alias"])]
    return max(written, key=len, default=None)


def _written(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def head_word(name: str) -> str:
    """The head noun of an organisation's name: the word before its first "of"/"for"
    ("Chamber of Trade", "Federation of Small Businesses"), else its last word."""
    words = name.lower().split()
    cut = next((k for k, w in enumerate(words) if w in HEAD_BEFORE and k > 0), len(words))
    return words[cut - 1] if cut else ""


def _org_headed(ctx, head: str, pos: int) -> str | None:
    """The organisation of the article whose name has `head` as its head noun, the one
    mentioned last before `pos`."""
    best = max(((s, o["name"]) for o in ctx.doc._.orgs or () if len(o["name"].split()) > 1
                and head_word(o["name"]) == head for s, _ in o["mentions"] if s < pos), default=None)
    return best[1] if best else None


def _referring_head(speaker: str) -> str:
    """The noun a definite or possessive reference to a body is written with: "the union",
    "their union" -> "union"; any other phrase lower-cased, "the " removed."""
    words = speaker.lower().split()
    if len(words) == 2 and words[0] in OWNER_WORDS | {"the"}:
        return words[1]
    return speaker.lower().removeprefix("the ")


def _org_of_kind(ctx, head: str, pos: int) -> str | None:
    """"the union said": the organisation of the kind the noun names (the one mentioned last
    before `pos`, else the only one); with none of that kind listed and the kind one the kind
    model may not know (UNSEEN_KINDS), the one body it left unclassified that has members."""
    org = resolve_org_reference(ctx.doc, head, pos)
    if org is not None:
        return org["name"]
    kind = ORG_REFERENCES.get(head)
    orgs = ctx.doc._.orgs or ()
    if kind not in UNSEEN_KINDS or any(o["kind"] == kind for o in orgs):
        return None
    bodies = [o["name"] for o in orgs if o["kind"] == UNCLASSIFIED_KIND and any(_has_members(ctx, s, e) for s, e in o["mentions"])]
    return bodies[0] if len(bodies) == 1 else None


def _has_members(ctx, start: int, end: int) -> bool:
    """The mention at start..end is written as a body with members: the object of "of" after
    "members" ("Members of the X Alliance (XA) voted ..."), or the subject of a relative
    clause on "represent" ("X, which represents most of the cleaners")."""
    tokens = tokens_in(ctx.doc, start, end)
    if not tokens:
        return False
    inside = {x.i for x in tokens}
    root = next((x for x in tokens if x.head.i not in inside or x.head.i == x.i), tokens[-1])
    of = root.head
    if root.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_ in MEMBERS_LEMMAS:
        return True
    return any(c.dep_ == "relcl" and c.lemma_ in REPRESENTS_LEMMAS for c in root.children)


def _org_speaking(ctx, q) -> str | None:
    """An organisation noun with no organisation of that name: the organisation that spoke
    last, when it spoke within SPEAKING_ORG_PARAGRAPHS paragraphs before the quote."""
    if q.who.speaker is not None and q.who.how != "phrase" or not ctx.history:
        return None
    pos, who = ctx.history[-1]
    near = ctx.paragraphs[max(0, q.para - SPEAKING_ORG_PARAGRAPHS)][0]
    return who.speaker if who.speaker and who.speaker == who.speaker_org and near <= pos < q.start else None


def _org_described(ctx, speaker: str) -> str | None:
    """"the diocesan board" -> "Ravensmoor Diocesan Board of Education", "the county's parent
    carer forum" -> "Holderwick Parent Carer Forum": a description in lower case (after an
    owner's possessive) of two or more words, ending in an organisation's head noun, that
    the name of one organisation in the article holds word for word."""
    words = speaker.split()
    while words and (words[0].lower() in {"the", "a", "an"} or words[0].endswith(("'s", "’s"))):
        words = words[1:]
    if len(words) < DESCRIBED_MIN_WORDS or any(not w.islower() for w in words) or words[-1] not in GENERIC_ORG_HEADS | BODY_HEADS:
        return None
    wanted = f" {' '.join(words)} "
    hits = {o["name"] for o in ctx.doc._.orgs or () if wanted in f" {o['name'].lower()} "}
    return next(iter(hits)) if len(hits) == 1 else None


def _body(ctx) -> str:
    """The article's text with its headline (written in Title Case) blanked, offsets kept."""
    if not ctx.headline or len(ctx.paragraphs) < 2:
        return ctx.text
    start = ctx.paragraphs[1][0]
    return " " * start + ctx.text[start:]


def spokesperson_org_in_full(text: str, speaker: str, org: str | None, pos: int) -> str | None:
    """The organisation a spokesperson phrase speaks for, in full: "council spokesperson"
    -> the council nearest before; "Thermacore spokesperson" -> the one name starting
    "Thermacore"; a known organisation ("Copperline") -> its longest written form."""
    words = speaker.split()
    spokes = next((k for k, w in enumerate(words) if w.lower() in SPOKES_NOUNS), None)
    if spokes is None:
        return org
    before = [w for w in words[:spokes] if w.lower() not in {"a", "an", "the"}]
    if len(before) == 1 and before[0].lower() in GENERIC_ORG_HEADS:
        return named_with_head(text, before[0].lower(), pos) or org
    if org:
        # (not a news-in-brief heading the entity took in: "GOVERNORS WANTED Northmoor County Council")
        return longest_form(text, " ".join(_without_heading(org.split())))
    if before and all(re.fullmatch(_WORD, w) for w in before):
        return _only_name_starting(text, " ".join(before))
    name = named_after_for(speaker)
    return longest_form(text, name) if name else None


def named_after_for(speaker: str) -> str | None:
    """"spokesperson for Harlow Fibre" where the entity model listed no such organisation:
    the capitalised name written after "for" in a spokesperson phrase, as written; not a
    lower-case description ("for the families") nor a lone capitalised word that could be a
    place. (Also read where the attribution finds the spokesperson: nominals.named_for.)"""
    words = speaker.split()
    spokes = next((k for k, w in enumerate(words) if w.lower() in SPOKES_NOUNS), None)
    if spokes is None or spokes + 1 >= len(words) or words[spokes + 1].lower() != "for":
        return None
    name = words[spokes + 2:]
    if name and name[0].lower() == "the":
        name = name[1:]
    joined = " ".join(name)
    if len(name) < SPOKES_NAME_MIN_WORDS or not re.fullmatch(rf"{_WORD}(?:\s+(?:{_JOINERS}\s+)?{_WORD})*", joined):
        return None
    return joined


def named_with_head(text: str, head: str, pos: int) -> str | None:
    """The organisation written in full with `head` as its head noun ("Westmarch Council"
    for "council", "Hollinsby Federation of Independent Retailers" for "federation") nearest
    before `pos`; with none before it, the first after."""
    # (its name may go on after the head noun: "Hollinsby Federation of Independent Retailers")
    pattern = re.compile(rf"\b{_WORD}(?:\s+(?:{_JOINERS}\s+)?{_WORD}){{0,{NAME_MAX_WORDS}}}\s+{head.capitalize()}\b"
                         rf"(?:\s+(?:of|for)\s+{_WORD}(?:\s+(?:and\s+|&\s+)?{_WORD}){{0,{NAME_MAX_WORDS}}})?")
    names = []
    for m in pattern.finditer(text):
        name = _without_opening(m.group(0))
        if len(name.split()) > 1:
            names.append((m.start(), name))
    earlier = [n for at, n in names if at < pos]
    later = [n for at, n in names if at >= pos]
    if earlier:
        return earlier[-1]
    return later[0] if later else None


def longest_form(text: str, name: str) -> str:
    """`name` extended, at any mention, by the capitalised words written right before it,
    a plural's apostrophe and noun after it and a company's tail; the longest such form."""
    best = name
    for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        left = _words_before(text, m.start(), name)
        right = _tail_after(text, m.end(), name)
        form = (left + " " if left else "") + name + right
        if len(form) > len(best):
            best = form
    return best


def _words_before(text: str, at: int, name: str) -> str:
    """The capitalised words of a name written right before `at`: none opening a phrase, no
    one's possessive, no role or title leading them ("Headteacher Bronwen Hale"); a word
    that opens its sentence only when the article writes it with its capital inside a
    sentence too, writes the longer name again or never writes the shorter one alone
    ("Developer Clyst Homes said ... Clyst Homes" is the developer; "Ravenshaw Parent
    Carer Forum said" after "Ravenshaw College" a name)."""
    line_start = text.rfind("\n", 0, at) + 1
    kept: list[str] = []
    for m in reversed(list(re.finditer(r"\S+", text[line_start:at]))):
        w = m.group(0)
        if not re.fullmatch(_WORD, w) or w in NOT_NAME_WORDS or len(kept) >= NAME_MAX_WORDS or w.endswith(("'s", "’s")):
            break
        if _opens_sentence(text, line_start + m.start()) and not _inside_sentence(text, w) \
                and text.count(" ".join([w, *kept, name])) < 2 and text.count(name) > 1:
            break
        kept.insert(0, w)
    kept = _without_heading(kept + [name])[:-1]
    while kept and (kept[0].lower() in ROLE_WORDS or kept[0].lower() in TITLES):
        kept = kept[1:]
    return " ".join(kept)


def _opens_sentence(text: str, at: int) -> bool:
    """The word at `at` opens its paragraph, its sentence or a quotation."""
    window = text[max(0, at - OPENING_LOOKBACK):at]
    lead = window.rstrip()
    return not lead or "\n" in window[len(lead):] or lead[-1] in SENTENCE_OPENERS


def _inside_sentence(text: str, word: str) -> bool:
    """`word` written with its capital somewhere not opening a sentence (a proper noun)."""
    return any(not _opens_sentence(text, m.start()) for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text))


def _tail_after(text: str, at: int, name: str) -> str:
    """ "' Network" after a plural ("Parents' Network"), then legal or trade tails ("IT Ltd")."""
    out = ""
    plural = re.match(rf"[’']\s+({_WORD})", text[at:]) if name.endswith("s") else None
    if plural and plural.group(1) not in NOT_NAME_WORDS:
        out = text[at:at + plural.end()]
        at += plural.end()
    for m in re.finditer(r"\s+(\S+)", text[at:at + TAIL_MAX_CHARS]):
        # ("ServeWell FM, which ...", "Rovers FC's pitch": the comma or possessive ends the name)
        word = re.sub(r"[’']s$", "", m.group(1)).rstrip(",;:).")
        if word not in COMPANY_TAILS:
            break
        out += " " + word
        if word != m.group(1):
            break
    return out


def _only_name_starting(text: str, start: str) -> str | None:
    """The one longer capitalised name the article writes starting with `start`."""
    found = set()
    for m in re.finditer(rf"(?<![\w-]){re.escape(start)}(?:\s+{_WORD})+", text):
        words = m.group(0).split()
        while len(words) > len(start.split()) and words[-1] in NOT_NAME_WORDS:
            words = words[:-1]
        if len(words) > len(start.split()):
            found.add(" ".join(words))
    longest = max(found, key=len, default=None)
    # (the one name, written whole or cut: "Castellan People Solutions" and "... Ltd")
    return longest if all(longest.startswith(f) for f in found) else None


def _without_opening(name: str) -> str:
    """A matched name without the capitalised words that open its sentence ("The", "In") or
    a news-in-brief heading in capitals before it ("BUS CHANGE North Ardley Council")."""
    words = _without_heading(name.split())
    while words and words[0] in NOT_NAME_WORDS:
        words = words[1:]
    return " ".join(words)


def _without_heading(words: list[str]) -> list[str]:
    """Words without a leading run of at least HEADING_MIN_WORDS words in capitals that the
    name's own words follow: a heading, not acronyms of the name ("NHS Trust" keeps its)."""
    k = 0
    while k < len(words) and words[k].isupper() and len(words[k]) > 1:
        k += 1
    return words[k:] if HEADING_MIN_WORDS <= k < len(words) else words
