"""Datasette plugin loaded by `newswatch serve` (see newswatch/publish.py).

- SQL function fts_query(text): what a researcher typed -> a safe FTS5 query.
- `newswatch_db` in templates: the name of the news database, for the /about page links.
- A `skipped_rows` column (a count, in the skipped_by_reason query) links to those rows
  of skipped_pages: same source, same reason.
- In the labelling instance, a `label_this` column (an article id) becomes a link to the
  labelling form, pre-filled with the article's id and URL.
"""
from urllib.parse import unquote, urlencode

from datasette import hookimpl
from markupsafe import Markup, escape


def _news_db(datasette):
    for name, database in datasette.databases.items():
        if name != "_internal" and not database.is_memory and not name.endswith("-labels"):
            return name
    return None


@hookimpl
def prepare_connection(conn):
    from newswatch.publish import fts_query

    conn.create_function("fts_query", 1, fts_query, deterministic=True)


@hookimpl
def extra_template_vars(template, database, request, datasette):
    async def inner():
        extra = {"newswatch_db": _news_db(datasette)}
        # Datasette 0.65 renders a writable canned query's form without its metadata, so
        # its title and description (which explain the allowed values) would be lost.
        if template.startswith("query") and database and request is not None:
            name = unquote(request.path.rstrip("/").rsplit("/", 1)[-1])
            query = await datasette.get_canned_query(database, name, request.actor)
            if query and query.get("write"):
                extra["metadata"] = query
        return extra

    return inner


@hookimpl
def render_cell(row, value, column, datasette):
    if column != "label_this" or value is None:
        return None
    labels_db = next((n for n in datasette.databases if n.endswith("-labels")), None)
    if labels_db is None:
        return None
    url = row["url"] if "url" in row.keys() else ""
    query = urlencode({"article_id": value, "article_url": url or ""})
    href = datasette.urls.path(f"/{labels_db}/add_label") + "?" + query
    return Markup(f'<a href="{escape(href)}">label</a>')


@hookimpl(specname="render_cell")
def render_snippet(value, column):
    """Search snippets mark matches as **word**: show them highlighted."""
    if column != "snippet" or not isinstance(value, str):
        return None
    parts = str(escape(value)).split("**")
    html = "".join(f"<mark>{p}</mark>" if i % 2 else p for i, p in enumerate(parts))
    return Markup(html)


@hookimpl(specname="render_cell")
def render_list_articles(value, column, database, datasette):
    """A `list_articles` column (an organisation's name) links to the articles mentioning it."""
    if column != "list_articles" or not value or not database:
        return None
    href = datasette.urls.database(database) + "/articles_mentioning?" + urlencode(
        {"organisation": value})
    return Markup(f'<a href="{escape(href)}">articles</a>')


@hookimpl(specname="render_cell")
def render_skipped_rows(row, value, column, database, datasette):
    """A `skipped_rows` count links to the skipped_pages rows of its source and reason."""
    if column != "skipped_rows" or value is None or not database:
        return None
    keys = row.keys()
    if "source" not in keys or "reason" not in keys:
        return None
    href = datasette.urls.table(database, "skipped_pages") + "?" + urlencode(
        {"source": row["source"] or "", "reason": row["reason"] or "", "_sort_desc": "at"})
    return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
