"""Organisations benchmark: kinds, one name per body, academy trusts.

    .venv/bin/python benchmarks/orgs.py [FILE.json ...] [--show-errors]

Data: JSON lists of articles in the shape of tests/data/quotes_dev.json (`headline`,
`paragraphs`, `organisations`: [{"name", "kind", "aliases"}]); default: the three quote
sets in tests/data (development data: the rules were written looking at them).
The blind set (tests/data/orgs_blind.json) is scored the same way.

Measured, in the same run:
- organisation kind precision / recall per kind: a predicted organisation counts when one
  of its names (canonical name or aliases) is one of a gold organisation's names and the
  kinds agree; per article, each organisation once;
- alias resolution: every capitalised gold alias that occurs in the text ("AET", "NEU",
  "Unison") must be tagged there as an organisation that also goes by another of the
  body's gold names (the full name, a former name...), not left as a body of its own;
  reported also over the uses outside a longer name the set lists ("Kestrel" inside
  "Kestrel Heights Academy" is the school's name, not the trust's alias); acronyms the article defines ("Full
  Name (AET)", "Full Name, the AET", or the set's `acronyms` list when it has one) are
  reported apart: an acronym counts as resolved when every use of it is (and, reported beside,
  when every use outside another listed name is);
- not organisations: how many of a set's `not_organisations` (documents, headline
  fragments, joined names...) newswatch reports as an organisation, and as a trust;
- academy-trust precision / recall of newswatch beside the plain en_core_web_sm model
  (its ORG entities whose text says Trust, Academies or Federation, as the first
  pipeline did); the newswatch false positives are listed with --show-errors.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.kinds import KINDS  # noqa: E402

DEFAULT = [ROOT / "tests" / "data" / f for f in ("quotes_dev.json", "quotes_heldout.json", "quotes_heldout2.json")]
_BASELINE_TRUST = re.compile(r"\b(trust|academies|federation)\b", re.I)


def norm(name: str) -> str:
    text = name.replace("’", "'").replace("&", " and ").lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    words = text.split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(words)


def usable(alias: str) -> bool:
    """Gold aliases that name the body ("AET", "Unison"), not references ("the trust")."""
    return bool(alias) and alias[:1].isupper() and not alias.lower().startswith("the ")


def article_text(a: dict) -> str:
    parts = [a.get("headline") or ""] + list(a.get("paragraphs") or [])
    if not a.get("paragraphs") and a.get("text"):
        parts = [a.get("headline") or "", a["text"]]
    return "\n\n".join(p for p in parts if p)


def gold_orgs(a: dict) -> list[dict]:
    out = []
    for o in a.get("organisations") or ():
        forms = {norm(o["name"])} | {norm(x) for x in o.get("aliases") or () if usable(x)}
        out.append({"name": o["name"], "kind": o.get("kind") or "other", "forms": forms - {""},
                    "aliases": [x for x in o.get("aliases") or () if usable(x)]})
    return out


def match(pred_forms: set[str], golds: list[dict]) -> dict | None:
    for g in golds:
        if pred_forms & g["forms"]:
            return g
    return None


def prf(tp: int, npred: int, ngold: int, tp_gold: int | None = None) -> tuple[float, float, float]:
    p = tp / npred if npred else 1.0
    r = (tp if tp_gold is None else tp_gold) / ngold if ngold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def defined_in_text(text: str, full: str, alias: str) -> bool:
    esc_full, esc_alias = re.escape(full), re.escape(alias)
    return re.search(rf"{esc_full}\s*\((the\s+)?{esc_alias}\)|{esc_full},\s+(the\s+)?{esc_alias}\b", text) is not None


def listed_acronyms(a: dict) -> set[str]:
    """The acronyms a set lists for an article, in any of the shapes a JSON file may use:
    ["AET"], {"AET": "Academies Enterprise Trust"}, [{"acronym": "AET", ...}], [["AET", "..."]]."""
    raw = a.get("acronyms") or ()
    if isinstance(raw, dict):
        return {str(k) for k in raw}
    out = set()
    for item in raw:
        if isinstance(item, str):
            out.add(item)
        elif isinstance(item, (list, tuple)) and item:
            out.add(str(item[0]))
        elif isinstance(item, dict):
            for key in ("acronym", "short", "abbreviation", "alias", "text"):
                if item.get(key):
                    out.add(str(item[key]))
                    break
    return out


def inside_other_name(text: str, start: int, end: int, a: dict, own: str) -> bool:
    """Whether text[start:end] (a use of a gold alias) lies inside a longer name the set
    lists for the article: "Kestrel" inside "Kestrel Heights Academy", "Orchardside" inside
    the building "Orchardside House". Such a use is the other name's, not the alias's. The
    names of the body itself (`own`) do not count: "Kestrel" in "Kestrel Schools Partnership"
    is a use of the trust's name."""
    names = [n for o in a.get("organisations") or () if o["name"] != own for n in [o["name"], *(o.get("aliases") or ())]]
    names += [x["text"] if isinstance(x, dict) else str(x) for x in a.get("not_organisations") or ()]
    for n in names:
        if len(n) <= end - start:
            continue
        for m in re.finditer(re.escape(n), text):
            if m.start() <= start and end <= m.end():
                return True
    return False


