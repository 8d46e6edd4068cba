"""Datasette plugin: article, organisation and person pages, and links to them.

Routes (data from newswatch/pages.py, templates newswatch_*.html):
  /-/article/ID                      the article: metadata, text with quotes marked and
                                     attributed, its organisations and people
  /-/organisation/ID, ?name=NAME     mentions per month, its articles, what its people said
  /-/person/ID, /-/person?name=NAME  a person's (or a speaker's) quotes
render_cell makes every article id and title, quote, speaker and organisation in tables
and canned-query results a link to its page; a long quote is cut at a word with a link
to the whole of it.
"""
from __future__ import annotations

from functools import partial
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from newswatch.publish import pages
from newswatch.publish.snapshots import SnapshotDatabase

QUOTE_CELL_CHARS = 400  # longer quotes in tables are cut at a word, with a link to the rest
ARTICLE_TABLES = {"articles", "articles_view"}
QUOTE_TABLES = {"quotes", "quotes_view"}


def _news_db(datasette) -> str:
    for name, database in datasette.databases.items():
        if name != "_internal" and not database.is_memory and not name.endswith("-labels"):
            return name
    raise NotFound("no news database")


def article_href(datasette, article_id, quote_id=None) -> str:
    href = datasette.urls.path(f"/-/article/{article_id}")
    return href + (f"#quote-{quote_id}" if quote_id is not None else "")


def organisation_href(datasette, entity_id=None, name=None) -> str:
    if entity_id is not None:
        return datasette.urls.path(f"/-/organisation/{entity_id}")
    return datasette.urls.path("/-/organisation") + "?" + urlencode({"name": name})


def person_href(datasette, person_id=None, name=None) -> str:
    if person_id is not None:
        return datasette.urls.path(f"/-/person/{person_id}")
    return datasette.urls.path("/-/person") + "?" + urlencode({"name": name})


def _link(href: str, text) -> Markup:
    return Markup(f'<a href="{escape(href)}">{escape(text)}</a>')


async def _page(datasette, request, template: str, fetch, title: str, feed=None) -> Response:
    name = _news_db(datasette)
    hidden = {t for t, meta in ((datasette.metadata(database=name) or {}).get("tables") or {}).items()
              if meta.get("hidden")}
    data = await datasette.databases[name].execute_fn(partial(fetch, hidden=hidden))
    if data is None:
        raise NotFound(f"no such {title}")
    database = datasette.databases[name]
    excerpt_only = isinstance(database, SnapshotDatabase) and database.info().get("text") == "excerpt"
    context = {"data": data, "news_db": name, "title": title, "excerpt_only": excerpt_only,
               "article_href": partial(article_href, datasette),
               "organisation_href": partial(organisation_href, datasette),
               "person_href": partial(person_href, datasette),
               "newswatch_feed": feed(data) if feed else None}
    return Response.html(await datasette.render_template(template, context, request=request))


async def article_page(datasette, request):
    article_id = int(request.url_vars["id"])

    def fetch(conn, hidden):
        data = pages.article(conn, article_id, hidden)
        if data and data["article"].get("body"):
            data["paragraphs"] = [Markup(p) for p in pages.marked_paragraphs(
                data["article"]["body"], data["quotes"],
                lambda q: person_href(datasette, q.get("speaker_person_id"), q.get("speaker")),
                lambda org: organisation_href(datasette, name=org))]
        return data

    return await _page(datasette, request, "newswatch_article.html", fetch, "article")


def _feed(datasette, news_db, title, **params) -> dict:
    href = datasette.urls.database(news_db) + "/articles_feed.atom?" + urlencode(params)
    return {"href": href, "title": title}


