"""Attributions that need no speech verb, for the attribution code (cues.py): a dash and a
name after a quote ("“...” ― Jo Bell"), a name before a colon ("Cllr Jo Bell: “...”"), an
utterance noun before a colon owned by a speaker ("Her warning to ministers: “...”"), and a
short clause before a colon about a named person ("Jo Bell was blunter: “...”")."""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS, ROLE_WORDS, SPOKES_NOUNS, TITLES
from nlp.components.org_patterns import _ORG_HEADS
from nlp.components.quoting.context import INDEFINITE_DETS, Speaker, unnamed_person_noun
from nlp.components.quoting.doers import FINITE_TAGS
from nlp.components.quoting.refers_back import UTTERANCE_NOUNS
from nlp.components.quoting.speakers import SpeakerFinder
from nlp.components.quoting.words import is_cue, puts_it_somewhere

DASHES = "―—–-"
# Longest clause (in words) before a colon whose subject introduces the quote without a
# speech verb ("Jo Bell is not satisfied:", "Our chair, Jo Bell, summed up the mood at
# our last meeting:", "X defended the package in a statement:").
COLON_CLAUSE_MAX_WORDS = 20
# A vox pop's signature after a dash in UK papers: 2-3 capitalised words, no title, role or body.
DASH_NAME_WORDS = (2, 3)
_NOT_NAME_WORDS = _ORG_HEADS | set(TITLES) | ROLE_WORDS
# Words opening a relative clause about a person, which a colon introduction's name phrase
# may carry ("Jo Bell, who teaches Year 4:").
RELATIVE_WHO = frozenset({"who", "whose"})
# Tags of the relative pronouns and determiners (who, whose, which) that may open one.
RELATIVE_TAGS = frozenset({"WP", "WP$", "WDT"})
# Longest verbless name phrase read as a speaker after a dash or before a colon.
NAME_PHRASE_MAX_TOKENS = 12
# Nouns that introduce a quote before a colon ("Her answer:", "A statement from X:").
INTRO_NOUNS = UTTERANCE_NOUNS | frozenset({"answer", "reply"})


def _relative_word(t: Token) -> bool:
    """A word opening a relative clause: "who", "whose" (RELATIVE_WHO), or any relative
    pronoun or determiner by its tag ("which")."""
    return t.lower_ in RELATIVE_WHO or t.tag_ in RELATIVE_TAGS


def _speaks_for_org(sp: Speaker) -> bool:
    """The speaker is an organisation (its name as both speaker and organisation) or an
    unnamed spokesperson of one."""
    if not sp.speaker_org:
        return False
    return sp.speaker == sp.speaker_org or any(w in SPOKES_NOUNS for w in sp.speaker.lower().split())


