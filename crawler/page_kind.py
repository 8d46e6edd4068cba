"""Is a page one news article, a listing (home, section, tag, author pages) or something
else (contact, terms)? Decided from the URL, the title, the page's own metadata and the
shape of its extracted body.

    from crawler.page_kind import classify
    is_article, kind = classify(page, body_paras=paras, published=published, title=title,
                                reasons=reasons, structured=evidence)   # (True, "article")

Each decision adds its evidence to `reasons` (stored in skipped_pages.evidence).
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.fields.page import LISTING_TYPES, Page, ld_types
from crawler.fields.published import metadata_published
from crawler.text import text_of

MIN_ARTICLE_WORDS = 80  # main text needed to call a page an article
MIN_ARTICLE_WORDS_STRUCTURED = 40  # ... when the page's JSON-LD says it is an article
# ... and without any article signal (metadata, URL shape, a date) a page needs this
# much text: a long text on its own is an article, a short one is an "about" page.
MIN_UNSIGNALLED_WORDS = 250
# A link text of this many words is a teaser headline (menus and tags are shorter).
TEASER_WORDS = 4
# Listing evidence from the body: at least MIN_TEASER_PARAGRAPHS paragraphs that are
# teaser link texts and make up TEASER_SHARE of the body, or as many teaser standfirsts
# making up STANDFIRST_SHARE of it.
MIN_TEASER_PARAGRAPHS = 3
TEASER_SHARE = 0.25
STANDFIRST_SHARE = 0.4
# A teaser box holds a headline link and at most this many text blocks (the headline,
# a standfirst, a date...); a paragraph with more children than MAX_STANDFIRST_CHILDREN
# is a container, not a standfirst.
MAX_TEASER_BLOCKS = 4
MAX_STANDFIRST_CHILDREN = 3
# A page without article metadata that carries this many different <time> stamps is a
# list of dated items; an article carries at most MAX_ARTICLE_STAMPS (published, updated).
MIN_LISTING_STAMPS = 5
MAX_ARTICLE_STAMPS = 2
# Teaser links on a page with no article signal at all that make it a listing.
MIN_LISTING_TEASERS = 15
# Characters of a title quoted in the reasons.
TITLE_CHARS = 40

_NOT_ARTICLE_SEGMENTS = {
    "tag": "listing", "tags": "listing", "topic": "listing", "topics": "listing",
    "category": "listing", "categories": "listing", "author": "listing", "authors": "listing",
    "profile": "listing", "search": "listing", "all-about": "listing",
    "contact": "other", "contact-us": "other", "terms": "other", "terms-and-conditions": "other",
    "terms-of-use": "other", "terms-of-service": "other", "privacy": "other",
    "privacy-policy": "other", "privacy-notice": "other", "cookie-policy": "other",
    "cookies": "other", "about": "other", "about-us": "other", "login": "other",
    "subscribe": "other", "advertise": "other", "faq": "other", "help": "other",
    "accessibility": "other", "sitemap": "other",
}
_ARTICLE_URL_RES = [
    re.compile(r"/\d{6,}"),  # numeric article id: /news/19283746.slug/
    re.compile(r"/(19|20)\d{2}/[01]?\d/"),  # /2019/04/ dates
    re.compile(r"[a-z0-9]+(-[a-z0-9]+){4,}"),  # long hyphenated slug
    re.compile(r"\d{5,}\.html?$|-\d{5,}(\.html?)?$"),
]
_NOT_ARTICLE_TITLE_RE = re.compile(
    r"^(contact( us)?|terms( and conditions| of use| & conditions)?|privacy( policy| notice)?|"
    r"cookie (policy|notice)|about( us)?|search( results)?|page not found|404)\b",
    re.I,
)
# JSON-LD types of a listing page (LISTING_TYPES without "website", which article pages
# carry too, for the site).
_LISTING_PAGE_TYPES = {"collectionpage", "itemlist", "searchresultspage", "profilepage"}


# ---------------------------------------------------------------- the URL

def url_kind(url: str) -> tuple[str | None, str]:
    """("listing"|"other", reason) when the URL shape says not-an-article, else (None, "")."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if path in ("/", "") or re.fullmatch(r"/(index|home)(\.\w+)?", path, re.I):
        return "listing", "URL is a home page"
    segments = [s.lower() for s in path.split("/") if s]
    for i, seg in enumerate(segments):
        kind = _NOT_ARTICLE_SEGMENTS.get(re.sub(r"\.\w+$", "", seg))
        if kind:
            return kind, f"URL has /{seg}/"
        if seg == "page" and i + 1 < len(segments) and segments[i + 1].isdigit():
            return "listing", "URL is a paginated listing (/page/N)"
    if re.search(r"(^|&)(s|q|query|search)=", parts.query):
        return "listing", "URL is a search page"
    return None, ""


