"""Property-based tests (hypothesis): whatever the text, the pipeline never raises, every
offset lies inside the text, and a quote's text is the text at its offsets (for a quote
in pieces, its pieces in order: nlp.findings.quote_at_offsets), in the findings and once
stored by `enrich` in SQLite.

One pipeline is loaded for the session; examples are few and short (max_examples) so
each test takes a few seconds. Under CI (CI set) the examples are derandomised, so a
merge is judged on the same examples each time; elsewhere each run explores new ones.
"""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import nlp.enrich as enrich_mod
from newswatch.store import connect
from nlp.batch import analyse_batch
from nlp.clean import clean_text
from nlp.findings import quote_at_offsets
from nlp_fixtures import _pipeline

settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Pieces of news text and of what goes wrong with it.
FRAGMENTS = [
    "Jane Smith", "Councillor Liz Amberley", "Mr Richards", "UNISON", "the Fenbridge Academies Trust",
    "head teacher at Maltings Academy", "said", "told the Gazette", "added", ":", ",", ".", " ",
    "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "We were never asked", "It is a disgrace",
    "\n", "\n\n", "  ", "\t", "\u00a0", "\u00a0\u00a0\u00a0", "\u200b", "\u200d", "\ufeff", "\u2028",
    "JANE SMITH SAID", "THE ACADEMY TRUST", "—", "-", "(", ")", "Dr.", "Cllr", "MP", "'s", "’s",
    "\x00", "\x01", "\x1f", "\x7f", "\x85", "\ud800", "\udfff", "\r\n",
]

texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12), st.text(alphabet=" \u00a0\u200b\n\t", max_size=8)),
    max_size=60,
).map("".join)

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check_findings(original: str, findings: dict) -> None:
    """Offsets inside the text; texts equal the (cleaned) input at their offsets; no
    control character in a name."""
    cleaned = clean_text(original)
    n = len(original)
    for ent in findings["entities"]:
        assert 0 <= ent["start"] < ent["end"] <= n
        assert cleaned[ent["start"]:ent["end"]] == ent["text"]
        assert ent["canonical"].strip()
    for q in findings["quotes"]:
        assert 0 <= q["start"] <= q["end"] <= n
        assert quote_at_offsets(q, cleaned), (q, cleaned[q["start"]:q["end"]])
    names = [p["name"] for p in findings["people"]] + [e["canonical"] for e in findings["entities"]] \
        + [q["speaker"] or "" for q in findings["quotes"]] + [q["speaker_org"] or "" for q in findings["quotes"]]
    for name in names:
        assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f or 0xD800 <= ord(c) <= 0xDFFF for c in name), repr(name)
    for q in findings["quotes"]:
        if q.get("person") is not None:
            assert 0 <= q["person"] < len(findings["people"])


@SETTINGS
@given(st.lists(texts, min_size=1, max_size=3))
def test_pipeline_never_raises_and_offsets_hold(nlp_pipeline, batch):
    items = analyse_batch(nlp_pipeline, [(t, i) for i, t in enumerate(batch)], batch_size=4)
    assert [it.ctx for it in items] == list(range(len(batch)))
    for text, it in zip(batch, items):
        assert it.error is None, it.error
        check_findings(text, it.findings)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_arbitrary_unicode(nlp_pipeline, text):
    (it,) = analyse_batch(nlp_pipeline, [(text, 0)])
    assert it.error is None, it.error
    check_findings(text, it.findings)


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(texts, st.integers(min_value=150, max_value=300))
def test_huge_inputs(nlp_pipeline, piece, repeats):
    text = ("Jane Smith, head teacher, said: “We were never asked.” " + piece + "\n\n") * repeats
    (it,) = analyse_batch(nlp_pipeline, [(text, 0)], batch_size=1)
    assert it.error is None, it.error
    check_findings(text, it.findings)


# SQLite cannot store a lone surrogate, so article bodies never hold one.
stored_texts = texts.map(lambda t: "".join(c for c in t if not 0xD800 <= ord(c) <= 0xDFFF))


@pytest.fixture
def enrich_env(tmp_path_factory):
    return tmp_path_factory


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(title=stored_texts, body=stored_texts)
@example(title='"Jane Smith', body='"We were never asked')  # a headline's open quote is not continued by the body
@example(title="\x1b", body="\u201chead teacher at Maltings Academy")  # an unclosed quote before a role and a school
def test_enrich_stores_quotes_at_their_offsets(enrich_env, title, body):
    path = enrich_env.mktemp("db") / "news.db"
    db = connect(path)
    db["articles"].insert({"id": 1, "url": "https://example.test/1", "source": "t", "title": title, "body": body})
    db.close()
    summary = enrich_mod.enrich(str(path), progress=False, nlp=_pipeline(),
                                classifier=(None, "no classifier model (test)"))
    assert summary["failed"] == 0, summary["errors"]
    db = connect(path)
    # The stored text is there at the offsets (sliced in Python: SQLite's substr stops at a
    # NUL character, which a stored body may hold).
    stored = db["articles"].get(1)
    for q in db.query("SELECT * FROM quotes"):
        assert q["start"] >= 0 and q["end"] >= q["start"]
        at_offsets = (stored["title"] if q["paragraph"] == -1 else stored["body"])[q["start"]:q["end"]]
        assert quote_at_offsets({**q, "start": 0, "end": len(at_offsets)}, clean_text(at_offsets)), q
    for m in db.query("SELECT * FROM mentions"):
        assert -1 <= m["first_offset"] <= len(body)
    names = [r[0] for r in db.execute("SELECT name FROM entities UNION ALL SELECT name FROM people "
                                      "UNION ALL SELECT coalesce(speaker, '') FROM quotes")]
    assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for n in names for c in n)
    db.close()
