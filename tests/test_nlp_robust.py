"""Issue 12 (NLP): one article's failure in `enrich` (its spaCy pass, its storing, its
scoring) costs that article only; a damaged classifier model fails loudly; real-shaped and
damaged texts analyse cleanly. The pieces have their own tests: test_nlp_batch.py,
test_nlp_clean.py, test_nlp_analyse.py."""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest
from nlp_fixtures import POISON, _pipeline

import nlp.enrich as enrich_mod
from newswatch.commands import enrich as enrich_cmd
from newswatch.commands import train as train_cmd
from newswatch.store import connect
from nlp.batch import analyse_batch
from nlp.classifier import ModelError, installed_classifier
from nlp.clean import clean_text
from nlp.findings import quote_at_offsets
from nlp.pipeline import NLP_VERSION

pytestmark = pytest.mark.usefixtures("pipeline_loaded_once")


# ------------------------------------------------------------------ the classifier model


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


def enrich(path, **kw):
    """nlp.enrich.enrich with the session's pipeline and, unless given, no classifier."""
    kw.setdefault("classifier", (None, "no classifier model (test)"))
    return enrich_mod.enrich(path, nlp=_pipeline(), **kw)


BODIES = ["Jane Smith said: “One.”", f"{POISON}. Jo Bloggs said: “Two.”", "Ann Lee said: “Three.”"]


def test_enrich_records_a_failure_and_stores_the_rest(tmp_path, poison):
    path = make_db(tmp_path, BODIES)
    s = enrich(path, progress=False)
    assert (s["articles"], s["failed"]) == (2, 1) and s["errors"][0][0] == 2
    db = connect(path)
    assert [r["text"] for r in db.query("SELECT text FROM quotes ORDER BY article_id")] == ["One.", "Three."]
    (fail,) = db.query("SELECT * FROM enrich_failures")
    assert (fail["article_id"], fail["nlp_version"], fail["model_version"], fail["content_hash"]) == (2, NLP_VERSION, None, "h2")
    assert fail["error"].startswith("IndexError") and fail["failed_at"]
    assert db["articles"].get(2)["nlp_version"] is None
    db.close()
    # not retried while nothing changed
    s = enrich(path, progress=False)
    assert (s["articles"], s["failed"], s["failed_before"]) == (0, 0, 1)
    # --retry-failed retries it (and it fails again)
    s = enrich(path, retry_failed=True, progress=False)
    assert (s["articles"], s["failed"]) == (0, 1)


def test_enrich_retries_when_the_text_or_version_changes(tmp_path, poison):
    path = make_db(tmp_path, BODIES)
    enrich(path, progress=False)
    s = enrich(path, progress=False, nlp_version="newswatch-nlp-test")
    assert (s["articles"], s["failed"]) == (2, 1)  # a new pipeline tries everything again
    db = connect(path)
    db["articles"].update(2, {"body": "Fixed text. Jo Bloggs said: “Two.”", "content_hash": "h2b", "nlp_version": None})
    db.close()
    s = enrich(path, progress=False, nlp_version="newswatch-nlp-test")
    assert (s["articles"], s["failed"]) == (1, 0)
    db = connect(path)
    assert db.execute("SELECT count(*) FROM enrich_failures").fetchone()[0] == 0  # success clears it
    db.close()


def test_enrich_failure_while_storing_costs_that_article(tmp_path, monkeypatch):
    path = make_db(tmp_path, BODIES)
    real = enrich_mod.write_findings

    def failing(db, article_id, *args):
        result = real(db, article_id, *args)
        if article_id == 2:
            raise KeyError("person")
        return result

    monkeypatch.setattr(enrich_mod, "write_findings", failing)
    s = enrich(path, progress=False)
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
    def broken(**kw):
        raise RuntimeError("No English spaCy model is installed")

    monkeypatch.setattr("nlp.pipeline.load_pipeline", broken)
    parser = argparse.ArgumentParser()
    train_cmd.add_arguments(parser)
    code = train_cmd.run(parser.parse_args(["--out", str(tmp_path / "models"), "--folds", "2"]))
    assert code == 2 and "--no-findings" in capsys.readouterr().err
    assert not (tmp_path / "models").exists()


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
def test_real_shaped_texts_and_damaged_copies(nlp_pipeline, name):
    text = (ROBUST / name).read_text(encoding="utf-8")
    variants = {label: damage(text) for label, damage in DAMAGE.items()}
    batch = analyse_batch(nlp_pipeline, [(t, label) for label, t in variants.items()], batch_size=4)
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


def test_enrich_classifier_failure_costs_that_article(tmp_path):
    def score(rows, findings):
        if any("Jo Bloggs" in r["body"] for r in rows):
            raise ValueError("bad features")
        return [{"relevance": 0.1, "relevant": 0, "topics": [], "relevance_terms": [], "model_version": "m1"}
                for _ in rows]

    path = make_db(tmp_path, [b.replace(POISON, "Fine") for b in BODIES])
    s = enrich(path, progress=False, classifier=(score, "m1"))
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