def url_article_like(url: str) -> bool:
    """True when the URL has an article's shape: a numeric id, a /yyyy/mm/ date, a long
    hyphenated slug."""
    path = urlsplit(url).path.lower()
    return any(r.search(path) for r in _ARTICLE_URL_RES)


# ---------------------------------------------------------------- teasers

def _teaser_links(tree) -> set[str]:
    """Normalised texts of links that look like teaser headlines (TEASER_WORDS+ words)."""
    out = set()
    for a in tree.iter("a"):
        t = text_of(a).lower()
        if len(t.split()) >= TEASER_WORDS:
            out.add(t)
    return out


def _teaser_standfirsts(tree, body_paras: list[str]) -> int:
    """How many body paragraphs sit in a small teaser box (a container with at most three
    text blocks) next to a headline link of 4+ words: the standfirsts of a listing. A box
    counts once: a listing has one box per teaser, while a short article whose few
    paragraphs share their container with an inline related-links box is one box."""
    wanted = {p for p in body_paras}
    boxes: set = set()
    count = 0
    for el in tree.iter("p", "div", "span"):
        if len(el) > MAX_STANDFIRST_CHILDREN:
            continue
        t = text_of(el)
        if t not in wanted:
            continue
        box = el.getparent()
        if box is None or box in boxes:
            continue
        blocks = [c for c in box if c.tag in ("p", "h2", "h3", "h4", "div", "span", "a")]
        if len(blocks) > MAX_TEASER_BLOCKS:
            continue
        if any(len(text_of(a).split()) >= TEASER_WORDS for a in box.iter("a")
               if not any(x is el for x in a.iterancestors())):
            count += 1
            boxes.add(box)
            wanted.discard(t)
    return count


def drop_teaser_links(page: Page, body_paras: list[str], reasons: list[str]) -> list[str]:
    """`body_paras` without the paragraphs that are just the text of a teaser link (an
    inline "related stories" box that the body extraction kept)."""
    teasers = _teaser_links(page.tree)
    kept = [p for p in body_paras if p.lower() not in teasers]
    if len(kept) < len(body_paras):
        reasons.append(f"dropped {len(body_paras) - len(kept)} teaser-link paragraphs (related stories)")
    return kept


def _teaser_evidence(tree, body_paras: list[str], teasers: set[str]) -> list[str]:
    """Why the body looks like a listing's: many of its paragraphs are teaser headlines
    (link texts) or teaser standfirsts. Empty when it does not."""
    if not body_paras:
        return []
    found = []
    linked = sum(1 for p in body_paras if p.lower() in teasers)
    if linked >= MIN_TEASER_PARAGRAPHS and linked / len(body_paras) >= TEASER_SHARE:
        found.append(f"{linked} of {len(body_paras)} paragraphs are teaser links")
    standfirsts = _teaser_standfirsts(tree, body_paras)
    if standfirsts >= MIN_TEASER_PARAGRAPHS and standfirsts >= STANDFIRST_SHARE * len(body_paras):
        found.append(f"{standfirsts} of {len(body_paras)} paragraphs are teaser standfirsts")
    return found


# ---------------------------------------------------------------- the decision

