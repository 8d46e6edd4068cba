"""How well the quote confidence separates right speakers from wrong ones, per tier.

    .venv/bin/python benchmarks/quote_confidence.py [--polnear DIR] [--data PATH ...] [--kinds]

For each set: the predicted quotes in each confidence tier (>= 0.9, 0.7 to 0.9, below
0.7), their share of all predicted quotes, precision (quote and speaker right: the
benchmarks' matching rules, benchmarks/quotes.py and benchmarks/polnear.py) and recall
(right quotes in the tier over all gold quotes; the tiers' recalls add up to the set's).
Baseline in the same run: one tier, everything at 1.0 (what a researcher had before
confidences). PolNeAR (`--polnear ../shared/data/polnear-dev`, evaluation only) is
reported by part: A and C (tuned on), B (held out, totals only), and all.

`--kinds` prints how many quotes of each kind of evidence (`confidence_basis`) had the
right speaker, by pool: real US news (PolNeAR A and C), the UK tuning sets (the project's
UK and held-out sets whose errors were read to write the rules) and the UK calibration sets
(CALIBRATION_SETS: written blind, their errors read by no one; all are scored by default). The
UK tuning sets flatter the rules, which were fitted to them; the values in
nlp/components/quoting/confidence.py are (right + 1) / (all + 2) over news + UK
calibration. PolNeAR part B never enters any pool.

`--learned` compares the table with a learned alternative: a logistic regression over
what each quote dict says (its kind of evidence, direct or partial, length, parts, whether
it spans paragraphs, whether the speaker is a named person), trained only on the sets the
project wrote (dev, site, held-out and UK sets; for each of those, trained without it).
It is scored in the same tiers, by its predicted probability of a right speaker.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import polnear  # noqa: E402  (after the path is set)
from benchmarks.quotes import article_input, match, org_names, same_speaker  # noqa: E402

TIERS = ((0.9, "sure (>= 0.9)"), (0.7, "0.7 to 0.9"), (0.0, "below 0.7"))
# The project's sets written blind (docs/blind_sets.md) whose errors were read to write the
# rules: development data (UK sets 6-8 since issue 13's eighth round, 11-12 since its ninth,
# 15-16 since its tenth, 17 since its eleventh, 18 and 19 since its twelfth and thirteenth,
# 20 and 21 since its fourteenth and fifteenth, 27-30 since the eighth session, 31-34 since the
# ninth, 39-40 written in the ninth for its rounds).
TUNING_SETS = ("quotes_uk_calib", "quotes_uk_test", "quotes_uk_test2", "quotes_uk_test3", "quotes_uk_test4",
               "quotes_uk_test5", "quotes_uk_test6", "quotes_uk_test7", "quotes_uk_test8", "quotes_uk_test11",
               "quotes_uk_test12", "quotes_heldout", "quotes_heldout2",
               "quotes_uk_test15", "quotes_uk_test16", "quotes_uk_test17", "quotes_uk_test18",
               "quotes_uk_test19", "quotes_uk_test20", "quotes_uk_test21", "quotes_uk_test23",
               "quotes_uk_test24", "quotes_uk_test25", "quotes_uk_test27", "quotes_uk_test28",
               "quotes_uk_test29", "quotes_uk_test30", "quotes_uk_test31", "quotes_uk_test32",
               "quotes_uk_test33", "quotes_uk_test34", "quotes_uk_test35", "quotes_uk_test36",
               "quotes_uk_test37", "quotes_uk_test38", "quotes_uk_test39", "quotes_uk_test40")
# UK sets written blind whose errors no one has read: the rules were not fitted to them,
# so they measure how often each kind of evidence is right (issue 13: "calibrated on
# held-out data"). Their speakers are still held-out figures; their confidence tiers are not.
CALIBRATION_SETS = ("quotes_uk_test9", "quotes_uk_test10", "quotes_uk_test13", "quotes_uk_test14",
                    "quotes_uk_test22", "quotes_uk_test26")
TUNING_PARTS = {"A", "C"}  # PolNeAR parts open for tuning; B is held out
# Sets the project wrote, the only training data a learned confidence may use.
PROJECT_SETS = ("quotes_dev", "site_gold") + TUNING_SETS


def tier_of(confidence: float) -> str:
    return next(name for low, name in TIERS if confidence >= low)


def project_outcomes(nlp, articles: list[dict]) -> tuple[list[tuple[dict, bool]], int]:
    """(quote, speaker right) for each quote found in the body, and the number of gold quotes;
    right as benchmarks/quotes.py scores it (an organisation under any name the annotation
    lists, unnamed spokespeople by their organisation)."""
    inputs = [article_input(a) for a in articles]
    out, n_gold = [], 0
    for a, doc, (_, ranges) in zip(articles, nlp.pipe([t for t, _ in inputs], batch_size=32), inputs):
        preds = [q for q in doc._.quotes if q["start"] >= ranges[0][0]]  # headline quotes are not scored
        gold = a["quotes"]
        n_gold += len(gold)
        matched = dict(match(preds, gold))
        names = org_names(a)  # the benchmark's rule (benchmarks/quotes.py): aliases, spokespeople
        for i, q in enumerate(preds):
            j = matched.get(i)
            out.append((q, j is not None and same_speaker(q, gold[j], names)))
    return out, n_gold


def polnear_outcomes(nlp, articles: list[dict]) -> list[tuple[list[tuple[dict, bool]], int]]:
    """Per article: (quote, speaker right) for each scored prediction, and its gold count."""
    out = []
    for a, doc in zip(articles, nlp.pipe([a["text"] for a in articles], batch_size=16)):
        preds = [{**q, "spans": [tuple(s) for s in q["spans"]]} for q in doc._.quotes or ()]
        found: list = []
        polnear.score([a], [preds], outcomes=found)
        out.append(([(p, ok) for p, ok in found], len(a["quotes"])))
    return out


def quote_features(q: dict) -> dict:
    """What the learned alternative reads from a quote dict."""
    n_words = len(q["text"].split())
    return {f"basis={q['confidence_basis']}": 1.0, f"kind={q.get('kind', 'direct')}": 1.0,
            "log_words": math.log1p(n_words), "parts": float(len(q.get("spans") or ())),
            "paragraphs": float(q.get("paragraph_end", 0) != q.get("paragraph", 0)),
            "person": float(q.get("person") is not None)}


def learned_scores(train: list[tuple[dict, bool]], test: list[tuple[dict, bool]]) -> list[tuple[dict, bool]]:
    """`test` with each quote's confidence replaced by a logistic regression's probability
    of a right speaker, trained on `train`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([quote_features(q) for q, _ in train])
    model = LogisticRegression(max_iter=1000).fit(x, [ok for _, ok in train])
    p = model.predict_proba(vec.transform([quote_features(q) for q, _ in test]))[:, list(model.classes_).index(True)]
    return [({**q, "confidence": float(pr)}, ok) for (q, ok), pr in zip(test, p)]


