"""Clean text at the door of the pipeline, keeping every offset valid.

    from nlp.clean import clean_text
    clean_text("a\\x00b")  # -> "a b"

Texts come from users (`analyse`) and from crawled pages (`enrich`); either may hold
characters that crash spaCy or have no business in a name or a quote:
- a lone surrogate (U+D800..U+DFFF; valid in JSON as "\\ud800", not encodable as
  UTF-8) becomes U+FFFD, the Unicode replacement character;
- a control character (C0 and C1, NUL and DEL included) other than tab, newline and
  carriage return becomes a space.

Each bad character is replaced by exactly one character, so the cleaned text has the
same length as the input and every offset found in it points at the same place in the
input (and in the stored article body). The text the findings quote (entity, speaker
and quote text) is the cleaned text: it equals the input at the same offsets except
that those characters read as spaces or U+FFFD. Nothing is ever removed.
"""
from __future__ import annotations

import bisect
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_BAD = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

REPLACEMENT = "\ufffd"


def clean_text(text: str) -> str:
    """`text` with lone surrogates as U+FFFD and control characters (but tab, newline,
    carriage return) as spaces; same length, so offsets are unchanged."""
    if _BAD.search(text) is None:
        return text  # the usual case: no copy
    return _SURROGATE.sub(REPLACEMENT, _CONTROL.sub(" ", text))


# ---------------------------------------------------------------- what the model reads
#
# Runs of spaces ("plain-text dumps" with two spaces after a full stop, columns of a
# table), tabs, non-breaking and other wide spaces become one space, and zero-width
# characters and soft hyphens go, before the model reads the text: spaCy makes a token of
# every extra space and reads "Mr\u00a0Patel" or "Patel\u200b" as one word, which costs
# names and quotes. The findings are then mapped back (Offsets), so their offsets and
# texts are the cleaned input's, as if nothing had been taken out.

_SPACES = "\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u200b\u2060\ufeff\u00ad"
_ODD_SPACE = re.compile(f"[ {_SPACES}{_INVISIBLE}]{{2,}}|[{_SPACES}{_INVISIBLE}]")
_VISIBLE_SPACE = re.compile(f"[ {_SPACES}]")


class Offsets:
    """Maps offsets in the text the model read back to the cleaned input."""

    def __init__(self, breaks: list[int], shifts: list[int]):
        self._breaks = breaks  # compact positions where the shift changes
        self._shifts = shifts  # original = compact + shift, from that position on

    def start(self, i: int) -> int:
        k = bisect.bisect_right(self._breaks, i)
        return i + (self._shifts[k - 1] if k else 0)

    def end(self, i: int) -> int:
        """An exclusive end: one past the original position of the character before it."""
        return self.start(i - 1) + 1 if i > 0 else 0


def compact_spaces(text: str) -> tuple[str, Offsets | None]:
    """(the text the model reads, Offsets to map back), or (text, None) when there is
    nothing to change (the usual case: no copy)."""
    if _ODD_SPACE.search(text) is None:
        return text, None
    parts, breaks, shifts = [], [], []
    pos = shift = 0
    out_len = 0
    for m in _ODD_SPACE.finditer(text):
        parts.append(text[pos:m.start()])
        out_len += m.start() - pos
        run = m.group()
        if _VISIBLE_SPACE.search(run) is None:
            shift += len(run)  # only invisible characters: taken out, what follows moves left
            breaks.append(out_len)
        else:
            parts.append(" ")
            out_len += 1
            shift += len(run) - 1
            breaks.append(out_len)
        shifts.append(shift)
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts), Offsets(breaks, shifts)


def reads_blank(text: str) -> bool:
    """Nothing in `text` for the model to read: only whitespace, control characters and
    invisible ones (a title of them makes no paragraph of the analysed text)."""
    return not compact_spaces(clean_text(text))[0].strip()


def map_back(findings: dict, offsets: Offsets, cleaned: str, read: str) -> dict:
    """Findings on the text the model read (`read`), with their character offsets
    ("start", "end" of entities and quotes, and a quote's "spans"; a component that adds
    another offset to the findings must map it here too) mapped to `cleaned`. An entity's text, and a quote's
    when it is one piece, become `cleaned` at the new offsets; a quote in pieces keeps
    its pieces joined by single spaces, as the quote component gives them."""
    for kind in ("entities", "quotes"):
        for item in findings.get(kind, ()):
            old_start, old_end = item.get("start"), item.get("end")
            if type(old_start) is not int or type(old_end) is not int:
                continue
            item["start"] = offsets.start(old_start)
            item["end"] = max(item["start"], offsets.end(old_end))  # an empty span stays empty
            if item.get("spans"):  # a quote's parts: [[start, end], ...] in the same frame
                item["spans"] = [[offsets.start(a), max(offsets.start(a), offsets.end(b))]
                                 for a, b in item["spans"]]
            if "text" in item:
                if kind == "entities" or item["text"] == read[old_start:old_end]:
                    item["text"] = cleaned[item["start"]:item["end"]]
    return findings
