"""Does a learned speaker ranker beat the rules for quotes attributed by a pronoun, a
nominal or not at all? (issue 13, point 4)

    .venv/bin/python benchmarks/quote_ranker.py [--polnear DIR] [--final-b] [--cache FILE]

For every quote whose confidence_basis says the rules resolved a pronoun, a nominal ("the
spokesman", "the trust"), carried a speaker over from a neighbouring paragraph or found
none, benchmarks/quote_ranker_features.py lists the candidate speakers (people and
organisations named in the paragraphs before it, earlier quotes' speakers, the rules'
choice, no speaker) with their features. A candidate is right when the benchmark's own
speaker match (benchmarks/quotes.py same_speaker) says so against the gold quote.

Training data: the project's own annotated sets only (PROJECT_SETS). Evaluation:
- leave one set out: for each project set, a model trained on the others ranks its quotes;
- PolNeAR parts A and C (evaluation only; never trained on): a model trained on all the
  project's sets;
- `--final-b`: PolNeAR part B, totals only (held out; run once, at the end).
Systems: the rules; the ranker (its best candidate for every ranked quote); the ranker
only when confident (it overrides the rules when its best candidate's probability is at
least CONFIDENT_P and leads the rules' choice by CONFIDENT_LEAD); the ranker only where the
rules are unsure (their confidence below SURE, its best candidate's probability at least
UNSURE_P). Each model is run with and without the rules' choice among its features. An overridden quote's
confidence is OVERRIDE_CONFIDENCE (below the 0.9 tier: its precision is not measured).
Scores: quote + speaker F1 with the benchmarks' scorers (benchmarks/quotes.py score,
benchmarks/polnear.py score), accuracy on the ranked quotes that match a gold quote
(PolNeAR: its pronoun-speaker accuracy), and precision at confidence >= 0.9 with its share.
Results and the verdict (not wired in): BENCHMARKS.md, "A learned speaker ranker".
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sklearn.ensemble import GradientBoostingClassifier  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import make_pipeline  # noqa: E402

from benchmarks import polnear  # noqa: E402  (after the path is set)
from benchmarks.quotes import article_input, match, same_speaker, score as score_project  # noqa: E402
from benchmarks.quote_ranker_features import RankerContext, ranked_quotes  # noqa: E402

PROJECT_SETS = ("quotes_dev", "site_gold", "quotes_heldout", "quotes_heldout2", "quotes_uk_calib", "quotes_uk_test",
                "quotes_uk_test2", "quotes_uk_test3", "quotes_uk_test4", "quotes_uk_test5")
# The ranker overrides the rules, in the "when confident" system, at this probability ...
CONFIDENT_P = 0.6
# ... leading the rules' choice by this much.
CONFIDENT_LEAD = 0.3
# The "where the rules are unsure" system overrides only quotes the rules gave a confidence
# below the sure tier, when its best candidate's probability is at least this.
SURE = 0.9
UNSURE_P = 0.5
# Confidence of a quote whose speaker the ranker changed: below the 0.9 tier.
OVERRIDE_CONFIDENCE = 0.6


# CPU seconds spent in the pipeline (with the candidates' features) and in the features alone.
CPU = {"all": 0.0, "features": 0.0}


def doc_rows(nlp, texts: list[str], body_starts: list[int]):
    """Per document: its quotes in the body (after the headline), and for each ranked one
    (by its index among those) its candidates as (speaker, speaker_org, features)."""
    started = time.process_time()
    for doc, body in zip(nlp.pipe(texts, batch_size=16), body_starts):
        t0 = time.process_time()
        quotes = doc._.quotes or []
        ctx = RankerContext(doc, quotes)
        in_body = [i for i, q in enumerate(quotes) if q["start"] >= body]
        ranked = set(ranked_quotes(quotes))
        rows = {k: [(c.speaker, c.speaker_org, c.features) for c in ctx.candidates(i)]
                for k, i in enumerate(in_body) if i in ranked}
        CPU["features"] += time.process_time() - t0
        yield [quotes[i] for i in in_body], rows
    CPU["all"] += time.process_time() - started


def collect(nlp, polnear_dir: Path | None, sets=PROJECT_SETS) -> dict:
    """The pipeline's quotes and candidates for every project set in `sets` (labelled
    against the gold quote each matches; None when it matches none) and PolNeAR (unlabelled)."""
    data = {}
    for name in sets:
        articles = json.loads((ROOT / "tests" / "data" / f"{name}.json").read_text(encoding="utf-8"))
        inputs = [article_input(a) for a in articles]
        docs = []
        rows = doc_rows(nlp, [text for text, _ in inputs], [ranges[0][0] for _, ranges in inputs])
        for a, (quotes, ranked) in zip(articles, rows):
            preds = [dict(q, p0=q["paragraph"] - 1, p1=q["paragraph_end"] - 1) for q in quotes]
            gold_of = {i: a["quotes"][j] for i, j in match(preds, a["quotes"])}
            labelled = {i: [(sp, org, f, None if i not in gold_of else
                             same_speaker({"speaker": sp, "speaker_org": org}, gold_of[i])) for sp, org, f in cands]
                        for i, cands in ranked.items()}
            docs.append({"preds": preds, "ranked": labelled, "gold": a["quotes"]})
        data[name] = {"articles": articles, "docs": docs}
    if polnear_dir is not None:
        articles = polnear.load(polnear_dir)
        docs = []
        for quotes, ranked in doc_rows(nlp, [a["text"] for a in articles], [0] * len(articles)):
            preds = [dict(q, spans=[tuple(s) for s in q.get("spans") or [(q["start"], q["end"])]]) for q in quotes]
            docs.append({"preds": preds, "ranked": {i: [(sp, org, f, None) for sp, org, f in c] for i, c in ranked.items()}})
        data["polnear"] = {"articles": articles, "docs": docs}
    return data


RULES_FEATURES = ("rules", "rules|", "rules_conf")


def without_rules(f: dict) -> dict:
    """A candidate's features without the rules' choice: what a ranker on its own sees."""
    return {k: v for k, v in f.items() if not k.startswith(RULES_FEATURES)}


def training_rows(data: dict, sets, strip: bool = False) -> tuple[list[dict], list[int]]:
    X, y = [], []
    for name in sets:
        for d in data[name]["docs"]:
            for cands in d["ranked"].values():
                if any(ok for *_, ok in cands):  # a quote with no right candidate teaches nothing
                    for _, _, f, ok in cands:
                        X.append(without_rules(f) if strip else f)
                        y.append(int(bool(ok)))
    return X, y


def models():
    return {
        "logreg": lambda: make_pipeline(DictVectorizer(), LogisticRegression(C=1.0, max_iter=2000)),
        "gboost": lambda: make_pipeline(DictVectorizer(sparse=False),
                                        GradientBoostingClassifier(n_estimators=150, max_depth=3, learning_rate=0.05,
                                                                   subsample=1.0, random_state=0)),
    }


def apply(model, docs: list[dict], mode: str, strip: bool = False) -> list[list[dict]]:
    """The documents' predictions after the system `mode` (rules, ranker, confident)."""
    out = []
    for d in docs:
        preds = [dict(p) for p in d["preds"]]
        if mode != "rules":
            for i, cands in d["ranked"].items():
                probs = model.predict_proba([without_rules(f) if strip else f for _, _, f, _ in cands])[:, 1]
                best = max(range(len(cands)), key=lambda k: (probs[k], -k))
                rules = next((k for k, c in enumerate(cands) if c[2].get("rules")), None)
                p_rules = probs[rules] if rules is not None else 0.0
                sp, org, _, _ = cands[best]
                if best == rules or (sp or None) == (preds[i].get("speaker") or None):
                    continue
                if mode == "confident" and not (probs[best] >= CONFIDENT_P and probs[best] - p_rules >= CONFIDENT_LEAD):
                    continue
                if mode == "unsure" and not (preds[i]["confidence"] < SURE and probs[best] >= UNSURE_P):
                    continue
                preds[i].update(speaker=sp, speaker_org=org, confidence=min(preds[i]["confidence"], OVERRIDE_CONFIDENCE))
        out.append(preds)
    return out