def tier_rows(name: str, outcomes: list[tuple[dict, bool]], n_gold: int) -> list[str]:
    n = len(outcomes)
    rows = []
    for threshold in (None, *(low for low, _ in TIERS)):
        if threshold is None:  # the baseline: every quote sure
            inside, label = outcomes, "baseline: all at 1.0"
        else:
            inside = [(q, ok) for q, ok in outcomes if tier_of(q["confidence"]) == tier_of(threshold)]
            label = tier_of(threshold)
        right = sum(ok for _, ok in inside)
        rows.append(f"| {name} | {n_gold} | {n} | {label} | {len(inside)} | {len(inside) / n if n else 0:.0%} | "
                    f"{right / len(inside) if inside else 0:.3f} | {right / n_gold if n_gold else 0:.3f} |")
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", type=Path, metavar="DIR", help="PolNeAR's dev split (../shared/data/polnear-dev)")
    ap.add_argument("--data", action="append", type=Path, metavar="PATH",
                    help="annotated JSON file (repeatable; default: the project's blind UK and held-out sets)")
    ap.add_argument("--kinds", action="store_true", help="print right/all per kind of evidence on the tuning data")
    ap.add_argument("--learned", action="store_true",
                    help="also score a logistic regression trained on the project's own sets only")
    args = ap.parse_args()
    paths = args.data or [ROOT / "tests/data" / f"{name}.json" for name in TUNING_SETS + CALIBRATION_SETS]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        ap.error(f"--data file not found: {', '.join(missing)}")
    if args.polnear is not None and not (args.polnear / "polnear_dev.jsonl").is_file():
        ap.error(f"PolNeAR not found at {args.polnear} (expected polnear_dev.jsonl there)")
    from nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    rows: list[str] = []
    kinds: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    project: dict[str, list[tuple[dict, bool]]] = {}  # the project's own sets: training data of --learned
    if args.learned:
        for name in PROJECT_SETS:
            path = ROOT / "tests/data" / f"{name}.json"
            if path.is_file():
                project[name] = project_outcomes(nlp, json.loads(path.read_text(encoding="utf-8")))[0]

    def add(label: str, outcomes, n_gold: int, leave_out: str | None = None) -> None:
        rows.extend(tier_rows(label, outcomes, n_gold))
        if args.learned:
            train = [o for name, found in project.items() if name != leave_out for o in found]
            rows.extend(tier_rows(f"{label}, learned", learned_scores(train, outcomes), n_gold)[1:])

    def count(pool: str, outcomes) -> None:
        for q, ok in outcomes:
            c = kinds[q["confidence_basis"]][pool]
            c[0] += 1
            c[1] += ok

    if args.polnear is not None:
        articles = polnear.load(args.polnear)
        per_article = polnear_outcomes(nlp, articles)
        for part in ("A", "C", "B", None):
            keep = [k for k, a in enumerate(articles) if part is None or a["half"] == part]
            outcomes = [o for k in keep for o in per_article[k][0]]
            label = {"A": "PolNeAR A (tuned on)", "C": "PolNeAR C (tuned on)", "B": "PolNeAR B (held out)",
                     None: "PolNeAR all"}[part]
            add(label, outcomes, sum(per_article[k][1] for k in keep))
            if part in TUNING_PARTS:
                count("news", outcomes)
    for path in paths:
        articles = json.loads(path.read_text(encoding="utf-8"))
        outcomes, n_gold = project_outcomes(nlp, articles)
        add(path.stem, outcomes, n_gold, leave_out=path.stem)
        if path.stem in TUNING_SETS:
            count("UK", outcomes)
        elif path.stem in CALIBRATION_SETS:
            count("calibration", outcomes)
    print("| set | gold quotes | predicted | tier | quotes in tier | share | +speaker P | +speaker R |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows))
    if args.kinds:
        print("\n| kind of evidence | news (PolNeAR A + C) | UK tuning sets | UK calibration sets "
              "| tuning: news + UK, (right + 1) / (all + 2) | confidence: news + UK calibration, (right + 1) / (all + 2) |")
        print("|---|---|---|---|---|---|")
        for kind, pools in sorted(kinds.items()):
            each = {p: pools[p] for p in ("news", "UK", "calibration")}
            tuned = [each["news"][i] + each["UK"][i] for i in (0, 1)]
            measured = [each["news"][i] + each["calibration"][i] for i in (0, 1)]
            cells = " | ".join(f"{c[1]}/{c[0]}" for c in each.values())
            print(f"| {kind} | {cells} | {(tuned[1] + 1) / (tuned[0] + 2):.3f} | {(measured[1] + 1) / (measured[0] + 2):.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
