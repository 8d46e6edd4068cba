"""A generated news site of short stories, each with an inline "related stories" box.

    from short_site import build_site
    paths = build_site(tmp_path / "site", 200)   # writes the site; returns article paths
    with SiteServer(tmp_path / "site") as site:  # newswatch.sitesrv, 127.0.0.1
        ...

Every article is 100-200 words in two to five paragraphs, with JSON-LD NewsArticle
(headline, datePublished), og:type=article and article:published_time, and an inline
box of three links to other stories placed between two paragraphs (as regional
publishers do). The boxes vary the way publishers' templates do: a list of links, link
paragraphs, and teaser cards with a standfirst. A sitemap index lists every article.
The texts are generated from sentence templates written for these tests.
Used by tests/test_short_site.py (200 articles) and benchmarks/crawl_short.py (2,000).
"""
from __future__ import annotations

import html
import json
import random
from pathlib import Path

from newswatch.sitesrv import write_sitemaps

PEOPLE = ["Nadia Brookes", "Owen Castell", "Priti Anand", "Rhys Morgan", "Sian Doyle",
          "Tomasz Nowak", "Una Fairley", "Victor Amadi", "Wendy Pryce", "Yusuf Hale"]
TRUSTS = ["Larchfield Academy Trust", "Severnside Learning Partnership", "Kestrel Schools Trust",
          "Brackenhill Education Trust", "Millbrook Multi-Academy Trust"]
TOWNS = ["Ashcombe", "Brindle", "Carrow", "Dunholm", "Eskdale", "Fernley", "Gorsey", "Hatton"]
JOBS = ["cleaners", "cooks", "caretakers", "teaching assistants", "office staff", "lunchtime supervisors"]
OPENERS = [
    "{trust} has told {jobs} at {n} schools in {town} that their jobs will move to a private firm.",
    "Plans to hand school {service} in {town} to an outside contractor have been paused.",
    "A row has broken out in {town} over how {trust} awards its {service} contracts.",
    "Staff at {town} Primary say they were not told about changes to their contracts.",
    "{trust} will bring {service} back in house at {n} of its schools, it said on {day}.",
]
MIDDLES = [
    "The trust said the move would save money that could be spent on pupils.",
    "{person}, who represents {jobs} for the union, said members felt badly let down.",
    "Parents have started a petition which had gathered {big} names by {day}.",
    "The contract is worth about {money} a year and runs for three years.",
    "Councillors in {town} said they had asked the trust for a meeting but had heard nothing.",
    "A spokesperson for the trust said no decision would be made before the summer.",
    "The union said a ballot for industrial action could open within a fortnight.",
    "Figures seen by this paper show agency spending at the trust doubled last year.",
    "{person} said the trust had a duty to consult staff before making any change.",
    "\"Nobody asked the people who do this work every day,\" said {person}.",
    "The schools affected include two infant schools and a secondary on the edge of {town}.",
    "About {n} {jobs} are expected to transfer under TUPE rules, keeping their current pay.",
    "The Department for Education said trusts were free to organise their own services.",
]
CLOSERS = [
    "A public meeting is due to be held at {town} library next {day}.",
    "The trust's board will discuss the plans again at its next meeting.",
    "We will update this story when the trust responds to our questions.",
]
SERVICES = ["cleaning", "catering", "grounds maintenance", "IT support", "payroll"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

SITE_NAME = "Eastmoor Evening Post"


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        trust=rng.choice(TRUSTS), town=rng.choice(TOWNS), jobs=rng.choice(JOBS), n=rng.randint(2, 14),
        service=rng.choice(SERVICES), day=rng.choice(DAYS), person=rng.choice(PEOPLE),
        big=f"{rng.randint(2, 40) * 50:,}", money=f"\u00a3{rng.randint(40, 900)},000",
    )


