"""`newswatch analyse`: JSON lines in, JSON lines out; files; bad lines reported."""
from __future__ import annotations

import argparse
import io
import json

import pytest
from nlp_fixtures import _pipeline

from newswatch.commands import analyse as command


@pytest.fixture(autouse=True)
def shared_pipeline(monkeypatch):
    nlp = _pipeline()
    monkeypatch.setattr("nlp.pipeline.load_pipeline", lambda **kw: nlp)


SCORE_FIELDS = {"relevance", "relevant", "topics", "relevance_terms", "model_version"}


def run(argv, stdin_text, monkeypatch, capsys):
    parser = argparse.ArgumentParser()
    command.add_arguments(parser)
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin_text))
    code = command.run(parser.parse_args(argv))
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_jsonl_in_jsonl_out(monkeypatch, capsys):
    lines = [json.dumps({"id": f"a{i}", "text": f"Jon Richards of UNISON said: “Point {i} matters a lot.”"}) for i in range(5)]
    code, out, _ = run(["--batch-size", "2", "--no-progress"], "\n".join(lines) + "\n", monkeypatch, capsys)
    assert code == 0
    assert [r["id"] for r in out] == [f"a{i}" for i in range(5)]
    rec = out[3]
    assert set(rec) == {"id", "entities", "people", "quotes", "orgs", *SCORE_FIELDS}
    q = rec["quotes"][0]
    assert (q["speaker"], q["speaker_org"], q["text"]) == ("Jon Richards", "UNISON", "Point 3 matters a lot.")
    assert set(q) >= {"text", "speaker", "speaker_org", "speaker_role", "cue", "kind", "start", "end", "paragraph"}
    assert {"text", "label", "kind", "canonical", "start", "end"} <= set(rec["entities"][0])


def test_bad_lines_reported_with_line_numbers(monkeypatch, capsys):
    text = '{"id": 1, "text": "Fine."}\nnot json\n{"id": 3}\n[1, 2]\n{"id": 5, "text": "Also fine."}\n'
    code, out, err = run(["--no-progress"], text, monkeypatch, capsys)
    assert code == 1
    # one line per input, in order: the bad ones say why
    assert [r["id"] for r in out] == [1, 2, 3, 4, 5]
    assert [("error" in r) for r in out] == [False, True, True, True, False]
    assert out[1]["error"].startswith("not valid JSON") and out[2]["error"] == 'missing "text" string'
    assert "<stdin>:2: not valid JSON" in err
    assert '<stdin>:3: missing "text"' in err
    assert "<stdin>:4: expected a JSON object" in err


def test_text_and_html_files(tmp_path, monkeypatch, capsys):
    txt = tmp_path / "a.txt"
    txt.write_text("Councillor Liz Eyre said: “We will listen to parents.”", encoding="utf-8")
    html = tmp_path / "b.html"
    html.write_text(
        "<html><head><title>Trust plan</title></head><body><article><h1>Trust plan criticised</h1>"
        "<p>Staff at the academy are unhappy with the plans announced this week by the trust.</p>"
        "<p>Jane Smith, a teacher at the school, said: “We were never asked about any of this.”</p>"
        "</article></body></html>", encoding="utf-8")
    code, out, _ = run(["--no-progress", str(txt), str(html)], "", monkeypatch, capsys)
    assert code == 0
    assert out[0]["id"] == str(txt)
    assert out[0]["quotes"][0]["speaker"] == "Liz Eyre"
    assert out[1]["quotes"][0]["speaker"] == "Jane Smith"
    assert out[1]["quotes"][0]["text"] == "We were never asked about any of this."


def test_missing_file_is_an_error(tmp_path, monkeypatch, capsys):
    code, out, err = run(["--no-progress", str(tmp_path / "nope.txt")], "", monkeypatch, capsys)
    assert code == 1 and "cannot read" in err
    assert len(out) == 1 and out[0]["id"] == str(tmp_path / "nope.txt") and "cannot read" in out[0]["error"]


def test_too_long_text_is_reported(monkeypatch, capsys):
    from nlp_fixtures import _pipeline

    limit = _pipeline().max_length
    text = json.dumps({"id": "big", "text": "a " * (limit // 2 + 10)}) + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n"
    code, out, err = run(["--no-progress"], text, monkeypatch, capsys)
    assert code == 1 and [r["id"] for r in out] == ["big", "ok"] and "big: text too long" in err
    assert out[0]["error"].startswith("text too long") and "error" not in out[1]
