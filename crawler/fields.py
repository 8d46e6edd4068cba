"""Small parse helpers, one field each, used by crawler.extract.

Every helper takes a `Page` (the parsed HTML tree plus its meta tags and JSON-LD objects,
built once per page) and returns one field. Priority orders are documented per helper.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import html as html_lib
import json
import re
from collections import deque
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

from lxml import html as lxml_html

from crawler import person_names

LONDON = ZoneInfo("Europe/London")

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
    values kept in `meta_all`), and flattened JSON-LD objects."""

    url: str
    tree: lxml_html.HtmlElement
    meta: dict[str, str] = field(default_factory=dict)
    meta_all: dict[str, list[str]] = field(default_factory=dict)
    jsonld: list[dict] = field(default_factory=list)
    # What could not be read ("JSON-LD block 1 unreadable: nested too deep"); the caller
    # adds these to the page's reasons, so a lost field is recorded, not silent.
    notes: list[str] = field(default_factory=list)

    @classmethod
    def from_tree(cls, tree: lxml_html.HtmlElement, url: str) -> "Page":
        page = cls(url=url, tree=tree)
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


# ---------------------------------------------------------------- generic helpers

_SPACE_RE = re.compile(r"\s+")


def clean_space(text: str | None) -> str:
    return _SPACE_RE.sub(" ", text or "").strip()


def text_of(el) -> str:
    return clean_space(el.text_content()) if el is not None else ""


def ld_types(obj: dict) -> set[str]:
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
            _note(notes, f"JSON-LD block (script {number}) unreadable: nested too deep")
            continue
        except ValueError:
            try:  # raw control characters inside strings are common in the wild
                data = json.loads(raw, strict=False)
            except (ValueError, RecursionError):
                _note(notes, f"JSON-LD block (script {number}) unreadable: not JSON")
                continue
        objects.extend(_ld_objects(data))
    return objects


def _note(notes: list[str] | None, message: str) -> None:
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


# ---------------------------------------------------------------- title

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
        _note(notes, f"JSON-LD {what} is {shape}: ignored")
        return ""
    return clean_space(html_lib.unescape(value))


def site_name(page: Page) -> str:
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


def _strip_site_suffix(title: str, site: str) -> str:
    if site:
        for sep in (" | ", " - ", " – ", " — ", " :: ", " · "):
            if title.lower().endswith((sep + site).lower()):
                return title[: -len(sep + site)].strip()
    # "Headline | Anything short" with no site name known: leave it alone, it may be real.
    return title


def parse_title(page: Page) -> str | None:
    """JSON-LD headline, og:title, twitter:title, the first <h1>, <title>; a trailing
    " | Site name" is removed. A JSON-LD headline that is a truncated prefix of og:title
    loses to og:title."""
    site = site_name(page)
    h1 = page.tree.find(".//h1")
    title_el = page.tree.find(".//title")
    candidates = [
        ld_single_text(page.ld_value("headline"), "headline", page.notes) if page.article_ld() else "",
        page.meta.get("og:title", ""),
        page.meta.get("twitter:title", ""),
        text_of(h1),
        text_of(title_el),
    ]
    candidates = [_strip_site_suffix(clean_space(c), site) for c in candidates if c and clean_space(c)]
    if not candidates:
        return None
    best, *others = candidates
    for other in others:
        stem = best.rstrip(".… ")
        if len(other) > len(best) and other.startswith(stem) and best.endswith(("…", "...")):
            best = other
    return best


# ---------------------------------------------------------------- authors

