"""`newswatch_quotes`: quotations and who said them.

Segmentation is done by scanning characters, paragraph by paragraph, following British
newspaper conventions:
- curly (“ ”) and straight (") double quotes in the body; single quotes (‘ ’ ') only in
  the headline (in the body a single quote is an apostrophe or a quote nested in a quote);
- a quote still open at the end of a paragraph continues when the next paragraph opens
  with a quote mark (each paragraph opens, only the last one closes): one quote;
- "First part," she said. "Second part." is one quote interrupted by its attribution;
- a paragraph opening with a quote, right after an attributed quote that ended its
  paragraph, continues that quote unless it names its own speaker at its end ("...,"
  he added) - as the seed and dev annotations do.

Attribution uses the parse: the subject of a speech verb (said, told, added, warned, ...)
in the attribution text next to the quote (after it: "..., she said." / "..., said X";
before it: "X said:"), or "according to X". The subject becomes the speaker:
- a person (mentions linked to the full name; he/she resolved to the latest sentence
  mentioning a person of a matching gender outside quotes, its subject first; "they"
  is never resolved); "X and Y said" gives both names;
- "A spokesman for the Y" -> speaker "spokesman for the Y", organisation Y;
- an organisation ("the council" -> the council the article names);
- a document ("the letter said", "a statement from X") -> whoever issued it, if the
  article says;
- another noun phrase as written ("council chiefs", "one parent"), with the organisation
  when the phrase names one the article mentions.
Passive "residents were told:" names listeners, not a speaker. A stand-alone quote
paragraph after "X said:" or after a sentence reporting X's speech is X's.
Quotes inside a sentence ("labelled it “disastrous”") are kind "partial" and kept only
when a speech or labelling verb in the sentence names a speaker; report titles, names
and scare quotes are dropped. Unattributed full quotes are kept with speaker None.

doc._.quotes: list of dicts {text, speaker, speaker_org, speaker_role, cue, kind,
start, end, paragraph, paragraph_end, person}; start/end are character offsets of the
quoted words in doc.text (first and last quoted character), `person` indexes doc._.people.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from nlp.components.lexicon import (
    ALL_CUES,
    LABEL_CUES,
    DOCUMENT_NOUNS,
    ORG_REFERENCES,
    PRONOUNS,
    ROLE_WORDS,
    SPEECH_CUES,
    TITLES,
    SPOKES_NOUNS,
    TITLE_MARKERS,
)
from nlp.components.orgs import org_for_span, resolve_org_reference
from nlp.components.paragraphs import paragraph_spans

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

OPEN_DOUBLE = "“„"
CLOSE_DOUBLE = "”"
STRAIGHT = '"'
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"
_OPEN_CONTEXT = set(" \t\n([{—–-:/")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "cllr", "prof", "rev", "no", "vs", "v", "co", "ltd", "inc"}
_SUBJ_DEPS = {"nsubj", "nsubjpass"}
_HEADLINE_MAX = 200


@dataclass
class Segment:
    para: int
    open: int  # index of the opening mark
    start: int  # first quoted character
    end: int  # one past the last quoted character
    close: int | None  # index of the closing mark; None if the paragraph ended first


@dataclass
class Quote:
    segments: list[Segment]
    kind: str = "direct"
    speaker: str | None = None
    speaker_org: str | None = None
    speaker_role: str | None = None
    cue: str | None = None
    person: int | None = None
    source: str | None = None  # where the speaker was found: interruption, after, before, ...
    interrupted_by: list[tuple[int, int]] = field(default_factory=list)

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


# ---- segmentation ----------------------------------------------------------------------
def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_open_straight(s: str, i: int) -> bool:
    prev = s[i - 1] if i else " "
    nxt = s[i + 1] if i + 1 < len(s) else " "
    return (prev in _OPEN_CONTEXT or i == 0) and not nxt.isspace()


def _is_open_single(s: str, i: int) -> bool:
    if s[i] not in OPEN_SINGLE + "'":
        return False
    prev = s[i - 1] if i else " "
    nxt = s[i + 1] if i + 1 < len(s) else " "
    return (i == 0 or prev in _OPEN_CONTEXT) and (nxt.isalnum() or nxt in "£$€")


def _is_close_single(s: str, i: int) -> bool:
    if s[i] not in CLOSE_SINGLE + "'":
        return False
    prev = s[i - 1] if i else " "
    nxt = s[i + 1] if i + 1 < len(s) else " "
    return not prev.isspace() and not nxt.isalnum()


def scan_groups(text: str, paragraphs: list[tuple[int, int]], headline: bool) -> list[list[Segment]]:
    """Quoted stretches, each a list of segments (one per paragraph it runs over)."""
    groups: list[list[Segment]] = []
    carry: list[Segment] | None = None
    for pi, (ps, pe) in enumerate(paragraphs):
        s = text[ps:pe]
        cur: list[Segment] | None = None
        cur_open = cur_start = -1
        i = 0
        if carry is not None and s[:1] in (OPEN_DOUBLE + STRAIGHT):
            cur, cur_open, cur_start, i = carry, ps, ps + 1, 1
        carry = None
        single_mode = headline and pi == 0
        while i < len(s):
            ch = s[i]
            if cur is None:
                if ch in OPEN_DOUBLE or ch == STRAIGHT and _is_open_straight(s, i):
                    cur, cur_open, cur_start = [], ps + i, ps + i + 1
                    groups.append(cur)
                    single = False
                elif single_mode and _is_open_single(s, i):
                    # Only a quote if a matching closing single quote follows.
                    j = next((k for k in range(i + 2, len(s)) if _is_close_single(s, k)), None)
                    if j is not None:
                        a, b = _strip(text, ps + i + 1, ps + j)
                        groups.append([Segment(pi, ps + i, a, b, ps + j)])
                        i = j
            else:
                if ch in CLOSE_DOUBLE or ch == STRAIGHT:
                    a, b = _strip(text, cur_start, ps + i)
                    if b > a:
                        cur.append(Segment(pi, cur_open, a, b, ps + i))
                    elif not cur:
                        groups.remove(cur)
                    cur = None
            i += 1
        if cur is not None:
            a, b = _strip(text, cur_start, pe)
            if b > a:
                cur.append(Segment(pi, cur_open, a, b, None))
                carry = cur
            elif not cur:
                groups.remove(cur)
    return [g for g in groups if g]


# ---- helpers over the doc ----------------------------------------------------------------
def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return list(span) if span is not None else []


def _sentence_start(text: str, floor: int, pos: int) -> int:
    """Start of the sentence containing `pos`, not before `floor` (paragraph start)."""
    k = pos - 1
    while k > floor:
        ch = text[k]
        if ch in ".!?" and k + 1 < len(text) and text[k + 1].isspace():
            word = re.findall(r"(\w+)$", text[floor:k])
            if not (word and word[0].lower() in _ABBREVIATIONS):
                return k + 1
        if ch in CLOSE_DOUBLE and k + 1 < len(text) and text[k + 1].isspace() and k - 1 >= floor and text[k - 1] in ".!?":
            return k + 1
        k -= 1
    return floor


def _sentence_end(text: str, pos: int, ceiling: int) -> int:
    """End (exclusive) of the attribution text after a closing mark at `pos`."""
    k = pos
    while k < ceiling:
        ch = text[k]
        if ch in OPEN_DOUBLE or ch == STRAIGHT:
            return k
        if ch in ".!?" and (k + 1 >= ceiling or text[k + 1].isspace()):
            word = re.findall(r"(\w+)$", text[pos:k])
            if not (word and word[0].lower() in _ABBREVIATIONS):
                return k + 1
        k += 1
    return ceiling


def _is_cue(t: Token, cues: frozenset[str] = ALL_CUES) -> bool:
    return t.lower_ in cues and (t.tag_.startswith("VB") or t.pos_ in {"VERB", "AUX"})


def _is_finding(t: Token) -> bool:
    """"found that ...", "judged it ...", "rated the school ...": a finding reported with a
    clause ("found themselves blindsided" is not one)."""
    if t.lower_ not in _FINDING_CUES or not t.tag_.startswith("VB"):
        return False
    if t.lower_.startswith("f"):
        return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                   for c in t.children)
    return True


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
    if len(words) < 2:
        return False
    small = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "with", "by", "or"}
    content = [w for w in words if w.lower() not in small]
    return bool(content) and sum(w[0].isupper() for w in content) / len(content) >= 0.75


# ---- the component ---------------------------------------------------------------------
class Quotes:
    def __init__(self, nlp: Language, name: str, min_unattributed_words: int):
        self.name = name
        self.min_unattributed_words = min_unattributed_words

    def __call__(self, doc: Doc) -> Doc:
        paragraphs = doc._.paragraphs if doc._.paragraphs is not None else paragraph_spans(doc.text)
        doc._.quotes = _DocQuotes(doc, paragraphs, self.min_unattributed_words).run()
        return doc


@Language.factory("newswatch_quotes", default_config={"min_unattributed_words": 4})
def make_quotes(nlp: Language, name: str, min_unattributed_words: int) -> Quotes:
    return Quotes(nlp, name, min_unattributed_words)


_PHRASE_PREPS = {"for", "of", "from", "at", "in", "on"}
_PHRASE_STOPS = {",", ";", ":", "(", ")", "who", "which", "that", "whose", "whom", "where", "when"}
_LISTENER_CUES = {"tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "warn", "warns", "warned",
                  "urge", "urges", "urged", "remind", "reminded", "assure", "assured"}
# Verbs that report a judgement, accepted only for a partial quote inside their clause:
# "Inspectors found that pupils were “safe and happy”".
_FINDING_CUES = frozenset("find finds found judge judges judged rate rates rated".split())
_TITLE_VERBS = {"titled", "entitled", "headlined"}
_NOT_SPEAKERS = {"it", "this", "that", "which", "who", "there", "what", "i", "we", "you", "one"}


class _DocQuotes:
    """Quote finding and attribution for one document."""

    def __init__(self, doc: Doc, paragraphs: list[tuple[int, int]], min_unattributed_words: int):
        self.doc = doc
        self.text = doc.text
        self.paragraphs = paragraphs
        self.min_unattributed_words = min_unattributed_words
        self.headline = self._has_headline()
        self.quoted: list[tuple[int, int]] = []

    def run(self) -> list[dict]:
        groups = scan_groups(self.text, self.paragraphs, self.headline)
        self.quoted = [(seg.start, seg.end) for g in groups for seg in g]
        quotes = self._merge_interrupted([Quote(list(g)) for g in groups])
        kept = [q for q in quotes if self._attribute(q)]
        kept = self._continuations(kept)
        return [self._as_dict(q) for q in kept]

    def _has_headline(self) -> bool:
        if len(self.paragraphs) < 2:
            return False
        s, e = self.paragraphs[0]
        first = self.text[s:e]
        return len(first) <= _HEADLINE_MAX and first.rstrip()[-1:] not in ".:"

    def in_quote(self, idx: int) -> bool:
        return any(s <= idx < e for s, e in self.quoted)

    # -- interrupted quotes ----------------------------------------------------------------
    def _merge_interrupted(self, quotes: list[Quote]) -> list[Quote]:
        out: list[Quote] = []
        for q in quotes:
            prev = out[-1] if out else None
            if prev is not None and prev.last_close is not None and prev.para_end == q.para:
                gap = (prev.last_close + 1, q.segments[0].open)
                between = self.text[gap[0]:gap[1]]
                # ':' ends an introduction of the next quote ("Smith agreed: “...”"), not an
                # interruption of this one
                if 0 < len(between.strip()) <= 120 and between.rstrip()[-1:] in ",.;" \
                        and self._find_attribution(*gap, after=True) is not None \
                        and not self._own_attribution_after(q):
                    prev.segments.extend(q.segments)
                    prev.interrupted_by.append(gap)
                    continue
            out.append(q)
        return out

    def _own_attribution_after(self, q: Quote) -> bool:
        if q.last_close is None:
            return False
        ps, pe = self.paragraphs[q.para_end]
        end = _sentence_end(self.text, q.last_close + 1, pe)
        return self._find_attribution(q.last_close + 1, end, after=True) is not None

    # -- attribution ------------------------------------------------------------------------
    def _attribute(self, q: Quote) -> bool:
        """Set kind and speaker. False when the quotation is not speech (drop it)."""
        text = self.text
        first = q.segments[0]
        ps, pe = self.paragraphs[first.para]
        sent_start = _sentence_start(text, ps, first.open)
        before = text[sent_start:first.open]
        quoted = " ".join(text[s.start:s.end] for s in q.segments)
        at_sentence_start = not before.strip()
        introduced = before.rstrip()[-1:] in {":", ","} or before.rstrip().endswith(("—", "–", "-"))
        in_headline = self.headline and first.para == 0
        multi = q.para_end > q.para
        if not (self.headline and first.para == 0) and self._is_title_of_work(q, before, quoted, multi):
            return False  # "the officers' report, “Land off Mill Lane: Highways Impact”, ..."
        q.kind = "direct" if (at_sentence_start or introduced or multi) else "partial"

        found, source = None, None
        for gap in q.interrupted_by:
            found = found or self._find_attribution(*gap, after=True)
            source = "interruption"
        after_start = after_end = None
        if q.last_close is not None:
            after_start = q.last_close + 1
            after_end = _sentence_end(text, after_start, self.paragraphs[q.para_end][1])
        if found is None and after_start is not None and (q.kind == "direct" or in_headline):
            found, source = self._find_attribution(after_start, after_end, after=True), "after"
        if found is None and (q.kind == "direct" and introduced or in_headline):
            found, source = self._find_attribution(sent_start, first.open, after=False), "before"
        if found is None and q.kind == "partial":
            if not self._is_speech_partial(q, sent_start, quoted):
                return False
            found, source = self._find_attribution(sent_start, first.open, after=False, partial_of=q), "before"
            if found is None and after_start is not None:
                found, source = self._according_to(after_start, after_end), "after"
            if found is None or found["speaker"] is None and len(quoted.split()) < self.min_unattributed_words:
                return False
        if found is not None:
            self._apply(q, found)
            q.source = source
        if in_headline and q.kind == "partial" and q.speaker is None:
            return False
        if q.speaker is None and q.kind == "direct":
            if before.rstrip().endswith(",") and not self._is_speech_partial(q, sent_start, quoted):
                return False  # "The agency's report, “Investigation into ...”, was published"
            n_words = len(quoted.split())
            if n_words < self.min_unattributed_words or _title_case(quoted) and not quoted.rstrip().endswith((".", "!", "?", ",")):
                return False
        return True

    def _is_title_of_work(self, q: Quote, before: str, quoted: str, multi: bool) -> bool:
        """The title of a report, a campaign or a document, not speech: a quoted span right
        after "report", "strategy", "titled", "called" ... ("a study titled “…”"), or in
        Title Case with no verb ("the officers' report, “Land off Mill Lane: Highways Impact”")."""
        if multi:
            return False
        words = re.findall(r"[\w'’-]+", before.lower())
        if quoted[:1].isupper() and (words and before[-1:].isspace() or before[-1:].isalpha()):
            if words and (words[-1] in TITLE_MARKERS or words[-1] in _TITLE_VERBS
                          or words[-1] in {"called", "named"} and len(words) > 1 and words[-2] in TITLE_MARKERS):
                return True
        if _title_case(quoted) and not quoted.rstrip().endswith((".", "!", "?", ",")):
            if not any(t.pos_ in {"VERB", "AUX"} for t in _tokens(self.doc, q.start, q.end)):
                return True
        return False

    def _is_speech_partial(self, q: Quote, sent_start: int, quoted: str) -> bool:
        """Not a title, a name or scare quotes."""
        before = self.text[max(sent_start, q.segments[0].open - 40):q.segments[0].open].lower()
        words = re.findall(r"[\w'’-]+", before)
        if "so-called" in before[-15:] or "so called" in before[-15:]:
            return False
        # "a report called “…”", "the review, “…”", "its strategy “…”"
        if words and (words[-1] in TITLE_MARKERS or words[-1] in {"called", "named"} and len(words) > 1
                      and words[-2] in TITLE_MARKERS):
            return False
        if _title_case(quoted):
            return False
        # a short capitalised quotation inside a sentence is a name: the use of “We”
        words_in = quoted.split()
        if len(words_in) <= 3 and quoted[:1].isupper() and words_in[0] not in {"I", "I'm", "I’m"}:
            return False
        # "“super-trusts”, a term the department rejects"
        if q.last_close is not None and re.match(r"[\s,]*(a|the)\s+(term|phrase|label|name|nickname|word)\b",
                                                 self.text[q.last_close + 1:q.last_close + 40]):
            return False
        return True

    def _chunk_tokens(self, start: int, end: int) -> list[Token]:
        return [t for t in _tokens(self.doc, start, end) if start <= t.idx < end and not self.in_quote(t.idx)]

    def _according_to(self, start: int, end: int) -> dict | None:
        tokens = self._chunk_tokens(start, end)
        for i, t in enumerate(tokens[:-1]):
            if t.lower_ == "according" and tokens[i + 1].lower_ == "to":
                to = tokens[i + 1]
                heads = [c for c in to.children if c.dep_ == "pobj"] or tokens[i + 2:i + 3]
                for h in heads:
                    sp = self._speaker_from(h, start, end, cue_i=to.i)
                    if sp:
                        sp["cue"] = "according to"
                        return sp
                    if h.lower_ in DOCUMENT_NOUNS:
                        # "According to the accounts, “…”": a document whose issuer the
                        # article does not give; the quote stands, with no speaker
                        return {"speaker": None, "speaker_org": None, "speaker_role": None, "person": None,
                                "cue": "according to"}
                return None
            # "“…” Those were the words of Jo March" / "In the words of Jo March, “…”"
            if t.lower_ == "words" and tokens[i + 1].lower_ == "of" and i > 0 and tokens[i - 1].lower_ == "the":
                of = tokens[i + 1]
                for h in [c for c in of.children if c.dep_ == "pobj"] or tokens[i + 2:i + 3]:
                    sp = self._speaker_from(h, start, end, cue_i=of.i)
                    if sp and sp["speaker"]:
                        sp["cue"] = "the words of"
                        return sp
        return None

    def _find_attribution(self, start: int, end: int, *, after: bool, partial_of: Quote | None = None) -> dict | None:
        tokens = self._chunk_tokens(start, end)
        if not tokens:
            return None
        found = self._according_to(start, end)
        if found:
            return found
        cues = [t for t in tokens if _is_cue(t, SPEECH_CUES if partial_of is None else ALL_CUES)
                or partial_of is not None and _is_finding(t)]
        if not cues and not after and partial_of is None and self.text[start:end].rstrip().endswith(":"):
            # any verb right before the colon introduces the quote ("Smith agreed:"), but
            # only a named person or organisation counts ("The meeting heard:" does not)
            verbs = [t for t in tokens if t.tag_.startswith("VB") and t.idx < end]
            if verbs and all(not x.is_alpha for x in tokens if x.i > verbs[-1].i):
                found = self._find_attribution_with(verbs, tokens, start, end, after, partial_of)
                if found and (found["person"] is not None or found["speaker"] == found["speaker_org"]):
                    return found
            return None
        if not cues:
            return None
        return self._find_attribution_with(cues, tokens, start, end, after, partial_of)

    def _find_attribution_with(self, cues, tokens, start, end, after, partial_of) -> dict | None:
        if after:
            ordered = cues  # the first cue after the quote
        else:
            ordered = list(reversed(cues))  # the cue nearest the quote
            if partial_of is not None:
                # The reporting verb highest above the quote in the parse: in "X said
                # schools had asked for “...”" the speaker is X.
                first_inner = _tokens(self.doc, partial_of.start, partial_of.start + 1)
                if first_inner:
                    # up the parse, but not across a coordination: in "Police found the car,
                    # and the council described it as “a shambles”" the council describes
                    path, x = [], first_inner[0]
                    while x.head.i != x.i and (x.dep_ != "conj" or any(c.dep_ == "mark" for c in x.children)):
                        x = x.head
                        path.append(x)
                    anc = [a for a in path if a in cues]
                    anc.sort(key=lambda a: len(list(a.ancestors)))
                    # "found/judged/rated" only when the quote is inside their clause
                    ordered = anc + [c for c in ordered if c not in anc and c.lower_ not in _FINDING_CUES]
                else:
                    ordered = [c for c in ordered if c.lower_ not in _FINDING_CUES]
        if after:
            # the cue must report the quote: "the development would add 180 journeys"
            # (a modal, or an object other than a listener) is not "..., he added"
            ordered = [c for c in ordered if not any(
                x.tag_ == "MD" or x.dep_ == "dobj" and x.pos_ in {"NOUN", "PROPN", "NUM"} and c.lower_ not in _LISTENER_CUES
                and any(y.dep_ == "nsubj" for y in c.children) for x in c.children)]
        for cue in ordered:
            children = list(cue.children)
            passive = [c for c in children if c.dep_ == "nsubjpass"]
            agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if passive and not agents:
                continue  # "residents were told:" names the listeners, not the speaker
            subj = agents or [c for c in children if c.dep_ in _SUBJ_DEPS and start <= c.idx < end]
            if not subj and after:
                # inverted order misparsed as an object: "“...,” shouted one woman"
                subj = [c for c in children if c.dep_ == "dobj" and 0 < c.i - cue.i <= 3 and start <= c.idx < end]
            if not subj and cue.dep_ == "xcomp":
                # object control: "record one governor asking: ...", "quoted X as saying"
                subj = [c for c in cue.head.children if c.dep_ == "dobj" and start <= c.idx < end]
            if not subj and cue.dep_ in {"conj", "xcomp", "advcl"} and cue.head.i != cue.i:
                subj = [c for c in cue.head.children if c.dep_ == "nsubj" and start <= c.idx < end]
            if not subj and cue.dep_ == "acl" and start <= cue.head.idx < end:
                subj = [cue.head]  # "one governor asking: ..."
            # "the trust, which said ...": the noun the relative clause belongs to
            subj = [cue.head if sj.lower_ in {"which", "who", "that"} and cue.dep_ == "relcl"
                    and start <= cue.head.idx < end else sj for sj in subj]
            for sj in subj:
                sp = self._speaker_from(sj, start, end, cue_i=cue.i)
                if sp:
                    sp["cue"] = cue.text
                    return sp
        # No cue has a subject in the parse: the nearest name or pronoun next to a cue.
        for cue in ordered:
            if any(c.dep_ in _SUBJ_DEPS or c.dep_ == "agent" for c in cue.children):
                continue
            if partial_of is None:
                near = sorted(
                    (t for t in tokens if t.i != cue.i and (t.ent_type_ in {"PERSON", "ORG"} or t.lower_ in PRONOUNS
                                                            or t.lower_ in SPOKES_NOUNS)),
                    key=lambda t: (abs(t.i - cue.i), t.i < cue.i if after else t.i > cue.i),
                )
                for t in near[:1]:
                    sp = self._speaker_from(t, start, end, cue_i=cue.i)
                    if sp:
                        sp["cue"] = cue.text
                        return sp
        return None

    # -- who is the subject ------------------------------------------------------------------
    def _inside(self, x: Token, start: int, end: int) -> bool:
        return start <= x.idx < end and not self.in_quote(x.idx)

    def _phrase(self, t: Token, start: int, end: int, cue_i: int) -> Span:
        """The noun phrase headed by t, as written: its left modifiers (no leading article),
        t, and a following "for/of/from/at ..." phrase up to a comma, clause or the cue."""
        doc = self.doc
        sub = {x.i for x in t.subtree}
        i = t.i - 1
        while i >= 0 and i in sub and self._inside(doc[i], start, end) and i != cue_i and (
                not doc[i].is_punct or doc[i].text in {"'s", "’s", "-"}) and doc[i].text not in _PHRASE_STOPS:
            i -= 1
        left = i + 1
        while left < t.i and doc[left].lower_ in {"the", "a", "an"}:
            left += 1
        # "the council's strategic director": the organisation is speaker_org, not the name
        for k in range(left, t.i):
            if doc[k].text in {"'s", "’s"} and k > left and (doc[k - 1].ent_type_ == "ORG" or doc[k - 1].lower_ in ORG_REFERENCES):
                left = k + 1
        right = t.i
        j = t.i + 1
        role_noun = t.lower_ in ROLE_WORDS or t.lower_ in SPOKES_NOUNS
        if j < len(doc) and j != cue_i and (role_noun and doc[j].lower_ in _PHRASE_PREPS or doc[j].lower_ == "of"):
            k = j
            while k + 1 < len(doc) and self._inside(doc[k + 1], start, end) and k + 1 != cue_i \
                    and doc[k + 1].lower_ not in _PHRASE_STOPS and not doc[k + 1].tag_.startswith("VB") \
                    and not doc[k + 1].is_sent_start and doc[k + 1].text not in {".", "“", "”", '"'}:
                k += 1
            if k > j:
                right = k
        return doc[left:right + 1]

    def _org_in(self, tokens) -> str | None:
        for x in tokens:
            if x.ent_type_ == "ORG":
                hit = org_for_span(self.doc, x.idx, x.idx + len(x))
                if hit:
                    return hit["name"]
        for x in tokens:
            if x.lower_ in ORG_REFERENCES:
                ref = resolve_org_reference(self.doc, x.text, x.idx)
                if ref:
                    return ref["name"]
        return None

    def _speaker_from(self, t: Token, start: int, end: int, cue_i: int, depth: int = 0) -> dict | None:
        doc = self.doc
        if depth > 2:
            return None
        # "The letter said", "A statement from the governors said", "According to the report"
        if t.lower_ in DOCUMENT_NOUNS and t.ent_type_ != "ORG":
            return self._document_speaker(t, start, end, cue_i, depth)
        person = self._person_in_subject(t, start, end, cue_i)
        if person is not None:
            found = self._person(person)
            # "Jane Cole and Peter Marsh said": both, as written; no single person row
            head = doc[person.i]
            while head.ent_type_ == "PERSON" and head.head.ent_type_ == "PERSON" and head.head.i != head.i:
                head = head.head
            others = [c for c in head.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"]
            if found and others:
                names = [found["speaker"]] + [(self._person(c) or {}).get("speaker") or c.text for c in others]
                return {"speaker": " and ".join(names), "speaker_org": None, "speaker_role": None, "person": None}
            return found
        # "A spokesman for the Academies Enterprise Trust", "A Department for Education spokesperson"
        if (t.lower_ in SPOKES_NOUNS or t.lower_ in ROLE_WORDS) and len(self._phrase(t, start, end, cue_i)) == 1 \
                and any(c.lower_ == "the" for c in t.children):
            # "the spokesman added", "the head said": the one the article introduced
            earlier = self._earlier_mention(t)
            if earlier:
                return earlier
        if t.lower_ in SPOKES_NOUNS:
            phrase = self._phrase(t, start, end, cue_i)
            org = self._org_in(phrase)
            return {"speaker": phrase.text, "speaker_org": org, "speaker_role": None, "person": None}
        if t.lower_ in PRONOUNS:
            return self._pronoun(t)
        if t.lower_ in _NOT_SPEAKERS or t.pos_ == "PRON":
            return None
        # An organisation: the subject itself or a name modifying it ("the Unison trade union").
        # A person's role ("NAHT branch secretary") is not the organisation speaking.
        near = [t] + [c for c in t.children if c.dep_ in {"compound", "poss", "nmod", "appos"}]
        if t.lower_ in ROLE_WORDS and t.ent_type_ != "ORG":
            near = []
        for x in near:
            for y in ([x] + [c for c in x.children if c.dep_ == "compound"]):
                if y.ent_type_ == "ORG" and self._inside(y, start, end):
                    hit = org_for_span(doc, y.idx, y.idx + len(y))
                    if hit:
                        return {"speaker": hit["name"], "speaker_org": hit["name"], "speaker_role": None, "person": None}
        if t.pos_ in {"NOUN", "PROPN"} or t.tag_.startswith("NN"):
            phrase = self._phrase(t, start, end, cue_i)
            words = phrase.text.lower()
            if words in ORG_REFERENCES or t.lower_ in ORG_REFERENCES and len(phrase) == 1:
                ref = resolve_org_reference(doc, words if words in ORG_REFERENCES else t.text, t.idx)
                if ref:
                    return {"speaker": ref["name"], "speaker_org": ref["name"], "speaker_role": None, "person": None}
            if t.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}:
                return None
            org = self._org_in(phrase)
            if org is None and t.lower_ in ROLE_WORDS:
                # "UNISON's general secretary", "the council's director of education"
                org = self._org_in([x for x in t.subtree if x.i < phrase.start and self._inside(x, start, end)])
            return {"speaker": phrase.text, "speaker_org": org, "speaker_role": None, "person": None}
        return None

    def _person_in_subject(self, t: Token, start: int, end: int, cue_i: int) -> Token | None:
        doc = self.doc
        if t.ent_type_ == "PERSON":
            return t
        for c in t.children:
            if c.dep_ == "appos":
                for x in c.subtree:
                    if x.ent_type_ == "PERSON" and self._inside(x, start, end):
                        return x
        # "cabinet member for education, Cllr Asha Ahmed," parsed without the apposition
        k = t.right_edge.i + 1
        if k + 1 < len(doc) and doc[k].text == ",":
            k += 1
            while k + 1 < len(doc) and doc[k].lower_ in TITLES:
                k += 1
            if doc[k].ent_type_ == "PERSON" and self._inside(doc[k], start, end):
                return doc[k]
        if t.lower_ in ROLE_WORDS or t.lower_ in SPOKES_NOUNS:
            # "Parish councillor and former governor Sheila Dunmore said": the name follows
            # the role words; after "for/of/at" (the regional director for Yorkshire) or a
            # clause, names are something else.
            for k in range(t.i + 1, min(cue_i, len(doc))):
                x = doc[k]
                if x.ent_type_ == "PERSON" and self._inside(x, start, end):
                    return x
                if not doc[k - 1].whitespace_ or not x.whitespace_ and k + 1 < len(doc) and doc[k + 1].text == "-":
                    continue  # inside a hyphenated word: "Mum-of-two Becky Harland"
                if x.lower_ in _PHRASE_PREPS or x.lower_ in _PHRASE_STOPS or x.tag_.startswith("VB"):
                    break
            # "branch secretary for Kent, Philippa Grove, said": the name set off by a
            # comma after the role's "for/of ..." phrase, before the cue
            return self._name_after_comma(t, start, end, cue_i)
        banned = {x.i for c in t.children if c.dep_ in {"relcl", "acl"} for x in c.subtree}
        cands = [x for x in t.subtree if x.ent_type_ == "PERSON" and x.i not in banned and self._inside(x, start, end)]
        if not cands:
            return None
        return min(cands, key=lambda x: abs(x.i - cue_i))

    def _earlier_mention(self, t: Token) -> dict | None:
        """"the spokesman added" / "the head said": the latest earlier mention of the same
        noun outside quotes that says more ("A spokesman for the trust", "Another head",
        "Headteacher Jane Smith"): its person, or its phrase and organisation."""
        for m in reversed(self.doc[:t.i]):
            if m.lower_ != t.lower_ or self.in_quote(m.idx):
                continue
            s, e = m.sent.start_char, m.sent.end_char
            cue_i = m.head.i if m.head.i != m.i else -1
            person = m.head if m.dep_ == "appos" and m.head.ent_type_ == "PERSON" else None  # "Jane Smith, head of X,"
            person = person or self._person_in_subject(m, s, e, cue_i)
            if person is not None:
                return self._person(person)
            phrase = self._phrase(m, s, e, cue_i)
            introduced = m.dep_ == "nsubj" and _is_cue(m.head, SPEECH_CUES)  # "Another head ... said"
            if introduced and len(phrase) > 1 and not any(x.ent_type_ == "PERSON" for x in phrase):
                return {"speaker": phrase.text, "speaker_org": self._org_in(phrase), "speaker_role": None, "person": None}
            return None
        return None

    def _name_after_comma(self, t: Token, start: int, end: int, cue_i: int) -> Token | None:
        doc = self.doc
        stop = cue_i if cue_i > t.i else min(len(doc), t.right_edge.i + 3)
        k = t.i + 1
        while k < stop:
            x = doc[k]
            if not self._inside(x, start, end) or x.tag_.startswith("VB") or x.lower_ in _PHRASE_STOPS - {","}:
                return None
            if x.text == ",":
                j = k + 1
                while j < stop and doc[j].lower_ in TITLES:
                    j += 1
                if j < len(doc) and doc[j].ent_type_ == "PERSON" and self._inside(doc[j], start, end):
                    return doc[j]
            k += 1
        return None

    def _document_speaker(self, t: Token, start: int, end: int, cue_i: int, depth: int) -> dict | None:
        """Who issued a statement, letter or report: "X's report", "a statement from X",
        "X ... in a letter" earlier in the article."""
        doc = self.doc
        mentions = [t] + [x for x in reversed(doc[:t.i]) if x.lower_ == t.lower_ and not self.in_quote(x.idx)]
        for m in mentions:
            s, e = (start, end) if m is t else (m.sent.start_char, m.sent.end_char)
            # "X's annual report and accounts": the owner of the first of the pair counts too
            owners = list(m.children) + (list(m.head.children) if m.dep_ == "conj" and m.head.lower_ in DOCUMENT_NOUNS else [])
            for c in owners:
                if c.dep_ == "poss":
                    sp = self._speaker_from(c, s, e, cue_i, depth + 1)
                    if sp:
                        return sp
                if c.dep_ in {"prep", "agent"} and c.lower_ in {"from", "by"}:
                    for g in c.children:
                        if g.dep_ == "pobj":
                            sp = self._speaker_from(g, s, e, cue_i, depth + 1)
                            if sp:
                                return sp
            if m is not t and m.head.dep_ == "prep" and m.head.lower_ in {"in", "through", "via"}:
                verb = m.head.head
                for c in verb.children:
                    if c.dep_ == "nsubj":
                        sp = self._speaker_from(c, s, e, verb.i, depth + 1)
                        if sp:
                            return sp
        return None

    def _person(self, t: Token) -> dict | None:
        for k, person in enumerate(self.doc._.people or ()):
            for s, e in person["mentions"]:
                if s <= t.idx < e:
                    return {"speaker": person["name"], "speaker_org": person["org"],
                            "speaker_role": person["role"] or None, "person": k}
        return None

    def _last_speech_subject(self, t: Token) -> Token | None:
        """The subject of the latest speech verb before t, outside quotes (within 3 sentences)."""
        sents = []
        for sent in self.doc.sents:
            if sent.start > t.i:
                break
            sents.append(sent)
        for sent in reversed(sents[-4:]):
            for tok in reversed(list(sent)):
                if tok.i >= t.i or self.in_quote(tok.idx) or not _is_cue(tok, SPEECH_CUES):
                    continue
                subj = [c for c in tok.children if c.dep_ == "nsubj" and not self.in_quote(c.idx) and c.i != t.i]
                if subj:
                    return subj[0]
        return None

    def _pronoun(self, t: Token) -> dict | None:
        """he/she: the latest sentence before the pronoun that mentions a person of a
        matching gender (outside quotes); in it, the subject wins, else the latest mention.
        If a later speech verb has a subject the pipeline does not know as a person (a name
        the model read as an organisation), the pronoun is left unresolved rather than
        skipped back to an older person. "they" is not resolved: too often a group."""
        if t.lower_ == "they":
            return None
        gender = PRONOUNS[t.lower_]
        people = self.doc._.people or ()
        last = self._last_speech_subject(t)
        if last is not None and last.lower_ not in PRONOUNS and last.ent_type_ != "PERSON" \
                and last.pos_ == "PROPN" and self._person_in_subject(last, 0, len(self.text), last.head.i) is None:
            return None
        cands = []
        for k, person in enumerate(people):
            if person["gender"] not in (None, gender):
                continue
            for s, e in person["mentions"]:
                if s < t.idx and not self.in_quote(s):
                    span = self.doc.char_span(s, e, alignment_mode="expand")
                    if span is not None:
                        cands.append((s, k, span))
        if not cands:
            return None
        latest_sent = max(cands)[2].sent.start
        in_sent = [c for c in cands if c[2].sent.start == latest_sent]
        subjects = [c for c in in_sent if c[2].root.dep_ in _SUBJ_DEPS
                    or c[2].root.dep_ == "appos" and c[2].root.head.dep_ in _SUBJ_DEPS]
        _, k, _ = max(subjects or in_sent)
        person = people[k]
        return {"speaker": person["name"], "speaker_org": person["org"], "speaker_role": person["role"] or None, "person": k}

    @staticmethod
    def _apply(q: Quote, found: dict) -> None:
        q.speaker = found["speaker"]
        q.speaker_org = found["speaker_org"]
        q.speaker_role = found["speaker_role"]
        q.person = found["person"]
        q.cue = found.get("cue")

    # -- continuation paragraphs -------------------------------------------------------------
    def _continuations(self, quotes: list[Quote]) -> list[Quote]:
        """A quote opening a paragraph right after an attributed quote that ended its
        paragraph continues it when it names no other speaker (unattributed, or the same
        speaker reminded mid-quote: “...,” she said. “...”); after a paragraph ending
        "X said:" an unattributed quote is X's."""
        text = self.text
        out: list[Quote] = []
        for q in quotes:
            first = q.segments[0]
            opens_paragraph = first.open == self.paragraphs[first.para][0]
            prev = out[-1] if out else None
            if opens_paragraph and q.kind == "direct" and (
                    q.speaker is None or q.source == "interruption" and prev is not None and q.speaker == prev.speaker):
                if (prev is not None and prev.speaker is not None and prev.kind == "direct"
                        and prev.para_end == first.para - 1 and prev.last_close is not None
                        and self._ends_paragraph(prev)):
                    prev.segments.extend(q.segments)
                    continue
                if q.speaker is None and first.para > 0:
                    found = self._previous_paragraph_speaker(first.para - 1)
                    if found:
                        self._apply(q, found)
                        q.source = "previous"
            out.append(q)
        return out

    def _previous_paragraph_speaker(self, p: int) -> dict | None:
        """The speaker a stand-alone quote paragraph continues from the paragraph before:
        "X said:" ending it, or its last sentence reporting a named person's speech
        ("Its organiser, Nadia Brooks, said most families ..."; "Cllr Sarah Rouse said
        the council had “no sound planning reason” ...")."""
        text = self.text
        ps, pe = self.paragraphs[p]
        sent = _sentence_start(text, ps, pe - 1)
        if text[ps:pe].rstrip().endswith(":") and not any(ps <= s < pe for s, _ in self.quoted):
            return self._find_attribution(sent, pe, after=False)
        # only outside quotes, and only a named person: "they"/groups are not carried over
        found = self._find_attribution(sent, pe, after=False)
        if found and found.get("person") is not None:
            return found
        return None

    def _ends_paragraph(self, q: Quote) -> bool:
        ps, pe = self.paragraphs[q.para_end]
        rest = self.text[q.last_close + 1:pe]
        return not any(ch in rest for ch in OPEN_DOUBLE + STRAIGHT) and len(rest) <= 120

    def _as_dict(self, q: Quote) -> dict:
        return {
            "text": " ".join(self.text[s.start:s.end] for s in q.segments),
            "speaker": q.speaker,
            "speaker_org": q.speaker_org,
            "speaker_role": q.speaker_role,
            "cue": q.cue,
            "kind": q.kind,
            "start": q.start,
            "end": q.end,
            "paragraph": q.para,
            "paragraph_end": q.para_end,
            "person": q.person,
        }