def ranked_accuracy(docs: list[dict], predictions: list[list[dict]]) -> tuple[int, int]:
    right = n = 0
    for d, preds in zip(docs, predictions):
        gold = d["gold"]
        for i, j in match(preds, gold):
            if i in d["ranked"]:
                n += 1
                right += same_speaker(preds[i], gold[j])
    return right, n


def project_scores(data, name, model, mode, strip) -> dict:
    docs = data[name]["docs"]
    preds = apply(model, docs, mode, strip)
    s = score_project(data[name]["articles"], preds)
    right, n = ranked_accuracy(docs, preds)
    return {"f1": f"{s['speaker'][2]:.3f}", "ranked": f"{right}/{n}", "sure": s["sure"], "counts": (right, n)}


def polnear_scores(data, parts, model, mode, strip) -> dict:
    arts = data["polnear"]["articles"]
    keep = [k for k, a in enumerate(arts) if a["half"] in parts]
    docs = [data["polnear"]["docs"][k] for k in keep]
    s = polnear.score([arts[k] for k in keep], apply(model, docs, mode, strip))
    _, p, share = s["tiers"][0.9]
    return {"f1": f"{s['speaker'][2]:.3f}", "ranked": f"{s['pronoun'][0]:.3f} of {s['pronoun'][1]}",
            "sure": f"{p:.3f} on {share:.0%}"}


