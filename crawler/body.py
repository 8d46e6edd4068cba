"""The article's body text: trafilatura's main text and the page's JSON-LD articleBody,
the better of the two kept (see `choose_body`), boilerplate lines removed.

    from crawler.body import extract_body
    paragraphs = extract_body(page, authors=["Jane Smith"], title="...", reasons=reasons)

trafilatura runs in precision mode first and in recall mode when that finds little;
a body split over sibling containers (an advert between two halves) is joined again;
when trafilatura raises on a page, the paragraphs of the element with most <p> text
stand in (noted in `reasons`).
"""
from __future__ import annotations

import copy
import html as html_lib
import re
import unicodedata
from collections import Counter

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.settings import Extractor
from trafilatura.xml import xmltotxt

from crawler.boilerplate import clean_paragraphs
from crawler.fields.page import Page
from crawler.page_kind import MIN_ARTICLE_WORDS
from crawler.text import REASON_CHARS, clean_space, text_of
from nlp.shingles import word_shingles

# Thresholds of extract_body and choose_body (their effect is measured by
# benchmarks/extract.py on ../shared/data/article-extraction-dev):
# trafilatura's precision text under this share of the JSON-LD body's words: recall
# mode is tried (as it is under page_kind.MIN_ARTICLE_WORDS words);
RECALL_SHARE = 0.5
# a JSON-LD articleBody of fewer words is a teaser, not the body;
MIN_JSONLD_BODY_WORDS = 30
# share of one text's word 4-gram shingles found in the other for it to be covered;
CONTAINED = 0.8
# a JSON-LD body covered by trafilatura's text but under this share of its words is
# a shortened copy;
SHORTENED_COPY = 0.7
# a JSON-LD body this many times longer than trafilatura's text, covering it, is the
# fuller text;
LONGER_BODY = 1.3
# a paragraph of trafilatura's is kept when this share of its shingles is in the
# JSON-LD body (or, under SHORT_PARAGRAPH_WORDS words, CONTAINED of its words are);
PARAGRAPH_CONTAINED = 0.5
SHORT_PARAGRAPH_WORDS = 6
# a block of link text above this share of its text is a link list, not a paragraph;
MAX_LINK_DENSITY = 0.5
# a container joined to a split body must have links below this share of its text;
MAX_PART_LINK_DENSITY = 0.25
# a paragraph of this many words is a real one (anchors and joins a split body);
REAL_PARAGRAPH_WORDS = 12
# the split body's sibling containers: at least two, at most this many (more are a list);
MAX_BODY_PARTS = 12

_TOKEN_RE = re.compile(r"\w+")


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
    return "\n".join(clean_space(line) for line in value.split("\n") if line.strip())


# Removed before extraction: picture captions (clutter in the text, not the article).
_PRUNE_XPATH = ["//figcaption"]
_NEWLINES_RE = re.compile(r"[ \t]*[\r\n]+[ \t]*")


# trafilatura's options in precision and in recall mode, made once: making them reads
# the values of its config file (a tenth of its time per page). Each page gets a copy
# with its URL, as trafilatura copies a shared Extractor itself.
_OPTIONS = {recall: Extractor(output_format="python", precision=not recall, recall=recall, comments=False,
                              tables=True, images=False, with_metadata=False)
            for recall in (False, True)}


def _options(url: str, recall: bool) -> Extractor:
    options = copy.copy(_OPTIONS[recall])
    options.url = options.source = url
    return options


