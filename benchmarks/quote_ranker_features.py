"""For benchmarks/quote_ranker.py (an experiment, not part of the pipeline): candidate
speakers of a quote the rules attributed by a pronoun, a nominal ("the spokesman", "the
trust") or not at all, and the features a learned ranker reads of each.

For each such quote (`ranked_quotes`), the candidates (`RankerContext.candidates`) are the
people and organisations named outside quotes in the paragraphs before it (within
WINDOW_PARAGRAPHS), the speakers of the quotes before it in that window, the rules' own
choice, and "no speaker". Each candidate is described by how far back it was named, how
often, in what role (the subject of a speech verb, another subject, a possessive), whether
it spoke the quote before, whether its gender and number agree with the pronoun, and
whether it is the rules' choice. The features are plain numbers keyed by name, so any
scikit-learn classifier behind a DictVectorizer can score them. Mentions, their roles and
genders are read with the rules' own notions (nlp/components/quoting/salience.py), so the
ranker weighs the same evidence differently rather than seeing other evidence.
"""
from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc

from nlp.components.doc_text import doc_text
from nlp.components.paragraphs import paragraph_spans
from nlp.components.quoting.salience import Salience
from nlp.components.quoting.words import PRONOUN_AGREEMENT

# Kinds of evidence (quotes' confidence_basis) whose speaker came from a pronoun, a
# nominal, a neighbouring paragraph or nowhere: the quotes the ranker may re-rank.
RANKED_BASES = frozenset({"pronoun", "pronoun-interruption", "pronoun-contested", "pronoun-contested-here",
                          "pronoun-far", "pronoun-partial", "pronoun-group", "nominal", "previous", "continued", "next", "none"})
# How many paragraphs back (the quote's own included) a candidate may have been named.
WINDOW_PARAGRAPHS = 6
# Distances beyond these are "far": the feature saturates.
MAX_SENTENCES = 12
MAX_PARAGRAPHS = WINDOW_PARAGRAPHS


@dataclass
class Candidate:
    key: tuple
    speaker: str | None
    speaker_org: str | None = None
    speaker_role: str | None = None
    person: int | None = None
    features: dict[str, float] = field(default_factory=dict)


def ranked_quotes(quotes: list[dict]) -> list[int]:
    """Indices of the quotes whose speaker the ranker may choose."""
    return [i for i, q in enumerate(quotes) if q.get("confidence_basis") in RANKED_BASES]


def _speaker_key(q: dict, org_names: set[str]) -> tuple:
    if not q.get("speaker"):
        return ("none",)
    if q.get("person") is not None:
        return ("p", q["person"])
    if q["speaker"] in org_names:
        return ("o", q["speaker"])
    return ("s", q["speaker"])


