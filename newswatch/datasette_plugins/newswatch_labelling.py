"""Datasette plugin for the private labelling instance (`newswatch serve --labelling`).

  /-/label          the queue: articles nobody has labelled first, least certain first
  /-/label/ID       the form: the article (title, source, date, beginning, link) beside
                    relevant/irrelevant and the known topics; checked (nlp.classifier.labels)
                    before it is written to the labels database, with the reason if not
Anonymous visitors of the labelling instance see neither labels nor raw HTML, and cannot
run SQL that could read them. The public instance has none of this (404).
"""
from __future__ import annotations

import json

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Forbidden, NotFound, Response

from newswatch.store import utcnow
from newswatch.store.labels import insert_label
from newswatch.store.snapshot import excerpt
from nlp.classifier.labels import TOPICS, check_label

QUEUE_SIZE = 50
PRIVATE_TABLES = {"labels", "pages"}


def _databases(datasette) -> tuple[str | None, str | None]:
    """(news database name, labels database name); labels is None on the public instance."""
    names = [n for n, d in datasette.databases.items() if n != "_internal" and not d.is_memory]
    labels = next((n for n in names if n.endswith("-labels")), None)
    news = next((n for n in names if n != labels), None)
    return news, labels


def _require_labeller(datasette, request) -> tuple[str, str]:
    news, labels = _databases(datasette)
    if labels is None:
        raise NotFound("labelling happens on the labelling instance (newswatch serve --labelling)")
    if not request.actor:
        raise Forbidden("Log in (/-/login) to label articles.")
    return news, labels


async def _labels_by_article(db) -> dict[int, dict]:
    rows = (await db.execute(
        "SELECT article_id, label, topics, labeller, labelled_at FROM labels ORDER BY labelled_at, id")).rows
    return {r["article_id"]: dict(r) for r in rows}  # the latest label of each article


async def queue_page(datasette, request):
    news, labels = _require_labeller(datasette, request)
    labelled = await _labels_by_article(datasette.databases[labels])
    q = (request.args.get("q") or "").strip()
    ids = json.dumps(list(labelled))
    sql = ("SELECT id, title, source, published, relevance, relevant FROM articles "
           "WHERE id {} (SELECT value FROM json_each(:ids)) "
           "AND (:q = '' OR title LIKE '%' || :q || '%') "
           "ORDER BY abs(coalesce(relevance, 0.5) - 0.5), published DESC LIMIT " + str(QUEUE_SIZE))
    db = datasette.databases[news]
    todo = [dict(r) for r in (await db.execute(sql.format("NOT IN"), {"ids": ids, "q": q})).rows]
    done = [dict(r, label=labelled[r["id"]]) for r in
            (await db.execute(sql.format("IN"), {"ids": ids, "q": q})).rows]
    html = await datasette.render_template(
        "newswatch_label_queue.html",
        {"todo": todo, "done": done, "q": q, "news_db": news, "labels_db": labels,
         "labelled_count": len(labelled)}, request=request)
    return Response.html(html)


async def form_page(datasette, request):
    news, labels = _require_labeller(datasette, request)
    article_id = int(request.url_vars["id"])
    rows = (await datasette.databases[news].execute(
        "SELECT id, url, title, source, published, summary, body, relevance, relevant, topics "
        "FROM articles WHERE id = ?", [article_id])).rows
    if not rows:
        raise NotFound(f"no article {article_id}")
    article = dict(rows[0])
    values = {"label": "", "topics": [], "note": ""}
    errors = []
    if request.method == "POST":
        form = await request.post_vars()
        values = {"label": form.get("label", ""), "note": (form.get("note") or "").strip(),
                  "topics": [t for t in TOPICS if form.get(f"topic_{t}")]}
        try:
            topics = check_label(values["label"], values["topics"])
        except ValueError as exc:
            errors.append(str(exc) if values["label"] else "choose relevant or irrelevant")
        else:
            record = {"article_id": article_id, "article_url": article["url"], "label": values["label"],
                      "topics": json.dumps(topics), "labeller": request.actor.get("id"),
                      "labelled_at": utcnow(), "note": values["note"] or None}
            await datasette.databases[labels].execute_write_fn(
                lambda conn: insert_label(sqlite_utils.Database(conn), record))
            datasette.add_message(request, f"Label saved: article {article_id} is {values['label']}.")
            return Response.redirect(datasette.urls.path("/-/label"))
    previous = (await _labels_by_article(datasette.databases[labels])).get(article_id)
    html = await datasette.render_template(
        "newswatch_label.html",
        {"article": article, "beginning": excerpt(article["body"], 80), "topics": TOPICS,
         "values": values, "errors": errors, "previous": previous, "news_db": news},
        request=request)
    return Response.html(html, status=400 if errors else 200)


@hookimpl
def register_routes():
    return [
        (r"^/-/label$", queue_page),
        (r"^/-/label/(?P<id>\d+)$", form_page),
    ]


@hookimpl
def permission_allowed(datasette, actor, action, resource):
    """On the labelling instance, anonymous visitors see neither labels nor raw HTML."""
    news, labels = _databases(datasette)
    if labels is None or actor:
        return None
    database = resource[0] if isinstance(resource, tuple) else resource
    if database == labels and action in ("view-database", "view-table", "view-query",
                                         "execute-sql", "view-database-download"):
        return False
    if database == news and action in ("execute-sql", "view-database-download"):
        return False  # SQL (or the file) could read pages.html_gz and labels
    if action == "view-table" and isinstance(resource, tuple) and resource[1] in PRIVATE_TABLES:
        return False
    return None
