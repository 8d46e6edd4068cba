"""The analysed text of an article (nlp/document.py): one rule for enrich, training and
scoring."""
from __future__ import annotations


from newswatch.commands import train as train_cmd
from nlp import enrich
from nlp.classifier.labels import labels_as_examples
from nlp.classifier.predict import predict_proba
from nlp.document import article_text, document_text
from nlp.findings import doc_to_findings

# A stored article whose title has surrounding spaces and a line break of its own.
ROW = {"title": "  Academy trust to\nsack cleaners ",
       "body": "Unison said the Harris Federation would outsource cleaning.\n\nSandwell Council objected."}


def test_the_rule():
    text, offset = article_text(ROW)
    assert text == "  Academy trust to sack cleaners \n\n" + ROW["body"] and text[offset:] == ROW["body"]
    assert article_text({"title": " \n", "body": "Body."}) == ("Body.", 0)
    assert article_text({"title": None, "body": None}) == ("", 0)
    # a title of control or invisible characters makes no paragraph: the body alone, so a
    # quote in the body is never counted as the headline's
    assert article_text({"title": "\x1b", "body": "Body."}) == ("Body.", 0)
    assert article_text({"title": "\u200b\u00a0", "body": "Body."}) == ("Body.", 0)
    assert article_text({"title": "\u200bA", "body": "Body."}) == ("\u200bA\n\nBody.", 4)
    assert document_text(ROW["title"], ROW["body"]) == text


def test_training_and_scoring_see_the_same_text_for_the_same_article(bundled, nlp_pipeline):
    """The article labelled by a researcher and trained on (`newswatch train`) and the
    same article enriched and scored (`newswatch enrich`): same spaCy findings, same
    classifier features."""
    label = {"article_id": 1, "title": ROW["title"], "body": ROW["body"], "relevant": True,
             "topics": ["outsourcing"], "problem": None}
    example, = labels_as_examples([label])
    # spaCy findings: train's for the example, enrich's (over its analysed text) for the row.
    training, = train_cmd.compute_findings([example])
    assert enrich.article_text is article_text
    scoring = doc_to_findings(nlp_pipeline(article_text(ROW)[0]))
    assert training == scoring and training["entities"]
    # Classifier features: as cross-validation scores the example, and as a loaded
    # model scores the row.
    relevance, _ = predict_proba(bundled.objects, [example["headline"]], [example["text"]], [training])
    assert bundled.score([ROW], [scoring])[0]["relevance"] == round(float(relevance[0]), 4)
