"""Same findings before and after a change? A snapshot of what a checkout finds, and a
comparison of two snapshots.

    python benchmarks/findings.py snapshot OUT [--repo DIR] [--shared ../shared]
    python benchmarks/findings.py compare BEFORE AFTER

`snapshot` runs the checkout at --repo (default: this one) as a user would: `newswatch
analyse` over real texts (the PolNeAR texts and article-extraction-dev bodies from
../shared when present, and every article of our quote and organisation sets), and
`newswatch demo --no-serve` (crawl of the demo site, then enrich). It keeps the analyse
output and, from the demo database, each article's fields, quotes, mentions and cluster,
plus people, aliases, skipped pages, crawl errors and URLs, without ids, times or ports.
`compare` prints how many documents and demo rows differ (and the first differences).
Used for issue 17's "same findings before and after" (BENCHMARKS.md).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DROPPED_ARTICLE_COLUMNS = ("id", "url", "first_seen", "last_seen", "fetched", "cluster_id")
DROPPED_ROW_COLUMNS = ("id", "at", "article_id", "entity_id", "run_id", "first_seen", "last_seen")
TABLES = ("people", "entity_aliases", "skipped_pages", "crawl_errors", "article_urls")


def texts(repo: Path, shared: Path) -> list[dict]:
    lines = [{"id": p.name, "text": p.read_text(encoding="utf-8")}
             for p in sorted((shared / "data" / "polnear-dev" / "text").glob("*.txt"))]
    for p in sorted((shared / "data" / "article-extraction-dev" / "ground-truth").glob("*.json")):
        lines.append({"id": p.name, "text": json.loads(p.read_text(encoding="utf-8")).get("articleBody") or ""})
    sets = sorted((repo / "tests" / "data").glob("quotes_*.json")) + sorted((repo / "tests" / "data").glob("orgs_*.json"))
    for p in sets:
        for i, a in enumerate(json.loads(p.read_text(encoding="utf-8"))):
            paras = [x if isinstance(x, str) else x.get("text", "") for x in a.get("paragraphs") or []]
            lines.append({"id": f"{p.name}#{i}", "text": (a.get("headline") or "") + "\n\n" + "\n\n".join(paras)})
    return lines


def url_path(value):
    return re.sub(r"^https?://[^/]+", "", value) if isinstance(value, str) and value.startswith("http") else value


def demo_dump(db_path: Path) -> dict:
    con = sqlite3.connect(db_path)
    con.row_factory = sqlite3.Row
    dump = {}
    for a in con.execute("SELECT * FROM articles"):
        d = {k: a[k] for k in a.keys() if k not in DROPPED_ARTICLE_COLUMNS and not k.endswith("_at")}
        d["quotes"] = sorted(json.dumps({k: q[k] for k in q.keys() if k not in ("id", "article_id", "speaker_person_id")},
                                        sort_keys=True)
                             for q in con.execute("SELECT * FROM quotes WHERE article_id = ?", [a["id"]]))
        d["mentions"] = sorted(json.dumps({"name": m["name"], "kind": m["kind"], "label": m["label"],
                                           "kind_source": m["kind_source"], "count": m["count"],
                                           "first": m["first_offset"]}, sort_keys=True)
                               for m in con.execute("SELECT e.*, m.count, m.first_offset FROM mentions m "
                                                    "JOIN entities e ON e.id = m.entity_id WHERE m.article_id = ?",
                                                    [a["id"]]))
        d["cluster"] = sorted(url_path(r["url"]) for r in
                              con.execute("SELECT url FROM articles WHERE cluster_id = ?", [a["cluster_id"]]))
        dump[url_path(a["url"])] = json.dumps(d, sort_keys=True, default=str)
    for table in TABLES:
        rows = [json.dumps({k: url_path(r[k]) for k in r.keys() if k not in DROPPED_ROW_COLUMNS}, sort_keys=True, default=str)
                for r in con.execute(f"SELECT * FROM [{table}]")]
        dump["table:" + table] = json.dumps(sorted(rows))
    con.close()
    return dump


def snapshot(out: Path, repo: Path, shared: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(repo))
    lines = texts(repo, shared)
    run = subprocess.run([sys.executable, "-m", "newswatch", "analyse", "--jobs", "1"], env=env, cwd=repo,
                         input="".join(json.dumps(x) + "\n" for x in lines), capture_output=True, text=True)
    (out / "analyse.jsonl").write_text(run.stdout, encoding="utf-8")
    print(f"analyse: {len(lines)} texts, exit {run.returncode}", file=sys.stderr)
    db = out / "demo.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    demo = subprocess.run([sys.executable, "-m", "newswatch", "demo", "--db", str(db), "--no-serve"], env=env,
                          cwd=repo, stdin=subprocess.DEVNULL, capture_output=True, text=True)
    if demo.returncode != 0:
        print(demo.stderr[-2000:], file=sys.stderr)
        return 1
    (out / "demo_dump.json").write_text(json.dumps(demo_dump(db), indent=0), encoding="utf-8")
    return run.returncode


def compare(before: Path, after: Path) -> int:
    def analysed(folder: Path) -> dict:
        rows = (json.loads(x) for x in (folder / "analyse.jsonl").read_text(encoding="utf-8").splitlines() if x.strip())
        return {r.get("id"): r for r in rows}
    a, b = analysed(before), analysed(after)
    differ = [k for k in a.keys() | b.keys() if a.get(k) != b.get(k)]
    print(f"analyse: {len(a)} vs {len(b)} docs, {len(differ)} differ")
    for k in sorted(differ)[:5]:
        print(f"  {k}")
    da = json.loads((before / "demo_dump.json").read_text(encoding="utf-8"))
    db = json.loads((after / "demo_dump.json").read_text(encoding="utf-8"))
    demo_differ = sorted(k for k in da.keys() | db.keys() if da.get(k) != db.get(k))
    print(f"demo keys compared: {len(da.keys() | db.keys())} differ: {len(demo_differ)}")
    for k in demo_differ[:5]:
        print(f"  {k}")
    return 1 if differ or demo_differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="action", required=True)
    snap = sub.add_parser("snapshot")
    snap.add_argument("out", type=Path)
    snap.add_argument("--repo", type=Path, default=ROOT)
    snap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("before", type=Path)
    cmp_.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.action == "snapshot":
        if not args.shared.is_dir():
            print(f"note: no {args.shared}: only our own sets and the demo are used", file=sys.stderr)
        return snapshot(args.out, args.repo.resolve(), args.shared)
    return compare(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
