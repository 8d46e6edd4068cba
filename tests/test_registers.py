"""`newswatch registers import`: GIAS and ONS extracts into trusts, trust_schools and
councils; organisations linked to them (exact, alias, fuzzy with its score); the register's
trusts used by the pipeline; alias look-ups and confirmed trusts in the publication."""
from __future__ import annotations

import asyncio
import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import register_fixtures as rf

from newswatch import publish
from newswatch.store import connect
from nlp.linking import FUZZY_THRESHOLD, link_entities
from newswatch.registers import RegisterError, import_registers, title_case

ROOT = Path(__file__).resolve().parents[1]

ENTITIES = [
    # (id, name, kind, kind_source)
    (1, "Academies Enterprise Trust", "academy_trust", "gazetteer"),
    (2, "Kingfisher Vale Learning Trust", "academy_trust", "name"),  # register: "THE KINGFISHER ..."
    (3, "Harbour Crest Academy Trust", "academy_trust", "name"),  # register: "... Academies Trust"
    (4, "Worcestershire County Council", "council", "gazetteer"),
    (5, "Bristol City Council", "council", "gazetteer"),
    (6, "Maltings Academy", "school", "gazetteer"),  # a school, though a trust has its name
    (7, "Northgate Pennant Academy Trust", "academy_trust", "name"),  # in no register
    (8, "AET Holdings", "other", "name"),
]


