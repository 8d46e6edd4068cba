"""Acronyms an article defines, in the ways org_defined.py does not read, for `newswatch_orgs`
(nlp/components/orgs.py):

- `defined_first`: the acronym before its name: "HSET, which stands for Hallam Street
  Education Trust, ...", "RLT – the Redcliffe Learning Trust – said", "BCLT (the Blackmoor
  Coast Learning Trust)";
- `names_before_acronyms` (with `headed_names`): a town's possessive off a name its acronym
  leaves out ("Sheffield's Steel City Schools Partnership (SCSP)"); a name the model missed that opens with a body's head word and ends in a
  place or subject: "the Trust for Learning and Achievement in Dorrington (TLAD)"; one
  without a head word, every word a letter of an acronym the model tags as a body ("Helping
  Our Pupils Excel (HOPE)"); "NHS" the model left out of "NHS Wexley Integrated Care Board
  (ICB)";
- `not_body_acronyms`: acronyms (and their full names) the text defines for a document, a
  fund, a qualification or course, or a place: "the Condition Improvement Fund (CIF)", "the
  National Professional Qualification for Headship (NPQH)", "North East Lindsey (NEL)";
- `defined_over_known`: an acronym the text defines names the text's body at every use, the
  ones before the definition too, over a gazetteer body with the same letters, and before
  the body's board or trustees ("the HVLT Board").
"""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from nlp.components.doc_text import doc_words, word_positions
from nlp.components.org_fragments import BODY_HEADS
from nlp.components.org_initials import abbreviates, initials, is_short_form
from nlp.components.org_kinds import is_document

_CLOSERS = {"(": ")", "–": "–", "—": "—", ",": ","}
# Small words a full form may hold besides the words its acronym spells ("... of the ...").
_MAX_SMALL_WORDS = 2
_SMALL_WORDS = {"of", "and", "the", "for", "in"}
# Words between an acronym given first and its name: "HSET, which stands for ...", "HSET, short for ...".
_STANDS_FOR = [["which", "stands", "for"], ["short", "for"], ["standing", "for"]]


def defined_first(doc: Doc, ent: Span) -> str | None:
    """The acronym right before `ent` when the text gives it first: "ACR, which stands for
    NAME", "ACR, short for (the) NAME", "ACR – (the) NAME –", "ACR (the NAME)", "ACR, or (the) NAME,"."""
    k = ent.start
    if len(ent) < 2:
        return None
    j = k - 1 if k > 0 and doc[k - 1].lower_ == "the" else k
    for phrase in _STANDS_FOR:
        if j >= len(phrase) and [t.lower_ for t in doc[j - len(phrase):j]] == phrase:
            i = j - len(phrase) - 1
            if i >= 0 and doc[i].text in {",", "("}:
                i -= 1
            if i >= 0 and is_short_form(doc[i].text) and abbreviates(doc[i].text, ent.text):
                return doc[i].text
            return None
    j = k - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j >= 2 and doc[j].lower_ == "or" and doc[j - 1].text == "," and ent.end < len(doc) and doc[ent.end].text == ",":
        j -= 1  # "NSPT, or the North Somerby Primary Trust, has ..."
    if j < 1 or doc[j].text not in {"(", "–", "—", ","} or ent.end >= len(doc) \
            or doc[ent.end].text != _CLOSERS[doc[j].text]:
        return None
    acronym = doc[j - 1].text
    if is_short_form(acronym) and abbreviates(acronym, ent.text):
        return acronym
    return None


_NAME_HEADS = BODY_HEADS | {"centre", "institute", "society", "network", "commission", "forum", "committee",
                            "service", "office", "collaborative", "consortium"}
_LINKS = {"of", "for", "and", "in", "on", "&", "the"}


def names_before_acronyms(doc: Doc, ents: list[Span]) -> list[Span]:
    """The model's entities with the names before bracketed acronyms made whole or found
    (`headed_names`), and a town's possessive taken off a name whose acronym leaves it out:
    "Sheffield's Steel City Schools Partnership (SCSP)" is the Steel City Schools Partnership."""
    out = []
    for e in ents:
        k = e.end
        if e.label_ == "ORG" and k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            cut = next((i + 1 for i in range(e.start, min(e.start + 3, k - 2))
                        if doc[i + 1].lower_ in {"'s", "’s"}), None)
            acr = doc[k + 1].text
            if cut is not None and is_short_form(acr) and abbreviates(acr, doc[cut + 1:k].text) \
                    and initials(e.text.replace("'s", "").replace("’s", "")) != acr and doc[cut + 1].is_title:
                e = Span(doc, cut + 1, k, label="ORG")
        out.append(e)
    return filter_spans(headed_names(doc, out) + out)


