"""Datasette plugin loaded by `newswatch serve` (see newswatch/publish.py).

- SQL function fts_query(text): what a researcher typed -> a safe FTS5 query.
- `newswatch_db` in templates: the name of the news database, for the /about page links.
- Every request first switches to the newest published snapshot, if `newswatch run`
  published one since (newswatch/publish/snapshots.py); every page shows when the data was last
  updated (`newswatch_updated`, in _footer.html).
- A `skipped_rows` column (a count, in the skipped_by_reason query) links to those rows
  of skipped_pages: same source, same reason.
- In the labelling instance, a `label_this` column (an article id) becomes a link to the
  labelling form, pre-filled with the article's id and URL.
"""
import datetime as dt
import json
import re
import sys
from urllib.parse import unquote, urlencode

from datasette import handle_exception as datasette_handle_exception
from datasette import hookimpl
from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape

from newswatch.publish import fts_query
from newswatch.publish.snapshots import SnapshotDatabase, switch_to_latest


def _news_db(datasette):
    for name, database in datasette.databases.items():
        if name != "_internal" and not database.is_memory and not name.endswith("-labels"):
            return name
    return None


@hookimpl
def prepare_connection(conn):
    conn.create_function("fts_query", 1, fts_query, deterministic=True)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def switching_app(scope, receive, send):
            if scope.get("type") == "http":
                switch_to_latest(datasette)
                if scope.get("path") in ("/-/login", "/-/password-tool") and _is_public(datasette):
                    await Response.text("No login on the public instance.", status=404).asgi_send(send)
                    return
            await app(scope, receive, send)

        return switching_app

    return wrap


def _updated(datasette):
    """'2026-12-06 06:15 UTC' for the news database's snapshot, or None (live database)."""
    database = datasette.databases.get(_news_db(datasette) or "")
    if not isinstance(database, SnapshotDatabase):
        return None
    info = database.info()
    return {
        "published_at": info.get("published_at"),
        "newest_article_seen": info.get("newest_article_seen"),
    }


async def _latest_articles(database, limit=10):
    """The newest relevant articles (any articles while none is relevant), for the home page."""
    columns = "id, title, source, published"
    for relevant_only, where in ((True, "WHERE relevant = 1"), (False, "")):
        rows = (await database.execute(
            f"SELECT {columns} FROM articles {where} ORDER BY published DESC LIMIT {limit}")).rows
        if rows:
            return {"relevant_only": relevant_only, "articles": [dict(r) for r in rows]}
    return None


def _feed(template, database, table, request, datasette):
    """The Atom feed a page has an equivalent of (for the auto-discovery link), or None."""
    name = _news_db(datasette)
    if not name or request is None:
        return None
    base = datasette.urls.database(name)
    args = request.args
    if template == "index.html":
        return {"href": f"{base}/new_findings_feed.atom", "title": "New relevant articles"}
    if template.startswith("query") and request.path.endswith("/search_articles") and args.get("q"):
        return {"href": f"{base}/articles_feed.atom?" + urlencode({"q": args["q"]}),
                "title": f"Articles matching {args['q']}"}
    if template.startswith("table") and table in ("articles", "articles_view"):
        if args.get("topics__arraycontains"):
            topic = args["topics__arraycontains"]
            return {"href": f"{base}/articles_feed.atom?" + urlencode({"topic": topic}),
                    "title": f"Articles on {topic}"}
        if args.get("_search"):
            return {"href": f"{base}/articles_feed.atom?" + urlencode({"q": args["_search"]}),
                    "title": f"Articles matching {args['_search']}"}
    return None


@hookimpl
def extra_template_vars(template, database, table, request, datasette):
    async def inner():
        extra = {"newswatch_db": _news_db(datasette), "newswatch_updated": _updated(datasette),
                 "newswatch_public": _is_public(datasette)}
        feed = _feed(template, database, table, request, datasette)
        if feed:
            extra["newswatch_feed"] = feed
        if template == "index.html" and extra["newswatch_db"]:
            extra["newswatch_latest"] = await _latest_articles(datasette.databases[extra["newswatch_db"]])
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
    """label_this (an article id) links to the labelling form, on the labelling instance."""
    if column != "label_this" or value is None:
        return None
    if not any(n.endswith("-labels") for n in datasette.databases):
        return None
    href = datasette.urls.path(f"/-/label/{int(value)}")
    return Markup(f'<a href="{escape(href)}">label</a>')


@hookimpl(specname="render_cell")
def render_snippet(value, column):
    """Search snippets mark matches as **word**: show them highlighted."""
    if column != "snippet" or not isinstance(value, str):
        return None
    parts = str(escape(value)).split("**")
    html = "".join(f"<mark>{p}</mark>" if i % 2 else p for i, p in enumerate(parts))
    return Markup(html)


DATE_COLUMNS = {"published", "modified", "first_seen", "last_seen", "started", "ended", "at",
                "labelled_at", "fetched_at", "last_fetched", "last_run", "last_ok_run", "newest_article"}
