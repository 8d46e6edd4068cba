"""Issue 18: the table pages' default facets at scale (newswatch/datasette_plugins/
newswatch_facets.py): the array facet counts exactly what it counted before, on plain
and filtered pages; facet queries on the immutable snapshot are computed once, while
each page still gets its own links; the default facets read indexes (m067)."""
from __future__ import annotations

import asyncio
import json
import sqlite3

import pytest

import datasette_fixtures
from newswatch import publish
from newswatch.store import connect


def loaded_plugin():
    """The plugin module as Datasette loaded it (from its plugins directory)."""
    from datasette.plugins import pm

    (module,) = [m for m in pm.get_plugins() if str(getattr(m, "__file__", "")).endswith("newswatch_facets.py")]
    return module


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "news.db"
    datasette_fixtures.build(path)
    db = connect(path)
    # A list that repeats a value: its article counts once for that value.
    first = db.execute("select id, source from articles order by id limit 1").fetchone()
    db["articles"].update(first[0], {"topics": json.dumps(["outsourcing", "outsourcing", "academisation"])})
    db.close()
    return path, first[1]


@pytest.fixture(scope="module")
def ds(built):
    instance = publish.make_datasette(built[0])
    asyncio.run(instance.invoke_startup())
    return instance


def get(ds, path):
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, response.text[:500]
    return response.json()


def facet(data, name):
    return {r["value"]: r["count"] for r in data["facet_results"][name]["results"]}


def expected_topics(conn, table, where="1"):
    counts: dict = {}
    for (topics,) in conn.execute(f"select topics from [{table}] where {where}"):
        for topic in set(json.loads(topics or "[]")):
            counts[topic] = counts.get(topic, 0) + 1
    return counts


@pytest.mark.parametrize("table", ["articles", "articles_view"])
def test_array_facet_counts_rows_holding_each_value(ds, built, table):
    conn = sqlite3.connect(ds.databases["news"].path)
    try:
        source = built[1]
        for query, where in (("", "1"), (f"&source={source}", f"source = '{source}'"),
                             ("&topics__arraycontains=outsourcing",
                              "exists (select 1 from json_each(topics) where value = 'outsourcing')")):
            data = get(ds, f"/news/{table}.json?_size=1{query}")
            assert facet(data, "topics") == expected_topics(conn, table, where), query
            assert not data.get("facets_timed_out")
    finally:
        conn.close()
    assert expected_topics(sqlite3.connect(built[0]), "articles")["outsourcing"] >= 2


def test_cached_counts_with_links_of_each_page(ds):
    newswatch_facets = loaded_plugin()
    newswatch_facets._cache.clear()
    plain = get(ds, "/news/articles.json?_size=1")
    cached = len(newswatch_facets._cache)
    sorted_page = get(ds, "/news/articles.json?_size=1&_sort=title")
    assert cached and len(newswatch_facets._cache) == cached  # the same facet queries: nothing new
    for name in ("source", "relevant", "topics"):
        assert facet(plain, name) == facet(sorted_page, name)
    links = [r["toggle_url"] for r in sorted_page["facet_results"]["topics"]["results"]]
    assert links and all("_sort=title" in link and "topics__arraycontains=" in link for link in links)
    get(ds, "/news/articles.json?_size=1&relevant=1")
    assert len(newswatch_facets._cache) > cached  # other filters, other queries


def test_a_mutable_database_is_never_cached(built):
    instance = publish.make_datasette(built[0], labelling=True)
    asyncio.run(instance.invoke_startup())
    newswatch_facets = loaded_plugin()
    newswatch_facets._cache.clear()
    data = get(instance, "/news/articles.json?_size=1")
    assert facet(data, "topics") and not newswatch_facets._cache


def test_default_facets_read_indexes(ds):
    """Every default facet of the three pages groups over an index, not the table."""
    conn = sqlite3.connect(f"file:{ds.databases['news'].path}?immutable=1", uri=True)
    meta = publish.build_metadata("news")["databases"]["news"]["tables"]
    try:
        for table in ("articles", "quotes_view", "organisation_mentions"):
            for config in meta[table]["facets"]:
                column = config if isinstance(config, str) else next(iter(config.values()))
                plan = " ".join(str(r) for r in conn.execute(
                    f"explain query plan select [{column}], count(*) from (select * from [{table}]) group by [{column}]"))
                assert "COVERING INDEX" in plan, (table, column, plan)
    finally:
        conn.close()
