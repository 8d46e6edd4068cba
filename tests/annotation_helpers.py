"""Checks for the annotated data the tests and benchmarks rely on: the organisation
gazetteer files (nlp/data/gazetteer/*.jsonl) and the annotated quote sets (tests/data/
quotes_dev.json and the held-out sets). Used by test_gazetteer_data.py and
test_heldout*_data.py; the conventions are written up in nlp/data/gazetteer/README.md."""
from __future__ import annotations

import json
import re
from pathlib import Path

from nlp.classifier.labels import TOPICS
from nlp.kinds import KINDS

ROOT = Path(__file__).resolve().parents[1]
GAZ_DIR = ROOT / "nlp" / "data" / "gazetteer"
DEV_PATH = ROOT / "tests" / "data" / "quotes_dev.json"

FILE_KINDS = {
    "academy_trusts.jsonl": {"academy_trust"},
    "schools.jsonl": {"school"},
    "unions.jsonl": {"union"},
    "councils.jsonl": {"council"},
    "companies.jsonl": {"company"},
    "government.jsonl": {"government", "other"},
}


def load_gazetteer() -> dict[str, list[dict]]:
    out = {}
    for fname in FILE_KINDS:
        entries = []
        lines = (GAZ_DIR / fname).read_text(encoding="utf-8").split("\n")
        assert lines[-1] == "", f"{fname}: must end with a newline"
        for n, line in enumerate(lines[:-1], 1):
            assert line.strip(), f"{fname}:{n}: blank line"
            entry = json.loads(line)
            assert isinstance(entry, dict), f"{fname}:{n}: not a JSON object"
            entry["_where"] = f"{fname}:{n}"
            entries.append(entry)
        out[fname] = entries
    return out


def surface_forms(entry):
    return [entry["name"], *entry["aliases"]]


# ---- annotated quote sets ------------------------------------------------------------

OPENERS = {"\u201c": "\u201d", '"': '"'}


def quoted_segments(paragraphs: list[str]) -> list[dict]:
    """Every double-quoted stretch, as {text, p_start, p_end}. A quote left open at the end
    of a paragraph must be reopened at the start of the next one (the British multi-paragraph
    convention) and its paragraphs are joined by one space."""
    segs, cur = [], None
    for i, para in enumerate(paragraphs):
        j = 0
        if cur is not None:
            if para[:1] not in OPENERS:
                raise ValueError(f"paragraph {i}: quote opened in paragraph {cur['p_start']} is neither closed nor continued")
            j = 1
            cur["parts"].append("")
        for ch in para[j:]:
            if cur is None:
                if ch in OPENERS:
                    cur = {"parts": [""], "p_start": i, "closer": OPENERS[ch]}
                elif ch == "\u201d":
                    raise ValueError(f"paragraph {i}: closing quote mark without an opening one")
            elif ch == cur["closer"]:
                segs.append({"text": " ".join(p.strip() for p in cur["parts"]), "p_start": cur["p_start"], "p_end": i})
                cur = None
            elif ch in OPENERS or ch == "\u201d":
                raise ValueError(f"paragraph {i}: mixed or nested double quote marks")
            else:
                cur["parts"][-1] += ch
    if cur is not None:
        raise ValueError(f"quote opened in paragraph {cur['p_start']} is never closed")
    return segs


ARTICLE_KEYS = {
    "id": str, "headline": str, "published": str, "author": str, "place": str, "paragraphs": list,
    "relevant": bool, "topics": list, "organisations": list, "people": list, "quotes": list,
    "not_quotes": list, "cases": list, "source_basis": str,
}
QUOTE_KEYS = {"speaker": str, "speaker_org": str, "text": str, "paragraph_start": int, "paragraph_end": int, "kind": str}
NOT_QUOTE_REASONS = {"title", "scare", "term"}
COUNCILLOR_TITLES = {"Councillor", "Cllr", "County Councillor"}


def _two_segments_in_one_paragraph(a, segs):
    for q in a["quotes"]:
        run = _run_for(q, segs)
        if len(run) > 1 and any(x["p_end"] == y["p_start"] for x, y in zip(run, run[1:])):
            return True
    return False


