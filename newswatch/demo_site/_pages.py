"""Page templates and writers of the fixture news site, used by `_build.py`: article and
listing pages of the two papers, feeds, sitemaps. `{{base}}` is replaced at serving time.
`ARTICLES` is filled by `_build.build` before any page is made.
"""
from __future__ import annotations

import datetime as dt
import html
import json

NQ_NAME = "Wyre Valley Gazette"
REACH_NAME = "Severn Vale Live"
e = html.escape


def human_date(iso: str) -> str:
    d = dt.datetime.fromisoformat(iso)
    return d.strftime("%A %-d %B %Y, %-I:%M%p").replace("AM", "am").replace("PM", "pm")


def reach_date(iso: str) -> str:
    d = dt.datetime.fromisoformat(iso)
    return d.strftime("%H:%M, %-d %b %Y").upper()


def slug(name: str) -> str:
    return name.lower().replace(" ", "-")


COOKIE = """<div class="cookie-banner" id="consent">
  <p>We and our partners use cookies to personalise content and ads, to provide social media features and to analyse our traffic. By clicking Accept all you agree to this.</p>
  <button>Accept all</button> <button>Manage preferences</button>
</div>"""

NQ_NAV = """<header class="site-header">
  <a class="logo" href="/">Wyre Valley Gazette</a>
  <nav><ul>
    <li><a href="/">Home</a></li><li><a href="/news/">News</a></li>
    <li><a href="/education/">Education</a></li><li><a href="/sport/">Sport</a></li>
    <li><a href="/sister/">Severn Vale Live</a></li><li><a href="/contact/">Contact us</a></li>
  </ul></nav>
  <a class="subscribe" href="/subscribe/">Subscribe</a>
</header>"""

NQ_FOOTER = """<footer class="site-footer">
  <ul><li><a href="/contact/">Contact us</a></li><li><a href="/terms/">Terms and conditions</a></li>
  <li><a href="/privacy/">Privacy policy</a></li><li><a href="/tag/academy-trusts/">Academy trusts</a></li></ul>
  <p>&copy; 2025 Wyre Valley Gazette. All rights reserved. Registered in England and Wales.</p>
</footer>"""

REACH_NAV = """<header class="mod-header">
  <a class="logo" href="/sister/">Severn Vale Live</a>
  <nav class="primary"><a href="/sister/">News</a> <a href="/sister/">Local News</a> <a href="/">Wyre Valley Gazette</a></nav>
</header>"""

REACH_FOOTER = """<footer class="mod-footer"><p>Severn Vale Live is part of the Wyre Valley group.</p>
<a href="/contact/">Contact us</a> <a href="/terms/">Terms</a> <a href="/privacy/">Privacy notice</a></footer>"""


def find(key: str) -> dict:
    for art in ARTICLES:
        if art["key"] == key:
            return art
    raise KeyError(key)


def teaser(art: dict) -> str:
    return (f'<div class="teaser"><h2><a href="{art["path"]}">{e(art["title"])}</a></h2>'
            f'<p class="teaser-summary">{e(art["summary"])}</p>'
            f'<span class="teaser-date">{human_date(art["published"])}</span></div>')


