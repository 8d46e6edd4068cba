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
    extractors = {
        "newswatch extract_article": lambda page: extract_article(page["html"], page["url"])["body"],
        "trafilatura (default)": lambda page: trafilatura.extract(page["html"]) or "",
        "trafilatura (favor_precision, no comments)": lambda page: trafilatura.extract(
            page["html"], favor_precision=True, include_comments=False) or "",
    }
    for extract in extractors.values():  # warm-up pass: imports, caches, dateparser data
        for page in pages:
            extract(page)

    scores: dict[str, list[tuple[float, float]]] = {name: [] for name in extractors}
    seconds: dict[str, float] = {name: 0.0 for name in extractors}
    for name, extract in extractors.items():
        for page in pages:
            start = time.perf_counter()
            text = extract(page)
            seconds[name] += time.perf_counter() - start
            scores[name].append(page_scores(page["truth"], text))
    detected = sum(bool(extract_article(page["html"], page["url"])["is_article"]) for page in pages)

    if args.per_page:
        ours, base = scores["newswatch extract_article"], scores["trafilatura (default)"]
        print("| page | ours P | ours R | traf. P | traf. R | url |")
        print("|---|---|---|---|---|---|")
        for page, (op, orr), (bp, br) in zip(pages, ours, base):
            print(f"| {page['id'][:10]} | {op:.3f} | {orr:.3f} | {bp:.3f} | {br:.3f} | {page['url'][:60]} |")
        print()

    n = len(pages)
    print(f"Article body extraction, {n} pages of article-extraction-dev "
          f"(upstream shingle scoring; baseline: trafilatura.extract(html), default settings)\n")
    print("| extractor | precision | recall | F1 | ms/page |")
    print("|---|---|---|---|---|")
    results = {name: summarise(s) for name, s in scores.items()}
    for name, (p, r, f1) in results.items():
        print(f"| {name} | {p:.4f} | {r:.4f} | {f1:.4f} | {1000 * seconds[name] / n:.1f} |")
    (op, orr, of1), (bp, br, bf1) = results["newswatch extract_article"], results["trafilatura (default)"]
    ratio_t = seconds["newswatch extract_article"] / seconds["trafilatura (default)"]
    print(f"| ratio newswatch / trafilatura (default) | {op / bp:.3f} | {orr / br:.3f} | {of1 / bf1:.3f} | {ratio_t:.2f} |")
    print(f"\nis_article True on {detected}/{n} pages (all {n} are articles).")
    print("newswatch ms/page includes decoding, metadata, dates and the article/listing decision.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