_BY_RE = re.compile(r"^\s*(?:written\s+)?by[:\s]+", re.I)
_ROLE_WORDS = re.compile(
    r"\b(reporter|correspondent|editor|journalist|writer|columnist|contributor|staff|"
    r"newsroom|desk|team|democracy|local democracy|chief|senior|political|education)\b",
    re.I,
)
_NOT_NAME_RE = re.compile(r"https?://|@|\d|www\.", re.I)
_ORG_WORDS = re.compile(
    r"\b(news|media|press|agency|reporters|staff|newsroom|limited|ltd|plc|group|"
    r"online|times|gazette|echo|mail|post|herald|chronicle|advertiser|telegraph|"
    r"mirror|express|standard|observer|journal|bulletin|live|service|reporting|"
    r"association|council|trust|university|agencies|wire|ministry|ministries|department|"
    r"government|police|reuters|afp|bloomberg|associated press|press association)\b",
    re.I,
)


_TRAILING_ROLE_RE = re.compile(
    r"(\s+(local|democracy|education|political|politics|chief|senior|health|crime|courts?|"
    r"business|sports?|news|trainee|community|digital|deputy|assistant|features|council|"
    r"environment|schools|social|affairs|data|investigations?|home|affairs))*"
    r"\s+(reporter|correspondent|editor|journalist|writer|columnist)s?$", re.I
)


_AFTER_NAME_RE = re.compile(
    r"\s+(?=\d)|\s+(?i:published|updated|posted|last updated|on)\b|\s[|•·]\s|"
    r",?\s+(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r",?\s+(?i:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)(?=,?\s+\d)"
)


_HONORIFIC_RE = re.compile(
    r"^(?:cllr|councillor|dr|prof|professor|sir|dame|rev|reverend|mr|mrs|ms|miss|mx)\.?\s+(?=\S+\s+\S)", re.I)


def strip_honorific(name: str) -> str:
    """"Cllr Martin Crewe" -> "Martin Crewe" (a title before a name of two or more words)."""
    return _HONORIFIC_RE.sub("", name)


def clean_author(name: str) -> str:
    name = person_names.title_case_capitals(clean_space(html_lib.unescape(name)))
    name = _BY_RE.sub("", person_names.LABEL_RE.sub("", name))
    name = person_names.REPORTS_RE.sub("", name)
    # "Jane Smith 14th March 2024", "Jane Smith | Published ...": keep what precedes.
    tail = _AFTER_NAME_RE.search(name)
    if tail:
        name = name[: tail.start()]
    if len(name.split()) > 2:
        name = _TRAILING_ROLE_RE.sub("", name)
    name = person_names.LABEL_RE.sub("", name)
    name = strip_honorific(name.strip(" ,;:|·•-–—"))
    return name


def _split_names(text: str) -> list[str]:
    text = clean_author(person_names.CONTACT_RE.sub(" ", text))
    # "Jane Smith, Education Reporter" -> keep "Jane Smith"; "A, B and C" -> three names;
    # "Words: A | Pictures: B" and "Words by A. Pictures by B" -> A.
    parts = re.split(r"\s*(?:,|;|&|\band\b|\||(?<=[^\W\d_]{2})\.\s)\s*", text)
    names = []
    for part in parts:
        if person_names.PICTURE_CREDIT_RE.match(clean_space(part)):
            continue
        part = clean_author(part)
        if not part or _ROLE_WORDS.search(part) and len(part.split()) <= 4 and names:
            continue
        names.append(part)
    return names


_WIRE_NAMES = {"pa", "ap", "afp", "pa media", "pa wire", "press association", "staff", "admin", "editor", "guest"}


_WIRE_RE = re.compile(r"^(reuters|afp|ap|pa|pa media|press association|associated press|bloomberg)$", re.I)


def plausible_name(name: str, site: str, orgs: set[str], host: str = "") -> bool:
    if not name or len(name) > 60 or _NOT_NAME_RE.search(name):
        return False
    low = name.lower()
    if low in _WIRE_NAMES or person_names.DESK_CREDIT_RE.search(name):
        return False
    squashed = re.sub(r"[^a-z0-9]", "", low)
    if host and len(squashed) >= 4 and squashed in host.replace("-", "").replace(".", ""):
        return False  # the site's own name, e.g. "LinkNaija" on linknaija.com
    if site and (low == site.lower() or site.lower() in low):
        return False
    if low in orgs:
        return False
    if len(name.split()) > 5:
        return False
    if _ORG_WORDS.search(name):
        return False
    return True


