"""The Datasette publication: canned queries, search ranking, the Atom feed, dashboards,
the labelling instance's permissions, and metadata that describes the whole schema.

Runs Datasette in-process (datasette.app.Datasette(...).client) on a database written
row by row by tests/datasette_fixtures.py."""
from __future__ import annotations

import asyncio
import datetime as dt
import html
import json
import re
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import sqlite_utils

import datasette_fixtures
from newswatch import publish
from newswatch.publish import snapshots
from newswatch.store import labels_db_path

ATOM = "{http://www.w3.org/2005/Atom}"


def run(coro):
    return asyncio.run(coro)


def get(ds, path, **kwargs):
    return run(ds.client.get(path, **kwargs))


def get_json(ds, path):
    sep = "&" if "?" in path else "?"
    response = get(ds, f"{path}{sep}_shape=objects")
    assert response.status_code == 200, response.text[:2000]
    return response.json()["rows"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("pub") / "news.db"
    facts = datasette_fixtures.build(path)
    return path, facts


@pytest.fixture(scope="module")
def ds(built):
    instance = publish.make_datasette(built[0])
    run(instance.invoke_startup())
    return instance


@pytest.fixture
def labelling(tmp_path, monkeypatch):
    path = tmp_path / "news.db"
    datasette_fixtures.build(path)
    from datasette_auth_passwords.utils import hash_password

    monkeypatch.setenv(publish.PASSWORD_HASH_ENV, hash_password("correct horse"))
    instance = publish.make_datasette(path, labelling=True)
    run(instance.invoke_startup())
    return instance, labels_db_path(path)


def last_month_range(facts):
    first_this = facts["dates"]["now"].date().replace(day=1)
    first_last = (first_this - dt.timedelta(days=1)).replace(day=1)
    return first_last.isoformat(), first_this.isoformat()


# --- canned queries ---------------------------------------------------------------

def test_every_canned_query_runs_with_its_parameters_empty(ds):
    queries = publish.build_metadata("news")["databases"]["news"]["queries"]
    assert len(queries) >= 9
    for name, query in queries.items():
        params = "&".join(f"{p}=" for p in query.get("params", []))
        response = get(ds, f"/news/{name}.json?{params}")
        assert response.status_code == 200, (name, response.text[:500])
        # And the HTML page renders (the form a newcomer sees).
        assert get(ds, f"/news/{name}").status_code == 200, name


def test_search_articles_ranks_the_best_match_first(ds):
    rows = get_json(ds, "/news/search_articles.json?q=outsourcing&since=")
    ids = [r["id"] for r in rows]
    assert ids[0] == 1  # in the title and three times in the body
    assert set(ids) == {1, 2, 5}
    assert "**outsourcing**" in rows[0]["snippet"]
    # Stemming: "outsource" finds "outsourcing"; punctuation does not break the query.
    assert {r["id"] for r in get_json(ds, "/news/search_articles.json?q=outsource&since=")} == {1, 2, 5}
    # Punctuation never causes an FTS syntax error: a stray quote is dropped, an
    # apostrophe splits a word as the index does, "quotes" make a phrase.
    assert {r["id"] for r in get_json(ds, "/news/search_articles.json?q=trust+%22&since=")} == {1, 3, 5}
    assert [r["id"] for r in get_json(ds, "/news/search_articles.json?q=Witham%27s&since=")] == [1]
    assert [r["id"] for r in get_json(ds, "/news/search_articles.json?q=%22Oak+Learning%22&since=")] == [3]
    assert get_json(ds, "/news/search_articles.json?q=%22Learning+Oak%22&since=") == []
    assert get_json(ds, "/news/search_articles.json?q=OR&since=") == []


def test_search_ranks_only_the_newest_10000_matches_of_a_very_common_word(tmp_path):
    from newswatch.store import connect

    path = tmp_path / "news.db"
    db = connect(path)
    rows = [{"id": 1, "url": "https://e.example/1", "source": "s",
             "title": "Zebra zebra zebra", "body": "zebra zebra zebra"}]
    rows += [{"id": i, "url": f"https://e.example/{i}", "source": "s", "title": f"Story {i}",
              "body": "A zebra was seen in the park."} for i in range(2, 10_002)]
    rows.append({"id": 10_002, "url": "https://e.example/10002", "source": "s",
                 "title": "Zebra escapes", "body": "The zebra escaped."})
    db["articles"].insert_all(rows, batch_size=2000)
    db.close()
    instance = publish.make_datasette(path, snapshot=False)
    ids = [r["id"] for r in get_json(instance, "/news/search_articles.json?q=zebra&since=")]
    assert ids[0] == 10_002 and 1 not in ids  # article 1 is the 10,002nd newest match
    db = sqlite_utils.Database(path)
    db.execute("DELETE FROM articles WHERE id BETWEEN 2 AND 100")  # 9,903 matches left
    db.conn.commit()
    db.close()
    instance = publish.make_datasette(path, snapshot=False)
    assert get_json(instance, "/news/search_articles.json?q=zebra&since=")[0]["id"] == 1


def test_search_articles_since_limits_by_publication_date(ds, built):
    since = built[1]["dates"]["this_week"].date().isoformat()
    rows = get_json(ds, f"/news/search_articles.json?q=outsourcing&since={since}")
    assert [r["id"] for r in rows] == [2]


def test_search_quotes_ranks_the_best_match_first(ds):
    rows = get_json(ds, "/news/search_quotes.json?q=pause+outsourcing+plans")
    assert rows[0]["quote_id"] == 2
    assert rows[0]["speaker"] == "Tess Hollins"
    assert rows[0]["article_title"].startswith("Talks break down")
    assert "**outsourcing** **plans**" in rows[0]["snippet"]  # highlighted on the page
    assert "<mark>outsourcing</mark> <mark>plans</mark>" in get(ds, "/news/search_quotes?q=pause+outsourcing+plans").text
    # No words: the newest quotes; punctuation alone: nothing.
    assert [r["quote_id"] for r in get_json(ds, "/news/search_quotes.json?q=")] == [6, 5, 4, 3, 2, 1]
    assert get_json(ds, "/news/search_quotes.json?q=%22") == []


def test_said_by_a_person_and_by_an_organisation(ds):
    by_person = get_json(ds, "/news/said_by.json?who=Neil+Ashby")
    assert [r["quote_id"] for r in by_person] == [4, 1]  # newest article first
    assert {r["organisation"] for r in by_person} == {"UNISON"}
    by_org = get_json(ds, "/news/said_by.json?who=unison")
    assert {r["quote_id"] for r in by_org} == {1, 4}
    council = get_json(ds, "/news/said_by.json?who=Worcestershire+County+Council")
    assert [r["speaker"] for r in council] == ["Pat Kemble"]
    # A name in the quote text but not a speaker is not "said by".
    assert get_json(ds, "/news/said_by.json?who=Academies+Enterprise") == []


def test_articles_mentioning_a_trust(ds):
    rows = get_json(ds, "/news/articles_mentioning.json?organisation=Academies+Enterprise")
    assert [r["id"] for r in rows] == [1, 5]
    assert rows[0]["mentions"] == 3 and rows[0]["kind"] == "academy_trust"
    assert get_json(ds, "/news/articles_mentioning.json?organisation=") == []
    # People and places in entities are not organisations.
    assert get_json(ds, "/news/articles_mentioning.json?organisation=Witham") == []


def test_new_relevant_articles_defaults_to_the_last_seven_days(ds):
    assert [r["id"] for r in get_json(ds, "/news/new_relevant_articles.json?since=&topic=")] == [2]
    rows = get_json(ds, "/news/new_relevant_articles.json?since=2025-01-01&topic=outsourcing")
    assert [r["id"] for r in rows] == [2, 1, 5]
    rows = get_json(ds, "/news/new_relevant_articles.json?since=2025-01-01&topic=")
    assert {r["id"] for r in rows} == {1, 2, 3, 5}  # 4 is not relevant


def test_top_trusts_and_speakers_default_to_last_month(ds, built):
    start, end = last_month_range(built[1])
    default = get_json(ds, "/news/top_trusts.json?start=&end=")
    explicit = get_json(ds, f"/news/top_trusts.json?start={start}&end={end}")
    assert default == explicit
    assert [(r["trust"], r["articles"], r["mentions"]) for r in default] == [
        ("Academies Enterprise Trust", 1, 3),
        ("Oak Learning Trust", 1, 2),
    ]
    all_time = get_json(ds, "/news/top_trusts.json?start=2000-01-01&end=2100-01-01")
    assert (all_time[0]["trust"], all_time[0]["articles"]) == ("Academies Enterprise Trust", 2)

    speakers = get_json(ds, "/news/top_speakers.json?start=2000-01-01&end=2100-01-01")
    assert (speakers[0]["speaker"], speakers[0]["quotes"], speakers[0]["articles"]) == (
        "Neil Ashby", 2, 2)
    last_month = get_json(ds, "/news/top_speakers.json?start=&end=")
    assert {r["speaker"] for r in last_month} == {
        "Neil Ashby", "Tess Hollins", "A spokesperson for Oak Learning Trust"}


def test_crawl_health_shows_each_sources_latest_run(ds, built):
    rows = {r["source"]: r for r in get_json(ds, "/news/crawl_health.json")}
    assert set(rows) == {"witham-times", "worcester-news", "leeds-echo"}
    assert rows["worcester-news"]["last_status"] == "failed"
    assert rows["worcester-news"]["failed_runs_7_days"] == 1
    assert rows["worcester-news"]["last_ok_run"] is not None
    assert rows["leeds-echo"]["last_status"] == "partial"
    assert rows["leeds-echo"]["errors"] == 2
    # A partial run (some pages failed) still worked.
    assert rows["leeds-echo"]["last_ok_run"] == rows["leeds-echo"]["last_run"]
    assert rows["leeds-echo"]["newest_article"] == built[1]["articles"][2]["published"]
    # The errors link to the run's rows, by kind; the source to its articles.
    page = get(ds, "/news/crawl_health").text
    run_id = rows["leeds-echo"]["run_id"]
    assert f'href="/news/crawl_errors?run_id={run_id}">2</a>' in page
    assert f'href="/news/crawl_errors?run_id={run_id}&amp;kind=http_500">http_500: 2</a>' in page
    assert 'href="/news/articles_view?source=leeds-echo">articles</a>' in page
    errors = get_json(ds, f"/news/crawl_errors.json?run_id={run_id}&kind=http_500")
    assert len(errors) == 2


def test_crawl_health_lists_sources_never_crawled(tmp_path):
    path = tmp_path / "news.db"
    datasette_fixtures.build(path)
    db = sqlite_utils.Database(path)
    db.execute("DELETE FROM crawl_errors")
    db.execute("DELETE FROM crawl_runs")
    db.conn.commit()
    db.close()
    rows = get_json(publish.make_datasette(path), "/news/crawl_health.json")
    assert {r["source"] for r in rows} == {"witham-times", "worcester-news", "leeds-echo"}
    assert all(r["last_run"] is None and r["newest_article"] for r in rows)


# --- views ------------------------------------------------------------------------

def test_views_save_the_joins(ds, built):
    quotes = get_json(ds, "/news/quotes_view.json?speaker=Tess+Hollins")
    assert quotes[0]["article_title"].startswith("Talks break down")
    assert quotes[0]["organisation"] == "Association of School and College Leaders"
    assert re.fullmatch(r"\d{4}-\d\d", quotes[0]["month"])
    mentions = get_json(ds, "/news/organisation_mentions.json?kind=academy_trust")
    assert {m["organisation"] for m in mentions} == {"Academies Enterprise Trust", "Oak Learning Trust"}
    in_first = {m["organisation"] for m in get_json(ds, "/news/organisation_mentions.json?article_id=1")}
    assert in_first == {"Academies Enterprise Trust", "UNISON", "Maltings Academy",
                        "Association of School and College Leaders"}
    by_month = get_json(ds, "/news/trust_mentions_by_month.json?trust=Academies+Enterprise+Trust")
    last_month = built[1]["dates"]["last_month"].strftime("%Y-%m")
    assert sorted((r["month"], r["articles"], r["mentions"]) for r in by_month) == [
        ("2025-03", 1, 2), (last_month, 1, 3)]
    # Table search on a view uses the articles' full-text index.
    assert {r["id"] for r in get_json(ds, "/news/articles_view.json?_search=outsourcing")} == {1, 2, 5}


def test_topics_array_facet_and_month_facet(ds):
    data = get(ds, "/news/articles_view.json?_facet_array=topics&_facet=month").json()
    topics = {f["value"]: f["count"] for f in data["facet_results"]["topics"]["results"]}
    assert topics["outsourcing"] == 3
    assert data["facet_results"]["month"]["results"]


# --- Atom feed --------------------------------------------------------------------

def test_atom_feed_parses_and_has_the_relevant_articles(ds):
    response = get(ds, "/news/new_findings_feed.atom")
    assert response.status_code == 200
    assert "xml" in response.headers["content-type"]
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 4
    titles = {e.find(f"{ATOM}title").text for e in entries}
    assert "Library opening hours to change over the winter" not in titles
    first = entries[0]
    assert first.find(f"{ATOM}link").get("href").startswith("https://")
    assert "machine-assigned" in first.find(f"{ATOM}content").text


def test_atom_feed_still_valid_before_anything_relevant_is_found(tmp_path):
    path = tmp_path / "news.db"
    datasette_fixtures.build(path)
    db = sqlite_utils.Database(path)
    db.execute("UPDATE articles SET relevant = 0")
    db.conn.commit()
    db.close()
    instance = publish.make_datasette(path)
    response = get(instance, "/news/new_findings_feed.atom")
    assert response.status_code == 200
    entries = ET.fromstring(response.content).findall(f"{ATOM}entry")
    assert [e.find(f"{ATOM}title").text for e in entries] == ["No relevant articles found yet"]


# --- dashboards -------------------------------------------------------------------

def test_dashboard_page_and_every_chart_query(ds):
    from datasette_dashboards import replace_opts_in_query

    page = get(ds, "/-/dashboards/newswatch")
    assert page.status_code == 200
    config = publish.build_metadata("news")["plugins"]["datasette-dashboards"]["newswatch"]
    for slug, chart in config["charts"].items():
        assert chart.get("title", "") in page.text
        assert get(ds, f"/-/dashboards/newswatch/{slug}").status_code == 200
        if "query" not in chart:
            continue
        for options in ({}, {"date_start": "2025-01-01", "date_end": "2100-01-01", "source": "witham-times"}):
            sql = replace_opts_in_query(chart["query"], options)
            response = get(ds, "/news.json", params={"sql": sql, "_shape": "objects", **options})
            assert response.status_code == 200, (slug, response.text[:500])
            assert response.json()["rows"], slug
    # Layout names every chart exactly where the plugin expects them.
    assert {c for row in config["layout"] for c in row} == set(config["charts"])


# --- read-only public instance and the labelling instance -------------------------

def test_public_instance_is_immutable_and_has_no_writable_query(ds, built):
    for name, database in ds.databases.items():
        if name == "_internal":
            continue
        assert not database.is_mutable
        queries = run(ds.get_canned_queries(name, None))
        assert not [q for q in queries.values() if q.get("write")]
    # It serves the published snapshot, with an inspect file next to it.
    assert Path(ds.databases["news"].path) == publish.snapshot_path(built[0]).resolve()
    assert publish.inspect_path(publish.snapshot_path(built[0])).exists()
    assert "add_label" not in get(ds, "/news").text


def test_labels_and_raw_html_are_not_published(tmp_path):
    path = tmp_path / "news.db"
    datasette_fixtures.build(path)
    db = sqlite_utils.Database(path)
    db["labels"].insert({"article_id": 1, "label": "relevant", "labeller": "alice"})
    db.close()
    instance = publish.make_datasette(path)
    assert get_json(instance, "/news/labels.json") == []
    assert sqlite_utils.Database(path)["labels"].count == 1  # the live database keeps them
    # Nor the publishers' raw HTML: the page row stays, without the bytes.
    pages = get_json(instance, "/news/pages.json")
    assert len(pages) == 1 and pages[0]["html_gz"] is None and pages[0]["status"] == 200
    snapshot_bytes = publish.snapshot_path(path).read_bytes()
    assert b"\x1f\x8b" + bytes([8]) not in snapshot_bytes  # no gzip stream left in free pages


def _form(ds, path, cookies):
    page = get(ds, path, cookies=cookies)
    assert page.status_code == 200, page.text[:500]
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    cookies = {**cookies, **dict(page.cookies)}
    return token, cookies


def test_labelling_form_shows_its_instructions(labelling):
    ds, _ = labelling
    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    page = get(ds, "/news-labels/add_label?article_id=3", cookies=cookies)
    assert "Label an article" in page.text
    assert "relevant or irrelevant" in page.text
    assert 'name="article_id" value="3"' in page.text


def _post_label(ds, cookies, **fields):
    token, cookies = _form(ds, "/news-labels/add_label", cookies)
    data = {"csrftoken": token, "article_id": "1", "article_url": "https://x.example/1",
            "label": "relevant", "topics": "", "note": "", **fields}
    return run(ds.client.post("/news-labels/add_label", data=data, cookies=cookies))


def test_anonymous_cannot_label(labelling):
    ds, labels_path = labelling
    assert get(ds, "/news-labels/add_label").status_code == 403
    response = run(ds.client.post(
        "/news-labels/add_label", data={"article_id": "1", "label": "relevant"}))
    assert response.status_code == 403
    assert sqlite_utils.Database(labels_path)["labels"].count == 0
    # Nothing in the crawled database is writable, even on the labelling instance.
    actor = {"id": "alice"}
    assert not [q for q in run(ds.get_canned_queries("news", actor)).values() if q.get("write")]


def test_logged_in_labeller_adds_a_label_to_the_labels_db(labelling):
    ds, labels_path = labelling
    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    response = _post_label(ds, cookies, topics="outsourcing, industrial_action_jobs",
                           note="union dispute")
    assert response.status_code == 302, response.text[:500]
    rows = list(sqlite_utils.Database(labels_path)["labels"].rows)
    assert len(rows) == 1
    row = rows[0]
    assert (row["article_id"], row["label"], row["labeller"], row["note"]) == (
        1, "relevant", "alice", "union dispute")
    assert json.loads(row["topics"]) == ["outsourcing", "industrial_action_jobs"]
    assert row["article_url"] == "https://x.example/1"
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", row["labelled_at"])
    # The labeller sees the labels table listed in the labels database.
    assert 'href="/news-labels/labels"' in get(ds, "/news-labels", cookies=cookies).text
    # Labels never go into the crawled database.
    main = ds.databases["news"].path
    assert sqlite_utils.Database(main)["labels"].count == 0


def test_a_bad_label_is_refused_not_stored(labelling):
    ds, labels_path = labelling
    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    _post_label(ds, cookies, label="maybe")
    _post_label(ds, cookies, article_id="")
    assert sqlite_utils.Database(labels_path)["labels"].count == 0


def test_login_with_auth_passwords_then_label(labelling):
    ds, labels_path = labelling
    page = get(ds, "/-/login")
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    response = run(ds.client.post(
        "/-/login",
        data={"username": "labeller", "password": "correct horse", "csrftoken": token},
        cookies=dict(page.cookies),
    ))
    assert response.status_code == 302, response.text[:500]
    actor_cookie = response.cookies["ds_actor"]
    wrong = run(ds.client.post(
        "/-/login", data={"username": "labeller", "password": "nope", "csrftoken": token},
        cookies=dict(page.cookies)))
    assert "ds_actor" not in wrong.cookies
    _post_label(ds, {"ds_actor": actor_cookie}, label="irrelevant")
    rows = list(sqlite_utils.Database(labels_path)["labels"].rows)
    assert [(r["label"], r["labeller"]) for r in rows] == [("irrelevant", "labeller")]


def test_label_queue_links_to_the_form(labelling):
    ds, _ = labelling
    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    page = get(ds, "/news/label_queue?q=", cookies=cookies)
    assert page.status_code == 200
    assert 'href="/-/label/1">label</a>' in page.text
    home = get(ds, "/", cookies=cookies).text
    assert 'href="/-/label">Label articles</a>' in home


def _label_form_post(ds, cookies, article_id, **fields):
    page = get(ds, f"/-/label/{article_id}", cookies=cookies)
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    cookies = {**cookies, **dict(page.cookies)}
    return run(ds.client.post(f"/-/label/{article_id}", data={"csrftoken": token, **fields},
                              cookies=cookies))


def test_labelling_form_validates_with_reasons_and_saves(labelling):
    ds, labels_path = labelling
    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    assert get(ds, "/-/label/1").status_code == 403  # log in first
    page = get(ds, "/-/label/1", cookies=cookies).text
    assert "Talks break down between unions" in page and "witham-times" in page
    assert 'href="https://witham-times.example.org/news/1-talks"' in page
    assert "Unions say their talks with the academy trust" in page  # the beginning of the text
    assert page.count('type="radio" name="label"') == 2
    assert 'name="topic_outsourcing"' in page and 'name="topic_pfi_contracts"' in page
    bad = _label_form_post(ds, cookies, 1, label="maybe", note="unsure", topic_outsourcing="1")
    assert bad.status_code == 400
    assert "Label not saved: label must be one of relevant, irrelevant" in bad.text
    assert ">unsure</textarea>" in bad.text and 'name="topic_outsourcing" value="1" checked' in bad.text
    bad = _label_form_post(ds, cookies, 1, label="irrelevant", topic_outsourcing="1")
    assert "topics apply only to articles labelled relevant" in bad.text
    assert "choose relevant or irrelevant" in _label_form_post(ds, cookies, 1).text
    assert sqlite_utils.Database(labels_path)["labels"].count == 0
    ok = _label_form_post(ds, cookies, 1, label="relevant", topic_outsourcing="1",
                          topic_industrial_action_jobs="1", note="dispute")
    assert ok.status_code == 302
    rows = list(sqlite_utils.Database(labels_path)["labels"].rows)
    assert [(r["article_id"], r["label"], json.loads(r["topics"]), r["labeller"], r["note"]) for r in rows] == [
        (1, "relevant", ["outsourcing", "industrial_action_jobs"], "alice", "dispute")]
    # The queue: unlabelled first, the labelled one after, with its label.
    queue = get(ds, "/-/label", cookies=cookies).text
    todo, done = queue.split("Already labelled", 1)
    assert 'href="/-/label/1"' not in todo and 'href="/-/label/1"' in done
    assert 'href="/-/label/3"' in todo and "alice" in done


def test_labelling_instance_hides_labels_and_raw_html_from_anonymous(labelling):
    ds, _ = labelling
    for path in ("/news-labels", "/news-labels/labels", "/news/pages", "/news/labels",
                 "/news.json?sql=select+1", "/news.db", "/-/label"):
        assert get(ds, path).status_code == 403, path
    assert "news-labels" not in get(ds, "/").text
    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    for path in ("/news-labels/labels", "/news/pages"):
        assert get(ds, path, cookies=cookies).status_code == 200, path
    assert get(ds, "/news/articles").status_code == 200  # the articles stay readable


def test_public_instance_has_no_labelling(ds):
    assert get(ds, "/-/label").status_code == 404
    assert get(ds, "/-/label/1").status_code == 404


def test_serve_refuses_labelling_without_a_password_hash(tmp_path, monkeypatch):
    monkeypatch.delenv(publish.PASSWORD_HASH_ENV, raising=False)
    path = tmp_path / "news.db"
    datasette_fixtures.build(path)
    with pytest.raises(publish.PublishError, match="datasette hash-password"):
        publish.serve(path, labelling=True)
    with pytest.raises(publish.PublishError, match="does not exist"):
        publish.serve(tmp_path / "missing.db")


def test_serve_setting_values_are_typed_and_checked():
    settings = publish.datasette_settings
    assert settings([["sql_time_limit_ms", "5000"], ["suggest_facets", "on"]]) == {
        "sql_time_limit_ms": 5000, "suggest_facets": True}
    with pytest.raises(ValueError, match="unknown Datasette setting"):
        settings([["sql_time_limit", "5"]])
    with pytest.raises(ValueError, match="whole number"):
        settings([["max_returned_rows", "lots"]])


def test_labels_db_path_and_schema(tmp_path):
    assert labels_db_path("data/news.db") == Path("data/news-labels.db")
    path = publish.ensure_labels_db(tmp_path / "x-labels.db")
    publish.ensure_labels_db(path)  # idempotent
    columns = sqlite_utils.Database(path)["labels"].columns_dict
    assert list(columns) == ["id", "article_id", "article_url", "label", "topics",
                             "labeller", "labelled_at", "note"]


# --- snapshot, inspect file, other database names ---------------------------------

def test_snapshot_and_inspect_file_are_refreshed_when_the_db_changes(tmp_path):
    path = tmp_path / "demo.db"
    datasette_fixtures.build(path)
    first = publish.make_datasette(path)
    assert first.inspect_data["demo"]["tables"]["articles"]["count"] == 5
    assert not publish.snapshot_is_stale(path)
    db = sqlite_utils.Database(path)
    db["articles"].insert({"id": 99, "url": "https://e.example/99", "source": "s",
                           "title": "Another outsourcing story", "published": "2026-01-01T00:00:00+00:00",
                           "relevant": 1, "topics": "[]", "first_seen": "2026-01-01T00:00:00+00:00"})
    db.close()
    assert publish.snapshot_is_stale(path)
    second = publish.make_datasette(path)
    run(second.invoke_startup())
    assert second.inspect_data["demo"]["tables"]["articles"]["count"] == 6
    # Metadata written for "news" follows the database's real name.
    assert get(second, "/demo/search_articles.json?q=another&since=").json()["rows"]
    assert get(second, "/-/dashboards/newswatch").status_code == 200
    assert "/demo/crawl_health" in get(second, "/").text
    assert "/demo/said_by" in get(second, "/about").text


def test_snapshot_materialises_the_views_with_the_same_rows(built):
    live = sqlite3.connect(built[0])
    snap = sqlite3.connect(publish.snapshot_path(built[0]))
    for view in ("articles_view", "quotes_view", "organisation_mentions", "trust_mentions_by_month"):
        kind = snap.execute("SELECT type FROM sqlite_master WHERE name = ?", [view]).fetchone()
        assert kind == ("table",), view
        rows = lambda c: sorted(map(repr, c.execute(f"SELECT * FROM {view}").fetchall()))
        assert rows(snap) == rows(live), view
    # Row pages of the quotes view are numbered by quote id.
    assert snap.execute("SELECT rowid, quote_id FROM quotes_view WHERE quote_id = 5").fetchone() == (5, 5)
    assert snap.execute("PRAGMA journal_mode").fetchone() == ("delete",)


# --- metadata covers the live schema ----------------------------------------------

def test_metadata_describes_every_table_view_and_column(built):
    db = sqlite_utils.Database(built[0])
    tables = publish.build_metadata("news")["databases"]["news"]["tables"]
    problems = []
    names = db.table_names() + db.view_names()
    for name in names:
        meta = tables.get(name)
        if not meta or not meta.get("description"):
            problems.append(f"{name}: no description")
            continue
        columns = meta.get("columns", {})
        for column in db[name].columns_dict:
            if not columns.get(column):
                problems.append(f"{name}.{column}: no description")
        for column in columns:
            if column not in db[name].columns_dict:
                problems.append(f"{name}.{column}: described but not in the schema")
    for name in tables:
        if name not in names:
            problems.append(f"{name}: described but not in the schema")
    assert not problems, "datasette_metadata.json is out of date:\n" + "\n".join(problems)


def test_metadata_has_the_essentials():
    meta = publish.build_metadata("news")
    assert "machine-extracted" in meta["description_html"]
    for key in ("license", "license_url", "source", "source_url", "about", "about_url"):
        assert meta.get(key), key
    tables = meta["databases"]["news"]["tables"]
    assert tables["articles"]["fts_table"] == "articles_fts"
    assert tables["quotes"]["fts_table"] == "quotes_fts"
    assert {"array": "topics"} in tables["articles"]["facets"]
    assert tables["pages"]["hidden"] and tables["articles_fts"]["hidden"]
    assert all(not q.get("write") for q in meta["databases"]["news"]["queries"].values())


def test_internal_tables_are_hidden_from_the_home_page(ds):
    page = get(ds, "/news").text
    assert "articles_fts_data" not in page
    assert 'href="/news/pages"' not in page
    assert 'href="/news/quotes_view"' in page


# --- the same queries on a database built by the real pipeline --------------------
# Crawl the fixture site (newswatch/demo_site, served on 127.0.0.1) and enrich it with the NLP
# pipeline and classifier, then publish it.

@pytest.fixture(scope="module")
def pipeline(tmp_path_factory):
    from crawl_helpers import crawl_site, serve_site
    from nlp_fixtures import _pipeline

    import nlp.enrich

    path = tmp_path_factory.mktemp("pipeline") / "news.db"
    with serve_site() as site:
        result = crawl_site(site, path)
    assert result.returncode in (0, 1), result.stderr[-2000:]  # 1: some pages failed on purpose
    # the session's spaCy pipeline, loaded once
    summary = nlp.enrich.enrich(str(path), progress=False, nlp=_pipeline())
    assert summary["articles"] > 0
    instance = publish.make_datasette(path)
    run(instance.invoke_startup())
    return instance, path


@pytest.mark.slow
def test_pipeline_db_every_canned_query_and_chart_runs(pipeline):
    from datasette_dashboards import replace_opts_in_query

    ds, _ = pipeline
    meta = publish.build_metadata("news")
    for name, query in meta["databases"]["news"]["queries"].items():
        params = "&".join(f"{p}=" for p in query.get("params", []))
        response = get(ds, f"/news/{name}.json?{params}")
        assert response.status_code == 200, (name, response.text[:500])
    for slug, chart in meta["plugins"]["datasette-dashboards"]["newswatch"]["charts"].items():
        if "query" in chart:
            sql = replace_opts_in_query(chart["query"], {})
            assert get(ds, "/news.json", params={"sql": sql}).status_code == 200, slug


@pytest.mark.slow
def test_pipeline_db_search_said_by_trusts_health_and_feed(pipeline):
    ds, path = pipeline
    db = sqlite_utils.Database(path)
    top = get_json(ds, "/news/search_articles.json?q=outsourcing&since=")
    assert "outsourc" in top[0]["title"].lower()

    speakers = [r["speaker"] for r in db.query(
        "SELECT speaker, count(*) FROM quotes WHERE speaker LIKE '% %' "
        "GROUP BY speaker ORDER BY 2 DESC, speaker LIMIT 3")]
    assert speakers
    for speaker in speakers:
        expected = {r["id"] for r in db.query("SELECT id FROM quotes WHERE speaker = ?", [speaker])}
        got = get_json(ds, "/news/said_by.json?who=" + speaker.replace(" ", "+"))
        assert expected <= {r["quote_id"] for r in got}, speaker

    trusts = {r["name"] for r in db.query(
        "SELECT DISTINCT e.name FROM entities e JOIN mentions m ON m.entity_id = e.id "
        "WHERE e.kind = 'academy_trust'")}
    ranked = get_json(ds, "/news/top_trusts.json?start=2000-01-01&end=2100-01-01")
    assert trusts and {r["trust"] for r in ranked} == trusts
    brackenmoor = get_json(ds, "/news/articles_mentioning.json?organisation=Brackenmoor+Learning+Trust")
    assert any(r["title"].startswith("Talks collapse over plan to outsource") for r in brackenmoor)

    health = get_json(ds, "/news/crawl_health.json")
    assert [r["source"] for r in health] == ["Wyre Valley Gazette"]
    assert health[0]["errors"] >= 1  # the fixture site has a broken page

    relevant = db.execute("SELECT count(*) FROM articles WHERE relevant = 1").fetchone()[0]
    feed = ET.fromstring(get(ds, "/news/new_findings_feed.atom").content)
    assert len(feed.findall(f"{ATOM}entry")) == (min(relevant, 50) if relevant else 1)


@pytest.mark.slow
def test_pipeline_db_is_fully_described_by_the_metadata(pipeline):
    _, path = pipeline
    db = sqlite_utils.Database(path)
    tables = publish.build_metadata("news")["databases"]["news"]["tables"]
    missing = [name for name in db.table_names() + db.view_names()
               if not tables.get(name, {}).get("description")]
    missing += [f"{t}.{c}" for t in db.table_names() + db.view_names() if t in tables
                for c in db[t].columns_dict if not tables[t].get("columns", {}).get(c)]
    assert not missing, missing


# --- a running server follows `newswatch run`'s new snapshots ---------------------

def test_serve_switches_to_each_new_snapshot_without_restart_or_error(tmp_path):
    """While a client keeps requesting pages, three refreshes publish new articles: each
    shows up within 60 s, no request fails, and the download's ETag and the database
    page's size are the new snapshot's."""
    import threading
    import urllib.error
    import urllib.request

    path = tmp_path / "news.db"
    datasette_fixtures.build(path)
    failures, served = [], [0]
    stop = threading.Event()
    with datasette_fixtures.serving(path) as url:
        def hammer():
            paths = ["/news/articles.json?_shape=array&_size=max", "/news", "/news/quotes_view",
                     "/news/search_articles.json?q=trust&since=", "/news.db"]
            while not stop.is_set():
                for p in paths:
                    try:
                        with urllib.request.urlopen(url + p, timeout=30) as response:
                            response.read()
                        served[0] += 1
                    except (urllib.error.URLError, OSError) as exc:
                        failures.append((p, repr(exc)))

        threads = [threading.Thread(target=hammer) for _ in range(2)]
        for t in threads:
            t.start()
        def wait_for_requests(n: int) -> None:
            """Until the clients have had n more pages served (they run through every swap)."""
            target, deadline = served[0] + n, time.monotonic() + 60
            while served[0] < target and not failures:
                assert time.monotonic() < deadline, "the clients got no pages for 60 s"
                time.sleep(0.05)

        try:
            for i in range(3):
                wait_for_requests(5)
                new_id = 100 + i
                db = sqlite_utils.Database(path)
                db["articles"].insert({
                    "id": new_id, "url": f"https://e.example/{new_id}", "source": "s",
                    "title": f"Fresh outsourcing story {i}", "body": "A fresh story.",
                    "published": "2026-01-01T00:00:00+00:00", "first_seen": "2026-01-01T00:00:00+00:00"})
                db.close()
                publish.refresh_publication(path)
                deadline = time.monotonic() + 60
                while True:
                    rows = json.loads(urllib.request.urlopen(
                        url + f"/news/articles.json?_shape=array&id={new_id}", timeout=30).read())
                    if rows:
                        break
                    assert time.monotonic() < deadline, f"article {new_id} not served after 60 s"
                    time.sleep(0.2)
            wait_for_requests(5)
        finally:
            stop.set()
            for t in threads:
                t.join()
        assert not failures, failures[:5]
        assert served[0] >= 20
        current = publish.snapshot_path(path).resolve()
        expected = json.loads(publish.inspect_path(current).read_text())["news"]
        with urllib.request.urlopen(url + "/news.db", timeout=30) as response:
            assert response.headers["ETag"] == f'"{expected["hash"]}"'
            assert len(response.read()) == expected["size"] == current.stat().st_size
        home = urllib.request.urlopen(url + "/news", timeout=30).read().decode()
        assert "Data last updated" in home
        assert expected["newswatch"]["published_at"][:16].replace("T", " ") in home
    # Replaced snapshots stay a while (requests may still be reading them), then go.
    link = publish.snapshot_path(path)
    assert len(snapshots.versions(link)) == 4  # serve's own and three refreshes
    assert snapshots.prune(link) == []
    removed = snapshots.prune(link, grace=0)
    assert len(removed) == 2 and not any(p.exists() for p in removed)
    assert snapshots.versions(link)[-1] == link.resolve() and len(snapshots.versions(link)) == 2


# --- nothing empty, everything linked ----------------------------------------------

def start_here_links(meta) -> list[str]:
    """The home page's links into the data (not the feed, the about page or the dashboard)."""
    links = re.findall(r'href="(/news/[^"]+)"', meta["description_html"])
    return [html.unescape(l) for l in links if not l.endswith(".atom")]


def assert_start_here_and_panels_show_rows(ds, name="news"):
    from datasette_dashboards import replace_opts_in_query

    meta = publish.build_metadata(name)
    links = start_here_links(meta)
    assert len(links) >= 6
    for link in links:
        path, _, query = link.partition("?")
        rows = get_json(ds, f"{path}.json" + (f"?{query}" if query else ""))
        assert rows, f"Start-here link {link} shows no rows"
    charts = meta["plugins"]["datasette-dashboards"]["newswatch"]["charts"]
    for slug, chart in charts.items():
        if "query" not in chart:
            continue
        sql = replace_opts_in_query(chart["query"], {})
        rows = get(ds, f"/{name}.json", params={"sql": sql, "_shape": "objects"}).json()["rows"]
        assert rows, f"dashboard panel {slug} is empty"
        if chart["library"] == "metric":
            assert rows[0][chart["display"]["field"]], f"dashboard panel {slug} shows 0"


def test_start_here_links_and_dashboard_panels_show_rows(ds):
    assert_start_here_and_panels_show_rows(ds)


@pytest.fixture(scope="module")
def backfill(tmp_path_factory):
    path = tmp_path_factory.mktemp("backfill") / "news.db"
    facts = datasette_fixtures.build_backfill(path)
    instance = publish.make_datasette(path)
    run(instance.invoke_startup())
    return instance, facts


def test_two_year_backfill_start_here_and_panels_show_rows(backfill):
    ds, facts = backfill
    newest = max(a["published"] for a in facts["articles"])
    assert newest < (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=30)).isoformat()
    assert_start_here_and_panels_show_rows(ds)
    # The period used is stated: the newest month with trust mentions.
    trusts = get_json(ds, "/news/top_trusts.json?start=&end=")
    assert trusts[0]["period"].startswith(newest[:7] + "-01 to ")
    recent = get_json(ds, "/news/new_relevant_articles.json?since=&topic=outsourcing")
    assert recent and recent[0]["showing_since"] < newest[:10]


