"""Saved-page fixtures for bylines that are only in the article text (no author
metadata anywhere): publishers' different markups, roles, several authors, capitals,
dates after the name, "Reporter:" lines, and traps that are not authors (picture
credits, quoted people, pull quotes, other stories' bylines in a sidebar).

    from byline_pages import CASES, page
    for case in CASES:
        html = page(case)          # a whole page; case.expected is the author list

All names and texts are invented for these tests. Used by tests/test_bylines.py.
"""
from __future__ import annotations

from dataclasses import dataclass

URL = "https://www.eastmoorpost.co.uk/news/24519876.trust-to-review-school-cleaning-contract/"

PARAGRAPHS = [
    "Larchfield Academy Trust has said it will review the contract for cleaning its nine "
    "schools after staff complained that hours had been cut without warning.",
    "Cleaners employed by the private firm that holds the contract told a meeting on Tuesday "
    "that some of them had lost up to five hours a week since January.",
    "The trust said it had not been told about the changes and would ask the company to explain "
    "them before the board meets next month to decide whether to renew the deal.",
    "Unison said it would support any member who wanted to bring a claim and urged the trust to "
    "take the work back in house when the contract ends next year.",
]
QUOTE = ("Governor Karen Oduya said: \u201cWe expect anyone working in our schools to be treated "
         "fairly, and we will be asking hard questions of the contractor.\u201d")


@dataclass(frozen=True)
class Case:
    name: str
    expected: tuple[str, ...]
    before: str = ""         # markup between the headline and the first paragraph
    after: str = ""          # markup after the last paragraph
    template: str = "article"  # article | plain | table | header | split
    first: str = ""          # replaces the first paragraph's markup
    sidebar: str = ""        # markup outside the article


CASES = [
    Case("by-paragraph", ("Jane Smith",), before="<p>By Jane Smith</p>"),
    Case("byline-class", ("Owen Castell",), before='<div class="byline">By Owen Castell</div>'),
    Case("two-authors", ("Jane Smith", "Tom Jones"), before="<p><strong>By Jane Smith and Tom Jones</strong></p>"),
    Case("three-authors-caps", ("Anna Bell", "Carl Dunn", "Eve Ford"),
         before="<p><b>BY ANNA BELL, CARL DUNN AND EVE FORD</b></p>"),
    Case("ampersand-role", ("Priti Anand", "Rhys Morgan"),
         before='<div class="meta"><span>By Priti Anand &amp; Rhys Morgan, Education Reporters</span></div>'),
    Case("role-and-date", ("Sian Doyle",),
         before="<p class='article-info'>By Sian Doyle, Education Correspondent | Published 14 March 2024, 10:32</p>"),
    Case("by-then-date", ("Victor Amadi",), before="<div><span>By Victor Amadi</span><span>14th March 2024</span></div>"),
    Case("caps-only", ("Jane Smith",), before="<div class='meta'>BY JANE SMITH</div>", template="plain"),
    Case("ldrs-end", ("Tomasz Nowak",), after="<p>Tomasz Nowak, Local Democracy Reporting Service</p>"),
    Case("ldrs-sentence-end", ("Yusuf Hale",),
         after="<p><em>This article was written by Yusuf Hale, Local Democracy Reporter.</em></p>"),
    Case("reporter-line", ("Wendy Pryce",), before="<p><em>Reporter: Wendy Pryce</em></p>"),
    Case("words-line", ("Nadia Brookes",), before="<p>Words: Nadia Brookes</p>", template="plain"),
    Case("name-reporter", ("Gareth Lloyd",), after="<p>Gareth Lloyd, Reporter</p>"),
    Case("name-correspondent-header", ("Una Fairley",), template="header",
         before="<div class='story-meta'>Una Fairley, Political Correspondent</div><time>12 March 2024</time>"),
    Case("name-role-parens", ("Hamish Reid",), before="<p>Hamish Reid (Chief Reporter)</p>"),
    Case("address-element", ("Imogen Clarke",), before="<address>By Imogen Clarke</address>"),
    Case("contributors-link", ("Nadia Brookes",),
         before='<div class="c-article__contributors"><a href="/profile/nadia-brookes">Nadia Brookes</a></div>'),
    Case("writer-class-bare-name", ("Farid Khan",), before='<span class="writer">Farid Khan</span>'),
    Case("table-layout", ("Mary O'Connor",), template="table"),
    Case("particles", ("Tom van der Berg", "Siobhán Ní Bhriain"),
         before="<p>By Tom van der Berg and Siobhán Ní Bhriain</p>"),
    Case("mc-name-caps", ("Alan McDonald",), before="<p>BY ALAN MCDONALD</p>"),
    Case("photo-credit-and-byline", ("Ben Okoro",),
         before='<figure><img src="/p.jpg" alt=""><figcaption>Picture: Tom Hardy</figcaption></figure>'
                "<p>By Ben Okoro</p>"),
    Case("sidebar-bylines-ignored", ("Carla Duffy",), before="<p>By Carla Duffy</p>",
         sidebar='<aside class="most-read"><div class="teaser"><a href="/news/1.x/">Road closed for '
                 'a week of repairs</a><span class="author">By Dev Mistry</span></div></aside>'),
    Case("name-over-role", ("Jane Smith",),
         before="<div class='meta'><p>Jane Smith</p><p>Local Democracy Reporter</p></div>"),
    Case("headline-outside-article", ("Ravi Patel",), template="split",
         before="<p class='standfirst-meta'>By Ravi Patel, Schools Reporter</p>"),
    Case("wire-footer", ("Elaine Ross",), after="<p>(Reporting by Elaine Ross; Editing by Jonah Price)</p>"),
    Case("body-class-with-image", ("Ben Okoro",), template="busy-body", before="<p>By Ben Okoro</p>"),
    Case("data-component-block", ("Lowri Evans",),
         before='<div data-component="byline-block"><span>Lowri Evans</span><span>Education correspondent</span></div>'),
    Case("by-then-capitals", ("Dylan Price",), before="<p>By DYLAN PRICE, Kestrel Herald</p>"),
    Case("details-list", ("Zara Khan",),
         before="<dl class='story-details'><dt>Published</dt><dd>14 March 2024</dd><dt>Reporter:</dt><dd>Zara Khan</dd></dl>"),
    Case("councillor-column", ("Peter Lund",), before="<p>By Cllr Peter Lund, leader of Eastmoor Council</p>"),
    Case("additional-reporting", ("Nina Hart", "Sam Ibe"),
         before="<p>By Nina Hart, with additional reporting by Sam Ibe</p>"),
    Case("article-credit-block", ("Iris Bowen",), before='<div class="article-credit">By Iris Bowen</div>'),
    # Not authors.
    Case("photo-credit-only", (), before="<p>Photo by Tom Hardy</p>"),
    Case("picture-credit-only", (), before="<p>Picture: Elaine Ross / Eastmoor Post</p>"),
    Case("image-credit-class", (), before='<p class="image-credit">Jonah Price</p>'),
    Case("quoted-first-paragraph", (), first=f"<p>{QUOTE}</p>"),
    Case("pull-quote", (), before="<blockquote>\u201cWe were never asked\u201d \u2014 Karen Oduya</blockquote>"),
    Case("quoted-name-role-line", (), after="<p>Karen Oduya, chair of governors</p>"),
    Case("quoted-correspondent", (),
         after=f"<p>{QUOTE}</p><p>Grace Lowe, Unison regional organiser</p>"),
    Case("by-month", (), first="<p>By September the trust expects to have chosen a new contractor for "
                                "cleaning at all of its schools, a spokesperson said on Tuesday.</p>"),
    Case("councillor-in-body", (), first="<p>Councillor Jane Smith said the trust had failed to consult "
                                          "parents before it signed the contract last year.</p>"),
]


