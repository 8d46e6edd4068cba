"""Decoding a fetched page's bytes to text, and telling pages that are not HTML apart.

    from crawler.decode import clean_text, decode_html, sniff_not_html
    sniff_not_html(body, "application/pdf")        # "not HTML: content type application/pdf"
    text, encoding = decode_html(body, "text/html; charset=windows-1252")
    clean_text(text)                               # without control characters, for lxml
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

# Bytes given to charset detection: enough to judge, without slowing on huge pages.
DETECT_BYTES = 200_000
# Bytes searched for a <meta charset>: the HTML standard's prescan reads 1,024; we read
# further, for pages whose <head> holds long scripts before it.
META_CHARSET_BYTES = 8192

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
    m = _META_CHARSET_RE.search(body[:META_CHARSET_BYTES])
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
        best = from_bytes(body[:DETECT_BYTES]).best()
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


# The bytes a file's kind is judged from: magic numbers and binary data show at once.
SNIFF_BYTES = 1024
# Text (at 3 or more control characters) is binary past this share of control
# characters; a page with a stray NUL or two is still a page.
BINARY_SHARE = 0.03
# A page with no "<" in its first 20,000 characters has no markup at all.
MARKUP_BYTES = 20_000


def _mostly_binary(sample: str) -> bool:
    """More than 3% control characters: binary data, not a page with a stray NUL."""
    return len(_CONTROL_RE.findall(sample)) > max(2, BINARY_SHARE * len(sample))


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
        head = data[:SNIFF_BYTES]
        for magic, what in _BINARY_MAGIC:
            if head.startswith(magic):
                return f"not HTML: looks like a {what}"
        sample = head.decode("latin-1")
        if _mostly_binary(sample) and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return "not HTML: binary data"
    else:
        sample = data[:SNIFF_BYTES]
        if sample.lstrip().startswith("%PDF"):
            return "not HTML: looks like a PDF document"
        if _mostly_binary(sample):
            return "not HTML: binary data"
    if not sample.strip():
        return "empty page"
    if "<" not in (data[:MARKUP_BYTES] if isinstance(data, str) else data[:MARKUP_BYTES].decode("latin-1")):
        return "not HTML: no markup"
    return None