async def organisation_page(datasette, request):
    entity_id = request.url_vars.get("id")
    name = (request.args.get("name") or "").strip()
    if entity_id is None and not name:
        raise NotFound("give an organisation: /-/organisation?name=UNISON")

    def fetch(conn, hidden):
        found = int(entity_id) if entity_id is not None else pages.find_organisation(conn, name)
        return pages.organisation(conn, found, name)

    return await _page(datasette, request, "newswatch_organisation.html", fetch, "organisation",
                       feed=lambda data: _feed(datasette, _news_db(datasette), f"Articles mentioning {data['name']}",
                                               organisation=data["name"]))


async def person_page(datasette, request):
    person_id = request.url_vars.get("id")
    name = (request.args.get("name") or "").strip()
    if person_id is None and not name:
        raise NotFound("give a person: /-/person?name=Jon+Richards")

    def fetch(conn, hidden):
        return pages.person(conn, int(person_id) if person_id is not None else None, name)

    return await _page(datasette, request, "newswatch_person.html", fetch, "person",
                       feed=lambda data: _feed(datasette, _news_db(datasette), f"Articles quoting {data['name']}",
                                               speaker=data["name"]))


@hookimpl
def register_routes():
    return [
        (r"^/-/article/(?P<id>\d+)$", article_page),
        (r"^/-/organisation/(?P<id>\d+)$", organisation_page),
        (r"^/-/organisation$", organisation_page),
        (r"^/-/person/(?P<id>\d+)$", person_page),
        (r"^/-/person$", person_page),
    ]


# --- links in tables and query results -------------------------------------------------

def _get(row, key):
    """A cell's value from a Datasette row (expanded foreign keys are dicts)."""
    if key not in row.keys():
        return None
    value = row[key]
    return value.get("value") if isinstance(value, dict) else value


def _article_id(row, table):
    """The article a row is about, if any."""
    if _get(row, "article_id") is not None:
        return _get(row, "article_id")
    if table in ARTICLE_TABLES or (table is None and "title" in row.keys() and "url" in row.keys()):
        return _get(row, "id")
    return None


def _quote_cell(datasette, text, row, table):
    quote_id = _get(row, "quote_id") if "quote_id" in row.keys() else (
        _get(row, "id") if table == "quotes" else None)
    article_id = _get(row, "article_id")
    if len(text) <= QUOTE_CELL_CHARS or article_id is None:
        return Markup(escape(text))
    cut = text[:QUOTE_CELL_CHARS].rsplit(" ", 1)[0]
    return Markup(f'{escape(cut)} … ') + _link(article_href(datasette, article_id, quote_id),
                                               "(whole quote)")


@hookimpl
def render_cell(row, value, column, table, datasette):
    shown = value.get("label") or value.get("value") if isinstance(value, dict) else value
    value = value.get("value") if isinstance(value, dict) else value
    if value is None or value == "":
        return None
    if column == "article_id" or (column == "id" and table in ARTICLE_TABLES) or (
            column == "id" and table is None and _article_id(row, None) == value):
        return _link(article_href(datasette, value), shown)
    if column in ("title", "article_title") and table not in ("entities", "people"):
        article_id = _article_id(row, table)
        if article_id is not None:
            return _link(article_href(datasette, article_id), value)
    if column == "quote_id" and _get(row, "article_id") is not None:
        return _link(article_href(datasette, _get(row, "article_id"), value), value)
    if (column == "quote" or (column == "text" and table == "quotes")) and isinstance(value, str):
        return _quote_cell(datasette, value, row, table)
    if column == "speaker":
        return _link(person_href(datasette, _get(row, "speaker_person_id"), value), value)
    if column in ("organisation", "speaker_org", "trust", "org") and table not in ("crawl_runs",):
        return _link(organisation_href(datasette, _get(row, "entity_id"), value), value)
    if column == "entity_id":
        return _link(organisation_href(datasette, value), shown)
    if table == "entities" and column in ("id", "name"):
        if _get(row, "label") == "PERSON":
            return _link(person_href(datasette, name=_get(row, "name")), shown)
        return _link(organisation_href(datasette, _get(row, "id")), shown)
    if table == "people" and column in ("id", "name"):
        return _link(person_href(datasette, _get(row, "id")), shown)
    return None
