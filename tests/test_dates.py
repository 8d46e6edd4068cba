"""Tests for crawler.dates, the one home of ISO 8601 parsing: page dates
(parse_datetime, visible text), sitemap/feed dates (parse_iso), the validate pipeline's
check (valid_timestamp), and plausible dates against a fixed "today"."""
from __future__ import annotations

import datetime as dt

import pytest

from crawler.dates import format_datetime, parse_datetime, parse_iso, parse_visible_date, plausible, valid_timestamp


@pytest.mark.parametrize("value,expected", [
    ("2024-03-14T06:00:00+0000", "2024-03-14T06:00:00+00:00"),
    ("2024-07-14 06:00:00", "2024-07-14T06:00:00+01:00"),
    ("2024-07-14T06:00:00.123Z", "2024-07-14T06:00:00+00:00"),
    ("Sun, 14 Jul 2024 06:00:00 GMT", "2024-07-14T06:00:00+00:00"),
    ("Published: 14 July 2024 at 6:05pm", "2024-07-14T18:05:00+01:00"),
    ("July 14, 2024 6:05 PM EDT", "2024-07-14T18:05:00-04:00"),
    ("14 December 2023, 10:30", "2023-12-14T10:30:00+00:00"),
])
def test_parse_datetime(value, expected):
    parsed = parse_datetime(value)
    assert parsed is not None and parsed[1] is True
    assert format_datetime(parsed[0]) == expected


@pytest.mark.parametrize("value,expected", [
    ("2024-03-14", ("2024-03-14T00:00:00+00:00", False)),  # date only: midnight London (GMT)
    ("2024-07-14", ("2024-07-14T00:00:00+01:00", False)),  # ... (BST)
    ("20240714", ("2024-07-14T00:00:00+01:00", False)),
    ("2024-07-14T06:00:00", ("2024-07-14T06:00:00+01:00", True)),  # naive: London
])
def test_parse_datetime_date_only_and_naive_values_are_london(value, expected):
    parsed = parse_datetime(value)
    assert parsed is not None
    assert (format_datetime(parsed[0]), parsed[1]) == expected


@pytest.mark.parametrize("value", [None, "", "   ", "not a date", "2024-13-45", "Sun, 99 Foo"])
def test_parse_datetime_gives_none_for_what_is_not_a_date(value):
    assert parse_datetime(value) is None


def test_parse_visible_date_reads_uk_day_first_text():
    parsed = parse_visible_date("Friday 12 April 2019, 9:00am")
    assert parsed is not None and format_datetime(parsed[0]) == "2019-04-12T09:00:00+01:00" and parsed[1]
    parsed = parse_visible_date("03/01/2024")  # 3 January, not March 1
    assert parsed is not None and parsed[0].date() == dt.date(2024, 1, 3) and parsed[1] is False
    assert parse_visible_date("A sentence of more than eighty characters that happens to mention 12 April 2019 in it") is None
    assert parse_visible_date("no digits here") is None


@pytest.mark.parametrize("value,expected", [
    ("2024-07-14T06:00:00Z", dt.datetime(2024, 7, 14, 6, tzinfo=dt.timezone.utc)),
    (" 2024-07-14T06:00:00+01:00 ", dt.datetime(2024, 7, 14, 5, tzinfo=dt.timezone.utc)),
    ("2024-07-14", dt.datetime(2024, 7, 14, tzinfo=dt.timezone.utc)),  # no offset: UTC
    ("Sun, 14 Jul 2024 06:00:00 GMT", dt.datetime(2024, 7, 14, 6, tzinfo=dt.timezone.utc)),  # RSS pubDate
    ("Sun, 14 Jul 2024 07:00:00 +0100", dt.datetime(2024, 7, 14, 6, tzinfo=dt.timezone.utc)),
])
def test_parse_iso_reads_sitemap_and_feed_dates_as_aware_datetimes(value, expected):
    parsed = parse_iso(value)
    assert parsed == expected and parsed.tzinfo is not None


@pytest.mark.parametrize("value", [None, "", "yesterday", "2024-13-01"])
def test_parse_iso_gives_none_for_what_is_not_a_date(value):
    assert parse_iso(value) is None


@pytest.mark.parametrize("value,valid", [
    ("2024-07-14T06:00:00+01:00", True),
    ("2024-07-14T06:00:00Z", True),
    ("2024-07-14T06:00:00", False),  # no offset
    ("2024-07-14", False),
    ("14 July 2024", False),
    ("", False),
    (None, False),
    (1720936800, False),
])
def test_valid_timestamp_wants_iso_8601_with_an_offset(value, valid):
    assert valid_timestamp(value) is valid


def test_what_extraction_writes_is_a_valid_timestamp_and_reads_back():
    """The three readers agree on what extraction stores: format_datetime's output passes
    the validate pipeline and parse_iso reads back the same instant."""
    for text in ("2024-07-14 06:00:00", "Sun, 14 Jul 2024 06:00:00 GMT", "14 December 2023, 10:30"):
        when, _ = parse_datetime(text)
        stored = format_datetime(when)
        assert valid_timestamp(stored)
        assert parse_iso(stored) == when


def test_plausible_judges_against_the_given_today(frozen_today):
    on = (dt.datetime(2025, 12, 31, tzinfo=dt.timezone.utc), True)
    after = (dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc), True)
    assert plausible(on, frozen_today) == on  # next year: kept
    assert plausible(after, frozen_today) is None  # the year after: not believed
    assert plausible(after, dt.date(2025, 6, 1)) == after
    for placeholder in (dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc), dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)):
        assert plausible((placeholder, True), frozen_today) is None
    assert plausible(None, frozen_today) is None
