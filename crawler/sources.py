"""Load and check `sources.toml`: the list of news outlets to crawl.

Each outlet is one ``[[sources]]`` table::

    [[sources]]
    name = "Worcester News"                         # unique, required
    url = "https://www.worcesternews.co.uk/"        # home page, required
    feeds = ["https://www.worcesternews.co.uk/news/rss/"]   # RSS or Atom, optional
    sitemaps = ["https://www.worcesternews.co.uk/sitemap.xml"]  # optional
    sections = ["https://www.worcesternews.co.uk/news/education/"]  # listing pages
    allow = ['/news/\\d+\\.']    # only follow article URLs matching one of these
    deny = ['/sport/']          # never follow URLs matching one of these

A bad file raises :class:`SourcesError` whose message names the file, the line and the
field, e.g. ``sources.toml:14: source "Worcester News": field "feeds" must be a list of
URLs``. tomllib gives no positions for values, so the line is found by scanning the
raw text of the ``[[sources]]`` block for the key.
"""
from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

FIELDS = ("name", "url", "feeds", "sitemaps", "sections", "allow", "deny", "enabled", "max_pages")
LIST_OF_URLS = ("feeds", "sitemaps", "sections")
LIST_OF_PATTERNS = ("allow", "deny")


class SourcesError(ValueError):
    """A sources file that cannot be used. The message names the line and the field."""


@dataclass
class Source:
    name: str
    url: str
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    allow: list[str] = field(default_factory=list)
    deny: list[str] = field(default_factory=list)
    enabled: bool = True
    max_pages: int | None = None  # stop following links after this many pages

    @property
    def host(self) -> str:
        return urlparse(self.url).hostname or ""

    def allow_res(self) -> list[re.Pattern]:
        return [re.compile(p) for p in self.allow]

    def deny_res(self) -> list[re.Pattern]:
        return [re.compile(p) for p in self.deny]

    def url_allowed(self, url: str) -> bool:
        """Whether `url` passes this source's allow/deny patterns (searched anywhere in it)."""
        if any(r.search(url) for r in self.deny_res()):
            return False
        if self.allow and not any(r.search(url) for r in self.allow_res()):
            return False
        return True


def _block_spans(text: str) -> list[tuple[int, int]]:
    """(first_line, last_line) of every [[sources]] block, 1-based, in file order.
    A block ends where the next table header starts."""
    lines = text.splitlines()
    header = re.compile(r"\[\[?\s*[A-Za-z_]")
    starts = [i + 1 for i, line in enumerate(lines) if re.match(r"\s*\[\[\s*sources\s*\]\]", line)]
    spans = []
    for start in starts:
        end = len(lines)
        for j in range(start, len(lines)):  # lines[j] is line j + 1
            if header.match(lines[j].lstrip()) and lines[j].lstrip() == lines[j]:
                end = j
                break
        spans.append((start, end))
    return spans


def _key_line(text: str, span: tuple[int, int] | None, key: str) -> int | None:
    if span is None:
        return None
    lines = text.splitlines()
    pattern = re.compile(rf"\s*(\"{re.escape(key)}\"|'{re.escape(key)}'|{re.escape(key)})\s*=")
    for i in range(span[0], span[1] + 1):
        if i - 1 < len(lines) and pattern.match(lines[i - 1]):
            return i
    return None


def _value_line(text: str, span: tuple[int, int] | None, key: str, value: str) -> int | None:
    """The line of `value` inside the `key = [...]` list of the block (for list items)."""
    start = _key_line(text, span, key)
    if start is None:
        return None
    lines = text.splitlines()
    for i in range(start, span[1] + 1):
        if i - 1 < len(lines) and value in lines[i - 1]:
            return i
    return start


def _check_url(value: object) -> str | None:
    """An error message for a bad URL, or None."""
    if not isinstance(value, str) or not value.strip():
        return "must be a URL string"
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https"):
        return f"must be an http:// or https:// URL, got {value!r}"
    if not parsed.hostname:
        return f"has no host name: {value!r}"
    return None


def _load_toml(text: str, filename: str) -> list:
    """The [[sources]] tables of the file; SourcesError on bad TOML or a wrong top level."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        m = re.search(r"line (\d+)", msg)
        line = m.group(1) if m else "?"
        raise SourcesError(f"{filename}:{line}: TOML syntax error: {msg}") from None

    extra = sorted(set(data) - {"sources"})
    if extra:
        raise SourcesError(
            f"{filename}:1: unknown top-level key {extra[0]!r}: the file holds only [[sources]] tables"
        )
    tables = data.get("sources")
    if not tables:
        raise SourcesError(f"{filename}:1: no [[sources]] tables found")
    if not isinstance(tables, list):
        raise SourcesError(f"{filename}:1: \"sources\" must be written as [[sources]] tables")
    return tables


def _check_known_fields(table: dict, where, label: str) -> None:
    for key in table:
        if key not in FIELDS:
            close = difflib.get_close_matches(key, FIELDS, n=1)
            hint = f" (did you mean \"{close[0]}\"?)" if close else ""
            raise SourcesError(
                f"{where(key)}: {label}: unknown field \"{key}\"{hint}; "
                f"known fields: {', '.join(FIELDS)}"
            )


def _check_name(table: dict, where, label: str, seen: dict[str, int], block: str) -> str:
    """The source's name: present, a non-empty string, not used by an earlier source."""
    name = table.get("name")
    if "name" not in table:
        raise SourcesError(f"{block}: {label}: missing required field \"name\"")
    if not isinstance(name, str) or not name.strip():
        raise SourcesError(f"{where('name')}: {label}: field \"name\" must be a non-empty string")
    if name in seen:
        raise SourcesError(
            f"{where('name')}: {label}: duplicate name (first used on line {seen[name]})"
        )
    return name


