"""Finding article URLs: feeds, sitemaps, robots.txt and links on listing pages.

Small pure functions over text, bytes or Scrapy responses, so each can be tested on a
saved page. No network access here: the spider fetches, these read.
"""
from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlparse, urlunparse

from lxml import etree

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")

# File types that are never articles: not requested from listing pages.
NON_HTML_EXTENSIONS = re.compile(
    r"\.(jpe?g|png|gif|webp|svg|ico|css|js|json|xml|rss|atom|zip|gz|mp3|mp4|m4a|mov|avi|"
    r"pdf|docx?|xlsx?|pptx?|odt|csv|txt|woff2?|ttf)$",
    re.I,
)
# Paths that are never articles on news sites: not requested from listing pages.
NON_ARTICLE_PATHS = re.compile(
    r"/(tags?|topics?|authors?|profile|contact(-us)?|about(-us)?|terms|privacy|cookies?|"
    r"cookie-policy|login|log-in|register|sign-?in|subscribe|newsletters?|search|account|"
    r"advertis\w*|jobs|announcements|place-an-ad|sitemap|feeds?|rss|cdn-cgi|wp-admin|"
    r"wp-login\.php|wp-json|amp|print|share|comments?)(/|$|\.|\?)",
    re.I,
)
TRACKING_PARAMS = re.compile(r"^(utm_\w+|fbclid|gclid|ref|cmp|icid|ito|int_source)$", re.I)
PAGE_WORD = re.compile(r"^\s*(next|next page|older|older posts|more|›|»|>|→|page\s*\d+|\d+)\s*[›»>→]?\s*$", re.I)
PAGE_URL = re.compile(r"([?&](page|pageNumber|pg|p)=\d+)|(/page/\d+/?$)|(/\d{1,3}/?$)", re.I)


@dataclass
class Entry:
    """A URL listed in a feed or sitemap, with its last-modified time if given."""

    url: str
    lastmod: str | None = None


