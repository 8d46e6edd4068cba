"""`enrich` on a small database: findings stored with body offsets, idempotent, atomic."""
from __future__ import annotations

import json
import sqlite3

import pytest
from nlp_fixtures import _pipeline, article_text, site_articles

import nlp.enrich as enrich_mod
from newswatch.store import connect
from nlp.pipeline import NLP_VERSION
from nlp.batch import pipe_findings


NO_CLASSIFIER = (None, "no classifier model (test)")


def enrich(path, **kw):
    """nlp.enrich.enrich with the session's pipeline (loaded once) and, unless given, no
    classifier."""
    kw.setdefault("classifier", NO_CLASSIFIER)
    return enrich_mod.enrich(path, nlp=_pipeline(), **kw)


@pytest.fixture
def no_model(tmp_path, monkeypatch):
    """`newswatch enrich` as a user without a classifier model runs it."""
    monkeypatch.setenv("NEWSWATCH_MODEL", str(tmp_path / "no-models-here"))


def make_db(tmp_path, articles):
    path = tmp_path / "news.db"
    db = connect(path)
    for i, (title, body) in enumerate(articles, 1):
        db["articles"].insert({"id": i, "url": f"https://example.test/{i}", "source": "test",
                               "title": title, "body": body})
    db.close()
    return str(path)


def site_rows():
    return [(a["headline"], article_text(a)) for a in site_articles()]


def test_enrich_stores_findings_with_body_offsets(tmp_path):
    path = make_db(tmp_path, site_rows())
    summary = enrich(path, progress=False)
    # the demo site stories' gold quotes (9)
    n_gold = sum(len(a["quotes"]) for a in site_articles())
    assert summary["articles"] == 2 and summary["quotes"] == n_gold == 9 and summary["scored"] == 0
    db = connect(path)
    body = db["articles"].get(1)["body"]
    quotes = list(db.query("SELECT * FROM quotes WHERE article_id = 1 ORDER BY start"))
    assert [q["speaker"] for q in quotes] == [
        "Karen Doyle", "Marcus Bell", "Ruth Okafor", "spokesperson for the Brackenmoor Learning Trust"]
    first = quotes[0]
    assert body[first["start"]:first["end"]].startswith("Our members were told")
    assert body[first["start"]:first["end"]].endswith("like the furniture.")
    assert (first["paragraph"], first["speaker_org"], first["cue"]) == (3, "GMB", "said")
    person = db["people"].get(first["speaker_person_id"])
    assert person["name"] == "Karen Doyle"
    assert {a["nlp_version"] for a in db.query("SELECT nlp_version FROM articles")} == {NLP_VERSION}
    ent = db.execute("SELECT id FROM entities WHERE name = 'Brackenmoor Learning Trust' AND label = 'ORG'").fetchone()
    mention = db["mentions"].get((1, ent[0]))
    assert mention["count"] == 2  # named twice in full
    assert body[mention["first_offset"]:].startswith("Brackenmoor Learning Trust")
    # full-text search over quotes works through the FTS triggers
    assert db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'reckless'").fetchone()[0] == 1


def test_enrich_is_idempotent(tmp_path):
    path = make_db(tmp_path, site_rows())
    enrich(path, progress=False)
    assert enrich(path, progress=False)["articles"] == 0  # nothing to do
    db = connect(path)
    before = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("quotes", "mentions", "people", "entities")}
    db.close()
    enrich(path, redo_all=True, progress=False)
    db = connect(path)
    after = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("quotes", "mentions", "people", "entities")}
    assert before == after


def test_stale_version_is_redone(tmp_path):
    path = make_db(tmp_path, site_rows())
    enrich(path, progress=False)
    db = connect(path)
    db.execute("UPDATE articles SET nlp_version = 'old' WHERE id = 2")
    db.conn.commit()
    assert enrich(path, progress=False)["articles"] == 1


def test_failed_batch_leaves_old_findings(tmp_path, monkeypatch):
    path = make_db(tmp_path, site_rows())
    enrich(path, progress=False)
    db = connect(path)
    old = list(db.query("SELECT id, speaker FROM quotes ORDER BY id"))
    db.close()
    real = enrich_mod.write_findings
    calls = []

    def failing(db, article_id, *args):
        calls.append(article_id)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return real(db, article_id, *args)

    monkeypatch.setattr(enrich_mod, "write_findings", failing)
    with pytest.raises(sqlite3.OperationalError):
        enrich(path, redo_all=True, progress=False)
    db = connect(path)
    # The first article's delete + insert was rolled back with the rest of the batch.
    assert list(db.query("SELECT id, speaker FROM quotes ORDER BY id")) == old


def test_classifier_scores_written(tmp_path):
    seen = {}

    def score(rows, findings):
        seen["n"] = (len(rows), len(findings))
        return [{"relevance": 0.9, "relevant": True, "topics": ["outsourcing"],
                 "relevance_terms": ["outsourc"], "model_version": "m1"} for _ in rows]

    path = make_db(tmp_path, site_rows())
    s = enrich(path, progress=False, classifier=(score, "m1"))
    assert s["scored"] == 2 and seen["n"] == (2, 2)
    db = connect(path)
    row = db["articles"].get(1)
    assert (row["relevance"], row["relevant"], json.loads(row["topics"]), row["model_version"]) == (
        0.9, 1, ["outsourcing"], "m1")
    # A new model re-scores articles whose findings are current.
    assert enrich(path, progress=False, classifier=(score, "m2"))["articles"] == 2


