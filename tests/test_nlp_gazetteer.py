"""Gazetteer files (nlp/gazetteer.py): bad lines and kinds reported, generic aliases kept out
of the patterns, the project's files load, GIAS exports read."""
from __future__ import annotations

import pytest

from nlp import gazetteer


def test_gazetteer_bad_line_is_reported(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"name": "A Trust", "kind": "academy_trust"}\n{"kind": "union"}\n')
    with pytest.raises(gazetteer.GazetteerError, match="x.jsonl:2"):
        gazetteer.load_entries(tmp_path)


def test_gazetteer_unknown_kind(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"name": "A", "kind": "club"}\n')
    with pytest.raises(gazetteer.GazetteerError, match="unknown kind"):
        gazetteer.load_entries(tmp_path)


def test_generic_aliases_are_not_patterns():
    entries = [gazetteer.Entry("Harris Federation", "academy_trust", ("the trust", "Harris"))]
    forms = dict(gazetteer.phrase_patterns(entries))
    assert "the trust" not in forms and forms["Harris"] == "Harris Federation"
    assert forms["HARRIS FEDERATION"] == "Harris Federation"


def test_project_gazetteer_files_load():
    entries = gazetteer.load_entries()
    assert all(e.kind in gazetteer.KINDS for e in entries)


def test_gias_csv_loader(tmp_path):
    path = tmp_path / "edubase.csv"
    path.write_bytes(
        "URN,EstablishmentName,EstablishmentStatus (name),Trusts (name)\n"
        "1,Maltings Academy,Open,ACADEMIES ENTERPRISE TRUST\n"
        "2,Old School,Closed,\n"
        "3,St Mary’s Primary,Open,\n".encode("cp1252")
    )
    entries = gazetteer.load_gias_csv(path)
    assert gazetteer.Entry("Academies Enterprise Trust", "academy_trust") in entries
    assert gazetteer.Entry("Maltings Academy", "school") in entries
    assert gazetteer.Entry("St Mary’s Primary", "school") in entries
    assert all(e.name != "Old School" for e in entries)


def test_gias_csv_rejects_other_csv(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(gazetteer.GazetteerError, match="not a GIAS export"):
        gazetteer.load_gias_csv(path)