def nq_article(art: dict, *, canonical: bool = True) -> str:
    others = [a for a in ARTICLES if a["key"] != art["key"] and a["template"] == "nq"]
    related = others[(len(art["title"]) % len(others))]
    related2 = others[(len(art["summary"]) % len(others))]
    paras = [f"<p>{e(p, quote=False)}</p>" for p in art["paragraphs"]]
    paras.insert(2, f'<p class="read-more"><strong>Read more:</strong> <a href="{related["path"]}">{e(related["title"])}</a></p>')
    paras.insert(5, '<div class="ad-slot" aria-hidden="true"><span>Advertisement</span></div>')
    meta_charset = "" if art.get("charset") else '<meta charset="utf-8">\n'
    canonical_link = f'<link rel="canonical" href="{{{{base}}}}{art["path"]}">\n' if canonical else ""
    author_slug = slug(art["author"])
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
{meta_charset}<title>{e(art["title"])} | {NQ_NAME}</title>
{canonical_link}<meta name="description" content="{e(art["summary"])}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{NQ_NAME}">
<meta property="article:published_time" content="{art["published"]}">
<meta property="article:modified_time" content="{art["modified"]}">
<meta property="article:section" content="{e(art["section"])}">
<meta name="author" content="{e(art["author"])}">
<link rel="alternate" type="application/rss+xml" title="{NQ_NAME} news" href="/news/rss/">
<link rel="stylesheet" href="/static/site.css">
</head>
<body class="article-page">
{COOKIE}
{NQ_NAV}
<main>
<article class="article">
  <p class="section-label"><a href="/{slug(art["section"])}/">{e(art["section"])}</a></p>
  <h1 class="headline">{e(art["title"])}</h1>
  <p class="standfirst">{e(art["summary"])}</p>
  <div class="byline">By <a rel="author" href="/author/{author_slug}/">{e(art["author"])}</a> <span class="role">Reporter</span></div>
  <time class="published" datetime="{art["published"]}">{human_date(art["published"])}</time>
  <div class="share-bar"><span>Share</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>
  <figure class="lead-image"><img src="/static/lead.jpg" alt=""><figcaption>Picture: {NQ_NAME}</figcaption></figure>
  <div class="article-body" id="article-body">
{chr(10).join("    " + p for p in paras)}
  </div>
  <div class="newsletter-box"><h3>Get our daily newsletter</h3><p>Sign up for the top stories from the Wyre Valley, straight to your inbox every morning.</p><form><input type="email" placeholder="Email address"><button>Sign up</button></form></div>
  <div class="tags">Tags: <a href="/tag/academy-trusts/">Academy trusts</a> <a href="/tag/{slug(art["section"])}/">{e(art["section"])}</a></div>
  <section class="comments"><h3>Comments</h3><p>Comments are closed for this article. Read our community rules before posting on other stories.</p></section>
</article>
<aside class="most-read"><h3>Most read</h3><ol>
  <li><a href="{related["path"]}">{e(related["title"])}</a></li>
  <li><a href="{related2["path"]}">{e(related2["title"])}</a></li>
</ol></aside>
</main>
{NQ_FOOTER}
</body>
</html>
"""


def reach_article(art: dict, *, canonical_path: str | None = None) -> str:
    others = [a for a in ARTICLES if a["key"] != art["key"]]
    related = others[(len(art["title"]) % len(others))]
    paras = [f"<p>{e(p, quote=False)}</p>" for p in art["paragraphs"]]
    paras.insert(3, f'<aside class="related-inline"><h4>Read More</h4><ul><li><a href="{related["path"]}">{e(related["title"])}</a></li></ul></aside>')
    paras.insert(2, '<figure class="in-article-image"><img src="/static/pic.jpg" alt=""><figcaption>File picture (Image: Severn Vale Live)</figcaption></figure>')
    paras.insert(6, '<div class="newsletter-inline"><p>Get the biggest stories from Severn Vale Live straight to your inbox</p><form><input type="email" placeholder="Enter email"><button>Subscribe</button></form></div>')
    canonical = f"{{{{base}}}}{canonical_path or art['path']}"
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": art["title"],
        "description": art["summary"],
        "datePublished": art["published"],
        "dateModified": art["modified"],
        "author": [{"@type": "Person", "name": art["author"]}],
        "publisher": {"@type": "Organization", "name": REACH_NAME},
        "mainEntityOfPage": canonical,
        "articleSection": art["section"],
    }
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(art["title"])} - {REACH_NAME}</title>
<link rel="canonical" href="{canonical}">
<meta property="og:title" content="{e(art["title"])}">
<meta property="og:type" content="article">
<meta name="description" content="{e(art["summary"])}">
<link rel="alternate" type="application/atom+xml" title="{REACH_NAME}" href="/sister/?service=rss">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
{COOKIE}
{REACH_NAV}
<main class="mod-article">
<article class="article-main">
  <h1 class="publication-font">{e(art["title"])}</h1>
  <p class="sub-title">{e(art["summary"])}</p>
  <div class="article-information">
    <span class="author"><a href="/author/{slug(art["author"])}/">{e(art["author"])}</a> Reporter</span>
    <span class="time-info"><span>{reach_date(art["published"])}</span> Updated <span>{reach_date(art["modified"])}</span></span>
  </div>
  <div class="social-share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Comments</a></div>
  <div class="article-body">
{chr(10).join("    " + p for p in paras)}
  </div>
  <div class="comments-teaser"><a href="#comments">Join the conversation</a> <span>Comments (12)</span></div>
</article>
<aside class="most-read"><h3>Most Read</h3><a href="{related["path"]}">{e(related["title"])}</a></aside>
</main>
{REACH_FOOTER}
</body>
</html>
"""


