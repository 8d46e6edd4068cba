"""Tests for nlp.classifier and the `train` and `label` commands."""
from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import pytest

from newswatch.commands import label as label_cmd
from newswatch.commands import train as train_cmd
from newswatch.store import connect, labels_db_path
from nlp.classifier import TOPICS, current_model_version, score_articles
from nlp.classifier.corpus import CorpusError, load_corpus
from nlp.classifier.labels import read_labels
from nlp.classifier.model import TRUSTED_TYPES, Classifier, ModelError, load_classifier, resolve_model_path

SEEDS_GOLD = Path(__file__).parent / "data" / "seeds_gold.json"
SEED_TOPICS = {
    "seed000": {"outsourcing", "industrial_action_jobs", "trust_governance_finance"},
    "seed003": {"outsourcing", "industrial_action_jobs"},
}

# A tiny corpus of our own, enough to exercise training end to end.
TINY = [
    ("relevant", True, ["outsourcing", "industrial_action_jobs"], "Academy trust plans to outsource cleaning staff",
     "The academy trust wants to outsource cleaning and catering to a private contractor. Unison said support staff jobs were at risk."),
    ("relevant", True, ["outsourcing"], "Schools' catering contract handed to private firm",
     "The multi-academy trust has outsourced school catering to a private company in a five-year contract."),
    ("relevant", True, ["outsourcing", "industrial_action_jobs"], "Support staff strike over academy outsourcing",
     "Teaching assistants walked out after the academy trust announced plans to outsource support services. The union balloted members."),
    ("relevant", True, ["outsourcing"], "Trust outsources school cleaning across academies",
     "Cleaning at the trust's academies will be outsourced to a facilities company, the chief executive confirmed."),
    ("relevant", True, ["outsourcing", "trust_governance_finance"], "Academy trust chief pay criticised as services outsourced",
     "The academy trust paid its chief executive more while outsourcing services to cut costs, accounts show."),
    ("relevant", True, ["academisation"], "Primary school to become an academy",
     "Governors voted for the primary school to convert to academy status and join a multi-academy trust."),
    ("relevant", True, ["academisation"], "Parents oppose forced academisation of school",
     "Parents campaigned against the forced academy order which would hand the school to an academy trust."),
    ("relevant", True, ["academisation"], "Secondary school joins academy trust",
     "The secondary school converted to an academy and joined the trust after an Ofsted inspection."),
    ("relevant", True, ["trust_governance_finance"], "Academy trust deficit revealed in accounts",
     "The academy trust reported a deficit and related-party payments to directors' companies, its accounts show."),
    ("relevant", True, ["industrial_action_jobs"], "Teachers strike at academy trust over redundancies",
     "NEU members at the academy trust went on strike over redundancies and support staff job cuts."),
    ("hard_negative", False, [], "NHS trust outsources hospital porters",
     "The hospital trust will outsource porters and cleaners to a private contractor, Unison said."),
    ("hard_negative", False, [], "Council outsources bin collections",
     "The council has outsourced bin collections to a waste company in a new contract."),
    ("hard_negative", False, [], "Football academy celebrates cup win",
     "The club's football academy players won the youth cup after extra time."),
    ("hard_negative", False, [], "National Trust opens garden",
     "The National Trust reopened the walled garden to visitors this weekend."),
    ("hard_negative", False, [], "Police academy recruits graduate",
     "New police officers graduated from the training academy on Friday."),
    ("general", False, [], "Roadworks close high street",
     "The high street will be closed for resurfacing for two weeks, drivers were told."),
    ("general", False, [], "Town wins in dramatic derby",
     "The home side scored twice in the second half to win the derby in front of a big crowd."),
    ("general", False, [], "Man charged after burglary",
     "Police charged a man after a burglary at a shop on the high street."),
    ("general", False, [], "New bakery opens in market square",
     "A family bakery has opened in the market square, creating six jobs."),
    ("general", False, [], "Councillors approve housing plan",
     "Councillors approved plans for 200 homes on the edge of town despite objections."),
]


