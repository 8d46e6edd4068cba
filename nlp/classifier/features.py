"""Features for the relevance and topic classifier.

Three blocks, stacked side by side in this order:

1. word 1-2 gram TF-IDF over the headline and body (also used to explain a score);
2. character 3-4 gram TF-IDF (within word boundaries) over the headline and the start
   of the body, which copes with spelling variants ("outsourced", "out-sourcing");
3. topic cues: how often each topic's tell-tale phrases occur (TOPIC_CUES,
   `log1p(count) * CUE_WEIGHT`). TF-IDF rows are length-normalised, so in a long
   article one "outsourcing" weighs little; a cue count does not fade with length;
4. the number of organisations of each kind the spaCy findings mention
   (`log1p(count) * FINDINGS_WEIGHT`; zeros when there are no findings).

Only stock scikit-learn objects with plain parameters are used, so the fitted
vectorisers can be saved with skops and loaded without trusting custom code.
"""
from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from nlp.document import joined_text
from nlp.kinds import KINDS as ORG_KINDS
from nlp.kinds import OTHER

KINDS = tuple(kind for kind in ORG_KINDS if kind != OTHER)
"""The organisation kinds counted (block 4): every kind of nlp.kinds but the catch-all
OTHER, in nlp.kinds' order. A model's columns follow this tuple (meta.json "kinds")."""
FINDINGS_WEIGHT = 0.3
"""Scale of the organisation-kind block beside the unit-length TF-IDF rows: set by hand,
not tuned (changing it changes the model: retrain)."""
CUE_WEIGHT = 0.5
"""Scale of the topic-cue block, as FINDINGS_WEIGHT: set by hand, not tuned."""
# Per topic, phrases that signal it (regular expressions matched against lower case).
TOPIC_CUES = {
    "outsourcing": [
        r"\boutsourc\w*",
        r"\bprivati[sz]\w*",
        r"\bcontractors?\b",
        r"\btupe\b",
        r"\bin-?house\b",
    ],
    "academisation": [
        r"\bacademy orders?\b",
        r"\bacademi[sz]\w*",
        r"\bconver(?:t|ts|ted|ting|sion)\b[^.]{0,40}\bacademy\b",
        r"\bacademy status\b",
        r"\bsponsored academ\w*",
    ],
    "trust_governance_finance": [
        r"\bdeficits?\b",
        r"\baccounts\b",
        r"\bsalar(?:y|ies)\b",
        r"\brelated[- ]part(?:y|ies)\b",
        r"\breserves\b",
        r"\bfinancial (?:notice|pressures?|management|mismanagement)\b",
        r"\bgovernance\b",
        r"\bfunding\b",
    ],
    "industrial_action_jobs": [
        r"\bstrik(?:e|es|ing)\b",
        r"\bwalk(?:ed)?[- ]?outs?\b",
        r"\bballot\w*",
        r"\bredundanc\w*",
        r"\bjob (?:cuts|losses)\b",
        r"\bindustrial action\b",
        r"\bfailure to agree\b",
    ],
    "pfi_contracts": [
        r"\bpfi\b",
        r"\bprivate finance initiative\b",
        r"\bpf2\b",
        r"\bunitary (?:charges?|payments?)\b",
    ],
    "trust_transfer_collapse": [
        r"\brebrok\w*",
        r"\bwound up\b|\bwinding up\b|\bcollaps\w*",
        r"\b(?:new|another|different) (?:academy )?trust\b",
        r"\btermination (?:warning )?notice\b",
        r"\bwarning notice\b",
    ],
}
# One pattern with a named group per topic: a single pass over each lower-cased document.
_CUES = re.compile(
    "|".join(f"(?P<{topic}>{'|'.join(f'(?:{p})' for p in patterns)})" for topic, patterns in TOPIC_CUES.items())
)
_CUE_INDEX = {topic: j for j, topic in enumerate(TOPIC_CUES)}
# The character block reads only this much of each article: character n-grams are the
# slowest part of scoring, and the headline and opening paragraphs carry the topic.
CHAR_TEXT_LIMIT = 600


def feature_text(headline: str | None, text: str | None) -> str:
    """The text the word features and topic cues read: the article's analysed text
    (nlp.document: headline, blank line, body), without surrounding whitespace, and
    with the headline's own line breaks kept (title_breaks=True) as they were when the
    bundled model was trained. Word and character features cannot tell a line break
    from a space; a topic cue phrase broken across a headline's lines could."""
    return joined_text(headline, text, title_breaks=True)[0].strip()


