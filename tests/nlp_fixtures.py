"""Plain helpers for the NLP tests: the spaCy pipeline loaded once per session, and the two
hand-annotated stories of the demo site (our own writing). The `nlp_pipeline` fixture built on them is in conftest.py:

    def test_something(nlp_pipeline):
        doc = nlp_pipeline("...")
"""
from __future__ import annotations

import functools
import json
from pathlib import Path

from nlp.pipeline import load_pipeline

DATA = Path(__file__).parent / "data"
# A document holding this text makes the people component raise (the `poison` fixture).
POISON = "POISONED DOCUMENT"


@functools.lru_cache(maxsize=None)
def _pipeline():
    """The full newswatch pipeline (base model + our components), loaded once."""
    return load_pipeline(batch_size=32)


def site_articles() -> list[dict]:
    """The demo site's two hand-annotated stories (tests/data/site_gold.json)."""
    return json.loads((DATA / "site_gold.json").read_text(encoding="utf-8"))


def article_text(article: dict) -> str:
    """A gold article's paragraphs as analysed text (blank-line separated)."""
    return "\n\n".join(article["paragraphs"])


def org_at(doc, text: str, nth: int = 0):
    """The ORG span over the nth use of `text` in the doc, named as written."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    span = doc.char_span(start, start + len(text), label="ORG", kb_id=text)
    assert span is not None
    return span


def orgs_of(doc) -> dict[str, dict]:
    """The organisations the pipeline found in a Doc, by name."""
    return {o["name"]: o for o in doc._.orgs}


def orgs_in(nlp, text: str) -> dict[str, dict]:
    """The organisations `nlp` finds in `text`, by name."""
    return orgs_of(nlp(text))


def aliases_of(found: dict[str, dict], name: str) -> set[str]:
    """The aliases of the organisation `name` among `found` (orgs_in's result); none if absent."""
    return {a["alias"] for a in found[name].get("aliases") or ()} if name in found else set()


def named_only_as(nlp, text: str, body: str, name: str) -> bool:
    """Whether `nlp` finds `name` in `text` as another name of `body`, not as a body of its own."""
    found = orgs_in(nlp, text)
    return name in aliases_of(found, body) and name not in found


def kinds_in(nlp, text: str) -> dict[str, str]:
    """{name: kind} of the organisations `nlp` finds in `text`."""
    return {name: o["kind"] for name, o in orgs_in(nlp, text).items()}


def trusts_in(nlp, text: str) -> set[str]:
    """The names `nlp` finds in `text` with kind academy_trust."""
    return {name for name, o in orgs_in(nlp, text).items() if o["kind"] == "academy_trust"}


def names_at(nlp, text: str, name: str, after: str = "") -> list[str | None]:
    """The canonical name of the organisation tagged at each use of `name` followed by
    `after` (None where that use is not tagged as an organisation)."""
    doc = nlp(text)
    out = []
    start = text.find(name + after)
    while start != -1:
        ents = [e for e in doc.ents if e.label_ == "ORG" and e.start_char <= start and start + len(name) <= e.end_char]
        out.append(ents[0].kb_id_ if ents else None)
        start = text.find(name + after, start + 1)
    return out


def quotes_of(nlp, text: str) -> list[dict]:
    """The quotes the pipeline finds in text, each checked to point at its words."""
    quotes = nlp(text)._.quotes
    for q in quotes:
        # Offsets point at the quoted words in the input text.
        n = min(12, len(q["text"]))
        assert text[q["start"]:q["start"] + n] == q["text"][:n]
        assert text[q["end"] - 3:q["end"]] == q["text"][-3:]
    return quotes


def one(quotes: list[dict]) -> dict:
    """The only quote of a list that must hold exactly one."""
    assert len(quotes) == 1, quotes
    return quotes[0]


def quote_with(nlp, text: str, words: str) -> dict:
    """The one quote of `text` holding `words`."""
    return one([q for q in quotes_of(nlp, text) if words in q["text"]])


def org_of(nlp, text: str, speaker: str) -> str | None:
    """The speaker_org of the first quote by `speaker` (the speakers' organisations rounds)."""
    found = [q for q in quotes_of(nlp, text) if q["speaker"] == speaker]
    assert found, [q["speaker"] for q in quotes_of(nlp, text)]
    return found[0]["speaker_org"]


def speaker_with(nlp, text: str, words: str) -> str | None:
    """The speaker of the one quote in text that holds `words`."""
    return quote_with(nlp, text, words)["speaker"]


def headed_quotes(nlp, body: str) -> list[dict]:
    """The quotes the pipeline finds in `body` under a headline of its own."""
    return quotes_of(nlp, "Headline about the schools\n\n" + body)


def headed_texts(nlp, body: str) -> list[str]:
    return [q["text"] for q in headed_quotes(nlp, body)]


def headed_quote(nlp, body: str, words: str) -> dict:
    """The one quote of `body` (under a headline) holding `words`."""
    return one([q for q in headed_quotes(nlp, body) if words in q["text"]])


def attributions(nlp, text: str) -> list[tuple[str | None, str | None]]:
    """(speaker, speaker_org) of each quote the pipeline finds in text, under a headline."""
    return [(q["speaker"], q["speaker_org"]) for q in nlp("Headline for the story\n\n" + text)._.quotes]


def speaker_of(nlp, text: str) -> dict:
    """The one quote the pipeline finds in text."""
    return one(quotes_of(nlp, text))