class Intros(SpeakerFinder):
    def _colon_clause_person(self, tokens: list[Token], start: int, end: int) -> Speaker | None:
        """"Jo Bell is not satisfied:", "Jo Bell was blunter:": the named person a clause
        before the colon is about (its subject), when it has no speech verb; a role the
        article gave a named person counts ("But the headteacher was more hopeful:")."""
        words = [t for t in tokens if t.is_alpha]
        if not words or len(words) > COLON_CLAUSE_MAX_WORDS:
            return None
        root = words[-1].sent.root
        if not self._inside(root, start, end):
            # (the parser ran the sentence on into the quote: the clause's own top verb)
            root = next((t for t in words if t.pos_ in {"VERB", "AUX"} and not self._inside(t.head, start, end)), root)
        if puts_it_somewhere(root):
            return None  # "The chair put it on hold at the meeting:": a thing put somewhere
        for sj in (c for c in root.children if c.dep_ == "nsubj" and self._inside(c, start, end)):
            person = self._person_in_subject(sj, start, end, root.i)
            found = self._person(person) if person is not None else None
            if found is None and sj.lower_ in ROLE_WORDS:
                found = self._speaker_from(sj, start, end, cue_i=root.i)
                found = found if found is not None and found.person is not None else None
            if found is not None:
                return found.but(how="colon-clause", cue=":")
        return None

    def _utterance_intro(self, tokens: list[Token]) -> Speaker | None:
        """"X is rolling out a new message: “...”", "Her warning to ministers: “...”": an
        utterance noun right before the colon, owned by a named person or organisation (its
        possessive, or the subject of the verb it is the object of)."""
        words = [t for t in tokens if t.is_alpha]
        noun = words[-1] if words else None
        if noun is None:
            return None
        if noun.lower_ not in INTRO_NOUNS:
            # "We've had a statement from X, which represents ...:", "More from the leader:"
            # (a relative clause about the issuer may follow the noun)
            noun = next((t for t in reversed(words) if t.lower_ in INTRO_NOUNS | {"more"} and t.i < noun.i
                         and any(c.dep_ == "prep" and c.lower_ == "from" for c in t.children)), None)
            if noun is None or not self._relative_after(noun, words):
                return None
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if noun.dep_ in {"dobj", "attr"} and noun.lower_ != "more":
            owners += [c for c in noun.head.children if c.dep_ == "nsubj" and c.lower_ not in {"we", "i"}]
        owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children if g.dep_ == "pobj"]
        for o in owners:
            sp = self._speaker_from(o, tokens[0].idx, tokens[-1].idx + len(tokens[-1]), cue_i=noun.i)
            # (or a role that names a person the article gave it: "More from the leader:"; or
            # an organisation read from a noun, or its unnamed spokesperson: "The trust has
            # sent us this statement:", "A council spokesperson has sent us this statement:")
            if sp and sp.speaker and (sp.how in {"name", "org"} or sp.person is not None or _speaks_for_org(sp)):
                return sp.but(cue=noun.text)
        return None

    def _document_intro(self, tokens: list[Token], start: int, end: int) -> Speaker | None:
        """"A post on the school's Facebook page: “...”", "A letter from the head to parents:":
        a verbless phrase before the colon headed by a document that names its issuer."""
        words = [t for t in tokens if not t.is_punct and not t.is_space]
        if not words or len(words) > NAME_PHRASE_MAX_TOKENS or any(t.pos_ in {"VERB", "AUX"} for t in words):
            return None
        inside = {t.i for t in words}
        heads = [t for t in words if t.head.i == t.i or t.head.i not in inside]
        if len(heads) != 1 or heads[0].lower_ not in DOCUMENT_NOUNS:
            return None
        found = self._document_speaker(heads[0], start, end, heads[0].i, 0)
        return found.but(cue=":", how="document") if found is not None and found.speaker else None

    @staticmethod
    def _relative_after(noun: Token, words: list[Token]) -> bool:
        """Only the noun's own phrase follows it before the colon: its "from X" and a relative
        clause about X, "a statement from the union, which represents cooks:"."""
        return all(w.i <= noun.i or noun.i in (a.i for a in w.ancestors) for w in words)

    def _named_in(self, tokens: list[Token], start: int, end: int) -> Speaker | None:
        """The person or organisation a verbless name phrase names."""
        if not tokens or len(tokens) > NAME_PHRASE_MAX_TOKENS or any(t.pos_ in {"VERB", "AUX"} for t in tokens):
            return None
        # (a person first: "Harebell Academy Trust chief executive Dr Peter Szabo" is Szabo)
        people = [t for t in tokens if t.ent_type_ == "PERSON"]
        for t in people or tokens:
            if t.ent_type_ in {"PERSON", "ORG"} or t.lower_ in SPOKES_NOUNS:
                head = t
                while head.head.i != head.i and head.head in tokens and head.dep_ in {"compound", "flat", "amod"}:
                    head = head.head
                sp = self._speaker_from(head, start, end, cue_i=-1)
                if sp and sp.speaker:
                    return sp
        return None

    def _dash_attribution(self, tokens: list[Token], start: int, end: int) -> Speaker | None:
        """“...” ― First Last (a dash and a name, no verb, right after the quote)."""
        lead = self.text[start:end].lstrip()
        if not lead[:1] in DASHES:
            return None
        named = [t for t in tokens if t.text not in DASHES and not t.is_punct or t.text in {".", "'s", "’s"}]
        stop = next((k for k, t in enumerate(named) if t.text == "." or t.pos_ in {"VERB", "AUX"}), len(named))
        # (a person described first: "– a secondary head on the Schools Forum" is the head,
        # not the forum named in the description)
        sp = self._unnamed_dash(named[:stop]) or self._named_in(named[:stop], start, end) \
            or self._untagged_dash_name(tokens)
        return sp.but(cue="―") if sp else None

    @staticmethod
    def _unnamed_dash(tokens: list[Token]) -> Speaker | None:
        """“...” – a teaching assistant at one of the trust's schools: a person the list of
        voices leaves unnamed, written with "a"/"an"/"one" (or with no article: "– mother of
        a Year 8 pupil") and a noun for a person, up to a relative clause ("– a cleaner who
        asked not to be named"); no name in the description ("– a parent, Jo Bell")."""
        cut = next((k for k, t in enumerate(tokens) if t.pos_ == "ADP" or t.lower_ in RELATIVE_WHO), len(tokens))
        described = tokens[:cut]
        if not described or len(tokens) > NAME_PHRASE_MAX_TOKENS or any(t.ent_type_ == "PERSON" for t in tokens):
            return None
        if len(described) > 1 and described[0].lower_ in INDEFINITE_DETS or len(described) == 1 and described[0].is_lower:
            head = described[-1]  # ("a teaching assistant at ...": assistant; "mother of ...": mother)
            end = next((tokens[k - 1] for k, t in enumerate(tokens) if k and t.lower_ in RELATIVE_WHO), tokens[-1])
            phrase = tokens[0].doc[tokens[0].i:end.i + 1].text
            return Speaker(phrase, how="phrase") if unnamed_person_noun(head) else None
        return None

    def _untagged_dash_name(self, tokens: list[Token]) -> Speaker | None:
        """“...” - Olwen Prys, who ... / - Olwen Prys of ...: a name the entity model missed."""
        words = [t for t in tokens if t.text not in DASHES]
        k = next((i for i, t in enumerate(words) if not (t.is_title and t.is_alpha) or t.lower_ in _NOT_NAME_WORDS
                  or t.ent_type_ in {"ORG", "GPE", "DATE"}), len(words))
        if DASH_NAME_WORDS[0] <= k <= DASH_NAME_WORDS[1] and (k == len(words) or words[k].lower_ in {",", ".", ";", "of"}):
            return Speaker(" ".join(t.text for t in words[:k]), how="name")
        return None

    def _colon_intro(self, tokens: list[Token], start: int, end: int) -> Speaker | None:
        """Name: “...” (a name, its title or party, then a colon, no verb). A name in capitals
        opening a paragraph is a transcript's speaker turn, which is handled by the caller."""
        if not self.text[start:end].rstrip().endswith(":"):
            return None
        sp = self._named_in([t for t in tokens if not t.is_punct], start, end) or self._named_before_who(tokens, start, end) \
            or self._named_before_participle(tokens, start, end)
        return sp.but(cue=":") if sp else None

    def _named_before_participle(self, tokens: list[Token], start: int, end: int) -> Speaker | None:
        """"- Cllr Bose, summing up for the cabinet: “...”": a person's name phrase and a
        participle phrase set off by a comma (no finite verb), which says what they were doing
        as they spoke."""
        cut = next((k for k in range(1, len(tokens)) if tokens[k - 1].text == "," and tokens[k].tag_ == "VBG"), None)
        if cut is None or any(t.tag_ in FINITE_TAGS for t in tokens[cut:]):
            return None
        return self._person_named_in(tokens[:cut], start, end)

    def _named_before_who(self, tokens: list[Token], start: int, end: int) -> Speaker | None:
        """"NEU rep Jo Bell, who teaches Year 4: “...”": a person's name phrase and a relative
        clause about them with no speech verb (else the verb attributes: "One cook, who did
        not want to be named, said:"); or about the body in their description ("Jo Bell,
        head of X School, which joined the trust in May: “...”")."""
        cut = next((k for k in range(1, len(tokens)) if _relative_word(tokens[k]) and tokens[k - 1].text == ","), None)
        if cut is None or any(is_cue(t) for t in tokens[cut:]):
            return None
        return self._person_named_in(tokens[:cut], start, end)

    def _person_named_in(self, tokens: list[Token], start: int, end: int) -> Speaker | None:
        """The person a name phrase before a comma names ("NEU rep Jo Bell"), if it names one."""
        named = [t for t in tokens if not t.is_punct]
        if not any(t.ent_type_ == "PERSON" for t in named):
            return None
        sp = self._named_in(named, start, end)
        return sp if sp is not None and sp.person is not None else None

