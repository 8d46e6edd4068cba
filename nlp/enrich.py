"""`newswatch enrich`: run the spaCy findings pipeline and the classifier over stored articles.

What is analysed: for each article, the text `title + "\\n\\n" + body` (a title's own
newlines become spaces; no title -> the body alone), so the headline's quotes and names
count too. Stored offsets are into the stored `body`:
- quotes.start / quotes.end: `substr(body, start + 1, end - start)` is the quoted text
  (for a multi-paragraph quote, from its first to its last quoted character);
- quotes.spans: JSON [[start, end], ...], one pair per quoted part in the same frame as
  start/end (a quote interrupted by its attribution, "A," he said, "B.", has two);
- quotes.paragraph: index of the body paragraph (blank-line separated, from 0) where the
  quote starts. A quote in the headline has paragraph -1 and start/end into `title`;
- mentions.first_offset: offset into body of the entity's first mention in the body, -1 if
  the article mentions it only in the title; mentions.count counts title and body.

Which articles: those whose nlp_version differs from nlp.pipeline.NLP_VERSION, those whose
model_version differs from the classifier's current model, or all with redo_all. Work goes
in batches (nlp.pipe); each batch is written in one transaction, replacing each article's
mentions and quotes, so a crash never leaves an article half-enriched.
"""
from __future__ import annotations

import json
import sys
import time

STORED_LABELS = ("PERSON", "ORG", "GPE", "LOC", "NORP", "FAC")


def article_text(row: dict) -> tuple[str, int]:
    """The analysed text and where the body starts in it."""
    title = (row.get("title") or "").replace("\r", " ").replace("\n", " ")
    body = row.get("body") or ""
    if title.strip():
        return f"{title}\n\n{body}", len(title) + 2
    return body, 0


def _classifier():
    """(score_articles, current model version) or (None, reason it is unavailable)."""
    from nlp.classifier import ModelError, current_model_version, score_articles

    try:
        return score_articles, current_model_version()
    except (ModelError, FileNotFoundError, OSError) as exc:
        return None, f"no classifier model ({exc})"


def _upsert_entity(db, name: str, kind: str | None, label: str) -> int:
    row = db.execute(
        "INSERT INTO entities (name, kind, label) VALUES (?, ?, ?) "
        "ON CONFLICT(name, label) DO UPDATE SET kind = COALESCE(excluded.kind, entities.kind) "
        "RETURNING id",
        [name, kind, label],
    ).fetchone()
    return row[0]


def _upsert_person(db, person: dict) -> int:
    row = db.execute(
        "INSERT INTO people (name, title, role, org) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name, org) DO UPDATE SET title = COALESCE(excluded.title, people.title), "
        "role = COALESCE(excluded.role, people.role) RETURNING id",
        # "" rather than NULL for no organisation: NULLs never collide in a unique index.
        [person["name"], person["title"], person["role"], person["org"] or ""],
    ).fetchone()
    return row[0]


def write_findings(db, article_id: int, findings: dict, body_offset: int, has_title: bool) -> dict:
    """Replace one article's mentions and quotes (call inside db.atomic())."""
    db.execute("DELETE FROM mentions WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM quotes WHERE article_id = ?", [article_id])
    mentions: dict[int, dict] = {}
    for ent in findings["entities"]:
        if ent["label"] not in STORED_LABELS:
            continue
        eid = _upsert_entity(db, ent["canonical"], ent["kind"], ent["label"])
        m = mentions.setdefault(eid, {"article_id": article_id, "entity_id": eid, "count": 0, "first_offset": -1})
        m["count"] += 1
        if ent["start"] >= body_offset and m["first_offset"] == -1:
            m["first_offset"] = ent["start"] - body_offset
    if mentions:
        db["mentions"].insert_all(mentions.values())
    person_ids = [_upsert_person(db, p) for p in findings["people"]]
    quotes = []
    for q in findings["quotes"]:
        in_title = has_title and q["start"] < body_offset
        shift = 0 if in_title else body_offset
        quotes.append({
            "article_id": article_id,
            "speaker": q["speaker"],
            "speaker_person_id": person_ids[q["person"]] if q.get("person") is not None else None,
            "speaker_org": q["speaker_org"],
            "speaker_role": q["speaker_role"],
            "cue": q["cue"],
            "text": q["text"],
            "kind": q["kind"],
            "paragraph": -1 if in_title else q["paragraph"] - (1 if has_title else 0),
            "start": q["start"] - shift,
            "end": q["end"] - shift,
            "spans": json.dumps([[a - shift, b - shift] for a, b in q.get("spans") or [[q["start"], q["end"]]]]),
            "confidence": q.get("confidence"),
        })
    if quotes:
        db["quotes"].insert_all(quotes)
    return {"mentions": len(mentions), "quotes": len(quotes), "people": len(person_ids)}