def char_text(headline: str | None, text: str | None) -> str:
    """The text the character features read: the headline and the start of the body."""
    return feature_text(headline, text)[:CHAR_TEXT_LIMIT]


PASSAGE_WORDS = 120
"""Words per passage for the passage rule of topic decisions (docs/classifier.md): set
by hand, a little longer than a training article (about 90 words), not tuned."""


def passages(text: str | None, limit: int = PASSAGE_WORDS) -> list[str]:
    """The body cut into runs of whole paragraphs of about `limit` words (a paragraph
    longer than that is a passage of its own)."""
    out: list[str] = []
    current: list[str] = []
    words = 0
    for para in (text or "").split("\n\n"):
        n = len(para.split())
        if not n:
            continue
        if current and words + n > limit:
            out.append("\n\n".join(current))
            current, words = [], 0
        current.append(para)
        words += n
    if current:
        out.append("\n\n".join(current))
    return out


def make_word_vectorizer(min_df: int = 2) -> TfidfVectorizer:
    return TfidfVectorizer(
        ngram_range=(1, 2),
        min_df=min_df,
        max_df=0.9,
        sublinear_tf=True,
        dtype=np.float32,
    )


def make_char_vectorizer(min_df: int = 2) -> TfidfVectorizer:
    return TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 4),
        min_df=min_df,
        max_df=0.9,
        max_features=20000,
        sublinear_tf=True,
        dtype=np.float32,
    )


def kind_counts(findings: dict | None) -> list[float]:
    """Mentions of each organisation kind in one article's findings (zeros when absent)."""
    counts = dict.fromkeys(KINDS, 0)
    for entity in (findings or {}).get("entities") or []:
        kind = entity.get("kind")
        if kind in counts:
            counts[kind] += 1
    return [math.log1p(counts[k]) * FINDINGS_WEIGHT for k in KINDS]


def cue_matrix(documents: Sequence[str]) -> sp.csr_matrix:
    """An n x len(TOPIC_CUES) matrix of topic-cue features."""
    counts = np.zeros((len(documents), len(_CUE_INDEX)), dtype=np.float32)
    for i, doc in enumerate(documents):
        for match in _CUES.finditer(doc.lower()):
            counts[i, _CUE_INDEX[match.lastgroup]] += 1
    return sp.csr_matrix(np.log1p(counts) * CUE_WEIGHT)


def findings_matrix(findings: Sequence[dict | None] | None, n: int) -> sp.csr_matrix:
    """An n x len(KINDS) matrix of organisation-kind features."""
    if findings is None:
        return sp.csr_matrix((n, len(KINDS)), dtype=np.float32)
    if len(findings) != n:
        raise ValueError(f"got {len(findings)} findings for {n} articles; they must align")
    return sp.csr_matrix(np.array([kind_counts(f) for f in findings], dtype=np.float32).reshape(n, len(KINDS)))


def fit_vectorizers(
    headlines: Sequence[str], texts: Sequence[str], min_df: int = 2
) -> tuple[TfidfVectorizer, TfidfVectorizer]:
    word = make_word_vectorizer(min_df)
    char = make_char_vectorizer(min_df)
    word.fit([feature_text(h, t) for h, t in zip(headlines, texts)])
    char.fit([char_text(h, t) for h, t in zip(headlines, texts)])
    return word, char


def transform(
    word: TfidfVectorizer,
    char: TfidfVectorizer,
    headlines: Sequence[str],
    texts: Sequence[str],
    findings: Sequence[dict | None] | None,
    with_word: bool = False,
):
    """The full feature matrix: [word | char | topic cues | organisation kinds]; with
    `with_word`, also the word block alone (to explain scores with)."""
    n = len(headlines)
    documents = [feature_text(h, t) for h, t in zip(headlines, texts)]
    xw = word.transform(documents)
    xc = char.transform([char_text(h, t) for h, t in zip(headlines, texts)])
    X = sp.hstack([xw, xc, cue_matrix(documents), findings_matrix(findings, n)], format="csr", dtype=np.float32)
    return (X, xw.tocsr()) if with_word else X


# Reporting words that carry no topic, kept out of explanations.
NEWS_WORDS = frozenset({"said", "says", "say", "told", "added", "according", "year", "years", "new", "week", "just"})
_UNREADABLE = ENGLISH_STOP_WORDS | NEWS_WORDS


def is_readable_term(term: str) -> bool:
    """True for word features worth showing a researcher (not stop words, reporting
    words or numbers)."""
    words = term.split()
    if not words or words[0] in _UNREADABLE or words[-1] in _UNREADABLE:
        return False
    return all(any(c.isalpha() for c in w) for w in words) and len(term) >= 3
