"""Speakers who speak for no organisation of the article, for `newswatch_speaker_orgs` (the
UK sets' convention, general British usage):
- an MP ("the Labour MP for Pellingham", "Castlebridge's MP, X"): the seat is named after a
  place, and a body named after the same place (a council, a trust) is not theirs;
- a pupil or student ("Year 8 pupil X", "head girl X", "student council chair X"): their
  school (or the town council a "student council" resembles) is where they learn, not a body
  they speak for; a youth group they belong to still counts. people.py still records the
  school as the pupil's;
- an unnamed person described by the quote ("One teacher at X School", "A parent at the Y
  picket"): an unnamed spokesperson, representative or official still speaks for the body;
- a parent whose role the people component read ("Parent X", "father of a pupil at Y"), unless
  a (serving) parent governor;
- a parent or grandparent tied to a school through their children ("who has two children at
  Y", "father of a pupil at Y"): the family's school (`FAMILY`, read by the clause rules);
- a place the entity recogniser took for a body, where the text places a person in it
  ("Norton resident X", "X, of Asterby,", "X, from Ashby Fen,"): a place, not an organisation;
- a supply or agency worker ("Supply teacher X"): not the school they are placed at;
- a person the text says was dismissed by their workplace ("worked at Y for nine years before
  she was sacked", "She is claiming unfair dismissal"): not the workplace (their union stays).
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from nlp.components.lexicon import SPEECH_CUES, SPOKES_NOUNS
from nlp.components.org_patterns import _ORG_HEADS

# A clause about the person's family or schooling ties them to no employer.
NOT_STAFF = {"parent", "parents", "mother", "father", "mum", "dad", "grandparent", "grandmother", "grandfather",
             "pupil", "pupils", "student", "students", "resident", "residents", "son", "daughter", "child", "children"}

MEMBERS_OF_PARLIAMENT = {"MP", "MPs", "MSP"}
_PUPILS = {"pupil", "pupils", "schoolboy", "schoolgirl", "student", "students"}
_PUPIL_PAIRS = {("head", "boy"), ("head", "girl")}
_PUPILS_PLACES = {"school", "academy_trust", "council"}
# Words that turn a clause after a name to the person's family ("who has two children at Y",
# "father of a pupil at Y"): the body after them is the family's school, not the person's.
_PARENTS = {"parent", "mother", "father", "mum", "dad", "grandparent", "grandmother", "grandfather"}
FAMILY = {"son", "sons", "daughter", "daughters", "child", "children", "grandchildren", "grandson", "granddaughter",
          "twins"} | _PARENTS


def is_member_of_parliament(person: dict) -> bool:
    return bool(set((person.get("role") or "").split()) & MEMBERS_OF_PARLIAMENT)


def names_mp(tokens: list[Token]) -> bool:
    """A role phrase around a name that makes the person an MP."""
    return any(t.text in MEMBERS_OF_PARLIAMENT for t in tokens)


def pupils_school(doc: Doc, person: dict, org: str | None) -> bool:
    """`org` is the school (trust, council) of a person whose role is a pupil's."""
    words = (person.get("role") or "").lower().split()
    pupil = bool(set(words) & _PUPILS) or any(pair in _PUPIL_PAIRS for pair in zip(words, words[1:]))
    kind = next((o["kind"] for o in doc._.orgs or () if org and o["name"] == org), None)
    return pupil and kind in _PUPILS_PLACES


# A worker placed by an agency ("Supply teacher X", "agency cook X"): the school they work at
# does not employ them (supply teachers in the UK sets: 15 none, 1 the school).
_PLACED = {"supply", "agency"}


def placed_workers_school(doc: Doc, person: dict, org: str | None) -> bool:
    """`org` is the school (or trust, council) where a supply or agency worker is placed."""
    words = set((person.get("role") or "").lower().split())
    kind = next((o["kind"] for o in doc._.orgs or () if org and o["name"] == org), None)
    return bool(words & _PLACED) and kind in _PUPILS_PLACES


_GOVERNORS = {"governor", "governors"}


def parents_school(doc: Doc, person: dict, org: str | None) -> bool:
    """`org` is the school (or trust) of a person whose role is a parent's ("Parent X",
    "father of a Year 9 pupil at Y", "Mother-of-two X"): their child's school, not a body they
    speak for. A parent governor sits on the school's board (a former one no longer)."""
    words = (person.get("role") or "").lower().split()
    parent = any(w.split("-")[0] in _PARENTS for w in words)
    governor = bool(set(words) & _GOVERNORS) and "former" not in words
    kind = next((o["kind"] for o in doc._.orgs or () if org and o["name"] == org), None)
    return parent and not governor and kind in {"school", "academy_trust"}