def story(rng: random.Random, i: int) -> tuple[str, list[str]]:
    """(title, paragraphs) of 100-200 words."""
    opener = _fill(rng, rng.choice(OPENERS))
    title = f"{opener.rstrip('.')} (story {i})"
    target = rng.randint(100, 200)
    sentences = [opener]
    words = len(opener.split())
    closer = _fill(rng, rng.choice(CLOSERS))
    while words + len(closer.split()) < target:
        s = _fill(rng, rng.choice(MIDDLES))
        if words + len(s.split()) + len(closer.split()) > 200:
            break
        sentences.append(s)
        words += len(s.split())
    sentences.append(closer)
    n_paras = rng.randint(2, min(5, len(sentences)))
    cuts = sorted(rng.sample(range(1, len(sentences)), n_paras - 1))
    paragraphs = [" ".join(sentences[a:b]) for a, b in zip([0, *cuts], [*cuts, len(sentences)])]
    return title, paragraphs


def related_box(rng: random.Random, links: list[tuple[str, str]]) -> str:
    """Three links to other stories, in one of the shapes publishers use."""
    e = html.escape
    style = rng.randrange(3)
    if style == 0:
        items = "".join(f'<li><a href="{p}">{e(t)}</a></li>' for p, t in links)
        return f'<aside class="related-stories"><h3>Related stories</h3><ul>{items}</ul></aside>'
    if style == 1:
        items = "".join(f'<p class="read-more"><a href="{p}">{e(t)}</a></p>' for p, t in links)
        return f'<div class="inline-related"><strong>Read more</strong>{items}</div>'
    cards = "".join(
        f'<div class="teaser"><a href="{p}"><h4>{e(t)}</h4></a>'
        f'<p>{e(_fill(rng, rng.choice(MIDDLES)))}</p></div>' for p, t in links)
    return f'<section class="more-on-this">{cards}</section>'


def article_page(path: str, title: str, paragraphs: list[str], author: str, day: int,
                 links: list[tuple[str, str]], rng: random.Random) -> str:
    e = html.escape
    published = f"2024-03-{day:02d}T{7 + day % 10:02d}:15:00+00:00"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": published, "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": SITE_NAME}}
    at = rng.randint(1, max(1, len(paragraphs) - 1))
    blocks = [f"<p>{e(p, quote=False)}</p>" for p in paragraphs]
    blocks.insert(at, related_box(rng, links))
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{e(title)} | {SITE_NAME}</title>
<link rel="canonical" href="{{{{base}}}}{path}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(title)}">
<meta property="article:published_time" content="{published}">
<script type="application/ld+json">{json.dumps(ld)}</script>
</head><body>
<header><a href="/">{SITE_NAME}</a> <nav><a href="/news/">News</a> <a href="/contact/">Contact</a></nav></header>
<main><article>
<h1>{e(title)}</h1>
<p class="byline">By {e(author)}</p>
<div class="article-body">
{chr(10).join(blocks)}
</div>
</article></main>
<footer><a href="/contact/">Contact us</a> <a href="/terms/">Terms</a></footer>
</body></html>
"""


def build_site(root: Path, n: int, seed: int = 12) -> list[str]:
    """Write an `n`-article site under `root`; returns the article paths."""
    rng = random.Random(seed)
    root = Path(root)
    stories = [story(rng, i) for i in range(n)]
    paths = [f"/news/{31000000 + i}.school-staff-story-{i}/" for i in range(n)]
    for i, (path, (title, paragraphs)) in enumerate(zip(paths, stories)):
        others = rng.sample([k for k in range(n) if k != i], min(3, n - 1))
        links = [(paths[k], stories[k][0]) for k in others]
        page = article_page(path, title, paragraphs, rng.choice(PEOPLE), 1 + i % 28, links, rng)
        folder = root / path.strip("/")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(page, encoding="utf-8")
    write_sitemaps(root, paths, prefix="news")
    teasers = "".join(f'<li><a href="{p}">{html.escape(t)}</a></li>' for p, (t, _) in zip(paths[:12], stories))
    (root / "index.html").write_text(
        f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>{SITE_NAME}</title>"
        f"<meta property='og:type' content='website'></head><body><h1>Latest news</h1><ul>{teasers}</ul>"
        "</body></html>", encoding="utf-8")
    return paths