def headed_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """"(The) Trust for Learning and Achievement in Dorrington (TLAD)": before a bracketed
    acronym, Title Case words and the small words between them, opening with a body's head
    word followed by "of" or "for", whose initials give the acronym; only where the model
    tagged no organisation there (a place inside it is taken in). Also a word in capitals
    the model left out in front of a name before its acronym: "NHS Wexley Integrated Care
    Board (ICB)"."""
    orgs = {i for e in ents if e.label_ == "ORG" for i in range(e.start, e.end)}
    out = []
    for k in word_positions(doc).get("(", ()):
        if not 3 <= k < len(doc) - 2 or doc[k + 2].text != ")" or not is_short_form(doc[k + 1].text):
            continue
        start = k
        while start > 0 and not doc[start].is_sent_start and (
                doc[start - 1].is_title or doc[start - 1].is_upper and doc[start - 1].is_alpha
                or doc[start - 1].lower_ in _LINKS and start > 1 and doc[start - 2].is_title):
            start -= 1
        for s in range(start, k - 2):
            if doc[s].is_title and doc[s].lower_ in _NAME_HEADS and doc[s + 1].lower_ in {"of", "for"} \
                    and not orgs.intersection(range(s, k)) and abbreviates(doc[k + 1].text, doc[s:k].text):
                out.append(Span(doc, s, k, label="ORG"))
                break
        else:
            spelled = _spelled_name(doc, start, k, ents)
            if spelled is not None:
                out.append(spelled)
    taken = {i for e in ents for i in range(e.start, e.end)}
    for e in ents:  # "NHS Wexley Integrated Care Board (ICB)", the model's name without "NHS"
        p = e.start - 1
        if e.label_ == "ORG" and p >= 0 and e.end + 2 < len(doc) and doc[e.end].text == "(" \
                and doc[e.end + 2].text == ")" and is_short_form(doc[e.end + 1].text) and p not in taken \
                and doc[p].is_upper and doc[p].is_alpha and 2 <= len(doc[p]) <= 4 \
                and abbreviates(doc[e.end + 1].text, doc[p:e.end].text):
            out.append(Span(doc, p, e.end, label="ORG"))
    return out


