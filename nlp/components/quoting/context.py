"""What the quote code shares about one document: the `Speaker` an attribution names, the
`Quote` being attributed, the document with its paragraphs and quoted ranges, and the attributions made so far."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from nlp.components.lexicon import DOCUMENT_NOUNS, ORG_REFERENCES, ROLE_WORDS, SPOKES_NOUNS
from nlp.components.orgs import org_for_span, resolve_org_reference
from nlp.components.quoting.scan import CONTINUATION_MARKS, Segment
from nlp.components.quoting.words import FEMALE_NOUNS, MALE_NOUNS, is_cue
from nlp.components.doc_text import doc_text

@dataclass(frozen=True)
class Speaker:
    speaker: str | None
    speaker_org: str | None = None
    speaker_role: str | None = None
    person: int | None = None  # index into doc._.people
    cue: str | None = None
    how: str = "name"  # name | org | role | role-context | phrase | document | pronoun | nominal | previous | colon-clause | none
    margin: float = 10.0  # for a resolved pronoun: its salience lead over the next candidate

    def but(self, **changes) -> "Speaker":
        return replace(self, **changes)


NO_SPEAKER = Speaker(None, how="none")

@dataclass
class Quote:
    """A quotation being attributed: its parts (one per quoted stretch), kind and speaker."""
    segments: list[Segment]
    kind: str = "direct"
    who: Speaker = NO_SPEAKER
    source: str | None = None  # where the speaker was found: interruption, after, before, previous
    interrupted_by: list[tuple[int, int]] = field(default_factory=list)

    @property
    def speaker(self) -> str | None:
        return self.who.speaker

    @property
    def para(self) -> int:
        return self.segments[0].para

    @property
    def para_end(self) -> int:
        return self.segments[-1].para

    @property
    def start(self) -> int:
        return self.segments[0].start

    @property
    def end(self) -> int:
        return self.segments[-1].end

    @property
    def last_close(self) -> int | None:
        return self.segments[-1].close

    @property
    def after(self) -> int | None:
        return self.segments[-1].after



_SUBJ_DEPS = {"nsubj", "nsubjpass"}
# Dependency labels the parser gives a speech verb's subject when an apposition confuses it
# ("Robin Pascoe, NEU district secretary for Cornwall, said ...": npadvmod; cues.py, salience.py).
MISPARSED_SUBJ_DEPS = frozenset({"appos", "npadvmod", "dep", "nmod"})
# Relative pronouns ("who", "that", "which"): the subject of a clause describing a noun
# ("One nurse, who asked not to be named, said ..."), never a new speaker of its own.
RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Pronouns that stand for one person.
PERSON_PRONOUNS = frozenset({"he", "she"})
# People a report leaves unnamed ("one parent", "another driver"): who speaks as they are
# described, not a person of the article's list.
ANONYMOUS_NOUNS = frozenset("""parent mum dad mother father grandmother grandfather grandparent resident
    neighbour pupil student teacher driver worker cleaner cook caretaker nurse volunteer shopper trader
    customer passenger commuter visitor pensioner member employee villager colleague""".split())
# Endings of a singular noun for someone's job that the role words do not list ("a dinner
# supervisor", "a teaching assistant", "a speech therapist"): with "a"/"one" before it, the
# subject of a speech verb is a person left unnamed.
PERSON_NOUN_ENDINGS = ("or", "ist", "ant")
# Determiners that leave a person unnamed ("one parent", "a teacher at the school", "Another
# supply teacher"): the one home of this list (they.py, intros.py, plain_names.py).
INDEFINITE_DETS = frozenset({"one", "another", "a", "an"})
# Nouns for a body's branch, which speaks as the body, not as the place naming it or a name
# the model read in it ("Unison’s Elm branch"; group_pronouns.py `branch_org`).
BRANCH_NOUNS = frozenset({"branch", "branches"})
# People who come from a place without speaking for it ("Parents from Maltings Academy";
# acting_firms.py), and plural people "they" may mean (they.py).
LAY_GROUPS = frozenset("parents pupils students children families residents neighbours villagers".split())
# A plural's ending, taken off to find the noun for people ("teachers").
PLURAL_ENDING = "s"


def person_noun(word: str) -> bool:
    """`word` (lower case) is a noun for a person a report may leave unnamed: a parent, a
    resident, a job ("supervisor"). Spokespeople speak for a body (they.py) and documents are
    no one."""
    return word not in SPOKES_NOUNS and word not in DOCUMENT_NOUNS \
        and (word in ANONYMOUS_NOUNS or word in ROLE_WORDS or word.endswith(PERSON_NOUN_ENDINGS))


def people_noun(t: Token) -> bool:
    """Token t is a noun for a person or for people ("parents", "Headteachers", by its
    lemma or its singular): `person_noun` of either form."""
    return person_noun(t.lemma_.lower()) or person_noun(t.lower_.removesuffix(PLURAL_ENDING)) or person_noun(t.lower_)


# Entity types of a name that can speak: a person, a body, a people ("Labour", "the Greens").
SOURCE_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def can_be_source(t: Token) -> bool:
    """t can be who said something: a name or pronoun, a noun for a person ("parents", by
    lemma), a spokesperson, a body ("the council") or a document (its issuer speaks), or a
    noun someone owns ("the trust's investigation"); not a thing or an event ("the
    increase", "the changes", "restructuring")."""
    if t.ent_type_ in SOURCE_ENTITIES or t.pos_ in {"PRON", "PROPN"}:
        return True
    word = t.lemma_.lower()
    return person_noun(word) or word in SPOKES_NOUNS or t.lower_ in DOCUMENT_NOUNS or word in DOCUMENT_NOUNS \
        or word in ORG_REFERENCES or any(c.dep_ == "poss" for c in t.children)


def unnamed_person_noun(x: Token) -> bool:
    """x is a noun for a person a report may leave unnamed (`person_noun`), written as a
    common noun in the singular ("A dinner supervisor ... said")."""
    return x.lower_ in ANONYMOUS_NOUNS or x.tag_ == "NN" and person_noun(x.lower_)


def indefinite_dets(x: Token) -> list[Token]:
    """The determiners of noun x that leave one person unnamed ("Another supply teacher",
    "one parent"; `INDEFINITE_DETS`)."""
    return [c for c in x.children if c.dep_ in {"det", "nummod"} and c.lower_ in INDEFINITE_DETS]


def org_reference(x: Token) -> bool:
    """"the trust", "the council": a definite noun that refers back to an organisation."""
    return x.lower_ in ORG_REFERENCES and x.tag_ == "NN" and not x.ent_type_ \
        and any(c.lower_ == "the" for c in x.children) and len([c for c in x.children if c.dep_ in {"amod", "compound"}]) == 0


def relative_subject(who: Token) -> tuple[Token, Token] | None:
    """"A care worker who asked not to be named said ...", parsed with the noun as an
    apposition of the words before it and the speech verb left without a subject: for the
    relative pronoun `who`, the noun its clause describes and the verb right after the
    clause, when that verb has no subject of its own (None otherwise: the relative pronoun's
    clause only describes its noun)."""
    clause = who.head
    after = clause.right_edge.i + 1
    if who.lower_ != "who" or clause.dep_ != "relcl" or after >= len(who.doc):
        return None
    verb = who.doc[after]
    if verb.pos_ != "VERB" or any(c.dep_ in _SUBJ_DEPS for c in verb.children):
        return None
    return clause.head, verb


def text_length(doc: Doc) -> int:
    """len(doc.text) without building the text (Doc.text joins every token on each call)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand") if 0 <= start < end <= text_length(doc) else None
    return list(span) if span is not None else []


def words_inside(doc: Doc, q: Quote) -> list[Token]:
    """Quote q's word tokens (letters only) inside its marks."""
    return [t for t in tokens_in(doc, q.start, q.end) if t.is_alpha and q.start <= t.idx < q.end]


def heads_inside(q: Quote, inner: list[Token]) -> list[Token]:
    """Of the words `inner` of quote q, those whose head stands outside it: the quoted
    phrase's own head (one, when the words are one phrase)."""
    return [t for t in inner if not q.start <= t.head.idx < q.end]


def body_index(ctx) -> int:
    """The index of the article's first paragraph after its headline (ctx: a DocContext)."""
    return 1 if ctx.headline else 0


def body_start(ctx) -> int:
    """Where the article's text after its headline starts (ctx: a DocContext)."""
    return ctx.paragraphs[1][0] if ctx.headline and len(ctx.paragraphs) > 1 else 0


class DocContext:
    """One document, its paragraphs and the character ranges that are quoted."""

    def __init__(self, doc: Doc, paragraphs: list[tuple[int, int]]):
        self.doc = doc
        self.text = doc_text(doc)
        self.paragraphs = paragraphs
        self.quoted = []  # the quoted (start, end) character ranges (a property: see below)
        self.history: list[tuple[int, Speaker]] = []  # (position, speaker) of attributions so far
        self.headline = False  # the first paragraph is a headline (set by the quote component)
        self._sent_starts: list[int] | None = None
        self._narrative_starts: list[int] | None = None
        self._genders: dict[int, str] | None = None
        self._stated: dict[int, str | None] = {}  # person -> gender a noun next to them states
        self._they: dict[int, bool] = {}  # person -> the text states their pronouns as they/them
        self._surnames: dict[int, list[tuple[int, int]]] | None = None  # person -> untagged surname mentions

    @property
    def quoted(self) -> list[tuple[int, int]]:
        return self._quoted

    @quoted.setter
    def quoted(self, ranges: list[tuple[int, int]]) -> None:
        """Set whole (never appended to): in_quote reads a mark per character made from it."""
        self._quoted = ranges
        self._quoted_chars: bytearray | None = None

    def in_quote(self, idx: int) -> bool:
        """Whether character idx is inside a quoted range (asked for most tokens of the text,
        so the ranges are marked once, a byte per character, when first asked)."""
        if self._quoted_chars is None:
            self._quoted_chars = bytearray(max((e for _, e in self._quoted), default=0))
            for s, e in self._quoted:
                s = max(s, 0)
                if s < e:
                    self._quoted_chars[s:e] = b"\x01" * (e - s)
        return 0 <= idx < len(self._quoted_chars) and self._quoted_chars[idx] == 1

    def paragraph_of(self, pos: int) -> int | None:
        """The index of the paragraph holding character pos, None when none does."""
        return next((k for k, (s, e) in enumerate(self.paragraphs) if s <= pos < e), None)

    def _inside(self, x: Token, start: int, end: int) -> bool:
        return start <= x.idx < end and not self.in_quote(x.idx)

    def _sentence_index(self, token_i: int) -> int:
        if self._sent_starts is None:
            self._sent_starts = [sent.start for sent in self.doc.sents]
        return max(0, bisect_right(self._sent_starts, token_i) - 1)

    def _narrative_index(self, token_i: int) -> int:
        """How many sentences of narrative (not wholly quoted) start before token_i: what
        the salience window counts, so a long quote does not put its speaker out of reach."""
        if self._narrative_starts is None:
            self._narrative_starts = [sent.start for sent in self.doc.sents
                                      if any(t.is_alpha and not self.in_quote(t.idx) for t in sent)]
        return max(0, bisect_right(self._narrative_starts, token_i) - 1)

    def remember(self, pos: int, who: Speaker) -> None:
        """Record an attribution made at character `pos` (the passage's current speaker)."""
        if who.speaker:
            self.history.append((pos, who))

    def role_speaker(self, x: Token, gender: str) -> Speaker | None:
        """The named person a definite role noun ("the organiser") stands for, when of
        `gender` or unknown gender (speakers.py knows roles; a bare context knows none)."""
        return None

    def speaking_org(self, x: Token) -> dict | None:
        """The organisation a subject names: an organisation entity, or "the trust" / "the
        council" for the one the article means."""
        if x.ent_type_ == "ORG":
            return org_for_span(self.doc, x.idx, x.idx + len(x))
        return resolve_org_reference(self.doc, x.text, x.idx) if org_reference(x) else None

    def passage_start(self, pos: int) -> int:
        """Where the narrative a pronoun at character `pos` reads back into starts: its
        paragraph, or the one before when its paragraph opens with a quote, which goes on
        from the narrative just before ("The cabinet member insisted the service was
        improving. ¶ “...,” she said"; "One driver, who asked not to be named, said ... ¶
        “...,” they said")."""
        start = max((s for s, _ in self.paragraphs if s <= pos), default=0)
        if self.text.startswith(CONTINUATION_MARKS, start):
            start = max((s for s, _ in self.paragraphs if s < start), default=start)
        return start

    def speaking_since(self, t: Token, since: int, gender: str | None = None) -> Speaker | None:
        """The passage's speaker now, when someone was reported speaking (the subject of a
        speech verb, outside quotes) after character `since` and before t, in t's paragraph:
        for it/they/we a named organisation ("The trust said it ... In a statement, they
        said"), for he/she/they a person left unnamed ("One parent, who did not want to be
        named, said ... “...,” she said") or a person named earlier by their role ("the
        project director") of agreeing gender. Whoever else spoke last: None."""
        start = self.passage_start(t.idx)
        nearest = True  # no main clause's subject between x and t yet
        for x in reversed(self.doc[:t.i]):
            if x.idx < max(since, start):
                return None
            if x.dep_ not in _SUBJ_DEPS or self.in_quote(x.idx) or x.head.i > t.i:
                continue
            verb, passive = x.head, x.dep_ == "nsubjpass"
            if x.lower_ in RELATIVE_PRONOUNS:
                # ("One nurse, who asked not to be named, said": the noun the clause describes
                # is the one who may speak, as the subject of the verb after the clause)
                if (found := relative_subject(x)) is None:
                    continue
                x, verb = found
            if not is_cue(verb) or verb.dep_ == "relcl" or passive:  # ("staff had been told": who heard)
                if nearest and gender is not None and verb.dep_ == "ROOT" \
                        and (role := self.role_speaker(x, gender)) is not None:
                    return role  # "The school business manager is now helping ... “...,” she says"
                nearest = nearest and verb.dep_ != "ROOT"
                continue
            if (x.ent_type_ == "ORG" or org_reference(x)) and gender is None:
                hit = self.speaking_org(x)
                return Speaker(hit["name"], hit["name"], how="pronoun") if hit else None
            if gender is not None and (role := self.role_speaker(x, gender)) is not None:
                return role  # "The union's organiser said ... “...,” he said": the person of that role
            if t.lower_ == "it" or not unnamed_person_noun(x) or any(y.ent_type_ == "PERSON" for y in x.subtree):
                return None
            if gender and (x.lower_ in FEMALE_NOUNS and gender == "m" or x.lower_ in MALE_NOUNS and gender == "f"):
                return None
            det = indefinite_dets(x)
            mods = [c.i for c in x.children if c.dep_ in {"amod", "compound", "nummod"} and c.i < x.i]
            return Speaker(self.doc[min(mods + [c.i for c in det] + [x.i]):x.i + 1].text, how="phrase") if det else None
        return None