def enrich(db_path: str, *, redo_all: bool = False, batch_size: int = 64, progress: bool = True) -> dict:
    """Enrich the articles that need it; returns a summary dict."""
    from tqdm import tqdm

    from newswatch.db import connect
    from nlp.findings import doc_to_findings
    from nlp.pipeline import NLP_VERSION, load_pipeline

    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    started = time.monotonic()
    db = connect(db_path)
    score, model_version = _classifier()  # model_version is the reason when score is None
    if redo_all:
        where, params = "1", []
    elif score:
        where, params = "(nlp_version IS NOT ? OR model_version IS NOT ?)", [NLP_VERSION, model_version]
    else:
        where, params = "nlp_version IS NOT ?", [NLP_VERSION]
    total = db.execute(f"SELECT count(*) FROM articles WHERE {where}", params).fetchone()[0]
    summary = {"articles": 0, "mentions": 0, "quotes": 0, "people": 0, "scored": 0, "skipped_changed": 0,
               "nlp_version": NLP_VERSION, "classifier": model_version if score else None,
               "classifier_unavailable": None if score else model_version}
    if total == 0:
        db.close()
        summary["seconds"] = round(time.monotonic() - started, 2)
        return summary
    nlp = load_pipeline(batch_size=batch_size)
    last_id = -1
    with tqdm(total=total, desc="enrich", unit="article", file=sys.stderr, disable=not progress) as bar:
        while True:
            rows = list(db.query(
                f"SELECT * FROM articles WHERE id > ? AND {where} ORDER BY id LIMIT ?",
                [last_id, *params, batch_size],
            ))
            if not rows:
                break
            # spaCy refuses texts over nlp.max_length (1,000,000 characters): such an
            # article is analysed up to the limit (its findings stop there).
            texts = [(t[:nlp.max_length], off) for t, off in (article_text(r) for r in rows)]
            docs = nlp.pipe((t for t, _ in texts), batch_size=batch_size)
            findings = [doc_to_findings(d) for d in docs]
            scores = score(rows, findings) if score else [None] * len(rows)
            with db.atomic():
                for row, (_, offset), f, s in zip(rows, texts, findings, scores):
                    now = db.execute("SELECT title, body FROM articles WHERE id = ?", [row["id"]]).fetchone()
                    if now is None or tuple(now) != (row["title"], row["body"]):
                        # changed (or deleted) by a crawl while we worked: leave it for the
                        # next run rather than store findings for the old text
                        summary["skipped_changed"] += 1
                        continue
                    counts = write_findings(db, row["id"], f, offset, offset > 0)
                    summary["articles"] += 1
                    update = {"nlp_version": NLP_VERSION}
                    if s is not None:
                        update.update({
                            "relevance": s["relevance"],
                            "relevant": int(bool(s["relevant"])) if s["relevant"] is not None else None,
                            "topics": json.dumps(list(s["topics"] or [])),
                            "relevance_terms": json.dumps(list(s["relevance_terms"] or [])),
                            "model_version": s["model_version"],
                        })
                        summary["scored"] += 1
                    sets = ", ".join(f"[{k}] = ?" for k in update)
                    db.execute(f"UPDATE articles SET {sets} WHERE id = ?", [*update.values(), row["id"]])
                    for k in ("mentions", "quotes", "people"):
                        summary[k] += counts[k]
            last_id = rows[-1]["id"]
            bar.update(len(rows))
    db.close()
    summary["seconds"] = round(time.monotonic() - started, 2)
    return summary