def normalise_url(url: str) -> str:
    """Drop the fragment and tracking parameters; lower-case scheme and host."""
    parts = urlparse(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    netloc = parts.netloc.lower()
    return urlunparse(
        (parts.scheme.lower(), netloc, parts.path or "/", parts.params, urlencode(query), "")
    )


def host_key(url: str) -> str:
    """The host without a leading www., for same-site comparisons."""
    host = (urlparse(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def is_non_html_url(url: str) -> bool:
    return bool(NON_HTML_EXTENSIONS.search(urlparse(url).path))


def is_non_article_url(url: str) -> bool:
    """URLs that are never articles (tag, author, contact pages, files...)."""
    path = urlparse(url).path
    return is_non_html_url(url) or bool(NON_ARTICLE_PATHS.search(path))


def is_pagination_url(url: str) -> bool:
    return bool(PAGE_URL.search(url))


def robots_sitemaps(text: str, base_url: str) -> list[str]:
    """The URLs of the `Sitemap:` lines of a robots.txt."""
    found = []
    for line in text.splitlines():
        m = re.match(r"\s*sitemap\s*:\s*(\S+)", line, re.I)
        if m:
            found.append(urljoin(base_url, m.group(1)))
    return found


def feed_links(response) -> list[str]:
    """RSS/Atom feeds announced by <link rel="alternate" type="application/rss+xml">."""
    links = []
    for link in response.xpath("//link[@href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        kind = (link.attrib.get("type") or "").lower().strip()
        if "alternate" in rel and kind in FEED_TYPES[:2]:
            links.append(response.urljoin(link.attrib["href"]))
    return list(dict.fromkeys(links))


# The sitemap protocol's limit on an uncompressed sitemap; the default cap on any feed
# or sitemap after decompression.
MAX_XML_SIZE = 50 * 1024 * 1024


class TooLarge(ValueError):
    """A compressed feed or sitemap inflates past the size limit (a gzip bomb)."""


def maybe_gunzip(body: bytes, max_size: int = MAX_XML_SIZE) -> bytes:
    """`body` decompressed if it is gzip data (a .xml.gz sitemap), else as it is.
    Raises TooLarge, without inflating further, past `max_size` bytes (0: no limit)."""
    if body[:2] != b"\x1f\x8b":
        return body
    out, total, data = [], 0, body
    while data[:2] == b"\x1f\x8b":  # one gzip member after another
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            chunk = inflater.decompress(data, max_size - total + 1 if max_size else 0)
        except zlib.error:
            return body if not out else b"".join(out)
        total += len(chunk)
        out.append(chunk)
        if max_size and total > max_size:
            raise TooLarge(f"gzip data inflates to more than {max_size} bytes; not read further")
        if not inflater.eof:  # truncated: keep what there is
            break
        data = inflater.unused_data
    return b"".join(out)


def _xml_root(body: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        return etree.fromstring(maybe_gunzip(body).strip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag) -> str:
    return etree.QName(tag).localname.lower() if isinstance(tag, str) else ""


def xml_kind(body: bytes) -> str | None:
    """'sitemapindex', 'urlset', 'rss' or 'atom' for an XML document, else None."""
    root = _xml_root(body)
    if root is None:
        return None
    name = _local(root.tag)
    if name in ("sitemapindex", "urlset", "rss"):
        return name
    if name == "feed":
        return "atom"
    if name == "rdf":  # RSS 1.0
        return "rss"
    return None


def _child_text(node, name: str) -> str | None:
    for child in node:
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def parse_sitemap(body: bytes) -> tuple[str | None, list[Entry]]:
    """(kind, entries) of a sitemap or sitemap index; Google News sitemaps are plain
    urlsets whose <news:publication_date> serves as lastmod when <lastmod> is absent."""
    root = _xml_root(body)
    if root is None:
        return None, []
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        return None, []
    entries = []
    for node in root:
        if _local(node.tag) not in ("sitemap", "url"):
            continue
        loc = _child_text(node, "loc")
        if not loc:
            continue
        lastmod = _child_text(node, "lastmod")
        if lastmod is None:
            for sub in node.iter():
                if _local(sub.tag) == "publication_date" and sub.text:
                    lastmod = sub.text.strip()
                    break
        entries.append(Entry(loc, lastmod))
    return kind, entries


def parse_feed(body: bytes, base_url: str) -> list[Entry]:
    """Entries of an RSS 2.0, RSS 1.0 or Atom feed."""
    root = _xml_root(body)
    if root is None:
        return []
    entries = []
    name = _local(root.tag)
    if name == "feed":  # Atom
        for entry in root:
            if _local(entry.tag) != "entry":
                continue
            href = None
            for link in entry:
                if _local(link.tag) == "link" and link.get("href"):
                    if link.get("rel", "alternate") == "alternate":
                        href = link.get("href")
                        break
            if href:
                updated = _child_text(entry, "updated") or _child_text(entry, "published")
                entries.append(Entry(urljoin(base_url, href.strip()), updated))
    else:  # RSS 2.0 (<rss><channel><item>) or RSS 1.0 (<rdf:RDF><item>)
        for item in root.iter():
            if _local(item.tag) != "item":
                continue
            link = _child_text(item, "link")
            if not link:
                guid = _child_text(item, "guid")
                link = guid if guid and guid.startswith("http") else None
            if link:
                entries.append(Entry(urljoin(base_url, link), _child_text(item, "pubdate") or _child_text(item, "date")))
    return entries


def pagination_links(response) -> list[str]:
    """Next-page links of a listing page: rel=next, or links whose text is "Next",
    "Older", "›" or a page number and whose URL looks like a page URL."""
    found = []
    for href in response.xpath("//link[@rel='next']/@href | //a[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href").getall():
        found.append(response.urljoin(href))
    for a in response.xpath("//a[@href]"):
        text = " ".join(a.xpath(".//text()").getall()).strip()
        href = response.urljoin(a.attrib["href"])
        label = (a.attrib.get("aria-label") or "").lower()
        if is_pagination_url(href) and (PAGE_WORD.match(text) or "page" in label or "next" in label):
            found.append(href)
    return list(dict.fromkeys(found))


def page_links(response) -> list[str]:
    """All http(s) links in the page body, absolute, normalised, in page order."""
    links = []
    for href in response.xpath("//body//a/@href").getall():
        href = href.strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        url = response.urljoin(href)
        if urlparse(url).scheme in ("http", "https"):
            links.append(normalise_url(url))
    return list(dict.fromkeys(links))


def content_type_is_html(content_type: str | None, body: bytes = b"") -> bool:
    """Whether a response is an HTML page (by header; sniffed when there is none)."""
    if content_type:
        main = content_type.partition(";")[0].strip().lower()
        return main in ("text/html", "application/xhtml+xml")
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))
