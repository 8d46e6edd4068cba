"""What the text says a trust-shaped name is NOT, for `newswatch_orgs` (nlp/components/orgs.py):

- `denied_academy_trust`: the article says in so many words that the body is not an
  academy trust: "The federation is not an academy trust", "X Federation ... so it isn't
  an academy trust", "X Partnership, which is not a multi-academy trust";
- `not_a_trust`: the kind such a name gets instead; a plain "... Trust" that an appositive
  calls a charity of another sort ("X Trust, the town's homelessness charity"), or a body
  said to give grants or bursaries, is "other";
- `maintained_group`: an appositive or a predicate calling it a group of council-maintained
  schools: "X Schools Partnership, a group of council-maintained schools that buy services
  jointly", "X Partnership is made up of 11 maintained primaries"; and a later "The
  federation, a partnership of two maintained schools" (`the_federation_maintained`);
- `cut_before_unit`: a name the model cut out of a longer one ending in a service or unit
  word ("X Schools" of "X Schools HR Service"), or out of a title running on to an
  academic year ("Exclusions in X Schools 2023/24"), or out of a service's name ending in a
  service word ("X Schools ICT will ..."; `cut_before_service`): a fragment, never a trust;
- a charity of another sort: one the text calls a charity, names after "charity", or says
  was set up in memory of someone (org_charities.py);
- `founded_before_academies`: a body the text says was founded before academies existed
  ("X Trust, established in 1952, ...");
- `said_unconnected`: a body the text says another is "not connected with", whose name's
  first words are then no short form of it (org_short_forms.py).

They only reopen a kind read from the shape of a name ("... Federation", "... Schools
Partnership"); a name saying "Academy Trust" keeps its kind.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from nlp.components.doc_text import doc_text
from nlp.components.org_context import after_short_form
from nlp.components.org_charities import (CHARITY, RUNS_SCHOOLS, charity_head, charity_named_before,
                                          charity_of_another_sort, memorial_charity)
from nlp.components.org_evidence import evidenced_as_trust, noun_before
from nlp.components.org_kinds import name_says_kind, says_academy_trust

# the head word of a longer name the model cut short: "X Schools HR Service", "X Trust Catering Unit"
_UNIT_HEADS = frozenset({"service", "services", "unit", "forum", "department", "team", "hub",
                         "panel", "committee", "helpline", "desk", "directorate"})

# "is not an academy trust", "isn't a multi-academy trust", "was never an academy trust",
# "has never been an academy trust"
_DENIAL = re.compile(r"\b((is|was|are|were) (not|n't|never)|(has|have|had) (not|n't|never) been) (an? |one )?(single - |single-|multi - |multi-)?"
                     r"(academy|academies) (trust|chain)s?\b"
                     # "Despite its name, it does not run any schools"
                     r"|\b(does|do|did) (not|n't) (run|own|operate) (any )?(schools|academies)\b"
                     # "It is a voluntary network of 30 council - maintained primaries", "It is in
                     # fact a federation of two maintained schools"
                     r"|\b(is|was) ((in fact|actually|really|simply|only|still) )?(a|an) ([\w'’-]+ ){0,3}"
                     r"(group|network|cluster|collaboration|consortium|federation|partnership) of "
                     r"(?!([\w'’-]+ ){0,5}academ)([\w'’-]+ ){0,5}maintained\b")
_SUBJECT = re.compile(r"\b(it|that|this|the (\w+)|its governors) (\w+ ){0,2}$")
_GROUP_OF_MAINTAINED = re.compile(
    r"^([,(—–-] |is |, which is )((a|an|the) ([\w'’-]+ ){0,3}(group|network|federation|partnership|cluster|"
    r"collection|family|collaboration|consortium) of|made up of|formed of|formed by) ([\w'’-]+ ){0,5}maintained\b")


def denied_academy_trust(doc: Doc, mentions: list[tuple[int, int]], name: str) -> bool:
    """Whether a sentence denies that the body named at `mentions` (token ranges) is an
    academy trust. The denial's subject is the body when it is the latest name before the
    denial written as the name itself in that sentence, as "the <last word of the name>"
    ("the federation": the latest name ending so), or as "it"/"that" in the sentence of a
    mention or the one after it."""
    if not mentions:
        return False
    head = name.split()[-1].lower() if name.split() else ""
    first = min(s for s, _ in mentions)
    sents = list(doc.sents)
    mention_sents = {i for i, s in enumerate(sents) for m, _ in mentions if s.start <= m < s.end}
    orgs = [e for e in doc.ents if e.label_ == "ORG"]
    # "The partnership is a voluntary network ... It is not an academy trust": a sentence
    # opening with "the <last word of the name>" speaks of the latest body so named
    mention_sents |= {i for i, s in enumerate(sents) if s.start > first and _opens_with_head(s, head)
                      and _latest_with_head(orgs, s.start, head) == name}
    for i, sent in enumerate(sents):
        if sent.end <= first:
            continue
        toks = [t for t in sent if not t.is_space]
        low = " ".join(t.lower_ for t in toks)
        for hit in _DENIAL.finditer(low):
            if "multi" in hit.group(0) and "single" in low:
                continue  # "not a multi-academy trust but a single-academy trust": still a trust
            before = low[:hit.start()]
            at = toks[before.count(" ")].i if before.count(" ") < len(toks) else sent.end
            latest = [e for e in orgs if e.start < at]
            if name.lower() in before:
                if latest and latest[-1].kb_id_ == name and latest[-1].start >= sent.start:
                    return True  # "X Federation, which is not an academy trust"
                continue
            # "The federation, which shares one governing body, is not ...": past the clause
            subj = _SUBJECT.search(re.sub(r", (which|who|whose) [^,]+ , $", "", before))
            if subj is None:
                continue
            if subj.group(2) is not None:
                same_head = [e for e in latest if e.kb_id_.lower().split()[-1:] == [subj.group(2)]]
                if subj.group(2) == head and same_head and same_head[-1].kb_id_ == name:
                    return True  # "The federation is not an academy trust"
                continue
            if (i in mention_sents or i - 1 in mention_sents) and latest and latest[-1].kb_id_ == name:
                return True  # "... so it isn't an academy trust"
    return False


def _opens_with_head(sent, head: str) -> bool:
    words = [t.lower_ for t in sent[:3] if not t.is_space and t.text not in {'"', "“", "‘"}]
    return words[:2] == ["the", head]


def _latest_with_head(orgs, before: int, head: str) -> str | None:
    """The canonical name of the latest organisation before token `before` whose name ends in `head`."""
    named = [e.kb_id_ for e in orgs if e.start < before and e.kb_id_.lower().split()[-1:] == [head]]
    return named[-1] if named else None


def maintained_group(doc: Doc, end: int) -> bool:
    """"X, a group of council-maintained schools ...": the words after a mention ending at
    token `end` call it a group of maintained schools."""
    # the appositive's first 14 tokens: ", a group of council - maintained ..." with a few words
    # of description between (chosen from how the phrase is written, not tuned on a set)
    after = " ".join(t.lower_ for t in doc[end:min(len(doc), end + 14)] if not t.is_space)
    hit = _GROUP_OF_MAINTAINED.match(after)
    return hit is not None and "academ" not in hit.group(0)  # not "a group of academies and maintained schools"


_ACADEMIC_YEAR = re.compile(r"^(19|20)\d\d[/–-]\d\d$")


# a service the name of a council's traded unit ends in: "X Schools ICT", "X Schools Payroll"
_SERVICE_ACRONYMS = frozenset({"ICT", "IT", "HR"})
_SERVICE_WORDS = frozenset({"payroll", "catering", "admissions", "finance", "transport"})


def cut_before_service(doc: Doc, end: int) -> bool:
    """The name ending at token `end` runs straight on to a service word that ends the longer
    name ("X Schools ICT will continue ...", "known as X Schools Payroll, which ..."): what
    follows the service word is no noun ("X Schools HR director" is the body's own director)."""
    if end >= len(doc):
        return False
    word = doc[end]
    if not (word.text in _SERVICE_ACRONYMS or word.is_title and word.lower_ in _SERVICE_WORDS):
        return False
    if end + 1 >= len(doc):
        return True
    nxt = doc[end + 1]
    return not (nxt.is_alpha and (nxt.is_title or nxt.is_upper)) and nxt.pos_ not in {"NOUN", "PROPN"}


def cut_before_unit(doc: Doc, end: int) -> bool:
    """The name ending at token `end` runs on in capitals to a service or unit word: "X
    Schools HR Service", "X Trust Payroll Services Team" (up to three words between); or
    straight on to an academic year, as in a report's title ("Exclusions in X Schools
    2023/24")."""
    if end < len(doc) and _ACADEMIC_YEAR.match(doc[end].text):
        return True
    for t in doc[end:min(len(doc), end + 4)]:
        if t.lower_ in _UNIT_HEADS and (t.is_title or t.is_upper):
            return True
        if t.is_space or not (t.is_title or t.is_upper) or not t.is_alpha:
            return False
    return False


# "X gives bursaries to sixth formers", "X, which awards grants to ...", "the X Foundation, funds
# scholarships": a grant-giving charity
_GIVES_GRANTS = re.compile(r"^(, )?((which|that) )?((also|still|now) )?(gives|gave|awards|awarded|offers|makes|made|"
                           r"provides|funds) ([\w'’-]+ ){0,3}(grants|bursaries|scholarships|prizes)\b")


def gives_grants(doc: Doc, end: int) -> bool:
    """What follows the name ending at token `end`, or its predicate past an appositive ("X,
    founded by a mill owner, gives grants to ..."), says it gives grants or bursaries."""
    return any(_GIVES_GRANTS.match(" ".join(t.lower_ for t in doc[k:min(len(doc), k + 9)] if not t.is_space))
               for k in {end, _past_appositive(doc, end)})


# At most this many tokens in an appositive between a name and its verb.
_MAX_APPOSITIVE = 12


def _past_appositive(doc: Doc, end: int) -> int:
    """The token after an appositive set off by commas right after the name ending at token
    `end` ("X, founded in 1872 by a mill owner, gives ..."), or `end`."""
    if end >= len(doc) or doc[end].text != ",":
        return end
    sent_end = doc[end].sent.end
    close = next((j for j in range(end + 1, min(sent_end, end + 1 + _MAX_APPOSITIVE)) if doc[j].text == ","), None)
    return close + 1 if close is not None else end


# Academies, and with them academy trusts, date from the Learning and Skills Act 2000: a body
# the text says was founded before then is a charity of another sort, whatever its name.
FIRST_ACADEMY_YEAR = 2000
# "X, founded in 1872 by ...", "X, which was set up by a mill owner in 1896", "X was established in 1952"
_FOUNDED_IN = re.compile(r"^(, )?((which|that) )?((was|were|had been) )?(founded|established|set up|endowed|created|"
                         r"started) ([\w'’-]+ ){0,6}?in (?P<year>\d{4})\b")


def founded_before_academies(doc: Doc, end: int) -> bool:
    """What follows the name ending at token `end` says the body was founded in a year before
    academies existed ("X, founded in 1872 by a local mill owner, ..."), and its sentence does
    not show it running schools now."""
    hit = _FOUNDED_IN.match(" ".join(t.lower_ for t in doc[end:min(len(doc), end + 14)] if not t.is_space))
    if hit is None or int(hit.group("year")) >= FIRST_ACADEMY_YEAR:
        return False
    # "The X Trust, founded in 1552, now runs three academies": an old charity that became a trust
    rest = " ".join(t.lower_ for t in doc[end:doc[end - 1].sent.end] if not t.is_space)
    return RUNS_SCHOOLS.search(rest) is None


# "X Trust, which runs the town's museum", "X Trust looks after 40 acres of woodland"
_RUNS = re.compile(r"^(, )?((which|that) )?((also|still|now) )?(runs|ran|manages|managed|operates|operated|owns|owned|"
                   r"looks after|looked after|maintains|maintained|organises|organised|cares for|cared for) ")
_SCHOOLING = re.compile(r"\b(schools?|academy|academies|pupils|primar(y|ies)|secondar(y|ies)|colleges?|nurser(y|ies)|"
                        r"education|educational|students|teachers|learning|classrooms?|sixth|"
                        # what any body runs: "X Learning Trust, which manages 400 staff"
                        r"staff|employees|budgets?|finances|money|reserves|funds|offices?|teams?|contracts?|payroll)\b")


def runs_other_things(doc: Doc, end: int) -> bool:
    """What follows the name ending at token `end` says what the body runs, owns or looks
    after, in common nouns none of which is schooling: "X Trust, which runs the town's museum
    and art gallery", "X Trust looks after 40 acres of woodland". A proper name in what it
    runs may be a school's ("runs Oak Hill and Redwood"): then nothing is said."""
    toks = [t for t in doc[end:min(len(doc), end + 20)] if not t.is_space]
    words = " ".join(t.lower_ for t in toks)
    hit = _RUNS.match(words)
    if hit is None:
        return False
    obj = []
    for t in toks[hit.group(0).count(" "):]:
        if t.text in {",", ".", ";", ":", ")", "(", "—", "–"}:
            break
        obj.append(t)
    if obj and obj[0].like_num and (len(obj) == 1 or obj[1].pos_ not in {"NOUN", "ADJ"}):
        return False  # "the X Trust runs five in the south": five schools, said before
    return bool(obj) and not any(t.is_title or t.is_upper and t.is_alpha for t in obj) \
        and _SCHOOLING.search(" ".join(t.lower_ for t in obj)) is None


# "X Trust will hold an open day ... for local schools", "X Trust is offering boat trips to
# school groups": schools as the guests of what a body offers, not as what it runs.
_OFFERS = re.compile(r"^(will |is |are |has |have |also |now )*(offer|offers|offering|offered|hold|holds|holding|held|"
                     r"host|hosts|hosting|hosted|invite|invites|inviting|invited|open|opens|opening|welcome|welcomes) ")
_TO_SCHOOLS = re.compile(r"\b(for|to) (all |local |nearby |visiting |primary |secondary |the area's |the town's )?"
                         r"(schools|school groups|school parties|schoolchildren)\b")


def offers_to_schools(doc: Doc, end: int) -> bool:
    """What follows the name ending at token `end`, up to the end of its clause, offers or
    holds something for schools as guests: "X Trust will hold an open day at the watermill
    for local schools". A body that runs schools says "its schools" (not matched here)."""
    words = []
    for t in doc[end:min(len(doc), end + 25)]:
        if t.text in {".", ";", ":", "\n"} or t.is_space and "\n" in t.text:
            break
        if not t.is_space:
            words.append(t.lower_)
    text = " ".join(words)
    return _OFFERS.match(text) is not None and _TO_SCHOOLS.search(text) is not None


# "a one-off grant from its sponsor, the X Foundation", "a donation from the X Trust"
_FUNDING = {"grant", "grants", "donation", "donations", "bequest", "legacy", "gift"}


def grant_from(doc: Doc, start: int) -> bool:
    """The name starting at token `start` is where a grant or a donation came from: "a grant
    from the X Foundation", "a grant from its sponsor, the X Foundation"."""
    words = [t.lower_ for t in doc[max(0, start - 7):start] if not t.is_space]
    if words[-1:] == ["the"]:
        words = words[:-1]
    if words[-2:] in (["sponsor", ","], ["benefactor", ","]) and words[-3:-2] in (["its"], ["the"]):
        words = words[:-3]  # "from its sponsor, the X"
    return len(words) >= 2 and words[-1] == "from" and words[-2] in _FUNDING


# "The federation, a partnership of two maintained schools sharing one governing board, would
# be dissolved": what a later "the federation" is said to be; or what a predicate says of it
# now: "The federation is still maintained by the county council", "the federation's schools
# remain council-maintained" (not "was maintained ... until": it may have converted since)
_THE_FEDERATION = re.compile(r"\bthe federation , (a|an) ([\w-]+ ){0,3}(federation|group|partnership) of "
                             r"([\w-]+ ){0,3}maintained\b"
                             r"|\bthe federation (is|remains) ((currently|still|now|also) )?(maintained|run|funded) by "
                             r"(the )?([\w-]+ ){0,3}(council|local authority)\b"
                             r"|\bthe federation 's ([\w-]+ )?schools (are|remain) ((all|still|currently) )?"
                             r"((council|local authority) - )?maintained\b")


def the_federation_maintained(doc: Doc) -> bool:
    """A later "the federation" called a group of maintained schools, when the text names one federation."""
    named = {e.kb_id_ or e.text for e in doc.ents if e.label_ == "ORG" and e[-1].lower_ == "federation"}
    return len(named) == 1 and _THE_FEDERATION.search(" ".join(t.lower_ for t in doc if not t.is_space)) is not None


def not_a_trust(doc: Doc, name: str) -> str | None:
    """The kind of a trust-shaped name (not one saying "Academy Trust") that the text says is
    no academy trust: "school" for a federation (one governing body), else "other"."""
    if says_academy_trust(name):
        return None
    spans = [(e.start, e.end) for e in doc.ents if e.label_ == "ORG" and e.kb_id_ == name]
    if any(maintained_group(doc, end) for _, end in spans) or denied_academy_trust(doc, spans, name) \
            or "federation" in name.lower() and the_federation_maintained(doc):
        return "school" if "federation" in name.lower() else "other"
    if spans and all(cut_before_unit(doc, end) or cut_before_service(doc, end) for _, end in spans):
        return "other"  # "X Schools" cut out of "X Schools HR Service" or "X Schools ICT"
    if any(evidenced_as_trust(doc, start, end) for start, end in spans):
        return None  # "X (XT), which runs 13 academies ... X is an independent charity"
    if any(charity_of_another_sort(doc, end) or noun_before(doc, start, CHARITY) or charity_named_before(doc, start)
           or memorial_charity(doc, end) and charity_head(name) for start, end in spans):
        return "other"  # "... Trust, the town's homelessness charity"; "the charity X Schools Foundation"
    if any(founded_before_academies(doc, after_short_form(doc, end)) for _, end in spans):
        return "other"  # "X Educational Trust, founded in 1872 by a mill owner"
    if any(gives_grants(doc, after_short_form(doc, end)) or grant_from(doc, start) or (runs_other_things(doc, end) or offers_to_schools(doc, end))
           and not name_says_kind(name) for start, end in spans):
        return "other"  # "X Trust gives bursaries to ...", "a grant from the X Trust", "X Trust runs a museum"
    return None


# "is not connected with", "has no connection to", "is unrelated to", "has no link with"
_UNCONNECTED = r"(not (connected|linked|related|affiliated)|no (connection|link|links|relation)|unrelated|unconnected) (with|to) (the )?"


def said_unconnected(doc: Doc, name: str) -> bool:
    """"The trust stresses it is not connected with Brightwater Education Services Ltd": the
    text sets the body so named apart from another that shares words of its name, so those
    words are not its short form."""
    return re.search(r"\b" + _UNCONNECTED + re.escape(name) + r"\b", doc_text(doc)) is not None
