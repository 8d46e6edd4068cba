"""Datasette at scale: build a synthetic newswatch database (200,000 articles by default,
with organisations, mentions, people and quotes in proportion), then measure p50/p95
latency of the search and canned queries through Datasette's in-process client, against
the same SQL run directly with sqlite3 in the same run (the baseline).

    .venv/bin/python benchmarks/datasette_scale.py                 # 200,000 articles
    .venv/bin/python benchmarks/datasette_scale.py --articles 20000 --repeat 10

Prints a markdown table for BENCHMARKS.md. The texts are generated from templates written
for this benchmark; they read like local news but are not real.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from tqdm import tqdm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newswatch import publish  # noqa: E402
from newswatch.publish import pages  # noqa: E402
from newswatch.store import connect  # noqa: E402

PLACES = ["Witham", "Worcester", "Leeds", "Bradford", "Norwich", "Hull", "Derby", "Luton",
          "Swindon", "Wigan", "Bolton", "Exeter", "Ipswich", "Stockport", "Gateshead",
          "Sunderland", "Plymouth", "Reading", "Oldham", "Rotherham"]
TREES = ["Oak", "Ash", "Elm", "Willow", "Cedar", "Rowan", "Birch", "Hazel", "Maple", "Holly"]
NOUNS = ["Learning", "Education", "Academies", "Schools", "Futures", "Community", "Inspire",
         "Horizon", "Unity", "Pathways"]
FIRST = ["Sara", "Jon", "Liz", "Mary", "David", "Aisha", "Tom", "Priya", "Gareth", "Helen",
         "Imran", "Claire", "Peter", "Nadia", "Kevin", "Ruth", "Owen", "Fatima", "Alan", "Zoe"]
LAST = ["Ford", "Richards", "Eyre", "Holt", "Khan", "Patel", "Jones", "Evans", "Walsh",
        "Brown", "Clarke", "Hughes", "Ahmed", "Taylor", "Wright", "Morris", "Bell", "Shaw"]
UNIONS = ["UNISON", "GMB", "Unite", "National Education Union", "NASUWT",
          "Association of School and College Leaders", "National Association of Head Teachers"]
COMPANIES = ["Cleanserve Ltd", "Brightmeals Catering", "Facilities Partners plc",
             "EduPayroll Services", "Premier Site Services", "County Traded Services"]
ROLES = ["regional organiser", "branch secretary", "chief executive", "headteacher",
         "cabinet member for education", "district secretary", "spokesperson", "chair of governors"]
TOPICS = ["outsourcing", "industrial_action_jobs", "trust_governance_finance", "academisation",
          "send_provision"]
SENTENCES = [
    "{org} has confirmed plans to review how support services are run at {school}.",
    "Parents at {school} in {place} were told about the changes in a letter this week.",
    "The contract for cleaning and catering could be handed to {company} from September.",
    "Staff say the outsourcing of support jobs will hit pay and conditions.",
    "{union} said members would be balloted over the proposals.",
    "The trust runs {n} schools across {place} and the surrounding area.",
    "Accounts show {org} spent more on consultants and agency staff last year.",
    "Councillors will discuss the academy conversion at a meeting next month.",
    "The Department for Education said it did not comment on individual trusts.",
    "A consultation on the plans closes at the end of the month.",
    "Governors at {school} agreed to join {org} after a vote.",
    "Teaching assistants, caretakers and kitchen staff would transfer under TUPE rules.",
    "The strike is planned for two days and could close several schools in {place}.",
    "Pupils' results have improved since the school joined the trust, inspectors found.",
    "The council said the move would save money on back-office services.",
    "Local residents also raised concerns about parking near {school}.",
    "The new sports hall is expected to open in the spring after delays.",
    "Bus routes in {place} will change from next week, the operator said.",
]
GENERAL = [
    "Police were called to {street} in {place} on {day} after reports of {incident}.",
    "The {business} on {street} will close at the end of the month after {n} years.",
    "{person} told the court the {incident} had left {pronoun} unable to work.",
    "Plans for {n} new homes off {street} were approved by the planning committee.",
    "The {event} returns to {place} town centre this weekend with stalls and live music.",
    "Roadworks on {street} are expected to last until {month}, the highways team said.",
    "{person}, {age}, from {place}, raised money for the {charity} by running a marathon.",
    "Firefighters tackled a blaze at a {business} in {place} on {day} evening.",
    "The football club said the {sport} match would go ahead despite the weather.",
    "Residents have complained about {nuisance} near {street} for several months.",
    "The bus station café reopens on {day} after a refurbishment.",
    "A {age}-year-old man has been charged with {crime} and will appear in court in {month}.",
    "The {charity} shop on {street} is looking for volunteers.",
    "Tickets for the {event} sold out within hours, organisers said.",
    "The hospital trust said waiting times in {place} had fallen since {month}.",
]
FILL = {
    "street": [f"{a} {b}" for a in ["High", "Station", "Church", "Mill", "Park", "Victoria", "London", "Queen", "King", "Market", "Bridge", "Chapel", "Albert", "York", "Manor"]
               for b in ["Street", "Road", "Lane", "Avenue", "Way", "Close"]],
    "day": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "month": ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"],
    "incident": ["a burglary", "a collision", "antisocial behaviour", "a flood", "a gas leak",
                 "a break-in", "a fight", "a stolen car", "vandalism", "a fallen tree"],
    "business": ["bakery", "pub", "garage", "butcher", "bookshop", "florist", "takeaway",
                 "hairdresser", "pharmacy", "hardware shop", "cinema", "gym"],
    "event": ["food festival", "Christmas market", "carnival", "beer festival", "half marathon",
              "farmers' market", "fireworks display", "book fair", "vintage fair"],
    "charity": ["hospice", "air ambulance", "food bank", "animal sanctuary", "cancer charity",
                "mental health charity", "homeless shelter"],
    "sport": ["cup", "league", "derby", "friendly", "rugby", "cricket"],
    "nuisance": ["noise", "fly-tipping", "parking", "litter", "speeding", "potholes"],
    "crime": ["theft", "assault", "burglary", "fraud", "criminal damage", "dangerous driving"],
    "pronoun": ["him", "her", "them"],
}

QUOTES = [
    "We are deeply concerned that outsourcing these jobs will leave schools without the support they need.",
    "Our priority is always the education of our pupils and we will consult staff fully.",
    "This is a bad deal for support staff and a bad deal for children.",
    "The trust has to be open about where the money is going.",
    "We look forward to welcoming the school into our family of academies.",
    "Members are angry and they are ready to take action if the plans go ahead.",
    "No decision has been made and we will listen to everyone's views.",
    "Cuts to support staff are already being felt in the classroom.",
]

GENERAL_QUOTES = [
    "We have been here for a long time and it is sad to see it go.",
    "The response from the community has been amazing.",
    "We would urge anyone with information to contact police.",
    "Safety is our top priority and the work has to be done.",
    "It is a great day for the town and we hope everyone comes along.",
    "Residents deserve better than this and we will keep pushing.",
]


def make_entities(rng):
    trusts = sorted({f"{rng.choice(TREES)} {rng.choice(NOUNS)} Trust" for _ in range(600)}
                    | {f"{p} {rng.choice(NOUNS)} Academy Trust" for p in PLACES})
    councils = [f"{p} {kind} Council" for p in PLACES for kind in ("City", "County", "Borough")]
    schools = sorted({f"{rng.choice(TREES)} {rng.choice(['Primary', 'High', 'Academy', 'Infant'])} "
                      f"{rng.choice(['School', 'Academy'])}, {rng.choice(PLACES)}" for _ in range(3000)})
    rows = []
    for kind, names in (("academy_trust", trusts), ("council", councils), ("union", UNIONS),
                        ("school", schools), ("company", COMPANIES)):
        # kind_source as enrich sets it for such names (read from the name's shape): the
        # "top trusts" query counts only trusts whose kind is confirmed (issue 15)
        rows += [{"name": n, "kind": kind, "label": "ORG", "kind_source": "name"} for n in names]
    for i, row in enumerate(rows, 1):
        row["id"] = i
    return rows


def build(path: Path, n_articles: int, seed: int = 1) -> dict:
    rng = random.Random(seed)
    db = connect(path)
    db.execute("PRAGMA synchronous = OFF")
    entities = make_entities(rng)
    by_kind = {}
    for e in entities:
        by_kind.setdefault(e["kind"], []).append(e)
    people = []
    for i in range(1, 6001):
        org = rng.choice(by_kind["union"] + by_kind["academy_trust"][:200] + by_kind["council"])
        people.append({"id": i, "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                       "title": None, "role": rng.choice(ROLES), "org": org["name"]})
    seen = set()
    people = [p for p in people if (p["name"], p["org"]) not in seen and not seen.add((p["name"], p["org"]))]
    db["entities"].insert_all(entities, pk="id", batch_size=5000)
    db["people"].insert_all(people, pk="id", batch_size=5000)

    sources = [f"{p.lower()}-news" for p in PLACES]
    start = dt.datetime(2023, 12, 1, tzinfo=dt.timezone.utc)
    end = dt.datetime.now(dt.timezone.utc)
    span = (end - start).total_seconds()
    conn = db.conn
    art_sql = ("INSERT INTO articles (id, url, source, title, author, published, section, summary, "
               "body, language, word_count, first_seen, last_seen, content_hash, cluster_id, "
               "nlp_version, relevance, relevant, topics, model_version, relevance_terms) "
               "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    batch_a, batch_m, batch_q = [], [], []
    quote_id = 0
    counts = {"articles": 0, "mentions": 0, "quotes": 0}

    def flush():
        conn.executemany(art_sql, batch_a)
        conn.executemany("INSERT INTO mentions VALUES (?,?,?,?)", batch_m)
        conn.executemany(
            "INSERT INTO quotes (id, article_id, speaker, speaker_person_id, speaker_org, "
            "speaker_role, cue, text, kind, paragraph, start, end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            batch_q)
        conn.commit()
        batch_a.clear(), batch_m.clear(), batch_q.clear()

    for aid in tqdm(range(1, n_articles + 1), desc="articles", file=sys.stderr, mininterval=2):
        place = rng.choice(PLACES)
        trust = rng.choice(by_kind["academy_trust"]) if rng.random() < 0.7 else None
        council = rng.choice(by_kind["council"])
        union = rng.choice(by_kind["union"])
        school = rng.choice(by_kind["school"])
        company = rng.choice(COMPANIES)
        org = trust["name"] if trust else council["name"]
        education = rng.random() < 0.3  # most local news is not about schools
        fill = dict(org=org, school=school["name"], place=place, company=company,
                    union=union["name"], n=rng.randint(2, 400), age=rng.randint(18, 90),
                    person=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                    **{k: rng.choice(v) for k, v in FILL.items()})
        pool = SENTENCES if education else GENERAL
        paragraphs = [" ".join(rng.choice(pool).format(**fill) for _ in range(rng.randint(2, 4)))
                      for _ in range(rng.randint(4, 8))]
        relevant = int(education and rng.random() < 0.6)
        topics = rng.sample(TOPICS, rng.randint(1, 2)) if relevant else []
        published = start + dt.timedelta(seconds=rng.random() * span)
        pub = published.replace(microsecond=0).isoformat()
        if education:
            title = f"{org} {rng.choice(['plans', 'faces', 'defends', 'announces'])} " \
                    f"{rng.choice(['outsourcing of support staff', 'new academy', 'budget cuts', 'strike ballot', 'school takeover', 'parking changes'])} in {place}"
        else:
            title = rng.choice(GENERAL).format(**fill).rstrip(".")[:90]
        body = "\n\n".join(paragraphs)
        batch_a.append((aid, f"https://{place.lower()}.example.org/news/{aid}", f"{place.lower()}-news",
                        title, "Staff reporter", pub, "Education", paragraphs[0][:200], body, "en",
                        len(body.split()), pub, pub, f"h{aid}", aid, "bench-1",
                        round(rng.random() * 0.4 + (0.6 if relevant else 0), 3), relevant,
                        json.dumps(topics), "bench-model", "[]"))
        if education:
            mentioned = {e["id"]: e for e in [council, union, school] + ([trust] if trust else [])
                         + rng.sample(entities, 1)}
        else:
            mentioned = {council["id"]: council}
            if rng.random() < 0.2:
                other = rng.choice(entities)
                mentioned[other["id"]] = other
        for e in mentioned.values():
            batch_m.append((aid, e["id"], rng.randint(1, 4), rng.randint(0, 500)))
        for _ in range(rng.choice([0, 1, 1, 2, 2, 3])):
            quote_id += 1
            person = rng.choice(people)
            batch_q.append((quote_id, aid, person["name"], person["id"], person["org"],
                            person["role"], "said", rng.choice(QUOTES if education else GENERAL_QUOTES), "direct",
                            rng.randint(0, 5), 10, 90))
        counts["mentions"] += len(mentioned)
        if len(batch_a) >= 5000:
            flush()
    flush()
    counts["articles"] = n_articles
    counts["quotes"] = quote_id
    runs = []
    for i, source in enumerate(sources):
        for day in range(30):
            t = (end - dt.timedelta(days=day)).replace(microsecond=0)
            runs.append({"started": t.isoformat(), "ended": t.isoformat(), "source": source,
                         "status": "ok" if (day + i) % 9 else "partial", "pages_fetched": 50,
                         "articles_new": 5, "articles_updated": 0, "articles_unchanged": 40,
                         "errors": 0, "error_counts": "{}", "pid": 1})
    db["crawl_runs"].insert_all(runs)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    db.close()
    return counts


# The plain table pages (issue 18's target), filled in by measure().
TABLE_PAGES: dict[str, str] = {}


def percentile(values, p):
    values = sorted(values)
    k = (len(values) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (k - lo)


def cases(metadata_queries):
    """(label, canned query, list of param dicts)"""
    trusts = ["Oak Learning", "Witham", "Cedar", "Horizon Trust"]
    return [
        ("search articles (a trust's name)", "search_articles",
         [{"q": q, "since": ""} for q in ["Cedar Horizon", "Rowan Unity", "Hazel Futures", "Maple Inspire"]]),
        ("search articles (common terms, 20-50% of articles)", "search_articles",
         [{"q": q, "since": ""} for q in ["outsourcing", "academy trust", "strike", "police"]]),
        ("search articles since a date", "search_articles",
         [{"q": q, "since": "2026-06-01"} for q in ["outsourcing", "strike", "tupe"]]),
        ("search quotes", "search_quotes",
         [{"q": q} for q in ["support staff", "money", "action plans"]]),
        ("said by a person / organisation", "said_by",
         [{"who": w} for w in ["Jon Richards", "Priya Khan", "UNISON", "NASUWT"]]),
        ("articles mentioning a trust", "articles_mentioning",
         [{"organisation": t} for t in trusts]),
        ("new relevant articles (7 days)", "new_relevant_articles",
         [{"since": "", "topic": ""}, {"since": "", "topic": "outsourcing"}]),
        ("new relevant articles (90 days)", "new_relevant_articles",
         [{"since": (dt.date.today() - dt.timedelta(days=90)).isoformat(), "topic": "outsourcing"}]),
        ("top trusts, last month", "top_trusts", [{"start": "", "end": ""}]),
        ("top speakers, last month", "top_speakers", [{"start": "", "end": ""}]),
        ("crawl health", "crawl_health", [{}]),
        ("Atom feed query", "new_findings_feed", [{}]),
    ]


async def time_datasette(ds, db_name, name, params, repeat):
    from urllib.parse import urlencode

    path = f"/{db_name}/{name}.json?" + urlencode({**params, "_shape": "objects"})
    r = await ds.client.get(path)
    assert r.status_code == 200, (path, r.text[:300])
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        r = await ds.client.get(path)
        times.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200
    return times, len(r.json()["rows"])


def time_sqlite(conn, sql, params, repeat):
    conn.execute(sql, params).fetchall()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        conn.execute(sql, params).fetchall()
        times.append((time.perf_counter() - t0) * 1000)
    return times


async def measure(ds, db_path: Path, db_name: str, repeat: int):
    queries = publish.build_metadata(db_name)["databases"][db_name]["queries"]
    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    conn.create_function("fts_query", 1, publish.fts_query)  # as the plugin registers it
    results = []
    for label, name, param_sets in cases(queries):
        ds_times, sq_times, rows = [], [], 0
        for params in param_sets:
            t, rows = await time_datasette(ds, db_name, name, params, repeat)
            ds_times += t
            sq_times += time_sqlite(conn, queries[name]["sql"], params, repeat)
        results.append((label, name, rows, ds_times, sq_times))
    # Pages researchers open: table search with facets and counts (HTML).
    TABLE_PAGES.update({t: f"/{db_name}/{t}" for t in ("articles", "quotes_view", "mentions")})
    for label, path in [
        ("articles table, default facets (HTML)", f"/{db_name}/articles"),
        ("articles table search, default facets (HTML)", f"/{db_name}/articles?_search=outsourcing"),
        ("quotes_view search, default facets (HTML)", f"/{db_name}/quotes_view?_search=support+staff"),
        ("quotes_view, default facets (HTML)", f"/{db_name}/quotes_view"),
        ("mentions table (HTML)", f"/{db_name}/mentions"),
        ("organisation_mentions, trusts (HTML)", f"/{db_name}/organisation_mentions?kind=academy_trust"),
        ("trust_mentions_by_month (HTML)", f"/{db_name}/trust_mentions_by_month"),
        ("dashboard page (HTML; charts load after)", "/-/dashboards/newswatch"),
    ]:
        await ds.client.get(path)
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            r = await ds.client.get(path)
            times.append((time.perf_counter() - t0) * 1000)
            assert r.status_code == 200, (path, r.status_code)
        results.append((label, path, None, times, None))
    results += await measure_pages(ds, db_path, repeat)
    return results


def page_ids(conn) -> dict[str, list]:
    """Which article, organisation and person pages to open: the busiest organisations and
    speakers (the worst case) and a random sample of the rest."""
    rng = random.Random(7)
    n = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    busiest_orgs = [r[0] for r in conn.execute(
        "SELECT entity_id FROM mentions GROUP BY entity_id ORDER BY count(*) DESC LIMIT 5")]
    orgs = [r[0] for r in conn.execute("SELECT id FROM entities WHERE label = 'ORG'")]
    busiest_people = [r[0] for r in conn.execute(
        "SELECT speaker_person_id FROM quotes GROUP BY speaker_person_id ORDER BY count(*) DESC LIMIT 5")]
    people = [r[0] for r in conn.execute("SELECT id FROM people")]
    return {
        "article": [rng.randint(1, n) for _ in range(20)],
        "organisation": busiest_orgs + rng.sample(orgs, 15),
        "person": busiest_people + rng.sample(people, 15),
    }


async def measure_pages(ds, db_path: Path, repeat: int):
    """The article, organisation and person pages through Datasette (HTML), against the
    same data read with newswatch.pages on a plain sqlite3 connection."""
    conn = sqlite3.connect(f"file:{db_path}?immutable=1", uri=True)
    fetch = {"article": pages.article, "organisation": pages.organisation, "person": pages.person}
    results = []
    for kind, ids in page_ids(conn).items():
        ds_times, sq_times = [], []
        for item in ids:
            path = f"/-/{kind}/{item}"
            r = await ds.client.get(path)
            assert r.status_code == 200, (path, r.status_code)
            for _ in range(max(1, repeat // 4)):
                t0 = time.perf_counter()
                r = await ds.client.get(path)
                ds_times.append((time.perf_counter() - t0) * 1000)
                t0 = time.perf_counter()
                fetch[kind](conn, item)
                sq_times.append((time.perf_counter() - t0) * 1000)
        results.append((f"{kind} page, {len(ids)} pages (HTML)", f"/-/{kind}/ID", len(ids), ds_times, sq_times))
    return results


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=200_000)
    p.add_argument("--repeat", type=int, default=20, help="timed runs per parameter set")
    p.add_argument("--db", help="reuse/create the database here (default: a temp dir)")
    p.add_argument("--rebuild", action="store_true", help="rebuild --db even if it exists")
    args = p.parse_args(argv)

    tmpdir = None if args.db else tempfile.mkdtemp(prefix="nw-scale-")
    path = Path(args.db) if args.db else Path(tmpdir) / "news.db"
    try:
        return _run(args, path)
    finally:
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)


def _run(args, path: Path) -> int:
    if args.rebuild and path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    build_s = None
    if not path.exists():
        t0 = time.perf_counter()
        counts = build(path, args.articles)
        build_s = time.perf_counter() - t0
        print(f"built {path} in {build_s:.0f} s: {counts}", file=sys.stderr)
    t0 = time.perf_counter()
    ds = publish.make_datasette(path)  # snapshot + inspect file, as `newswatch serve` does
    publish_s = time.perf_counter() - t0
    served = Path(ds.databases[path.stem].path)  # the snapshot file the symlink points at
    size_mb = served.stat().st_size / 1e6

    async def go():
        await ds.invoke_startup()
        return await measure(ds, served, path.stem, args.repeat)

    results = asyncio.run(go())
    n = sqlite3.connect(served).execute("select count(*) from articles").fetchone()[0]
    print(f"\n### Datasette at scale: {n:,} articles, {size_mb:.0f} MB snapshot"
          + (f" (built in {build_s:.0f} s" if build_s else " (reused")
          + f"; snapshot + inspect file {publish_s:.1f} s), {args.repeat} runs per parameter set\n")
    print("| query | rows | Datasette p50 ms | Datasette p95 ms | sqlite3 p50 ms | sqlite3 p95 ms | p50 ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    worst = worst_table = 0.0
    for label, name, rows, ds_t, sq_t in results:
        d50, d95 = percentile(ds_t, 50), percentile(ds_t, 95)
        if name in TABLE_PAGES.values():
            worst_table = max(worst_table, d95)
        if sq_t and name.startswith("/-/"):
            s50, s95 = percentile(sq_t, 50), percentile(sq_t, 95)
            print(f"| {label} (`{name}`) | {rows} | {d50:.1f} | {d95:.1f} | {s50:.1f} | {s95:.1f} | {d50 / s50:.1f}x |")
        elif sq_t:
            worst = max(worst, d95)
            s50, s95 = percentile(sq_t, 50), percentile(sq_t, 95)
            print(f"| {label} (`{name}`) | {rows} | {d50:.1f} | {d95:.1f} | {s50:.1f} | {s95:.1f} | {d50 / s50:.1f}x |")
        else:
            print(f"| {label} | – | {d50:.1f} | {d95:.1f} | – | – | – |")
    print(f"\nWorst canned-query p95 through Datasette: {worst:.1f} ms (target < 50 ms).")
    worst_page = max(percentile(ds_t, 95) for label, name, _, ds_t, _ in results if name.startswith("/-/"))
    print(f"Worst article/organisation/person page p95: {worst_page:.1f} ms (target < 200 ms).")
    print(f"Worst p95 of the {', '.join(TABLE_PAGES)} table pages with their default facets: "
          f"{worst_table:.1f} ms (target < 200 ms). Load average at the end: "
          + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
