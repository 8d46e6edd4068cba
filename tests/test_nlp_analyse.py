"""`newswatch analyse` (nlp/analyse.py): JSON lines in, JSON lines out; files; bad lines,
failed documents and pages that cannot be extracted reported, the rest analysed; relevance
scored as enrich scores it; a damaged model refused."""
from __future__ import annotations

import argparse
import io
import json

import pytest
from nlp_fixtures import POISON, article_text, site_articles

import nlp.analyse as analyse_mod
from newswatch.commands import analyse as command
from nlp.classifier import score_articles

pytestmark = pytest.mark.usefixtures("pipeline_loaded_once")


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
    txt.write_text("Councillor Liz Amberley said: “We will listen to parents.”", encoding="utf-8")
    html = tmp_path / "b.html"
    html.write_text(
        "<html><head><title>Trust plan</title></head><body><article><h1>Trust plan criticised</h1>"
        "<p>Staff at the academy are unhappy with the plans announced this week by the trust.</p>"
        "<p>Jane Smith, a teacher at the school, said: “We were never asked about any of this.”</p>"
        "</article></body></html>", encoding="utf-8")
    code, out, _ = run(["--no-progress", str(txt), str(html)], "", monkeypatch, capsys)
    assert code == 0
    assert out[0]["id"] == str(txt)
    assert out[0]["quotes"][0]["speaker"] == "Liz Amberley"
    assert out[1]["quotes"][0]["speaker"] == "Jane Smith"
    assert out[1]["quotes"][0]["text"] == "We were never asked about any of this."


def test_missing_file_is_an_error(tmp_path, monkeypatch, capsys):
    code, out, err = run(["--no-progress", str(tmp_path / "nope.txt")], "", monkeypatch, capsys)
    assert code == 1 and "cannot read" in err
    assert len(out) == 1 and out[0]["id"] == str(tmp_path / "nope.txt") and "cannot read" in out[0]["error"]


def test_too_long_text_is_reported(nlp_pipeline, monkeypatch, capsys):
    limit = nlp_pipeline.max_length
    text = json.dumps({"id": "big", "text": "a " * (limit // 2 + 10)}) + "\n" + json.dumps({"id": "ok", "text": "Fine."}) + "\n"
    code, out, err = run(["--no-progress"], text, monkeypatch, capsys)
    assert code == 1 and [r["id"] for r in out] == ["big", "ok"] and "big: text too long" in err
    assert out[0]["error"].startswith("text too long") and "error" not in out[1]


def test_analyse_failed_document_gets_an_error_line(monkeypatch, capsys, poison):
    texts = ["Jane Smith said: “One.”", f"{POISON} here.", "Jo Bloggs said: “Three.”", "\ud800 lone \x00 NUL"]
    stdin = "".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    code, out, err = run(["--no-progress", "--no-classify", "--batch-size", "4"], stdin, monkeypatch, capsys)
    assert code == 1
    assert [r["id"] for r in out] == ["d0", "d1", "d2", "d3"]
    assert out[1] == {"id": "d1", "error": out[1]["error"]} and out[1]["error"].startswith("IndexError")
    assert out[0]["quotes"][0]["text"] == "One." and out[2]["quotes"][0]["text"] == "Three."
    assert "error" not in out[3] and "relevance" not in out[0]
    assert "d1: IndexError" in err and "1 inputs failed" in err


def test_analyse_empty_html_file_does_not_end_the_run(tmp_path, monkeypatch, capsys):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.htm"
    blank.write_bytes(b"  \n")
    txt = tmp_path / "a.txt"
    txt.write_text("Jane Smith said: “Fine.”", encoding="utf-8")
    code, out, _ = run(["--no-progress", "--no-classify", str(empty), str(blank), str(txt)], "", monkeypatch, capsys)
    assert code == 0
    assert [r["id"] for r in out] == [str(empty), str(blank), str(txt)]
    assert out[0]["quotes"] == [] and out[2]["quotes"][0]["text"] == "Fine."


def test_analyse_scores_like_enrich(monkeypatch, capsys):
    arts = site_articles()
    texts = [f"{a['headline']}\n\n{article_text(a)}" for a in arts] + ["The derby ended in a draw."]
    stdin = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
    code, out, _ = run(["--no-progress"], stdin, monkeypatch, capsys)
    assert code == 0
    expected = score_articles([{"title": "", "body": t} for t in texts],
                              [{k: r[k] for k in ("entities", "people", "quotes")} for r in out])
    for rec, want in zip(out, expected):
        assert {k: rec[k] for k in want} == want
    assert out[0]["relevant"] == 1 and out[2]["relevant"] == 0
    assert isinstance(out[0]["topics"], list) and out[0]["relevance_terms"]


def test_analyse_without_a_model_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEWSWATCH_MODEL", str(tmp_path))  # an empty folder: no model installed
    code, out, err = run(["--no-progress"], json.dumps({"id": 1, "text": "Text."}) + "\n", monkeypatch, capsys)
    assert code == 0 and "not scoring relevance: no classifier model" in err
    assert out[0]["relevance"] is None and out[0]["model_version"] is None


def test_analyse_refuses_a_damaged_model(damaged_model, monkeypatch, capsys):
    code, out, err = run(["--no-progress"], json.dumps({"id": 1, "text": "Text."}) + "\n", monkeypatch, capsys)
    assert code == 2 and out == [] and "sha256 does not match" in err and "--no-classify" in err
    code, out, _ = run(["--no-progress", "--no-classify"], json.dumps({"id": 1, "text": "Text."}) + "\n",
                               monkeypatch, capsys)
    assert code == 0 and len(out) == 1


def test_analyse_page_that_cannot_be_extracted_and_odd_ids(tmp_path, monkeypatch, capsys):
    real = analyse_mod.html_to_text

    def extract(html, url):
        if b"deep" in html:
            raise RecursionError("maximum recursion depth exceeded")
        return real(html, url)

    monkeypatch.setattr(analyse_mod, "html_to_text", extract)
    bad, good = tmp_path / "deep.html", tmp_path / "good.html"
    bad.write_bytes(b"<html><body><p>deep</p></body></html>")
    good.write_bytes("<html><body><p>Jane Smith said: “Fine.”</p></body></html>".encode())
    code, out, err = run(["--no-progress", "--no-classify", str(bad), str(good)], "", monkeypatch, capsys)
    assert code == 1 and [r["id"] for r in out] == [str(bad), str(good)]
    assert out[0]["error"].startswith("cannot extract the HTML: RecursionError") and "error" not in out[1]
    # an id holding a lone surrogate is written escaped, as it came
    code, out, _ = run(["--no-progress", "--no-classify"], '{"id": "x\\ud800", "text": "Fine."}\n', monkeypatch, capsys)
    assert code == 0 and out[0]["id"] == "x\ud800"