# Each case tag with a check that the article really exercises it.
CASES = {
    "multi_paragraph": lambda a, segs: any(s["p_end"] > s["p_start"] for s in segs),
    "curly_quotes": lambda a, segs: any("\u201c" in p for p in a["paragraphs"]),
    "straight_quotes": lambda a, segs: any('"' in p for p in a["paragraphs"]),
    "headline_quote": lambda a, segs: re.search(r"['\u2018]\w", a["headline"]) is not None,
    "interrupted": _two_segments_in_one_paragraph,
    "speaker_before": lambda a, segs: any(re.search(r"\w: [\"\u201c]", p) for p in a["paragraphs"]),
    "speaker_after": lambda a, segs: any(re.search(r"[,?!.][\"\u201d] (said \S|[Hh]e said|[Ss]he said|[A-Z]\w*( [A-Z]\w*)? (said|added)|one parent)", p) for p in a["paragraphs"]),
    "pronoun_speaker": lambda a, segs: any(re.search(r"\b([Hh]e|[Ss]he) (said|added|told)\b", p) for p in a["paragraphs"]),
    "pronoun_two_people": lambda a, segs: len(a["people"]) >= 2 and any(re.search(r"\b([Hh]e|[Ss]he) (said|added)\b", p) for p in a["paragraphs"]),
    "spokesperson": lambda a, segs: any("spokes" in q["speaker"] for q in a["quotes"]),
    "org_speaker": lambda a, segs: any(q["speaker"] in {o["name"] for o in a["organisations"]} for q in a["quotes"]),
    "statement": lambda a, segs: any("statement" in p for p in a["paragraphs"]),
    "partial": lambda a, segs: any(q["kind"] == "partial" for q in a["quotes"]),
    "report_title": lambda a, segs: any(n["reason"] == "title" for n in a["not_quotes"]),
    "scare_quotes": lambda a, segs: any(n["reason"] in {"scare", "term"} for n in a["not_quotes"]),
    "nested_quotes": lambda a, segs: any(re.search(r"(^|\s)['\u2018]\w", q["text"]) for q in a["quotes"]),
    "many_speakers": lambda a, segs: len({q["speaker"] for q in a["quotes"] if q["speaker"]}) >= 4,
    "no_speaker": lambda a, segs: any(q["speaker"] == "" for q in a["quotes"]),
    "unnamed_speaker": lambda a, segs: any(q["speaker"].lower().startswith("one ") for q in a["quotes"]),
    "group_speaker": lambda a, segs: any(
        q["speaker"].endswith("s") and "spokes" not in q["speaker"]
        and q["speaker"] not in {p["name"] for p in a["people"]} | {o["name"] for o in a["organisations"]}
        for q in a["quotes"]
    ),
    "according_to": lambda a, segs: any("ccording to" in p for p in a["paragraphs"]),
    "told_publication": lambda a, segs: any(re.search(r"told (the [A-Z]|BBC)", p) for p in a["paragraphs"]),
    "added": lambda a, segs: any(re.search(r"\badded\b", p) for p in a["paragraphs"]),
    "role_and_org": lambda a, segs: any(p["role"] and p["org"] for p in a["people"]),
    "councillor_title": lambda a, segs: any(p.get("title") in COUNCILLOR_TITLES for p in a["people"]),
    "other_title": lambda a, segs: any(p.get("title") and p["title"] not in COUNCILLOR_TITLES for p in a["people"]),
    "continued_paragraphs": lambda a, segs: any(len(_run_for(q, segs)) > 1 and q["paragraph_end"] > q["paragraph_start"] for q in a["quotes"]),
    # The news convention: a quote paragraph after a CLOSED quote is a new quote by the same
    # speaker (docs/quotes_uk.md); only a paragraph after an unclosed quote continues it.
    "new_quote_same_speaker": lambda a, segs: any(
        q2["speaker"] and q1["speaker"] == q2["speaker"] and q2["paragraph_start"] == q1["paragraph_end"] + 1
        for q1, q2 in zip(a["quotes"], a["quotes"][1:])
    ),
    "general_news": lambda a, segs: a["relevant"] is False,
    "case_sensitive_org": lambda a, segs: any(o["name"] == "Community" for o in a["organisations"]),
    "surname_reference": lambda a, segs: any(re.search(r"\b(Mr|Mrs|Ms) [A-Z]|^[A-Z][a-z]+,? (who|added|said)", p) for p in a["paragraphs"]),
    "role_speaker": lambda a, segs: any(re.search(r"(director|commissioner)", q["speaker"]) for q in a["quotes"]),
    "split_paragraph": lambda a, segs: any(p[:1].islower() for p in a["paragraphs"]),
    # A paragraph that is nothing but a quote, with no attribution, whose speaker comes from
    # the paragraphs before it.
    "implicit_speaker": lambda a, segs: any(
        q["speaker"] and q["paragraph_start"] == q["paragraph_end"]
        and re.fullmatch(r"[\"\u201c]" + re.escape(q["text"]) + r"[\"\u201d]", a["paragraphs"][q["paragraph_start"]])
        for q in a["quotes"]
    ),
    "speaker_verbs": lambda a, segs: any(re.search(r"\b(warned|insisted|replied|claimed|wrote|asked)\b", p) for p in a["paragraphs"]),
    "question_quote": lambda a, segs: any("?" in q["text"] for q in a["quotes"]),
    "social_media": lambda a, segs: any(re.search(r"\b(Facebook|Twitter|Instagram)\b", p) for p in a["paragraphs"]),
}
# Cases the brief requires, each in at least this many articles.
REQUIRED_CASES = {
    "multi_paragraph", "curly_quotes", "straight_quotes", "headline_quote", "interrupted", "speaker_before",
    "speaker_after", "pronoun_speaker", "pronoun_two_people", "spokesperson", "org_speaker", "partial",
    "report_title", "scare_quotes", "nested_quotes", "many_speakers", "no_speaker", "according_to",
    "told_publication", "added", "role_and_org", "councillor_title", "general_news", "statement",
}
MIN_ARTICLES_PER_CASE = 3


