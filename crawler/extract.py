"""Article extraction: decode a fetched page, read its metadata, extract the body text and
decide whether the page is a news article.

    from crawler.extract import decode_html, extract_article
    text, encoding = decode_html(body_bytes, "text/html; charset=windows-1252")
    record = extract_article(body_bytes, url, content_type=...)

The HTML is parsed with lxml once; field helpers live in crawler.fields. The body is the
better of trafilatura's text and the page's JSON-LD articleBody (see `choose_body`), with
leftover boilerplate lines (read more, newsletter sign-ups, share bars, cookie notices,
picture credits, bylines) removed.
"""
from __future__ import annotations

import codecs
import copy
import html as html_lib
import re
import unicodedata
from collections import Counter
from urllib.parse import urlsplit

from lxml import etree
from lxml import html as lxml_html

from crawler import bylines, fields
from crawler.fields import Page
from crawler.htmltree import parse_tree
from nlp.shingles import word_shingles

FIELDS = (
    "url", "canonical_url", "title", "authors", "published", "modified", "section",
    "summary", "body", "language", "word_count", "is_article", "page_kind", "reasons",
)

MIN_ARTICLE_WORDS = 80  # main text needed to call a page an article
MIN_ARTICLE_WORDS_STRUCTURED = 40  # ... when the page's JSON-LD says it is an article

# ---------------------------------------------------------------- decoding

_CHARSET_RE = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# WHATWG: these labels mean windows-1252 in browsers.
_LATIN1_ALIASES = {"iso8859-1", "latin-1", "latin1", "iso-8859-1", "ascii", "us-ascii", "cp1252", "windows-1252", "cp819"}


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None if unknown. Latin-1 and ASCII
    labels become windows-1252, as browsers do (curly quotes live in 0x80-0x9F)."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _LATIN1_ALIASES:
        return "cp1252"
    if label in ("utf8", "unicode-1-1-utf-8"):
        label = "utf-8"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "cp1252" if name in _LATIN1_ALIASES else name


def _public_name(codec: str) -> str:
    return {"cp1252": "windows-1252", "utf-8": "utf-8"}.get(codec, codec)


