"""PolNeAR (real US political news, hand-annotated attributions) as a quote benchmark.

Used by `benchmarks/quotes.py --polnear DIR`. Evaluation only: nothing from the corpus is
copied into the project (see DIR/README.md).

Gold: the `direct` attributions of the primary annotator (every content span enclosed in
quotation marks). A gold quote's text is its content spans joined; its speaker is the
source as written, except that a pronoun source (he, she, they, it, we) is resolved to the
nearest earlier source in the article that is not a pronoun (the corpus does not resolve
them; expect some noise from this rule). Predictions that overlap a paraphrase (a `mixed`
or `indirect` attribution: the corpus's quote_type does not see '' as quote marks, so NYT
paraphrases holding a partial quote are `indirect`) and no direct quote are ignored: the
annotation has no direct quote there to compare with. As in the project's own benchmark,
quotes in the headline (the first line) are left out, gold and predicted.

The articles are split by sorted doc id k: half A (even k) is the one the extractor was
tuned on since the first round of issue 13. The other half was held out for three rounds;
in the fourth it was split again by alternate ids: C (k % 4 == 3) is open for tuning (its
misses may be read), B (k % 4 == 1) stays held out (its totals only are read).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

PRONOUN_SOURCES = {"he", "she", "they", "it", "we"}
SOURCE_TITLES = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "del", "president", "the", "a", "an"}
QUOTE_MARKS = "“”‘’\"'«»„"


def load(directory: Path) -> list[dict]:
    """One dict per article: id, half, text, gold quotes, mixed spans."""
    path = directory / "polnear_dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = sorted((r for r in rows if r.get("primary")), key=lambda r: r["doc_id"])
    out = []
    for k, r in enumerate(rows):
        attrs = r["attributions"]
        named = sorted((s["start"], s["text"]) for a in attrs for s in a["source"] if _named(r["text"], s))
        gold, mixed = [], []
        for a in attrs:
            spans = sorted((c["start"], c["end"]) for c in a["content"])
            if a["quote_type"] != "direct":
                mixed.extend(spans)
            if a["quote_type"] != "direct" or not spans:
                continue
            source = " ".join(s["text"] for s in a["source"])
            pronoun = source.lower() in PRONOUN_SOURCES
            speaker = source
            if pronoun and a["source"]:
                at = a["source"][0]["start"]
                earlier = [t for s, t in named if s < at]
                speaker = earlier[-1] if earlier else ""
            text = " ".join(r["text"][s:e].strip(QUOTE_MARKS + " ,") for s, e in spans)
            gold.append({"text": text, "spans": spans, "speaker": speaker, "pronoun": pronoun})
        title_end = r["text"].find("\n")
        gold = [g for g in gold if g["spans"][0][0] > title_end]
        out.append({"id": r["doc_id"], "half": part(k), "text": r["text"],
                    "quotes": gold, "mixed": mixed, "title": (0, title_end if title_end >= 0 else 0)})
    return out


def part(k: int) -> str:
    """The split an article belongs to, by its index k in sorted doc-id order: A (tuned on
    since round one), C (open for tuning since round four) or B (held out)."""
    if k % 2 == 0:
        return "A"
    return "C" if k % 4 == 3 else "B"


def _named(text: str, source: dict) -> bool:
    """A source that names someone: a capitalised word after its first ("Sen. David
    Perdue", "a Clinton aide") or a single capitalised word that does not open a sentence
    ("..., Trump said"); not a relative pronoun or a stray annotation ("which", "said")."""
    words = source["text"].split()
    if not words or source["text"].lower() in PRONOUN_SOURCES | {"which", "who", "her", "him", "said", "i"}:
        return False
    if any(w[:1].isupper() for w in words[1:]):
        return True
    before = text[max(0, source["start"] - 3):source["start"]].strip()
    return words[0][:1].isupper() and before[-1:] not in {".", "!", "?", ""}


def speaker_words(name: str | None) -> list[str]:
    """Lower-case words of a speaker, without titles, a leading article, a parenthesis
    ("(R-Texas)") or an apposition after a comma."""
    if not name:
        return []
    name = re.sub(r"\([^)]*\)", " ", name).split(",", 1)[0]
    w = [x for x in re.findall(r"[\w'’-]+", name.lower())]
    w = [x[:-2] if x.endswith(("'s", "’s")) else x for x in w]
    while w and w[0] in SOURCE_TITLES:
        w = w[1:]
    return w


def same_speaker(pred: str | None, gold: str | None) -> bool:
    """Same head word or surname: the predicted speaker's last word is in the gold source
    ("Trump" ~ "Donald Trump"; "Brian Fallon" ~ "Clinton spokesman Brian Fallon"), or in a
    part of it set off by commas ("The minister, Mr. Guajardo Villarreal,")."""
    p = speaker_words(pred)
    parts = [speaker_words(x) for x in re.sub(r"\([^)]*\)", " ", gold or "").split(",")] or [[]]
    if not p or not any(parts):
        return not p and not any(parts)
    return any(g and (p[-1] == g[-1] or p[-1] in g) for g in parts)


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans) -> int:
    return sum(e - s for s, e in spans)


def score(articles: list[dict], predictions: list[list[dict]], tiers=(0.9, 0.5), verbose=None, outcomes=None) -> dict:
    """Span and span+speaker P/R/F1, pronoun accuracy, and precision per confidence tier.

    A prediction matches a gold quote when their character overlap is >= half of each
    (one to one, best first). Predictions are dicts with spans, speaker, confidence."""
    n_gold = n_pred = tp_span = tp_spk = 0
    pron = pron_ok = 0
    tier_stats = {t: [0, 0] for t in tiers}  # predictions in tier, right ones
    for art, preds in zip(articles, predictions):
        preds = [p for p in preds if not _overlap(p["spans"], [art["title"]])]
        preds = [p for p in preds if not _overlap(p["spans"], art["mixed"])
                 or any(_overlap(p["spans"], g["spans"]) for g in art["quotes"])]
        gold = art["quotes"]
        n_gold += len(gold)
        n_pred += len(preds)
        pairs = []
        for i, p in enumerate(preds):
            for j, g in enumerate(gold):
                o = _overlap(p["spans"], g["spans"])
                r1, r2 = o / max(1, _length(p["spans"])), o / max(1, _length(g["spans"]))
                if r1 >= 0.5 and r2 >= 0.5:
                    pairs.append((min(r1, r2), i, j))
        used_p, used_g, matched = set(), set(), {}
        for _, i, j in sorted(pairs, reverse=True):
            if i not in used_p and j not in used_g:
                used_p.add(i)
                used_g.add(j)
                matched[i] = j
        tp_span += len(matched)
        right = set()
        for i, j in matched.items():
            if same_speaker(preds[i]["speaker"], gold[j]["speaker"]):
                right.add(i)
            if gold[j]["pronoun"]:
                pron += 1
                pron_ok += i in right
        tp_spk += len(right)
        for i, p in enumerate(preds):
            if outcomes is not None:
                outcomes.append((p, i in right))
            for t in tiers:
                if p.get("confidence", 1.0) >= t:
                    tier_stats[t][0] += 1
                    tier_stats[t][1] += i in right
        if verbose is not None:
            text = art["text"]
            for j, g in enumerate(gold):
                i = next((i for i, jj in matched.items() if jj == j), None)
                if i is None:
                    verbose(f"{art['id']} MISSED gold={g['speaker']!r} :: {text[g['spans'][0][0]:g['spans'][0][0] + 80]!r}")
                elif i not in right:
                    verbose(f"{art['id']} SPEAKER gold={g['speaker']!r} got={preds[i]['speaker']!r} "
                            f"conf={preds[i].get('confidence')} pron={g['pronoun']} :: {g['text'][:60]!r}")
            for i, p in enumerate(preds):
                if i not in matched:
                    s0 = p["spans"][0][0] if p["spans"] else 0
                    verbose(f"{art['id']} EXTRA speaker={p['speaker']!r} :: {text[s0:s0 + 80]!r}")

    def prf(tp, npred, ngold):
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    return {
        "gold": n_gold, "pred": n_pred, "span": prf(tp_span, n_pred, n_gold),
        "speaker": prf(tp_spk, n_pred, n_gold), "pronoun": (pron_ok / pron if pron else 0.0, pron),
        "tiers": {t: (n, ok / n if n else 0.0, n / n_pred if n_pred else 0.0) for t, (n, ok) in tier_stats.items()},
    }


def ours(nlp, articles: list[dict]) -> list[list[dict]]:
    out = []
    for doc in nlp.pipe([a["text"] for a in articles], batch_size=16):
        out.append([{"spans": [tuple(s) for s in q.get("spans") or [(q["start"], q["end"])]],
                     "speaker": q["speaker"], "confidence": q.get("confidence", 1.0)}
                    for q in doc._.quotes or ()])
    return out


def textacy_quotes(doc) -> list[tuple[int, int, str]] | None:
    """textacy's direct quotations in a doc as (start, end, speaker), or None when
    textacy refuses the doc (it raises ValueError on some texts)."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return None
    return [(t.content[0].idx, t.content[-1].idx + len(t.content[-1]), " ".join(tok.text for tok in t.speaker))
            for t in triples if len(t.content)]


def textacy(base, articles: list[dict]) -> tuple[list[list[dict]], int]:
    out, refused = [], 0
    for doc in base.pipe([a["text"] for a in articles], batch_size=16):
        found = textacy_quotes(doc)
        refused += found is None
        out.append([{"spans": [(start, end)], "speaker": speaker, "confidence": 1.0}
                    for start, end, speaker in found or ()])
    return out, refused