def write_tiny_corpus(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    with (directory / "tiny.jsonl").open("w", encoding="utf-8") as f:
        for i, (group, relevant, topics, headline, text) in enumerate(TINY):
            record = {"id": f"tiny-{i:03d}", "headline": headline, "text": text, "relevant": relevant, "topics": topics, "group": group}
            f.write(json.dumps(record) + "\n")
    return directory


def parse(module, argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    return parser.parse_args(argv)


def make_db(path: Path, urls=("https://news.example/a", "https://news.example/b")) -> list[int]:
    db = connect(path)
    ids = []
    for n, url in enumerate(urls):
        table = db["articles"].insert({"url": url, "source": "example", "title": f"Academy trust outsources cleaning {n}",
                                       "body": "The academy trust will outsource cleaning.\n\nUnison objected."})
        ids.append(table.last_pk)
    return ids


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("tiny")
    corpus = write_tiny_corpus(base / "corpus")
    args = parse(train_cmd, ["--corpus", str(corpus), "--out", str(base / "models"), "--folds", "3", "--no-findings"])
    assert train_cmd.run(args) == 0
    return resolve_model_path(base / "models")


@pytest.fixture(scope="module")
def bundled() -> Classifier:
    return load_classifier()


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


# ------------------------------------------------------------------ loading safely


def test_bundled_model_loads_safely_and_fast():
    import skops.io as sio

    directory = resolve_model_path()
    assert set(sio.get_untrusted_types(file=directory / "model.skops")) <= set(TRUSTED_TYPES)
    start = time.perf_counter()
    Classifier.load(directory)
    assert time.perf_counter() - start < 1.0
    assert sum(f.stat().st_size for f in directory.iterdir()) < 5_000_000


def test_refuses_untrusted_types(tmp_path):
    import hashlib

    import skops.io as sio

    directory = tmp_path / "relevance-evil"
    directory.mkdir()
    sio.dump({"word": Evil()}, directory / "model.skops")
    (directory / "vocabulary.json").write_text('{"word": [], "char": []}')
    meta = {"format": 1, "version": "relevance-evil", "threshold": 0.5, "topic_thresholds": {},
            "model_sha256": hashlib.sha256((directory / "model.skops").read_bytes()).hexdigest(),
            "vocabulary_sha256": hashlib.sha256((directory / "vocabulary.json").read_bytes()).hexdigest()}
    (directory / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(ModelError, match="refusing"):
        Classifier.load(directory)


def test_refuses_a_replaced_model_file(tmp_path, tiny_model):
    import shutil

    copy = tmp_path / tiny_model.name
    for name in ("model.skops", "vocabulary.json"):
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(tiny_model, copy)
        with (copy / name).open("ab") as f:
            f.write(b" ")
        with pytest.raises(ModelError, match="sha256"):
            Classifier.load(copy)


def test_newswatch_model_env_chooses_the_model(tiny_model, monkeypatch):
    monkeypatch.setenv("NEWSWATCH_MODEL", str(tiny_model.parent))
    assert current_model_version() == tiny_model.name
    assert score_articles(ARTICLES[:1], None)[0]["model_version"] == tiny_model.name
    monkeypatch.delenv("NEWSWATCH_MODEL")
    assert current_model_version() != tiny_model.name


def test_no_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelError, match="newswatch train"):
        resolve_model_path(tmp_path)


class Evil:
    def __init__(self):
        self.x = 1


# ------------------------------------------------------------------ scoring


ARTICLES = [
    {"title": "Academy trust to outsource school support staff", "body": "The academy trust which runs six schools plans to outsource cleaning, catering and site staff to a private company.\n\nThe union Unison said hundreds of support staff jobs were at risk and members would be balloted on strike action."},
    {"title": "Town hold on for derby draw", "body": "The visitors equalised in stoppage time to earn a point in the derby.\n\nThe manager praised his side's spirit."},
]


def test_score_articles_output_shape(bundled):
    results = score_articles(ARTICLES, None)
    assert len(results) == 2
    for r in results:
        assert set(r) == {"relevance", "relevant", "topics", "relevance_terms", "model_version"}
        assert 0.0 <= r["relevance"] <= 1.0
        assert r["relevant"] in (0, 1)
        assert all(t in TOPICS for t in r["topics"])
        assert r["model_version"] == current_model_version()
    assert results[0]["relevant"] == 1 and "outsourcing" in results[0]["topics"]
    assert results[1]["relevant"] == 0 and results[1]["topics"] == []


def test_findings_are_optional_and_must_align(bundled):
    findings = {"entities": [{"text": "Unison", "label": "ORG", "kind": "union", "canonical": "UNISON", "start": 0, "end": 6}], "people": [], "quotes": []}
    for f in (None, [None, None], [{}, {}], [findings, None]):
        assert len(bundled.score(ARTICLES, f)) == 2
    with pytest.raises(ValueError, match="align"):
        bundled.score(ARTICLES, [findings])
    assert bundled.score([], None) == []


def test_relevance_terms_are_words_from_the_article(bundled):
    result = bundled.score(ARTICLES[:1])[0]
    assert result["relevance_terms"]
    text = (ARTICLES[0]["title"] + " " + ARTICLES[0]["body"]).lower()
    words = set(re.findall(r"\b\w\w+\b", text))
    for term in result["relevance_terms"]:
        assert re.fullmatch(r"[a-z][a-z0-9']*( [a-z0-9']+)?", term), term
        assert all(w in words for w in term.split()), term


def seed_rows() -> list[dict]:
    if not SEEDS_GOLD.exists():
        pytest.skip("tests/data/seeds_gold.json is absent")
    data = json.loads(SEEDS_GOLD.read_text(encoding="utf-8"))
    seeds = {s["id"]: s for s in (data if isinstance(data, list) else data.get("articles", data.values()))}
    return [{"title": seeds[k].get("headline", ""), "body": "\n\n".join(seeds[k]["paragraphs"])} for k in SEED_TOPICS]


def test_seed_articles_relevant_with_gold_topics(bundled):
    for (seed_id, topics), result in zip(SEED_TOPICS.items(), bundled.score(seed_rows())):
        assert result["relevant"] == 1, seed_id
        assert set(result["topics"]) == topics, (seed_id, result)


def test_seed_articles_with_findings(bundled, nlp_pipeline):
    """As `newswatch enrich` scores them: with the spaCy findings of title + body."""
    from nlp.classifier.features import document_text
    from nlp.findings import doc_to_findings

    rows = seed_rows()
    docs = nlp_pipeline.pipe(document_text(r["title"], r["body"]) for r in rows)
    findings = [doc_to_findings(doc) for doc in docs]
    for (seed_id, topics), result in zip(SEED_TOPICS.items(), bundled.score(rows, findings)):
        assert result["relevant"] == 1, seed_id
        assert set(result["topics"]) == topics, (seed_id, result)


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


# ------------------------------------------------------------------ features and errors


def test_feature_helpers():
    from nlp.classifier import features

    assert features.kind_counts(None) == [0.0] * len(features.KINDS)
    counts = features.kind_counts({"entities": [{"kind": "union"}, {"kind": "union"}, {"kind": None}]})
    assert counts[features.KINDS.index("union")] > 0 and sum(1 for c in counts if c) == 1
    cues = features.cue_matrix(["The trust will OUTSOURCE catering under TUPE.", "A quiet day."]).toarray()
    assert cues[0, list(features.TOPIC_CUES).index("outsourcing")] > 0 and not cues[1].any()
    body = "\n\n".join(" ".join(["word"] * 50) for _ in range(5))
    parts = features.passages(body)
    assert len(parts) == 3 and all(len(p.split()) <= features.PASSAGE_WORDS for p in parts)
    assert features.passages("") == []
    assert features.is_readable_term("academy trust") and not features.is_readable_term("the trust")
    assert not features.is_readable_term("said") and not features.is_readable_term("2019")


def test_empty_articles_score(bundled):
    result = bundled.score([{"title": None, "body": None}, {"title": "", "body": ""}])
    assert [r["relevant"] for r in result] == [0, 0]
    assert all(r["relevance_terms"] == [] for r in result)


def test_train_rejects_bad_input(tmp_path, capsys):
    corpus = write_tiny_corpus(tmp_path / "corpus")
    assert train_cmd.run(parse(train_cmd, ["--corpus", str(corpus), "--folds", "1", "--no-findings"])) == 2
    (corpus / "broken.jsonl").write_text("{not json\n")
    assert train_cmd.run(parse(train_cmd, ["--corpus", str(corpus), "--out", str(tmp_path / "m"), "--no-findings"])) == 2
    assert "broken.jsonl:1: not valid JSON" in capsys.readouterr().err
    assert train_cmd.run(parse(train_cmd, ["--db", str(tmp_path / "nope.db"), "--no-findings"])) == 2
    assert not (tmp_path / "m").exists()