def _check_url_field(table: dict, where, label: str, block: str) -> None:
    if "url" not in table:
        raise SourcesError(f"{block}: {label}: missing required field \"url\"")
    problem = _check_url(table["url"])
    if problem:
        raise SourcesError(f"{where('url')}: {label}: field \"url\" {problem}")


def _check_url_lists(table: dict, where, label: str) -> None:
    for key in LIST_OF_URLS:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SourcesError(f"{where(key)}: {label}: field \"{key}\" must be a list of URLs")
        for v in value:
            problem = _check_url(v)
            if problem:
                raise SourcesError(f"{where(key, v)}: {label}: field \"{key}\": item {problem}")


def _check_pattern_lists(table: dict, where, label: str) -> None:
    for key in LIST_OF_PATTERNS:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SourcesError(
                f"{where(key)}: {label}: field \"{key}\" must be a list of regular expressions"
            )
        for v in value:
            try:
                re.compile(v)
            except re.error as exc:
                raise SourcesError(
                    f"{where(key, v)}: {label}: field \"{key}\": invalid regular expression "
                    f"{v!r}: {exc}"
                ) from None


def _check_enabled(table: dict, where, label: str) -> bool:
    enabled = table.get("enabled", True)
    if not isinstance(enabled, bool):
        raise SourcesError(f"{where('enabled')}: {label}: field \"enabled\" must be true or false")
    return enabled


def _check_max_pages(table: dict, where, label: str) -> int | None:
    max_pages = table.get("max_pages")
    if max_pages is not None and (
        not isinstance(max_pages, int) or isinstance(max_pages, bool) or max_pages < 1
    ):
        raise SourcesError(
            f"{where('max_pages')}: {label}: field \"max_pages\" must be a positive integer"
        )
    return max_pages


def _parse_table(
    table: dict, index: int, text: str, filename: str, span, seen: dict[str, int]
) -> Source:
    """One [[sources]] table checked field by field into a Source; records its name in `seen`."""
    block_line = span[0] if span else "?"
    block = f"{filename}:{block_line}"

    def where(key: str | None, value: str | None = None) -> str:
        line = None
        if key is not None:
            line = _value_line(text, span, key, value) if value else _key_line(text, span, key)
        return f"{filename}:{line or block_line}"

    name = table.get("name")
    label = f"source #{index + 1}" if not isinstance(name, str) else f"source \"{name}\""
    _check_known_fields(table, where, label)
    name = _check_name(table, where, label, seen, block)
    seen[name] = _key_line(text, span, "name") or 0
    _check_url_field(table, where, label, block)
    _check_url_lists(table, where, label)
    _check_pattern_lists(table, where, label)
    enabled = _check_enabled(table, where, label)
    max_pages = _check_max_pages(table, where, label)
    return Source(
        name=name,
        url=table["url"],
        feeds=list(table.get("feeds", [])),
        sitemaps=list(table.get("sitemaps", [])),
        sections=list(table.get("sections", [])),
        allow=list(table.get("allow", [])),
        deny=list(table.get("deny", [])),
        enabled=enabled,
        max_pages=max_pages,
    )


def parse_sources(text: str, filename: str = "sources.toml") -> list[Source]:
    """Parse the text of a sources file into Sources; raise SourcesError on any problem."""
    tables = _load_toml(text, filename)
    spans = _block_spans(text)
    seen: dict[str, int] = {}
    sources: list[Source] = []
    for index, table in enumerate(tables):
        span = spans[index] if index < len(spans) else None
        sources.append(_parse_table(table, index, text, filename, span, seen))
    return sources


def load_sources(path: str | Path, only: str | None = None) -> list[Source]:
    """Read a sources file. `only` keeps the one source of that name (error if absent).
    Disabled sources are skipped unless asked for by name."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: file not found") from None
    except UnicodeDecodeError as exc:
        raise SourcesError(f"{path}: not UTF-8 text: {exc}") from None
    sources = parse_sources(text, str(path))
    if only is not None:
        chosen = [s for s in sources if s.name == only]
        if not chosen:
            names = ", ".join(f'"{s.name}"' for s in sources)
            raise SourcesError(f"{path}: no source named \"{only}\" (sources: {names})")
        return chosen
    return [s for s in sources if s.enabled]
