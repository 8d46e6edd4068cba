"""A local web server full of hostile and broken pages, for crawler robustness tests.

    with HostileSite() as site:            # 127.0.0.1, a free port, a thread
        site.base                          # http://127.0.0.1:PORT
        site.requests()                    # paths requested so far, in order

The home page links to every route below; two good articles sit among them, so a
test can check that the good pages still land whatever the bad ones do.

    /news/24400001.good-story-one/        a good article
    /news/24400002.good-story-two/        a good article
    /news/24400003.no-charset-story/      cp1252 bytes, no charset anywhere
    /news/24400004.wrong-charset-story/   cp1252 bytes, header says utf-8
    /news/24400005.malformed-story/       unclosed tags, stray </div>s, a broken comment
    /news/24400006.truncated-story/       HTML cut off in the middle of a tag
    /news/24400007.injection-story/       <script> and onerror= in the title and body text
    /news/24400008.short-read/            Content-Length promises more than is sent
    /news/24400009.empty/                 200 with an empty body
    /huge/                                50 MB of HTML, Content-Length given (streamed)
    /huge-unsized/                        50 MB of HTML, no Content-Length (streamed)
    /slow/                                headers, then one byte every 0.5 s, forever
    /loop/a/ <-> /loop/b/                 a redirect loop
    /calendar/2024/01/                    "next month" links forever (a calendar trap)
    /list/                                rel=next pagination forever (/list/?page=N)
    /bomb/                                Content-Encoding: gzip inflating to 1 GiB
    /binary/                              random bytes served as text/html
    /feed-not-xml/                        HTML served as an RSS feed
    /sitemap-big.xml                      a urlset of 50,000 URLs (streamed)
    /sitemap-bomb.xml.gz                  a gzip file inflating to 1 GiB, as a sitemap

All texts are written for these tests.
"""
from __future__ import annotations

import html
import os
import random
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

MB = 1024 * 1024
HUGE_SIZE = 50 * MB
BOMB_SIZE = 1024 * MB
SITEMAP_URLS = 50_000

GOOD = {
    "/news/24400001.good-story-one/": (
        "Parents win fight to keep village school kitchen",
        "Ellen Marsh",
        [
            "Parents at Oakridge Primary have won their campaign to keep cooking school "
            "dinners on site after the Meadowbank Schools Trust dropped plans to buy in "
            "meals from a contractor.",
            "The trust had proposed closing the kitchen in January and delivering chilled "
            "meals from a central unit forty minutes away, saying it would cut costs.",
            "More than 300 families signed a petition and the parish council wrote to the "
            "trust's board asking it to think again.",
            "Trust chief executive Daniel Frost said the board had listened to the "
            "community and would keep the kitchen open for at least three more years.",
        ],
    ),
    "/news/24400002.good-story-two/": (
        "Teaching assistants balloted over new contracts",
        "Ravi Patel",
        [
            "Teaching assistants employed by the Meadowbank Schools Trust are being "
            "balloted for strike action over new term-time contracts.",
            "The GMB union said the contracts would cut annual pay for some members by "
            "more than a thousand pounds, because holiday pay would be calculated on a "
            "different basis.",
            "The trust said the change brought its staff into line with national guidance "
            "and that nobody's hourly rate would fall.",
            "The ballot closes at the end of the month, and the union says any action "
            "would be timed to avoid disrupting exams.",
        ],
    ),
}

# Every article ends with this paragraph, so that each is long enough to count as one.
CLOSING = ("The Hostile Herald asked the trust, the local authority and the regional "
           "schools director for comment on Monday. The regional director's office said "
           "it did not comment on individual trusts but would publish its next quarterly "
           "report on academy transfers in the autumn, as it does every year.")

INJECTION_TITLE = '<script>alert("title")</script> Trust <b>chair</b> quits'
INJECTION_PARAGRAPH = ('Campaigners posted <img src=x onerror=alert(1)> and '
                       '<script>document.location="http://evil.example/"</script> on the '
                       "trust's page, a spokesman said.")


