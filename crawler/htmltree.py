"""Parse a page's HTML into an lxml tree, whatever its nesting depth.

    from crawler.htmltree import parse_tree
    tree = parse_tree(text)        # lxml.html element, or None for an empty document

libxml2 stops building the tree at 256 levels of nesting (without its "huge" option;
2,048 with it) and silently drops everything below, so an article wrapped in a few
hundred <div>s came out empty. When the parsed tree reaches that depth, the document is
flattened and parsed again: past FLAT_DEPTH open elements, the start and end tags of
wrapper elements (div, span, section, font...) are left out, and of the content
elements (p, h1, a, blockquote...) only one of each tag may be open, so the paragraphs,
headings and links keep their text and order at a depth the parser and trafilatura
handle. Pages of ordinary depth are parsed exactly as before.
"""
from __future__ import annotations

import re
from collections import Counter
from html import escape
from html.parser import HTMLParser

from lxml import etree
from lxml import html as lxml_html
from trafilatura.utils import load_html

# A parsed tree this deep may have been cut off by libxml2 (its limit is 256).
SUSPECT_DEPTH = 250
# Depth past which flatten() leaves out wrapper elements.
FLAT_DEPTH = 60
# Elements whose tags are kept past FLAT_DEPTH, one open element per tag (so 3,000
# nested <blockquote>s become one): they carry the article's structure.
CONTENT_TAGS = {
    "html", "head", "body", "title", "meta", "link", "script", "style", "article", "main",
    "h1", "h2", "h3", "h4", "h5", "h6", "p", "a", "ul", "ol", "li", "blockquote", "figure",
    "figcaption", "time", "table", "thead", "tbody", "tr", "td", "th", "pre", "code", "br",
    "img", "hr", "aside", "nav", "header", "footer", "address", "strong", "em", "b", "i",
}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
             "param", "source", "track", "wbr"}
# A start tag of one of these closes an open element of the same tag (<p>a<p>b).
SELF_CLOSING_SIBLINGS = {"p", "li", "dt", "dd", "tr", "td", "th", "option"}


def tree_depth(tree) -> int:
    """The deepest nesting level of elements in `tree`."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


class _Flattener(HTMLParser):
    """Re-serialises a document, leaving out the tags of wrapper elements nested deeper
    than FLAT_DEPTH (their content is kept). Comments and processing instructions go."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, its tags were kept, kept past FLAT_DEPTH)
        self.kept_depth = 0
        self.deep_open: Counter = Counter()  # tags kept past FLAT_DEPTH and still open
        self.open: Counter = Counter()  # every open tag (an end tag with none open is dropped at once)

    def handle_starttag(self, tag, attrs):
        if tag in SELF_CLOSING_SIBLINGS and self.stack:
            open_tag, _, _ = self.stack[len(self.stack) - 1]
            if open_tag == tag:
                self.handle_endtag(tag)
        deep = self.kept_depth >= FLAT_DEPTH
        keep = not deep or (tag in CONTENT_TAGS and not self.deep_open[tag])
        if keep:
            self.out.append(self.get_starttag_text() or f"<{tag}>")
        if tag in VOID_TAGS:
            return
        self.stack.append((tag, keep, deep and keep))
        self.open[tag] += 1
        self.kept_depth += keep
        self.deep_open[tag] += deep and keep

    def handle_startendtag(self, tag, attrs):
        self.out.append(self.get_starttag_text() or f"<{tag}/>")

    def handle_endtag(self, tag):
        if not self.open[tag]:
            return  # an end tag with no open element: dropped, as a browser would
        for i in range(len(self.stack) - 1, -1, -1):
            open_tag, _, _ = self.stack[i]
            if open_tag == tag:
                for open_tag, kept, deep in reversed(self.stack[i:]):
                    if kept:
                        self.out.append(f"</{open_tag}>")
                        self.kept_depth -= 1
                    self.deep_open[open_tag] -= deep
                    self.open[open_tag] -= 1
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.out.append(data if self.cdata_elem else escape(data, quote=False))

    def handle_entityref(self, name):
        self.out.append(f"&{name};")

    def handle_charref(self, name):
        self.out.append(f"&#{name};")

    def handle_decl(self, decl):
        self.out.append(f"<!{decl}>")


def flatten(text: str) -> str:
    """`text` with wrapper elements past FLAT_DEPTH levels unwrapped (see module doc)."""
    parser = _Flattener()
    parser.feed(text)
    parser.close()
    return "".join(parser.out)


def _lxml_parse(text: str):
    parser = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        return lxml_html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*\?>", "", text), parser=parser)
    except (etree.ParserError, ValueError):
        return None


def parse_tree(text: str, notes: list[str] | None = None) -> lxml_html.HtmlElement | None:
    """Parse with trafilatura's own loader (lxml, comments and processing instructions
    removed), so the tree we hand to trafilatura is the one it expects: comments left in
    the tree make it drop text that follows them. A tree deep enough to have been cut off
    is parsed again from the flattened document (and that is added to `notes`)."""
    if not text.strip():
        return None
    try:
        tree = load_html(text)
    except (etree.ParserError, ValueError, TypeError):
        tree = None
    if tree is None:
        tree = _lxml_parse(text)
    depth = tree_depth(tree) if tree is not None else 0
    if depth >= SUSPECT_DEPTH:
        flat_text = flatten(text)
        try:
            flat = load_html(flat_text)
        except (etree.ParserError, ValueError, TypeError):
            flat = None
        flat = flat if flat is not None else _lxml_parse(flat_text)
        if flat is not None:
            tree = flat
            if notes is not None:
                notes.append(f"markup nested {depth}+ elements deep: parsed again with the wrappers "
                             f"past {FLAT_DEPTH} levels left out")
    return tree