TAG_STYLE = "background: #e8eef7; border-radius: 3px; padding: 0 0.4em; white-space: nowrap"
ISO_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)?$")


@hookimpl(specname="render_cell")
def render_dates_and_topics(value, column, table, database, datasette):
    """ISO times as '12 Nov 2026, 09:00' (the full value on hover); topics as tags."""
    if column in DATE_COLUMNS and isinstance(value, str) and ISO_TIME.match(value):
        try:
            when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return Markup(f'<time datetime="{escape(value)}" title="{escape(value)}">'
                      f'{when.strftime("%d %b %Y, %H:%M")}</time>')
    if column == "topics" and isinstance(value, str) and database:
        try:
            topics = json.loads(value)
        except ValueError:
            return None
        if not isinstance(topics, list):
            return None
        base = datasette.urls.table(database, "articles_view")
        return Markup(" ".join(
            f'<a class="newswatch-tag" style="{TAG_STYLE}" href="{escape(base)}?{escape(urlencode({"topics__arraycontains": t}))}">'
            f"{escape(t)}</a>" for t in topics)) or Markup("<em>none</em>")
    return None


@hookimpl(specname="render_cell")
def render_crawl_health(row, value, column, database, datasette):
    """In crawl health: errors link to the run's errors (by kind), a source to its articles."""
    if column == "list_source_articles" and value and database:
        href = datasette.urls.table(database, "articles_view") + "?" + urlencode({"source": value})
        return Markup(f'<a href="{escape(href)}">articles</a>')
    if not database or value is None or "run_id" not in row.keys() or row["run_id"] is None:
        return None
    errors = datasette.urls.table(database, "crawl_errors")
    if column == "errors":
        return Markup(f'<a href="{escape(errors)}?run_id={int(row["run_id"])}">{int(value)}</a>')
    if column == "error_counts" and isinstance(value, str):
        try:
            counts = json.loads(value)
        except ValueError:
            return None
        if not isinstance(counts, dict):
            return None
        return Markup(", ".join(
            f'<a href="{escape(errors)}?{escape(urlencode({"run_id": row["run_id"], "kind": k}))}">'
            f"{escape(k)}: {escape(n)}</a>" for k, n in counts.items()) or "none")
    return None


DATE_PICKERS = (
    "document.querySelectorAll('form input[type=text]').forEach(function (el) {"
    " if (/^(since|start|end)$/.test(el.name)) { el.type = 'date'; } });"
)
# Column descriptions fold away under one line, out of the way of the data.
FOLD_DESCRIPTIONS = (
    "document.querySelectorAll('dl.column-descriptions').forEach(function (dl) {"
    " var d = document.createElement('details'); var s = document.createElement('summary');"
    " s.textContent = 'What the columns mean'; d.appendChild(s); dl.parentNode.insertBefore(d, dl);"
    " d.appendChild(dl); });"
)


@hookimpl
def extra_body_script(template):
    """Date pickers for the canned queries' date parameters; folded column descriptions."""
    if template.startswith("query"):
        return DATE_PICKERS
    if template.startswith("table"):
        return FOLD_DESCRIPTIONS
    return None


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


# --- errors and the public instance's edges ----------------------------------------------

# Datasette's own exception handler prints every error (a rejected SQL query too) as a
# rich traceback with all local variables, ~560 lines each, and fails outright on errors
# raised outside an except block (a 500 for POST /db/table/-/insert). Without rich it
# prints plain tracebacks of real errors only; the handler below logs the rest in a line.
datasette_handle_exception.rich = None

WRITE_API = re.compile(r"/-/(insert|upsert|update|delete|drop|create)$")


@hookimpl
def handle_exception(datasette, request, exception):
    """A researcher's mistake (bad SQL, a missing page, a write to the read-only
    publication) gets its error page and one log line, not a full traceback; anything
    else is left to Datasette's report."""
    if WRITE_API.search(request.path) and not any(
            d.is_mutable for n, d in datasette.databases.items() if n != "_internal"):
        status, message, title = 403, "The published database is read-only.", "Read-only"
    elif isinstance(exception, Base400):
        status, message, title = exception.status, str(exception.args[0] if exception.args else ""), None
    elif isinstance(exception, DatasetteError):
        status, title = exception.status, exception.title
        message = Markup(exception.message) if exception.message_is_html else exception.message
    else:
        return None
    print(f"newswatch serve: {status} {request.method} {request.path}: {message}",
          file=sys.stderr, flush=True)

    async def inner():
        info = {"ok": False, "error": message, "status": status, "title": title}
        if request.path.endswith(".json"):
            return Response.json(info, status=status)
        return Response.html(await datasette.render_template(
            [f"{status}.html", "error.html"], info, request=request), status=status)

    return inner


def _is_public(datasette) -> bool:
    """No login on the public instance: only the labelling instance configures passwords."""
    return not datasette.plugin_config("datasette-auth-passwords")