# An unnamed member of a body described by the quote ("One teacher at X School", "A parent at
# the Y picket", "teaching assistant at one of the trust's primary schools") speaks for themself,
# not for the body; an unnamed spokesperson, representative, official or director speaks for it.
_INDEFINITE = {"one", "a", "an", "another"}
_DEFINITE = {"the", "his", "her", "its", "their", "our", "my", "your"}
_SPEAKS_FOR_BODY = SPOKES_NOUNS | {"spokesmen", "spokeswomen", "official", "officials", "officer", "officers",
                                   "statement", "insider",
                                   # a senior post speaks for its body ("regional director for the South West")
                                   "director", "minister", "secretary", "commissioner"}


def unnamed_member(speaker: str | None) -> bool:
    """A speaker written as an unnamed person's description, not a name, a body or a spokesperson."""
    words = (speaker or "").split()
    if not words or words[0].lower() in _DEFINITE:
        return False
    described = words[0].lower() in _INDEFINITE or words[0][:1].islower()
    return described and not {w.lower().strip(",.") for w in words} & _SPEAKS_FOR_BODY


# ", of Asterby", ", from Ashby Fen" after a person's name: where they live.
_HOME_WORDS = {"of", "from"}
_PLACE_NAME_WORDS = 2  # a place taken for a body has at most this many words


def place_not_body(doc: Doc, org_name: str | None) -> bool:
    """`org_name` is a place the text puts a person in, not a body: an organisation of no
    known kind, of one or two words none of which ends a body's name, written before
    "resident" / "parent" or after ", of" / ", from"."""
    org = next((o for o in doc._.orgs or () if org_name and o["name"] == org_name), None)
    words = (org_name or "").lower().split()
    if org is None or org["kind"] != "other" or len(words) > _PLACE_NAME_WORDS or set(words) & _ORG_HEADS:
        return False
    for start, end in org["mentions"]:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        after = doc[span.end] if span.end < len(doc) else None
        home = span.start >= 2 and doc[span.start - 1].lower_ in _HOME_WORDS and doc[span.start - 2].text == ","
        if home or after is not None and after.lower_ in NOT_STAFF:
            return True
    return False


# A person dismissed by the body they worked for, or who resigned from it and claims they were
# pushed out, no longer speaks for it (the UK sets: 20 of 22 former staff bringing a tribunal
# claim get no organisation; speaker-orgs round 7): "X worked at Y for nine years before she
# was dismissed", "X, 44, was sacked by Y", "She is claiming constructive dismissal".
DISMISSAL_WORDS = {"dismissed", "sacked", "fired", "dismissal", "redundant", "resigned", "resigning"}
_SHE_HE = {"she", "he"}
# Words after which the sentence reports what someone says (not "claims": "X claims he was
# unfairly dismissed" is the claim itself).
_TURNS_TO_SPEECH = SPEECH_CUES - {"claim", "claims", "claimed"}
# The dependency labels of a verb's subject (the one home for the speaker-org modules).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How many heads up from the dismissal word its subject is looked for.
_SUBJECT_HOPS = 4


def _subject_of(t: Token) -> Token | None:
    """The subject of the clause a word stands in ("before she was dismissed": "she";
    "before resigning" after "X worked at Y": "X"), a few heads up."""
    for _ in range(_SUBJECT_HOPS):
        subjects = [c for c in t.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            return subjects[0]
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def dismissed(doc: Doc, person: dict, org: str | None) -> bool:
    """`org` is a workplace (no union) and a sentence naming the person, or the next one
    when it opens with "She"/"He", says they were dismissed (or resigned and claim
    dismissal): a dismissal word whose clause's subject is the person, or "she"/"he" with no
    one else named between the person and it; not in what the person or another says ("X put
    it to him: 'So she was dismissed ...'")."""
    if not org or next((o["kind"] for o in doc._.orgs or () if o["name"] == org), None) == "union":
        return False
    for start_char, end_char in person["mentions"]:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is None:
            continue
        end = span.sent.end
        if end < len(doc) and doc[end].lower_ in _SHE_HE:
            end = doc[end].sent.end  # "X worked at Y before leaving. She is claiming ... dismissal"
        for t in doc[span.end:end]:
            if t.is_quote or t.lower_ in _TURNS_TO_SPEECH:
                break
            if t.lower_ in DISMISSAL_WORDS and _says_dismissed(t, span):
                return True
    return False


def _says_dismissed(t: Token, span) -> bool:
    subject = _subject_of(t)
    others = any(x.ent_type_ == "PERSON" for x in t.doc[span.end:t.i])
    return subject is not None and (span.start <= subject.i < span.end or subject.lower_ in _SHE_HE and not others)