def test_enrich_command(tmp_path, no_model, capsys):
    import argparse

    from newswatch.commands import enrich as command

    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    assert command.run(parser.parse_args(["--db", str(tmp_path / "missing.db")])) == 2
    path = make_db(tmp_path, site_rows())
    assert command.run(parser.parse_args(["--db", path, "--no-progress", "--batch-size", "1"])) == 0
    out = capsys.readouterr().out
    assert "enriched 2 articles" in out and "9 quotes" in out and "not scored" in out


def test_article_changed_during_enrich_is_left_for_next_run(tmp_path):
    path = make_db(tmp_path, site_rows())

    def score(rows, findings):
        # a crawl updates article 2 while the batch is being analysed
        other = connect(path)
        other.execute("UPDATE articles SET body = body || '\n\nA late correction.' WHERE id = 2")
        other.conn.commit()
        other.close()
        return [None] * len(rows)

    s = enrich(path, progress=False, classifier=(score, "m1"))
    assert (s["articles"], s["skipped_changed"]) == (1, 1)
    db = connect(path)
    assert db["articles"].get(2)["nlp_version"] is None
    assert db.execute("SELECT count(*) FROM quotes WHERE article_id = 2").fetchone()[0] == 0
    assert enrich(path, progress=False)["articles"] == 1


def test_stored_findings_are_in_the_body_frame():
    title, body = "Oak Trust 'will not close'", "Para one.\n\nAnn Lee said: \"We stay,\" she added, \"open.\""
    text, offset = enrich_mod.article_text({"title": title, "body": body})
    assert text[offset:] == body

    def at(sub, where=text):
        start = where.index(sub)
        return start, start + len(sub)

    ents = [{"text": "Oak Trust", "canonical": "Oak Trust", "kind": "academy_trust", "label": "ORG", "start": 0, "end": 9},
            {"text": "Ann Lee", "canonical": "Ann Lee", "kind": None, "label": "PERSON",
             "start": at("Ann Lee")[0], "end": at("Ann Lee")[1]},
            {"text": "one", "canonical": "one", "kind": None, "label": "CARDINAL", "start": 4, "end": 7}]
    quote = {"speaker": None, "speaker_org": None, "speaker_role": None, "cue": None, "kind": "direct",
             "confidence": 0.5}
    in_title = {**quote, "text": "will not close", "start": at("will not close")[0], "end": at("will not close")[1],
                "paragraph": 0}
    in_body = {**quote, "text": "We stay, open.", "speaker": "Ann Lee", "person": 0, "paragraph": 2,
               "start": at("We stay")[0], "end": at("open.")[1], "spans": [at("We stay,"), at("open.")]}
    stored = enrich_mod.stored_findings({"entities": ents, "people": [{"name": "Ann Lee"}], "orgs": [],
                                         "quotes": [in_title, in_body]}, offset, True)
    assert [(e["name"], e["offset"]) for e in stored["entities"]] == [("Oak Trust", -1), ("Ann Lee", at("Ann Lee", body)[0])]
    t, b = stored["quotes"]
    assert (t["paragraph"], title[t["start"]:t["end"]], t["person"]) == (-1, "will not close", None)
    assert json.loads(t["spans"]) == [[t["start"], t["end"]]]
    assert (b["paragraph"], b["person"], body[b["start"]:b["end"]]) == (1, 0, 'We stay," she added, "open.')
    assert [body[s:e] for s, e in json.loads(b["spans"])] == ["We stay,", "open."]
    # without a title the text is the body: nothing moves
    text, offset = enrich_mod.article_text({"title": " ", "body": body})
    assert (text, offset) == (body, 0)
    ann = {**ents[1], "start": at("Ann Lee", body)[0], "end": at("Ann Lee", body)[1]}
    plain = enrich_mod.stored_findings({"entities": [ann], "people": [], "orgs": [], "quotes": [
        {**in_body, "start": at("We stay", body)[0], "end": at("open.", body)[1], "spans": None, "paragraph": 1}]},
        0, False)
    assert plain["entities"][0]["offset"] == at("Ann Lee", body)[0] and plain["quotes"][0]["paragraph"] == 1


def test_a_quote_left_open_in_the_headline_is_not_continued_by_the_body(nlp_pipeline):
    # The scanner reads a paragraph left open and the next reopened as one quote; a
    # headline is not the body's first paragraph, so the stored frame parts them.
    title, body = '"Ravi Dutt', '"We were never told about the sale," parents said.'
    text, offset = enrich_mod.article_text({"title": title, "body": body})
    (findings, error), = pipe_findings(nlp_pipeline, [text], 8)
    assert error is None
    stored = enrich_mod.stored_findings(findings, offset, True, text)["quotes"]
    assert [(q["paragraph"], q["text"]) for q in stored] == [
        (-1, "Ravi Dutt"), (0, "We were never told about the sale,")]
    for q in stored:
        where = title if q["paragraph"] == -1 else body
        assert [where[a:b] for a, b in json.loads(q["spans"])] == [q["text"]]