def _run_for(quote, segs):
    """The contiguous run of quoted segments that makes up this quote's text, or []."""
    inside = [s for s in segs if quote["paragraph_start"] <= s["p_start"] and s["p_end"] <= quote["paragraph_end"]]
    for i in range(len(inside)):
        for j in range(i + 1, len(inside) + 1):
            run = inside[i:j]
            if " ".join(s["text"] for s in run) == quote["text"]:
                if run[0]["p_start"] == quote["paragraph_start"] and run[-1]["p_end"] == quote["paragraph_end"]:
                    return run
    return []


def check_article(article: dict, entries: list[dict]) -> None:
    """Every check one annotated article must pass (the development set, both held-out
    sets): keys and types, organisations and people in the text, each quote exactly the
    quoted words of its paragraphs, every quoted stretch annotated once, case tags real."""
    a = article
    for key, typ in ARTICLE_KEYS.items():
        assert isinstance(a.get(key), typ), f"{key}: expected {typ.__name__}"
    assert not set(a) - set(ARTICLE_KEYS), f"unknown keys {set(a) - set(ARTICLE_KEYS)}"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", a["published"]), a["published"]
    paras = a["paragraphs"]
    assert 4 <= len(paras) <= 12 and all(isinstance(p, str) and p.strip() == p and p for p in paras)
    assert a["headline"] not in paras
    # Topics: the classifier's vocabulary; only relevant articles carry them.
    assert set(a["topics"]) <= set(TOPICS)
    assert bool(a["topics"]) == a["relevant"]

    full = " ".join(paras)
    org_names = {o["name"] for o in a["organisations"]}
    org_forms = {}
    for o in a["organisations"]:
        assert set(o) == {"name", "aliases", "kind"} and o["kind"] in KINDS, o
        org_forms[o["name"]] = [o["name"], *o["aliases"]]
        assert any(f.lower() in full.lower() or f.lower() in a["headline"].lower() for f in org_forms[o["name"]]), (
            f"organisation {o['name']} is not in the text"
        )
    # An organisation the gazetteer knows is named by its canonical name and has its kind.
    for o in a["organisations"]:
        for form in org_forms[o["name"]]:
            for e in entries:
                hit = (form in surface_forms(e)) if e.get("case_sensitive") else (
                    form.lower() in {s.lower() for s in surface_forms(e)})
                if hit:
                    assert (o["name"], o["kind"]) == (e["name"], e["kind"]), (
                        f"{form!r}: annotated as {o['name']} ({o['kind']}), gazetteer says {e['name']} ({e['kind']})")

    people = {p["name"]: p for p in a["people"]}
    for p in a["people"]:
        assert {"name", "role", "org"} <= set(p) <= {"name", "role", "org", "title"}, p
        assert p["name"] in full, f"person {p['name']} is not in the text"
        assert p["org"] == "" or p["org"] in org_names, f"{p['name']}: org {p['org']!r} not among the organisations"
        if "title" in p:
            assert p["title"] and not p["name"].startswith(p["title"] + " ")
            assert re.search(re.escape(p["title"]) + r"\s+" + re.escape(p["name"]), full), f"title {p['title']} not written before {p['name']}"

    segs = quoted_segments(paras)
    claimed = [0] * len(segs)
    for q in a["quotes"]:
        assert set(q) == set(QUOTE_KEYS), q
        for key, typ in QUOTE_KEYS.items():
            assert isinstance(q[key], typ), (key, q)
        assert q["kind"] in {"direct", "partial"}
        assert 0 <= q["paragraph_start"] <= q["paragraph_end"] < len(paras), q
        run = _run_for(q, segs)
        assert run, f"quote text is not the quoted words of paragraphs {q['paragraph_start']}-{q['paragraph_end']}: {q['text'][:60]!r}"
        # The text is really there once the quote marks are gone.
        stripped = re.sub(r"[\"\u201c\u201d]", "", " ".join(paras[q["paragraph_start"]: q["paragraph_end"] + 1]))
        for s in run:
            assert s["text"] in stripped
        for s in run:
            claimed[segs.index(s)] += 1
        # Speaker: empty (nobody identifiable), a person in `people`, an organisation of the
        # article, or a description written in the text ("spokesman for the trust", "one parent").
        spk = q["speaker"]
        if spk in people:
            pass
        elif spk in org_names:
            assert any(f.lower() in full.lower() for f in org_forms[spk]), spk
        elif spk:
            assert spk.lower() in full.lower(), f"speaker {spk!r} is not in the text"
            assert spk.split()[0] not in {"A", "a", "The", "the", "An", "an"}, f"speaker {spk!r} keeps its article"
        assert q["speaker_org"] == "" or q["speaker_org"] in org_names, q["speaker_org"]
        if spk in people and people[spk]["org"]:
            assert q["speaker_org"] == people[spk]["org"], f"{spk}: speaker_org differs from the person's org"
    for n in a["not_quotes"]:
        assert set(n) == {"text", "paragraph", "reason"} and n["reason"] in NOT_QUOTE_REASONS, n
        hits = [i for i, s in enumerate(segs) if s["text"] == n["text"] and s["p_start"] == n["paragraph"]]
        assert len(hits) == 1, n
        claimed[hits[0]] += 1
    # Every quoted stretch is annotated exactly once: as (part of) a quote or as a not-quote.
    for s, c in zip(segs, claimed):
        assert c == 1, f"quoted words {s['text'][:50]!r} (paragraph {s['p_start']}) annotated {c} times"
    # Quotes are listed in reading order.
    starts = [(q["paragraph_start"], paras[q["paragraph_start"]].find(q["text"][:15])) for q in a["quotes"]]
    assert starts == sorted(starts)

    unknown = set(a["cases"]) - set(CASES)
    assert not unknown, f"unknown case tags {unknown}"
    for case in a["cases"]:
        assert CASES[case](a, segs), f"tagged {case!r} but the article does not show it"
