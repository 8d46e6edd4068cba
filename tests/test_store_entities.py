"""newswatch/store/entities.py: entities, people, aliases and register links as rows."""
from __future__ import annotations

import pytest

from newswatch.store import connect
from newswatch.store.entities import (add_alias, aliases_as_evidence, clear_register_link, confirm_academy_trust,
                                      org_entities, record_org, register_councils, register_trusts,
                                      set_register_link, upsert_entity, upsert_person)


@pytest.fixture
def db(tmp_path):
    db = connect(tmp_path / "news.db")
    yield db
    db.close()


def test_entities_and_people_are_upserted_by_their_keys(db):
    a = upsert_entity(db, "Oak Trust", None, "ORG")
    assert upsert_entity(db, "Oak Trust", "academy_trust", "ORG") == a
    assert upsert_entity(db, "Oak Trust", None, "ORG") == a
    assert upsert_entity(db, "Oak Trust", None, "GPE") != a
    assert db["entities"].get(a)["kind"] == "academy_trust"
    p = upsert_person(db, {"name": "Ann Lee", "title": None, "role": None, "org": None})
    assert upsert_person(db, {"name": "Ann Lee", "title": "Dr", "role": None, "org": ""}) == p
    assert upsert_person(db, {"name": "Ann Lee", "title": None, "role": None, "org": "Oak Trust"}) != p
    assert db["people"].get(p)["title"] == "Dr"


def test_aliases_are_tidied_and_only_from_known_sources(db):
    eid = upsert_entity(db, "Oak Trust", "academy_trust", "ORG")
    add_alias(db, "  OT\n", eid, "text")
    add_alias(db, "ot", eid, "gazetteer")  # the same alias (case folded): kept once
    add_alias(db, "Oaks", eid, "a guess")
    add_alias(db, "   ", eid, "text")
    assert db.execute("SELECT alias, source FROM entity_aliases").fetchall() == [("OT", "text")]


def test_record_org_keeps_a_register_kind(db):
    eid = upsert_entity(db, "Oak Trust", "academy_trust", "ORG")
    record_org(db, eid, {"name": "Oak Trust", "kind_source": "name",
                         "aliases": [{"alias": "OAK TRUST", "source": "text"}, {"alias": "OT", "source": "gazetteer"}]})
    assert db["entities"].get(eid)["kind_source"] == "name"
    assert aliases_as_evidence(db) == {eid: ["OT"]}
    confirm_academy_trust(db, eid)
    record_org(db, eid, {"name": "Oak Trust", "kind_source": "context", "aliases": []})
    assert db["entities"].get(eid)["kind_source"] == "register"
    record_org(db, eid, {"name": "Oak Trust", "kind_source": "made up", "aliases": []})
    assert db["entities"].get(eid)["kind_source"] == "register"


def test_register_links_are_set_and_cleared(db):
    eid = upsert_entity(db, "Oak Trust", "other", "ORG")
    upsert_entity(db, "Ann Lee", None, "PERSON")
    assert org_entities(db) == [{"id": eid, "name": "Oak Trust", "kind": "other"}]
    set_register_link(db, eid, "gias_group", "16000", "fuzzy", 93.5)
    add_alias(db, "The Oak Trust", eid, "register")
    assert aliases_as_evidence(db) == {}  # a register's own name is not evidence for the next link
    row = db["entities"].get(eid)
    assert (row["register"], row["register_id"], row["register_match"], row["register_score"]) == (
        "gias_group", "16000", "fuzzy", 93.5)
    clear_register_link(db, eid)
    row = db["entities"].get(eid)
    assert (row["register"], row["register_id"], row["register_match"], row["register_score"]) == (None,) * 4


def test_register_rows_open_trusts_first(db):
    db["trusts"].insert_all([
        {"uid": "1", "name": "Oak Trust", "type": "Multi-academy trust", "closed": "2020-01-01"},
        {"uid": "2", "name": "Oak Trust", "type": "Multi-academy trust", "closed": None},
        {"uid": "3", "name": "Elm Trust", "type": None, "closed": None},
    ])
    db["councils"].insert_all([{"code": "E2", "name": "Bristol, City of"}, {"code": "E1", "name": "Bath"}])
    assert [t["uid"] for t in register_trusts(db)] == ["2", "3", "1"]
    assert register_councils(db) == [{"code": "E1", "name": "Bath"}, {"code": "E2", "name": "Bristol, City of"}]
