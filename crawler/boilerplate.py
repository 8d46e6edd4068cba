"""Standalone boilerplate lines left in extracted text: read more, newsletter sign-ups,
share bars, cookie notices, picture credits, bylines.

    from crawler.boilerplate import clean_paragraphs
    clean_paragraphs("First paragraph.\nRead more: ...\nBy Jane Doe")  # ["First paragraph."]
"""
from __future__ import annotations

import re

from crawler.bylines import byline_names
from crawler.text import clean_space

# A line is checked against the patterns below only when it has at most this many
# words: a longer line is a paragraph of the article even if it mentions a newsletter.
MAX_BOILERPLATE_WORDS = 30

# Lines that are boilerplate when they stand alone as a paragraph. Patterns are anchored
# or specific so that real sentences survive: "Parents can sign up for the school
# newsletter" or "By September, the trust..." stay.
_BOILERPLATE_RES = [re.compile(p, re.I) for p in (
    r"^(read|see) (more|also|next)\b",
    r"^(more|also) (on this|read|from|like this|stories)\b",
    r"^(related|recommended|trending|most read|most popular|popular|top stories|latest)"
    r"( (articles?|stories|posts|content|now|news|reading|videos?|links?))?\s*:?$",
    r"^(related|recommended)( (articles?|stories|posts|content|reading|links?))?\s*:",
    r"\bsign[ -]?up\b.{0,40}\b(our|free|daily|weekly|morning|evening)\b.{0,30}\bnewsletters?\b",
    r"^(get )?(our |the )?(\w+ )?newsletters?\b.{0,40}\bsign[ -]?up\b",
    r"^subscribe\b.{0,60}\bnewsletters?\b",
    r"^subscribe( now| today| here)?[.!]?$",
    r"\b(straight|direct(ly)?|delivered) (to|into) your inbox\b",
    r"^share (this|on|via)\b",
    r"^share the (story|article|page)\b",
    r"^(share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest)"
    r"([\s,|/]+(share|tweet|email|print|copy link|facebook|twitter|whatsapp|linkedin|reddit|pinterest|x))*$",
    r"\b(we|this (site|website)) uses? cookies\b",
    r"\b(accept|reject|manage) (all )?cookies\b",
    r"^cookie (settings|preferences|policy|notice)\b",
    r"^(image|picture|photo|pic|photograph|video)s?( credit)?\s*:",
    r"^\(?(image|picture|photo|pic)s?:[^)]*\)?$",
    r"^(credit|source)\s*:\s*\S+$",
    r"^(getty images|pa( media| wire)?|shutterstock|reuters|ap photo)$",
    r"^advertisement$",
    r"^(story|article) continues (below|after)\b",
    r"^continue reading\b",
    r"^click here\b",
    r"^follow (us|our|the)\b.{0,80}\bon (facebook|twitter|instagram|linkedin|x|tiktok|threads)\b",
    r"^tell us what you think\b",
    r"^also on [\w.-]+\.[a-z]{2,}\b",
    r"^\((additional )?reporting by [^)]*\)$",
    r"^(additional )?reporting by\b.*\bedit(ing|ed) by\b",
    r"^(comments?|\d+ comments?|have your say|show comments|view comments)\s*(\(\d+\))?:?$",
    r"^(leave|post|add) a comment\b",
    r"^report this comment\b",
    r"^(like|liked|enjoyed|enjoy) this (story|article)\?",
    r"^(do you have|got) a (story|news tip)\b",
    r"^(contact|email) (our|the) (newsroom|news desk)\b",
    r"^our (award-winning )?journalism\b.*\bsupport\b",
    r"^(published|updated|last updated|first published)\b\s*:?\s*(on\s+|at\s+)?"
    r"(\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[\w\s,:./+-]{0,40}$",
)]


def clean_paragraphs(text: str, *, authors: list[str] | None = None, title: str | None = None) -> list[str]:
    """Split extracted text into paragraphs and drop the standalone boilerplate lines."""
    paras = []
    drop = {a.lower() for a in (authors or [])}
    if title:
        drop.add(clean_space(title).lower())
    for line in re.split(r"\n+", text or ""):
        line = clean_space(line)
        if not line:
            continue
        words = len(line.split())
        if line.lower() in drop:
            continue
        if words <= MAX_BOILERPLATE_WORDS and (byline_names(line) or any(r.search(line) for r in _BOILERPLATE_RES)):
            continue
        paras.append(line)
    return paras
