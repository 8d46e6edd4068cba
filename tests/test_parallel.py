"""Issue 18: the spaCy pass on several processes (nlp.parallel) gives what one process
gives, in order; one document's failure, even one that kills its worker, costs that
document only; enrich --jobs stores the same findings; the overlapped crawl enriches
everything it stored."""
from __future__ import annotations

import io
import json
import os
import shutil
import sqlite3
import subprocess

import pytest
from nlp_fixtures import POISON, article_text, site_articles

import nlp.enrich as enrich_mod
from crawl_helpers import ROOT, crawl_cmd, load_truth, serve_site, write_sources
from newswatch.cli import build_parser
from newswatch.store import connect
from nlp.analyse import analyse
from nlp.components.people import People
from nlp.parallel import DIED, Analyser, usable_cores
from nlp.pipeline import NLP_VERSION

FATAL = "THIS DOCUMENT KILLS ITS WORKER"


pytestmark = pytest.mark.usefixtures("pipeline_loaded_once")


@pytest.fixture
def hostile(monkeypatch):
    """The people component raises on POISON and kills its process on FATAL. The
    workers are forked from this process, so they run the patched component too."""
    real = People.__call__

    def call(self, doc):
        if POISON in doc.text:
            raise IndexError("list index out of range")
        if FATAL in doc.text and os.getpid() != parent:
            os._exit(3)  # a crash in native code, as the worker sees it
        return real(self, doc)

    parent = os.getpid()
    monkeypatch.setattr(People, "__call__", call)


def texts() -> list[str]:
    stories = [article_text(a) for a in site_articles()]
    short = [f"Councillor Ann Lee{i} of Wyre Council said: “We will look at plan {i}.”" for i in range(9)]
    return [*stories, *short, *stories]


def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


def run(nlp, items, jobs, size=3):
    with Analyser(nlp, jobs=jobs, batch_size=size) as analyser:
        out = [(it.ctx, it.findings, it.error) for batch in analyser.batches(chunks(items, size)) for it in batch]
        return out, analyser.workers


def test_usable_cores_is_the_affinity_mask():
    assert usable_cores() == len(os.sched_getaffinity(0))


def test_two_processes_give_what_one_gives_in_order(nlp_pipeline):
    items = [(t, i) for i, t in enumerate(texts())]
    one, no_workers = run(nlp_pipeline, items, jobs=1)
    two, workers = run(nlp_pipeline, items, jobs=2)
    assert two == one
    assert [ctx for ctx, _, _ in two] == list(range(len(items)))
    assert not no_workers
    assert 1 <= len(workers) <= 2 and all(w["peak_rss_mb"] > 0 for w in workers.values())


def test_a_single_batch_runs_in_this_process(nlp_pipeline):
    out, workers = run(nlp_pipeline, [(t, i) for i, t in enumerate(texts()[:3])], jobs=2)
    assert len(out) == 3 and not workers


def test_a_started_analyser_sends_even_a_single_batch_to_its_workers(nlp_pipeline):
    """The enrich follower starts its workers before the first articles arrive
    (Analyser.start); then a stream of one batch goes to them too, with the findings one
    process gives."""
    items = [(t, i) for i, t in enumerate(texts()[:3])]
    expected, _ = run(nlp_pipeline, items, jobs=1)
    with Analyser(nlp_pipeline, jobs=2, batch_size=3).start() as analyser:
        assert len(analyser.workers) == 0  # forked, but no batch done yet
        out = [(it.ctx, it.findings, it.error) for batch in analyser.batches([items]) for it in batch]
        assert out == expected and len(analyser.workers) == 1