ARTICLE_LINK = re.compile(r'href="(/-/article/\d+)(#quote-\d+)?"')
PAGE_LINK = re.compile(r'href="/-/(article|organisation|person)\b|href="/news/(articles_view|articles_mentioning|crawl_errors|skipped_pages)\?')


def canned_query_params(db: sqlite_utils.Database) -> dict[str, str]:
    """Values for the parameters a canned query needs, taken from the data."""
    speaker = next(db.query("SELECT speaker FROM quotes GROUP BY speaker ORDER BY count(*) DESC LIMIT 1"))
    org = next(db.query(
        "SELECT e.name FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE e.label = 'ORG' "
        "GROUP BY e.id ORDER BY count(*) DESC LIMIT 1"))
    return {"who": speaker["speaker"], "organisation": org["name"]}


def assert_every_canned_query_shows_linked_rows(ds, db):
    values = canned_query_params(db)
    queries = publish.build_metadata("news")["databases"]["news"]["queries"]
    for name, query in queries.items():
        if name.endswith("_feed"):
            continue
        if name == "trust_schools" and not db["trusts"].count:
            continue  # lists the register a user imports (`newswatch registers import`); none here
        params = {p: values.get(p, "") for p in query.get("params", [])}
        rows = get(ds, f"/news/{name}.json", params={**params, "_shape": "objects"}).json()["rows"]
        assert rows, f"canned query {name} is empty with {params}"
        page = get(ds, f"/news/{name}", params=params).text
        body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
        row_html = body.split("<tr>")[1:]
        assert len(row_html) == len(rows), name
        for i, tr in enumerate(row_html):
            if "(none recorded)" in tr:
                continue  # the row that says there is nothing to list
            assert PAGE_LINK.search(tr), f"{name} row {i} links to no article, organisation or person"