def newswatch(*args, timeout=300):
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    return subprocess.run([sys.executable, "-m", "newswatch", *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


def articles_digest(path) -> str:
    db = connect(path, migrate=False)
    try:
        rows = db.execute("SELECT id, title, body, content_hash FROM articles ORDER BY id").fetchall()
    finally:
        db.close()
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def make_db(path: Path) -> Path:
    db = connect(path)
    with db.atomic():
        db["articles"].insert({"id": 1, "url": "https://example.test/1", "source": "test",
                               "title": "Trust to outsource cleaning",
                               "body": "Academies Enterprise Trust (AET) said cleaning would be outsourced."})
        for eid, name, kind, source in ENTITIES:
            db["entities"].insert({"id": eid, "name": name, "kind": kind, "label": "ORG", "kind_source": source})
        db["entity_aliases"].insert({"alias": "AET", "entity_id": 1, "source": "text"})
    db.close()
    return path


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("registers")
    groups = rf.write_groups(d / "allgroupsdata.csv")
    rf.write_links(d / "alllinksdata.csv", groups)
    rf.write_councils(d / "lad24.csv")
    return d


def test_import_is_fast_links_entities_and_reimport_is_a_noop(tmp_path, files):
    db_path = make_db(tmp_path / "news.db")
    before = articles_digest(db_path)
    args = ["registers", "import", "--gias-groups", str(files / "allgroupsdata.csv"),
            "--gias-links", str(files / "alllinksdata.csv"), "--councils", str(files / "lad24.csv"),
            "--db", str(db_path)]
    started = time.monotonic()
    first = newswatch(*args)
    took = time.monotonic() - started
    assert first.returncode == 0, first.stderr
    assert took < 60, took
    assert "trusts: 3000 rows read: 3000 new" in first.stdout
    assert "trust_schools: 10000 rows read: 10000 new" in first.stdout
    assert "councils: 3 rows read: 3 new" in first.stdout
    assert "trust_schools: 10000 rows" in first.stderr  # progress
    assert articles_digest(db_path) == before

    db = connect(db_path)
    trust = db["trusts"].get("16001")
    assert (trust["name"], trust["type"], trust["status"], trust["opened"]) == (
        "The Kingfisher Vale Learning Trust", "Multi-academy trust", "Open", "2012-09-01")
    assert db["trusts"].get("16004")["closed"] == "2021-08-31"
    assert db["trust_schools"].get(("16000", "137002"))["joined"] == "2012-09-01"
    links = {r["name"]: r for r in db.query("SELECT * FROM entities")}
    assert (links["Academies Enterprise Trust"]["register_id"], links["Academies Enterprise Trust"]["register_match"]) \
        == ("16000", "exact")
    assert (links["Kingfisher Vale Learning Trust"]["register_id"],
            links["Kingfisher Vale Learning Trust"]["register_match"]) == ("16001", "exact")
    fuzzy = links["Harbour Crest Academy Trust"]
    assert (fuzzy["register_id"], fuzzy["register_match"]) == ("16002", "fuzzy")
    assert FUZZY_THRESHOLD <= fuzzy["register_score"] < 100
    assert (links["Worcestershire County Council"]["register"], links["Worcestershire County Council"]["register_id"],
            links["Worcestershire County Council"]["register_match"]) == ("ons_council", "E10000034", "alias")
    assert links["Bristol City Council"]["register_id"] == "E06000023"
    for name in ("Maltings Academy", "Northgate Pennant Academy Trust", "AET Holdings"):
        assert links[name]["register_id"] is None, name
    assert links["Academies Enterprise Trust"]["kind_source"] == "register"
    # the register's spelling is kept as an alias of the fuzzily linked entity
    assert db.execute("SELECT source FROM entity_aliases WHERE alias = 'Harbour Crest Academies Trust'").fetchall() \
        == [("register",)]
    snapshot = {t: db.execute(f"SELECT * FROM [{t}] ORDER BY 1, 2").fetchall()
                for t in ("trusts", "trust_schools", "councils", "entities", "entity_aliases")}
    db.close()

    again = newswatch(*args)
    assert again.returncode == 0, again.stderr
    assert "trusts: 3000 rows read: 0 new, 0 changed, 3000 unchanged" in again.stdout
    assert "trust_schools: 10000 rows read: 0 new, 0 changed, 10000 unchanged" in again.stdout
    db = connect(db_path)
    assert {t: db.execute(f"SELECT * FROM [{t}] ORDER BY 1, 2").fetchall() for t in snapshot} == snapshot
    db.close()
    assert articles_digest(db_path) == before


def test_changed_register_row_is_updated_and_stale_link_dropped(tmp_path, files):
    db_path = make_db(tmp_path / "news.db")
    db = connect(db_path)
    import_registers(db, gias_groups=files / "allgroupsdata.csv")
    edited = tmp_path / "groups.csv"
    text = (files / "allgroupsdata.csv").read_text(encoding="cp1252")
    edited.write_text(text.replace("Harbour Crest Academies Trust", "Harbour Crest Schools Partnership"),
                      encoding="cp1252")
    summary = import_registers(db, gias_groups=edited)
    assert summary["trusts"]["changed"] == 1 and summary["trusts"]["new"] == 0

    link_entities(db)
    assert db.execute("SELECT register_id FROM entities WHERE id = 3").fetchone() == (None,)
    db.close()


@pytest.mark.parametrize("headers, expected", [
    (["Name", "Code"], "missing columns 'Group UID', 'Group Name', 'Group Type', 'Group Status'"),
    (["Group UID", "Group Name"], "missing columns 'Group Type', 'Group Status'"),
    (rf.LINK_HEADERS, "group links extract"),
])
def test_wrong_groups_file_names_what_is_missing(tmp_path, headers, expected):
    path = tmp_path / "wrong.csv"
    path.write_text(",".join(headers) + "\n" + ",".join("1" for _ in headers) + "\n")
    db_path = make_db(tmp_path / "news.db")
    result = newswatch("registers", "import", "--gias-groups", str(path), "--db", str(db_path))
    assert result.returncode == 2
    assert expected in result.stderr, result.stderr
    db = connect(db_path)
    assert db["trusts"].count == 0
    db.close()


def test_wrong_links_and_councils_files(tmp_path, files):
    db = connect(make_db(tmp_path / "news.db"))
    with pytest.raises(RegisterError, match="missing columns 'URN', 'EstablishmentName'"):
        import_registers(db, gias_links=files / "allgroupsdata.csv")
    with pytest.raises(RegisterError, match="not an ONS local authority list: missing a code column"):
        import_registers(db, councils=files / "allgroupsdata.csv")
    # links to groups that were never imported: nothing is written
    with pytest.raises(RegisterError, match="not in the groups register"):
        import_registers(db, gias_links=files / "alllinksdata.csv")
    assert db["trust_schools"].count == 0
    db.close()
    assert newswatch("registers", "import", "--db", str(tmp_path / "news.db")).returncode == 2
    missing = newswatch("registers", "import", "--gias-groups", str(tmp_path / "nope.csv"),
                        "--db", str(tmp_path / "news.db"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_register_names_in_capitals_are_title_cased():
    assert title_case("THE KEMNAL ACADEMIES TRUST") == "The Kemnal Academies Trust"
    assert title_case("ST MARY'S CE ACADEMY TRUST") == "St Mary's CE Academy Trust"
    assert title_case("Harbour Crest Academies Trust") == "Harbour Crest Academies Trust"


def test_register_trusts_reach_the_pipeline(tmp_path, files):
    """After an import, enrich finds a register-only trust, links it and marks its kind."""
    from nlp.pipeline import load_pipeline

    db_path = make_db(tmp_path / "news.db")
    db = connect(db_path)
    import_registers(db, gias_groups=files / "allgroupsdata.csv")
    db.close()
    from nlp import gazetteer

    names = {e.name for e in gazetteer.load_register_entries(db_path)}
    assert "The Kingfisher Vale Learning Trust" in names
    assert "Maltings Academy" not in names  # a single-academy trust named like its school
    assert "Brackenford Schools Federation" not in names  # not an academy trust
    nlp = load_pipeline(registers_db=str(db_path))
    doc = nlp("Staff at Old Elm Education Trust schools were told on Friday.")
    orgs = {o["name"]: o for o in doc._.orgs}
    assert orgs["Old Elm Education Trust"]["kind_source"] == "register"
    assert orgs["Old Elm Education Trust"]["kind"] == "academy_trust"


# ---- publication ------------------------------------------------------------------------

def get_json(ds, path):
    sep = "&" if "?" in path else "?"
    response = asyncio.run(ds.client.get(f"{path}{sep}_shape=objects"))
    assert response.status_code == 200, response.text[:2000]
    return response.json()["rows"]


def test_publication_aliases_confirmed_trusts_and_schools(tmp_path, files):
    db_path = make_db(tmp_path / "news.db")
    db = connect(db_path)
    import_registers(db, gias_groups=files / "allgroupsdata.csv", gias_links=files / "alllinksdata.csv")

    link_entities(db)
    with db.atomic():
        db["articles"].insert({"id": 2, "url": "https://example.test/2", "source": "test", "title": "Handbook",
                               "body": "x", "published": "2025-03-02T09:00:00+00:00"})
        db.execute("UPDATE articles SET published = '2025-03-01T09:00:00+00:00' WHERE id = 1")
        db["entities"].insert({"id": 9, "name": "Academy Trust Handbook", "kind": "academy_trust", "label": "ORG"})
        for eid in (1, 7, 9):
            db["mentions"].insert({"article_id": 2, "entity_id": eid, "count": 1, "first_offset": 0})
        db["mentions"].insert({"article_id": 1, "entity_id": 1, "count": 2, "first_offset": 0})
        db["quotes"].insert({"article_id": 1, "speaker": "spokesman for the trust",
                             "speaker_org": "Academies Enterprise Trust", "text": "We will consult staff.",
                             "kind": "direct", "paragraph": 0, "start": 0, "end": 10})
    db.close()
    ds = publish.make_datasette(db_path)
    by_alias = get_json(ds, "/news/said_by.json?who=AET")
    assert by_alias and by_alias == get_json(ds, "/news/said_by.json?who=Academies+Enterprise+Trust")
    assert get_json(ds, "/news/said_by.json?who=ZZQ") == []
    mentioning = get_json(ds, "/news/articles_mentioning.json?organisation=aet")
    assert {r["id"] for r in mentioning} == {1, 2}
    top = get_json(ds, "/news/top_trusts.json?start=2025-01-01&end=2026-01-01")
    # the unconfirmed "trust" (kind from an older pipeline, no source) does not count
    assert {r["trust"] for r in top} == {"Academies Enterprise Trust", "Northgate Pennant Academy Trust"}
    assert {r["trust"]: r["gias_uid"] for r in top}["Academies Enterprise Trust"] == "16000"
    schools = get_json(ds, "/news/trust_schools.json?trust=AET")
    assert {"Maltings Academy", "New Rickstones Academy"} <= {r["school_name"] for r in schools}
    assert schools == get_json(ds, "/news/trust_schools.json?trust=16000")
    everything = get_json(ds, "/news/trust_schools.json?trust=")  # empty: every trust's schools
    assert {r["school_name"] for r in schools} < {r["school_name"] for r in everything}
    mentions = get_json(ds, "/news/organisation_mentions.json?entity_id=1")
    assert {m["register_id"] for m in mentions} == {"16000"}