def _ld_author_names(value) -> tuple[list[str], set[str]]:
    """(person names, organisation names) from a JSON-LD author value."""
    names, orgs = [], set()
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, str):
            names.extend(_split_names(item))
        elif isinstance(item, dict):
            n = ld_text(item.get("name"))
            if not n:
                continue
            if ld_types(item) & ORG_TYPES:
                orgs.add(n.lower())
            else:
                names.extend(_split_names(n))
    return names, orgs


# Elements that hold just an author's name, then wider byline containers.
_AUTHOR_NAME_XPATH = (
    ".//*[@rel='author' or (@itemprop='author' and not(*)) or "
    "contains(concat(' ', normalize-space(@class), ' '), ' author ') or "
    "contains(@class, 'author-name') or contains(@class, 'author__name') or "
    "contains(@class, 'byline__name') or contains(@class, 'byline-name') or "
    "contains(@class, 'byline__author') or contains(@class, 'byline-author')]"
)
_BYLINE_XPATH = (
    ".//*[@itemprop='author' or contains(concat(' ', normalize-space(@class), ' '), ' byline') "
    "or contains(@class, 'article-author')]"
)


# Boxes of other stories and of readers' comments: their bylines are not the article's.
OTHER_STORIES_RE = re.compile(
    r"comment|reply|disqus|related|most-?read|popular|teaser|recommend|read-?more|more-?from|"
    r"more-?stories|trending|see-?also|also-?read|tip-?off|got-?a-?story", re.I)


def _in_comments(el) -> bool:
    """In a comment thread, or in a box of other stories (whose bylines are not this
    article's)."""
    for a in el.iterancestors():
        if a.tag == "aside":
            return True
        marker = f"{a.get('class') or ''} {a.get('id') or ''}".lower()
        if OTHER_STORIES_RE.search(marker):
            return True
    return False


def parse_authors(page: Page) -> list[str]:
    """JSON-LD author (Person names; Organizations dropped), then meta author /
    article:author / parsely-author, then byline elements in the page."""
    site = site_name(page)
    host = (urlsplit(page.url).hostname or "").lower()
    orgs: set[str] = set()
    art = page.article_ld()
    if art and isinstance(art.get("publisher"), dict):
        orgs.add(ld_text(art["publisher"].get("name")).lower())
    candidates: list[list[str]] = []
    if art and art.get("author"):
        names, ld_orgs = _ld_author_names(art["author"])
        orgs |= ld_orgs
        candidates.append(names)
    for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl"):
        values = page.meta_all.get(key) or []
        names = []
        for v in values:
            if v.startswith("http"):
                continue
            names.extend(_split_names(v))
        candidates.append(names)
    for xpath in (_AUTHOR_NAME_XPATH, _BYLINE_XPATH):
        byline_names: list[str] = []
        for el in page.tree.xpath(xpath)[:6]:
            if el.tag in ("meta", "link", "script", "style", "body", "article"):
                continue
            if _in_comments(el):
                continue
            inner = el.xpath(".//*[@itemprop='name' or @rel='author']")
            texts = [text_of(x) for x in inner] if inner else [text_of(el)]
            for t in texts:
                if len(t) <= 120:
                    byline_names.extend(_split_names(t))
        candidates.append(byline_names)
    for names in candidates:
        kept = []
        for n in names:
            if plausible_name(n, site, orgs, host) and n not in kept:
                kept.append(n)
        if kept:
            return kept
        if any(_WIRE_RE.search(n) for n in names):
            # A wire/agency story: the byline elements hold datelines, not authors.
            return []
    return []


# ---------------------------------------------------------------- dates

