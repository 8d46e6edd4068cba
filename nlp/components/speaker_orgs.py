"""`newswatch_speaker_orgs`: the organisation of a quote's speaker, where the article says it
and the earlier components did not find it. Runs after `newswatch_quotes`.

For a named speaker (doc._.people) with no organisation, each mention is read for:
- a short form of an organisation named in the article before the role words:
  "Brightledger managing director Simon Pask", "Orwell Estuary chief executive Nicola
  Grant", "Greenplate Catering's operations director, Martin Hale";
- a role "of" an organisation, or the organisation's role, in the phrase around the name:
  "Chief executive of the partnership, Dr Ruth Ellingham" (the partnership the article
  names), "Ruth Ellingham, chair of the Rural Schools Alliance";
- a role that only exists at one sort of body: "Parent governor Mrs Joanne Lister" works
  at the school the article is about, "Club chairman Derek Nuttall" at its club;
- a trust's executive role with no organisation ("Chief executive Jo Ward"): the trust;
- a clause after the name that ties the person to one: "Jo Ward, who chairs the Y,",
  "a member of the campaign group Y", "speaking for Y" (not "whose son is at Y School");
- a campaign's officer or a club's: the group or club the article writes (speaker_org_campaigns.py);
- another mention of the same person that gives an organisation (already merged by
  `newswatch_people`) or another of their quotes that has one;
- "Its managing director, X", "At Y Primary, business manager X", "X, who chairs the
  federation's board,", "X had led Y Academy since 2019", "X, who runs the junior school,"
  (speaker_org_clauses.py);
- a role that belongs to one sort of body, the body of that kind the article names:
  councillors their council, union officials their union, "Managing director X" the company,
  an employment judge the tribunal, a judge the court, the chair of the bench the
  magistrates' court, an inspector the inspectorate (speaker_org_roles.py);
- a trust's executive ("Chief financial officer X") the trust;
- the employer a clause after the name gives ("who is employed by Y"), the party a lawyer
  acts for ("Representing the trust, barrister X") (speaker_org_clauses.py).
A teacher who is also the union's rep ("NEU rep and English teacher X") speaks for the union
(speaker_org_roles.py); a body quoted by its own name ("Greyfield Coaches said") for itself.
A cut name becomes the article's full one ("Clearview" -> Clearview Site Services Ltd, "St
Aidan" -> St Aidan's CE Primary, "Swiftline" -> the "Swiftline Taxis" the text writes), a
gazetteer's name the article never writes its own form ("NEU" where the text says only that)
and "Ltd." loses a sentence's full stop (speaker_org_names.py).
A body the role phrase names in full that the organisation list lacks ("secretary of Y
Allotment Society", "who chairs the Friends of Y", "who owns Y", "Y Chamber of Trade chair X",
"Festival chair X" for the one fuller name the text writes) (speaker_org_unlisted.py); a
director whose role names no body, in a sentence about "the council", the council
(speaker_org_roles.officer_council).
"Head cook X" is no school's head (`school_posts`); an opposition post is a council's
(speaker_org_roles.py); a short form the text defines in brackets is given in full, a court
with its town (speaker_org_names.py).
No organisation for an MP, a pupil's school, a resident's place or the workplace that
dismissed the person (speaker_org_nobody.py), nor
from a clause about the person's children or about what they said (speaker_org_clauses.py).
A councillor filed under their party, or under a school or trust (a ward read as the start of a
school's name), gets their council (else none: a party is no body they speak for); a
speaker_org that is the speaker's own name is dropped; a quoted speaker the people component
did not list is read the same way.
A bare chair ("Chair X", "the outgoing chair, X") in an article about a school's governors speaks
for the school (speaker_org_governors.py); "Trust chair X" for the trust.
("Inspectors" speak for the inspectorate the article names: quoting/speakers.py.)
The person's `org` and the speaker_org of their quotes are filled; nothing else set is changed.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from nlp.components.lexicon import ORG_REFERENCES, OWNED_BODIES, POSSESSIVE_S
from nlp.components.orgs import resolve_org_reference
from nlp.components.speaker_org_campaigns import group_of
from nlp.components.speaker_org_clauses import (acting_for_org, employer_org,
                                                   its_org, place_org, tied_org, who_clause_org)
from nlp.components.speaker_org_nobody import (NOT_STAFF, dismissed, is_member_of_parliament, names_mp,
                                              parents_school, place_not_body, placed_workers_school,
                                              pupils_school, unnamed_member)
from nlp.components.speaker_org_mentions import (ROLEISH, kind_of, name_mentions, named_person, phrase_after,
                                                 phrase_before, role_phrases, role_words, signed_org)
from nlp.components.speaker_org_names import (as_written, full_name, is_own_name, names_body, names_person,
                                              without_stop)
from nlp.components.speaker_org_events import event_of
from nlp.components.speaker_org_governors import governors_chair
from nlp.components.speaker_org_posts import left_post, new_post, succeeded_org
from nlp.components.speaker_org_firms import named_firm, names_unknown_body, only_firm
from nlp.components.speaker_org_unlisted import leading_body, name_run, unlisted_body
from nlp.components.speaker_org_roles import (NOT_COUNCILLORS, TRUST_ROLE_PAIRS, body_for_role, body_of_kind,
                                                chaired_body, councillor_mention, crossing_council, is_company_role,
                                                is_party, officer_council, trust_of_executive, union_post)

_SCHOOL_ROLES = {"headteacher", "headmaster", "headmistress", "principal", "teacher", "governor", "governors",
                 "pupil", "pupils", "senco", "caretaker", "head", "teaching"}
_HEAD = "head"
_LEAD = "lead"
# A body's noun before "lead" makes the lead that body's ("Campaign lead X", "Council lead X"), not a school's.
_NOT_LEAD_AREAS = set(ORG_REFERENCES) | {"campaign", "group", "team", "project", "member", "club", "committee",
                                         "partnership", "network", "forum"}
_NOT_POSTS = {"ADP", "CCONJ", "DET", "PRON"}  # "head of maths", "head and chair": the head's post
_CLUB_ROLES = {"striker", "midfielder", "goalkeeper", "defender", "winger", "captain", "skipper", "manager",
               "coach", "chairman", "player"}
_CLUB_WORDS = {"club", "fc", "afc", "town", "united", "rovers", "city", "athletic", "albion", "wanderers", "rangers"}
# A body's noun in a person's role ("Committee member", "Club chairman", "Society secretary",
# "Trust chair"): the body of that noun the article names.
_ROLE_BODIES = {"committee", "club", "alliance", "partnership", "board", "panel", "forum", "campaign", "society",
                "network", "hub", "trust"}
_LINKS = {"ADP", "CCONJ"}  # words that join a role phrase to the sentence before it: "to", "and"
# Roles held at an academy trust ("Chief executive Jo Ward", "Jo Ward, chair of trustees"):
# with no organisation stated, the trust the article is about.
_TRUST_ROLES = {"trustees", "trustee", "ceo", "cfo", "coo"}


def _org_starting(doc: Doc, words: list[str]) -> dict | None:
    """The one organisation in the article whose name is or starts with these words."""
    if not words:
        return None
    prefix = " ".join(words).lower()
    starts = (prefix + " ", prefix + "'s ", prefix + "’s ")
    longer = [o for o in doc._.orgs or () if o["name"].lower().startswith(starts)]
    if longer:  # "Clearview" for Clearview Site Services Ltd (also when "Clearview" is listed apart)
        return longer[0] if len(longer) == 1 else None
    exact = [o for o in doc._.orgs or () if o["name"].lower() == prefix]
    return exact[0] if len(exact) == 1 else None


def _org_ending(doc: Doc, noun: str, before_char: int) -> dict | None:
    """"the partnership", "the alliance", "the club": the organisation of that kind the
    article names (a generic reference resolved by kind, else by the last word of the name)."""
    ref = resolve_org_reference(doc, noun, before_char)
    if ref is not None:
        return ref
    words = {noun} | (_CLUB_WORDS if noun == "club" else set())
    # a lone "Town" or "Club" is not the club's name
    cands = [o for o in doc._.orgs or () if len(o["name"].split()) > 1 and o["name"].lower().split()[-1] in words]
    earlier = [o for o in cands if any(s < before_char for s, _ in o["mentions"])]
    pool = earlier or cands
    names = {o["name"] for o in pool}
    return pool[-1] if len(names) == 1 else None


def org_from_phrase(doc: Doc, phrase: list[Token], name_char: int, leading: bool) -> dict | None:
    if not phrase:
        return None
    lowers = [t.lower_ for t in phrase]
    unlisted = None  # "secretary of Kelmscott Bowls Club": a body the list lacks, if no listed one follows
    # "... of the partnership", "... at the club", "of the Rural Schools Alliance"
    for k, w in enumerate(lowers):
        if w in {"of", "at", "for"} and k + 1 < len(phrase):
            rest = [t for t in phrase[k + 1:] if t.lower_ != "the"]
            if not rest:
                continue
            if all(t.is_title or t.is_upper for t in rest):
                hit = _org_starting(doc, [t.text for t in rest])
                if hit:
                    return hit
            if unlisted is None and (rest[0].is_title or rest[0].is_upper):
                unlisted = unlisted_body(doc, name_run(rest, 0))
            if len(rest) == 1 and rest[0].is_lower:
                hit = _org_ending(doc, rest[0].lower_, name_char)
                if hit:  # "chair of trustees" names no body: the role words below may
                    return hit
            if len(rest) == 2 and rest[0].is_lower and rest[1].lower_ in ORG_REFERENCES:
                # "chair of the parish council": the council with "Parish" in its name
                hit = body_of_kind(doc, ORG_REFERENCES[rest[1].lower_], name_char, rest[0].lower_)
                if hit:
                    return hit
    if unlisted:
        return unlisted
    if not leading and lowers[0] in {"a", "an"}:
        # "Pat, a Tidewell cleaner", "Nadia Farouk, a GMB regional organiser": the body first
        hit = _leading_org(doc, phrase[1:])
        if hit:
            return hit
    # "the trust's chief executive", "Greenplate Catering's operations director", "chair of
    # the union's Dunmore schools branch"
    for k, t in enumerate(phrase):
        if t.text in POSSESSIVE_S and k > 0:
            if set(lowers[k + 1:k + 3]) & OWNED_BODIES:
                return None  # "the council's IT supplier, Corvane Digital": not the council
            # "(a letter) to the trust's HR director", "and the trust's HR director": after the link
            ties = [j for j in range(k) if lowers[j] in {"of", "at", "for"} or phrase[j].pos_ in _LINKS]
            owner = [x for x in phrase[ties[-1] + 1 if ties else 0:k] if x.lower_ != "the"]
            if len(owner) == 1 and owner[0].is_lower:
                return _org_ending(doc, owner[0].lower_, name_char)
            if owner and all(x.is_title or x.is_upper for x in owner):
                hit = _org_starting(doc, [x.text for x in owner])
                if hit:
                    return hit
            # "vicar of St Oswald's and chair of the school's governing body": the next one
    if leading:
        hit = _leading_org(doc, phrase)
        if hit:
            return hit
    roles = set(lowers)
    if roles & NOT_STAFF and not roles & {"governor", "governors"}:
        return None  # "a Year 10 pupil", "a parent of two": no employer (a parent governor: the school)
    if school_posts(phrase) or ("business", "manager") in zip(lowers, lowers[1:]):
        # "(School) business manager X": a school's post
        return body_of_kind(doc, "school", name_char)
    if roles & _TRUST_ROLES or any(pair <= roles for pair in TRUST_ROLE_PAIRS):
        return body_of_kind(doc, "academy_trust", name_char)  # "Chief executive Jo Ward": the trust
    if roles & _CLUB_ROLES and (roles & {"club"} or roles & (_CLUB_ROLES - {"chairman", "manager"})):
        return _org_ending(doc, "club", name_char)
    return None


def school_posts(phrase: list[Token]) -> set[str]:
    """The school posts a role phrase names ("PE lead X" a subject's lead); not "head" before
    another post's noun ("Head cook X", "head groundsman X": the head of the kitchen, not of
    the school)."""
    found = {t.lower_ for t in phrase} & _SCHOOL_ROLES
    if len(phrase) > 1 and phrase[-1].lower_ == _LEAD and phrase[-2].lower_ not in _NOT_LEAD_AREAS:
        found.add(_LEAD)  # "PE lead X", "careers lead X": a subject's or area's lead (the gold: 10 of 11 a school)
    heads = [k for k, t in enumerate(phrase) if t.lower_ == _HEAD]
    if heads and all(k + 1 < len(phrase) and phrase[k + 1].is_alpha and phrase[k + 1].pos_ not in _NOT_POSTS
                     and phrase[k + 1].lower_ not in _SCHOOL_ROLES for k in heads):
        found.discard(_HEAD)
    return found


def _leading_org(doc: Doc, phrase: list[Token]) -> dict | None:
    """"Orwell Estuary chief executive", "the same Silverline passenger assistant": the
    organisation whose name the capitalised words before the role start. Not before a
    parent's or resident's "role" ("Dunmore parent": the town, not its council)."""
    k = 0
    while k < len(phrase) and phrase[k].lower_ in {"the", "same"}:
        k += 1
    head = []
    for t in phrase[k:]:
        if t.text in POSSESSIVE_S:
            break
        if not (t.is_title or t.is_upper) or t.lower_ in ROLEISH and head:
            break
        head.append(t)
    rest = phrase[k + len(head):]
    if not head or not rest or head[0].lower_ in ROLEISH or any(t.lower_ in NOT_STAFF for t in rest):
        return None
    # "Hollinbury Chamber of Trade chair", "Festival chair": a body the list lacks
    return _org_starting(doc, [t.text for t in head]) or leading_body(doc, phrase)


class SpeakerOrgs:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def person_org(self, doc: Doc, person: dict) -> str | None:
        first = person["mentions"][0][0] if person["mentions"] else 0
        for word in (person.get("role") or "").lower().split():
            # "Committee member", "Club chairman": the committee or club the article names
            if word in _ROLE_BODIES:
                hit = _org_ending(doc, word, first)
                if hit:
                    return hit["name"]
        return (self.org_at_mentions(doc, person["mentions"], role_words(person))
                or event_of(doc, role_words(person), person["mentions"])  # "Head judge X": the awards named
                or governors_chair(doc, person["mentions"], role_words(person)))  # "Chair X": the governors' school

    def org_at_mentions(self, doc: Doc, mentions, role_words: list[str]) -> str | None:
        """The organisation the phrases around these mentions of a person give."""
        for start_char, end_char in mentions:
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            if span is None:
                continue
            before, after = phrase_before(doc, span.start), phrase_after(doc, span.end)
            if names_mp(before + after):
                continue  # "the Labour MP for Y", "Y's MP, X": a constituency, not a body they speak for
            moving, body = new_post(doc, span)
            if body:
                return body["name"]  # "Y has named X its chief executive", "X, currently at W, will join Y"
            if moving:
                continue  # "X, currently head of W, will take up the post": W is the post X leaves
            hit = signed_org(doc, span)
            if hit:
                return hit["name"]  # "X, branch secretary, Unison:"
            hit = employer_org(doc, span, _org_ending) or acting_for_org(doc, span, _org_ending)
            if hit:
                return hit["name"]
            for phrase, leading in ((before, True), (after, False)):
                hit = org_from_phrase(doc, phrase, start_char, leading)
                if hit:
                    return hit["name"]
            hit = (tied_org(doc, span) or who_clause_org(doc, span, _org_ending) or its_org(doc, before)
                   or place_org(doc, before) or succeeded_org(doc, span) or crossing_council(doc, span)
                   or officer_council(doc, span))
            if hit:
                return hit["name"]
            # "Tarnway Coaches managing director X": a firm the article names but the list lacks
            phrases = role_phrases(doc, span, role_words)
            hit = body_for_role(doc, phrases, start_char, any_company=not names_unknown_body(before))
            if hit:
                return hit["name"]
            # a firm the organisation list lacks: "Nexora Digital's managing director", "Owner X"
            firm = named_firm(doc, [before, after]) or (any(is_company_role(w) for w in phrases) and only_firm(doc))
            if firm:
                return firm
        return group_of(doc, mentions, role_words)  # "Campaign organiser X", "Club chairman X"

    def __call__(self, doc: Doc) -> Doc:
        people = doc._.people or []
        quotes = [dict(q) for q in doc._.quotes or ()]
        by_person: dict[int, str] = {}
        unions: dict[int, str | None] = {}  # the union whose post each person holds, once read
        for q in quotes:
            self.leave_old_post(doc, q, people)
        for q in quotes:
            if q.get("person") is not None and q.get("speaker_org") and not is_party(q["speaker_org"]):
                by_person.setdefault(q["person"], q["speaker_org"])
        for q in quotes:
            k = q.get("person")
            person = people[k] if k is not None and 0 <= k < len(people) else None
            name = person["name"] if person else q.get("speaker")
            if is_own_name(doc, q.get("speaker_org"), name, person is not None):
                q["speaker_org"] = None  # "Anjali", the speaker's own first name: no organisation
                if person is not None and person["org"] and names_person(person["org"], person["name"]):
                    person["org"] = None
            if not q.get("speaker_org") and names_body(q.get("speaker")):
                q["speaker_org"] = q["speaker"]  # "Greyfield Coaches said": the firm speaks for itself
            if person is not None and is_member_of_parliament(person):
                q["speaker_org"] = person["org"] = None  # "the Labour MP for Y": no organisation
                continue
            if not q.get("speaker_org") and person is not None:
                org = (person["org"] or by_person.get(k) or self.person_org(doc, person)
                       or self.speaker_org(doc, q, person))
                if org:
                    person["org"] = person["org"] or org
                    q["speaker_org"] = org
            elif not q.get("speaker_org") and named_person(doc, q.get("speaker") or ""):
                # a speaker the people component did not list: read the phrases around the name
                q["speaker_org"] = self.org_at_mentions(doc, name_mentions(doc, q["speaker"]), [])
            if person is not None and kind_of(doc, q.get("speaker_org")) != "union":
                # "NEU rep and English teacher X": the union, not the school
                if k not in unions:
                    unions[k] = self.union_of(doc, person)
                q["speaker_org"] = unions[k] or q.get("speaker_org")
            if is_party(q.get("speaker_org")) and q["speaker_org"] != q.get("speaker"):
                # their council; a party (or "Cabinet") is no body they speak for (the UK sets never give one)
                who = person or {"mentions": name_mentions(doc, q.get("speaker") or "")}
                q["speaker_org"] = self.councillor_council(doc, who)
            if q.get("speaker_org") and q["speaker_org"] != q.get("speaker") \
                    and not place_not_body(doc, q["speaker_org"]):
                # not a body's own name as speaker, nor a place ("X, of Asterby": not Asterby Parish Council)
                q["speaker_org"] = full_name(doc, q["speaker_org"])
            if q.get("speaker_org") and q["speaker_org"] != q.get("speaker"):
                q["speaker_org"] = as_written(doc, q["speaker_org"])  # "NEU" where the text says only that
            if q.get("speaker_org"):
                q["speaker_org"] = without_stop(q["speaker_org"])
            if person is not None and kind_of(doc, q.get("speaker_org")) in NOT_COUNCILLORS \
                    and councillor_mention(doc, person) is not None:
                q["speaker_org"] = self.councillor_council(doc, person)  # "Cllr X (Lab, Y)": not Y Primary School
            org = q.get("speaker_org")
            if person is not None and (pupils_school(doc, person, org) or parents_school(doc, person, org)
                                       or placed_workers_school(doc, person, org) or dismissed(doc, person, org)):
                q["speaker_org"] = None  # "Year 8 pupil X", "X was sacked by Y": not a body they speak for
            chaired = chaired_body(doc, person, q.get("speaker_org"), _org_ending) if person is not None else None
            q["speaker_org"] = chaired["name"] if chaired else q.get("speaker_org")  # "Forum chair X, head of Y"
            if person is not None and person["mentions"]:
                trust = trust_of_executive(doc, role_words(person), q.get("speaker_org"),
                                           person["mentions"][0][0])
                q["speaker_org"] = trust["name"] if trust else q.get("speaker_org")  # "Its chief executive"
            if person is None and unnamed_member(q.get("speaker")):
                q["speaker_org"] = None  # "One teacher at X School": speaks for themself
            if place_not_body(doc, q.get("speaker_org")) and q.get("speaker_org") != q.get("speaker"):
                q["speaker_org"] = None  # "Norton resident X": a place
        doc._.quotes = quotes
        return doc

    def leave_old_post(self, doc: Doc, quote: dict, people: list[dict]) -> None:
        """"X, currently head of W, will join Y": Y (or none said), not W."""
        k = quote.get("person")
        if not quote.get("speaker_org") or k is None or not 0 <= k < len(people):
            return
        left, body = left_post(doc, people[k]["mentions"], quote["speaker_org"])
        if left:
            quote["speaker_org"] = body["name"] if body else None
            people[k]["org"] = quote["speaker_org"]

    def union_of(self, doc: Doc, person: dict) -> str | None:
        """The union whose post a sentence naming the person gives them, if any."""
        for start_char, end_char in person["mentions"]:
            span = doc.char_span(start_char, end_char, alignment_mode="expand")
            hit = union_post(doc, span) if span is not None else None
            if hit:
                return hit["name"]
        return None

    def speaker_org(self, doc: Doc, quote: dict, person: dict) -> str | None:
        """A speaker named in full where the people component kept a shorter name
        ("Felicity Hargreaves-Moore" listed as "Hargreaves-Moore"): the full name's mentions."""
        speaker = quote.get("speaker") or ""
        if speaker == person["name"] or not named_person(doc, speaker):
            return None
        return self.org_at_mentions(doc, name_mentions(doc, speaker), role_words(person))

    def councillor_council(self, doc: Doc, person: dict) -> str | None:
        """A councillor filed under their party ("Labour councillor X") or a school: their council."""
        found = councillor_mention(doc, person)
        if found is None:
            return None
        start_char, phrases = found
        hit = body_for_role(doc, phrases, start_char)
        return hit["name"] if hit and not is_party(hit["name"]) else None


@Language.factory("newswatch_speaker_orgs")
def make_speaker_orgs(nlp: Language, name: str) -> SpeakerOrgs:
    return SpeakerOrgs(nlp, name)