def test_failures_cost_their_documents_only(nlp_pipeline, hostile):
    good = texts()
    items = [(t, i) for i, t in enumerate(good)]
    expected, _ = run(nlp_pipeline, items, jobs=1)
    bad = {2: f"{POISON}. Jo Bloggs said: “Two.”", 7: f"{FATAL}. Jo Bloggs said: “Two.”", 11: None}
    hostile_items = [(bad.get(i, t), i) for i, t in enumerate(good)]
    out, _ = run(nlp_pipeline, hostile_items, jobs=2)
    assert [ctx for ctx, _, _ in out] == list(range(len(items)))
    for (ctx, found, error), want in zip(out, expected):
        if ctx == 2:
            assert found is None and error.startswith("IndexError")
        elif ctx == 7:
            assert found is None and error == DIED
        elif ctx == 11:
            assert found is None and error == "no text"
        else:
            assert (found, error) == (want[1], None), ctx


def make_db(tmp_path, n):
    path = tmp_path / "news.db"
    db = connect(path)
    bodies = texts()
    for i in range(1, n + 1):
        db["articles"].insert({"id": i, "url": f"https://example.test/{i}", "source": "test", "title": f"Story {i}",
                               "body": bodies[i % len(bodies)], "content_hash": f"h{i}"})
    db.close()
    return path


def findings(path):
    conn = sqlite3.connect(path)
    try:
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()
                for table in ("mentions", "quotes", "entities", "people")} | {
            "versions": conn.execute("SELECT id, nlp_version FROM articles ORDER BY id").fetchall()}
    finally:
        conn.close()


def test_enrich_with_two_jobs_stores_what_one_job_stores(tmp_path, nlp_pipeline):
    deps = {"nlp": nlp_pipeline, "classifier": (None, "no classifier model (test)")}
    one = make_db(tmp_path, 14)
    two = tmp_path / "two.db"
    shutil.copy(one, two)
    s1 = enrich_mod.enrich(str(one), batch_size=3, jobs=1, progress=False, **deps)
    s2 = enrich_mod.enrich(str(two), batch_size=3, jobs=2, progress=False, **deps)
    assert (s1["articles"], s1["jobs"], s2["articles"], s2["jobs"]) == (14, 1, 14, 2)
    assert s2["workers"] and not s1["workers"]
    assert findings(one) == findings(two)
    assert {v for _, v in findings(two)["versions"]} == {NLP_VERSION}


def test_jobs_must_be_a_positive_number(capsys):
    for command in ("enrich --db x.db", "analyse", "crawl --sources s --db x.db", "run --sources s --db x.db"):
        with pytest.raises(SystemExit) as exc:
            build_parser().parse_args([*command.split(), "--jobs", "0"])
        assert exc.value.code == 2
    assert "must be at least 1" in capsys.readouterr().err
    assert build_parser().parse_args(["enrich", "--db", "x.db", "--jobs", "3"]).jobs == 3


def test_overlapped_crawl_enriches_everything_it_stored(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    db = tmp_path / "news.db"
    with serve_site() as site:
        sources = write_sources(tmp_path / "sources.toml", site.base)
        result = subprocess.run(crawl_cmd(sources, db, enrich=True) + ["--jobs", "2"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "enrich: {" in result.stdout and "clusters: {" in result.stdout
    conn = sqlite3.connect(db)
    versions = [v for (v,) in conn.execute("SELECT nlp_version FROM articles")]
    quotes = conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    conn.close()
    assert len(versions) == len(load_truth()["articles"]) and set(versions) == {NLP_VERSION}
    assert quotes > 0


def test_analyse_on_two_processes_writes_what_one_writes(nlp_pipeline, hostile):
    def lines(items, jobs):
        out = io.StringIO()
        analyse(nlp_pipeline, items, out, batch_size=3, progress=False, jobs=jobs)
        return [json.loads(line) for line in out.getvalue().splitlines()]

    items = [(t, {"id": i}) for i, t in enumerate(texts())]
    two = lines([*items, (f"{FATAL}.", {"id": "fatal"})], jobs=2)
    assert two[:-1] == lines(items, jobs=1)
    assert two[-1] == {"id": "fatal", "error": DIED}
