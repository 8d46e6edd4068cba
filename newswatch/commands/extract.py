"""`newswatch extract FILE_OR_URL...`: extract articles from saved HTML files or URLs.

Prints one JSON object per input line (the fields of crawler.extract.extract_article plus
"file" or "url"). An input that cannot be read or fetched gives a message on stderr and a
JSON line with "error", as does a page whose extraction raises (a bug: the message
names the exception); the others still run, and the exit code is 1 at the end.
"""
from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
from pathlib import Path

from crawler import extract  # extract.extract_article: tests make it fail on one page

USER_AGENT = "newswatch/0.1 (+research; contact in settings)"
MAX_BYTES = 20 * 1024 * 1024


def add_arguments(parser) -> None:
    parser.add_argument("inputs", nargs="+", metavar="FILE_OR_URL",
                        help="saved HTML files, or http(s) URLs to fetch")
    parser.add_argument("--url", dest="base_url", default=None, metavar="URL",
                        help="the page's URL, for a single saved file (default: the canonical "
                             "URL the page gives, else a file:// URL)")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per fetch (default 20)")
    parser.add_argument("--pretty", action="store_true", help="indented JSON instead of one line per page")


def fetch(url: str, timeout: float) -> tuple[bytes, str | None, str]:
    """GET `url`; returns (body, content type, final URL). Raises OSError with a readable
    message on failure."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise OSError(f"page larger than {MAX_BYTES // (1024 * 1024)} MB")
            return body, response.headers.get("Content-Type"), response.geturl()
    except urllib.error.HTTPError as err:
        raise OSError(f"HTTP {err.code} {err.reason}") from err
    except urllib.error.URLError as err:
        raise OSError(f"could not fetch: {err.reason}") from err
    except TimeoutError as err:
        raise OSError(f"timed out after {timeout:g}s") from err


def extract_file(path: Path, base_url: str | None) -> dict:
    """Extract a saved page. Its URL (which the article/listing decision looks at) is
    --url if given, else the canonical URL the page declares, else its file:// URL."""
    data = path.read_bytes()
    url = base_url or path.resolve().as_uri()
    record = extract.extract_article(data, url)
    canonical = record["canonical_url"]
    if not base_url and canonical != url and canonical.startswith(("http://", "https://")):
        record = extract.extract_article(data, canonical)
    return record


def run(args) -> int:
    failed = 0
    if args.base_url and len(args.inputs) > 1:
        print("newswatch extract: --url applies to a single input", file=sys.stderr)
        return 2
    for item in args.inputs:
        is_url = item.startswith(("http://", "https://"))
        key = "url" if is_url else "file"
        try:
            if is_url:
                body, content_type, final_url = fetch(item, args.timeout)
                record = extract.extract_article(body, final_url, content_type=content_type)
                record = {"url": item, **{k: v for k, v in record.items() if k != "url"}, "fetched_url": final_url}
            else:
                path = Path(item)
                if not path.is_file():
                    raise OSError("no such file" if not path.exists() else "not a regular file")
                record = {"file": item, **extract_file(path, args.base_url)}
        except OSError as err:
            failed += 1
            message = str(err) or err.__class__.__name__
            print(f"newswatch extract: {item}: {message}", file=sys.stderr)
            record = {key: item, "error": message}
        except Exception as err:  # noqa: BLE001 - one page's failure costs that page only
            failed += 1
            message = next(iter(f"{type(err).__name__}: {err}".splitlines()), type(err).__name__)
            print(f"newswatch extract: {item}: extraction failed: {message}", file=sys.stderr)
            record = {key: item, "error": f"extraction failed: {message}"}
        print(json.dumps(record, ensure_ascii=False, indent=2 if args.pretty else None), flush=True)
    return 1 if failed else 0