_NAMED_LABELS = {"ORG", "PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "CARDINAL"}


def _spelled_name(doc: Doc, start: int, k: int, ents: list[Span]) -> Span | None:
    """"Helping Our Pupils Excel (HOPE)", "Schools Support UK (SSUK)": a name with no head
    word, when each Title Case word gives the acronym's next letter (a word in capitals all
    its letters), the model tags the acronym as an organisation, and tags the phrase as
    nothing else (a title, WORK_OF_ART, is taken; a place only after its first word)."""
    acr = doc[k + 1].text
    if not (acr.isupper() and acr.isalpha() and 3 <= len(acr) <= 6) \
            or not any(e.label_ == "ORG" and e.text == acr for e in ents):
        return None
    for s in range(k - 2, max(start, k - len(acr)) - 1, -1):
        words = doc[s:k]
        if not all((t.is_title or t.is_upper) and t.is_alpha for t in words):
            return None
        if "".join(t.text if t.is_upper and len(t) > 1 else t.text[0] for t in words) != acr:
            continue
        if is_document([t.text for t in words]) or words[-1].lower_ in _QUALIFICATION_HEADS \
                or any(e.label_ in _NAMED_LABELS and e.start < k and s < e.end
                       and not (e.label_ in _PLACE_LABELS and e.start > s) for e in ents):
            return None
        return Span(doc, s, k, label="ORG")
    return None


_QUALIFICATION_HEADS = {"qualification", "qualifications", "certificate", "diploma", "degree", "course",
                        "apprenticeship", "award", "baccalaureate", "exam", "examination", "test", "programme"}
_PLACE_LABELS = {"GPE", "LOC"}


def not_body_acronyms(doc: Doc) -> dict[str, str]:
    """Acronyms defined in brackets for what is not a body, and the names they stand for:
    documents and funds ("the Condition Improvement Fund (CIF)", org_kinds.is_document),
    qualifications and courses ("the National Professional Qualification for Headship
    (NPQH)", "the Certificate in Teaching Assistance (CTA)"), places the model tagged as one
    ("North East Lindsey (NEL)"). Returns {acronym: the name it stands for}."""
    out: dict[str, str] = {}
    places = {e.end: e for e in doc.ents if e.label_ in _PLACE_LABELS}
    texts = doc_words(doc)
    for i in range(1, len(doc) - 1):
        acr = texts[i]
        if not (acr.isupper() and acr.isalpha() and 2 <= len(acr) <= 6) or texts[i - 1] != "(" \
                or texts[i + 1] != ")":
            continue
        t = doc[i]
        end = t.i - 1
        thing = _lower_case_full_form(doc, end, acr)
        if thing is not None:
            out[acr] = thing  # "reinforced autoclaved aerated concrete (RAAC)": a thing, not a body
            continue
        place = places.get(end)
        if place is not None and len(place) > 1 and abbreviates(acr, place.text):
            out[acr] = place.text
            continue
        start = end
        while start > 0 and end - start < 9 and (doc[start - 1].is_title or doc[start - 1].lower_ in _LINKS - {"the"}) \
                and not doc[start].is_sent_start:
            start -= 1
        while start < end and not doc[start].is_title:
            start += 1
        for s in range(start, end - 1):
            words = [w.text for w in doc[s:end]]
            if not doc[s].is_title or not abbreviates(acr, " ".join(words)):
                continue
            lower = [w.lower() for w in words]
            head = next((lower[i - 1] for i in range(1, len(lower)) if lower[i] in {"in", "for", "of"}), lower[-1])
            if is_document(words) or head in _QUALIFICATION_HEADS or lower[-1] in _QUALIFICATION_HEADS:
                out[acr] = " ".join(words)
            break
    return out | _known_as_things(doc)


def _lower_case_full_form(doc: Doc, end: int, acr: str) -> str | None:
    """The lower-case words ending at token `end` that the acronym spells, all of them: a
    common noun's acronym (a material, a tax, a condition), never a body's name, which is
    capitalised. None when the words before are not such."""
    start = end
    while start > 0 and end - start < len(acr) + _MAX_SMALL_WORDS and doc[start - 1].is_lower and doc[start - 1].is_alpha:
        start -= 1
    for s in range(start, end - 1):
        words = doc[s:end].text
        if all(w[0].lower() == w[0] for w in words.split()) and abbreviates(acr, words) \
                and len([w for w in words.split() if w not in _SMALL_WORDS]) == len(acr):
            return words
    return None


def _known_as_things(doc: Doc) -> dict[str, str]:
    """"reinforced autoclaved aerated concrete, known as RAAC": {acronym: the lower-case words
    it stands for}."""
    out: dict[str, str] = {}
    for k in word_positions(doc).get("known", ()):
        if k + 2 >= len(doc) or doc[k + 1].lower_ != "as" or not is_short_form(doc[k + 2].text):
            continue
        end = k - 1 if k > 0 and doc[k - 1].text == "," else k
        thing = _lower_case_full_form(doc, end, doc[k + 2].text)
        if thing is not None:
            out[doc[k + 2].text] = thing
    return out


# A body's own boards and people after its acronym: "the HVLT Board", "HVLT Trustees".
_PARTS = {"board", "trustees", "trustee", "governors", "directors", "executive", "team", "central", "leadership",
          "committee", "finance", "staff", "members", "cabinet"}


def defined_over_known(doc: Doc, ents: list[Span], short_forms: dict[str, str]) -> list[Span]:
    """Uses of an acronym the text defines that carry a gazetteer body's name (a use before
    the definition: "WCAT (Westcombe Community Academy Trust)" when the gazetteer knows another
    WCAT) become the text's body, and so does the acronym before the body's own board or
    people ("the HVLT Board", "HVLT Trustees"). Names the text gave itself are left."""
    mine = set(short_forms.values())
    out = []
    for e in ents:
        if e.label_ == "ORG" and len(e) > 1 and e[0].text in short_forms and e.kb_id_ not in mine \
                and all(t.lower_ in _PARTS for t in e[1:]):
            # "the HVLT Board": the trust's board is the trust
            e = Span(doc, e.start, e.start + 1, label="ORG", kb_id=short_forms[e[0].text])
        canonical = short_forms.get(e.text)
        if e.label_ == "ORG" and len(e) == 1 and canonical and e.kb_id_ not in mine | {"", e.text}:
            e = Span(doc, e.start, e.end, label="ORG", kb_id=canonical)
        out.append(e)
    return out
