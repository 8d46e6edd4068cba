"""A learned speaker ranker against the rules, second study (issue 13 point 4, branch
quotes-ranker2). The candidates and their features are the first study's
(benchmarks/quote_ranker_features.py, benchmarks/quote_ranker.py); what changes is the
data and the protocol, fixed before any run:

1. Train only on TRAIN_SETS (the project's sets whose errors the rules' rounds read, ~25).
   The calibration sets (UK 9, 10, 13, 14, 22, 26) and the held-out sets (UK 27-30) are
   never trained on, and their per-quote errors are never printed.
2. Choose the variant (model; with or without the rules' choice among the features; when
   it overrides the rules) by leave-one-set-out over TRAIN_SETS and PolNeAR A+C only
   (`--select`, the default). The rule of choice is `choose` below.
3. `--final MODEL:FEATURES:SYSTEM`: train that variant on all of TRAIN_SETS, then score rules
   vs rules + ranker ONCE on FINAL_SETS (each and pooled: quote + speaker F1, the sure tier's
   precision and share) and PolNeAR B: totals only.

    .venv/bin/python benchmarks/quote_ranker2.py [--cache /tmp/qr2.pkl]          # step 2
    .venv/bin/python benchmarks/quote_ranker2.py --final logreg:rules:unsure     # step 3

PolNeAR is read from ../shared/data/polnear-dev when present (evaluation only, never
trained on). Results and the verdict: BENCHMARKS.md, "A learned speaker ranker, second
study (branch quotes-ranker2)".
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import polnear  # noqa: E402  (after the path is set)
from benchmarks.quote_ranker import CPU, collect, models, training_rows, without_rules  # noqa: E402
from benchmarks.quotes import match, org_names, same_speaker  # noqa: E402

UK_TRAIN = tuple(f"quotes_uk_test{n}" for n in (2, 3, 4, 5, 6, 7, 8, 11, 12, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25))
TRAIN_SETS = ("quotes_dev", "site_gold", "quotes_heldout", "quotes_heldout2", "quotes_uk_calib",
              "quotes_uk_test") + UK_TRAIN
# Held out from the rules at main 891f8a2 and from this study until its variant is chosen.
FINAL_SETS = tuple(f"quotes_uk_test{n}" for n in (27, 28, 29, 30))

# The sure tier: a quote with at least this confidence; it must hold PRECISION_BAR on SHARE_BAR.
SURE = 0.9
PRECISION_BAR, SHARE_BAR = 0.95, 0.60
# When an override is allowed (fixed before the first run, the first study's values):
# "ranker": whenever its best candidate is not the rules' choice;
# "confident": its best candidate's probability >= CONFIDENT_P and leads the rules' by CONFIDENT_LEAD;
# "unsure": the rules' confidence < SURE and its best candidate's probability >= UNSURE_P;
# "unsure-confident": both of the last two.
CONFIDENT_P, CONFIDENT_LEAD, UNSURE_P = 0.6, 0.3, 0.5
SYSTEMS = ("ranker", "confident", "unsure", "unsure-confident")
# Confidence of a quote whose speaker the ranker changed: below the sure tier.
OVERRIDE_CONFIDENCE = 0.6
# Step 2's bar: no UK training set loses more than this many right quotes in leave-one-set-out.
MAX_SET_LOSS = 1


def probabilities(model, docs: list[dict], strip: bool) -> list[dict[int, list[float]]]:
    """Per document, per ranked quote: the model's probability for each candidate (one
    predict_proba call for the whole set)."""
    rows = [without_rules(f) if strip else f for d in docs for cands in d["ranked"].values() for _, _, f, _ in cands]
    flat = list(model.predict_proba(rows)[:, 1]) if rows else []
    out, k = [], 0
    for d in docs:
        per = {}
        for i, cands in d["ranked"].items():
            per[i] = flat[k:k + len(cands)]
            k += len(cands)
        out.append(per)
    return out


def overrides(system: str, confidence: float, p_best: float, p_rules: float) -> bool:
    confident = p_best >= CONFIDENT_P and p_best - p_rules >= CONFIDENT_LEAD
    unsure = confidence < SURE and p_best >= UNSURE_P
    return {"ranker": True, "confident": confident, "unsure": unsure, "unsure-confident": unsure and confident}[system]


def apply(docs: list[dict], probs: list[dict[int, list[float]]] | None, system: str) -> list[list[dict]]:
    """The documents' predictions after `system` ("rules" leaves them as they are)."""
    out = []
    for d, per in zip(docs, probs or [None] * len(docs)):
        preds = [dict(p) for p in d["preds"]]
        for i, cands in (d["ranked"].items() if system != "rules" else ()):
            p = per[i]
            best = max(range(len(cands)), key=lambda k: (p[k], -k))
            rules = next((k for k, c in enumerate(cands) if c[2].get("rules")), None)
            p_rules = p[rules] if rules is not None else 0.0
            sp, org, _, _ = cands[best]
            if best == rules or (sp or None) == (preds[i].get("speaker") or None):
                continue
            if overrides(system, preds[i]["confidence"], p[best], p_rules):
                preds[i].update(speaker=sp, speaker_org=org, confidence=min(preds[i]["confidence"], OVERRIDE_CONFIDENCE))
        out.append(preds)
    return out