def assert_article_pages_show_quotes_and_organisations(ds, db):
    for article in db.query("SELECT id FROM articles"):
        page = get(ds, f"/-/article/{article['id']}")
        assert page.status_code == 200, page.text[:500]
        text = html.unescape(page.text)
        for q in db.query("SELECT id, text, speaker FROM quotes WHERE article_id = ?", [article["id"]]):
            assert f'id="quote-{q["id"]}"' in page.text
            assert q["text"] in text, (article["id"], q["text"])
            assert (q["speaker"] or "unknown speaker") in text
        for o in db.query("SELECT e.id, e.name FROM mentions m JOIN entities e ON e.id = m.entity_id "
                          "WHERE m.article_id = ? AND e.label = 'ORG'", [article["id"]]):
            assert f'href="/-/organisation/{o["id"]}">{html.escape(o["name"])}</a>' in page.text


def test_every_canned_query_row_links_to_a_page(ds, built):
    assert_every_canned_query_shows_linked_rows(ds, sqlite_utils.Database(built[0]))


def test_article_page_marks_each_quote_with_its_speaker(ds, built):
    db = sqlite_utils.Database(built[0])
    assert_article_pages_show_quotes_and_organisations(ds, db)
    public = get(ds, "/-/article/1").text
    assert "The beginning of the text" in public and "Read the whole article" in public
    page = get(publish.make_datasette(built[0], full_text=True), "/-/article/1").text
    # The quote is marked in the text where it is, attributed and linked.
    assert re.search(r'<mark class="quote" id="q-1"[^>]*>Outsourcing these jobs to a contractor '
                     r'would only make things harder for schools\.</mark>&quot;<span class="attribution">\[<a href="#quote-1">'
                     r'quote 1</a>: <a href="/-/person/1">Neil Ashby</a>, '
                     r'<a href="/-/organisation\?name=UNISON">UNISON</a>\]', page)
    assert 'href="/-/person/2">Tess Hollins</a>' in page
    assert "https://witham-times.example.org/news/1-talks" in page  # the original
    assert 'href="/news/article_urls?article_id=1"' in page  # other tables about it
    assert "Data last updated" in page and "The beginning of the text" not in page
    assert get(ds, "/-/article/999").status_code == 404