def _article_signals(page: Page, published: str | None, has_pub_meta: bool, stamps: set[str]) -> list[str]:
    """What on the page says it is an article."""
    positives = []
    if page.article_ld() is not None:
        positives.append("JSON-LD article type")
    if (page.meta.get("og:type") or "").lower() == "article":
        positives.append("og:type article")
    if has_pub_meta:
        positives.append("published time in metadata")
    if url_article_like(page.url):
        positives.append("article-like URL")
    if published and not has_pub_meta and len(stamps) <= MAX_ARTICLE_STAMPS:
        positives.append("a publication date on the page")
    return positives


def _listing_reason(page: Page, body_paras: list[str], *, positives: list[str], claimed: bool,
                    stamps: set[str], structured: list[str] | None, reasons: list[str]) -> str | None:
    """Why the page is a listing, or None. Teaser evidence is overruled (and that noted in
    `reasons`) when the page's `structured` metadata says it is one dated article;
    <time> stamps count only when the page does not claim (`claimed`) to be an article."""
    teasers = _teaser_links(page.tree)
    listing_why = "; ".join(_teaser_evidence(page.tree, body_paras, teasers))
    if listing_why and structured:
        reasons.append(f"kept although {listing_why}: the page's metadata says it is one article "
                       f"({'; '.join(structured)})")
    elif listing_why:
        return listing_why
    if not claimed and len(stamps) >= MIN_LISTING_STAMPS:
        return f"{len(stamps)} different <time> stamps (a list of dated items)"
    types = set().union(*(ld_types(o) for o in page.jsonld)) if page.jsonld else set()
    if page.article_ld() is None and types & _LISTING_PAGE_TYPES:
        return "JSON-LD says listing page (" + ", ".join(sorted(types & LISTING_TYPES)) + ")"
    if not positives and len(teasers) >= MIN_LISTING_TEASERS:
        return f"{len(teasers)} teaser links and no article signals"
    return None


def _length_verdict(page: Page, body_paras: list[str], positives: list[str],
                    reasons: list[str]) -> tuple[bool, str]:
    """(is_article, kind) of a page that is not a listing, from the length of its text
    and whether anything says it is an article."""
    word_count = sum(len(p.split()) for p in body_paras)
    needed = MIN_ARTICLE_WORDS_STRUCTURED if page.article_ld() is not None else MIN_ARTICLE_WORDS
    if word_count < needed:
        reasons.append(f"main text too short ({word_count} words < {needed})")
        return False, "other"
    reasons.append(f"main text {word_count} words")
    if not positives:
        if (page.meta.get("og:type") or "").lower() == "website":
            reasons.append("og:type website and no article signals")
            return False, "other"
        if word_count < MIN_UNSIGNALLED_WORDS:
            reasons.append(f"no article signals and under {MIN_UNSIGNALLED_WORDS} words")
            return False, "other"
        reasons.append("long text without article signals")
    return True, "article"


def classify(page: Page, *, body_paras: list[str], published: str | None, title: str | None,
             reasons: list[str], structured: list[str] | None = None) -> tuple[bool, str]:
    """Decide (is_article, page_kind) from what the page says about itself.

    `structured` is fields.published.structured_article_evidence(page): when the page
    states in its metadata that it is a dated article, that outranks the teaser/listing
    heuristics (counts of teaser links, standfirsts, <time> stamps), which misfire on
    short articles with an inline related-stories box. The URL, title and length tests
    still apply."""
    kind, why = url_kind(page.url)
    if kind:
        reasons.append(why)
        return False, kind
    if title and _NOT_ARTICLE_TITLE_RE.search(title):
        reasons.append(f"title says it is not an article: {title[:TITLE_CHARS]!r}")
        return False, "other"

    has_pub_meta = metadata_published(page)
    stamps = {t.get("datetime") for t in page.tree.iter("time") if t.get("datetime")}
    positives = _article_signals(page, published, has_pub_meta, stamps)
    reasons.extend(positives)
    claimed = (page.article_ld() is not None or (page.meta.get("og:type") or "").lower() == "article"
               or has_pub_meta or bool(structured))
    listing_why = _listing_reason(page, body_paras, positives=positives, claimed=claimed, stamps=stamps,
                                  structured=structured, reasons=reasons)
    if listing_why:
        reasons.append(listing_why)
        return False, "listing"
    return _length_verdict(page, body_paras, positives, reasons)