def tally(articles: list[dict], predictions: list[list[dict]]) -> dict[str, int]:
    """Counts behind quote + speaker F1 and the sure tier (benchmarks/quotes.py's matching)."""
    t = {"right": 0, "pred": 0, "gold": 0, "sure": 0, "sure_right": 0}
    for a, preds in zip(articles, predictions):
        t["gold"] += len(a["quotes"])
        t["pred"] += len(preds)
        sure = {i for i, p in enumerate(preds) if p.get("confidence", 1.0) >= SURE}
        t["sure"] += len(sure)
        for i, j in match(preds, a["quotes"]):
            ok = same_speaker(preds[i], a["quotes"][j], org_names(a))
            t["right"] += ok
            t["sure_right"] += ok and i in sure
    return t


def f1(t: dict) -> float:
    return 2 * t["right"] / (t["pred"] + t["gold"]) if t["pred"] + t["gold"] else 0.0


def tier(t: dict) -> tuple[float, float]:
    return (t["sure_right"] / t["sure"] if t["sure"] else 0.0), (t["sure"] / t["pred"] if t["pred"] else 0.0)


def tier_ok(t: dict) -> bool:
    p, share = tier(t)
    return p >= PRECISION_BAR and share >= SHARE_BAR


def add(a: dict, b: dict) -> dict:
    return {k: a.get(k, 0) + b[k] for k in b}


def set_scores(data: dict, name: str, probs, system: str) -> dict:
    docs = data[name]["docs"]
    return tally(data[name]["articles"], apply(docs, probs, system))


def polnear_scores(data: dict, parts: tuple[str, ...], probs, system: str) -> dict:
    arts = data["polnear"]["articles"]
    keep = [k for k, a in enumerate(arts) if a["half"] in parts]
    docs = [data["polnear"]["docs"][k] for k in keep]
    s = polnear.score([arts[k] for k in keep], apply(docs, [probs[k] for k in keep] if probs else None, system))
    _, p, share = s["tiers"][SURE]
    return {"f1": s["speaker"][2], "pronoun": s["pronoun"][0], "tier": (p, share)}


def variants():
    return [(m, feats) for m in sorted(models()) for feats in ("rules", "alone")]


def select(data: dict, have_polnear: bool) -> list[dict]:
    """Leave-one-set-out over TRAIN_SETS (and PolNeAR A+C with a model trained on all of
    them) for every variant; one result row per variant and system."""
    rules = {name: set_scores(data, name, None, "rules") for name in TRAIN_SETS}
    pn_rules = polnear_scores(data, ("A", "C"), None, "rules") if have_polnear else None
    rows = []
    for mname, feats in variants():
        strip = feats == "alone"
        held_probs = {}
        for held in TRAIN_SETS:
            X, y = training_rows(data, [s for s in TRAIN_SETS if s != held], strip)
            held_probs[held] = probabilities(models()[mname]().fit(X, y), data[held]["docs"], strip)
        pn_probs = None
        if have_polnear:
            X, y = training_rows(data, TRAIN_SETS, strip)
            pn_probs = probabilities(models()[mname]().fit(X, y), data["polnear"]["docs"], strip)
        for system in SYSTEMS:
            per = {name: set_scores(data, name, held_probs[name], system) for name in TRAIN_SETS}
            rows.append({"variant": f"{mname}:{feats}:{system}", "per": per, "rules": rules,
                         "polnear": polnear_scores(data, ("A", "C"), pn_probs, system) if have_polnear else None,
                         "polnear_rules": pn_rules})
    return rows


