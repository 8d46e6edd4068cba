"""nlp/linking.py: organisations matched to the registers (pure), and link_entities over a
database (through newswatch.store.entities)."""
from __future__ import annotations

from rapidfuzz import fuzz

from newswatch.store import connect
from nlp.linking import FUZZY_THRESHOLD, Link, RegisterIndex, council_place, decide_link, link_entities, normalise

TRUSTS = [
    {"uid": "2", "name": "Oak Learning Trust", "type": "Multi-academy trust"},
    {"uid": "1", "name": "Oak Learning Trust", "type": "Multi-academy trust"},  # closed: listed after
    {"uid": "3", "name": "Harbour Crest Academies Trust", "type": "Multi-academy trust"},
    {"uid": "4", "name": "Maltings Federation", "type": "Federation"},
]
COUNCILS = [{"code": "E06000023", "name": "Bristol, City of"}, {"code": "E10000034", "name": "Worcestershire"}]
INDEX = RegisterIndex.build(TRUSTS, COUNCILS)


def test_names_and_places():
    assert normalise("The Kemnal Academies Trust") == normalise("KEMNAL ACADEMIES TRUST")
    assert normalise("Bath & Wells Trust Ltd") == "bath and wells trust"
    assert normalise("The") == "the"
    assert council_place("Bristol, City of") == council_place("Bristol City Council") == "bristol"
    assert council_place("London Borough of Hackney") == council_place("Hackney Council") == "hackney"


def test_trusts_exact_alias_and_fuzzy():
    assert decide_link(INDEX, "The Oak Learning Trust", "academy_trust", []) == Link(
        "gias_group", "2", "exact", None, "Oak Learning Trust", True)  # the first (open) one
    assert decide_link(INDEX, "OLT", "other", ["Oak Learning Trust"]).method == "alias"
    near = "Harbour Crest Academy Trust"
    score = fuzz.ratio(normalise(near), normalise("Harbour Crest Academies Trust"))
    assert score >= FUZZY_THRESHOLD
    assert decide_link(INDEX, near, "academy_trust", []) == Link(
        "gias_group", "3", "fuzzy", round(score, 1), "Harbour Crest Academies Trust", True)
    # fuzzy only for academy trusts; a school is never a register trust
    assert decide_link(INDEX, near, "other", []) is None
    assert decide_link(INDEX, "Oak Learning Trust", "school", []) is None
    # a federation links but is not an academy trust
    assert decide_link(INDEX, "Maltings Federation", None, []).academy_trust is False


def test_councils_by_place():
    assert decide_link(INDEX, "Worcestershire County Council", "council", []) == Link(
        "ons_council", "E10000034", "alias", None, "Worcestershire", False)
    assert decide_link(INDEX, "Bristol, City of", "council", []).method == "exact"
    assert decide_link(INDEX, "Council", "council", []) is None  # no place in the name


def test_no_register_no_links(tmp_path):
    db = connect(tmp_path / "news.db")
    assert not RegisterIndex.load(db)
    assert link_entities(db) == {"exact": 0, "alias": 0, "fuzzy": 0, "unlinked": 0}
    db.close()


def test_link_entities_writes_links_aliases_and_kinds(tmp_path):
    db = connect(tmp_path / "news.db")
    db["trusts"].insert_all([{**t, "closed": "2020-01-01" if t["uid"] == "1" else None} for t in TRUSTS])
    db["councils"].insert_all(COUNCILS)
    db["entities"].insert_all([
        {"id": 1, "name": "The Oak Learning Trust", "kind": "other", "label": "ORG", "kind_source": "name"},
        {"id": 2, "name": "Worcestershire County Council", "kind": "council", "label": "ORG"},
        {"id": 3, "name": "Elm Trust", "kind": "academy_trust", "label": "ORG", "register": "gias_group",
         "register_id": "9", "register_match": "exact"},  # a stale link
    ])
    assert link_entities(db) == {"exact": 1, "alias": 1, "fuzzy": 0, "unlinked": 1}
    rows = {r["id"]: r for r in db.query("SELECT * FROM entities")}
    assert (rows[1]["register_id"], rows[1]["kind"], rows[1]["kind_source"]) == ("2", "academy_trust", "register")
    assert (rows[2]["register"], rows[2]["register_id"], rows[2]["register_match"]) == (
        "ons_council", "E10000034", "alias")
    assert rows[3]["register"] is None and rows[3]["register_id"] is None
    assert sorted(db.execute("SELECT entity_id, alias, source FROM entity_aliases").fetchall()) == [
        (2, "Worcestershire", "register")]
    db.close()
