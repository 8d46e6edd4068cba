"""crawler/spiders/errors.py: the crawl_errors kind and message of a failed request."""
from __future__ import annotations

from scrapy.exceptions import (CannotResolveHostError, DownloadCancelledError, DownloadTimeoutError,
                               IgnoreRequest, ResponseDataLossError)
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.spiders.errors import error_kind, error_message, retry_next_run

BASE = "http://news.example"


def test_error_kinds():
    request = Request(BASE + "/x")
    http = HttpError(Response(BASE + "/x", status=404, request=request), "Ignoring")
    assert error_kind(Failure(http)) == "http_404"
    assert error_kind(Failure(IgnoreRequest("Forbidden by robots.txt"))) == "robots_forbidden"
    assert error_kind(Failure(DownloadTimeoutError("took too long"))) == "timeout"
    assert error_kind(Failure(CannotResolveHostError("no such host"))) == "dns"
    assert error_kind(Failure(DownloadCancelledError(
        "Cancelling download of http://x: expected response size (20) larger than download max size (10)."))) == "too_large"


def test_error_messages_and_what_is_retried_next_run():
    request = Request(BASE + "/x")
    http = Failure(HttpError(Response(BASE + "/x", status=503, request=request), "Ignoring"))
    assert error_message(http, "http_503", 10) == "HTTP 503"
    assert error_message(Failure(DownloadCancelledError()), "too_large", 1024) == (
        "response larger than DOWNLOAD_MAXSIZE (1024 bytes); download cancelled")
    assert "shorter than its Content-Length" in error_message(Failure(ResponseDataLossError()), "data_loss", 10)
    assert error_message(Failure(IgnoreRequest("Forbidden by robots.txt")), "robots_forbidden", 10) == \
        "Forbidden by robots.txt"
    assert retry_next_run("timeout") and retry_next_run("http_502") and retry_next_run("http_429")
    assert not retry_next_run("http_404") and not retry_next_run("robots_forbidden")