class RankerContext(Salience):
    """One document with its quotes (doc._.quotes, as the rules left them)."""

    def __init__(self, doc: Doc, quotes: list[dict]):
        super().__init__(doc, doc._.paragraphs if doc._.paragraphs is not None else paragraph_spans(doc_text(doc)))
        self.quotes = quotes
        self.quoted = sorted((s, e) for q in quotes for s, e in q.get("spans") or [(q["start"], q["end"])])
        self.para_starts = [s for s, _ in self.paragraphs]
        self.org_names = {o["name"] for o in doc._.orgs or ()}
        self.person_key = {}
        for k in range(len(doc._.people or ())):
            self.person_key[k] = self.person_speaker(k).person

    def para_of(self, pos: int) -> int:
        return max(0, bisect_right(self.para_starts, pos) - 1)

    def _token_at(self, pos: int):
        span = self.doc.char_span(pos, pos + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None

    def subject_word(self, q: dict) -> str:
        """he/she/they/it/we when the cue's subject next to the quote is that pronoun,
        "nominal" for a noun, "none" when no cue names the speaker."""
        cue = q.get("cue")
        if not cue or not q.get("speaker"):
            return "none"
        first, last = self._token_at(q["start"]), self._token_at(max(q["start"], q["end"] - 1))
        if first is None or last is None:
            return "none"
        lo, hi = first.sent.start, last.sent.end
        found = "nominal"
        best = None
        for t in self.doc[lo:min(len(self.doc), hi + 1)]:
            if t.text != cue or self.in_quote(t.idx):
                continue
            for c in t.children:
                if c.dep_ in {"nsubj", "nsubjpass"} and not self.in_quote(c.idx):
                    d = min(abs(c.idx - q["start"]), abs(c.idx - q["end"]))
                    if best is None or d < best:
                        best = d
                        found = c.lower_ if c.lower_ in PRONOUN_AGREEMENT else "nominal"
        return found

    def candidates(self, qi: int) -> list[Candidate]:
        q = self.quotes[qi]
        here = self.para_of(q["start"])
        oldest = max(0, here - WINDOW_PARAGRAPHS + 1)
        since = self.para_starts[oldest] if self.para_starts else 0
        word = self.subject_word(q)
        rules_key = _speaker_key(q, self.org_names)
        cands: dict[tuple, Candidate] = {}
        mentions: dict[tuple, list[tuple[int, int]]] = {}
        people = self.doc._.people or ()
        for k in range(len(people)):
            key = ("p", self.person_key[k])
            ms = [(s, e) for s, e in self._mentions(k) if since <= s < q["start"] and not self.in_quote(s)]
            if ms:
                mentions.setdefault(key, []).extend(ms)
                if key not in cands:
                    sp = self.person_speaker(k)
                    cands[key] = Candidate(key, sp.speaker, sp.speaker_org, sp.speaker_role, sp.person)
        for org in self.doc._.orgs or ():
            key = ("o", org["name"])
            ms = [(s, e) for s, e in org["mentions"] if since <= s < q["start"] and not self.in_quote(s)]
            if ms and org["name"] not in {c.speaker for c in cands.values()}:
                mentions.setdefault(key, []).extend(ms)
                cands[key] = Candidate(key, org["name"], org["name"])
        earlier = [p for p in self.quotes[:qi] if p.get("speaker") and p["start"] >= since]
        for p in earlier:
            key = _speaker_key(p, self.org_names)
            if key not in cands:
                cands[key] = Candidate(key, p["speaker"], p.get("speaker_org"), p.get("speaker_role"), p.get("person"))
        if rules_key not in cands:
            cands[rules_key] = Candidate(rules_key, q.get("speaker"), q.get("speaker_org"), q.get("speaker_role"),
                                         q.get("person"))
        cands.setdefault(("none",), Candidate(("none",), None))
        by_recency = sorted((max(s for s, _ in ms), key) for key, ms in mentions.items())
        recency_rank = {key: r for r, (_, key) in enumerate(reversed(by_recency))}
        for key, c in cands.items():
            c.features = self._features(q, qi, c, word, key == rules_key, mentions.get(key, []),
                                        recency_rank.get(key, len(recency_rank)), earlier)
        _relative(list(cands.values()))
        return list(cands.values())

    def _features(self, q: dict, qi: int, c: Candidate, word: str, is_rules: bool, ms: list[tuple[int, int]],
                  rank: int, earlier: list[dict]) -> dict[str, float]:
        kind = c.key[0]
        f: dict[str, float] = {f"type={kind}": 1.0, f"word={word}": 1.0, f"basis={q.get('confidence_basis')}": 1.0,
                               f"type={kind}|word={word}": 1.0, "partial": float(q.get("kind") == "partial")}
        if is_rules:
            f["rules"] = 1.0
            f[f"rules|basis={q.get('confidence_basis')}"] = 1.0
        f["rules_conf"] = float(q.get("confidence") or 0.0) * (1.0 if is_rules else -1.0)
        here_tok = self._token_at(q["start"])
        here_sent = self._narrative_index(here_tok.i) if here_tok is not None else 0
        here_para = self.para_of(q["start"])
        if ms:
            last_s, last_e = max(ms)
            span = self.doc.char_span(last_s, last_e, alignment_mode="expand")
            sent_d = here_sent - self._narrative_index(span.start) if span is not None else MAX_SENTENCES
            f["sent_dist"] = float(min(MAX_SENTENCES, max(0, sent_d)))
            f["para_dist"] = float(min(MAX_PARAGRAPHS, here_para - self.para_of(last_s)))
            f["char_dist_log"] = math.log1p(max(0, q["start"] - last_e))
            f["mentions"] = math.log1p(len(ms))
            f["recency_rank"] = float(min(rank, 5))
            f["most_recent"] = float(rank == 0)
            roles = [self._mention_bonus(sp) for s, e in ms
                     if (sp := self.doc.char_span(s, e, alignment_mode="expand")) is not None]
            f["last_role"] = roles[-1] if roles else 0.0
            f["best_role"] = max(roles, default=0.0)
            f["spoke_in_window"] = float(any(r >= 2.0 for r in roles))
            spoke = [s for (s, _), r in zip(ms, roles) if r >= 2.0]
            f[SPEECH_AT] = float(max(spoke, default=-1))
            f[SUBJECT_AT] = float(max((s for (s, _), r in zip(ms, roles) if r >= 1.0), default=-1))
            f["same_para"] = float(here_para == self.para_of(last_s))
        else:
            f["unmentioned"] = 1.0
            f["sent_dist"] = float(MAX_SENTENCES)
            f["para_dist"] = float(MAX_PARAGRAPHS)
            f["recency_rank"] = 5.0
        said = [p for p in earlier if _speaker_key(p, self.org_names) == c.key]
        f["quotes_before"] = math.log1p(len(said))
        prev = next(reversed(self.quotes[:qi]), None)
        f["prev_quote"] = float(prev is not None and prev.get("speaker") is not None
                                and _speaker_key(prev, self.org_names) == c.key)
        if said:
            f["quote_para_dist"] = float(min(MAX_PARAGRAPHS, here_para - self.para_of(said[-1]["start"])))
        f.update(self._agreement(c, word))
        return f

    def _agreement(self, c: Candidate, word: str) -> dict[str, float]:
        kind = c.key[0]
        if word in {"he", "she"} and kind == "p" and c.person is not None:
            gender = self._gender(c.person)
            want = PRONOUN_AGREEMENT[word][0]
            stated = (self.doc._.people or ())[c.person]["gender"] is not None or self._stated_gender(c.person) is not None
            return {"gender_agree": 1.0 if gender == want else -1.0 if gender else 0.0,
                    "gender_stated": float(stated)}
        if word in {"he", "she"}:
            return {"gender_agree": -1.0 if kind == "o" else 0.0}
        if word in {"it", "they", "we"}:
            group = kind == "o" or " and " in (c.speaker or "")
            return {"number_agree": 1.0 if group else -1.0 if kind == "p" else 0.0}
        return {}


# Where a candidate was last the subject of a speech verb / of any verb (character offset;
# -1 if never in the window): read by _relative, then dropped from the features.
SPEECH_AT, SUBJECT_AT = "_speech_at", "_subject_at"
# Features compared with the other candidates' (this one's value minus the smallest).
RELATIVE = ("sent_dist", "para_dist", "char_dist_log")


def _relative(cands: list[Candidate]) -> None:
    """Features that say how a candidate stands against the others of the same quote: its
    distances beyond the nearest candidate's, and whether it is the latest one reported
    speaking or the latest subject."""
    named = [c for c in cands if c.key[0] != "none" and "unmentioned" not in c.features]
    for name in RELATIVE:
        low = min((c.features[name] for c in named if name in c.features), default=0.0)
        for c in named:
            if name in c.features:
                c.features[name + "_rel"] = c.features[name] - low
    for at, name in ((SPEECH_AT, "latest_speaker"), (SUBJECT_AT, "latest_subject")):
        latest = max((c.features.get(at, -1.0) for c in cands), default=-1.0)
        for c in cands:
            if latest >= 0 and c.features.get(at, -1.0) == latest:
                c.features[name] = 1.0
            c.features.pop(at, None)
