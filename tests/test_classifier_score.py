"""Scoring articles with a loaded model (nlp/classifier/score.py)."""
from __future__ import annotations

import json
import re

import pytest

from classifier_fixtures import ARTICLES, SITE_GOLD
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


def site_stories() -> list[dict]:
    return json.loads(SITE_GOLD.read_text(encoding="utf-8"))


def site_rows() -> list[dict]:
    return [{"title": s["headline"], "body": "\n\n".join(s["paragraphs"])} for s in site_stories()]


def check_site_results(results: list[dict]) -> None:
    """The demo site's two annotated stories (written after the model was trained, never
    used to tune it) are relevant, each with a topic its annotator gave it. Their full gold
    topics are not all found (docs/classifier.md, Known limits), so exact topics are not asserted."""
    for story, result in zip(site_stories(), results, strict=True):
        assert story["relevant"] and result["relevant"] == 1, story["id"]
        assert set(result["topics"]) & set(story["topics"]), (story["id"], result)
        assert set(result["topics"]) <= set(TOPICS), (story["id"], result)


def test_site_articles_relevant(bundled):
    check_site_results(bundled.score(site_rows()))


def test_site_articles_with_findings(bundled, nlp_pipeline):
    """As `newswatch enrich` scores them: with the spaCy findings of title + body."""
    rows = site_rows()
    docs = nlp_pipeline.pipe(document_text(r["title"], r["body"]) for r in rows)
    check_site_results(bundled.score(rows, [doc_to_findings(doc) for doc in docs]))


def test_empty_articles_score(bundled):
    result = bundled.score([{"title": None, "body": None}, {"title": "", "body": ""}])
    assert [r["relevant"] for r in result] == [0, 0]
    assert all(r["relevance_terms"] == [] for r in result)
