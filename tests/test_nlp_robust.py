"""Issue 12 (NLP): one document's failure costs that document only; input cleaned at the
door; a damaged classifier model fails loudly; `analyse` scores relevance."""
from __future__ import annotations

import argparse
import json
import re
import shutil
from pathlib import Path

import pytest
from nlp_fixtures import _pipeline, article_text, seed_articles
from test_nlp_analyse import run as run_analyse
from spacy.tokens import Span

import nlp.enrich as enrich_mod
from newswatch.commands import enrich as enrich_cmd
from newswatch.store import connect
from nlp.batch import analyse_batch, error_line, run_isolated
from nlp.classifier import ModelError, installed_classifier, resolve_model_path, score_articles
from nlp.clean import clean_text, compact_spaces
from nlp.findings import quote_at_offsets
from nlp.pipeline import NLP_VERSION

POISON = "POISONED DOCUMENT"


@pytest.fixture(autouse=True)
def shared_pipeline(monkeypatch):
    nlp = _pipeline()
    monkeypatch.setattr("nlp.pipeline.load_pipeline", lambda **kw: nlp)
    return nlp


@pytest.fixture
def poison(monkeypatch):
    """Make the people component raise on any document containing POISON."""
    from nlp.components import people

    real = people.People.__call__

    def call(self, doc):
        if POISON in doc.text:
            raise IndexError("list index out of range")
        return real(self, doc)

    monkeypatch.setattr(people.People, "__call__", call)


@pytest.fixture
def damaged_model(tmp_path, monkeypatch):
    """A copy of the bundled model whose model file was replaced (sha256 mismatch)."""
    source = resolve_model_path()
    copy = tmp_path / "models" / source.name
    shutil.copytree(source, copy)
    with (copy / "model.skops").open("ab") as f:
        f.write(b"\0")
    monkeypatch.setenv("NEWSWATCH_MODEL", str(copy.parent))
    return copy


# ------------------------------------------------------------------ the door and the helper


def test_clean_text_keeps_length_and_offsets():
    text = "a\x00b\ud800c\x85d\te\nf\r\x7fg\u00a0h"
    cleaned = clean_text(text)
    assert cleaned == "a b\ufffdc d\te\nf\r g\u00a0h"
    assert len(cleaned) == len(text)
    plain = "Nothing to clean here.\n\nSecond paragraph."
    assert clean_text(plain) is plain


def test_compact_spaces_maps_offsets_back():
    text = "Mr\u00a0 Patel\u200b said  “hello\u00adthere”.\tEnd"
    read, offsets = compact_spaces(text)
    assert read == "Mr Patel said “hellothere”. End"
    for i, ch in enumerate(read):
        assert ch == " " or text[offsets.start(i)] == ch
    word = read.index("hellothere")
    assert text[offsets.start(word):offsets.end(word + len("hellothere"))] == "hello\u00adthere"
    assert compact_spaces("Nothing odd here.") == ("Nothing odd here.", None)


def test_findings_on_spaced_out_text_point_into_it(shared_pipeline):
    plain = ("Trust plans school kitchen contract\n\nStaff were told on Monday.\n\n"
             "Councillor Peter Marsh, cabinet member for children, said: “It is a decision for the trust.”")
    spaced = "\u00a0\u00a0 " + plain.replace(" ", "  ").replace("Peter  Marsh", "Peter\u00a0Marsh")
    (a, b) = analyse_batch(shared_pipeline, [(plain, 0), (spaced, 1)])
    assert [q["speaker"] for q in a.findings["quotes"]] == [q["speaker"] for q in b.findings["quotes"]] == ["Peter Marsh"]
    (q,) = b.findings["quotes"]
    assert spaced[q["start"]:q["end"]] == q["text"] == "It  is  a  decision  for  the  trust."
    for ent in b.findings["entities"]:
        assert spaced[ent["start"]:ent["end"]] == ent["text"]
    assert "Peter Marsh" in [e["canonical"] for e in b.findings["entities"]]
    # paragraph indices are not offsets: they are the same in both
    assert [(q["paragraph"], q["paragraph_end"]) for q in a.findings["quotes"]] == \
        [(q["paragraph"], q["paragraph_end"]) for q in b.findings["quotes"]]


