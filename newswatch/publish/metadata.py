"""Datasette metadata: datasette_metadata.json (titles, descriptions, canned queries,
dashboards), pointed at the database being served, plus the labelling instance's parts.
"""
from __future__ import annotations

import copy
import json
import os
from pathlib import Path

from newswatch.publish.errors import PublishError
from newswatch.publish.labelling import PASSWORD_HASH_ENV, labelling_queries

PACKAGE_DIR = Path(__file__).resolve().parents[1]  # newswatch/
METADATA_FILENAME = "datasette_metadata.json"
# The database name datasette_metadata.json is written for (data/news.db).
METADATA_DB_NAME = "news"

def find_metadata_file() -> Path:
    """datasette_metadata.json: $NEWSWATCH_METADATA, else the repository root next to the
    package (editable install), else a copy shipped inside the package."""
    candidates = []
    if os.environ.get("NEWSWATCH_METADATA"):
        candidates.append(Path(os.environ["NEWSWATCH_METADATA"]))
    candidates += [PACKAGE_DIR.parent / METADATA_FILENAME, PACKAGE_DIR / METADATA_FILENAME]
    for path in candidates:
        if path.is_file():
            return path
    raise PublishError(
        "cannot find datasette_metadata.json (looked in: "
        + ", ".join(str(p) for p in candidates)
        + "); set NEWSWATCH_METADATA to its path"
    )


def _retarget(metadata: dict, name: str) -> dict:
    """Point metadata written for database 'news' at the database called `name`."""
    if name == METADATA_DB_NAME:
        return metadata
    metadata["databases"] = {
        (name if k == METADATA_DB_NAME else k): v for k, v in metadata["databases"].items()
    }
    old, new = f"/{METADATA_DB_NAME}/", f"/{name}/"
    for key in ("description_html", "source_url", "about_url"):
        if isinstance(metadata.get(key), str):
            metadata[key] = metadata[key].replace(old, new)
    dashboards = metadata.get("plugins", {}).get("datasette-dashboards", {})
    for dashboard in dashboards.values():
        for item in list(dashboard.get("charts", {}).values()) + list(
            dashboard.get("filters", {}).values()
        ):
            if item.get("db") == METADATA_DB_NAME:
                item["db"] = name
            if isinstance(item.get("query"), str):  # click-through links built in SQL
                item["query"] = item["query"].replace(f"'{old}", f"'{new}")
    return metadata


def build_metadata(
    name: str,
    *,
    labelling: bool = False,
    labels_name: str | None = None,
    metadata_file: str | Path | None = None,
    labeller: str = "labeller",
) -> dict:
    path = Path(metadata_file) if metadata_file else find_metadata_file()
    metadata = _retarget(copy.deepcopy(json.loads(path.read_text())), name)
    if not labelling:
        return metadata
    labels_name = labels_name or f"{name}-labels"
    main_q, labels_q = labelling_queries(labels_name)
    metadata["databases"].setdefault(name, {}).setdefault("queries", {}).update(main_q)
    labels_table = copy.deepcopy(
        metadata["databases"].get(name, {}).get("tables", {}).get("labels", {})
    )
    labels_table.pop("hidden", None)  # hidden on the public instance only
    labels_table["description"] = (
        "Labels given in this labelling interface. `newswatch train` reads them."
    )
    metadata["databases"][labels_name] = {
        "description": "Researchers' labels (relevant or not, topics). Crawls never write here.",
        "tables": {"labels": labels_table},
        "queries": labels_q,
    }
    metadata.setdefault("plugins", {})["datasette-auth-passwords"] = {
        f"{labeller}_password_hash": {"$env": PASSWORD_HASH_ENV},
    }
    metadata["title"] = metadata.get("title", "newswatch") + " (labelling)"
    return metadata
