"""What the article, organisation and person pages show: plain functions over a sqlite3
connection to a newswatch database (a published snapshot or the live file), returning
dicts for the templates in newswatch/templates/newswatch_*.html. The routes are in
newswatch/datasette_plugins/newswatch_pages.py.

Each query is indexed (in a snapshot, the materialised views carry the indexes listed in
newswatch.publish.publication.VIEW_INDEXES), so a page stays fast at hundreds of thousands of articles.
Tables other developers add are picked up when present: `entity_aliases` (an
organisation's other names), `quotes.confidence`, and any table with an indexed
`article_id` column (listed on the article page with a link to its rows).
"""
from __future__ import annotations

import json
import re
import sqlite3
from html import escape

LIST_LIMIT = 50  # articles or quotes listed on a page; the rest are a link away


def rows(conn: sqlite3.Connection, sql: str, params=()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def one(conn: sqlite3.Connection, sql: str, params=()) -> dict | None:
    found = rows(conn, sql, params)
    return found[0] if found else None


def has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute(
        "SELECT 1 FROM sqlite_master WHERE name = ? AND type IN ('table', 'view')", [name]
    ).fetchone() is not None


def topics_list(value) -> list[str]:
    try:
        topics = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return [str(t) for t in topics] if isinstance(topics, list) else []


# --- article ----------------------------------------------------------------------------

def _quote_span(body: str, paragraph_starts: list[int], quote: dict) -> tuple[int, int] | None:
    """Where a quote's text is in the body: at its stored offsets (into the body, or into
    its paragraph), else the first place its text occurs; None when it is not there."""
    text = (quote.get("text") or "").strip()
    start, end, para = quote.get("start"), quote.get("end"), quote.get("paragraph")
    if not text or para is None or para < 0:
        return None
    candidates = []
    if isinstance(start, int) and isinstance(end, int):
        candidates.append((start, end))
        if para < len(paragraph_starts):
            candidates.append((paragraph_starts[para] + start, paragraph_starts[para] + end))
    for s, e in candidates:
        if 0 <= s < e <= len(body) and _comparable(body[s:e]) == _comparable(text):
            return _trim(body, s, e)
    found = body.find(text)
    return _trim(body, found, found + len(text)) if found >= 0 else None


def _trim(body: str, s: int, e: int) -> tuple[int, int]:
    """A span without the quote marks and whitespace at its ends."""
    edge = " \n\t\"'“”‘’"
    while s < e and body[s] in edge:
        s += 1
    while e > s and body[e - 1] in edge:
        e -= 1
    return s, e


def _comparable(text: str) -> str:
    """Text without quote marks and with whitespace collapsed: a quote running over
    several paragraphs is stored without the paragraph breaks and repeated quote marks."""
    return " ".join(re.sub(r"[\"'“”‘’]", " ", text).split())


def marked_paragraphs(body: str, quotes: list[dict], person_href, org_href) -> list[str]:
    """The body as HTML paragraphs, each quote found in it marked and attributed."""
    paragraphs = body.split("\n\n")
    starts, offset = [], 0
    for p in paragraphs:
        starts.append(offset)
        offset += len(p) + 2
    spans = []
    for q in quotes:
        span = _quote_span(body, starts, q)
        if span:
            spans.append((span[0], span[1], q))
    spans.sort(key=lambda s: s[0])
    placed, last_end = [], -1
    for s, e, q in spans:
        if s >= last_end:  # overlapping quotes: the first is marked, all are listed
            placed.append((s, e, q))
            last_end = e
    html = []
    for p_start, p in zip(starts, paragraphs):
        p_end = p_start + len(p)
        pos, out = p_start, []
        for s, e, q in placed:
            if s >= p_end or e <= p_start:
                continue
            starts_here, ends_here = s >= p_start, e <= p_end
            s, e = max(s, p_start, pos), min(e, p_end)
            out.append(escape(body[pos:s]))
            mark_id = f' id="q-{q["id"]}"' if starts_here else ""
            speaker = q.get("speaker") or "unknown speaker"
            out.append(f'<mark class="quote"{mark_id} title="{escape(speaker)}">{escape(body[s:e])}</mark>')
            pos = e
            if ends_here:
                while pos < p_end and body[pos] in "\"'”’":  # the closing quote mark
                    pos += 1
                attribution = f'<a href="{escape(person_href(q))}">{escape(speaker)}</a>'
                if q.get("speaker_org"):
                    attribution += f', <a href="{escape(org_href(q["speaker_org"]))}">{escape(q["speaker_org"])}</a>'
                out.append(f'{escape(body[e:pos])}<span class="attribution">[<a href="#quote-{q["id"]}">quote '
                           f'{q["id"]}</a>: {attribution}]</span>')
        out.append(escape(body[pos:p_end]))
        html.append("".join(out))
    return html


def _article_tables(conn: sqlite3.Connection, hidden: set[str]) -> list[str]:
    """Tables (not views) with an index whose first column is article_id."""
    found = []
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    ).fetchall():
        if name in hidden or name.startswith(("_", "sqlite_")) or name.endswith("_fts"):
            continue
        for index in conn.execute(f"PRAGMA index_list([{name}])").fetchall():
            first = conn.execute(f"PRAGMA index_info([{index[1]}])").fetchone()
            if first and first[2] == "article_id":
                found.append(name)
                break
    return found


