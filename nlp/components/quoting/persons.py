"""The people of one document as the quote code names them: a person's Speaker under the
fullest name the article gives, their gender (from the people component, a noun next to
them, or the text's pronouns) and their mentions (with a surname the entity model left
untagged). `Persons` extends `DocContext`; `GroupPronouns` (group_pronouns.py, it/they/we) extends it, and
`Salience` (salience.py, he/she) extends that."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from nlp.components.lexicon import FEMALE_NAMES, FIRST_NAMES, JUDGE_TITLES_BEFORE, MALE_NAMES, ROLE_HEADS, ROLE_WORDS, TITLES
from nlp.components.person_extent import hyphen_start, name_word
from nlp.components.quoting.context import DocContext, Speaker
from nlp.components.quoting.sentences import ABBREVIATIONS
from nlp.components.quoting.they import DECLARED_THEY
from nlp.components.quoting.words import FEMALE_NOUNS, MALE_NOUNS

_MALE_PRONOUNS = {"he", "himself"}
_FEMALE_PRONOUNS = {"she", "herself"}
# Pronouns agreeing with one gender more than the other by this many, in sentences naming
# only that person, give a person of unknown gender that gender.
GENDER_VOTE_LEAD = 1
# The gender of a person whose stated pronouns are they/them: agrees with neither he nor she.
NEITHER = "n"
# How far back a subject inside a bracket looks for the bracket's opening after a name.
BRACKET_LOOKBACK_TOKENS = 4
# How many sentences of narrative (not wholly quoted) back an earlier mention or speaker
# still counts for a pronoun (he/she: salience.py; it/they/we: group_pronouns.py).
SALIENCE_WINDOW_SENTENCES = 5
# How many tokens back a subject the entity model did not name (a proper noun speaking, a
# plural noun or an organisation) is looked for as a pronoun's antecedent.
UNNAMED_LOOKBACK_TOKENS = 200
# Entity types of words that are not part of a person's name before the surname.
NOT_PERSON_NAMES = frozenset({"GPE", "NORP", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL"})
# Entity types of a person's two-word name the model read as a place (not an organisation:
# firms are named after people, "Kingsley Napley").
MISREAD_PLACE_TYPES = frozenset({"GPE", "LOC", "NORP"})


def looks_like_name(text: str | None) -> bool:
    """Two or three capitalised words ("Eswar Prasad"), as a person's name is written."""
    words = (text or "").split()
    # (a double-barrelled surname counts as one word: "Imogen Hartley-Vance")
    return 2 <= len(words) <= 3 and all(p[:1].isupper() and p[1:].islower() for w in words for p in w.split("-"))


def _name_word(x: Token) -> bool:
    """A capitalised word of a person's name before the surname (a first name, an initial),
    not a title, an abbreviation or a role ("Mr", "Sen.", "President")."""
    word = x.lower_.rstrip(".")
    return x.dep_ == "compound" and x.tag_ == "NNP" and x.text[:1].isupper() and x.ent_type_ not in NOT_PERSON_NAMES \
        and word not in TITLES and x.lower_ not in TITLES and word not in ABBREVIATIONS \
        and word not in ROLE_WORDS and word not in ROLE_HEADS \
        and not _judge_title(x)


def _judge_title(x: Token) -> bool:
    """"Justice" in "Mr Justice Caldwell": part of a judge's title, no first name."""
    return x.text == "Justice" and x.i > 0 and x.nbor(-1).lower_.rstrip(".") in JUDGE_TITLES_BEFORE