def summary(row: dict) -> dict:
    per, rules = row["per"], row["rules"]
    pooled = {k: sum(per[n][k] for n in TRAIN_SETS) for k in per[TRAIN_SETS[0]]}
    pooled_rules = {k: sum(rules[n][k] for n in TRAIN_SETS) for k in rules[TRAIN_SETS[0]]}
    uk = ("quotes_uk_calib", "quotes_uk_test") + UK_TRAIN
    losses = {n: rules[n]["right"] - per[n]["right"] for n in TRAIN_SETS}
    tier_lost = [n for n in TRAIN_SETS if tier_ok(rules[n]) and not tier_ok(per[n])]
    pn, pn_rules = row["polnear"], row["polnear_rules"]
    return {"gain": pooled["right"] - pooled_rules["right"], "f1": f1(pooled), "f1_rules": f1(pooled_rules),
            "worst_uk": max(losses[n] for n in uk), "worst": max(losses.values()),
            "changed_sets": sum(1 for n in TRAIN_SETS if losses[n] != 0),
            "pn_delta": (pn["f1"] - pn_rules["f1"]) if pn else 0.0, "tier_lost": tier_lost}


def choose(rows: list[dict]) -> dict | None:
    """The variant to test on the held-out sets: among those where no UK training set loses
    more than MAX_SET_LOSS quotes, PolNeAR A+C does not drop and no set loses the sure tier,
    the one with the largest leave-one-set-out gain (ties: PolNeAR A+C, then the simpler:
    fewer overrides come first in SYSTEMS' reverse order). None when none gains."""
    ok = [r for r in rows if (s := summary(r))["worst_uk"] <= MAX_SET_LOSS and s["pn_delta"] >= 0
          and not s["tier_lost"] and s["gain"] > 0]
    return max(ok, key=lambda r: (summary(r)["gain"], summary(r)["pn_delta"]), default=None)


def print_selection(rows: list[dict]) -> None:
    print("| variant | LOSO right (gain) | pooled F1 rules -> ranker | worst UK set | sets changed | A+C F1 delta | tier lost |")
    print("|---|---|---|---|---|---|---|")
    for r in rows:
        s = summary(r)
        print(f"| {r['variant']} | {s['gain']:+d} | {s['f1_rules']:.4f} -> {s['f1']:.4f} | {-s['worst_uk']:+d} | "
              f"{s['changed_sets']} | {s['pn_delta']:+.3f} | {', '.join(s['tier_lost']) or '-'} |")
    chosen = choose(rows)
    print(f"\nChosen: {chosen['variant'] if chosen else 'none (no variant passes the bars with a gain)'}")
    if chosen:
        print("\n| set | rules right / F1 | ranker right / F1 | tier rules | tier ranker |")
        print("|---|---|---|---|---|")
        for n in TRAIN_SETS:
            a, b = chosen["rules"][n], chosen["per"][n]
            print(f"| {n} | {a['right']} / {f1(a):.3f} | {b['right']} / {f1(b):.3f} | "
                  f"{tier(a)[0]:.3f} on {tier(a)[1]:.0%} | {tier(b)[0]:.3f} on {tier(b)[1]:.0%} |")
        pn, pr = chosen["polnear"], chosen["polnear_rules"]
        if pn:
            print(f"| PolNeAR A+C | F1 {pr['f1']:.3f}, pron. {pr['pronoun']:.3f} | F1 {pn['f1']:.3f}, pron. "
                  f"{pn['pronoun']:.3f} | {pr['tier'][0]:.3f} on {pr['tier'][1]:.0%} | {pn['tier'][0]:.3f} on {pn['tier'][1]:.0%} |")


