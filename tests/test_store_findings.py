"""newswatch/store/findings.py: an article's findings written as given (replacing the
old ones), and the enrich bookkeeping (which articles are pending, failures, versions)."""
from __future__ import annotations

import json

import pytest

from newswatch.store import connect
from newswatch.store.findings import (Pending, forget_failures_of_deleted, mark_enriched, record_failure, unchanged,
                                      write_findings)


@pytest.fixture
def db(tmp_path):
    db = connect(tmp_path / "news.db")
    for i in (1, 2, 3):
        db["articles"].insert({"id": i, "url": f"https://example.test/{i}", "source": "test",
                               "title": f"Title {i}", "body": f"Body {i}", "content_hash": f"h{i}"})
    yield db
    db.close()


def quote(text, person=None, start=0):
    return {"speaker": "Ann Lee", "person": person, "speaker_org": None, "speaker_role": None, "cue": "said",
            "text": text, "kind": "direct", "paragraph": 0, "start": start, "end": start + len(text),
            "spans": json.dumps([[start, start + len(text)]]), "confidence": 0.9}


STORED = {
    "entities": [
        {"name": "Ann Lee", "kind": None, "label": "PERSON", "offset": 10},
        {"name": "Oak Trust", "kind": "academy_trust", "label": "ORG", "offset": -1},  # in the title
        {"name": "Oak Trust", "kind": None, "label": "ORG", "offset": 40},
        {"name": "Oak Trust", "kind": "academy_trust", "label": "ORG", "offset": 60},
    ],
    "orgs": [{"name": "Oak Trust", "kind": "academy_trust", "kind_source": "gazetteer",
              "aliases": [{"alias": "OT", "source": "text"}, {"alias": "oak trust", "source": "text"}]}],
    "people": [{"name": "Ann Lee", "title": None, "role": "head", "org": None}],
    "quotes": [quote("Fine.", person=0), quote("Also fine.", start=20)],
}


def test_write_findings_writes_what_it_is_given(db):
    with db.atomic():
        counts = write_findings(db, 1, STORED)
    assert counts == {"mentions": 2, "quotes": 2, "people": 1}
    oak = db.execute("SELECT id, kind, kind_source FROM entities WHERE name = 'Oak Trust'").fetchone()
    assert oak[1:] == ("academy_trust", "gazetteer")
    mentions = {r["entity_id"]: (r["count"], r["first_offset"]) for r in db.query("SELECT * FROM mentions")}
    assert mentions[oak[0]] == (3, 40)  # the first mention in the body; the title's is not an offset
    assert [r["alias"] for r in db.query("SELECT alias FROM entity_aliases")] == ["OT"]  # its own name is not an alias
    person = db["people"].get(1)
    assert (person["name"], person["org"], person["role"]) == ("Ann Lee", "", "head")
    quotes = list(db.query("SELECT text, speaker_person_id, start, end, spans FROM quotes ORDER BY id"))
    assert quotes == [{"text": "Fine.", "speaker_person_id": 1, "start": 0, "end": 5, "spans": "[[0, 5]]"},
                      {"text": "Also fine.", "speaker_person_id": None, "start": 20, "end": 30,
                       "spans": "[[20, 30]]"}]


def test_write_findings_replaces_an_articles_findings_and_keeps_others(db):
    with db.atomic():
        write_findings(db, 1, STORED)
        write_findings(db, 2, STORED)
        counts = write_findings(db, 1, {"entities": [], "orgs": [], "people": [], "quotes": [quote("New.")]})
    assert counts == {"mentions": 0, "quotes": 1, "people": 0}
    by_article = db.execute("SELECT article_id, count(*) FROM quotes GROUP BY article_id").fetchall()
    assert by_article == [(1, 1), (2, 2)]
    assert db.execute("SELECT count(*) FROM mentions WHERE article_id = 1").fetchone() == (0,)
    # entities and people are shared: never duplicated, never deleted
    assert db.execute("SELECT count(*) FROM entities").fetchone() == (2,)
    assert db.execute("SELECT count(*) FROM people").fetchone() == (1,)


