"""Time as the database stores it: ISO 8601 with a UTC offset, to the second."""
from __future__ import annotations

import datetime as dt


def utcnow() -> str:
    """The current time as ISO 8601 with a UTC offset, to the second."""
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