def test_run_isolated_keeps_the_good_items():
    calls = []

    def work(items):
        calls.append(list(items))
        if "bad" in items:
            raise ValueError("cannot handle\nthis")
        return [x.upper() for x in items]

    assert run_isolated(work, ["a", "b"]) == [("A", None), ("B", None)]
    assert len(calls) == 1  # the normal path: one call for the batch
    out = run_isolated(work, ["a", "bad", "c"])
    assert [r for r, _ in out] == ["A", None, "C"]
    assert out[1][1].startswith("ValueError: cannot handle this (test_nlp_robust.py:")
    assert run_isolated(work, []) == []


def test_quote_at_offsets():
    text = "“We were,” she said, “never asked.”"
    whole = {"text": "We were,", "start": 1, "end": 9}
    pieces = {"text": "We were, never asked.", "start": 1, "end": len(text) - 1}
    assert quote_at_offsets(whole, text) and quote_at_offsets(pieces, text)
    assert not quote_at_offsets({**pieces, "text": "We were, always asked."}, text)
    assert not quote_at_offsets({**whole, "start": 0}, text)


def test_error_line_is_one_line():
    try:
        raise RuntimeError("x" * 1000 + "\n\nmore")
    except RuntimeError as exc:
        line = error_line(exc)
    assert "\n" not in line and len(line) < 400 and line.startswith("RuntimeError: xxx")


def test_batch_isolates_the_failing_document(shared_pipeline, poison):
    items = [("Jane Smith said: “One.”", "a"), (f"{POISON}. Jo Bloggs said: “Two.”", "b"), ("Three.", "c")]
    batch = analyse_batch(shared_pipeline, items, batch_size=8)
    assert [it.ctx for it in batch] == ["a", "b", "c"]
    assert batch[0].error is None and batch[0].findings["quotes"][0]["text"] == "One."
    assert batch[1].findings is None and batch[1].error.startswith("IndexError: list index out of range")
    assert batch[2].error is None


# ------------------------------------------------------------------ the causes


def test_whitespace_tagged_person_is_not_a_person(shared_pipeline):
    """The people.py crash: a non-breaking space the model tags PERSON (name empty once
    whitespace is tidied)."""
    nlp = shared_pipeline
    text = "Jane Smith said \u00a0 “something”.  Then   \u00a0   Mr  \u00a0 spoke."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "ner":
            blank = [t for t in doc if not t.text.strip()]
            doc.ents = [e for e in doc.ents if e.start != blank[0].i] + [Span(doc, blank[0].i, blank[0].i + 1, label="PERSON")]
    assert [p["name"] for p in doc._.people] == ["Jane Smith"]
    assert all(e.text.strip() for e in doc.ents)


def test_a_title_of_the_other_gender_is_another_person(shared_pipeline):
    text = ("Mr Anil Patel, the union's district secretary, said: “Our members have had enough.”\n\n"
            "Mrs Patel, who chairs the parents' forum, said: “We found out from a letter.”")
    (it,) = analyse_batch(shared_pipeline, [(text, 0)])
    speakers = [(q["speaker"], q["text"]) for q in it.findings["quotes"]]
    assert ("Anil Patel", "Our members have had enough.") in speakers
    assert ("Anil Patel", "We found out from a letter.") not in speakers


def test_control_characters_never_in_names(shared_pipeline):
    text = "Jo\x00hn Sm\x01ith, head teacher, said: “We were\x1f never asked.”\x00 Cllr\x0b Ann\x7f Lee agreed."
    (item,) = analyse_batch(shared_pipeline, [(text, 1)])
    assert item.error is None
    f = item.findings
    names = [p["name"] for p in f["people"]] + [e["canonical"] for e in f["entities"]] + [q["speaker"] or "" for q in f["quotes"]]
    assert names and not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for n in names for c in n)
    for q in f["quotes"]:
        assert quote_at_offsets(q, clean_text(text))


# ------------------------------------------------------------------ analyse


def test_analyse_failed_document_gets_an_error_line(monkeypatch, capsys, poison):
    texts = ["Jane Smith said: “One.”", f"{POISON} here.", "Jo Bloggs said: “Three.”", "\ud800 lone \x00 NUL"]
    stdin = "".join(json.dumps({"id": f"d{i}", "text": t}) + "\n" for i, t in enumerate(texts))
    code, out, err = run_analyse(["--no-progress", "--no-classify", "--batch-size", "4"], stdin, monkeypatch, capsys)
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
    code, out, _ = run_analyse(["--no-progress", "--no-classify", str(empty), str(blank), str(txt)], "", monkeypatch, capsys)
    assert code == 0
    assert [r["id"] for r in out] == [str(empty), str(blank), str(txt)]
    assert out[0]["quotes"] == [] and out[2]["quotes"][0]["text"] == "Fine."


