"""Fixtures shared by several test modules. Each block belongs to the modules it names."""
from __future__ import annotations

import datetime as dt

import pytest

# ------------------------------------------------------------ frozen time (tests/test_dates.py, tests/test_fields_*.py, tests/test_extract*.py)

# The "today" of date tests: extraction judges dates against it (crawler.dates.plausible),
# so the tests give the same answers in any year. Later than every date in tests/pages.
FROZEN_TODAY = dt.date(2024, 7, 1)


@pytest.fixture(scope="session")
def frozen_today() -> dt.date:
    """A fixed "today" to pass as `today=` to extract_article / Page.from_tree."""
    return FROZEN_TODAY

# ------------------------------------------------------------ end of frozen time
