"""Organisation kinds (nlp/kinds.py): one list for the gazetteer, the classifier and the tests."""
from __future__ import annotations

from nlp import gazetteer
from nlp.classifier import features, read_meta
from nlp.kinds import KINDS, OTHER


def test_one_list_of_kinds_and_the_classifier_columns_derived_from_it():
    assert gazetteer.KINDS is KINDS
    assert OTHER in KINDS and len(set(KINDS)) == len(KINDS)
    assert features.KINDS == tuple(kind for kind in KINDS if kind != OTHER)
    # The bundled model's organisation-kind columns were trained in this order: the
    # derived tuple must give the same columns, or its scores would change.
    assert list(features.KINDS) == read_meta()["features"]["kinds"]
