"""Tests for the classifier's training data and training (nlp/classifier/corpus.py,
labels.py, train.py) through the `train` and `label` commands."""
from __future__ import annotations

import json

import pytest

from classifier_fixtures import TINY, make_db, parse, write_tiny_corpus
from newswatch.commands import label as label_cmd
from newswatch.commands import train as train_cmd
from newswatch.store import connect, labels_db_path
from nlp.classifier import TOPICS, current_model_version, score_articles
from nlp.classifier.corpus import CorpusError, load_corpus
from nlp.classifier.labels import read_labels
from nlp.classifier.persist import resolve_model_path


# ------------------------------------------------------------------ corpus and training


def test_load_corpus_reports_bad_lines(tmp_path):
    write_tiny_corpus(tmp_path)
    assert len(load_corpus(tmp_path)) == len(TINY)
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "headline": "h", "text": "t", "relevant": false, "topics": ["nope"]}\n')
    with pytest.raises(CorpusError, match=r"bad.jsonl:1: unknown topics"):
        load_corpus(tmp_path)


def test_train_small_corpus_writes_versioned_model(tiny_model):
    assert tiny_model.name.startswith("relevance-")
    meta = json.loads((tiny_model / "meta.json").read_text())
    assert (tiny_model / "model.skops").is_file() and (tiny_model / "vocabulary.json").is_file()
    assert meta["version"] == tiny_model.name
    assert len(meta["data_sha256"]) == 64
    assert meta["findings_features"] is False
    assert 0 < meta["threshold"] < 1
    assert set(meta["cv"]["labels"]) == {"relevant", *TOPICS}
    assert meta["sklearn_version"]
    result = score_articles([{"title": TINY[0][3], "body": TINY[0][4]}], None, model_path=tiny_model)
    assert result[0]["model_version"] == meta["version"]
    assert current_model_version(tiny_model) == meta["version"]


def test_train_prints_metrics_table(tmp_path, capsys):
    corpus = write_tiny_corpus(tmp_path / "corpus")
    assert train_cmd.run(parse(train_cmd, ["--corpus", str(corpus), "--out", str(tmp_path / "m"), "--folds", "3", "--no-findings"])) == 0
    out = capsys.readouterr().out
    assert "| relevant |" in out and "| outsourcing |" in out and "precision" in out


def test_train_with_labels_reports_change(tmp_path, capsys):
    corpus = write_tiny_corpus(tmp_path / "corpus")
    db_path = tmp_path / "news.db"
    ids = make_db(db_path)
    assert label_cmd.run(parse(label_cmd, ["--db", str(db_path), str(ids[0]), "relevant", "--topics", "outsourcing"])) == 0
    # Relevant without topics: used for relevance, left out of the topic models.
    assert label_cmd.run(parse(label_cmd, ["--db", str(db_path), str(ids[1]), "relevant"])) == 0
    capsys.readouterr()
    args = parse(train_cmd, ["--db", str(db_path), "--corpus", str(corpus), "--folds", "3", "--no-findings"])
    assert train_cmd.run(args) == 0
    out = capsys.readouterr().out
    assert "F1 without labels" in out
    model_dir = resolve_model_path(tmp_path / "models")  # default: next to the database
    assert json.loads((model_dir / "meta.json").read_text())["labels_used"] == 2


# ------------------------------------------------------------------ labels