def test_organisation_and_person_pages(ds):
    page = get(ds, "/-/organisation/1").text
    assert "Academies Enterprise Trust" in page and "academy trust" in page
    assert 'href="/-/article/1">Talks break down' in page and 'href="/-/article/5">' in page
    months = re.findall(r"<td>(?:<a [^>]*>)?(\d{4}-\d\d)", page)
    assert months == sorted(months) and len(months) == len(set(months)) >= 2  # no gaps skipped
    unison = get(ds, "/-/organisation?name=unison").text  # by name, any case
    assert "make things harder for schools" in unison and "Staff deserve a proper say" in unison
    assert 'href="/-/person/1">Neil Ashby</a>' in unison
    assert get(ds, "/-/organisation?name=Nobody+Ltd").status_code == 200  # says it knows none
    person = get(ds, "/-/person/1").text
    assert "make things harder for schools" in person and "Staff deserve a proper say" in person
    assert 'href="/-/article/2#quote-4"' in person
    spokes = get(ds, "/-/person?name=A+spokesperson+for+Oak+Learning+Trust").text
    assert "welcoming both schools" in spokes
    assert get(ds, "/-/person/999").status_code == 404


def test_organisation_aliases_are_used(tmp_path):
    path = tmp_path / "news.db"
    datasette_fixtures.build(path)
    db = sqlite_utils.Database(path)
    db["quotes"].update(6, {"speaker_org": "AET"})
    db.close()
    ds = publish.make_datasette(path)
    page = get(ds, "/-/organisation?name=AET").text
    assert "Academies Enterprise Trust" in page and "also written AET" in page
    assert "That money should be in classrooms" in page  # said by someone from "AET"


