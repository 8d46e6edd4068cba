"""Reading dates and times: the one home of ISO 8601 parsing in the project.

    from crawler.dates import parse_datetime, parse_iso, valid_timestamp
    parse_datetime("2024-07-14 06:00:00")        # (14 Jul 2024 06:00 Europe/London, True)
    parse_iso("2024-07-14T06:00:00Z")            # aware datetime (sitemap/feed lastmod)
    valid_timestamp("2024-07-14T06:00:00+01:00") # True: ISO 8601 with a UTC offset

`from_iso` is the core reader (Python's ISO 8601 parser, None instead of an error);
the readers above add what their input needs:

- `parse_datetime`: dates in a page's metadata (JSON-LD, meta tags, <time datetime>).
  Tolerates "2024-07-14 06:00", "+0100", fractions, "20240714", RFC 2822, and falls
  back to free text; a time without an offset is Europe/London local time.
- `parse_iso`: lastmod/pubDate in sitemaps and feeds and timestamps we stored; every
  "Z" is read as +00:00 (`from_w3c`), RFC 822 is accepted; no offset means UTC.
- `valid_timestamp`: the validate pipeline's check that a timestamp is ISO 8601 with
  an offset (read like `parse_iso`, without its fallbacks).

`plausible` drops placeholder and far-future dates; "today" is a parameter (the caller
reads the clock once, at the outer edge), so tests can fix it.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re
from zoneinfo import ZoneInfo

import dateparser

from crawler.text import clean_space

# Naive times on UK local news sites are UK local time.
LONDON = ZoneInfo("Europe/London")
# Newspapers went on the web from 1994 (the Electronic Telegraph): an earlier year is a
# placeholder (0001-01-01, 1970-01-01), not when the page was published.
EARLIEST_YEAR = 1995
# Years after today's that a date may lie (slack for clocks and scheduled posts); a
# later one is a typo or a placeholder (9999-12-31).
FUTURE_YEARS = 1
# Free text longer than this is a sentence, not a date label ("Last updated: Wednesday
# 14 December 2023, 10:30am GMT", a long label, has 53 characters).
MAX_VISIBLE_DATE_CHARS = 80

_DATE_ONLY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_VISIBLE_DATE_SETTINGS = {
    "DATE_ORDER": "DMY",  # UK sites write 03/01/2024 for 3 January
    "PREFER_DAY_OF_MONTH": "first",
    "STRICT_PARSING": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
}


# ---------------------------------------------------------------- the core readers

def from_iso(text: str) -> dt.datetime | None:
    """`text` read as ISO 8601 by Python's own parser (which reads a trailing "Z" as
    UTC), or None when it is not ISO 8601. Naive when the text has no offset."""
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None


def from_w3c(text: str) -> dt.datetime | None:
    """`text` read as a W3C datetime (sitemaps, feeds, our own stored timestamps): ISO
    8601 with every "Z" read as +00:00. Naive when the text has no offset."""
    return from_iso(text.replace("Z", "+00:00"))


def from_rfc2822(text: str) -> dt.datetime | None:
    """`text` read as an RFC 2822 / RFC 822 date (HTTP headers, RSS pubDate), or None."""
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


# ---------------------------------------------------------------- sitemaps, feeds, stored timestamps

def parse_iso(value: str | None) -> dt.datetime | None:
    """A timezone-aware datetime from an ISO 8601 / W3C datetime string or an RFC 822
    date (RSS pubDate), or None. No offset means UTC."""
    if not value:
        return None
    parsed = from_w3c(value.strip())
    if parsed is None:
        parsed = from_rfc2822(value)
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed


def valid_timestamp(value) -> bool:
    """True for ISO 8601 strings that carry a UTC offset."""
    if not isinstance(value, str) or not value:
        return False
    parsed = from_w3c(value)
    return parsed is not None and parsed.tzinfo is not None


# ---------------------------------------------------------------- dates in a page

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
        d = from_rfc2822(value)
        if d is not None:
            return (d if d.tzinfo else d.replace(tzinfo=LONDON)), True
    iso = value.replace(" ", "T", 1) if re.match(r"^\d{4}-\d{2}-\d{2} \d", value) else value
    iso = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", iso)  # +0100 -> +01:00
    iso = re.sub(r"(\.\d+)(?=[+-]\d{2}:\d{2}$|Z$|$)", "", iso)  # drop fractions
    d = from_iso(iso)
    if d is None:
        return parse_visible_date(value)
    if d.tzinfo is None:
        d = d.replace(tzinfo=LONDON)
    return d, True


def parse_visible_date(text: str) -> tuple[dt.datetime, bool] | None:
    """Free text such as "Friday 12 April 2019, 9:00am" via dateparser (UK day-first)."""
    text = clean_space(text)
    if not text or len(text) > MAX_VISIBLE_DATE_CHARS or not re.search(r"\d", text):
        return None
    text = re.sub(r"^(published|updated|posted|last updated|first published)\s*:?\s*", "", text, flags=re.I)
    try:
        d = dateparser.parse(text, languages=["en"], settings=dict(_VISIBLE_DATE_SETTINGS))
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
    """ISO 8601 to the second with its UTC offset; a naive time is London time."""
    if d.tzinfo is None:
        d = d.replace(tzinfo=LONDON)
    # Resolve the zone to a fixed offset so isoformat gives "+01:00" etc.
    return d.replace(microsecond=0).isoformat()


def plausible(parsed: tuple[dt.datetime, bool] | None, today: dt.date) -> tuple[dt.datetime, bool] | None:
    """`parsed` unless it is a placeholder date (before EARLIEST_YEAR: 0001-01-01,
    1970-01-01) or later than FUTURE_YEARS after `today`'s year."""
    if parsed is None:
        return None
    when, _has_time = parsed
    if when.year < EARLIEST_YEAR or when.year > today.year + FUTURE_YEARS:
        return None
    return parsed
