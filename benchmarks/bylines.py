"""Authors from bylines in the text: how often extract_article names exactly the
article's authors, on a folder of saved pages with a gold file.

    .venv/bin/python benchmarks/bylines.py --data DIR [--per-page]

DIR holds the pages (*.html) and gold.json ({"page.html": ["Name", ...]}, [] for a page
with no author). A page counts as matched when the authors equal the gold list (names
compared exactly, capitals included, spaces normalised, in order); "as a set" ignores the order. The
baseline, measured in the same run, is the metadata-only reading (crawler.fields.authors
.parse_authors: JSON-LD, meta tags, byline elements) without the text bylines. Without
--data the project's own fixtures (tests/byline_pages.py) are used.
"""
from __future__ import annotations

import argparse
import json
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def _key(names) -> list[str]:
    return [" ".join(n.split()) for n in names]


def load(data: Path | None) -> list[tuple[str, str, list[str]]]:
    """(name, html, gold authors) for every page."""
    if data is None:
        from byline_pages import CASES, page

        return [(c.name, page(c), list(c.expected)) for c in CASES]
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    return [(name, (data / name).read_text(encoding="utf-8", errors="replace"), names)
            for name, names in sorted(gold.items())]


def main(argv=None) -> int:
    from crawler.decode import decode_html
    from crawler.extract import extract_article
    from crawler.fields.authors import parse_authors
    from crawler.fields.page import Page
    from crawler.htmltree import parse_tree

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", type=Path, help="folder of pages and gold.json (default: tests/byline_pages.py)")
    p.add_argument("--per-page", action="store_true")
    args = p.parse_args(argv)
    pages = load(args.data)
    rows = []
    for name, html, gold in pages:
        url = f"https://news.example/news/{zlib.crc32(name.encode()) % 10**8:08d}.{Path(name).stem}/"
        record = extract_article(html, url)
        meta_only = parse_authors(Page.from_tree(parse_tree(decode_html(html)[0]), url))
        rows.append((name, gold, record["authors"], meta_only))
    with_author = [r for r in rows if r[1]]
    without = [r for r in rows if not r[1]]

    def share(items, pick, *, as_set=False) -> str:
        if not items:
            return "-"
        same = sum((set(_key(pick(r))) == set(_key(r[1]))) if as_set else (_key(pick(r)) == _key(r[1])) for r in items)
        return f"{same}/{len(items)} = {same / len(items):.3f}"

    def wrong(items, pick) -> str:
        return f"{sum(1 for r in items if pick(r))}/{len(items)}" if items else "-"

    print(f"Authors from bylines in the text, {len(rows)} pages ({args.data or 'tests/byline_pages.py'})\n")
    print("| reading | pages with authors: exact match | as a set | pages without authors: any author given |")
    print("|---|---|---|---|")
    for label, pick in (("newswatch extract_article", lambda r: r[2]),
                        ("baseline: metadata and byline elements only", lambda r: r[3])):
        print(f"| {label} | {share(with_author, pick)} | {share(with_author, pick, as_set=True)} "
              f"| {wrong(without, pick)} |")
    if args.per_page:
        print()
        for name, gold, got, meta_only in rows:
            mark = "ok " if _key(got) == _key(gold) else "BAD"
            print(f"{mark} {name}: gold {gold} got {got} (metadata only {meta_only})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