def test_tables_link_to_pages_and_long_quotes_stay_whole(tmp_path):
    path = tmp_path / "news.db"
    datasette_fixtures.build(path)
    long_quote = "We will not accept " + "cuts to support staff and their pay " * 20 + "anywhere."
    db = sqlite_utils.Database(path)
    db["quotes"].update(1, {"text": long_quote})
    db.close()
    ds = publish.make_datasette(path)
    page = get(ds, "/news/quotes_view?quote_id=1").text
    assert 'href="/-/article/1#quote-1">(whole quote)</a>' in page
    cell = re.search(r'<td class="col-quote type-[^>]*>(.*?)</td>', page, re.S).group(1)
    shown = cell.split(" … ")[0].strip()
    assert long_quote.startswith(shown) and long_quote[len(shown)] == " "  # cut between words
    assert long_quote in html.unescape(get(ds, "/-/article/1").text)
    for table, link in [("articles", 'href="/-/article/1"'), ("articles_view", 'href="/-/article/1"'),
                        ("entities", 'href="/-/organisation/1"'), ("people", 'href="/-/person/1"'),
                        ("organisation_mentions", 'href="/-/organisation/1"'),
                        ("quotes", 'href="/-/person/1"')]:
        assert link in get(ds, f"/news/{table}").text, table
    # Every page about an article's rows links back to the article.
    for path in ("/news/articles/1", "/news/articles_view/1", "/news/quotes/1", "/news/quotes_view/1",
                 "/news/article_urls", "/news/mentions", "/news/organisation_mentions",
                 "/news/search_quotes?q=outsourcing", "/news/said_by?who=UNISON"):
        assert 'href="/-/article/1' in get(ds, path).text, path
    # Dates read as dates, topics as tags.
    view = get(ds, "/news/articles_view?id=1").text
    assert re.search(r'<time datetime="\d{4}-\d\d-\d\dT[^"]+" title="[^"]+">\d\d \w{3} \d{4}, \d\d:\d\d</time>', view)
    assert 'href="/news/articles_view?topics__arraycontains=outsourcing">outsourcing</a>' in view


