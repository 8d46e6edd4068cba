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
# An article written in short paragraphs (none of 16 words or more).
SHORT_PARAGRAPHS = [
    "Larchfield Academy Trust has said it will review its cleaning contract.",
    "Cleaners told a meeting on Tuesday that their hours had been cut.",
    "The trust said it had not been told about the changes.",
    "Unison said it would support any member who wanted to bring a claim.",
    "The union wants the work brought back in house next year.",
    "The contractor has been asked to explain the cuts to the board.",
    "A decision on renewing the contract is expected next month.",
]
QUOTE = ("Governor Karen Oduya said: \u201cWe expect anyone working in our schools to be treated "
         "fairly, and we will be asking hard questions of the contractor.\u201d")


@dataclass(frozen=True)
class Case:
    name: str
    expected: tuple[str, ...]
    before: str = ""         # markup between the headline and the first paragraph
    after: str = ""          # markup after the last paragraph
    template: str = "article"  # article | plain | table | header | split | busy-body | short
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
    # Forms and name shapes added for issue 12 (second round).
    Case("reports-in-byline-element", ("Morwenna Tregear",), before='<p class="byline">Morwenna Tregear reports</p>'),
    Case("capitals-in-byline-element", ("Roisin McGrath",), before='<p class="byline">BY ROISIN MCGRATH</p>'),
    Case("capitals-particle", ("Lucas de Oliveira",), before="<p><b>BY LUCAS DE OLIVEIRA</b></p>"),
    Case("latin-extended-name", ("Bożena Ślęzak",), before='<div class="meta-line">Reporter: Bożena Ślęzak</div>'),
    Case("irish-prefixed-name", ("Eimear Nic an tSionnaigh",), before="<p>By Eimear Nic an tSionnaigh</p>"),
    Case("twitter-handles", ("Amara Quist", "Leo Varga"),
         before='<p class="byline">By Amara Quist (<a href="https://twitter.com/amaraquist">@amaraquist</a>) and '
                'Leo Varga (<a href="https://twitter.com/leovarga">@leovarga</a>)</p>'),
    Case("credit-block-email", ("Petra Lund",),
         before='<p class="story-credit">Petra Lund &middot; <a href="mailto:p.lund@eastmoorpost.co.uk">'
                "p.lund@eastmoorpost.co.uk</a></p>"),
    Case("story-label", ("Oskar Fenn",), before='<p class="story-credit">Story: Oskar Fenn</p>'),
    Case("name-dot-role", ("Adaeze Nwankwo",),
         before='<p class="meta"><small>Adaeze Nwankwo &middot; Transport Correspondent</small></p>'),
    Case("sign-off-dash", ("Roisin Dunne",), after="<p class='sig'>\u2014 Roisin Dunne, Health Correspondent</p>"),
    Case("short-paragraphs-sign-off", ("Lewin Marsh",), template="short",
         after="<p>Lewin Marsh, Business Reporter</p>"),
    Case("words-and-pictures-element", ("Hallam Reeve",),
         before='<div class="byline">Words: Hallam Reeve | Pictures: Corin Blythe</div>'),
    Case("handles-in-author-element", ("Amara Quist", "Leo Varga"),
         before='<span class="author">By Amara Quist (@amaraquist) and Leo Varga (@leovarga)</span>'),
    Case("standfirst-then-byline", ("Marek Dunlow",),
         before="<p class='intro'><strong>Cleaners say their hours were cut without warning, and the union wants "
                "the work taken back in house next year.</strong></p><p>Marek Dunlow, Local Democracy Reporter</p>"),
    Case("date-then-by", ("Tamsin Rowe",), before="<p>14 March 2024 | By Tamsin Rowe</p>"),
    Case("published-date-by", ("Tamsin Rowe",), before="<p>Published 14 March 2024 by Tamsin Rowe</p>"),
    Case("time-element-then-name-role", ("Wilf Ashdown",),
         before="<p><time datetime='2024-03-14'>14 March 2024</time> &middot; Wilf Ashdown, Chief Reporter</p>"),
    Case("writer-note-after", ("Idris Vane",), after="<p><em>Idris Vane is a Local Democracy Reporter</em></p>"),
    # Not authors.
    Case("desk-credit-element", (), before='<div class="byline">Newsdesk</div>'),
    Case("sports-desk-element", (), before='<p class="byline">Sport Desk</p>'),
    Case("staff-reporter", (), before="<p>By Staff Reporter</p>"),
    Case("our-reporter", (), before="<p>By Our Reporter</p>"),
    Case("our-reporter-element", (), before='<div class="byline">By Our Reporter</div>'),
    Case("more-stories-heading-after", (),
         after="<h3>More stories</h3><p><a href='/news/3.z/'>Bus route to be axed</a></p><p>By Dev Mistry</p>"),
    Case("news-editor-contact-box", (),
         after="<div class='box'><p>Got a story? Contact our news editor:</p><p>Paula Wren, News Editor</p>"
               "<p>01632 960123</p></div>"),
    Case("quote-box-speaker", (),
         after="<div class='quote-box'><p>\u201cWe have been asking for this for years.\u201d</p>"
               "<p>Hester Pike, Editor of the Parents' Newsletter</p></div>"),
    Case("picture-credit-class", (),
         before='<div class="lead-pic"><img src="/p.jpg" alt=""><span class="credit">Tomos Hale</span></div>'),
    Case("read-more-box-in-article", (),
         after='<div class="read-more"><a href="/news/2.y/">Library opening hours cut</a><p>By Dev Mistry</p></div>'),
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
    paras = [f"<p>{p}</p>" for p in (SHORT_PARAGRAPHS if case.template == "short" else PARAGRAPHS)]
    if case.first:
        paras[0:1] = [case.first]
    if case.template != "short":  # the quote is a long line; short paragraphs have none
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