def article(conn: sqlite3.Connection, article_id: int, hidden: set[str] = frozenset()) -> dict | None:
    a = one(conn, "SELECT * FROM articles WHERE id = ?", [article_id])
    if a is None:
        return None
    quotes = rows(conn, "SELECT * FROM quotes WHERE article_id = ? ORDER BY paragraph, start, id",
                  [article_id])
    organisations = rows(
        conn,
        "SELECT e.id, e.name, e.kind, m.count FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.article_id = ? AND e.label = 'ORG' ORDER BY m.count DESC, e.name", [article_id])
    people = rows(
        conn,
        "SELECT p.id, p.name, p.title, p.role, p.org, count(*) AS quotes FROM quotes q "
        "JOIN people p ON p.id = q.speaker_person_id WHERE q.article_id = ? "
        "GROUP BY p.id ORDER BY quotes DESC, p.name", [article_id])
    named = rows(
        conn,
        "SELECT e.name, m.count FROM mentions m JOIN entities e ON e.id = m.entity_id "
        "WHERE m.article_id = ? AND e.label = 'PERSON' ORDER BY m.count DESC, e.name", [article_id])
    quoted_names = {p["name"] for p in people}
    named = [n for n in named if n["name"] not in quoted_names]
    for p in people:
        p["described"] = ", ".join(x for x in (p["role"], p["org"]) if x)
    versions = []
    if a.get("cluster_id") is not None:
        versions = rows(
            conn, "SELECT id, title, source, published FROM articles WHERE cluster_id = ? AND id != ? "
            "ORDER BY published LIMIT 20", [a["cluster_id"], article_id])
    related = []
    for table in _article_tables(conn, set(hidden) | {"quotes", "mentions"}):
        n = conn.execute(f"SELECT count(*) FROM [{table}] WHERE article_id = ?", [article_id]).fetchone()[0]
        if n:
            related.append({"table": table, "count": n})
    return {"article": a, "topics": topics_list(a.get("topics")), "quotes": quotes,
            "organisations": organisations, "people": people, "named": named,
            "versions": versions, "related": related}


# --- organisation -----------------------------------------------------------------------

def find_organisation(conn: sqlite3.Connection, name: str) -> int | None:
    """An organisation's entity id from its name, or an alias/acronym when the
    entity_aliases table exists; None when nothing matches."""
    found = conn.execute(
        "SELECT id FROM entities WHERE name = ? COLLATE NOCASE AND label = 'ORG' LIMIT 1", [name]
    ).fetchone()
    if found is None and has_table(conn, "entity_aliases"):
        found = conn.execute(
            "SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE LIMIT 1", [name]
        ).fetchone()
    return found[0] if found else None


def aliases(conn: sqlite3.Connection, entity_id: int) -> list[str]:
    if not has_table(conn, "entity_aliases"):
        return []
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", [entity_id])]


def month_series(counts: dict[str, int]) -> list[dict]:
    """Counts per YYYY-MM over every month from the first to the last (gaps as 0)."""
    months = sorted(m for m in counts if m and len(m) == 7 and m[4] == "-" and m[:4].isdigit())
    if not months:
        return []
    year, month = int(months[0][:4]), int(months[0][5:])
    out = []
    while True:
        key = f"{year:04d}-{month:02d}"
        out.append({"month": key, "count": counts.get(key, 0)})
        if key >= months[-1]:
            return out
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def organisation(conn: sqlite3.Connection, entity_id: int | None, name: str | None = None) -> dict | None:
    entity = None
    if entity_id is not None:
        entity = one(conn, "SELECT id, name, kind, label FROM entities WHERE id = ?", [entity_id])
        if entity is None:
            return None
        name = entity["name"]
    names = [name] + (aliases(conn, entity["id"]) if entity else [])
    marks = ", ".join("?" for _ in names)
    said = rows(
        conn,
        f"SELECT quote_id, quote, speaker, speaker_person_id, organisation, role, article_id, "
        f"article_title, published FROM quotes_view WHERE organisation IN ({marks}) "
        f"ORDER BY published DESC LIMIT {LIST_LIMIT}", names)
    result = {"entity": entity, "name": name, "aliases": names[1:], "said": said,
              "months": [], "articles": [], "article_count": 0}
    if entity:
        counts = dict(conn.execute(
            "SELECT month, count(*) FROM organisation_mentions WHERE entity_id = ? GROUP BY month",
            [entity["id"]]).fetchall())
        result["months"] = month_series(counts)
        result["peak"] = max(counts.values(), default=0)
        result["article_count"] = sum(counts.values())
        result["articles"] = rows(
            conn,
            "SELECT article_id, article_title, source, published, mentions FROM organisation_mentions "
            f"WHERE entity_id = ? ORDER BY published DESC LIMIT {LIST_LIMIT}", [entity["id"]])
    return result


# --- person -----------------------------------------------------------------------------

def person(conn: sqlite3.Connection, person_id: int | None, name: str | None = None) -> dict | None:
    record = None
    if person_id is not None:
        record = one(conn, "SELECT * FROM people WHERE id = ?", [person_id])
        if record is None:
            return None
        name = record["name"]
        quotes = rows(
            conn,
            "SELECT quote_id, quote, speaker, organisation, role, article_id, article_title, published "
            f"FROM quotes_view WHERE speaker_person_id = ? ORDER BY published DESC LIMIT {LIST_LIMIT * 4}",
            [person_id])
    else:
        quotes = rows(
            conn,
            "SELECT quote_id, quote, speaker, organisation, role, article_id, article_title, published "
            f"FROM quotes_view WHERE speaker = ? ORDER BY published DESC LIMIT {LIST_LIMIT * 4}", [name])
    namesakes = rows(conn, "SELECT id, name, title, role, org FROM people WHERE name = ? ORDER BY org",
                     [name])
    return {"person": record, "name": name, "quotes": quotes,
            "namesakes": [p for p in namesakes if not record or p["id"] != record["id"]]}