def final(data: dict, variant: str, have_polnear: bool) -> None:
    """Step 3: the chosen variant trained on all of TRAIN_SETS, scored once on FINAL_SETS and
    PolNeAR B. Totals only."""
    mname, feats, system = variant.split(":")
    strip = feats == "alone"
    X, y = training_rows(data, TRAIN_SETS, strip)
    model = models()[mname]().fit(X, y)
    print(f"Variant {variant}, trained on {len(y)} candidates of {len(TRAIN_SETS)} sets.\n")
    print("| set | rules: right / F1 / sure tier | rules + ranker: right / F1 / sure tier | changed |")
    print("|---|---|---|---|")
    pooled = {"rules": {}, system: {}}
    for name in FINAL_SETS:
        probs = probabilities(model, data[name]["docs"], strip)
        got = {s: set_scores(data, name, probs, s) for s in ("rules", system)}
        changed = sum(1 for a, b in zip(apply(data[name]["docs"], probs, "rules"), apply(data[name]["docs"], probs, system))
                      for p, q in zip(a, b) if p["speaker"] != q["speaker"])
        for s in got:
            pooled[s] = add(pooled[s], got[s])
        print(f"| {name} | " + " | ".join(_cell(got[s]) for s in ("rules", system)) + f" | {changed} |")
    print("| pooled | " + " | ".join(_cell(pooled[s]) for s in ("rules", system)) + " | |")
    if have_polnear:
        probs = probabilities(model, data["polnear"]["docs"], strip)
        for parts in (("A", "C"), ("B",)):
            a, b = (polnear_scores(data, parts, probs, s) for s in ("rules", system))
            print(f"| PolNeAR {'+'.join(parts)} | F1 {a['f1']:.3f}, pron. {a['pronoun']:.3f}, {a['tier'][0]:.3f} on "
                  f"{a['tier'][1]:.0%} | F1 {b['f1']:.3f}, pron. {b['pronoun']:.3f}, {b['tier'][0]:.3f} on {b['tier'][1]:.0%} | |")


def headroom(data: dict, sets) -> dict[str, int]:
    """Totals of what any ranker could change (rules only, no model): ranked quotes that
    match a gold quote, those the rules gave < SURE, and of each, how many the rules got
    wrong while the right speaker was among the candidates."""
    t = {"ranked": 0, "ranked_wrong_fixable": 0, "unsure": 0, "unsure_wrong_fixable": 0}
    for name in sets:
        for d in data[name]["docs"]:
            for i, cands in d["ranked"].items():
                labels = [ok for *_, ok in cands]
                if labels and labels[0] is None:
                    continue  # matches no gold quote
                rules_ok = any(ok for _, _, f, ok in cands if f.get("rules"))
                fixable = not rules_ok and any(labels)
                unsure = d["preds"][i]["confidence"] < SURE
                t["ranked"] += 1
                t["ranked_wrong_fixable"] += fixable
                t["unsure"] += unsure
                t["unsure_wrong_fixable"] += fixable and unsure
    return t


def _cell(t: dict) -> str:
    p, share = tier(t)
    return f"{t['right']} of {t['gold']} gold, {t['pred']} found / {f1(t):.3f} / {p:.3f} on {share:.0%}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--polnear", type=Path, default=ROOT.parent / "shared" / "data" / "polnear-dev")
    ap.add_argument("--cache", type=Path, help="pickle of the pipeline's candidates (written if absent)")
    ap.add_argument("--final", metavar="MODEL:FEATURES:SYSTEM",
                    help="step 3, once: the chosen variant on the held-out UK sets 27-30 and PolNeAR B")
    ap.add_argument("--headroom", action="store_true",
                    help="totals of what a ranker could change, rules only (with --final: UK 27-30 too)")
    args = ap.parse_args()
    pdir = args.polnear if (args.polnear / "polnear_dev.jsonl").is_file() else None
    sets = TRAIN_SETS + (FINAL_SETS if args.final else ())
    cache = args.cache.with_suffix(".final.pkl") if args.cache and args.final else args.cache
    if cache and cache.is_file():
        data = pickle.loads(cache.read_bytes())
    else:
        from nlp.pipeline import load_pipeline

        data = collect(load_pipeline(), pdir, sets)
        print(f"CPU: candidates' features {CPU['features']:.1f} s of {CPU['all']:.1f} s for the pipeline and them "
              f"({CPU['features'] / max(CPU['all'], 1e-9):.1%})")
        if cache:
            cache.write_bytes(pickle.dumps(data))
    if args.headroom:
        for label, group in (("training sets", TRAIN_SETS), ("UK 27-30", FINAL_SETS if args.final else ())):
            if group:
                print(f"{label}: {headroom(data, group)}")
    elif args.final:
        final(data, args.final, pdir is not None)
    else:
        print_selection(select(data, pdir is not None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
