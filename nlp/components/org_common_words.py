"""Common words that open a sentence and that the model tags as organisations, for
`newswatch_orgs` (nlp/components/orgs.py): "Cabinet member for schools Cllr ...", "Cleaners
at four academies walked out", "Heads at both schools wrote to parents". A one-word name is
such a word when every mention of it opens a sentence or the headline (where any word takes a
capital) and the article also writes the word in lower case ("the cabinet", "the cleaners"):
a body's name keeps its capital wherever it stands; or when the tagger reads every mention as a
plural common noun ("Neighbours had complained"). Names the gazetteer knows ("Unite",
"Community") and names that open another organisation's name stay bodies. Section labels in
capitals that open a paragraph before a colon or a dash ("CRICKET - ...", "ROOF REPAIRS: ...")
are no bodies either, unless the gazetteer knows them ("NEU: ...").
"""
from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Doc, Span

from nlp.components.doc_text import word_positions
from nlp.components.org_modifiers import org_mentions


def _opens_sentence(doc: Doc, e: Span) -> bool:
    """The mention is the first word of a sentence, a paragraph or the headline."""
    if e.start == 0 or doc[e.start].is_sent_start:
        return True
    before = doc[e.start - 1]
    return before.is_space and "\n" in before.text


# Punctuation after a section label: "AWARD: ...", "SOCCER - ...".
_LABEL_ENDS = {":", "-", "–", "—"}
# Labels shorter than this may be a body's acronym the gazetteer does not know ("KAT: ...").
_MIN_LABEL_LETTERS = 4


def section_labels(doc: Doc, ents: list[Span], known: Container[str]) -> set[str]:
    """Names every mention of which is a section label in capitals opening a paragraph."""
    return {name for name, spans in org_mentions(ents).items()
            if name.lower() not in known and sum(ch.isalpha() for ch in name) >= _MIN_LABEL_LETTERS
            and all(e.text.isupper() and _opens_sentence(doc, e) and e.end < len(doc)
                    and doc[e.end].text in _LABEL_ENDS for e in spans)}


# The tagger's tag for a plural common noun (not a proper noun's NNP or NNPS): "Cleaners at nine
# schools", "Neighbours had complained". Not the singular NN, which the tagger also gives to an
# unknown one-word name opening a line ("2. Corvath: £175,000").
_COMMON_NOUN_TAGS = {"NNS"}


def _common_word(doc: Doc, name: str, spans: list[Span], positions: dict[str, list[int]]) -> bool:
    """The article writes the word in lower case somewhere, or the tagger reads every mention
    of it as a plural common noun."""
    return any(doc[i].is_lower and doc[i].is_alpha for i in positions.get(name.lower(), ())) \
        or all(doc[e.start].tag_ in _COMMON_NOUN_TAGS for e in spans)


def common_word_names(doc: Doc, ents: list[Span], known: Container[str]) -> set[str]:
    """One-word names of organisations that are only a common word taking a sentence's capital."""
    mentions = org_mentions(ents)
    openings = {name.split()[0] for name in mentions if len(name.split()) > 1}
    positions = word_positions(doc)  # the name written in lower case somewhere: a common word
    return {name for name, spans in mentions.items()
            if len(name.split()) == 1 and name.isalpha() and name.istitle()
            and name.lower() not in known and name not in openings
            and all(e.text == name and _opens_sentence(doc, e) for e in spans)
            and _common_word(doc, name, spans, positions)}