def test_label_command_persists_and_validates(tmp_path, capsys):
    db_path = tmp_path / "news.db"
    first, second = make_db(db_path)
    assert label_cmd.run(parse(label_cmd, ["--db", str(db_path), str(first), "relevant", "--topics", "outsourcing,pfi_contracts", "--labeller", "ann", "--note", "clear case"])) == 0
    assert label_cmd.run(parse(label_cmd, ["--db", str(db_path), str(second), "relevant", "--topics", "outsourcing", "academisation"])) == 0
    assert label_cmd.run(parse(label_cmd, ["--db", str(db_path), "999", "relevant"])) == 2
    assert "no article '999'" in capsys.readouterr().err
    assert label_cmd.run(parse(label_cmd, ["--db", str(db_path), str(first), "relevant", "--topics", "sport"])) == 2
    assert "unknown topic(s): sport" in capsys.readouterr().err
    assert label_cmd.run(parse(label_cmd, ["--db", str(db_path), str(first), "irrelevant", "--topics", "outsourcing"])) == 2
    assert label_cmd.run(parse(label_cmd, ["--db", str(tmp_path / "missing.db"), "1", "relevant"])) == 2
    with pytest.raises(SystemExit):
        parse(label_cmd, ["--db", str(db_path), str(first), "maybe"])

    rows = list(connect(db_path).query("select * from labels order by id"))
    assert len(rows) == 2
    assert rows[0]["article_url"] == "https://news.example/a"
    assert json.loads(rows[0]["topics"]) == ["outsourcing", "pfi_contracts"]
    assert (rows[0]["labeller"], rows[0]["note"]) == ("ann", "clear case")
    assert json.loads(rows[1]["topics"]) == ["outsourcing", "academisation"]


def test_read_labels_merges_labels_db_and_survives_rekey(tmp_path):
    db_path = tmp_path / "news.db"
    first, second = make_db(db_path)
    db = connect(db_path)
    db["labels"].insert({"article_id": first, "article_url": "https://news.example/a", "label": "relevant",
                         "topics": '["outsourcing"]', "labeller": "a", "labelled_at": "2026-01-01T00:00:00+00:00"})
    labels_db = connect(labels_db_path(db_path))
    assert labels_db_path(db_path).name == "news-labels.db"
    # A later judgement in the labelling database wins.
    labels_db["labels"].insert({"article_id": first, "article_url": "https://news.example/a", "label": "irrelevant",
                                "topics": "[]", "labeller": "b", "labelled_at": "2026-02-01T00:00:00+00:00"})
    labels_db["labels"].insert({"article_id": second, "article_url": "https://news.example/b", "label": "relevant",
                                "topics": "academisation", "labeller": "b", "labelled_at": "2026-02-01T00:00:00+00:00"})
    # A later label given by article id only still counts as the same article.
    labels_db["labels"].insert({"article_id": first, "article_url": None, "label": "relevant",
                                "topics": '["pfi_contracts"]', "labeller": "c", "labelled_at": "2026-03-01T00:00:00+00:00"})
    # A label whose article is gone is reported, not silently dropped.
    labels_db["labels"].insert({"article_id": 999, "article_url": "https://news.example/gone", "label": "relevant",
                                "topics": "[]", "labeller": "c", "labelled_at": "2026-03-01T00:00:00+00:00"})
    # The article behind the second label is re-keyed (re-crawled under a new id).
    row = dict(next(db.query("select * from articles where id = ?", [second])))
    db.execute("delete from articles where id = ?", [second])
    new_id = db["articles"].insert(dict(row, id=None)).last_pk

    found = read_labels(db_path)
    assert len(found) == 3
    labels = {lab["article_url"]: lab for lab in found}
    assert labels["https://news.example/a"]["topics"] == ["pfi_contracts"]
    assert labels["https://news.example/a"]["labeller"] == "c"
    assert labels["https://news.example/gone"]["problem"] == "article not in the database"
    b = labels["https://news.example/b"]
    assert (b["article_id"], b["topics"], b["problem"]) == (new_id, ["academisation"], None)
    assert b["title"].startswith("Academy trust")



def test_train_rejects_bad_input(tmp_path, capsys):
    corpus = write_tiny_corpus(tmp_path / "corpus")
    assert train_cmd.run(parse(train_cmd, ["--corpus", str(corpus), "--folds", "1", "--no-findings"])) == 2
    (corpus / "broken.jsonl").write_text("{not json\n")
    assert train_cmd.run(parse(train_cmd, ["--corpus", str(corpus), "--out", str(tmp_path / "m"), "--no-findings"])) == 2
    assert "broken.jsonl:1: not valid JSON" in capsys.readouterr().err
    assert train_cmd.run(parse(train_cmd, ["--db", str(tmp_path / "nope.db"), "--no-findings"])) == 2
    assert not (tmp_path / "m").exists()