def article_html(title: str, author: str, paragraphs: list[str], *, charset: str | None = "utf-8",
                 extra_body: str = "") -> str:
    e = html.escape
    meta = f'<meta charset="{charset}">\n' if charset else ""
    paras = "\n".join(f"<p>{e(p, quote=False)}</p>" for p in [*paragraphs, CLOSING])
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head>
{meta}<title>{e(title)} | Hostile Herald</title>
<meta property="og:type" content="article">
<meta property="og:title" content="{e(title)}">
<meta property="article:published_time" content="2024-06-03T09:30:00+01:00">
<meta name="author" content="{e(author)}">
</head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav>
<article>
<h1>{e(title)}</h1>
<div class="byline">By {e(author)}</div>
<time datetime="2024-06-03T09:30:00+01:00">Monday 3 June 2024</time>
<div class="article-body">
{paras}
{extra_body}
</div>
</article>
<footer><a href="/contact/">Contact us</a></footer>
</body></html>
"""


def _bomb_gzip(size: int) -> bytes:
    """A gzip member of `size` zero bytes (about size/1000 bytes compressed), built
    cheaply: after a full flush deflate forgets its history, so every 1 MB block of
    zeros compresses to the same bytes and can be repeated."""
    import struct

    chunk = b"\0" * MB
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)  # raw deflate
    block = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    repeat = comp.compress(chunk) + comp.flush(zlib.Z_FULL_FLUSH)
    tail = comp.flush()
    crc = 0
    for _ in range(size // MB):
        crc = zlib.crc32(chunk, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    trailer = struct.pack("<II", crc & 0xFFFFFFFF, size & 0xFFFFFFFF)
    return header + block + repeat * (size // MB - 1) + tail + trailer


_BOMB: bytes | None = None
_BOMB_LOCK = threading.Lock()


def bomb() -> bytes:
    """The 1 GiB gzip bomb, built once per process (about 1 MB, a few seconds)."""
    global _BOMB
    with _BOMB_LOCK:
        if _BOMB is None:
            _BOMB = _bomb_gzip(BOMB_SIZE)
        return _BOMB


class HostileSite:
    def __init__(self, host: str = "127.0.0.1"):
        self.host = host
        self.port = 0
        self.log: list[str] = []
        self.sent: dict[str, int] = {}  # path -> bytes of body written
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._stop = threading.Event()

    @property
    def base(self) -> str:
        return f"http://{self.host}:{self.port}"

    def requests(self) -> list[str]:
        with self._lock:
            return list(self.log)

    def start(self) -> "HostileSite":
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def do_GET(self):  # noqa: N802
                with site._lock:
                    site.log.append(self.path)
                try:
                    site.handle(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the crawler gave up on the response: expected for the traps

            def log_message(self, format, *args):
                pass

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "HostileSite":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # --- responses -------------------------------------------------------------------

    def _send(self, req, body: bytes, content_type: str | None = "text/html; charset=utf-8",
              status: int = 200, headers: dict | None = None, length: int | None = None) -> None:
        req.send_response(status)
        if content_type:
            req.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            req.send_header(name, value)
        req.send_header("Content-Length", str(len(body) if length is None else length))
        req.end_headers()
        req.wfile.write(body)
        self._count(req.path, len(body))

    def _count(self, path: str, n: int) -> None:
        with self._lock:
            self.sent[path] = self.sent.get(path, 0) + n

    def _stream(self, req, size: int, content_type: str, sized: bool, first: bytes = b"",
                filler: bytes = b"<p>padding padding padding padding padding</p>\n") -> None:
        """Write `size` bytes made of `first` then repeated `filler`, in 64 KB chunks,
        stopping early when the client hangs up."""
        req.send_response(200)
        req.send_header("Content-Type", content_type)
        if sized:
            req.send_header("Content-Length", str(size))
        req.end_headers()
        chunk = (filler * (64 * 1024 // len(filler) + 1))[: 64 * 1024]
        sent = 0
        if first:
            req.wfile.write(first)
            sent += len(first)
        while sent < size and not self._stop.is_set():
            piece = chunk[: size - sent]
            req.wfile.write(piece)
            sent += len(piece)
            self._count(req.path, len(piece))

    def handle(self, req) -> None:
        parts = urlsplit(req.path)
        path, query = parts.path, parts.query
        if path in GOOD:
            title, author, paras = GOOD[path]
            return self._send(req, article_html(title, author, paras).encode())
        route = getattr(self, "route_" + path.strip("/").split("/")[0].replace("-", "_").replace(".", "_"), None)
        if path.startswith("/news/2440000"):
            route = getattr(self, "news_" + path.split(".", 1)[1].strip("/").replace("-", "_"), None)
        if route is None:
            return self._send(req, b"<html><body><h1>Not found</h1></body></html>", status=404)
        return route(req, path, query)

    def route_(self, req, path, query):  # the home page
        links = [*GOOD, "/news/24400003.no-charset-story/", "/news/24400004.wrong-charset-story/",
                 "/news/24400005.malformed-story/", "/news/24400006.truncated-story/",
                 "/news/24400007.injection-story/", "/news/24400008.short-read/",
                 "/news/24400009.empty/", "/huge/", "/huge-unsized/", "/slow/", "/loop/a/",
                 "/calendar/2024/01/", "/list/", "/bomb/", "/binary/"]
        items = "\n".join(f'<li><a href="{u}">Story {n}: {u.strip("/").replace("-", " ")}</a></li>'
                          for n, u in enumerate(links))
        page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Hostile Herald</title>"
                f"</head><body><h1>Hostile Herald</h1><ul>{items}</ul></body></html>")
        return self._send(req, page.encode())

    def route_robots_txt(self, req, path, query):
        return self._send(req, b"User-agent: *\nAllow: /\n", "text/plain")

    # Articles with awkward bytes.
    def news_no_charset_story(self, req, path, query):
        page = article_html("Trust pays \u00a34.2m to consultants", "Jo Byrne", [
            "The Meadowbank Schools Trust paid \u00a34.2 million to management consultants "
            "last year, its accounts show \u2014 more than it spent on textbooks.",
            "The accounts also list \u00a3310,000 spent on agency staff for its caf\u00e9s "
            "and sports centres, which are open to the public at weekends.",
            "A trust spokesperson said the consultants had saved more than they cost.",
        ], charset=None)
        return self._send(req, page.encode("cp1252"), "text/html")

    def news_wrong_charset_story(self, req, path, query):
        page = article_html("Caf\u00e9 contract handed to private firm", "Jo Byrne", [
            "The trust has handed its school caf\u00e9 contract, worth \u00a3900,000 a year, to a "
            "private catering company based in Birmingham.",
            "Staff will transfer to the new employer under TUPE rules, the trust said, "
            "and keep their current pay and pension arrangements.",
            "Unison said it would monitor the transfer closely and support any members "
            "who raised concerns about their new terms.",
        ], charset=None)
        return self._send(req, page.encode("cp1252"), "text/html; charset=utf-8")

    def news_malformed_story(self, req, path, query):
        page = article_html(*GOOD["/news/24400001.good-story-one/"][:2], [
            "Governors at Hillside Academy met for three hours on Thursday to discuss the "
            "trust's plan to merge the school with its neighbour.",
            "Several governors said they had not been given the financial case for the "
            "merger before the meeting, and asked for it to be published.",
            "The trust said the paperwork would be shared with parents next week.",
        ])
        page = page.replace("Parents win fight to keep village school kitchen",
                            "Governors question academy merger plan")
        broken = page.replace("</p>", "", 2).replace("<div class=\"article-body\">",
                                                     "<div class=\"article-body\"></div></div><table><tr><td>")
        broken = broken.replace("</article>", "<!-- unclosed comment <p>hidden</p> </article")
        return self._send(req, broken.encode())

    def news_truncated_story(self, req, path, query):
        page = article_html("Academy trust announces pay freeze for leaders", "Ravi Patel", [
            "The Meadowbank Schools Trust has frozen pay for its senior leaders for a second "
            "year, after criticism of its chief executive's salary.",
            "Trustees said the freeze would save about ninety thousand pounds a year across "
            "the chief executive, the finance director and the three regional leads, money "
            "the trust said would go to its hardship fund for families.",
            "The decision was announced in a letter to staff from the chair of trustees, who "
            "said the trust had to set an example while budgets were tight.",
            "The freeze does not apply to teachers or support staff, whose pay is set",
        ])
        cut = page.encode()[: page.encode().index(b"whose pay is set") + 16] + b' and <a hre'
        return self._send(req, cut)

    def news_injection_story(self, req, path, query):
        page = article_html(INJECTION_TITLE, "Ellen Marsh", [
            INJECTION_PARAGRAPH,
            "The trust's chair, Margaret Ode, resigned on Friday after three years in the "
            "post, saying she wanted to spend more time on her charity work.",
            "A new chair will be appointed by the members of the trust in the autumn.",
        ], extra_body='<script>window.stolen = document.cookie;</script>'
                      '<img src="x" onerror="alert(2)">')
        return self._send(req, page.encode())

    def news_short_read(self, req, path, query):
        page = article_html(*GOOD["/news/24400002.good-story-two/"])
        return self._send(req, page.encode()[:600], length=len(page.encode()) + 5000)

    def news_empty(self, req, path, query):
        return self._send(req, b"")

    # Size and time traps.
    def route_huge(self, req, path, query):
        first = b"<!DOCTYPE html><html><head><title>Huge</title></head><body>"
        return self._stream(req, HUGE_SIZE, "text/html; charset=utf-8", sized=True, first=first)

    def route_huge_unsized(self, req, path, query):
        first = b"<!DOCTYPE html><html><head><title>Huge</title></head><body>"
        return self._stream(req, HUGE_SIZE, "text/html; charset=utf-8", sized=False, first=first)

    def route_slow(self, req, path, query):
        req.send_response(200)
        req.send_header("Content-Type", "text/html; charset=utf-8")
        req.end_headers()
        req.wfile.write(b"<!DOCTYPE html><html><body>")
        req.wfile.flush()
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not self._stop.is_set():
            time.sleep(0.5)
            req.wfile.write(b" ")
            req.wfile.flush()

    def route_loop(self, req, path, query):
        target = "/loop/b/" if path.startswith("/loop/a") else "/loop/a/"
        req.send_response(302)
        req.send_header("Location", target)
        req.send_header("Content-Length", "0")
        req.end_headers()

    def route_calendar(self, req, path, query):
        parts = [p for p in path.split("/") if p]
        try:
            year, month = int(parts[1]), int(parts[2])
        except (IndexError, ValueError):
            year, month = 2024, 1
        ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
        py, pm = (year - 1, 12) if month == 1 else (year, month - 1)
        page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Events {year}-{month:02d}"
                f"</title></head><body><h1>What's on: {year}-{month:02d}</h1>"
                f"<a href='/calendar/{py}/{pm:02d}/'>Previous month</a> "
                f"<a href='/calendar/{ny}/{nm:02d}/'>Next month</a></body></html>")
        return self._send(req, page.encode())

    def route_list(self, req, path, query):
        page_no = 1
        if query.startswith("page="):
            try:
                page_no = int(query[5:])
            except ValueError:
                page_no = 1
        nxt = f"/list/?page={page_no + 1}"
        page = (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Latest news, page {page_no}"
                f"</title><link rel='next' href='{nxt}'></head><body><h1>Latest news</h1>"
                f"<ul><li><a href='/news/24400001.good-story-one/'>Parents win fight to keep "
                f"village school kitchen</a></li></ul>"
                f"<a rel='next' href='{nxt}'>Next</a></body></html>")
        return self._send(req, page.encode())

    def route_bomb(self, req, path, query):
        return self._send(req, bomb(), "text/html; charset=utf-8", headers={"Content-Encoding": "gzip"})

    def route_binary(self, req, path, query):
        rng = random.Random(7)
        return self._send(req, bytes(rng.getrandbits(8) for _ in range(200_000)), "text/html")

    # Feeds and sitemaps.
    def route_feed_not_xml(self, req, path, query):
        page = b"<!DOCTYPE html><html><body><h1>Our feeds have moved</h1><p>Sorry.</p></body></html>"
        return self._send(req, page, "application/rss+xml")

    def route_sitemap_big_xml(self, req, path, query):
        req.send_response(200)
        req.send_header("Content-Type", "application/xml")
        req.end_headers()
        req.wfile.write(b'<?xml version="1.0" encoding="UTF-8"?>\n'
                        b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n')
        batch = []
        for n in range(SITEMAP_URLS):
            if n < 2:  # the good articles first, so they land within any page budget
                loc = f"{self.base}{list(GOOD)[n]}"
            else:
                loc = f"{self.base}/news/{30000000 + n}.archive-story-{n}/"
            batch.append(f"<url><loc>{loc}</loc><lastmod>2024-06-03</lastmod></url>\n")
            if len(batch) == 1000:
                req.wfile.write("".join(batch).encode())
                batch = []
        req.wfile.write(("".join(batch) + "</urlset>\n").encode())

    def route_sitemap_bomb_xml_gz(self, req, path, query):
        return self._send(req, bomb(), "application/x-gzip")


def run_measured(cmd: list[str], *, cwd=None, env=None, timeout: float = 300) -> dict:
    """Run `cmd`; returns {"returncode", "stdout", "stderr", "maxrss_mb", "seconds"}, the
    peak resident memory being that of this one program: VmHWM of its own address space,
    polled from /proc. (wait4's ru_maxrss is no good here: Linux carries the forking
    parent's high-water mark over exec, so a child of a big pytest process would report
    the parent's size.)"""
    import subprocess
    import tempfile

    def vm_hwm_kb(pid: int) -> int:
        try:
            with open(f"/proc/{pid}/status") as status_file:
                for line in status_file:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return 0

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        deadline = start + timeout
        peak_kb = 0
        while True:
            peak_kb = max(peak_kb, vm_hwm_kb(proc.pid))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.05)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        return {"returncode": proc.returncode, "stdout": out.read().decode(errors="replace"),
                "stderr": err.read().decode(errors="replace"),
                "maxrss_mb": peak_kb / 1024, "seconds": seconds}


def sources_toml(base: str, *, feeds: list[str] = (), sitemaps: list[str] = (), max_pages: int | None = None,
                 name: str = "Hostile Herald") -> str:
    lines = ["[[sources]]", f'name = "{name}"', f'url = "{base}/"']
    if feeds:
        lines.append("feeds = [" + ", ".join(f'"{base}{f}"' for f in feeds) + "]")
    if sitemaps:
        lines.append("sitemaps = [" + ", ".join(f'"{base}{s}"' for s in sitemaps) + "]")
    if max_pages:
        lines.append(f"max_pages = {max_pages}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    with HostileSite() as s:
        print(f"serving hostile pages at {s.base}/ (Ctrl-C to stop)", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    os._exit(0)
