"""nlp/components/token_rules.py: the model's attribute ruler and lemmatizer over arrays
give every token what the model's own components give it."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, ORTH, POS, SENT_START, TAG

from nlp.components.token_rules import compile_token_rules
from nlp.pipeline import load_base_model

DATA = Path(__file__).parent / "data"
COMPARED = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START]
# Our own sentences for the ruler's rarer patterns: contractions of two tokens ("gonna",
# "gotta", "let's", "y'all", "ain't"), "there is" (expl + be), "do"/"have" as main verbs,
# pronouns as subject and object, negation, whitespace tokens (with and without a parse label).
ODD = [
    "We're gonna win, y'all, and we gotta say it: let's go. It ain't over, ain't nothin' like it.",
    "There IS a problem. There's time, there are two trusts and there were none.\n\n  Next  paragraph.\t\tTabs.",
    "I did it and I have it; they do their homework. You told me it was him. Don't you know? Not now.",
    "C'mon, c'm on. Y'ALL GOTTA LET'S GONNA. Whether or not, although it is, unless she'll have been.",
    "",
    "   ",
    "\n\n",
]


def texts() -> list[str]:
    out = list(ODD)
    for name in ("quotes_dev.json", "site_gold.json"):
        for article in json.loads((DATA / name).read_text(encoding="utf-8")):
            out.append("\n\n".join([article["headline"], *article["paragraphs"]]))
    return out


@pytest.fixture(scope="module")
def models():
    stock, compiled = load_base_model(), load_base_model()
    assert compile_token_rules(compiled)
    return stock, compiled


def annotations(doc) -> tuple:
    return (doc.to_array(COMPARED).tolist(), [t.lemma_ for t in doc], [str(t.morph) for t in doc],
            [(e.start, e.end, e.label_) for e in doc.ents])


def test_replaces_the_two_pipes_in_place(models):
    stock, compiled = models
    assert "attribute_ruler" in stock.pipe_names and "lemmatizer" in stock.pipe_names
    names = compiled.pipe_names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert names.index("newswatch_token_rules") == stock.pipe_names.index("attribute_ruler")


def test_every_token_annotated_as_the_model_does(models):
    stock, compiled = models
    data = texts()
    assert len(data) > 40
    for a, b in zip(stock.pipe(data, batch_size=16), compiled.pipe(data, batch_size=16)):
        assert annotations(a) == annotations(b), a.text[:80]


def test_rare_patterns_do_fire(models):
    _, compiled = models
    doc = compiled("We're gonna go. I gotta go. Let's go. There is a problem. It ain't right.")
    lemmas = {(t.text, t.lemma_) for t in doc}
    assert {("na", "to"), ("ta", "to"), ("'s", "us"), ("ai", "be")} <= lemmas
    assert [t.pos_ for t in doc if t.text == "is"] == ["VERB"]  # "there is": expl + be


def test_full_pipeline_uses_it(nlp_pipeline):
    assert "newswatch_token_rules" in nlp_pipeline.pipe_names


def test_a_pattern_it_cannot_evaluate_keeps_the_model_pipes():
    model = load_base_model()
    model.get_pipe("attribute_ruler").add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert compile_token_rules(model) is False
    assert "attribute_ruler" in model.pipe_names and "lemmatizer" in model.pipe_names
    assert "newswatch_token_rules" not in model.pipe_names


def test_full_lookup_tables_start_again_with_the_same_results(models, monkeypatch):
    stock, _ = models
    monkeypatch.setattr("nlp.components.token_rules.MEMO_MAX", 25)
    small = load_base_model()
    assert compile_token_rules(small)
    data = texts()[:12]
    for a, b in zip(stock.pipe(data), small.pipe(data)):
        assert annotations(a) == annotations(b), a.text[:80]
    rules = small.get_pipe("newswatch_token_rules")
    assert len(rules._hits_of) <= 25 and len(rules._lemmas) <= 25
