"""`newswatch_quotes`: quotations and who said them.

Segmentation is done by scanning characters, paragraph by paragraph, following British
newspaper conventions:
- curly (“ ”) and straight (") double quotes in the body; single quotes (‘ ’ ') only in
  the headline (in the body a single quote is an apostrophe or a quote nested in a quote);
- a quote still open at the end of a paragraph continues when the next paragraph opens
  with a quote mark (each paragraph opens, only the last one closes): one quote;
- "First part," she said. "Second part." is one quote interrupted by its attribution;
- a paragraph that is only a quote, right after an attributed quote that ended its
  paragraph, continues that quote (same speaker), as in the seed articles.

Attribution uses the parse: the subject of a speech verb (said, told, added, warned, ...)
in the attribution text next to the quote (after it: "..., she said." / "..., said X";
before it: "X said:"), or "according to X". The subject becomes the speaker:
- a person (mentions linked to the full name; he/she/they resolved to the latest
  person of a matching gender mentioned outside quotes);
- "A spokesman for the Y" -> speaker "spokesman for the Y", organisation Y;
- an organisation ("the council" -> the council the article names);
- another noun phrase as written ("council chiefs"), with the organisation when the
  phrase names one the article mentions.
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
    ORG_REFERENCES,
    PRONOUNS,
    SPEECH_CUES,
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
    attribution: tuple[int, int] | None = None  # chars of the attribution text used
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
        text = doc.text
        paragraphs = doc._.paragraphs if doc._.paragraphs is not None else paragraph_spans(text)
        headline = self._has_headline(text, paragraphs)
        groups = scan_groups(text, paragraphs, headline)
        self._quoted = [(seg.start, seg.end) for g in groups for seg in g]
        quotes = self._merge_interrupted(doc, [Quote(list(g)) for g in groups], paragraphs)
        kept: list[Quote] = []
        for q in quotes:
            if self._attribute(doc, q, paragraphs, headline):
                kept.append(q)
        kept = self._continuations(doc, kept, paragraphs)
        doc._.quotes = [self._as_dict(text, q) for q in kept]
        return doc

    @staticmethod
    def _has_headline(text: str, paragraphs: list[tuple[int, int]]) -> bool:
        if len(paragraphs) < 2:
            return False
        s, e = paragraphs[0]
        first = text[s:e]
        return len(first) <= _HEADLINE_MAX and first.rstrip()[-1:] not in ".:"

    # -- interrupted quotes ----------------------------------------------------------------
    def _merge_interrupted(self, doc: Doc, quotes: list[Quote], paragraphs) -> list[Quote]:
        out: list[Quote] = []
        for q in quotes:
            prev = out[-1] if out else None
            if prev is not None and prev.last_close is not None and prev.para_end == q.para:
                gap = (prev.last_close + 1, q.segments[0].open)
                between = doc.text[gap[0]:gap[1]]
                if 0 < len(between.strip()) <= 120 and between.rstrip()[-1:] in ",.:;" \
                        and self._find_attribution(doc, *gap, after=True) is not None \
                        and not self._own_attribution_after(doc, q, paragraphs):
                    prev.segments.extend(q.segments)
                    prev.interrupted_by.append(gap)
                    continue
            out.append(q)
        return out

    def _own_attribution_after(self, doc: Doc, q: Quote, paragraphs) -> bool:
        if q.last_close is None:
            return False
        ps, pe = paragraphs[q.para_end]
        end = _sentence_end(doc.text, q.last_close + 1, pe)
        return self._find_attribution(doc, q.last_close + 1, end, after=True) is not None

    # -- attribution ------------------------------------------------------------------------
    def _attribute(self, doc: Doc, q: Quote, paragraphs, headline: bool) -> bool:
        """Set kind and speaker. False when the quotation is not speech (drop it)."""
        text = doc.text
        first = q.segments[0]
        ps, pe = paragraphs[first.para]
        sent_start = _sentence_start(text, ps, first.open)
        before = text[sent_start:first.open]
        quoted = " ".join(text[s.start:s.end] for s in q.segments)
        at_sentence_start = not before.strip()
        introduced = before.rstrip()[-1:] in {":", ","} or before.rstrip().endswith(("—", "–", "-"))
        in_headline = headline and first.para == 0
        q.kind = "direct" if (at_sentence_start or introduced or len(q.segments) > 1 and q.para_end > q.para) else "partial"

        found = None
        for gap in q.interrupted_by:
            found = found or self._find_attribution(doc, *gap, after=True)
        if found is None and first.close is not None:
            end_para = paragraphs[q.para_end]
            close = q.last_close if q.last_close is not None else first.close
            after_end = _sentence_end(text, close + 1, end_para[1])
            if q.kind == "direct" or in_headline:
                found = self._find_attribution(doc, close + 1, after_end, after=True)
        if found is None and (q.kind == "direct" and introduced or in_headline):
            found = self._find_attribution(doc, sent_start, first.open, after=False)
        if found is None and q.kind == "partial":
            if not self._is_speech_partial(doc, q, sent_start, quoted):
                return False
            found = self._find_attribution(doc, sent_start, first.open, after=False, partial_of=q)
            if found is None:
                return False
        if found is not None:
            self._apply(q, found)
        if in_headline and q.kind == "partial" and q.speaker is None:
            return False
        if q.speaker is None and q.kind == "direct":
            words = len(quoted.split())
            if words < self.min_unattributed_words or _title_case(quoted) and not quoted.rstrip().endswith((".", "!", "?", ",")):
                return False
        return True

    def _is_speech_partial(self, doc: Doc, q: Quote, sent_start: int, quoted: str) -> bool:
        """Not a title, a name or scare quotes."""
        before = doc.text[max(sent_start, q.segments[0].open - 40):q.segments[0].open].lower()
        words = re.findall(r"[\w'’-]+", before)[-3:]
        if any(w in TITLE_MARKERS for w in words) or "so-called" in before or "so called" in before:
            return False
        if _title_case(quoted):
            return False
        return True

    def _find_attribution(self, doc: Doc, start: int, end: int, *, after: bool, partial_of: Quote | None = None) -> dict | None:
        tokens = [t for t in _tokens(doc, start, end) if start <= t.idx < end and not self._in_quote(t.idx)]
        if not tokens:
            return None
        # "according to X"
        for i, t in enumerate(tokens[:-1]):
            if t.lower_ == "according" and tokens[i + 1].lower_ == "to":
                rest = [x for x in tokens[i + 2:]]
                for x in rest:
                    sp = self._speaker_from(doc, x, start, end, x.i, None)
                    if sp:
                        sp["cue"] = "according to"
                        return sp
        cues = [t for t in tokens if _is_cue(t, SPEECH_CUES if partial_of is None else ALL_CUES)]
        if not cues:
            return None
        if after:
            ordered = cues  # the first cue after the quote
        else:
            ordered = list(reversed(cues))  # the cue nearest the quote
            if partial_of is not None:
                first_inner = _tokens(doc, partial_of.start, partial_of.start + 1)
                if first_inner:
                    anc = set(a.i for a in first_inner[0].ancestors)
                    ordered = [c for c in ordered if c.i in anc] + [c for c in ordered if c.i not in anc]
        for cue in ordered:
            subj = [c for c in cue.children if c.dep_ in _SUBJ_DEPS and start <= c.idx < end]
            if not subj and cue.dep_ in {"conj", "xcomp"} and cue.head.i != cue.i:
                subj = [c for c in cue.head.children if c.dep_ in _SUBJ_DEPS and start <= c.idx < end]
            for s in subj:
                sp = self._speaker_from(doc, s, start, end, cue.i, cue)
                if sp:
                    sp["cue"] = cue.text
                    return sp
            # No subject in the parse: the nearest name or pronoun next to the cue.
            if partial_of is None:
                near = sorted(
                    (t for t in tokens if t.i != cue.i and (t.ent_type_ in {"PERSON", "ORG"} or t.lower_ in PRONOUNS
                                                            or t.lower_ in SPOKES_NOUNS)),
                    key=lambda t: (abs(t.i - cue.i), t.i < cue.i if after else t.i > cue.i),
                )
                for t in near[:1]:
                    sp = self._speaker_from(doc, t, start, end, cue.i, cue)
                    if sp:
                        sp["cue"] = cue.text
                        return sp
        return None

    def _in_quote(self, idx: int) -> bool:
        return any(s <= idx < e for s, e in self._quoted)

    def _speaker_from(self, doc: Doc, t: Token, start: int, end: int, cue_i: int, cue: Token | None) -> dict | None:
        def inside(x: Token) -> bool:
            return start <= x.idx < end and not self._in_quote(x.idx) and (cue is None or x.i != cue_i)

        subtree = [x for x in t.subtree if inside(x)]
        # "A spokesman for the Academies Enterprise Trust"
        if t.lower_ in SPOKES_NOUNS:
            right = [x for x in subtree if x.i >= t.i and (x.i < cue_i or cue_i < t.i)]
            last = t.i
            for x in sorted(right, key=lambda x: x.i):
                if x.i == last + 1 and x.text not in {",", ";"}:
                    last = x.i
            words = doc[t.i:last + 1]
            org = None
            for x in words:
                if x.ent_type_ == "ORG":
                    hit = org_for_span(doc, x.idx, x.idx + len(x))
                    if hit:
                        org = hit["name"]
                        break
            if org is None:
                for x in words:
                    if x.lower_ in ORG_REFERENCES:
                        ref = resolve_org_reference(doc, x.text, x.idx)
                        if ref:
                            org = ref["name"]
                            break
            return {"speaker": words.text, "speaker_org": org, "speaker_role": None, "person": None}
        # A person: the subject itself, or a name in apposition within the subject.
        people_in = [x for x in ([t] + subtree) if x.ent_type_ == "PERSON"]
        if people_in:
            return self._person(doc, people_in[0])
        if t.lower_ in PRONOUNS:
            return self._pronoun(doc, t)
        orgs_in = [x for x in ([t] + sorted(subtree, key=lambda x: x.i)) if x.ent_type_ == "ORG"]
        if orgs_in:
            hit = org_for_span(doc, orgs_in[0].idx, orgs_in[0].idx + len(orgs_in[0]))
            if hit:
                return {"speaker": hit["name"], "speaker_org": hit["name"], "speaker_role": None, "person": None}
        if t.pos_ in {"NOUN", "PROPN"} or t.tag_.startswith("NN"):
            left = [x for x in t.lefts if x.dep_ in {"compound", "amod", "nmod"} and inside(x)]
            words = sorted(left + [t], key=lambda x: x.i)
            phrase = " ".join(x.text for x in words)
            dets = [x for x in t.lefts if x.dep_ == "det"]
            if t.lower_ in ORG_REFERENCES and not left or phrase.lower() in ORG_REFERENCES:
                ref = resolve_org_reference(doc, phrase if phrase.lower() in ORG_REFERENCES else t.text, t.idx)
                if ref:
                    return {"speaker": ref["name"], "speaker_org": ref["name"], "speaker_role": None, "person": None}
                if dets and dets[0].lower_ in {"a", "an"}:
                    return None
            if t.lower_ in {"it", "this", "that", "which", "who", "report", "study", "survey", "document"}:
                return None
            org = None
            for x in words:
                if x.lower_ in ORG_REFERENCES:
                    ref = resolve_org_reference(doc, x.text, x.idx)
                    if ref:
                        org = ref["name"]
            return {"speaker": phrase, "speaker_org": org, "speaker_role": None, "person": None}
        return None

    def _person(self, doc: Doc, t: Token) -> dict | None:
        for k, person in enumerate(doc._.people or ()):
            for s, e in person["mentions"]:
                if s <= t.idx < e:
                    return {"speaker": person["name"], "speaker_org": person["org"],
                            "speaker_role": person["role"] or None, "person": k}
        return None

    def _pronoun(self, doc: Doc, t: Token) -> dict | None:
        gender = PRONOUNS[t.lower_]
        best, best_pos = None, -1
        for k, person in enumerate(doc._.people or ()):
            if t.lower_ != "they" and person["gender"] not in (None, gender):
                continue
            for s, _ in person["mentions"]:
                if s < t.idx and s > best_pos and not self._in_quote(s):
                    best, best_pos = k, s
        if t.lower_ == "they":
            org_best, org_pos = None, -1
            for org in doc._.orgs or ():
                for s, _ in org["mentions"]:
                    if s < t.idx and s > org_pos and not self._in_quote(s):
                        org_best, org_pos = org, s
            if org_best is not None and org_pos > best_pos:
                return {"speaker": org_best["name"], "speaker_org": org_best["name"], "speaker_role": None, "person": None}
            return None  # "they" for a person is too uncertain to attribute
        if best is None:
            return None
        person = doc._.people[best]
        return {"speaker": person["name"], "speaker_org": person["org"], "speaker_role": person["role"] or None, "person": best}

    @staticmethod
    def _apply(q: Quote, found: dict) -> None:
        q.speaker = found["speaker"]
        q.speaker_org = found["speaker_org"]
        q.speaker_role = found["speaker_role"]
        q.person = found["person"]
        q.cue = found.get("cue")

    # -- continuation paragraphs -------------------------------------------------------------
    def _continuations(self, doc: Doc, quotes: list[Quote], paragraphs) -> list[Quote]:
        """An unattributed quote opening a paragraph right after an attributed quote that
        ended its paragraph continues it; after a paragraph ending "X said:" it is X's."""
        text = doc.text
        out: list[Quote] = []
        for q in quotes:
            first = q.segments[0]
            opens_paragraph = first.open == paragraphs[first.para][0]
            prev = out[-1] if out else None
            if q.speaker is None and opens_paragraph and q.kind == "direct":
                if (prev is not None and prev.speaker is not None and prev.kind == "direct"
                        and prev.para_end == first.para - 1 and prev.last_close is not None
                        and self._ends_paragraph(doc, prev, paragraphs)):
                    prev.segments.extend(q.segments)
                    continue
                if first.para > 0:
                    ps, pe = paragraphs[first.para - 1]
                    if text[ps:pe].rstrip().endswith(":") and not any(ps <= s < pe for s, _ in self._quoted):
                        found = self._find_attribution(doc, _sentence_start(text, ps, pe - 1), pe, after=False)
                        if found:
                            self._apply(q, found)
            out.append(q)
        return out

    def _ends_paragraph(self, doc: Doc, q: Quote, paragraphs) -> bool:
        ps, pe = paragraphs[q.para_end]
        rest = doc.text[q.last_close + 1:pe]
        return not any(ch in rest for ch in OPEN_DOUBLE + STRAIGHT) and len(rest) <= 120

    @staticmethod
    def _as_dict(text: str, q: Quote) -> dict:
        return {
            "text": " ".join(text[s.start:s.end] for s in q.segments),
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


@Language.factory("newswatch_quotes", default_config={"min_unattributed_words": 4})
def make_quotes(nlp: Language, name: str, min_unattributed_words: int) -> Quotes:
    return Quotes(nlp, name, min_unattributed_words)