def evaluate(articles: list[dict], nlp, base, show: bool) -> dict:
    kind_pred, kind_tp, kind_gold, kind_tp_gold = Counter(), Counter(), Counter(), Counter()
    alias_total = alias_ok = acro_total = acro_ok = acro_own_ok = 0
    own_total = own_ok = 0  # alias uses outside the other names of the article
    not_org_total = not_org_as_org = not_org_as_trust = 0
    trust = {"newswatch": Counter(), "en_core_web_sm": Counter()}
    false_trusts = Counter()  # what newswatch's wrong academy trusts are, by gold kind
    errors = []
    texts = [article_text(a) for a in articles]
    for a, text, doc, bdoc in zip(articles, texts, nlp.pipe(texts), base.pipe(texts)):
        golds = gold_orgs(a)
        preds = []
        for o in doc._.orgs or ():
            forms = {norm(o["name"])} | {norm(x["alias"]) for x in o.get("aliases") or ()}
            preds.append((o, forms - {""}))
        # kinds
        matched_gold: set[tuple[str, str]] = set()
        for o, forms in preds:
            kind_pred[o["kind"]] += 1
            g = match(forms, golds)
            if g is not None and g["kind"] == o["kind"]:
                kind_tp[o["kind"]] += 1
                matched_gold.add((g["name"], g["kind"]))
            elif show and (o["kind"] == "academy_trust" or g is not None and g["kind"] == "academy_trust"):
                errors.append(f"{a.get('id')}: predicted {o['name']!r} as {o['kind']}, gold "
                              + (f"{g['name']!r} {g['kind']}" if g else "none"))
        for g in golds:
            kind_gold[g["kind"]] += 1
            if (g["name"], g["kind"]) in matched_gold:
                kind_tp_gold[g["kind"]] += 1
            elif show and g["kind"] == "academy_trust":
                errors.append(f"{a.get('id')}: missed trust {g['name']!r}")
        # aliases at their occurrences
        org_forms = {o["name"]: forms for o, forms in preds}
        acronyms = listed_acronyms(a)
        for g in golds:
            for alias in g["aliases"]:
                if norm(alias) == norm(g["name"]):
                    continue
                is_acronym = alias in acronyms or not acronyms and defined_in_text(text, g["name"], alias)
                uses_ok = []
                own_uses_ok = []  # the uses outside another listed name ("HSP" in "HSP Enterprises Ltd" is not one)
                for m in re.finditer(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
                    span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                    ents = [e for e in doc.ents if span is not None and e.start <= span.start and span.end <= e.end
                            and e.label_ == "ORG"]
                    # resolved: the entity there goes by another of the body's names (its
                    # canonical name, or an alias such as the full name of a gazetteer acronym)
                    ok = any(org_forms.get(e.kb_id_ or e.text, {norm(e.kb_id_ or e.text)}) & (g["forms"] - {norm(alias)})
                             for e in ents)
                    alias_total += 1
                    alias_ok += ok
                    if not inside_other_name(text, m.start(), m.end(), a, g["name"]):
                        own_total += 1
                        own_ok += ok
                        own_uses_ok.append(ok)
                    uses_ok.append(ok)
                    if show and not ok:
                        errors.append(f"{a.get('id')}: alias {alias!r} at {m.start()} not resolved to {g['name']!r} "
                                      f"(tagged: {[(e.text, e.kb_id_) for e in ents]})")
                if is_acronym and uses_ok:
                    acro_total += 1
                    acro_ok += all(uses_ok)
                    acro_own_ok += all(own_uses_ok)
        # what is not an organisation
        pred_names = {f for _, forms in preds for f in forms}
        trust_names = {f for o, forms in preds if o["kind"] == "academy_trust" for f in forms}
        for item in a.get("not_organisations") or ():
            t = norm(item["text"] if isinstance(item, dict) else str(item))
            not_org_total += 1
            not_org_as_org += t in pred_names
            not_org_as_trust += t in trust_names
            if show and t in pred_names:
                errors.append(f"{a.get('id')}: not an organisation, found as one: {item}")
        # academy trusts: newswatch vs the plain model
        gold_trusts = [g for g in golds if g["kind"] == "academy_trust"]
        for system, names in (
            ("newswatch", [forms for o, forms in preds if o["kind"] == "academy_trust"]),
            ("en_core_web_sm", list({frozenset({norm(e.text)}) for e in bdoc.ents
                                     if e.label_ == "ORG" and _BASELINE_TRUST.search(e.text)})),
        ):
            c = trust[system]
            found = set()
            for forms in names:
                c["pred"] += 1
                g = match(set(forms), gold_trusts)
                if g is not None:
                    c["tp"] += 1
                    found.add(g["name"])
                elif system == "newswatch":
                    other = match(set(forms), golds)
                    false_trusts[other["kind"] if other else "not an organisation"] += 1
            c["gold"] += len(gold_trusts)
            c["tp_gold"] += len(found)
    kinds = {k: dict(zip(("precision", "recall", "f1"), prf(kind_tp[k], kind_pred[k], kind_gold[k], kind_tp_gold[k])),
                     predicted=kind_pred[k], gold=kind_gold[k]) for k in KINDS}
    trusts = {s: dict(zip(("precision", "recall", "f1"), prf(c["tp"], c["pred"], c["gold"], c["tp_gold"])),
                      predicted=c["pred"], gold=c["gold"]) for s, c in trust.items()}
    return {"articles": len(articles), "kinds": kinds, "academy_trusts": trusts,
            "alias_accuracy": alias_ok / alias_total if alias_total else None, "aliases": alias_total,
            "alias_accuracy_own_uses": own_ok / own_total if own_total else None, "alias_own_uses": own_total,
            "defined_acronym_accuracy": acro_ok / acro_total if acro_total else None, "defined_acronyms": acro_total,
            "defined_acronym_accuracy_own_uses": acro_own_ok / acro_total if acro_total else None,
            "not_organisations": not_org_total, "not_organisations_as_org": not_org_as_org,
            "not_organisations_as_trust": not_org_as_trust, "false_trusts": dict(false_trusts), "errors": errors}


def report(name: str, r: dict) -> str:
    lines = [f"## {name} ({r['articles']} articles)", "",
             "| kind | predicted | gold | precision | recall | F1 |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for k, v in r["kinds"].items():
        lines.append(f"| {k} | {v['predicted']} | {v['gold']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |")
    lines += ["", "| academy trusts | predicted | gold | precision | recall | F1 |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for s, v in r["academy_trusts"].items():
        lines.append(f"| {s} | {v['predicted']} | {v['gold']} | {v['precision']:.3f} | {v['recall']:.3f} | {v['f1']:.3f} |")
    fmt = lambda x: "n/a" if x is None else f"{x:.3f}"  # noqa: E731
    lines += ["", f"alias resolution: {fmt(r['alias_accuracy'])} of {r['aliases']} alias occurrences "
              f"({fmt(r['alias_accuracy_own_uses'])} of the {r['alias_own_uses']} outside another listed name); "
              f"acronyms defined in the article: {fmt(r['defined_acronym_accuracy'])} of {r['defined_acronyms']} "
              f"({fmt(r['defined_acronym_accuracy_own_uses'])} counting only the uses outside another listed name)"]
    if r["not_organisations"]:
        lines.append(f"not organisations ({r['not_organisations']} listed): {r['not_organisations_as_org']} reported "
                     f"as an organisation, {r['not_organisations_as_trust']} as an academy trust")
    wrong = ", ".join(f"{k} {v}" for k, v in sorted(r["false_trusts"].items())) or "none"
    lines.append(f"academy trusts found that are not one, by what the annotation says they are: {wrong}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--show-errors", action="store_true")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)
    from nlp.pipeline import load_base_model, load_pipeline

    nlp = load_pipeline()
    base = load_base_model()
    results = {}
    for path in args.files:
        articles = json.loads(path.read_text(encoding="utf-8"))
        r = evaluate(articles, nlp, base, args.show_errors)
        results[path.name] = r
        print(report(path.name, r))
        for e in r["errors"]:
            print("  " + e)
        print()
    if args.json:
        args.json.write_text(json.dumps({k: {x: y for x, y in v.items() if x != "errors"} for k, v in results.items()},
                                        indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
