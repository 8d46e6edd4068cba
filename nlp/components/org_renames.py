"""Renamed bodies the text states in words other than "formerly" (those are in
org_defined.py), for `newswatch_orgs` (nlp/components/orgs.py), found once every span has
its canonical name:

- "A – known until 2022 as the B –", "A (the B until 2022)": B is A's former name;
- "the A (AT), became B last year", "A has changed its name to B", "A rebranded as B", "A,
  which runs eight schools, will now be known as B": A is B's former name (not after "X and": two trusts that merged into B are bodies of their own);
- "Previously known as the A, B now runs ...": A is B's former name;
- "A, which rebranded from B", "A, the former B,", "A, formerly known as the B,", "A, the
  Hallby-based trust that was called B until 2022", "A, which runs schools in C and D, was
  known until 2021 as the B": B is A's former name;
- "A, known as the B until 2019", "A, which until 2017 was named the B", "A began life as the
  B", "A was set up in 2013 as the B": B is A's former name;
- "It used to be called the B until it rebranded", "the trust, which began life in 2012 as
  the B": B is the former name of the trust the pronoun or "the trust" stands for, the
  latest trust-shaped name before it ("the Hallby trust": the latest Hallby ... Trust);
- "the school will be renamed B", "the school itself, renamed B when it converted": B is the
  new name of the latest school named before it whose name opens with the same word (a
  converting school keeps its place in its name); "the school, formerly B,": B its old name.

`renamed_bodies` returns {former canonical name: current canonical name}.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from nlp.components.org_former import APPOSED_BODY, RENAMED_FROM
from nlp.components.org_kinds import infer_kind
from nlp.components.org_short_forms import SHORT_FORM_REST, trust_shaped

_UNTIL = r"until (\d{4}|recently|last year|this year|\w+ \d{4})"
_KNOWN_UNTIL = re.compile(rf"^([,(–—-] )?((which|who) )?((was|had been) )?(itself )?(known|called|named) {_UNTIL} as$")
# "A was known as B (until 2021)", "A, which had been called B": B is A's former name
_WAS_KNOWN = re.compile(r"^,? ?((which|who) )?(was|had been) (itself )?((previously|formerly|once|originally) )?"
                        r"(known as|called|named)$"
                        r"|^, (previously|formerly) (known as|called|named)$")  # "A, formerly known as the B,"
# "A, known as the B until 2019", "A, which until 2017 was named the B", "A, called the B until
# its merger": a name it went by until some time is a former name ("until" before or after B;
# without it, "A, known as AT," gives a short form)
_KNOWN_AS_UNTIL = re.compile(r"^, ((which|who) )?(?P<until>until [\w'’ -]{1,24} )?"
                             r"((was|had been)( known as| called| named)?|known as|called|named)$")
# The words right before the second of two names that say it is the first's former name ("A,
# whose old name was the B", "A was formerly the B", "A, the new name for the B") or its new
# name ("B is now called A", "B – now A –", "B, which renamed itself A"), whatever comes before them.
_FORMER_CUE = re.compile(r"\b(formerly|previously|originally|old name was|former name was|new name for|until recently|"
                         r"(began|started) life as|(rebranded|renamed) from)$")
_NEW_CUE = re.compile(r"\b(now|now (called|known as|named)|renamed( itself)?|rebranded( itself)?( as)?|became|"
                      r"changed its name to|new name is)$")
# Words that make two names two bodies: a merger, a takeover, a body run by another.
_TWO_BODIES = re.compile(r"\b(and|merg\w*|join\w*|absorb\w*|took|take|takes|taking|transfer\w*|sponsor\w*|part|run|"
                         r"runs|with|partner\w*)\b")
_NO_RENAME_KINDS = {"government", "council", "union"}
# What follows the first name when the rename is said of it: a comma, a bracket or a dash, or its verb.
_AFTER_FIRST_NAME = {",", "(", "–", "—", "is", "was", "has", "had", "now"}
# "A began life as the B", "A, which started out as the B,": B is A's first name
_BEGAN_AS = re.compile(r"^,? ?((which|who) )?((began|started) (life|out)|was (established|founded|set up|formed|created|"
                       r"launched|registered))( in \d{4})? as$")  # "A was established in 2013 as the B"
# "A, the Halbridge-based trust that was called B until last year": a longer apposition
_APPOSED_WAS_KNOWN = re.compile(r"^, " + APPOSED_BODY + r"(that|which|who) (was|had been) "
                                r"((previously|formerly|once|originally) )?(known as|called|named)$")
_BECAME = re.compile(r"^(\( [\w&]+ \) |\) )?,? ?((which|who) )?((has|have|had|was|is|will|would|is to|is due to|"
                     r"plans to|is set to|is being) )?((now|been|be|then|later|eventually|soon) )*"
                     r"(became|become|rebranded as|rebrands as|changed its name to|change its name to|"
                     r"changes its name to|renamed itself|renamed|(be|now) known as|take the name)$")
# "A, which rebranded from B", "A, the trust that was renamed from B", "A, the former B,": B is
# A's former name
_FROM = re.compile(r"^, " + APPOSED_BODY + RENAMED_FROM + r"$|^, the former$")
# "A, which runs eight schools in the valley, will now be known as B": the relative clause
# between the names is left out (a rename is still stated in a few words)
_RELATIVE = re.compile(r"^, (which|who) [^,()]{1,80} , ")
# before the former name: "Previously known as the B, A now runs ..."
_PREVIOUSLY = re.compile(r"\b(previously|formerly|once|originally) (known as|called|named)( the)?$")
# before a name: "It used to be called the", "the trust, which began life in 2012 as the"
_HEAD = r"\b(it|the (?:(?P<qualifier>[a-z][\w'’-]*) )?(trust|federation|partnership|chain|group|company|body|school))"
_WAS_CALLED = re.compile(
    _HEAD + r"( , which| , that| which| that| ,)? (itself )?"
    r"(used to be (called|known as)|(was|had been) ((formerly|previously|once|originally|itself) )?(called|known as|named)"
    r"|(began|started) (life|out)( in \d{4})? as|(was )?(known|called) " + _UNTIL + r" as"
    r"|was (formed|founded|set up|established|created)( in \d{4})? as"
    r"|((formerly|previously|once|originally) )?(known|called) as|(formerly|previously)( called| named)?)( the)?$")
# before a name: "The trust was renamed", "It now plans to become", "the trust, which will be
# known as": the name is the new name of the trust the pronoun or "the trust" stands for (not
# "the combined trust": two bodies merging are not one renamed)
_WILL_BE = re.compile(
    _HEAD + r"( itself)?( , which| which| ,)? ((now|then|later|soon|also) )?((will|would|is to|is due to|plans to|is set to|"
    r"is going to|has|was|is being) )?((now|then|later|soon) )?(be renamed|renamed|be known as|become|"
    r"change its name to|changed its name to|take the name|be called|rebrand as|rebranded as)( the)?$")


def _trust_shaped(name: str) -> bool:
    """A trust's name, or one ending as trusts' names do ("Brackley Education"); never a
    government department's ("Department for Education") or a council's."""
    return infer_kind(name) not in {"government", "council", "union"} and trust_shaped(name)


def _short_form_of(word: str, name: str) -> bool:
    """"castlegate" of Castlegate Academy Trust (the rest generic words), not of Castlegate Moorside Learning."""
    words = name.lower().split()
    return words[:1] == [word] and all(w in SHORT_FORM_REST for w in words[1:])


def _words(doc: Doc, start: int, end: int) -> str:
    return " ".join(t.lower_ for t in doc[start:end] if not t.is_space)


def _in_relative_clause(doc: Doc, start: int) -> bool:
    """Whether the name at `start` closes a relative clause ("which runs 17 schools across
    Wealdmoor and Calderbrook"): "which" or "who" comes before it in its sentence, with no
    comma or bracket in between."""
    k = start - 1
    sent_start = doc[start].sent.start
    while k >= sent_start and doc[k].text not in {",", "(", "–", "—"}:
        if doc[k].lower_ in {"which", "who"}:
            return True
        k -= 1
    return False


def _former_after(doc: Doc, between: str, b: Span) -> bool:
    """"A, which rebranded from B": B is A's former name; "A, the former B" too when B is a
    trust's name that ends its clause (not "the former B chief executive")."""
    hit = _FROM.match(between)
    if hit is None or not _trust_shaped(b.kb_id_):
        return False
    return not between.endswith("the former") or b.end == len(doc) or doc[b.end].text in {",", ".", ";", ")"}


def _known_until(doc: Doc, between: str, b: Span) -> bool:
    """"A, known as the B until 2019": the words between the names say A was known as B, and
    "until" comes before B or right after it."""
    hit = _KNOWN_AS_UNTIL.match(between)
    return hit is not None and (hit.group("until") is not None or _words(doc, b.end, b.end + 1) == "until")


# A sentence of a guide's entry that gives only a former name: "Formerly the B.", "Previously known as B."
_ENTRY_FORMER = re.compile(r"^(formerly|previously|until (\d{4}|recently))( known as| called| named)?( the)?$")


def _entry_former_names(doc: Doc, orgs: list[Span]) -> list[tuple[Span, Span]]:
    """(B, A) for a sentence made of a former name B alone ("Formerly the B.") after a
    sentence of the same paragraph that opens with the name A ("A – 9 schools.")."""
    pairs = []
    for i, b in enumerate(orgs):
        sent = doc[b.start].sent
        if not _ENTRY_FORMER.match(_words(doc, sent.start, b.start)) or b.end >= len(doc) or doc[b.end].text != "." \
                or sent.start == 0 or doc[sent.start - 1].is_space and "\n" in doc[sent.start - 1].text:
            continue
        previous = doc[sent.start - 1].sent
        a = next((e for e in orgs[:i] if previous.start <= e.start and _opens_sentence(doc, e)), None)
        if a is not None and a.kb_id_ != b.kb_id_ and _rename_cue(", formerly", a, b) == "former":
            pairs.append((b, a))
    return pairs


def _rename_cue(between: str, a: Span, b: Span) -> str | None:
    """"former" when the words between the names `a` and `b` end saying b is a's former name,
    "new" when they end saying b is its new name; None otherwise, or when they tell of two
    bodies or the names are a council's, a union's or a department's."""
    if _TWO_BODIES.search(between) or {infer_kind(a.kb_id_), infer_kind(b.kb_id_)} & _NO_RENAME_KINDS \
            or between.split(" ")[0] not in _AFTER_FIRST_NAME \
            or (infer_kind(a.kb_id_) == "school") != (infer_kind(b.kb_id_) == "school"):
        return None  # not "Lowmoor-based trust that rebranded from B": a place, not the body
    if between[:1] not in {",", "(", "–", "—"} and a.root.dep_ in {"dobj", "pobj"}:
        return None  # "The trust that runs A has changed its name to B": A is not renamed
    if _FORMER_CUE.search(between):
        return "former"
    return "new" if _NEW_CUE.search(between) else None


def _coordinated(doc: Doc, a: Span, orgs: list[Span]) -> bool:
    """Whether the name `a` follows "and" (or "and the") joining it to another name: "X and A
    merged to become B" names two bodies. After a clause ("Y will then close, and A will change
    its name to B"), the "and" joins sentences, not names."""
    k = a.start - 1
    if k > 0 and doc[k].lower_ == "the":
        k -= 1
    if k < 0 or doc[k].lower_ not in {"and", "&"}:
        return False
    if k > 0 and doc[k - 1].text == ",":
        # "X, Y, and A" is a list; "... close, and A" and "W became X, and A" join clauses
        return any(e.end == k - 1 and not _object_of_verb(doc, e) for e in orgs)
    return True


def _object_of_verb(doc: Doc, e: Span) -> bool:
    """The name comes right after a verb ("became X"): it ends a clause, not an item of a list."""
    return e.start > 0 and doc[e.start - 1].pos_ in {"VERB", "AUX"}


# How far a relative clause between two names may run: "A, which runs 16 schools in B and C, was known until 2021 as D".
_CLAUSE_REACH = 16


def _across_relative_clauses(doc: Doc, orgs: list[Span]) -> list[tuple[Span, Span]]:
    """(A, D) for "A, which runs 16 schools in B and C, was known until 2021 as D": the names
    inside the clause (B and C) stand between A and the name after the clause."""
    pairs = []
    for k, a in enumerate(orgs):
        if a.end + 1 >= len(doc) or doc[a.end].text != "," or doc[a.end + 1].lower_ not in {"which", "who"}:
            continue
        reach = range(a.end + 2, min(len(doc), a.end + _CLAUSE_REACH))
        close = next((j for j in reach if doc[j].text in {",", ".", ";"}), None)
        inside = [e for e in orgs[k + 1:] if close is not None and e.start < close]
        after = [e for e in orgs[k + 1:] if close is not None and e.start > close]
        if inside and after and doc[close].text == ",":
            pairs.append((a, after[0]))
    return pairs


# How many sentences back "the trust" may find the body it stands for as a sentence's topic.
_TOPIC_SENTENCES = 3
_NOT_TRUST_KINDS = {"government", "council", "union", "school"}


def _opens_sentence(doc: Doc, e: Span) -> bool:
    return e.start == e.sent.start or doc[e.start - 1].is_space or doc[e.start - 1].lower_ == "the" \
        and e.start - 1 == e.sent.start


def _topic_trust(doc: Doc, before: list[Span], b: Span) -> Span | None:
    """The body "the trust" stands for when a text names another trust in passing between:
    the latest trust named as a sentence's subject or opening ("A, which runs B, will transfer
    it to C. Until 2019 the trust was called D": A, not C), in the last few sentences. A name
    that does not read as a trust's counts when it opens the sentence just before ("Corvus (6
    schools): ... The trust, formerly known as D, ..."), its kind not another body's."""
    sent = doc[b.start].sent
    first = sent.start
    for _ in range(_TOPIC_SENTENCES):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    previous = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for a in reversed(before):
        if a.start < first:
            break
        if a.kb_id_ == b.kb_id_ or not (_opens_sentence(doc, a) or a.root.dep_ in {"nsubj", "nsubjpass"}):
            continue
        if _trust_shaped(a.kb_id_) or a.start >= previous and _opens_sentence(doc, a) \
                and infer_kind(a.kb_id_) not in _NOT_TRUST_KINDS:
            return a
    return None


def _apposed_to(doc: Doc, before: list[Span], comma: int) -> Span | None:
    """The name "the trust" is set beside after the comma at `comma` ("Kestrel (12 schools), the
    trust formerly known as B"): the organisation ending right before it, or before a bracket
    closed there; None when the name there is untagged."""
    k = comma
    if k > 0 and doc[k - 1].text == ")":
        k -= 1
        while k > 0 and doc[k].text != "(" and not doc[k].is_sent_start:
            k -= 1
    return next((a for a in before if a.end == k), None)


def renamed_bodies(doc: Doc, ents: list[Span]) -> dict[str, str]:
    orgs = sorted((e for e in ents if e.label_ == "ORG" and e.kb_id_), key=lambda e: e.start)
    out: dict[str, str] = {}
    for a, b in list(zip(orgs, orgs[1:])) + _across_relative_clauses(doc, orgs):
        if a.kb_id_ == b.kb_id_ or b.start - a.end > 24:
            continue
        between = _words(doc, a.end, b.start)
        if between.startswith(",") and _in_relative_clause(doc, a.start):
            continue  # "A, which runs schools across B and C, will be known as D": B and C are not renamed
        clause = _RELATIVE.match(between)
        if clause is not None:
            between = ", " + between[clause.end():]
        elif b.start - a.end > 8 and not _APPOSED_WAS_KNOWN.match(between.removesuffix(" the")):
            continue  # as in former_name_of: a rename is stated in a few words between the names
        if between.endswith(" the"):
            between = between[:-4]
        if between in {"(", "( the"} and _words(doc, b.end, b.end + 3).startswith("until "):
            out.setdefault(b.kb_id_, a.kb_id_)  # "A (the B until 2022)": B was A's name
        elif between == "," and _PREVIOUSLY.search(_words(doc, max(0, a.start - 5), a.start)):
            out.setdefault(a.kb_id_, b.kb_id_)
        elif _KNOWN_UNTIL.match(between) or _WAS_KNOWN.match(between) or _APPOSED_WAS_KNOWN.match(between) \
                or _former_after(doc, between, b) or _known_until(doc, between, b) \
                or _BEGAN_AS.match(between) and _trust_shaped(b.kb_id_):
            out.setdefault(b.kb_id_, a.kb_id_)
        elif (cue := _rename_cue(between, a, b)) is not None and not _coordinated(doc, a, orgs) \
                and doc[a.start].sent.start == doc[b.start].sent.start:
            former, current = (b, a) if cue == "former" else (a, b)
            out.setdefault(former.kb_id_, current.kb_id_)  # "A, whose old name was the B"; "B – now A –"
        elif _BECAME.match(between) and not _coordinated(doc, a, orgs) \
                and (between[:1] in {",", "(", ")"} or a.root.dep_ not in {"dobj", "pobj"}):
            # not the object in "The trust that runs A has changed its name to B" (but "into A,
            # which will then be renamed B")
            out.setdefault(a.kb_id_, b.kb_id_)
    for i, b in enumerate(orgs):
        before = _words(doc, max(0, b.start - 12), b.start)
        hit = _WAS_CALLED.search(before)
        renamed = hit is None and (hit := _WILL_BE.search(before)) is not None
        school = hit is not None and hit.group(3) == "school"  # "the school will be renamed B": a school's new name
        # a new name may be a brand of any shape ("The trust, renamed Brightway in 2021")
        brand = renamed and infer_kind(b.kb_id_) not in _NO_RENAME_KINDS | {"school"}
        if hit is None or not (infer_kind(b.kb_id_) == "school" if school else _trust_shaped(b.kb_id_) or brand) \
                or " ".join(b.text.split()) != b.kb_id_ and not renamed:
            continue  # "The trust, known as SCCAT": a short form given to its body already, no former name
        head = hit.group(3)
        qualifier = hit.group("qualifier")  # "the Castlegate trust": a body whose name opens with Castlegate
        sent_start = doc[b.start].sent.start
        limit = doc[sent_start - 1].sent.start if sent_start > 0 else 0
        topic = _topic_trust(doc, orgs[:i], b) if head in {"trust", "group", "body", "company"} and qualifier is None \
            else None
        comma = b.start - len(before[hit.start():].split()) - 1
        if head is not None and before[:hit.start()].rstrip().endswith(",") and comma > 0 and doc[comma].text == ",":
            topic = _apposed_to(doc, orgs[:i], comma)  # "A (12 schools), the trust formerly known as B": A or none
            if topic is None:
                continue
        for a in ([topic] if topic is not None else reversed(orgs[:i])):
            if a.kb_id_ == b.kb_id_:
                continue
            if head is None and a.start < limit:
                break  # "it": the latest name in this sentence or the one before
            if school:
                if infer_kind(a.kb_id_) != "school" or a.kb_id_.split()[:1] != b.kb_id_.split()[:1]:
                    continue  # a school converting keeps its place: "Fernby Primary School" -> "Fernby Primary Academy"
                former, current = (a, b) if renamed else (b, a)
                out.setdefault(former.kb_id_, current.kb_id_)
                break
            if qualifier is not None and not _short_form_of(qualifier, a.kb_id_):
                continue
            if a is topic or _trust_shaped(a.kb_id_) and (head in {None, "trust", "chain", "group", "body", "company"}
                                                          or a.kb_id_.lower().endswith(head)):
                if renamed:
                    out.setdefault(a.kb_id_, b.kb_id_)  # "The trust was renamed B": B is its name now
                else:
                    out.setdefault(b.kb_id_, a.kb_id_)
                break
    for former, current in _entry_former_names(doc, orgs):
        out.setdefault(former.kb_id_, current.kb_id_)  # "Rivermoor Academies – 9 schools. Formerly the B."
    # a chain (A -> B -> C) ends at the current name; never a cycle
    for former in list(out):
        seen = {former}
        while out[former] in out and out[former] not in seen:
            seen.add(out[former])
            out[former] = out[out[former]]
        if out[former] == former:
            del out[former]
    return out