SYSTEMS = ("rules", "ranker", "confident", "unsure")
COLUMNS = (("f1", "quote+speaker F1"), ("ranked", "ranked quotes right (PolNeAR: pronoun speakers)"),
           ("sure", "P at conf >= 0.9 (share)"))


def row(label: str, results: dict) -> str:
    return f"| {label} | " + " | ".join(" / ".join(results[s][c] for s in SYSTEMS) for c, _ in COLUMNS) + " |"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", type=Path, default=ROOT.parent / "shared" / "data" / "polnear-dev")
    ap.add_argument("--final-b", action="store_true", help="also PolNeAR part B, totals only (held out: once)")
    ap.add_argument("--cache", type=Path, help="pickle of the pipeline's candidates (written if absent)")
    ap.add_argument("--model", choices=sorted(models()), action="append", help="model(s) to try (default: all)")
    args = ap.parse_args()
    pdir = args.polnear if (args.polnear / "polnear_dev.jsonl").is_file() else None
    if args.cache and args.cache.is_file():
        data = pickle.loads(args.cache.read_bytes())
    else:
        from nlp.pipeline import load_pipeline

        data = collect(load_pipeline(), pdir)
        print(f"CPU: candidates' features {CPU['features']:.1f} s of {CPU['all']:.1f} s for the pipeline and them "
              f"({CPU['features'] / max(CPU['all'], 1e-9):.1%})")
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))
    print("Each cell: rules / ranker / ranker only when confident / ranker only where the rules are unsure.")
    for mname in args.model or sorted(models()):
        for strip in (False, True):
            make = models()[mname]
            print(f"\n**{mname}, {'without' if strip else 'with'} the rules' choice as a feature**\n")
            print("| evaluation | " + " | ".join(h for _, h in COLUMNS) + " |")
            print("|---" * (1 + len(COLUMNS)) + "|")
            totals = {s: [0, 0] for s in SYSTEMS}
            for held in PROJECT_SETS:
                X, y = training_rows(data, [s for s in PROJECT_SETS if s != held], strip)
                model = make().fit(X, y)
                results = {s: project_scores(data, held, model, s, strip) for s in SYSTEMS}
                for s in SYSTEMS:
                    totals[s][0] += results[s]["counts"][0]
                    totals[s][1] += results[s]["counts"][1]
                print(row(f"leave out {held}", results))
            print("| leave one out, all sets | | " + " / ".join(f"{r}/{n} = {r / max(1, n):.3f}"
                                                             for r, n in totals.values()) + " | |")
            if pdir is None:
                continue
            X, y = training_rows(data, PROJECT_SETS, strip)
            model = make().fit(X, y)
            for parts in (("A",), ("C",), ("A", "C")) + ((("B",),) if args.final_b else ()):
                print(row(f"PolNeAR {'+'.join(parts)}", {s: polnear_scores(data, parts, model, s, strip) for s in SYSTEMS}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