def test_analyse_scores_like_enrich(monkeypatch, capsys):
    arts = seed_articles()
    texts = [f"{a['headline']}\n\n{article_text(a)}" for a in arts] + ["The derby ended in a draw."]
    stdin = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
    code, out, _ = run_analyse(["--no-progress"], stdin, monkeypatch, capsys)
    assert code == 0
    expected = score_articles([{"title": "", "body": t} for t in texts],
                              [{k: r[k] for k in ("entities", "people", "quotes")} for r in out])
    for rec, want in zip(out, expected):
        assert {k: rec[k] for k in want} == want
    assert out[0]["relevant"] == 1 and out[2]["relevant"] == 0
    assert isinstance(out[0]["topics"], list) and out[0]["relevance_terms"]


def test_analyse_without_a_model_says_so(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEWSWATCH_MODEL", str(tmp_path))  # an empty folder: no model installed
    code, out, err = run_analyse(["--no-progress"], json.dumps({"id": 1, "text": "Text."}) + "\n", monkeypatch, capsys)
    assert code == 0 and "not scoring relevance: no classifier model" in err
    assert out[0]["relevance"] is None and out[0]["model_version"] is None


def test_analyse_refuses_a_damaged_model(damaged_model, monkeypatch, capsys):
    code, out, err = run_analyse(["--no-progress"], json.dumps({"id": 1, "text": "Text."}) + "\n", monkeypatch, capsys)
    assert code == 2 and out == [] and "sha256 does not match" in err and "--no-classify" in err
    code, out, _ = run_analyse(["--no-progress", "--no-classify"], json.dumps({"id": 1, "text": "Text."}) + "\n",
                               monkeypatch, capsys)
    assert code == 0 and len(out) == 1


def test_installed_classifier_tells_missing_from_broken(tmp_path, damaged_model):
    with pytest.raises(ModelError, match="sha256"):
        installed_classifier()
    score, reason = installed_classifier(tmp_path / "nothing-here")
    assert score is None and reason.startswith("no classifier model")
    (damaged_model / "meta.json").write_text("{not json")
    with pytest.raises(ModelError, match="damaged"):
        installed_classifier()


# ------------------------------------------------------------------ enrich


def make_db(tmp_path, bodies):
    path = tmp_path / "news.db"
    db = connect(path)
    for i, body in enumerate(bodies, 1):
        db["articles"].insert({"id": i, "url": f"https://example.test/{i}", "source": "test", "title": f"Story {i}",
                               "body": body, "content_hash": f"h{i}"})
    db.close()
    return str(path)


@pytest.fixture
def no_classifier(monkeypatch):
    monkeypatch.setattr(enrich_mod, "_classifier", lambda: (None, "no classifier model (test)"))


BODIES = ["Jane Smith said: “One.”", f"{POISON}. Jo Bloggs said: “Two.”", "Ann Lee said: “Three.”"]


def test_enrich_records_a_failure_and_stores_the_rest(tmp_path, no_classifier, poison):
    path = make_db(tmp_path, BODIES)
    s = enrich_mod.enrich(path, progress=False)
    assert (s["articles"], s["failed"]) == (2, 1) and s["errors"][0][0] == 2
    db = connect(path)
    assert [r["text"] for r in db.query("SELECT text FROM quotes ORDER BY article_id")] == ["One.", "Three."]
    (fail,) = db.query("SELECT * FROM enrich_failures")
    assert (fail["article_id"], fail["nlp_version"], fail["model_version"], fail["content_hash"]) == (2, NLP_VERSION, None, "h2")
    assert fail["error"].startswith("IndexError") and fail["failed_at"]
    assert db["articles"].get(2)["nlp_version"] is None
    db.close()
    # not retried while nothing changed
    s = enrich_mod.enrich(path, progress=False)
    assert (s["articles"], s["failed"], s["failed_before"]) == (0, 0, 1)
    # --retry-failed retries it (and it fails again)
    s = enrich_mod.enrich(path, retry_failed=True, progress=False)
    assert (s["articles"], s["failed"]) == (0, 1)


def test_enrich_retries_when_the_text_or_version_changes(tmp_path, no_classifier, poison, monkeypatch):
    path = make_db(tmp_path, BODIES)
    enrich_mod.enrich(path, progress=False)
    monkeypatch.setattr("nlp.pipeline.NLP_VERSION", "newswatch-nlp-test")
    s = enrich_mod.enrich(path, progress=False)
    assert (s["articles"], s["failed"]) == (2, 1)  # a new pipeline tries everything again
    db = connect(path)
    db["articles"].update(2, {"body": "Fixed text. Jo Bloggs said: “Two.”", "content_hash": "h2b", "nlp_version": None})
    db.close()
    s = enrich_mod.enrich(path, progress=False)
    assert (s["articles"], s["failed"]) == (1, 0)
    db = connect(path)
    assert db.execute("SELECT count(*) FROM enrich_failures").fetchone()[0] == 0  # success clears it
    db.close()


def test_enrich_failure_while_storing_costs_that_article(tmp_path, no_classifier, monkeypatch):
    path = make_db(tmp_path, BODIES)
    real = enrich_mod.write_findings

    def failing(db, article_id, *args):
        result = real(db, article_id, *args)
        if article_id == 2:
            raise KeyError("person")
        return result

    monkeypatch.setattr(enrich_mod, "write_findings", failing)
    s = enrich_mod.enrich(path, progress=False)
    assert (s["articles"], s["failed"]) == (2, 1)
    db = connect(path)
    # article 2's half-written findings were rolled back with its savepoint
    assert [r["article_id"] for r in db.query("SELECT article_id FROM quotes ORDER BY article_id")] == [1, 3]
    assert db["enrich_failures"].get(2)["error"].startswith("storing: KeyError")
    db.close()


def test_enrich_command_fails_loudly_on_a_damaged_model(tmp_path, damaged_model, capsys):
    path = make_db(tmp_path, BODIES[:1])
    parser = argparse.ArgumentParser()
    enrich_cmd.add_arguments(parser)
    assert enrich_cmd.run(parser.parse_args(["--db", path, "--no-progress"])) == 1
    err = capsys.readouterr().err
    assert "sha256 does not match" in err and "Nothing was enriched" in err
    db = connect(path)
    assert db["articles"].get(1)["nlp_version"] is None
    db.close()


def test_enrich_command_exit_status_and_retry_flag(tmp_path, no_classifier, poison, capsys):
    path = make_db(tmp_path, BODIES)
    parser = argparse.ArgumentParser()
    enrich_cmd.add_arguments(parser)
    assert enrich_cmd.run(parser.parse_args(["--db", path, "--no-progress"])) == 1
    captured = capsys.readouterr()
    assert "enriched 2 articles" in captured.out and "article 2: IndexError" in captured.err
    assert enrich_cmd.run(parser.parse_args(["--db", path, "--no-progress"])) == 0
    assert "1 that failed before not retried (--retry-failed)" in capsys.readouterr().out
    assert enrich_cmd.run(parser.parse_args(["--db", path, "--no-progress", "--retry-failed"])) == 1


# ------------------------------------------------------------------ train and clusters


def test_train_does_not_silently_drop_the_findings_features(tmp_path, monkeypatch, capsys):
    from newswatch.commands import train as train_cmd

    def broken(**kw):
        raise RuntimeError("No English spaCy model is installed")

    monkeypatch.setattr("nlp.pipeline.load_pipeline", broken)
    parser = argparse.ArgumentParser()
    train_cmd.add_arguments(parser)
    code = train_cmd.run(parser.parse_args(["--out", str(tmp_path / "models"), "--folds", "2"]))
    assert code == 2 and "--no-findings" in capsys.readouterr().err
    assert not (tmp_path / "models").exists()


def test_clusters_isolate_a_failing_article(tmp_path, monkeypatch):
    import newswatch.clusters as clusters

    words = "the council approved the academy transfer after a long meeting on tuesday night in the town hall"
    path = make_db(tmp_path, [words, words + " again", "poison " + words])
    real = clusters.shingles

    def shingles(title, body, k=clusters.SHINGLE_WORDS):
        if body.startswith("poison"):
            raise MemoryError("boom")
        return real(title, body, k)

    monkeypatch.setattr(clusters, "shingles", shingles)
    stats = clusters.cluster_db(path)
    assert [a for a, _ in stats["failed"]] == [3]
    db = connect(path)
    assert [r["cluster_id"] for r in db.query("SELECT cluster_id FROM articles ORDER BY id")] == [1, 1, 3]
    db.close()


# ------------------------------------------------------------------ real-shaped texts

ROBUST = Path(__file__).parent / "data" / "robust"
DAMAGE = {
    "as written": lambda t: t,
    "whitespace doubled": lambda t: re.sub(r"(\s+)", r"\1\1", t),
    "nbsp for spaces": lambda t: t.replace(" ", "\u00a0"),
    "lower-cased": str.lower,
}
SPEAKERS = {
    "plain_dump.txt": {"Sandra Okafor", "Peter Marsh"},
    "nbsp_paste.txt": {"Anil Patel", "Fiona McLeod"},
    "shouting.txt": {"Margaret Hughes", "Tom Bradley"},
}


@pytest.mark.parametrize("name", sorted(SPEAKERS))
def test_real_shaped_texts_and_damaged_copies(shared_pipeline, name):
    text = (ROBUST / name).read_text(encoding="utf-8")
    variants = {label: damage(text) for label, damage in DAMAGE.items()}
    batch = analyse_batch(shared_pipeline, [(t, label) for label, t in variants.items()], batch_size=4)
    for it in batch:
        assert it.error is None, (it.ctx, it.error)
        source = variants[it.ctx]
        for q in it.findings["quotes"]:
            assert quote_at_offsets(q, clean_text(source)), (it.ctx, q)
        for ent in it.findings["entities"]:
            assert source[ent["start"]:ent["end"]] == ent["text"] and ent["canonical"] == " ".join(ent["canonical"].split())
        for p in it.findings["people"]:
            assert p["name"] and p["name"] == " ".join(p["name"].split())
    speakers = {q["speaker"] for q in batch[0].findings["quotes"]}
    assert SPEAKERS[name] <= speakers
    lower = {(q["speaker"] or "").lower() for q in batch[3].findings["quotes"]}
    # lower-cased, a named speaker is still found (perhaps with a title: "dr fiona mcleod")
    assert any(s.lower() in found for s in SPEAKERS[name] for found in lower)


def test_enrich_classifier_failure_costs_that_article(tmp_path, monkeypatch):
    def score(rows, findings):
        if any("Jo Bloggs" in r["body"] for r in rows):
            raise ValueError("bad features")
        return [{"relevance": 0.1, "relevant": 0, "topics": [], "relevance_terms": [], "model_version": "m1"}
                for _ in rows]

    monkeypatch.setattr(enrich_mod, "_classifier", lambda: (score, "m1"))
    path = make_db(tmp_path, [b.replace(POISON, "Fine") for b in BODIES])
    s = enrich_mod.enrich(path, progress=False)
    assert (s["articles"], s["scored"], s["failed"]) == (2, 2, 1)
    db = connect(path)
    fail = db["enrich_failures"].get(2)
    assert fail["error"].startswith("classifier: ValueError: bad features") and fail["model_version"] == "m1"
    assert [r["model_version"] for r in db.query("SELECT model_version FROM articles ORDER BY id")] == ["m1", None, "m1"]
    db.close()


def test_after_crawl_reports_a_damaged_model_and_still_clusters(tmp_path, damaged_model, capsys):
    from newswatch.orchestrate import after_crawl

    path = make_db(tmp_path, BODIES[:2])
    result = after_crawl(path)
    assert "sha256 does not match" in result["enrich_error"] and "enrich" not in result
    assert result["clusters"]["signed"] == 2
    assert "nothing was enriched" in capsys.readouterr().err


def test_analyse_page_that_cannot_be_extracted_and_odd_ids(tmp_path, monkeypatch, capsys):
    import nlp.analyse as analyse_mod

    real = analyse_mod.html_to_text

    def extract(html, url):
        if b"deep" in html:
            raise RecursionError("maximum recursion depth exceeded")
        return real(html, url)

    monkeypatch.setattr(analyse_mod, "html_to_text", extract)
    bad, good = tmp_path / "deep.html", tmp_path / "good.html"
    bad.write_bytes(b"<html><body><p>deep</p></body></html>")
    good.write_bytes("<html><body><p>Jane Smith said: “Fine.”</p></body></html>".encode())
    code, out, err = run_analyse(["--no-progress", "--no-classify", str(bad), str(good)], "", monkeypatch, capsys)
    assert code == 1 and [r["id"] for r in out] == [str(bad), str(good)]
    assert out[0]["error"].startswith("cannot extract the HTML: RecursionError") and "error" not in out[1]
    # an id holding a lone surrogate is written escaped, as it came
    code, out, _ = run_analyse(["--no-progress", "--no-classify"], '{"id": "x\\ud800", "text": "Fine."}\n', monkeypatch, capsys)
    assert code == 0 and out[0]["id"] == "x\ud800"