def nq_listing(title: str, teasers: list[str], *, next_path: str | None = None,
               page_links: list[tuple[str, str]] | None = None, extra: str = "", feed: bool = True) -> str:
    head_next = f'<link rel="next" href="{next_path}">\n' if next_path else ""
    pager = ""
    if page_links or next_path:
        links = " ".join(f'<a href="{href}">{label}</a>' for label, href in (page_links or []))
        nxt = f' <a class="next" href="{next_path}">Next page &rsaquo;</a>' if next_path else ""
        pager = f'<nav class="pagination">{links}{nxt}</nav>'
    feed_link = (f'<link rel="alternate" type="application/rss+xml" title="{NQ_NAME} news" href="/news/rss/">\n'
                 if feed else "")
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(title)} | {NQ_NAME}</title>
<meta property="og:type" content="website">
{feed_link}{head_next}</head>
<body class="listing-page">
{COOKIE}
{NQ_NAV}
<main>
<h1 class="page-title">{e(title)}</h1>
{extra}
<section class="teasers">
{chr(10).join(teasers)}
</section>
{pager}
</main>
{NQ_FOOTER}
</body>
</html>
"""


def reach_listing(title: str, teasers: list[str], *, next_path: str | None) -> str:
    nxt = f'<a class="pagination-next" href="{next_path}" aria-label="Next page">Next</a>' if next_path else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(title)} - {REACH_NAME}</title>
<link rel="alternate" type="application/atom+xml" title="{REACH_NAME}" href="/sister/?service=rss">
</head>
<body>
{COOKIE}
{REACH_NAV}
<main class="channel">
<h1>{e(title)}</h1>
{chr(10).join(teasers)}
<div class="pagination">{nxt}</div>
</main>
{REACH_FOOTER}
</body>
</html>
"""


def simple_page(title: str, body_html: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{e(title)} | {NQ_NAME}</title></head>
<body>
{COOKIE}
{NQ_NAV}
<main><div class="page-content">
<h1>{e(title)}</h1>
{body_html}
</div></main>
{NQ_FOOTER}
</body>
</html>
"""


def rss(items: list[tuple[dict, str]]) -> str:
    out = []
    for art, path in items:
        d = dt.datetime.fromisoformat(art["published"])
        out.append(f"""  <item>
    <title>{e(art["title"])}</title>
    <link>{{{{base}}}}{path}</link>
    <guid isPermaLink="false">{art["key"]}</guid>
    <description>{e(art["summary"])}</description>
    <pubDate>{d.strftime("%a, %d %b %Y %H:%M:%S %z")}</pubDate>
  </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>{NQ_NAME}: News</title>
  <link>{{{{base}}}}/news/</link>
  <description>The latest news from the Wyre Valley</description>
{chr(10).join(out)}
</channel>
</rss>
"""


def atom(arts: list[dict]) -> str:
    entries = "\n".join(f"""  <entry>
    <title>{e(a["title"])}</title>
    <link rel="alternate" type="text/html" href="{{{{base}}}}{a["path"]}"/>
    <id>tag:severnvalelive,2025:{a["key"]}</id>
    <published>{a["published"]}</published>
    <updated>{a["modified"]}</updated>
    <summary>{e(a["summary"])}</summary>
  </entry>""" for a in arts)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{REACH_NAME}</title>
  <id>tag:severnvalelive,2025:feed</id>
  <updated>2025-03-07T18:00:00+00:00</updated>
  <link rel="self" href="{{{{base}}}}/sister/?service=rss"/>
{entries}
</feed>
"""


def urlset(rows: list[tuple[str, str | None]]) -> str:
    urls = "\n".join(
        f"  <url><loc>{{{{base}}}}{path}</loc>" + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</url>"
        for path, lastmod in rows
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


def news_urlset(arts: list[dict]) -> str:
    urls = "\n".join(f"""  <url>
    <loc>{{{{base}}}}{a["path"]}</loc>
    <news:news>
      <news:publication><news:name>{NQ_NAME}</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>{a["published"]}</news:publication_date>
      <news:title>{e(a["title"])}</news:title>
    </news:news>
  </url>""" for a in arts)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{urls}
</urlset>
"""


PDF = b"""%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
trailer << /Root 1 0 R >>
%%EOF
"""


ARTICLES: list[dict] = []