@pytest.mark.slow
def test_pipeline_db_nothing_empty_and_everything_linked(pipeline):
    """The demo's database (the fixture site, crawled and enriched): every Start-here link,
    dashboard panel and canned query shows rows, each row links to a page, and every
    article page shows its quotes with their speakers and its organisations."""
    ds, path = pipeline
    db = sqlite_utils.Database(path)
    assert_start_here_and_panels_show_rows(ds)
    assert_every_canned_query_shows_linked_rows(ds, db)
    assert_article_pages_show_quotes_and_organisations(ds, db)


def test_readable_tables_home_page_and_search_everywhere(ds):
    home = get(ds, "/").text
    assert "Latest relevant articles" in home
    assert 'href="/-/article/2">County council consults' in home  # newest relevant first
    assert "Library opening hours" not in home  # not relevant
    view = get(ds, "/news/articles_view").text
    header = view.split("<thead>", 1)[1].split("</thead>", 1)[0]
    columns = re.findall(r'data-column="([^"]+)"', header)
    assert "rowid" not in columns and columns.count("id") <= 1
    assert "What the columns mean" in view  # descriptions fold away
    assert "el.type = 'date'" in get(ds, "/news/top_trusts").text  # date pickers
    search = get(ds, "/-/search?q=outsourcing")
    assert search.status_code == 200
    assert "/news/articles?_search=outsourcing" in search.text
    assert "/news/quotes?_search=outsourcing" in search.text


