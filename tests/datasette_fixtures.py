"""A small, realistic newswatch database for the Datasette tests, written row by row.

The texts are written for these tests; the people in them are invented. Dates are placed relative to today so the canned queries' defaults
("last month", "the last 7 days") have something to find; `build()` returns the dates it
used so tests can assert against them.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from newswatch.store import connect

UTC = dt.timezone.utc
BST = dt.timezone(dt.timedelta(hours=1))


def _iso(d: dt.datetime) -> str:
    return d.replace(microsecond=0).isoformat()


def key_dates(today: dt.date | None = None) -> dict[str, dt.datetime]:
    """The moments the fixture articles are placed at."""
    today = today or dt.datetime.now(UTC).date()
    first_this_month = today.replace(day=1)
    last_month = (first_this_month - dt.timedelta(days=1)).replace(day=12)
    now = dt.datetime.now(UTC).replace(microsecond=0)
    return {
        "now": now,
        "last_month": dt.datetime.combine(last_month, dt.time(9, 0), BST),
        "last_month_late": dt.datetime.combine(last_month.replace(day=20), dt.time(14, 30), BST),
        "this_week": now - dt.timedelta(days=2),
        "yesterday": now - dt.timedelta(days=1),
        "old": dt.datetime(2025, 3, 4, 8, 15, tzinfo=UTC),
    }


def _article(id, source, title, paragraphs, published, relevant, topics, relevance, first_seen=None):
    body = "\n\n".join(paragraphs)
    return {
        "id": id,
        "url": f"https://{source}.example.org/news/{id}-{title.lower().split()[0]}",
        "source": source,
        "title": title,
        "author": "Staff reporter",
        "published": _iso(published),
        "modified": None,
        "section": "Education",
        "summary": paragraphs[0][:200],
        "body": body,
        "language": "en",
        "word_count": len(body.split()),
        "first_seen": _iso(first_seen or published.astimezone(UTC) + dt.timedelta(hours=3)),
        "last_seen": _iso(first_seen or published.astimezone(UTC) + dt.timedelta(hours=3)),
        "content_hash": f"hash{id:04d}",
        "cluster_id": id,
        "nlp_version": "test-1",
        "relevance": relevance,
        "relevant": relevant,
        "topics": json.dumps(topics),
        "model_version": "test-model-1",
        "relevance_terms": json.dumps(["outsourcing", "academy trust"] if relevant else []),
    }


def articles(d: dict[str, dt.datetime]) -> list[dict]:
    return [
        _article(
            1, "witham-times",
            "Talks break down between unions and academy trust over Witham outsourcing plan",
            [
                "Unions say their talks with the academy trust behind two of Witham's schools "
                "have broken down over its outsourcing plans for cleaning, catering and payroll.",
                "Seven education unions have now formally registered a dispute with the Academies "
                "Enterprise Trust, which runs the Maltings and New Rickstones academies.",
                'UNISON head of education Neil Ashby said: "Outsourcing these jobs to a contractor '
                'would only make things harder for schools."',
                'Tess Hollins from the Association of School and College Leaders said: "We are '
                'calling on the trust to pause its outsourcing plans."',
            ],
            d["last_month"], 1, ["outsourcing", "industrial_action_jobs"], 0.97,
        ),
        _article(
            2, "worcester-news",
            "County council consults on handing school support services to a new company",
            [
                "Worcestershire County Council has begun consulting schools on moving support "
                "services such as payroll and cleaning into a new company.",
                'Councillor Pat Kemble said: "Schools have told us they want a say in how these '
                'services are run, and this is their chance."',
                'Neil Ashby of UNISON said: "Staff deserve a proper say before any transfer."',
                "The consultation closes next month; the outsourcing question will go to cabinet.",
            ],
            d["this_week"], 1, ["outsourcing"], 0.88, first_seen=d["yesterday"],
        ),
        _article(
            3, "leeds-echo",
            "Oak Learning Trust to take over two primary schools",
            [
                "Oak Learning Trust will take over Beech Street and Hollins Lane primary "
                "schools in September after a consultation.",
                'A spokesperson for Oak Learning Trust said: "We look forward to welcoming '
                'both schools into our family."',
                "The trust already runs eleven schools across the city.",
            ],
            d["last_month_late"], 1, ["trust_governance_finance"], 0.74,
        ),
        _article(
            4, "leeds-echo",
            "Library opening hours to change over the winter",
            [
                "The central library will open an hour later on weekdays from November.",
                "The council said the change would save money on heating.",
            ],
            d["last_month"], 0, [], 0.03,
        ),
        _article(
            5, "witham-times",
            "Academy trust accounts show rise in spending on consultants",
            [
                "Accounts filed by the Academies Enterprise Trust show spending on "
                "consultants rose last year.",
                'NEU district secretary Mary Holt said: "That money should be in classrooms."',
                "Catering at one academy is already run by an outside contractor, and the "
                "trust said it keeps outsourcing under review.",
            ],
            d["old"], 1, ["trust_governance_finance", "outsourcing"], 0.81,
        ),
    ]


ENTITIES = [
    {"id": 1, "name": "Academies Enterprise Trust", "kind": "academy_trust", "label": "ORG",
     "kind_source": "gazetteer"},
    {"id": 2, "name": "Oak Learning Trust", "kind": "academy_trust", "label": "ORG", "kind_source": "name"},
    {"id": 3, "name": "UNISON", "kind": "union", "label": "ORG"},
    {"id": 4, "name": "Worcestershire County Council", "kind": "council", "label": "ORG"},
    {"id": 5, "name": "Association of School and College Leaders", "kind": "union", "label": "ORG"},
    {"id": 6, "name": "National Education Union", "kind": "union", "label": "ORG"},
    {"id": 7, "name": "Maltings Academy", "kind": "school", "label": "ORG"},
    # The NLP step stores people and places in entities too.
    {"id": 8, "name": "Neil Ashby", "kind": None, "label": "PERSON"},
    {"id": 9, "name": "Witham", "kind": None, "label": "GPE"},
]

MENTIONS = [
    {"article_id": 1, "entity_id": 1, "count": 3, "first_offset": 120},
    {"article_id": 1, "entity_id": 3, "count": 1, "first_offset": 260},
    {"article_id": 1, "entity_id": 5, "count": 1, "first_offset": 380},
    {"article_id": 1, "entity_id": 7, "count": 1, "first_offset": 190},
    {"article_id": 1, "entity_id": 8, "count": 1, "first_offset": 270},
    {"article_id": 1, "entity_id": 9, "count": 2, "first_offset": 90},
    {"article_id": 2, "entity_id": 4, "count": 2, "first_offset": 0},
    {"article_id": 2, "entity_id": 3, "count": 1, "first_offset": 300},
    {"article_id": 3, "entity_id": 2, "count": 2, "first_offset": 0},
    {"article_id": 5, "entity_id": 1, "count": 2, "first_offset": 30},
    {"article_id": 5, "entity_id": 6, "count": 1, "first_offset": 140},
]

PEOPLE = [
    {"id": 1, "name": "Neil Ashby", "title": None, "role": "head of education", "org": "UNISON"},
    {"id": 2, "name": "Tess Hollins", "title": None, "role": None,
     "org": "Association of School and College Leaders"},
    {"id": 3, "name": "Pat Kemble", "title": "Councillor", "role": "cabinet member",
     "org": "Worcestershire County Council"},
    {"id": 4, "name": "Mary Holt", "title": None, "role": "district secretary",
     "org": "National Education Union"},
]

QUOTES = [
    {"id": 1, "article_id": 1, "speaker": "Neil Ashby", "speaker_person_id": 1,
     "speaker_org": "UNISON", "speaker_role": "head of education", "cue": "said",
     "text": "Outsourcing these jobs to a contractor would only make things harder for schools.",
     "kind": "direct", "paragraph": 2, "start": 43, "end": 124},
    {"id": 2, "article_id": 1, "speaker": "Tess Hollins", "speaker_person_id": 2,
     "speaker_org": "Association of School and College Leaders", "speaker_role": None,
     "cue": "said", "text": "We are calling on the trust to pause its outsourcing plans.",
     "kind": "direct", "paragraph": 3, "start": 71, "end": 130},
    {"id": 3, "article_id": 2, "speaker": "Pat Kemble", "speaker_person_id": 3,
     "speaker_org": "Worcestershire County Council", "speaker_role": "cabinet member",
     "cue": "said", "text": "Schools have told us they want a say in how these services are run, "
     "and this is their chance.", "kind": "direct", "paragraph": 1, "start": 29, "end": 122},
    {"id": 4, "article_id": 2, "speaker": "Neil Ashby", "speaker_person_id": 1,
     "speaker_org": "UNISON", "speaker_role": None, "cue": "said",
     "text": "Staff deserve a proper say before any transfer.", "kind": "direct",
     "paragraph": 2, "start": 34, "end": 81},
    {"id": 5, "article_id": 3, "speaker": "A spokesperson for Oak Learning Trust",
     "speaker_person_id": None, "speaker_org": "Oak Learning Trust", "speaker_role": "spokesperson",
     "cue": "said", "text": "We look forward to welcoming both schools into our family.",
     "kind": "direct", "paragraph": 1, "start": 47, "end": 106},
    {"id": 6, "article_id": 5, "speaker": "Mary Holt", "speaker_person_id": 4,
     "speaker_org": "National Education Union", "speaker_role": "district secretary",
     "cue": "said", "text": "That money should be in classrooms.", "kind": "direct",
     "paragraph": 1, "start": 43, "end": 79},
]


def crawl_rows(d: dict[str, dt.datetime]) -> tuple[list[dict], list[dict]]:
    now = d["now"]
    runs = []
    errors = []
    run_id = 0
    for source, statuses in {
        "witham-times": ["ok", "ok"],
        "worcester-news": ["ok", "failed"],
        "leeds-echo": ["partial"],
    }.items():
        for i, status in enumerate(statuses):
            run_id += 1
            started = now - dt.timedelta(days=len(statuses) - i, hours=1)
            n_errors = {"ok": 0, "partial": 2, "failed": 1}[status]
            runs.append({
                "id": run_id, "started": _iso(started),
                "ended": _iso(started + dt.timedelta(minutes=4)), "source": source,
                "status": status, "pages_fetched": 0 if status == "failed" else 40,
                "articles_new": 0 if status == "failed" else 3, "articles_updated": 1,
                "articles_unchanged": 30, "errors": n_errors,
                "error_counts": json.dumps({"http_500": n_errors} if n_errors else {}),
                "pid": 4000 + run_id,
            })
            for k in range(n_errors):
                errors.append({
                    "run_id": run_id, "source": source,
                    "url": f"https://{source}.example.org/broken/{k}", "kind": "http_500",
                    "message": "Server error 500", "at": _iso(started + dt.timedelta(minutes=2)),
                })
    return runs, errors


def build(path: str | Path, today: dt.date | None = None) -> dict:
    """Create the fixture database at `path`; return the facts tests assert on."""
    d = key_dates(today)
    db = connect(path)
    arts = articles(d)
    with db.atomic():
        db["articles"].insert_all(arts, pk="id")
        db["article_urls"].insert_all(
            [{"url": a["url"], "article_id": a["id"], "kind": "canonical", "source": a["source"],
              "first_seen": a["first_seen"], "last_seen": a["last_seen"]} for a in arts],
            pk="url",
        )
        db["pages"].insert({
            "url": arts[0]["url"], "article_id": 1, "source": arts[0]["source"],
            "fetched_at": arts[0]["first_seen"], "status": 200,
            "content_type": "text/html", "encoding": "utf-8", "size": 40,
            "html_gz": gzip.compress(b"<html><body><p>fixture</p></body></html>"),
        }, pk="url")
        db["entities"].insert_all(ENTITIES, pk="id")
        db["mentions"].insert_all(MENTIONS, pk=("article_id", "entity_id"))
        db["entity_aliases"].insert({"alias": "AET", "entity_id": 1, "source": "text"})
        # A two-school register (invented UID and URNs), linked to entity 1.
        db["trusts"].insert({"uid": "90001", "group_id": "TR90001", "name": "Academies Enterprise Trust",
                             "companies_house": "", "type": "Multi-academy trust", "status": "Open",
                             "opened": "2010-01-01", "closed": None}, pk="uid")
        db["trust_schools"].insert_all(
            [{"uid": "90001", "urn": "990001", "school_name": "Fixture Primary Academy", "joined": "2015-09-01"},
             {"uid": "90001", "urn": "990002", "school_name": "Fixture Secondary Academy", "joined": "2016-09-01"}],
            pk=("uid", "urn"))
        db["entities"].update(1, {"register": "gias_group", "register_id": "90001", "register_match": "exact"})
        db["people"].insert_all(PEOPLE, pk="id")
        db["quotes"].insert_all(QUOTES, pk="id")
        runs, errors = crawl_rows(d)
        db["crawl_runs"].insert_all(runs, pk="id")
        db["crawl_errors"].insert_all(errors, pk="id")
        db["fetch_state"].insert({
            "url": "https://witham-times.example.org/feed.xml", "kind": "feed",
            "source": "witham-times", "etag": '"abc"', "last_modified": None,
            "last_status": 304, "last_fetched": _iso(d["now"]),
        }, pk="url")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"dates": d, "articles": arts}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def serving(db: Path, *extra: str, env: dict | None = None):
    """`newswatch serve --db DB EXTRA...` on a free port, until the block ends; yields its URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newswatch", "serve", "--db", str(db), "--port", str(port), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                urllib.request.urlopen(url + "/-/versions.json", timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"newswatch serve {' '.join(extra)} did not start:\n{proc.stdout.read()}")
                time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def build_backfill(path: str | Path, months: int = 24, today: dt.date | None = None) -> dict:
    """A backfill-like database: the fixture stories repeated over `months` months, the
    newest published more than 30 days ago, with no crawl runs (they were imported)."""
    today = today or dt.datetime.now(UTC).date()
    db = connect(path)
    all_articles = []
    with db.atomic():
        db["entities"].insert_all(ENTITIES, pk="id")
        db["people"].insert_all(PEOPLE, pk="id")
        for k in range(months):
            when = dt.datetime.combine(today - dt.timedelta(days=35 + 30 * k), dt.time(10, 0), UTC)
            d = {name: when for name in key_dates(today)}
            arts = articles(d)
            new_id = {a["id"]: k * 10 + a["id"] for a in arts}
            for a in arts:
                a["id"] = new_id[a["id"]]
                a["url"] = a["url"].replace("/news/", f"/news/{k}/")
                a["cluster_id"] = a["id"]
            db["articles"].insert_all(arts, pk="id")
            db["mentions"].insert_all(
                [{**m, "article_id": new_id[m["article_id"]]} for m in MENTIONS],
                pk=("article_id", "entity_id"))
            db["quotes"].insert_all(
                [{**q, "id": k * 10 + q["id"], "article_id": new_id[q["article_id"]]} for q in QUOTES],
                pk="id")
            all_articles += arts
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return {"articles": all_articles}
