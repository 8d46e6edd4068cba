"""Robustness: `newswatch analyse` on real texts (and damaged copies of them) and on
hostile texts, as a user runs it (a subprocess, the installed classifier on).

    .venv/bin/python benchmarks/robustness.py [--shared ../shared] [--no-real]

(from a git worktree elsewhere, pass --shared /work/shared)

Real texts (read from ../shared when present; never copied into the project): the 84
PolNeAR dev texts (text/*.txt) and the 40 article-extraction-dev pages (html/*.html.gz,
given to analyse as HTML files), then the same texts with every whitespace run doubled,
with every space a non-breaking space, and lower-cased (the HTML pages' extracted texts
are the ones damaged). None of them is about UK schools outsourcing, so every article
flagged relevant is a false positive.

Hostile texts (written here): lone surrogates, NUL and control characters, runs of
non-breaking and zero-width spaces, unmatched and mixed quote marks, all-caps, a text of
only whitespace, an empty HTML file, a huge text.

Checks, per run: exit status, one output line per input in order, no "error" line,
every quote's text equal to the input at its offsets (nlp.findings.quote_at_offsets; the
input with control characters read as spaces, see nlp/clean.py), offsets inside the input.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from nlp.clean import clean_text  # noqa: E402
from nlp.findings import quote_at_offsets  # noqa: E402


def variants(text: str) -> dict[str, str]:
    import re

    return {
        "doubled whitespace": re.sub(r"(\s+)", r"\1\1", text),
        "nbsp for spaces": text.replace(" ", "\u00a0"),
        "lower-cased": text.lower(),
    }


def hostile_texts() -> list[str]:
    said = "Jane Smith, head teacher, said: “We were never asked.”"
    return [
        "ok \ud800 text. " + said,
        "\x00" * 5 + said + "\x00",
        "Jo\x01hn Sm\x1fith said: “control characters in a name”.",
        "\u00a0\u00a0 \u00a0" * 50,
        "Mr\u00a0\u00a0\u00a0 said “hello”. \u200b\u200b John\u200bSmith said: “zero width”.",
        "“Unmatched opening quote. " * 20,
        "Unmatched closing quote.” " * 20,
        "“Mixed quote marks,\" she said. 'Also ‘nested “ones’ here,” he said.'",
        "JOHN SMITH SAID: “ALL CAPS TEXT ABOUT THE ACADEMY TRUST.” THE COUNCIL AGREED.",
        " \n\n \t \r\n ",
        "",
        "\ufeff" + said,
        "«Guillemets» dit-il. „German quotes“ said Hans Müller. 「Japanese」",
        ("Councillor Liz Eyre said: “" + "We will listen. " * 4000 + "” ") * 3,
        "\u2028".join([said] * 20),
        "\ud83d said \udc00 “surrogate halves” she said \udfff",
    ]


def load_real(shared: Path) -> list[tuple[str, str]]:
    """(name, text or html) for the real inputs; HTML names end in .html."""
    out = []
    for p in sorted((shared / "data/polnear-dev/text").glob("*.txt")):
        out.append((p.name, p.read_text(encoding="utf-8")))
    for p in sorted((shared / "data/article-extraction-dev/html").glob("*.html.gz")):
        out.append((p.name[:-3], gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace")))
    return out


def run_analyse(files: list[Path] | None, stdin: str | None, extra: list[str]) -> tuple[int, list[dict], float, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [sys.executable, "-m", "newswatch", "analyse", "--no-progress", *extra, *[str(f) for f in files or []]]
    t = time.perf_counter()
    proc = subprocess.run(args, input=stdin, capture_output=True, text=True, env=env, cwd=ROOT)
    seconds = time.perf_counter() - t
    return proc.returncode, [json.loads(line) for line in proc.stdout.splitlines()], seconds, proc.stderr


def check(inputs: list[str], out: list[dict], ids: list) -> dict:
    """Counts of problems in analyse's output for these input texts."""
    problems = {"lines": len(out), "inputs": len(inputs), "errors": 0, "misplaced_quotes": 0, "quotes": 0,
                "bad_offsets": 0, "relevant": 0, "control_in_names": 0}
    if [r.get("id") for r in out] != ids:
        problems["order"] = "wrong"
    for text, rec in zip(inputs, out):
        if "error" in rec:
            problems["errors"] += 1
            continue
        cleaned = clean_text(text) if text is not None else None
        for q in rec["quotes"]:
            problems["quotes"] += 1
            if not 0 <= q["start"] <= q["end"] <= len(cleaned or ""):
                problems["bad_offsets"] += 1
            elif cleaned is not None and not quote_at_offsets(q, cleaned):
                problems["misplaced_quotes"] += 1
        names = [q["speaker"] or "" for q in rec["quotes"]] + [e["canonical"] for e in rec["entities"]]
        problems["control_in_names"] += sum(any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in n) for n in names)
        problems["relevant"] += bool(rec.get("relevant"))
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"),
                    help="the shared data folder (default ../shared)")
    ap.add_argument("--no-real", action="store_true")
    args = ap.parse_args()
    from nlp.analyse import html_to_text

    rows = []
    hostile = hostile_texts()
    stdin = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(hostile))
    code, out, seconds, _ = run_analyse(None, stdin, [])
    rows.append(("hostile texts (JSON lines)", code, seconds, check(hostile, out, list(range(len(hostile))))))
    with tempfile.TemporaryDirectory() as tmp:
        empty = Path(tmp) / "empty.html"
        empty.write_text("")
        blank = Path(tmp) / "blank.html"
        blank.write_text("  \n ")
        code, out, seconds, _ = run_analyse([empty, blank], None, [])
        rows.append(("empty and blank .html files", code, seconds, check([None, None], out, [str(empty), str(blank)])))

        shared = Path(args.shared)
        if not args.no_real and (shared / "data/polnear-dev/text").is_dir():
            real = load_real(shared)
            folder = Path(tmp) / "original"
            folder.mkdir()
            files, texts = [], []
            for name, content in real:
                path = folder / name
                path.write_text(content, encoding="utf-8")
                files.append(path)
                texts.append(html_to_text(content, path.as_uri()) if name.endswith(".html") else content)
            code, out, seconds, _ = run_analyse(files, None, [])
            rows.append((f"real: {len(files)} texts as given (84 PolNeAR .txt + 40 .html)", code, seconds,
                         check(texts, out, [str(f) for f in files])))
            for label in variants(""):
                folder = Path(tmp) / label.replace(" ", "_")
                folder.mkdir()
                vfiles, vtexts = [], []
                for (name, _), text in zip(real, texts):
                    damaged = variants(text)[label]
                    path = folder / (name.removesuffix(".html").removesuffix(".txt") + ".txt")
                    path.write_text(damaged, encoding="utf-8")
                    vfiles.append(path)
                    vtexts.append(damaged)
                code, out, seconds, _ = run_analyse(vfiles, None, [])
                rows.append((f"real, {label}", code, seconds, check(vtexts, out, [str(f) for f in vfiles])))

    print("| inputs | exit | seconds | lines / inputs | error lines | quotes | quote text != input at offsets "
          "| offsets outside | control chars in names | flagged relevant |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    ok = True
    for name, code, seconds, p in rows:
        print(f"| {name} | {code} | {seconds:.1f} | {p['lines']} / {p['inputs']} | {p['errors']} | {p['quotes']} "
              f"| {p['misplaced_quotes']} | {p['bad_offsets']} | {p['control_in_names']} | {p['relevant']} |")
        ok &= (code == 0 and p["lines"] == p["inputs"] and not p["errors"] and not p["misplaced_quotes"]
               and not p["bad_offsets"] and not p["control_in_names"] and "order" not in p)
    if len(rows) == 2:
        print(f"\n(no real texts: {args.shared}/data/polnear-dev not found)")
    print("\nall checks passed" if ok else "\nSOME CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