def test_public_snapshot_has_excerpts_but_searches_whole_bodies(tmp_path):
    path = tmp_path / "news.db"
    facts = datasette_fixtures.build(path)
    ds = publish.make_datasette(path)
    body = facts["articles"][0]["body"]
    published = get_json(ds, "/news/articles.json?id=1")[0]["body"]
    assert published == publish.excerpt(body) and published.endswith(" …")
    assert len(published.split()) == publish.EXCERPT_WORDS + 1
    later = "Tess Hollins from the Association of School and College Leaders said"
    assert later in body and later not in published
    assert later.encode() not in get(ds, "/news.db").content  # nor in the download
    # Words beyond the excerpt are still found, by every kind of search.
    assert [r["id"] for r in get_json(ds, "/news/search_articles.json?q=%22Tess+Hollins+from%22&since=")] == [1]
    assert [r["id"] for r in get_json(ds, "/news/articles.json?_search=%22Tess+Hollins+from%22")] == [1]
    # Quotes stay whole.
    assert "We are calling on the trust to pause its outsourcing plans." in get(ds, "/-/article/1").text
    # --full-text publishes whole bodies, in a snapshot of its own that runs refresh too.
    full = publish.make_datasette(path, full_text=True)
    assert get_json(full, "/news/articles.json?id=1")[0]["body"] == body
    db = sqlite_utils.Database(path)
    db["articles"].update(1, {"title": "A changed title"})
    db.close()
    publish.refresh_publication(path)
    for text in (False, True):
        snap = sqlite3.connect(publish.snapshot_path(path, text))
        assert snap.execute("SELECT title FROM articles WHERE id = 1").fetchone() == ("A changed title",)


