"""Train the organisation kind model of `newswatch_org_kind_model`.

    python -m nlp.components.org_kind_train [--data DIR] [--out FILE] [--c 1.0]

Training data: nlp/data/org_kinds/*.jsonl, short local-news articles written for it by
the project (nlp/data/org_kinds/README.md), one JSON object a line,
`{"id", "text", "orgs": [{"name", "kind", "aliases": [...]}]}` naming every organisation in
the text with its kind; each organisation's features come from its names and the words
around every occurrence of them in the text. (The gazetteer's names are left out: names
without a context taught the model that any context means "not a trust".)

Writes the weights as JSON (default nlp/models/org_kinds/model.json) with the training
counts beside them. Training is deterministic: the same data gives the same file.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

import spacy
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from nlp.kinds import KINDS
from nlp.components.org_kind_model import DEFAULT_MODEL, KindModel, word_form, name_features, org_features

DEFAULT_DATA = Path(__file__).resolve().parent.parent / "data" / "org_kinds"


def read_articles(data_dir: Path) -> list[dict]:
    """The training articles; a bad line raises with its file and line number."""
    out = []
    for path in sorted(data_dir.glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text, orgs = rec["text"], rec["orgs"]
                for o in orgs:
                    if o["kind"] not in KINDS:
                        raise ValueError(f"unknown kind {o['kind']!r}")
                    for form in [o["name"], *o.get("aliases", ())]:
                        if form not in text:
                            raise ValueError(f"{form!r} does not occur in the text")
            except (ValueError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{lineno}: bad training article: {exc}") from exc
            out.append(rec)
    return out


def mentions(text: str, orgs: list[dict]) -> dict[str, list[tuple[int, int]]]:
    """Character offsets of each organisation's names in the text; a longer name takes its
    words first ("Kirkmoor" inside "Kirkmoor High School" is the school's)."""
    forms = sorted(((f, o["name"]) for o in orgs for f in [o["name"], *o.get("aliases", ())]),
                   key=lambda x: -len(x[0]))
    taken: list[tuple[int, int]] = []
    out: dict[str, list[tuple[int, int]]] = {o["name"]: [] for o in orgs}
    for form, name in forms:
        for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if not any(s < m.end() and m.start() < e for s, e in taken):
                taken.append((m.start(), m.end()))
                out[name].append((m.start(), m.end()))
    return out


def examples(data_dir: Path) -> tuple[list[set[str]], list[str]]:
    make_doc = spacy.blank("en").make_doc  # the English tokenizer, as in en_core_web_sm
    feats, labels = [], []
    for rec in read_articles(data_dir):
        doc = make_doc(rec["text"])
        where = mentions(rec["text"], rec["orgs"])
        for o in rec["orgs"]:
            feats.append(org_features(doc, [o["name"], *o.get("aliases", ())], where[o["name"]]))
            labels.append(o["kind"])
    return feats, labels


def heads(data_dir: Path) -> list[str]:
    """Last words of the training articles' academy trusts' names of two or more words, seen
    at least twice: the model makes a trust only of a name that ends as trusts' names do
    ("... Foundation", "... Education"; not "Church of England")."""
    counts = Counter(word_form(o["name"].split()[-1]) for rec in read_articles(data_dir) for o in rec["orgs"]
                     if len(o["name"].split()) > 1 and o["kind"] == "academy_trust")
    return sorted(w for w, n in counts.items() if n >= 2)


def train(feats: list[set[str]], labels: list[str], c: float = 0.3, head_words: list[str] = ()) -> KindModel:
    vec = DictVectorizer()
    x = vec.fit_transform([{f: 1 for f in fs} for fs in feats])
    clf = LogisticRegression(C=c, max_iter=5000)
    clf.fit(x, labels)
    classes = [str(k) for k in clf.classes_]
    weights = {}
    for j, name in enumerate(vec.get_feature_names_out()):
        w = [round(float(clf.coef_[i, j]), 4) for i in range(len(classes))]
        if any(abs(v) >= 1e-3 for v in w):
            weights[str(name)] = w
    return KindModel(classes, [round(float(b), 4) for b in clf.intercept_], weights, head_words)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength")
    args = parser.parse_args(argv)
    feats, labels = examples(args.data)
    if not feats:
        print(f"no training data in {args.data}", file=sys.stderr)
        return 1
    model = train(feats, labels, args.c, heads(args.data))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    counts = dict(sorted(Counter(labels).items()))
    args.out.write_text(json.dumps({**model.to_json(), "trained_on": counts, "c": args.c}, sort_keys=True) + "\n",
                        encoding="utf-8")
    print(f"{len(labels)} organisations {counts}, {len(model.weights)} features -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