_DATE_ONLY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_datetime(value: str | None) -> tuple[dt.datetime, bool] | None:
    """Parse an ISO 8601-ish string. Returns (aware datetime, has_time) or None.
    Naive times are taken as Europe/London local time; date-only values are 00:00 London."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    if not value:
        return None
    if _DATE_ONLY_RE.match(value):
        try:
            d = dt.datetime.strptime(value, "%Y-%m-%d")
        except ValueError:
            return None
        return d.replace(tzinfo=LONDON), False
    if re.match(r"^\d{8}$", value):
        value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
        return parse_datetime(value)
    if re.match(r"^[A-Z][a-z]{2}, \d", value):  # RFC 2822, as in HTTP headers and feeds
        try:
            d = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            d = None
        if d is not None:
            return (d if d.tzinfo else d.replace(tzinfo=LONDON)), True
    iso = value.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", value) else value
    iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)  # +0100 -> +01:00
    iso = re.sub(r"(\.\d+)(?=[+-]\d{2}:\d{2}$|Z$|$)", "", iso)  # drop fractions
    try:
        d = dt.datetime.fromisoformat(iso)
    except ValueError:
        d = None
    if d is None:
        return parse_visible_date(value)
    if d.tzinfo is None:
        d = d.replace(tzinfo=LONDON)
    return d, True


def parse_visible_date(text: str) -> tuple[dt.datetime, bool] | None:
    """Free text such as "Friday 12 April 2019, 9:00am" via dateparser (UK day-first)."""
    import dateparser

    text = clean_space(text)
    if not text or len(text) > 80 or not re.search(r"\d", text):
        return None
    text = re.sub(r"^(published|updated|posted|last updated|first published)\s*:?\s*", "", text, flags=re.I)
    settings = {
        "DATE_ORDER": "DMY",
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": False,
        "REQUIRE_PARTS": ["day", "month", "year"],
    }
    try:
        d = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    if d is None:
        return None
    has_time = bool(re.search(r"\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\b", text, re.I))
    if d.tzinfo is None:
        d = d.replace(tzinfo=LONDON)
    else:  # dateparser's StaticTzInfo -> a plain fixed offset
        d = d.replace(tzinfo=dt.timezone(d.utcoffset()))
    return d, has_time


def format_datetime(d: dt.datetime) -> str:
    if d.tzinfo is None:
        d = d.replace(tzinfo=LONDON)
    # Resolve the zone to a fixed offset so isoformat gives "+01:00" etc.
    return d.replace(microsecond=0).isoformat()


def _pick(candidates) -> str | None:
    """First candidate with a time of day; a date-only candidate only if nothing better
    exists. A timed candidate that disagrees on the day with a higher-priority date-only
    one does not win. `candidates` is consumed lazily (later sources can be slow)."""
    first = first_has_time = None
    for d, has_time in candidates:
        if first is None:
            first, first_has_time = d, has_time
        if has_time:
            if first_has_time or d.astimezone(LONDON).date() == first.date():
                return format_datetime(d)
            break
    if first is None:
        return None
    if not first_has_time:
        first = dt.datetime(first.year, first.month, first.day, tzinfo=LONDON)
    return format_datetime(first)


_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article:published", "datepublished",
    "article.published", "published_time", "pubdate", "publishdate", "publish-date",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.created", "date",
)
_MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "article:modified", "datemodified", "og:updated_time",
    "article.updated", "modified_time", "last-modified", "dcterms.modified",
)


def _time_elements(page: Page, modified: bool):
    if modified:
        xp = ".//time[@itemprop='dateModified' or contains(@class,'updated') or contains(@class,'modified')]"
    else:
        xp = (".//time[@itemprop='datePublished' or @pubdate or contains(@class,'publish')] | "
              ".//time[not(@itemprop='dateModified') and not(contains(@class,'updated')) "
              "and not(contains(@class,'modified'))]")
    return page.tree.xpath(xp)


_VISIBLE_DATE_XPATH = (
    ".//*[self::span or self::div or self::p or self::li or self::time]"
    "[contains(@class,'date') or contains(@class,'publish') or contains(@class,'timestamp') "
    "or contains(@class,'dateline') or contains(@class,'posted')]"
)


def _plausible(parsed: tuple[dt.datetime, bool] | None) -> tuple[dt.datetime, bool] | None:
    """Drop placeholder dates (0001-01-01, 1970-01-01) and ones far in the future."""
    if parsed is None:
        return None
    when, _has_time = parsed
    year = when.year
    if year < 1995 or year > dt.date.today().year + 1:
        return None
    return parsed


def _date_candidates(page: Page, modified: bool):
    """Yield (datetime, has_time) candidates in priority order, plausible ones only."""
    ld_key = "dateModified" if modified else "datePublished"
    v = page.ld_value(ld_key)
    if not modified and not v:
        ld_key, v = "dateCreated", page.ld_value("dateCreated")
    found = False
    parsed = _plausible(parse_datetime(ld_single_text(v, ld_key, page.notes)))
    if parsed:
        found = True
        yield parsed
    for key in (_MODIFIED_META if modified else _PUBLISHED_META):
        parsed = _plausible(parse_datetime(page.meta.get(key)))
        if parsed:
            found = True
            yield parsed
    for el in _time_elements(page, modified)[:5]:
        parsed = _plausible(parse_datetime(el.get("datetime")) or parse_visible_date(text_of(el)))
        if parsed:
            found = True
            yield parsed
    if not found and not modified:
        for el in page.tree.xpath(_VISIBLE_DATE_XPATH)[:10]:
            if len(el) > 4:  # a container, not a date label
                continue
            parsed = _plausible(parse_visible_date(text_of(el)))
            if parsed:
                yield parsed
                break


def _ld_date(page: Page, key: str) -> tuple[dt.datetime, bool] | None:
    return _plausible(parse_datetime(ld_single_text(page.ld_value(key), key)))


def metadata_published(page: Page) -> bool:
    """True when the page's metadata (JSON-LD datePublished, meta article:published_time)
    gives a publication time that can be read; a number or a list there does not count."""
    return bool(_ld_date(page, "datePublished")
                or _plausible(parse_datetime(page.meta.get("article:published_time"))))


def structured_article_evidence(page: Page) -> list[str]:
    """The page's own structured statements that it is one dated article: a JSON-LD
    article type with a readable datePublished, og:type=article with a readable
    article:published_time. Empty when there are none."""
    evidence = []
    art = page.article_ld()
    if art is not None and _ld_date(page, "datePublished"):
        kind = next(iter(sorted(ld_types(art) & ARTICLE_TYPES)), "article")
        evidence.append(f"JSON-LD {kind} with datePublished")
    if (page.meta.get("og:type") or "").lower() == "article" and \
            _plausible(parse_datetime(page.meta.get("article:published_time"))):
        evidence.append("og:type article with article:published_time")
    return evidence


def parse_published(page: Page) -> str | None:
    """JSON-LD datePublished > meta article:published_time (and kin) > <time datetime> >
    visible date text (dateparser). ISO 8601 with offset; naive means Europe/London."""
    return _pick(_date_candidates(page, modified=False))


def parse_modified(page: Page) -> str | None:
    """JSON-LD dateModified > meta article:modified_time > <time> marked updated."""
    return _pick(_date_candidates(page, modified=True))


# ---------------------------------------------------------------- section, summary, language, canonical

def parse_section(page: Page) -> str | None:
    """JSON-LD articleSection > meta article:section > parsely-section > the last-but-one
    BreadcrumbList item."""
    art = page.article_ld()
    if art and art.get("articleSection"):
        s = ld_text(art["articleSection"])
        if s:
            return s
    for key in ("article:section", "og:article:section", "parsely-section", "section", "cxenseparse:recs:articlesection"):
        if page.meta.get(key):
            return page.meta[key]
    for obj in page.jsonld:
        if "breadcrumblist" in ld_types(obj):
            name = _breadcrumb_parent(obj.get("itemListElement"))
            if name and name.lower() != "home":
                return name
    return None


def _position(item: dict, default: int) -> int:
    """A breadcrumb item's position; its place in the list when the position is missing
    or not a number ("first")."""
    try:
        return int(str(item.get("position")).strip())
    except (TypeError, ValueError):
        return default


def _crumb_order(numbered: tuple[int, dict]) -> int:
    index, crumb = numbered
    return _position(crumb, index)


def _breadcrumb_parent(items) -> str | None:
    """The name of the last-but-one item of a BreadcrumbList (the article's section).
    Items that are not objects are skipped."""
    if not isinstance(items, list):
        return None
    crumbs = [i for i in items if isinstance(i, dict)]
    if len(crumbs) < 2:
        return None
    ordered = [crumb for _, crumb in sorted(enumerate(crumbs, 1), key=_crumb_order)]
    *_, parent, _last = ordered
    item = parent.get("item")
    return ld_text(parent.get("name") or (item if isinstance(item, dict) else "")) or None


def parse_summary(page: Page) -> str | None:
    """meta description > og:description > twitter:description > JSON-LD description."""
    for key in ("description", "og:description", "twitter:description"):
        if page.meta.get(key):
            return html_lib.unescape(page.meta[key])
    v = page.ld_value("description")
    return ld_text(v) or None


def _lang2(value: str | None) -> str | None:
    if not value:
        return None
    m = re.match(r"\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*\s*$", value)
    if not m:
        return None
    code = m.group(1).lower()
    return code if len(code) == 2 else None


def parse_language(page: Page, content_language: str | None = None) -> str | None:
    """<html lang> > og:locale > http-equiv content-language > JSON-LD inLanguage."""
    root = page.tree
    html_el = root if root.tag == "html" else root.find(".//html")
    candidates = [
        html_el.get("lang") if html_el is not None else None,
        html_el.get("{http://www.w3.org/XML/1998/namespace}lang") if html_el is not None else None,
        page.meta.get("og:locale"),
        page.meta.get("content-language"),
        content_language,
        ld_text(page.ld_value("inLanguage")),
    ]
    for c in candidates:
        code = _lang2(c.partition(",")[0] if isinstance(c, str) else None)
        if code:
            return code
    return None


def _absolute_http(base: str, href: str) -> str | None:
    """`href` made absolute against `base` when it is a well-formed http(s) URL, else None
    (malformed URLs such as "http://[::1" make urllib raise ValueError)."""
    try:
        absolute = urljoin(base, href)
        parts = urlsplit(absolute)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    if parts.scheme in ("http", "https") and parts.hostname:
        return absolute
    return None


def parse_canonical(page: Page) -> str:
    """<link rel=canonical> > og:url > JSON-LD url / mainEntityOfPage, made absolute;
    else the URL as given. Malformed URLs are skipped (and noted)."""
    base = page.url
    base_el = page.tree.find(".//base[@href]")
    if base_el is not None:
        base = _absolute_http(page.url, base_el.get("href").strip()) or page.url
    candidates = []
    for link in page.tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels and link.get("href"):
            candidates.append(link.get("href"))
    candidates.append(page.meta.get("og:url"))
    art = page.article_ld()
    if art:
        candidates.append(ld_text(art.get("url")))
        meop = art.get("mainEntityOfPage")
        candidates.append(ld_text(meop) if isinstance(meop, (str, dict)) else None)
    for c in candidates:
        c = (c or "").strip()
        if not c or c.startswith(("javascript:", "#", "data:")):
            continue
        absolute = _absolute_http(base, c)
        if absolute:
            return absolute
        page.notes.append(f"canonical URL {c[:80]!r} is not a usable http(s) URL: ignored")
    return page.url