def test_a_known_kind_or_title_is_not_lost_to_none(db):
    with db.atomic():
        write_findings(db, 1, STORED)
        write_findings(db, 2, {"entities": [{"name": "Oak Trust", "kind": None, "label": "ORG", "offset": 0}],
                               "orgs": [], "quotes": [],
                               "people": [{"name": "Ann Lee", "title": "Dr", "role": None, "org": None}]})
    assert db.execute("SELECT kind FROM entities WHERE name = 'Oak Trust'").fetchone() == ("academy_trust",)
    assert db.execute("SELECT title, role FROM people").fetchone() == ("Dr", "head")


def test_mark_enriched_sets_versions_and_scores_and_clears_the_failure(db):
    record_failure(db, db["articles"].get(1), "IndexError: boom", "nlp-1", None)
    mark_enriched(db, 1, "nlp-1", {"relevance": 0.5, "relevant": 1, "topics": "[]",
                                   "relevance_terms": "[]", "model_version": "m1"})
    mark_enriched(db, 2, "nlp-1", None)
    rows = list(db.query("SELECT id, nlp_version, relevance, model_version FROM articles ORDER BY id"))
    assert rows == [{"id": 1, "nlp_version": "nlp-1", "relevance": 0.5, "model_version": "m1"},
                    {"id": 2, "nlp_version": "nlp-1", "relevance": None, "model_version": None},
                    {"id": 3, "nlp_version": None, "relevance": None, "model_version": None}]
    assert db["enrich_failures"].count == 0


def test_a_failure_is_recorded_once_with_its_versions_and_content(db):
    record_failure(db, db["articles"].get(2), "first", "nlp-1", None)
    record_failure(db, db["articles"].get(2), "second", "nlp-1", "m1")
    (fail,) = db.query("SELECT * FROM enrich_failures")
    assert (fail["article_id"], fail["error"], fail["nlp_version"], fail["model_version"], fail["content_hash"]) == (
        2, "second", "nlp-1", "m1", "h2")
    assert fail["failed_at"].endswith("+00:00")
    db["articles"].delete(2)
    forget_failures_of_deleted(db)
    assert db["enrich_failures"].count == 0


def test_pending_articles_by_versions_and_known_failures(db):
    mark_enriched(db, 1, "nlp-1", {"model_version": "m1"})
    mark_enriched(db, 2, "nlp-1", {"model_version": "m0"})
    record_failure(db, db["articles"].get(3), "boom", "nlp-1", "m1")

    def ids(pending):
        return [r["id"] for rows in pending.batches(2) for r in rows]

    with_model = Pending(db, "nlp-1", "m1")
    assert (ids(with_model), with_model.count(), with_model.failed_before) == ([2], 1, 1)
    assert ids(Pending(db, "nlp-1", "m1", retry_failed=True)) == [2, 3]
    assert ids(Pending(db, "nlp-1", "m1", redo_all=True)) == [1, 2, 3]
    # without a model only the pipeline's version counts; the failure was with a model
    assert ids(Pending(db, "nlp-1", None)) == [3]
    assert ids(Pending(db, "nlp-2", "m1")) == [1, 2, 3]
    # new content is tried again
    db["articles"].update(3, {"body": "Changed", "content_hash": "h3b"})
    assert ids(Pending(db, "nlp-1", "m1")) == [2, 3]


def test_pending_batches_come_in_id_order_batch_size_at_a_time(db):
    assert [[r["id"] for r in rows] for rows in Pending(db, "nlp-1", None).batches(2)] == [[1, 2], [3]]


def test_unchanged_compares_title_and_body(db):
    row = db["articles"].get(1)
    assert unchanged(db, row)
    db["articles"].update(1, {"title": "Title 1, corrected"})
    assert not unchanged(db, row)
    db["articles"].delete(2)
    assert not unchanged(db, {"id": 2, "title": "Title 2", "body": "Body 2"})