def test_public_instance_edges_no_login_no_500_one_line_logs(ds, labelling, capfd):
    for path in ("/", "/news", "/news/articles", "/-/article/1", "/news/said_by"):
        assert "Log in" not in get(ds, path).text, path
    assert get(ds, "/-/login").status_code == 404
    assert "Log in" in get(labelling[0], "/").text  # the labelling instance has one
    capfd.readouterr()
    response = run(ds.client.post("/news/articles/-/insert", json={"row": {"title": "x"}}))
    assert response.status_code == 403 and "read-only" in response.text
    assert get(ds, "/news.json?sql=delete+from+articles").status_code == 400
    log = capfd.readouterr().err
    assert log.count("\n") <= 3, log[:3000]
    assert "Statement must be a SELECT" in log


def _entries(ds, path):
    response = get(ds, path)
    assert response.status_code == 200, response.text[:500]
    return ET.fromstring(response.content).findall(f"{ATOM}entry")


def test_feeds_for_search_topic_organisation_speaker_with_stable_ids(ds, built):
    arts = {a["id"]: a for a in built[1]["articles"]}
    ids = lambda entries: [e.find(f"{ATOM}id").text for e in entries]
    # Entry ids are canonical URLs (the same on every instance), newest found first,
    # updated = when newswatch found the article.
    found = _entries(ds, "/news/new_findings_feed.atom")
    by_found = sorted((a for a in arts.values() if a["relevant"]), key=lambda a: a["first_seen"], reverse=True)
    assert ids(found) == [a["url"] for a in by_found]
    assert [e.find(f"{ATOM}updated").text for e in found] == [
        dt.datetime.fromisoformat(a["first_seen"]).isoformat() for a in by_found]
    assert ids(_entries(ds, "/news/articles_feed.atom?topic=trust_governance_finance")) == [
        arts[3]["url"], arts[5]["url"]]
    assert ids(_entries(ds, "/news/articles_feed.atom?organisation=academies+enterprise+trust")) == [
        arts[1]["url"], arts[5]["url"]]
    assert ids(_entries(ds, "/news/articles_feed.atom?speaker=Neil+Ashby")) == [arts[2]["url"], arts[1]["url"]]
    assert ids(_entries(ds, "/news/articles_feed.atom?q=classrooms")) == [arts[5]["url"]]
    nothing = _entries(ds, "/news/articles_feed.atom?q=zzzz")
    assert [e.find(f"{ATOM}title").text for e in nothing] == ["No article matches yet"]
    # Pages announce their feed (auto-discovery) and link to it.
    for path, feed in [("/", "/news/new_findings_feed.atom"),
                       ("/-/organisation/1", "/news/articles_feed.atom?organisation=Academies+Enterprise+Trust"),
                       ("/-/person/1", "/news/articles_feed.atom?speaker=Neil+Ashby"),
                       ("/news/search_articles?q=outsourcing&since=", "/news/articles_feed.atom?q=outsourcing"),
                       ("/news/articles_view?topics__arraycontains=outsourcing",
                        "/news/articles_feed.atom?topic=outsourcing")]:
        head = get(ds, path).text.split("</head>", 1)[0]
        assert '<link rel="alternate" type="application/atom+xml"' in head, path
        assert f'href="{html.escape(feed)}"' in head, (path, head[-400:])


def test_a_quote_over_two_paragraphs_is_marked_once_attributed_once():
    from newswatch.publish import pages

    body = 'Intro line.\n\nShe said: "Pay must rise.\n\n"Staff deserve better," she added.'
    start = body.index("Pay")
    end = body.index('better,"') + len("better,")
    quote = {"id": 7, "text": "Pay must rise. Staff deserve better,", "speaker": "Ann Lee",
             "speaker_org": "GMB", "paragraph": 1, "start": start, "end": end}
    html_paragraphs = pages.marked_paragraphs(body, [quote], lambda q: "/p", lambda o: "/o")
    joined = "".join(html_paragraphs)
    assert joined.count('id="q-7"') == 1 and joined.count('class="attribution"') == 1
    assert html_paragraphs[1].count("<mark") == 1 and html_paragraphs[2].count("<mark") == 1
    assert 'Staff deserve better,</mark>&quot;<span class="attribution">' in html_paragraphs[2]
    assert html_paragraphs[0] == "Intro line."
    # A quote whose text is not in the body is not marked (the page still lists it).
    assert "<mark" not in "".join(pages.marked_paragraphs(body, [{**quote, "text": "Nowhere.", "start": 0, "end": 3}],
                                                         lambda q: "/p", lambda o: "/o"))


def test_a_label_recorded_in_the_labelling_instance_is_used_by_train(tmp_path, monkeypatch):
    """For any database file name (here `.sqlite`), `train --db` reads the labels that the
    labelling instance wrote (the path is one rule: newswatch.store.labels_db_path)."""
    from datasette_auth_passwords.utils import hash_password

    path = tmp_path / "news.sqlite"
    datasette_fixtures.build(path)
    monkeypatch.setenv(publish.PASSWORD_HASH_ENV, hash_password("correct horse"))
    ds = publish.make_datasette(path, labelling=True)
    run(ds.invoke_startup())
    cookies = {"ds_actor": ds.sign({"a": {"id": "alice"}}, "actor")}
    assert _label_form_post(ds, cookies, 1, label="relevant", topic_outsourcing="1").status_code == 302
    assert _label_form_post(ds, cookies, 3, label="irrelevant").status_code == 302
    models = tmp_path / "models"
    done = subprocess.run(
        [sys.executable, "-m", "newswatch", "train", "--db", str(path), "--no-findings", "--folds", "3",
         "--out", str(models)],
        capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    meta = json.loads(next(models.glob("*/meta.json")).read_text())
    assert meta["labels_used"] == 2
