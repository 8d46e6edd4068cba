"""Batches (nlp/batch.py): one document's failure costs that document only, and is
reported on one line."""
from __future__ import annotations

import re

from nlp_fixtures import POISON

from nlp.batch import analyse_batch, error_line, run_isolated


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
    assert re.fullmatch(r"ValueError: cannot handle this \(test_nlp_batch\.py:\d+\)", out[1][1]), out[1][1]
    assert run_isolated(work, []) == []


def test_error_line_is_one_line():
    try:
        raise RuntimeError("x" * 1000 + "\n\nmore")
    except RuntimeError as exc:
        line = error_line(exc)
    assert "\n" not in line and len(line) < 400 and line.startswith("RuntimeError: xxx")


def test_batch_isolates_the_failing_document(nlp_pipeline, poison):
    items = [("Jane Smith said: “One.”", "a"), (f"{POISON}. Jo Bloggs said: “Two.”", "b"), ("Three.", "c")]
    batch = analyse_batch(nlp_pipeline, items, batch_size=8)
    assert [it.ctx for it in batch] == ["a", "b", "c"]
    assert batch[0].error is None and batch[0].findings["quotes"][0]["text"] == "One."
    assert batch[1].findings is None and batch[1].error.startswith("IndexError: list index out of range")
    assert batch[2].error is None
