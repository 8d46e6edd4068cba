"""A parsed page as the field helpers see it: the lxml tree, its meta tags and its
JSON-LD objects, read once per page.

    from crawler.fields.page import Page
    page = Page.from_tree(tree, url)              # today: the real clock's date
    page = Page.from_tree(tree, url, today=day)   # a fixed "today" (tests, replays)
    page.meta["og:title"], page.article_ld(), page.ld_value("datePublished")
"""
from __future__ import annotations

import datetime as dt
import html as html_lib
import json
import re
from collections import deque
from dataclasses import dataclass, field

from lxml import html as lxml_html

from crawler.text import clean_space

# JSON-LD @type values that say "this page is a news/blog article".
ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "askpublicnewsarticle",
    "satiricalarticle",
    "scholarlyarticle",
    "techarticle",
    "blogposting",
    "socialmediaposting",
    "liveblogposting",
    "report",
}
# JSON-LD @type values that say "this page is a listing / not one article".
LISTING_TYPES = {"collectionpage", "itemlist", "searchresultspage", "profilepage", "website"}
PERSON_TYPES = {"person"}
ORG_TYPES = {"organization", "newsmediaorganization", "corporation", "organisation"}


@dataclass
class Page:
    """A parsed page: the lxml tree, meta tags (lower-cased keys, first value wins, all
    values kept in `meta_all`), and flattened JSON-LD objects. `today` is the date the
    date helpers judge against (a date after next year is not believed)."""

    url: str
    tree: lxml_html.HtmlElement
    today: dt.date
    meta: dict[str, str] = field(default_factory=dict)
    meta_all: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[dict] = field(default_factory=list)
    # What could not be read ("JSON-LD block 1 unreadable: nested too deep"); the caller
    # adds these to the page's reasons, so a lost field is recorded, not silent.
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_tree(cls, tree: lxml_html.HtmlElement, url: str, today: dt.date | None = None) -> "Page":
        """The page of `tree`, fetched from `url`. `today` defaults to the real clock's
        date: this is the one place extraction reads the clock."""
        page = cls(url=url, tree=tree, today=today or dt.date.today())
        for el in tree.iter("meta"):
            content = clean_space(el.get("content"))
            if not content:
                continue
            keys = []
            for attr in ("property", "name", "itemprop", "http-equiv"):
                for key in (el.get(attr) or "").lower().split():
                    if key not in keys:
                        keys.append(key)
            for key in keys:
                page.meta_all.setdefault(key, []).append(content)
                page.meta.setdefault(key, content)
        page.jsonld = parse_jsonld(tree, page.notes)
        return page

    def article_ld(self) -> dict | None:
        """The first JSON-LD object whose @type is an article type."""
        for obj in self.jsonld:
            if ld_types(obj) & ARTICLE_TYPES:
                return obj
        return None

    def ld_value(self, key: str):
        """`key` from the article JSON-LD object, else from any JSON-LD object that has it
        (WebPage objects often carry dates, for instance), else None."""
        art = self.article_ld()
        if art is not None and art.get(key) not in (None, "", []):
            return art[key]
        for obj in self.jsonld:
            if ld_types(obj) & (ORG_TYPES | PERSON_TYPES | {"breadcrumblist", "imageobject"}):
                continue
            if obj.get(key) not in (None, "", []):
                return obj[key]
        return None


# ---------------------------------------------------------------- JSON-LD

def ld_types(obj: dict) -> set[str]:
    """The object's @type values, lower-cased, without a schema.org URL prefix."""
    t = obj.get("@type")
    if isinstance(t, str):
        t = [t]
    if not isinstance(t, list):
        return set()
    return {str(x).rpartition("/")[2].lower() for x in t}


def _ld_objects(data) -> list[dict]:
    """Flatten JSON-LD: lists, @graph, and nested mainEntity are all walked."""
    out: list[dict] = []
    stack = deque([data])
    while stack:
        item = stack.popleft()
        if isinstance(item, list):
            stack.extendleft(reversed(item))
        elif isinstance(item, dict):
            if "@graph" in item:
                graph = item["@graph"]
                stack.extendleft(reversed(graph) if isinstance(graph, list) else [graph])
            if "@type" in item:
                out.append(item)
            main = item.get("mainEntity")
            if isinstance(main, (dict, list)):
                stack.append(main)
    return out


def parse_jsonld(tree, notes: list[str] | None = None) -> list[dict]:
    """Every JSON-LD object on the page (see `_ld_objects`). A block that is not JSON, or
    is nested too deep for the parser, is skipped and noted in `notes`."""
    objects: list[dict] = []
    for number, script in enumerate(tree.iter("script"), 1):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        raw = (script.text or "").strip()
        if not raw:
            continue
        raw = re.sub(r"^\s*<!--|-->\s*$", "", raw).strip()
        try:
            data = json.loads(raw)
        except RecursionError:
            note(notes, f"JSON-LD block (script {number}) unreadable: nested too deep")
            continue
        except ValueError:
            try:  # raw control characters inside strings are common in the wild
                data = json.loads(raw, strict=False)
            except (ValueError, RecursionError):
                note(notes, f"JSON-LD block (script {number}) unreadable: not JSON")
                continue
        objects.extend(_ld_objects(data))
    return objects


def note(notes: list[str] | None, message: str) -> None:
    """Add `message` to `notes` (when the caller keeps notes)."""
    if notes is not None:
        notes.append(message)


def ld_text(value) -> str:
    """A JSON-LD value as plain text (strings, {"name"}/{"@value"} dicts, first of lists)."""
    if isinstance(value, list):
        value = next(iter(value), "")
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("@id") or ""
    if not isinstance(value, str):
        return ""
    return clean_space(html_lib.unescape(value))


def ld_single_text(value, what: str, notes: list[str] | None = None) -> str:
    """A JSON-LD value that must be one string (a headline, a date): a string, an
    {"@value"} object or a one-item list of those. Anything else (several values, a
    number, an object) is not guessed from: it gives "" and is noted."""
    if isinstance(value, list) and len(value) == 1:
        value = next(iter(value))
    if isinstance(value, dict) and isinstance(value.get("@value"), str):
        value = value["@value"]
    if value in (None, ""):
        return ""
    if not isinstance(value, str):
        shapes = {list: f"a list of {len(value) if isinstance(value, list) else 0} values", dict: "an object",
                  bool: "true/false", int: "a number", float: "a number"}
        shape = shapes.get(type(value), type(value).__name__)
        note(notes, f"JSON-LD {what} is {shape}: ignored")
        return ""
    return clean_space(html_lib.unescape(value))


def site_name(page: Page) -> str:
    """The publication's name: og:site_name > application-name > a JSON-LD WebSite or
    Organization name > the article's JSON-LD publisher name; "" when none."""
    name = page.meta.get("og:site_name") or page.meta.get("application-name") or ""
    if not name:
        for obj in page.jsonld:
            if ld_types(obj) & ({"website"} | ORG_TYPES) and obj.get("name"):
                name = ld_text(obj["name"])
                break
    if not name:
        art = page.article_ld()
        if art and isinstance(art.get("publisher"), dict):
            name = ld_text(art["publisher"].get("name"))
    return name
