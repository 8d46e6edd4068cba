"""A small local web server for the fixture news site (tests and `make demo`).

    with SiteServer("newswatch/demo_site") as site:      # 127.0.0.1, a free port
        print(site.base)                          # http://127.0.0.1:PORT
        ...                                       # crawl it
        print(site.requests())                    # paths requested, in order

It serves files from a directory: `/news/` serves `news/index.html`, `/a/b` serves
`a/b`, `a/b.html` or `a/b/index.html`. Text files (.html .xml .txt) are templates:
`{{base}}` becomes the live base URL, so robots.txt can name the sitemap on the right
port. Every response carries an ETag and Last-Modified and a conditional GET that
matches gets 304. Special behaviour comes from `_routes.json` in the directory, keyed
by path (with the query string, if any)::

    {"/old-story/": {"redirect": "/news/1.story/", "status": 301},
     "/gone/": {"status": 404},
     "/broken/": {"status": 500},                         # always
     "/flaky/": {"status": 503, "times": 1},              # first request only
     "/report.pdf": {"content_type": "application/pdf"},
     "/cp1252/": {"content_type": "text/html; charset=windows-1252"},
     "/news/?page=2": {"file": "news/page-2.html"},
     "/slow/": {"delay": 5}}                              # answers after 5 seconds

Files and directories whose names start with "_" are never served.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import mimetypes
import threading
import time
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

TEMPLATE_SUFFIXES = {".html", ".xml", ".txt", ".json", ".rss", ".atom"}
DEFAULT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".pdf": "application/pdf",
}
# Fixed, so that conditional GETs behave the same on every checkout.
LAST_MODIFIED = "Mon, 01 Jul 2024 08:00:00 GMT"


class SiteServer:
    def __init__(self, root: str | Path, host: str = "127.0.0.1", port: int = 0):
        self.root = Path(root).resolve()
        routes_file = self.root / "_routes.json"
        self.routes: dict = json.loads(routes_file.read_text()) if routes_file.exists() else {}
        self.host, self.port = host, port
        self.log: list[dict] = []
        self.hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> "SiteServer":
        site = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "newswatch-sitesrv/1"

            def do_GET(self):  # noqa: N802
                self._serve(head=False)

            def do_HEAD(self):  # noqa: N802
                self._serve(head=True)

            def _serve(self, head: bool) -> None:
                try:
                    site.handle(self, head=head)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (e.g. a timeout test): nothing to answer

            def log_message(self, format, *args):  # quiet
                pass

        self._server = ThreadingHTTPServer((self.host, self.port), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "SiteServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- request log ----------------------------------------------------------------

    def requests(self) -> list[str]:
        """Paths (with query strings) requested so far, in order."""
        with self._lock:
            return [entry["path"] for entry in self.log]

    def clear_log(self) -> None:
        with self._lock:
            self.log.clear()

    # --- serving --------------------------------------------------------------------

    def _file_for(self, path: str) -> Path | None:
        rel = unquote(path).lstrip("/")
        if any(part.startswith("_") or part == ".." for part in Path(rel).parts):
            return None
        candidates = [self.root / rel] if rel else []
        candidates += [self.root / (rel + ".html"), self.root / rel / "index.html"]
        for candidate in candidates:
            if candidate.is_file() and self.root in candidate.resolve().parents:
                return candidate
        return None

    def render(self, file: Path) -> bytes:
        data = file.read_bytes()
        if file.suffix in TEMPLATE_SUFFIXES:
            data = data.replace(b"{{base}}", self.base.encode("ascii"))
        return data

    def handle(self, req: BaseHTTPRequestHandler, head: bool = False) -> None:
        full = req.path
        path = urlsplit(full).path
        route = self.routes.get(full) or self.routes.get(path) or {}
        with self._lock:
            self.hits[full] = self.hits.get(full, 0) + 1
            hit = self.hits[full]
        status, headers, body = self._respond(req, full, path, route, hit)
        with self._lock:
            self.log.append({"method": req.command, "path": full, "status": status,
                             "headers": dict(req.headers), "time": time.monotonic()})
        req.send_response(status)
        for name, value in headers.items():
            req.send_header(name, value)
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        if not head:
            req.wfile.write(body)

    def _respond(self, req, full: str, path: str, route: dict, hit: int) -> tuple[int, dict, bytes]:
        if route.get("delay"):  # seconds to wait before answering (timeouts)
            time.sleep(float(route["delay"]))
        if "redirect" in route:
            target = route["redirect"].replace("{{base}}", self.base)
            return route.get("status", 301), {"Location": target}, b""
        status = route.get("status")
        times = route.get("times")
        if status and status >= 400 and (times is None or hit <= times):
            return status, {"Content-Type": "text/html; charset=utf-8"}, self._error_page(status)
        file = self.root / route["file"] if "file" in route else self._file_for(path)
        if file is None or not file.is_file():
            return 404, {"Content-Type": "text/html; charset=utf-8"}, self._error_page(404)
        body = self.render(file)
        content_type = route.get("content_type") or DEFAULT_TYPES.get(file.suffix)
        if content_type is None:
            content_type = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        last_modified = route.get("last_modified", LAST_MODIFIED)
        headers = {"Content-Type": content_type, "ETag": etag, "Last-Modified": last_modified}
        if self._not_modified(req, etag, last_modified):
            return 304, {"ETag": etag, "Last-Modified": last_modified}, b""
        return 200, headers, body

    @staticmethod
    def _not_modified(req, etag: str, last_modified: str) -> bool:
        inm = req.headers.get("If-None-Match")
        if inm is not None:
            return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        ims = req.headers.get("If-Modified-Since")
        if ims:
            try:
                return parsedate_to_datetime(ims) >= parsedate_to_datetime(last_modified)
            except (TypeError, ValueError):
                return False
        return False

    def _error_page(self, status: int) -> bytes:
        page = self.root / f"_{status}.html"
        if page.is_file():
            return self.render(page)
        return f"<html><body><h1>Error {status}</h1></body></html>".encode()


def write_sitemaps(root: str | Path, paths: list[str], *, per: int = 1000, prefix: str = "articles") -> None:
    """For a generated site: sitemaps/<prefix>-N.xml listing `paths` (`per` to a file),
    a sitemap.xml index of them, and a robots.txt naming the index. URLs are written
    with the {{base}} template, so they carry the live port."""
    root = Path(root)
    index = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    (root / "sitemaps").mkdir(parents=True, exist_ok=True)
    for k in range(0, len(paths), per):
        name = f"sitemaps/{prefix}-{k // per}.xml"
        urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>\n" for p in paths[k:k + per])
        (root / name).write_text('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
                                 f'"http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n')
        index.append(f"<sitemap><loc>{{{{base}}}}/{name}</loc></sitemap>")
    index.append("</sitemapindex>")
    (root / "sitemap.xml").write_text("\n".join(index) + "\n")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\nSitemap: {{base}}/sitemap.xml\n")


def main(argv: list[str] | None = None) -> int:
    """`python -m newswatch.sitesrv DIR [--port N]`: serve a fixture site until Ctrl-C."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    with SiteServer(args.root, port=args.port) as site:
        print(f"serving {site.root} at {site.base}/ (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