def trafilatura_text(tree, url: str, *, recall: bool = False) -> str:
    """trafilatura's main text as plain text, one block per line. Line breaks (<br>) inside
    a paragraph become spaces, so a paragraph is never split in the middle of a sentence."""
    document = trafilatura.bare_extraction(
        copy.deepcopy(tree),  # trafilatura prunes the tree it is given
        prune_xpath=_PRUNE_XPATH,
        options=_options(url, recall),
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
        t = text_of(el)
        if t and _link_density(el) <= MAX_LINK_DENSITY:
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
    total = len(text_of(el))
    if not total:
        return 1.0
    return sum(len(text_of(a)) for a in el.iter("a")) / total


def split_body_parts(tree, paras: list[str]) -> list[str]:
    """Recover articles whose body is split over several sibling containers with the same
    tag and class (an advert or a promo between two halves): trafilatura keeps only the
    first. The extra containers must each hold two or more real paragraphs, few links,
    and text trafilatura did not return."""
    first = next((p for p in paras if len(p.split()) >= REAL_PARAGRAPH_WORDS), None)
    if first is None:
        return paras
    anchor = None
    for el in tree.iter("p"):
        if text_of(el) == first:
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
    if len(members) < 2 or len(members) > MAX_BODY_PARTS:
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
        real = [b for b in blocks if len(b.split()) >= REAL_PARAGRAPH_WORDS]
        if len(real) < 2 or _link_density(el) > MAX_PART_LINK_DENSITY:
            continue
        (after if seen_anchor else before).extend(blocks)
    if not before and not after:
        return paras
    return before + paras + after


def choose_body(trafilatura_paras: list[str], ld_paras: list[str], reasons: list[str]) -> list[str]:
    """Keep the best of trafilatura's paragraphs and the JSON-LD articleBody.

    - No usable JSON-LD body (< MIN_JSONLD_BODY_WORDS): trafilatura.
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
    if ld_words < MIN_JSONLD_BODY_WORDS:
        return trafilatura_paras
    if t_words == 0:
        reasons.append("body from JSON-LD articleBody")
        return ld_paras
    ld_sh, t_sh = _shingles(ld_text), _shingles(t_text)
    ld_in_t = _containment(ld_sh, t_sh)
    t_in_ld = _containment(t_sh, ld_sh)
    if ld_in_t >= CONTAINED and ld_words < SHORTENED_COPY * t_words:
        reasons.append("JSON-LD articleBody is a shortened copy: kept trafilatura's text")
        return trafilatura_paras
    if ld_in_t >= CONTAINED:
        ld_tokens = {t.lower() for t in _TOKEN_RE.findall(ld_text)}
        kept = []
        for p in trafilatura_paras:
            toks = [t.lower() for t in _TOKEN_RE.findall(p)]
            if not toks:
                continue
            if _containment(_shingles(p), ld_sh) >= PARAGRAPH_CONTAINED or (
                    len(toks) < SHORT_PARAGRAPH_WORDS and sum(t in ld_tokens for t in toks) / len(toks) >= CONTAINED):
                kept.append(p)
        if len(kept) < len(trafilatura_paras):
            reasons.append(f"dropped {len(trafilatura_paras) - len(kept)} paragraphs not in JSON-LD articleBody")
        return kept
    if t_in_ld >= CONTAINED and ld_words > LONGER_BODY * t_words:
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
            words[parent] += len(text_of(p).split())
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
        reasons.append(f"trafilatura failed ({type(exc).__name__}: {str(exc)[:REASON_CHARS]}): "
                       "body from the page's paragraphs")
        return "\n".join(paragraph_fallback(page.tree))


def _jsonld_body_text(page: Page, reasons: list[str]) -> str:
    try:
        return jsonld_body(page)
    except (etree.ParserError, ValueError) as exc:
        reasons.append(f"JSON-LD articleBody could not be read ({type(exc).__name__}): ignored")
        return ""


def extract_body(page: Page, *, authors: list[str], title: str | None, reasons: list[str]) -> list[str]:
    """The article's paragraphs (see the module doc); what was done is added to `reasons`."""
    t_paras = clean_paragraphs(_main_text(page, reasons), authors=authors, title=title)
    ld_paras = clean_paragraphs(_jsonld_body_text(page, reasons), authors=authors, title=title)
    ld_words = sum(len(p.split()) for p in ld_paras)
    t_words = sum(len(p.split()) for p in t_paras)
    # Less than an article's worth, or under half the JSON-LD body: try recall mode.
    if t_words < MIN_ARTICLE_WORDS or (ld_words and t_words < RECALL_SHARE * ld_words):
        recall = clean_paragraphs(_main_text(page, reasons, recall=True), authors=authors, title=title)
        if sum(len(p.split()) for p in recall) > t_words:
            t_paras = recall
            reasons.append("trafilatura favor_recall (precision mode found little)")
    parts = split_body_parts(page.tree, t_paras)
    # t_paras are clean already (cleaning them again gives them back): only added parts need it.
    extended = t_paras if parts == t_paras else clean_paragraphs("\n".join(parts), authors=authors, title=title)
    if len(extended) > len(t_paras):
        reasons.append(f"added {len(extended) - len(t_paras)} paragraphs from split body containers")
        t_paras = extended
    return choose_body(t_paras, ld_paras, reasons)