def _try_decode(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_utf8_multibyte(body: bytes) -> bool:
    if not re.search(rb"[\xc2-\xf4][\x80-\xbf]", body):
        return False
    return _try_decode(body, "utf-8") is not None


def _mostly_utf8(body: bytes) -> str | None:
    """`body` as UTF-8 with the odd invalid sequence replaced (U+FFFD), when those are
    rare (a truncated character, one stray byte); None when the bytes are not UTF-8."""
    text = body.decode("utf-8", errors="replace")
    if text.count("\ufffd") <= max(3, len(text) // 1000):
        return text
    return None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode bytes using the BOM, the HTTP charset, then <meta charset> / http-equiv,
    then UTF-8, then detection (charset_normalizer), then windows-1252 with replacement.
    Declared UTF-8 with a few invalid sequences is decoded as UTF-8 with those replaced.
    Returns (text, encoding). A declared single-byte charset loses to UTF-8 when the bytes
    are valid multi-byte UTF-8 (a common server misconfiguration). Never raises."""
    if isinstance(body, str):
        return body, "utf-8"
    for bom, codec in _BOMS:
        if body.startswith(bom):
            text = body[len(bom):].decode(codec, errors="replace")
            return text, codec
    declared: list[str] = []
    if content_type:
        m = _CHARSET_RE.search(content_type)
        if m:
            declared.append(m.group(1))
    m = _META_CHARSET_RE.search(body[:8192])
    if m:
        declared.append(m.group(1).decode("ascii", "ignore"))
    for label in declared:
        codec = _codec(label)
        if codec is None:
            continue
        if codec == "cp1252" and _looks_utf8_multibyte(body):
            return body.decode("utf-8"), "utf-8"
        text = _try_decode(body, codec)
        if text is None and codec == "utf-8":
            text = _mostly_utf8(body)
        if text is not None:
            return text, _public_name(codec)
    text = _try_decode(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
    except Exception:  # detection is best effort; fall back below
        best = None
    if best is not None and best.encoding:
        codec = _codec(best.encoding) or best.encoding
        text = _try_decode(body, codec)
        if text is not None:
            return text, _public_name(codec)
    return body.decode("cp1252", errors="replace"), "windows-1252"


# ---------------------------------------------------------------- non-HTML sniffing

_BINARY_MAGIC = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or office document)"),
    (b"\x1f\x8b", "gzip data"),
    (b"RIFF", "RIFF media"),
    (b"\xd0\xcf\x11\xe0", "office document"),
)


# C0 control characters that have no place in HTML text (tab, newlines and form feed
# excepted). lxml refuses a string that holds any of them.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_UNPAIRED_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def _mostly_binary(sample: str) -> bool:
    """More than 3% control characters: binary data, not a page with a stray NUL."""
    return len(_CONTROL_RE.findall(sample)) > max(2, 0.03 * len(sample))


def clean_text(text: str) -> str:
    """The page text without control characters (a stray NUL) and with unpaired
    surrogates replaced by U+FFFD, so that lxml accepts it."""
    text = _CONTROL_RE.sub("", text.replace("\x0c", " "))
    return _UNPAIRED_SURROGATE_RE.sub("\ufffd", text)


def sniff_not_html(data: bytes | str, content_type: str | None = None) -> str | None:
    """A reason string when `data` is clearly not an HTML page, else None."""
    if content_type:
        mime = content_type.partition(";")[0].strip().lower()
        if mime and not (mime.startswith("text/") or "html" in mime or "xml" in mime):
            return f"not HTML: content type {mime}"
    if isinstance(data, bytes):
        head = data[:1024]
        for magic, what in _BINARY_MAGIC:
            if head.startswith(magic):
                return f"not HTML: looks like a {what}"
        sample = head.decode("latin-1")
        if _mostly_binary(sample) and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "not HTML: binary data"
    else:
        sample = data[:1024]
        if sample.lstrip().startswith("%PDF"):
            return "not HTML: looks like a PDF document"
        if _mostly_binary(sample):
            return "not HTML: binary data"
    if not sample.strip():
        return "empty page"
    if "<" not in (data[:20000] if isinstance(data, str) else data[:20000].decode("latin-1")):
        return "not HTML: no markup"
    return None


# ---------------------------------------------------------------- body

_TOKEN_RE = re.compile(r"\w+")

# Lines that are boilerplate when they stand alone as a paragraph (checked on lines of at
# most 30 words). Patterns are anchored or specific so that real sentences survive:
# "Parents can sign up for the school newsletter" or "By September, the trust..." stay.
_BOILERPLATE_RES = [re.compile(p, re.I) for p in (
    r"^(read|see) (more|also|next)\b",
    r"^(more|also) (on this|read|from|like this|stories)\b",
    r"^(related|recommended|trending|most read|most popular|popular|top stories|latest)"
    r"( (articles?|stories|posts|content|now|news|reading|videos?|links?))?\s*:?$",
    r"^(related|recommended)( (articles?|stories|posts|content|reading|links?))?\s*:",
    r"\bsign[ -]?up\b.{0,40}\b(our|free|daily|weekly|morning|evening)\b.{0,30}\bnewsletters?\b",
    r"^(get )?(our |the )?(\w+ )?newsletters?\b.{0,40}\bsign[ -]?up\b",
    r"^subscribe\b.{0,60}\bnewsletters?\b",
    r"^subscribe( now| today| here)?[.!]?$",
    r"\b(straight|direct(ly)?|delivered) (to|into) your inbox\b",
    r"^share (this|on|via)\b",
    r"^share the (story|article|page)\b",
    r"^(share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest)"
    r"([\s,|/]+(share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest|x))*$",
    r"\b(we|this (site|website)) uses? cookies\b",
    r"\b(accept|reject|manage) (all )?cookies\b",
    r"^cookie (settings|preferences|policy|notice)\b",
    r"^(image|picture|photo|pic|photograph|video)s?( credit)?\s*:",
    r"^\(?(image|picture|photo|pic)s?:[^)]*\)?$",
    r"^(credit|source)\s*:\s*\S+$",
    r"^(getty images|pa( media| wire)?|shutterstock|reuters|ap photo)$",
    r"^advertisement$",
    r"^(story|article) continues (below|after)\b",
    r"^continue reading\b",
    r"^click here\b",
    r"^follow (us|our|the)\b.{0,80}\bon (facebook|twitter|instagram|linkedin|x|tiktok|threads)\b",
    r"^tell us what you think\b",
    r"^also on [\w.-]+\.[a-z]{2,}\b",
    r"^\((additional )?reporting by [^)]*\)$",
    r"^(additional )?reporting by\b.*\bedit(ing|ed) by\b",
    r"^(comments?|\d+ comments?|have your say|show comments|view comments)\s*(\(\d+\))?:?$",
    r"^(leave|post|add) a comment\b",
    r"^report this comment\b",
    r"^(like|liked|enjoyed|enjoy) this (story|article)\?",
    r"^(do you have|got) a (story|news tip)\b",
    r"^(contact|email) (our|the) (newsroom|news desk)\b",
    r"^our (award-winning )?journalism\b.*\bsupport\b",
    r"^(published|updated|last updated|first published)\b\s*:?\s*(on\s+|at\s+)?"
    r"(\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\w\s,:./+-]{0,40}$",
)]
def clean_paragraphs(text: str, *, authors: list[str] | None = None, title: str | None = None) -> list[str]:
    """Split extracted text into paragraphs and drop the standalone boilerplate lines."""
    paras = []
    drop = {a.lower() for a in (authors or [])}
    if title:
        drop.add(fields.clean_space(title).lower())
    for line in re.split(r"\n+", text or ""):
        line = fields.clean_space(line)
        if not line:
            continue
        words = len(line.split())
        if line.lower() in drop:
            continue
        if words <= 30 and (bylines.byline_names(line) or any(r.search(line) for r in _BOILERPLATE_RES)):
            continue
        paras.append(line)
    return paras


def _shingles(text: str, n: int = 4) -> Counter:
    """The text's n-word shingles as a multiset; a text shorter than n words is one shingle."""
    found = word_shingles(text, n, _TOKEN_RE)
    if not found:
        toks = tuple(_TOKEN_RE.findall(text.lower()))
        return Counter([toks]) if toks else Counter()
    return Counter(found)


def _containment(part: Counter, whole: Counter) -> float:
    """Share of `part`'s shingles that also occur in `whole`."""
    total = sum(part.values())
    if not total:
        return 0.0
    return sum(min(c, whole[k]) for k, c in part.items()) / total


def jsonld_body(page: Page) -> str:
    """The JSON-LD articleBody as plain text, paragraphs on their own lines."""
    art = page.article_ld()
    value = art.get("articleBody") if art else None
    if isinstance(value, list):
        value = "\n".join(v for v in value if isinstance(v, str))
    if not isinstance(value, str) or not value.strip():
        return ""
    value = html_lib.unescape(value)
    if re.search(r"<(p|br|div|h\d|li)\b", value, re.I):
        frag = lxml_html.fragment_fromstring(value, create_parent="div")
        for br in frag.iter("br"):
            br.tail = "\n" + (br.tail or "")
        for el in frag.iter("p", "div", "h1", "h2", "h3", "h4", "li", "blockquote"):
            el.tail = "\n" + (el.tail or "")
            el.text = "\n" + (el.text or "")
        value = frag.text_content()
    value = value.replace("\r", "")
    return "\n".join(fields.clean_space(line) for line in value.split("\n") if line.strip())


# Removed before extraction: picture captions (clutter in the text, not the article).
_PRUNE_XPATH = ["//figcaption"]
_NEWLINES_RE = re.compile(r"[ \t]*[\r\n]+[ \t]*")


def trafilatura_text(tree, url: str, *, recall: bool = False) -> str:
    """trafilatura's main text as plain text, one block per line. Line breaks (<br>) inside
    a paragraph become spaces, so a paragraph is never split in the middle of a sentence."""
    import trafilatura
    from trafilatura.xml import xmltotxt

    document = trafilatura.bare_extraction(
        copy.deepcopy(tree),  # trafilatura prunes the tree it is given
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_precision=not recall,
        favor_recall=recall,
        with_metadata=False,
        prune_xpath=_PRUNE_XPATH,
    )
    if document is None or document.body is None:
        return ""
    for p in document.body.iter("p", "head", "quote"):
        for lb in p.iter("lb"):
            lb.tail = " " + (lb.tail or "")
        etree.strip_tags(p, "lb")
    # Newlines inside HTML text nodes are plain whitespace (browsers render a space);
    # keep them out of the text so paragraphs are not cut mid-sentence.
    for el in document.body.iter():
        if el.tag == "code" or any(a.tag == "code" for a in el.iterancestors()):
            continue
        if el.text and "\n" in el.text:
            el.text = _NEWLINES_RE.sub(" ", el.text)
        if el.tail and "\n" in el.tail:
            el.tail = _NEWLINES_RE.sub(" ", el.tail)
    return unicodedata.normalize("NFC", xmltotxt(document.body, False) or "")


_BLOCK_TAGS = ("p", "h2", "h3", "h4", "blockquote", "li")


def _block_texts(container) -> list[str]:
    """Texts of the paragraph-level blocks in `container` (outermost only, in order),
    skipping blocks that are mostly link text."""
    out = []
    for el in container.iter(*_BLOCK_TAGS):
        if _nested_in_block(el, container):
            continue
        if el.tag == "li" and el.find(".//a") is not None:
            continue  # lists of links are "more stories" boxes
        t = fields.text_of(el)
        if t and _link_density(el) <= 0.5:
            out.append(t)
    return out


def _nested_in_block(el, container) -> bool:
    for ancestor in el.iterancestors():
        if ancestor is container:
            return False
        if ancestor.tag in _BLOCK_TAGS:
            return True
    return False


def _link_density(el) -> float:
    total = len(fields.text_of(el))
    if not total:
        return 1.0
    return sum(len(fields.text_of(a)) for a in el.iter("a")) / total


def split_body_parts(tree, paras: list[str]) -> list[str]:
    """Recover articles whose body is split over several sibling containers with the same
    tag and class (an advert or a promo between two halves): trafilatura keeps only the
    first. The extra containers must each hold two or more real paragraphs, few links,
    and text trafilatura did not return."""
    first = next((p for p in paras if len(p.split()) >= 12), None)
    if first is None:
        return paras
    anchor = None
    for el in tree.iter("p"):
        if fields.text_of(el) == first:
            anchor = el
            break
    if anchor is None:
        return paras
    container = anchor.getparent()
    while container is not None and not container.get("class"):
        container = container.getparent()
    if container is None or container.tag in ("body", "html"):
        return paras
    cls = container.get("class")
    members = [el for el in tree.iter(container.tag) if el.get("class") == cls]
    if len(members) < 2 or len(members) > 12:
        return paras
    have = {p.lower() for p in paras}
    before, after, seen_anchor = [], [], False
    for el in members:
        if el is container:
            seen_anchor = True
            continue
        if any(a is container for a in el.iterancestors()) or any(a is el for a in container.iterancestors()):
            continue
        blocks = [b for b in _block_texts(el) if b.lower() not in have]
        real = [b for b in blocks if len(b.split()) >= 12]
        if len(real) < 2 or _link_density(el) > 0.25:
            continue
        (after if seen_anchor else before).extend(blocks)
    if not before and not after:
        return paras
    return before + paras + after


def choose_body(trafilatura_paras: list[str], ld_paras: list[str], reasons: list[str]) -> list[str]:
    """Keep the best of trafilatura's paragraphs and the JSON-LD articleBody.

    - No usable JSON-LD body (< 30 words): trafilatura.
    - trafilatura covers the JSON-LD body and the JSON-LD body is not much shorter (not a
      truncated teaser copy): trafilatura's paragraphs, minus those that do not occur in
      the JSON-LD body (leftover boilerplate), since the JSON-LD body is the publisher's
      own statement of the text.
    - The JSON-LD body is much longer and contains trafilatura's text: JSON-LD (trafilatura
      missed part of the article).
    - Otherwise (they disagree): trafilatura.
    """
    t_text = "\n".join(trafilatura_paras)
    ld_text = "\n".join(ld_paras)
    t_words = len(t_text.split())
    ld_words = len(ld_text.split())
    if ld_words < 30:
        return trafilatura_paras
    if t_words == 0:
        reasons.append("body from JSON-LD articleBody")
        return ld_paras
    ld_sh, t_sh = _shingles(ld_text), _shingles(t_text)
    ld_in_t = _containment(ld_sh, t_sh)
    t_in_ld = _containment(t_sh, ld_sh)
    if ld_in_t >= 0.8 and ld_words < 0.7 * t_words:
        reasons.append("JSON-LD articleBody is a shortened copy: kept trafilatura's text")
        return trafilatura_paras
    if ld_in_t >= 0.8:
        ld_tokens = {t.lower() for t in _TOKEN_RE.findall(ld_text)}
        kept = []
        for p in trafilatura_paras:
            toks = [t.lower() for t in _TOKEN_RE.findall(p)]
            if not toks:
                continue
            if _containment(_shingles(p), ld_sh) >= 0.5 or (len(toks) < 6 and sum(t in ld_tokens for t in toks) / len(toks) >= 0.8):
                kept.append(p)
        if len(kept) < len(trafilatura_paras):
            reasons.append(f"dropped {len(trafilatura_paras) - len(kept)} paragraphs not in JSON-LD articleBody")
        return kept
    if t_in_ld >= 0.8 and ld_words > 1.3 * t_words:
        reasons.append("body from JSON-LD articleBody (longer, contains trafilatura's text)")
        return ld_paras
    return trafilatura_paras


def paragraph_fallback(tree) -> list[str]:
    """The paragraph blocks of the element holding the most words in <p> children: the
    body when trafilatura cannot be used on a page."""
    words: Counter = Counter()
    for p in tree.iter("p"):
        parent = p.getparent()
        if parent is not None:
            words[parent] += len(fields.text_of(p).split())
    best = next(iter(words.most_common(1)), None)
    if best is None:
        return []
    container, _ = best
    return _block_texts(container)


def _main_text(page: Page, reasons: list[str], *, recall: bool = False) -> str:
    """trafilatura's text; if trafilatura raises on this page, the paragraph fallback
    (noted in the reasons): a failure of the extractor costs precision, not the article."""
    try:
        return trafilatura_text(page.tree, page.url, recall=recall)
    except Exception as exc:  # noqa: BLE001 - recorded in the reasons, body from the fallback
        reasons.append(f"trafilatura failed ({type(exc).__name__}: {str(exc)[:80]}): "
                       "body from the page's paragraphs")
        return "\n".join(paragraph_fallback(page.tree))


def _jsonld_body_text(page: Page, reasons: list[str]) -> str:
    try:
        return jsonld_body(page)
    except (etree.ParserError, ValueError) as exc:
        reasons.append(f"JSON-LD articleBody could not be read ({type(exc).__name__}): ignored")
        return ""


def extract_body(page: Page, *, authors: list[str], title: str | None, reasons: list[str]) -> list[str]:
    t_paras = clean_paragraphs(_main_text(page, reasons), authors=authors, title=title)
    ld_paras = clean_paragraphs(_jsonld_body_text(page, reasons), authors=authors, title=title)
    ld_words = sum(len(p.split()) for p in ld_paras)
    t_words = sum(len(p.split()) for p in t_paras)
    if t_words < MIN_ARTICLE_WORDS or (ld_words and t_words < 0.5 * ld_words):
        recall = clean_paragraphs(_main_text(page, reasons, recall=True), authors=authors, title=title)
        if sum(len(p.split()) for p in recall) > t_words:
            t_paras = recall
            reasons.append("trafilatura favor_recall (precision mode found little)")
    extended = clean_paragraphs("\n".join(split_body_parts(page.tree, t_paras)), authors=authors, title=title)
    if len(extended) > len(t_paras):
        reasons.append(f"added {len(extended) - len(t_paras)} paragraphs from split body containers")
        t_paras = extended
    return choose_body(t_paras, ld_paras, reasons)


# ---------------------------------------------------------------- article or not

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
    path = urlsplit(url).path.lower()
    return any(r.search(path) for r in _ARTICLE_URL_RES)


def _teaser_links(tree) -> set[str]:
    """Normalised texts of links that look like teaser headlines (4+ words)."""
    out = set()
    for a in tree.iter("a"):
        t = fields.text_of(a).lower()
        if len(t.split()) >= 4:
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
        if len(el) > 3:
            continue
        t = fields.text_of(el)
        if t not in wanted:
            continue
        box = el.getparent()
        if box is None or box in boxes:
            continue
        blocks = [c for c in box if c.tag in ("p", "h2", "h3", "h4", "div", "span", "a")]
        if len(blocks) > 4:
            continue
        if any(len(fields.text_of(a).split()) >= 4 for a in box.iter("a") if not any(x is el for x in a.iterancestors())):
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


def classify(page: Page, *, body_paras: list[str], published: str | None, title: str | None,
             reasons: list[str], structured: list[str] | None = None) -> tuple[bool, str]:
    """Decide (is_article, page_kind) from what the page says about itself.

    `structured` is fields.structured_article_evidence(page): when the page states in its
    metadata that it is a dated article, that outranks the teaser/listing heuristics
    (counts of teaser links, standfirsts, <time> stamps), which misfire on short articles
    with an inline related-stories box. The URL, title and length tests still apply."""
    word_count = sum(len(p.split()) for p in body_paras)
    ld_article = page.article_ld() is not None
    ld_types = set().union(*(fields.ld_types(o) for o in page.jsonld)) if page.jsonld else set()
    og_type = (page.meta.get("og:type") or "").lower()
    has_pub_meta = fields.metadata_published(page)

    kind, why = url_kind(page.url)
    if kind:
        reasons.append(why)
        return False, kind
    if title and _NOT_ARTICLE_TITLE_RE.search(title):
        reasons.append(f"title says it is not an article: {title[:40]!r}")
        return False, "other"

    positives = []
    if ld_article:
        positives.append("JSON-LD article type")
    if og_type == "article":
        positives.append("og:type article")
    if has_pub_meta:
        positives.append("published time in metadata")
    if url_article_like(page.url):
        positives.append("article-like URL")
    stamps = {t.get("datetime") for t in page.tree.iter("time") if t.get("datetime")}
    if published and not has_pub_meta and len(stamps) <= 2:
        positives.append("a publication date on the page")
    reasons.extend(positives)

    # Listing: many of the extracted paragraphs are teaser headlines (link texts), many
    # dated items, or many teaser links with no article signal at all.
    teasers = _teaser_links(page.tree)
    listing_like = []
    if body_paras:
        linked = sum(1 for p in body_paras if p.lower() in teasers)
        if linked >= 3 and linked / len(body_paras) >= 0.25:
            listing_like.append(f"{linked} of {len(body_paras)} paragraphs are teaser links")
        standfirsts = _teaser_standfirsts(page.tree, body_paras)
        if standfirsts >= 3 and standfirsts >= 0.4 * len(body_paras):
            listing_like.append(f"{standfirsts} of {len(body_paras)} paragraphs are teaser standfirsts")
    listing_why = "; ".join(listing_like)
    if listing_why and structured:
        reasons.append(f"kept although {listing_why}: the page's metadata says it is one article "
                       f"({'; '.join(structured)})")
    elif listing_why:
        reasons.append(listing_why)
        return False, "listing"
    if not (ld_article or og_type == "article" or has_pub_meta or structured) and len(stamps) >= 5:
        reasons.append(f"{len(stamps)} different <time> stamps (a list of dated items)")
        return False, "listing"
    if not ld_article and ld_types & {"collectionpage", "itemlist", "searchresultspage", "profilepage"}:
        reasons.append("JSON-LD says listing page (" + ", ".join(sorted(ld_types & fields.LISTING_TYPES)) + ")")
        return False, "listing"
    if not positives and len(teasers) >= 15:
        reasons.append(f"{len(teasers)} teaser links and no article signals")
        return False, "listing"

    needed = MIN_ARTICLE_WORDS_STRUCTURED if ld_article else MIN_ARTICLE_WORDS
    if word_count < needed:
        reasons.append(f"main text too short ({word_count} words < {needed})")
        return False, "other"
    reasons.append(f"main text {word_count} words")
    if not positives:
        if og_type == "website":
            reasons.append("og:type website and no article signals")
            return False, "other"
        if word_count < 250:
            reasons.append("no article signals and under 250 words")
            return False, "other"
        reasons.append("long text without article signals")
    return True, "article"


# ---------------------------------------------------------------- the entry point

def _empty(url: str, reason: str) -> dict:
    return {
        "url": url, "canonical_url": url, "title": None, "authors": [], "published": None,
        "modified": None, "section": None, "summary": None, "body": "", "language": None,
        "word_count": 0, "is_article": False, "page_kind": "other", "reasons": [reason],
    }


def extract_article(html: str | bytes, url: str, *, content_type: str | None = None) -> dict:
    """Extract one page. Returns a dict with exactly the keys in FIELDS. Never raises on bad
    input: non-HTML or unparseable pages give is_article False with a reason."""
    not_html = sniff_not_html(html, content_type)
    if not_html:
        return _empty(url, not_html)
    if isinstance(html, bytes):
        text, _encoding = decode_html(html, content_type)
    else:
        text = html
    text = clean_text(text)
    parse_notes: list[str] = []
    tree = parse_tree(text, parse_notes)
    if tree is None:
        return _empty(url, "could not parse HTML")
    page = Page.from_tree(tree, url)
    page.notes = [*parse_notes, *page.notes]  # what parsing noted, then the fields
    reasons: list[str] = []

    def field(name: str, helper, default=None):
        """One field: a helper that fails costs that field (noted), not the page."""
        try:
            return helper(page)
        except Exception as exc:  # noqa: BLE001 - recorded in the page's reasons
            page.notes.append(f"{name} could not be read ({type(exc).__name__}: {str(exc)[:80]})")
            return default

    title = field("title", fields.parse_title)
    authors = field("authors", fields.parse_authors, [])
    if not authors:
        authors = field("authors", bylines.parse_text_authors, [])
    published = field("published", fields.parse_published)
    modified = field("modified", fields.parse_modified)
    structured = field("article metadata", fields.structured_article_evidence, [])
    body_paras = extract_body(page, authors=authors, title=title, reasons=reasons)
    if structured:
        body_paras = drop_teaser_links(page, body_paras, reasons)
    is_article, kind = classify(page, body_paras=body_paras, published=published, title=title,
                                reasons=reasons, structured=structured)
    body = "\n\n".join(body_paras)
    record = {
        "url": url,
        "canonical_url": field("canonical_url", fields.parse_canonical, url),
        "title": title,
        "authors": authors,
        "published": published,
        "modified": modified,
        "section": field("section", fields.parse_section),
        "summary": field("summary", fields.parse_summary),
        "body": body,
        "language": field("language", fields.parse_language),
        "word_count": len(body.split()),
        "is_article": is_article,
        "page_kind": kind,
        "reasons": reasons,
    }
    reasons.extend(dict.fromkeys(page.notes))  # what could not be read, once each
    return record
