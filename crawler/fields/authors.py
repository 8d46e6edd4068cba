"""The article's authors from its metadata and byline elements.

    from crawler.fields.authors import parse_authors, clean_author, plausible_name
    parse_authors(page)                          # ["Priya Lomax"], or []
    clean_author("BY SANDEEP KAUR GILL")         # "Sandeep Kaur Gill"
    plausible_name("Newsdesk", "Eastmoor Post", set())  # False: a desk, not a person

Bylines written only in the article text are read by crawler/bylines.py, which uses
`plausible_name` and `OTHER_STORIES_RE` from here.
"""
from __future__ import annotations

import html as html_lib
import re
from urllib.parse import urlsplit

from crawler import person_names
from crawler.fields.page import ORG_TYPES, Page, ld_text, ld_types, site_name
from crawler.text import clean_space

# A person's name with more characters or words than this is a phrase or an
# organisation ("Local Democracy Reporting Service for the ..."), not a byline's name.
MAX_NAME_CHARS = 60
MAX_NAME_WORDS = 5
# Byline elements read per XPath: the article's own come first; later matches are
# boxes of other stories, comments and footers.
MAX_BYLINE_ELEMENTS = 6
# A byline element's text longer than this is a paragraph, not a byline.
MAX_BYLINE_CHARS = 120

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


def clean_author(name: str) -> str:
    """One name as a byline gives it, without "By", labels ("Words:"), "reports", a
    date or "Published ..." after it, a trailing job title or an honorific; a name in
    capitals is title-cased ("BY SANDEEP KAUR GILL" -> "Sandeep Kaur Gill")."""
    name = person_names.title_case_capitals(clean_space(html_lib.unescape(name)))
    name = _BY_RE.sub("", person_names.LABEL_RE.sub("", name))
    name = person_names.REPORTS_RE.sub("", name)
    # "Jane Smith 14th March 2024", "Jane Smith | Published ...": keep what precedes.
    tail = _AFTER_NAME_RE.search(name)
    if tail:
        name = name[: tail.start()]
    if len(name.split()) > 2:
        name = person_names.strip_post(_TRAILING_ROLE_RE.sub("", name))
    name = person_names.LABEL_RE.sub("", name)
    name = person_names.strip_honorific(name.strip(" ,;:|·•-–—"))
    return name


def split_names(text: str) -> list[str]:
    """The names in one byline text, each cleaned (`clean_author`): "By Jane Smith and
    Tom Jones" -> ["Jane Smith", "Tom Jones"]; job titles and picture credits dropped."""
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
    """True when `name` can be a person's: not a wire or desk credit, a job title, the
    site's own name (`site`, or squashed into `host`), one of `orgs` (lower-cased
    organisation names), an e-mail or URL, or a name with organisation words."""
    if not name or len(name) > MAX_NAME_CHARS or _NOT_NAME_RE.search(name):
        return False
    low = name.lower()
    if low in _WIRE_NAMES or person_names.DESK_CREDIT_RE.search(name) or person_names.ROLE_TITLE_RE.search(name):
        return False
    squashed = re.sub(r"[^a-z0-9]", "", low)
    if host and len(squashed) >= 4 and squashed in host.replace("-", "").replace(".", ""):
        return False  # the site's own name, e.g. "LinkNaija" on linknaija.com
    if site and (low == site.lower() or site.lower() in low):
        return False
    if low in orgs:
        return False
    if len(name.split()) > MAX_NAME_WORDS:
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
            names.extend(split_names(item))
        elif isinstance(item, dict):
            n = ld_text(item.get("name"))
            if not n:
                continue
            if ld_types(item) & ORG_TYPES:
                orgs.add(n.lower())
            else:
                names.extend(split_names(n))
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
            names.extend(split_names(v))
        candidates.append(names)
    for xpath in (_AUTHOR_NAME_XPATH, _BYLINE_XPATH):
        byline_names: list[str] = []
        for el in page.tree.xpath(xpath)[:MAX_BYLINE_ELEMENTS]:
            if el.tag in ("meta", "link", "script", "style", "body", "article"):
                continue
            if _in_comments(el):
                continue
            inner = el.xpath(".//*[@itemprop='name' or @rel='author']")
            # Words of separate elements stay apart: "<a>Jane Smith</a><a>js@paper.co.uk</a>".
            texts = [clean_space(" ".join(x.itertext())) for x in inner or [el]]
            for t in texts:
                if len(t) <= MAX_BYLINE_CHARS:
                    byline_names.extend(split_names(t))
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