def _paragraphs(case: Case) -> str:
    paras = [f"<p>{p}</p>" for p in PARAGRAPHS]
    if case.first:
        paras[0:1] = [case.first]
    paras.insert(2, f"<p>{QUOTE}</p>")
    return "\n".join(paras)


def page(case: Case) -> str:
    head = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Trust to review school cleaning contract | Eastmoor Post</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2024-03-14T10:32:00+00:00">
</head><body>
<header class="site-header"><a href="/">Eastmoor Post</a><nav><a href="/news/">News</a>
<a href="/sport/">Sport</a><a href="/by-area/">By Area</a></nav></header>"""
    foot = "<footer><p>Copyright 2024 Eastmoor Post. All rights reserved.</p></footer></body></html>"
    title = "<h1>Trust to review school cleaning contract</h1>"
    body = _paragraphs(case)
    if case.template == "table":
        return (f"{head}<table><tr><td class='text'>{title}<font size='2'>By Mary O&#39;Connor</font>"
                f"<br><br>{'<br><br>'.join(PARAGRAPHS)}</td><td>{case.sidebar}</td></tr></table>{foot}")
    if case.template == "plain":
        return f"{head}<div id='content'>{title}{case.before}<div class='text'>{body}</div>{case.after}</div>{case.sidebar}{foot}"
    if case.template == "split":
        return (f"{head}<div class='story'><header>{title}{case.before}</header><article><div class='article-body'>"
                f"{body}</div>{case.after}</article></div>{case.sidebar}{foot}")
    if case.template == "busy-body":
        head = head.replace("<body>", "<body class='single-post has-featured-image with-social-share'>")
    if case.template == "header":
        return (f"{head}<main><article><header>{title}{case.before}</header><div class='article-body'>"
                f"{body}{case.after}</div></article></main>{case.sidebar}{foot}")
    return (f"{head}<main><article>{title}{case.before}<div class='article-body'>{body}</div>"
            f"{case.after}</article>{case.sidebar}</main>{foot}")