def _misread_name_word(x: Token, last: Token) -> bool:
    """"Helen" in "Helen Mayhew-Jones" read as one place or organisation: a capitalised
    word opening the same entity as the surname `last`, and a known first name."""
    doc = x.doc
    # (a first name the lists lack, when the place is just the two words: "Kemi Adeyemi"
    # read as a place, the surname a person elsewhere)
    two_word_place = x.i == last.i - 1 and x.ent_type_ in MISREAD_PLACE_TYPES and x.is_title and not _judge_title(x) \
        and (last.i + 1 == len(doc) or doc[last.i + 1].ent_iob_ != "I")
    return x.ent_iob_ == "B" and x.ent_type_ in NOT_PERSON_NAMES | {"ORG"} and x.tag_ == "NNP" \
        and (x.lower_ in MALE_NAMES or x.lower_ in FEMALE_NAMES or two_word_place) \
        and all(y.ent_iob_ == "I" for y in doc[x.i + 1:last.i + 1])


def _misparsed_first_word(x: Token, last: Token) -> bool:
    """"Olu" in "Olu Babatunde chairs the forum", parsed as a noun subject of the surname read
    as a verb: a capitalised word of a name (not a common word, title, role or place) right
    before the surname `last` and hung on it."""
    return x.i == last.i - 1 and x.head.i == last.i and x.dep_ in {"nsubj", "compound"} and not _judge_title(x) \
        and x.pos_ in {"NOUN", "PROPN"} and x.is_title and x.is_alpha and not x.is_stop \
        and x.ent_type_ not in NOT_PERSON_NAMES | {"ORG"} and x.lower_ not in TITLES \
        and x.lower_ not in ROLE_WORDS and x.lower_ not in ROLE_HEADS and x.lower_ not in ABBREVIATIONS


def owned_name(t: Token) -> str | None:
    """"Moorland's Iain Sutherland": a first name the lists know and the surname t, after an
    organisation's possessive, as the entity model missed it: the name as written."""
    first = [c for c in t.children if c.dep_ == "compound" and c.i == t.i - 1 and c.tag_ == "NNP"]
    if t.tag_ != "NNP" or t.ent_type_ or not first or not any(c.dep_ == "poss" and c.ent_type_ == "ORG" for c in t.children):
        return None
    name = f"{first[0].text} {t.text}"
    return name if looks_like_name(name) and first[0].lower_ in FIRST_NAMES else None


def trailing_name(phrase: Span) -> str | None:
    """"Chair of governors Anil Choksi", "Green councillor Nasreen Akhtar", "Headteacher Neil
    Okoro": a phrase whose
    last two or three words are a name the entity model missed, after role words (a lower-case
    word or a title): the name alone."""
    k = phrase.end
    while k > phrase.start and (name_word(phrase.doc[k - 1]) or phrase.doc[k - 1].text == "-"
                                and not phrase.doc[k - 1].whitespace_):
        k -= 1
    name = phrase.doc[k:phrase.end]
    before = phrase.doc[k - 1] if k > phrase.start else None
    # (a role may be capitalised at the start of a sentence: "Headteacher Neil Okoro disagrees")
    if before is None or not (before.is_lower or before.lower_ in TITLES or before.lower_ in ROLE_WORDS) \
            or before.pos_ in {"ADP", "DET"} \
            or not 2 <= len(name.text.split()) <= 3:  # ("officer of Vale Academies": a body)
        return None
    return name.text


def people_at_tokens(doc: Doc):
    """Indices of the tokens inside a mention of one of doc._.people."""
    for person in doc._.people or ():
        for s, e in person["mentions"]:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                yield from range(span.start, span.end)

# Possessives that make a noun next to a name someone else ("whose son", "her husband").
RELATIVE_OWNERS = frozenset("whose his her their my our".split())


