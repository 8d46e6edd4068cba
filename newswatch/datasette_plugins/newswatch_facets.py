"""Datasette plugin: facets that stay fast at 200,000 articles (issue 18).

Datasette's column and array facets are replaced (a hook wrapper around
register_facet_classes swaps them for the subclasses below), so metadata and URLs stay
as they were (`"facets": ["source", {"array": "topics"}]`, `_facet_array=topics`):

- In the published snapshot, which is immutable, a facet's counts cannot change: each
  facet query's result is kept (a bounded cache per server process) and reused by every
  page that runs the same query with the same filters; the toggle links are still built
  for each request. A mutable database (the labelling instance) is never cached.
- The array facet counts the same thing as Datasette's (rows whose array holds each
  value, a value repeated within one row counted once), but groups the rows by their
  array first: articles have a few dozen distinct topic lists, so json_each runs a few
  dozen times and the grouping reads only the column's index (migration
  m067_facet_indexes). Datasette's own `select distinct j.value, inner.*` sorts every
  row, body and all, and times out at this size, leaving the page with no topic counts.
"""
from __future__ import annotations

import json
from collections import OrderedDict

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.facets import ArrayFacet, ColumnFacet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

CACHE_SIZE = 512
_cache: OrderedDict = OrderedDict()


class _CachingDatasette:
    """The Datasette instance as a facet sees it, with execute() results kept for
    immutable databases."""

    def __init__(self, ds):
        self._ds = ds

    def __getattr__(self, name):
        return getattr(self._ds, name)

    async def execute(self, database, sql, params=None, **kwargs):
        if self._ds.get_database(database).is_mutable:
            return await self._ds.execute(database, sql, params, **kwargs)
        key = (id(self._ds), database, sql, json.dumps(params, sort_keys=True, default=str))
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        results = await self._ds.execute(database, sql, params, **kwargs)  # QueryInterrupted is not kept
        _cache[key] = results
        if len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        return results


class CachedColumnFacet(ColumnFacet):
    def __init__(self, ds, *args, **kwargs):
        super().__init__(ds, *args, **kwargs)
        self.ds = _CachingDatasette(ds)


class GroupedArrayFacet(ArrayFacet):
    def __init__(self, ds, *args, **kwargs):
        super().__init__(ds, *args, **kwargs)
        self.ds = _CachingDatasette(ds)

    def facet_sql(self, column: str, limit: int) -> str:
        col = escape_sqlite(column)
        return f"""
            with inner as ({self.sql}),
            arrays as (select {col} as arr, count(*) as n from inner group by {col})
            select j.value as value, sum(arrays.n) as count
            from arrays join json_each(arrays.arr) j
            where not exists (select 1 from json_each(arrays.arr) k where k.value = j.value and k.key < j.key)
            group by j.value
            order by count desc, value
            limit {limit}"""

    async def facet_results(self):
        facet_results, facets_timed_out = [], []
        facet_size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            try:
                rows = await self.ds.execute(
                    self.database, self.facet_sql(column, facet_size + 1), self.params,
                    truncate=False, custom_time_limit=self.ds.setting("facet_time_limit_ms"),
                )
            except QueryInterrupted:
                facets_timed_out.append(column)
                continue
            values = []
            for row in rows.rows[:facet_size]:
                value = str(row["value"])
                arg = {f"{column}__arraycontains": value}
                selected = (f"{column}__arraycontains", value) in pairs
                path = path_with_removed_args(self.request, arg) if selected else path_with_added_args(self.request, arg)
                values.append({"value": value, "label": value, "count": row["count"],
                               "toggle_url": self.ds.absolute_url(self.request, path), "selected": selected})
            facet_results.append({
                "name": column,
                "type": self.type,
                "results": values,
                "hideable": source_and_config["source"] != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_array": column})),
                "truncated": len(rows) > facet_size,
            })
        return facet_results, facets_timed_out


REPLACEMENTS = {ColumnFacet: CachedColumnFacet, ArrayFacet: GroupedArrayFacet}


@hookimpl(hookwrapper=True)
def register_facet_classes():
    outcome = yield
    outcome.force_result([[REPLACEMENTS.get(k, k) for k in classes] for classes in outcome.get_result()])
