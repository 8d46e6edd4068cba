"""How the news spider names and describes a failed request (crawl_errors.kind, message)."""
from __future__ import annotations

from scrapy.exceptions import DownloadCancelledError, IgnoreRequest, ResponseDataLossError
from scrapy.spidermiddlewares.httperror import HttpError

# Failures worth trying again next run (a feed listing such a page is fetched in full).
TRANSIENT_ERRORS = {"timeout", "dns", "connection", "download", "data_loss", "cancelled", "http_429", "http_408"}

# Messages for failures whose exception carries no text.
ERROR_MESSAGES = {
    "too_large": "response larger than DOWNLOAD_MAXSIZE ({maxsize} bytes); download cancelled",
    "data_loss": "connection closed before the whole response arrived (shorter than its Content-Length)",
}

# Kinds logged at INFO (expected on any site), the others at WARNING.
QUIET_ERRORS = ("http_404", "http_410", "robots_forbidden")


def error_kind(failure) -> str:
    """The crawl_errors.kind of a request failure."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}"
    text = str(exc).lower()
    if isinstance(exc, IgnoreRequest):
        if "robots" in text:
            return "robots_forbidden"
        if "max redirections" in text:
            return "redirect_loop"
        if "download_maxsize" in text or "max size" in text:
            return "too_large"  # e.g. a gzip body inflating past DOWNLOAD_MAXSIZE
        return "ignored"
    if isinstance(exc, DownloadCancelledError):
        return "too_large"  # Scrapy cancels a download only when it passes DOWNLOAD_MAXSIZE
    if isinstance(exc, ResponseDataLossError):
        return "data_loss"
    name = type(exc).__name__
    if "maxsize" in text or "max size" in text or "larger than download" in text:
        return "too_large"
    if "Timeout" in name or "TimedOut" in name:
        return "timeout"
    if "DNS" in name or "Resolve" in name:
        return "dns"
    if "Refused" in name or "Connect" in name:
        return "connection"
    if "Cancelled" in name:
        return "too_large" if "size" in text else "cancelled"
    return "download"


def error_message(failure, kind: str, maxsize: int) -> str:
    """The crawl_errors.message of a request failure of `kind`; `maxsize` is the
    request's DOWNLOAD_MAXSIZE."""
    if isinstance(failure.value, HttpError):
        return f"HTTP {failure.value.response.status}"
    message = str(failure.value)
    if not message:
        template = ERROR_MESSAGES.get(kind, type(failure.value).__name__)
        message = template.format(maxsize=maxsize)
    return message


def retry_next_run(kind: str) -> bool:
    """Whether a failure of `kind` may pass: the page is worth fetching again next run."""
    return kind in TRANSIENT_ERRORS or kind.startswith("http_5")
