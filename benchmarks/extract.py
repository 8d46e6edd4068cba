"""Body extraction benchmark: newswatch's extract_article vs plain trafilatura.

    .venv/bin/python benchmarks/extract.py [--data DIR] [--per-page]

Reads ../shared/data/article-extraction-dev (html/<id>.html.gz, ground-truth/<id>.json)
and scores the extracted body against the true articleBody the way the upstream
article-extraction-benchmark does: tokens are \\w+ matches, counted word 4-gram shingles,
per-page TP/FP/FN normalised, precision and recall averaged over pages, F1 the harmonic
mean of the two averages. The baseline is `trafilatura.extract(html)` with default
settings, measured in the same run. Prints a markdown table.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "article-extraction-dev"

TOKEN_RE = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter:
    tokens = TOKEN_RE.findall(text or "")
    grams = [tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1))]
    return Counter(g for g in grams if g)


def page_scores(true: str, pred: str) -> tuple[float, float]:
    """(precision, recall) for one page over counted 4-gram shingles."""
    t, p = shingles(true), shingles(pred)
    tp = sum(min(t[k], p[k]) for k in t.keys() & p.keys())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    if fp == 0 and fn == 0:
        return 1.0, 1.0
    if tp == 0:
        return 0.0, 0.0
    return tp / (tp + fp), tp / (tp + fn)


def summarise(scores: list[tuple[float, float]]) -> tuple[float, float, float]:
    precision = sum(s[0] for s in scores) / len(scores)
    recall = sum(s[1] for s in scores) / len(scores)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def load_pages(data: Path) -> list[dict]:
    ids = json.loads((data / "ids.json").read_text())
    pages = []
    for page_id in ids:
        with gzip.open(data / "html" / f"{page_id}.html.gz", "rt", encoding="utf-8") as fh:
            html = fh.read()
        truth = json.loads((data / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))
        pages.append({"id": page_id, "html": html, "url": truth.get("url") or "", "truth": truth["articleBody"]})
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--per-page", action="store_true", help="print per-page scores too")
    args = parser.parse_args(argv)
    if not (args.data / "ids.json").exists():
        print(f"benchmarks/extract.py: no benchmark data at {args.data} (needs ../shared); skipping.")
        return 0

    import trafilatura

    from crawler.extract import extract_article

    pages = load_pages(args.data)
    trafilatura.extract(pages[0]["html"])  # warm up imports/caches outside the timing
    extract_article(pages[0]["html"], pages[0]["url"])

    ours, base, detected = [], [], 0
    t_ours = t_base = 0.0
    rows = []
    for page in pages:
        start = time.perf_counter()
        record = extract_article(page["html"], page["url"])
        t_ours += time.perf_counter() - start
        start = time.perf_counter()
        plain = trafilatura.extract(page["html"]) or ""
        t_base += time.perf_counter() - start
        ours.append(page_scores(page["truth"], record["body"]))
        base.append(page_scores(page["truth"], plain))
        detected += bool(record["is_article"])
        rows.append((page["id"][:10], ours[-1], base[-1], record["is_article"], page["url"][:60]))

    if args.per_page:
        print("| page | ours P | ours R | traf. P | traf. R | is_article | url |")
        print("|---|---|---|---|---|---|---|")
        for pid, (op, orr), (bp, br), is_art, url in rows:
            print(f"| {pid} | {op:.3f} | {orr:.3f} | {bp:.3f} | {br:.3f} | {is_art} | {url} |")
        print()

    n = len(pages)
    op, orr, of1 = summarise(ours)
    bp, br, bf1 = summarise(base)
    print(f"Article body extraction, {n} pages of article-extraction-dev "
          f"(upstream shingle scoring; baseline: trafilatura.extract(html), default settings)\n")
    print("| extractor | precision | recall | F1 | ms/page |")
    print("|---|---|---|---|---|")
    print(f"| newswatch extract_article | {op:.4f} | {orr:.4f} | {of1:.4f} | {1000 * t_ours / n:.1f} |")
    print(f"| trafilatura (default) | {bp:.4f} | {br:.4f} | {bf1:.4f} | {1000 * t_base / n:.1f} |")
    print(f"| ratio ours / trafilatura | {op / bp:.3f} | {orr / br:.3f} | {of1 / bf1:.3f} | {t_ours / t_base:.2f} |")
    print(f"\nis_article True on {detected}/{n} pages (all {n} are articles).")
    print("ms/page for newswatch includes metadata, dates, classification and decoding.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
