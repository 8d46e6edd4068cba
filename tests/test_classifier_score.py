"""Scoring articles with a loaded model (nlp/classifier/score.py)."""
from __future__ import annotations

import json
import re

import pytest

from classifier_fixtures import ARTICLES, SEED_TOPICS, SEEDS_GOLD
from nlp.classifier import TOPICS, current_model_version, score_articles
from nlp.document import document_text
from nlp.findings import doc_to_findings


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
    rows = seed_rows()
    docs = nlp_pipeline.pipe(document_text(r["title"], r["body"]) for r in rows)
    findings = [doc_to_findings(doc) for doc in docs]
    for (seed_id, topics), result in zip(SEED_TOPICS.items(), bundled.score(rows, findings)):
        assert result["relevant"] == 1, seed_id
        assert set(result["topics"]) == topics, (seed_id, result)


def test_empty_articles_score(bundled):
    result = bundled.score([{"title": None, "body": None}, {"title": "", "body": ""}])
    assert [r["relevant"] for r in result] == [0, 0]
    assert all(r["relevance_terms"] == [] for r in result)
