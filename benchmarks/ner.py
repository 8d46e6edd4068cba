"""PER/ORG entity benchmark on the CoNLL-2003 English dev set: plain small model vs the
newswatch pipeline (gazetteer, entity clean-up, people), in the same run.

    .venv/bin/python benchmarks/ner.py [--conll PATH]

Data: ../shared/data/conll2003-dev/conll2003_dev.txt (research use only; not shipped).
Each sentence is rebuilt from its tokens joined by single spaces, gold entities become
character spans, and both systems run over the same sentence texts with nlp.pipe.
spaCy labels map PERSON -> PER and ORG -> ORG; scores are exact span + type, micro P/R/F1.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT = ROOT.parent / "shared" / "data" / "conll2003-dev" / "conll2003_dev.txt"
LABELS = {"PERSON": "PER", "ORG": "ORG"}
TYPES = ("PER", "ORG")


def read_conll(path: Path) -> list[tuple[str, set[tuple[int, int, str]]]]:
    """[(sentence text, {(start, end, type)})] from a CoNLL-2003 IOB2 file."""
    sentences = []
    tokens: list[tuple[str, str]] = []

    def flush():
        if not tokens:
            return
        text, spans = "", set()
        cur = None  # (start, type)
        last_end = 0
        for word, tag in tokens:
            start = len(text) + (1 if text else 0)
            text = f"{text} {word}" if text else word
            end = len(text)
            if tag.startswith("B-") or tag.startswith("I-") and (cur is None or cur[1] != tag[2:]):
                if cur is not None:
                    spans.add((cur[0], last_end, cur[1]))
                cur = (start, tag[2:])
            elif tag == "O" and cur is not None:
                spans.add((cur[0], last_end, cur[1]))
                cur = None
            last_end = end
        if cur is not None:
            spans.add((cur[0], last_end, cur[1]))
        sentences.append((text, {s for s in spans if s[2] in TYPES}))
        tokens.clear()

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                flush()
                continue
            parts = line.split()
            if parts[0] == "-DOCSTART-":
                flush()
                continue
            tokens.append((parts[0], parts[-1]))
    flush()
    return sentences


def predict(nlp, texts: list[str]) -> list[set[tuple[int, int, str]]]:
    out = []
    for doc in nlp.pipe(texts, batch_size=256):
        out.append({(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS})
    return out


def prf(gold, pred, typ):
    tp = fp = fn = 0
    for g, p in zip(gold, pred):
        g = {s for s in g if s[2] == typ}
        p = {s for s in p if s[2] == typ}
        tp += len(g & p)
        fp += len(p - g)
        fn += len(g - p)
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--conll", type=Path, default=DEFAULT)
    args = ap.parse_args()
    if not args.conll.exists():
        print(f"benchmarks/ner.py: {args.conll} not found (needs ../shared); nothing to do.")
        return 0
    from nlp.pipeline import load_base_model, load_pipeline

    data = read_conll(args.conll)
    texts = [t for t, _ in data]
    gold = [g for _, g in data]
    systems = {"en_core_web_sm (plain)": load_base_model(), "newswatch pipeline": load_pipeline()}
    preds = {name: predict(nlp, texts) for name, nlp in systems.items()}
    print(f"CoNLL-2003 dev: {len(texts)} sentences, "
          f"{sum(1 for g in gold for s in g if s[2] == 'PER')} PER, {sum(1 for g in gold for s in g if s[2] == 'ORG')} ORG\n")
    print("| system | PER P | PER R | PER F1 | ORG P | ORG R | ORG F1 |")
    print("|---|---|---|---|---|---|---|")
    for name, pred in preds.items():
        cells = [f"{x:.3f}" for typ in TYPES for x in prf(gold, pred, typ)]
        print(f"| {name} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