class Persons(DocContext):
    def _bracketed_after_person(self, t: Token) -> Token | None:
        """"Cllr Ibrahim Qureshi (Independent, Fenmoor North) said" parsed with the party as the
        subject: a subject inside a bracket that follows a name stands for that name."""
        doc = self.doc
        for k in range(t.i - 1, max(-1, t.i - BRACKET_LOOKBACK_TOKENS), -1):
            if doc[k].text == ")":
                return None
            if doc[k].text == "(":
                return doc[k - 1] if k > 0 and doc[k - 1].ent_type_ == "PERSON" else None
        return None

    def _person(self, t: Token) -> Speaker | None:
        for k, person in enumerate(self.doc._.people or ()):
            for s, e in person["mentions"]:
                if s <= t.idx < e:
                    return self.person_speaker(k)
        return None

    def person_speaker(self, k: int, **how) -> Speaker:
        """The Speaker of doc._.people[k] under the fullest name the article gives them: a
        row named by one word ("Clinton", from a headline) is the one other row whose name
        ends with that word ("Hillary Clinton"), else the word written out in full."""
        people = self.doc._.people or ()
        words = people[k]["name"].split()
        gender = people[k]["gender"]
        if len(words) == 1:
            fuller = [j for j, p in enumerate(people) if j != k and p["name"].endswith(" " + words[0])]
            if any(gender and people[j]["gender"] not in (None, gender) for j in fuller):
                # "Mrs Patel" after "Mr Anil Patel": another person, named as written
                person = people[k]
                return Speaker(person["name"], person["org"], person["role"] or None, k, **how)
            if len(fuller) > 1:
                # "Gillian Thorne" and "Jailing Thorne" (a court report's "Jailing Thorne, the
                # judge said"): the one whose first word is a known first name
                fuller = [j for j in fuller if people[j]["name"].split()[0].lower() in FIRST_NAMES] or fuller
            if len(fuller) == 1:
                k = fuller[0]
        person = people[k]
        return Speaker(self._fullest_name(person["name"], gender), person["org"], person["role"] or None, k, **how)

    def _fullest_name(self, name: str, gender: str | None = None) -> str:
        """A person known by one word ("Latimer", when the entity model missed "Hamish
        Latimer") is named as the article names them in full: the longest run of
        capitalised name words before that word, outside quotes, that are not titles or
        roles ("Mr", "Sen.", "President"), nor a first name of the other gender."""
        if len(name.split()) != 1:
            return name
        forms = set()
        for t in self.doc:
            # (a double-barrelled name is several tokens: "Moriarty-Clarke" ends at "Clarke")
            if not self.text.startswith(name, t.idx - len(name) + len(t.text)) or self.in_quote(t.idx) \
                    or not name.endswith(t.text):
                continue
            k = first_i = t.i - len(name[:len(name) - len(t.text)].replace("-", " - ").split())
            if first_i < 0 or self.doc[first_i].idx != t.idx - len(name) + len(t.text):
                continue
            while k > 0 and (_name_word(self.doc[k - 1]) or _misread_name_word(self.doc[k - 1], t)
                             or _misparsed_first_word(self.doc[k - 1], t)) \
                    and self.doc[k - 1].head.i in range(first_i, t.i + 1):
                k -= 1
            k = hyphen_start(self.doc, k)  # "Marie-Louise Okoro"
            first = self.doc[k].lower_
            other = FEMALE_NAMES if gender == "m" else MALE_NAMES if gender == "f" else frozenset()
            if k < t.i and first not in other:
                forms.add(self.doc[k:t.i + 1].text)
        longest = max(forms, key=len, default=name)
        # "Ann Ridley and her brother Paul Ridley": two people share the surname, keep it
        return longest if all(longest.endswith(" " + f) or f == longest for f in forms) else name

    def _gender(self, k: int) -> str | None:
        """The person's gender from the people component, else from the text: the he/his/him
        or she/her pronouns in sentences (outside quotes) where they are the only person
        named, when those agree by at least GENDER_VOTE_LEAD."""
        people = self.doc._.people or ()
        if not 0 <= k < len(people):
            return None
        if self._declares_they(k):
            return NEITHER  # "Sam, who uses they/them pronouns, says ...": not he, not she
        stated = self._stated_gender(k)
        if stated is not None:
            return stated
        known = people[k]["gender"]
        if known is not None:
            return known
        if self._genders is None:
            self._genders = self._text_genders()
        return self._genders.get(k)

    def _declares_they(self, k: int) -> bool:
        """A sentence naming the person (and no one else) states their pronouns as they/them."""
        if k not in self._they:
            spans = (self.doc.char_span(s, e, alignment_mode="expand") for s, e in (self.doc._.people or ())[k]["mentions"])
            self._they[k] = any(span is not None and DECLARED_THEY.search(span.sent.text) is not None
                                and all(x.ent_type_ != "PERSON" or x in span for x in span.sent) for span in spans)
        return self._they[k]

    def _gender_unstated(self, k: int) -> bool:
        """The text never states the person's gender: no gendered title or noun, no he/she
        in sentences naming only them (a first name alone is a guess)."""
        person = (self.doc._.people or ())[k]
        if any(TITLES.get(w) for w in (person["title"] or "").lower().split()):
            return False
        if self._genders is None:
            self._genders = self._text_genders()
        return self._stated_gender(k) is None and k not in self._genders

    def _stated_gender(self, k: int) -> str | None:
        """The gender a noun of the person's role or next to a mention states ("widow Terry
        Strada", "Jo Reed, a spokeswoman for ..."), when the nouns agree."""
        if k in self._stated:
            return self._stated[k]
        person = (self.doc._.people or ())[k]
        role = f"{person['role'] or ''} {person['title'] or ''}".lower().split()
        # (not a relative's noun in the role: "dropping her son off at school")
        words = {w for i, w in enumerate(role) if i == 0 or role[i - 1] not in RELATIVE_OWNERS}
        for s, e in person["mentions"]:
            span = self.doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                root = span.root
                # (not a relative: "Natalie Briggs, whose son Reuben attends ...")
                near = [c for c in root.children if c.dep_ in {"compound", "appos"}
                        and not any(g.dep_ == "poss" and g.lower_ in RELATIVE_OWNERS for g in c.children)]
                words.update(x.lower_ for x in near + ([root.head] if root.dep_ == "appos" else []))
        female, male = bool(words & FEMALE_NOUNS), bool(words & MALE_NOUNS)
        self._stated[k] = "f" if female and not male else "m" if male and not female else None
        return self._stated[k]

    def _text_genders(self) -> dict[int, str]:
        votes: dict[int, list[int]] = {}
        person_at = self.doc._.person_at or {}
        for sent in self.doc.sents:
            named = {person_at[t.idx] for t in sent if t.idx in person_at and not self.in_quote(t.idx)}
            if len(named) != 1:
                continue
            k = next(iter(named))
            m = sum(t.lower_ in _MALE_PRONOUNS for t in sent if not self.in_quote(t.idx))
            f = sum(t.lower_ in _FEMALE_PRONOUNS for t in sent if not self.in_quote(t.idx))
            v = votes.setdefault(k, [0, 0])
            v[0] += m
            v[1] += f
        return {k: ("m" if m > f else "f") for k, (m, f) in votes.items() if abs(m - f) >= GENDER_VOTE_LEAD}
    def _mentions(self, k: int) -> list[tuple[int, int]]:
        """The person's mentions, plus their surname standing alone where the entity model
        did not tag it ("Sanders praised her plan"), when no one else in the article has
        that surname."""
        if self._surnames is None:
            self._surnames = self._surname_mentions()
        return sorted(set(map(tuple, (self.doc._.people or ())[k]["mentions"])) | set(self._surnames.get(k, ())))

    def _surname_mentions(self) -> dict[int, list[tuple[int, int]]]:
        people = self.doc._.people or ()
        owners: dict[str, set[int]] = {}
        for k, person in enumerate(people):
            words = person["name"].split()
            if len(words) > 1:
                owners.setdefault(words[-1], set()).add(k)
        covered = set(people_at_tokens(self.doc))
        found: dict[int, list[tuple[int, int]]] = {}
        for x in self.doc:
            who = owners.get(x.text)
            if who and len(who) == 1 and x.i not in covered and x.pos_ in {"PROPN", "NOUN"}:
                found.setdefault(next(iter(who)), []).append((x.idx, x.idx + len(x.text)))
        return found
