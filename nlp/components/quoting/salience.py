"""Pronouns by salience: he/she resolved to the most salient earlier person of their gender,
it/they/we to the latest organisation or group speaking (the passage's current speaker
first: group_pronouns.py). `Salience` extends `GroupPronouns` (group_pronouns.py, on
`Persons`, persons.py); `SpeakerFinder` (speakers.py) calls `_pronoun`."""
from __future__ import annotations

from spacy.tokens import Span, Token

from nlp.components.lexicon import FEMALE_NAMES, MALE_NAMES, ROLE_WORDS, SPOKES_NOUNS
from nlp.components.orgs import org_for_span
from nlp.components.quoting.context import _SUBJ_DEPS, MISPARSED_SUBJ_DEPS, Speaker, body_start
from nlp.components.quoting.first_names import first_name_subject
from nlp.components.quoting.locality import nickname, paragraph_antecedent, pronoun_continued
from nlp.components.quoting.group_pronouns import GroupPronouns
from nlp.components.quoting.persons import (BRACKET_LOOKBACK_TOKENS, SALIENCE_WINDOW_SENTENCES, UNNAMED_LOOKBACK_TOKENS,
                                            looks_like_name, people_at_tokens)
from nlp.components.quoting.not_names import not_a_name
from nlp.components.quoting.story_subject import story_subject
from nlp.components.quoting.role_mentions import role_mention
from nlp.components.quoting.unnamed import anonymous_goes_on, unnamed_goes_on, unnamed_subject_goes_on
from nlp.components.quoting.replies import replier
from nlp.components.quoting.they import spokesperson_pronoun
from nlp.components.quoting.words import PRONOUN_AGREEMENT, is_cue

# A gender guessed from the text's pronouns (not known from the name) that disagrees costs
# this much salience rather than ruling the person out, so such a person is chosen only
# when nobody else can be meant, and as a contested choice: "Rosa Albright, whose son ...,
# said he had missed four days" votes her male, and she is still the only one who can be
# "she".
GUESSED_GENDER_COST = 10.0
# A name the entity model missed (a proper-noun subject of a speech verb) is a he/she
# candidate when found within UNNAMED_LOOKBACK_TOKENS (persons.py), and its choice is never clear.
UNNAMED_MARGIN = 0.0
# Entity types that are not a person speaking.
NOT_PERSON_ENTITIES = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})
# Salience of earlier mentions for he/she (scores are relative; set on PolNeAR half A; a
# mention counts within SALIENCE_WINDOW_SENTENCES, persons.py):
# what a mention's role is worth: the subject of a speech verb or "according to X",
SPEAKER_BONUS = 2.0
# (not in a clause opened by one of these: "..., though X had written to ..."),
CONCESSIVE_MARKS = frozenset("though although whereas while".split())
# a subject of another verb,
SUBJECT_BONUS = 1.0
# a possessive ("Obama's policies"),
POSSESSIVE_BONUS = -0.5
# the cost of each sentence between the mention and the pronoun,
DISTANCE_COST = 0.75
# and the bonus of the speaker of the latest attributed quote.
CURRENT_SPEAKER_BONUS = 1.0
# and the bonus of a person the text introduces in the narrative sentence before the
# pronoun's (or in its own), named there for the first time as a subject or with a role in apposition
# ("Jo Bell, who lives next door, was up all night ... “...,” she said"): a story names a new
# person right before quoting them.
NEWCOMER_BONUS = 1.5
NEWCOMER_MAX_SENTENCES = 1
# Verbs whose speech-verb complement was not spoken ("declined to comment").
NOT_SPEAKING = frozenset({"decline", "refuse", "fail", "forget"})


class Salience(GroupPronouns):
    def _mention_bonus(self, span: Span) -> float:
        root = span.root
        while root.dep_ in {"compound", "appos", "flat"} and root.head.i != root.i:
            root = root.head
        # "Cllr Jo Bell (Lib Dem, Ward), who ..., said" parsed with the party as the subject:
        # the name is the subject the bracket stands for
        root = self._bracket_subject(span) or root
        if root.dep_ in _SUBJ_DEPS:
            conceded = root.head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS
                                                          for c in root.head.children)
            # (a speaker set aside in a concessive clause, "though X had written ...", or in a
            # relative clause describing a noun, "a condition that X insisted on", is not the
            # one the sentence reports speaking)
            described = root.head.dep_ == "relcl"
            # ("rose to speak", "went on to say": the speech verb under the subject's own)
            speaks = is_cue(root.head) or root.head.lemma_ not in NOT_SPEAKING and any(
                c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB" and is_cue(c) for c in root.head.children)
            return SPEAKER_BONUS if speaks and not conceded and not described else SUBJECT_BONUS
        if root.dep_ in MISPARSED_SUBJ_DEPS and root.i < root.head.i and is_cue(root.head) \
                and not any(c.dep_ in _SUBJ_DEPS and (c.i < root.i or c.pos_ != "NOUN") for c in root.head.children):
            # "Robin Pascoe, NEU district secretary, said" parsed with the role as the subject
            return SPEAKER_BONUS
        verb = next((c for c in root.children if c.dep_ == "acl" and c.i > root.i and c.tag_ in {"VBD", "VBN"}), None)
        if root.dep_ == "ROOT" and root.pos_ == "PROPN" and verb is not None:
            # "Sharon Ebdon, who has worked ..., watched from the gallery" parsed with the name
            # as the root and its verb as a clause of it: the name is the subject
            return SPEAKER_BONUS if is_cue(verb) else SUBJECT_BONUS
        if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
            return SPEAKER_BONUS
        if root.dep_ == "poss":
            return POSSESSIVE_BONUS
        return 0.0

    def _bracket_subject(self, span: Span) -> Token | None:
        """The subject the parser put inside the bracket right after the name `span`
        ("Cllr Jo Bell (Lib Dem, Ward) said": "Dem"), which stands for that name."""
        doc = self.doc
        if span.end >= len(doc) or doc[span.end].text != "(":
            return None
        for x in doc[span.end + 1:min(len(doc), span.end + BRACKET_LOOKBACK_TOKENS)]:
            if x.text == ")":
                return None
            if x.dep_ in _SUBJ_DEPS and self._bracketed_after_person(x) is not None:
                return x
        return None

    def _pronoun(self, t: Token) -> Speaker | None:
        """he/she: the most salient person of matching gender before the pronoun, outside
        quotes, within SALIENCE_WINDOW_SENTENCES: a mention scores by its role (the subject
        of a speech verb or "according to X" > a subject > another mention > a possessive)
        minus its distance in sentences; the speaker of the latest attributed quote (the
        passage's current speaker) gets a bonus. it/they/we: see _group_pronoun."""
        gender, plural = PRONOUN_AGREEMENT[t.lower_]
        if t.lower_ not in {"he", "she"}:
            return self._group_pronoun(t)
        here = self._sentence_index(t.i)
        scores, speech_at = self._person_scores(t, gender, here)
        if (named := role_mention(self, t, gender, here, SPEAKER_BONUS, DISTANCE_COST, SALIENCE_WINDOW_SENTENCES)):
            scores[named[0]] = max(scores.get(named[0], named[1]), named[1])  # "the judge said ...": the judge
        # a name the entity model missed, as the subject of a speech verb ("Bethany Ward, a
        # spokeswoman for ..., said ... “...,” she said"): a candidate of unknown gender
        unnamed = self._unnamed_speakers(t, here, set(people_at_tokens(self.doc)))
        for i, (score, span) in unnamed.items():
            scores[-1 - i] = (score, span.start_char)
        # the passage's current speaker: the latest attribution, unless someone else was
        # reported speaking since
        current = next(((pos, who) for pos, who in reversed(self.history) if pos < t.idx), None)
        if (now := self.speaking_since(t, current[0] if current else -1, gender)) is not None:
            return now.but(margin=UNNAMED_MARGIN)  # someone left unnamed reported speaking since
        if (by_job := spokesperson_pronoun(self, t) or unnamed_goes_on(self, current, t)
                or anonymous_goes_on(self, t) or unnamed_subject_goes_on(self, t)) is not None:
            return by_job.but(margin=UNNAMED_MARGIN)  # "A spokeswoman/a supply teacher ... said ... “...,” she said"
        if (first := first_name_subject(self, t, gender) or replier(self, t, gender)) is not None:
            return first  # "Year 11 pupil Jamal, 16, said ... “...,” he said"; "..., he replied"
        if current is not None:
            pos, who = current
            if all(at < pos for k, at in speech_at.items() if k != who.person):
                if who.person in scores:
                    best, s = scores[who.person]
                    scores[who.person] = (best + CURRENT_SPEAKER_BONUS, s)
                elif who.person is None and who.how == "phrase" and looks_like_name(who.speaker):
                    return who.but(how="pronoun", cue=None)  # a name the model read as an organisation
        if not scores:
            # no one of that gender named in the window: a passage of he/she quotes goes on
            # with its current speaker ("..., she yells ... “...,” she said")
            if current is not None and current[1].person is not None and current[1].how == "pronoun" \
                    and self._gender(current[1].person) in (None, gender):
                return current[1].but(cue=None, margin=0.0)
            return story_subject(self, t, gender)  # a profile's subject, named paragraphs back
        ranked = sorted(scores, key=lambda x: scores[x], reverse=True)
        k = ranked[0]
        margin = scores[k][0] - scores[ranked[1]][0] if len(ranked) > 1 else 10.0
        if (local := paragraph_antecedent(self, t, gender)) is not None and local in scores and local != k:
            return self.person_speaker(local, how="pronoun", margin=0.0)  # "For Kate, ... she says"
        if k < 0:
            span = unnamed[-1 - k][1]
            return Speaker(span.text, how="pronoun", margin=min(margin, UNNAMED_MARGIN))
        if self._gender(k) not in (None, gender):
            margin = 0.0  # chosen against the gender its pronouns suggest
        return self.person_speaker(k, how="pronoun", margin=margin)

    def _person_scores(self, t: Token, gender: str, here: int) -> tuple[dict[int, tuple[float, int]], dict[int, int]]:
        """Each person's best (salience, position) as the antecedent of he/she at t, and the
        position of each one's latest mention as a speech-verb subject. A mention inside the
        clause the pronoun is the subject of, with no quote between them, cannot be it
        ("Bush, he said, was ..." is not Bush speaking)."""
        scores: dict[int, tuple[float, int]] = {}
        speech_at: dict[int, int] = {}
        narrative_here = self._narrative_index(t.i)
        own_clause: set[int] = set()
        introduced: dict[int, tuple[float, int]] = {}  # newcomers' scores with NEWCOMER_BONUS
        if t.dep_ in _SUBJ_DEPS:
            # a parenthetical "he said" belongs to the clause it interrupts
            clause = t.head.head if t.head.dep_ == "parataxis" else t.head
            # (not a clause before the pronoun: "When Jo Bell joined, she expected ...")
            own_clause = {x.i for x in clause.subtree} - {x.i for c in clause.children if c.dep_ == "advcl"
                                                          and c.right_edge.i < t.i for x in c.subtree}
        # (an organisation of a known kind; "other" is often a hyphenated name the organisation
        # component misread: "Nadia Elmi-Hughes")
        organisations = {o["name"] for o in self.doc._.orgs or () if o["kind"] != "other"}
        for k, person in enumerate(self.doc._.people or ()):
            if person["gender"] is None and person["name"] in organisations or not_a_name(self.doc, person):
                continue  # a firm the people component also took for a person ("a national firm, Corvid Systems")
            cost = 0.0
            if self._gender(k) not in (None, gender):
                if person["gender"] is not None or self._stated_gender(k) is not None:
                    continue
                cost = GUESSED_GENDER_COST
            for s, e in self._mentions(k):
                if s >= t.idx or self.in_quote(s) or nickname(self.text, s, e):  # (not “Mrs Mac”)
                    continue
                span = self.doc.char_span(s, e, alignment_mode="expand")
                if span is None or span.root.i in own_clause and not self._quote_between(e, t.idx):
                    continue
                if narrative_here - self._narrative_index(span.start) >= SALIENCE_WINDOW_SENTENCES:
                    continue
                d = here - self._sentence_index(span.start)
                bonus = self._mention_bonus(span)
                if bonus >= SPEAKER_BONUS:
                    speech_at[k] = max(speech_at.get(k, -1), s)
                # narrative sentences since (not those going on about the person: "she has ...")
                told = narrative_here - self._narrative_index(span.start) - pronoun_continued(self, span, t, gender)
                if told <= NEWCOMER_MAX_SENTENCES and self._introduced_at(k, s, span, bonus, told):
                    introduced[k] = (bonus - DISTANCE_COST * d - cost + NEWCOMER_BONUS, s)
                score = (bonus - DISTANCE_COST * d - cost, s)
                scores[k] = max(scores.get(k, score), score)
        for k, score in introduced.items():
            # unless someone else is reported speaking after the introduction
            if all(at < score[1] for j, at in speech_at.items() if j != k):
                scores[k] = max(scores[k], score)
        return scores, speech_at

    def _introduced_at(self, k: int, s: int, span: Span, bonus: float, d: int) -> bool:
        """The mention at s is person k's first in the body outside quotes, as a subject or
        (in an earlier sentence than the pronoun) with a role in apposition ("Ann Lee,
        head of ..."); `d`: narrative sentences from the mention to the pronoun's."""
        body = body_start(self)
        if any(body <= m < s and not self.in_quote(m) for m, _ in self._mentions(k)):
            return False
        root = x = span.root
        while x.dep_ in {"appos", "compound"} and x.head.i != x.i:
            x = x.head
            if x.ent_type_ == "PERSON" and x not in span:
                return False  # a place or a name inside another person's phrase: "Jo Bell (Lab, Ward End)"
        return bonus >= SUBJECT_BONUS or d > 0 and (self._has_person_role(root) or root.dep_ == "appos")

    def _quote_between(self, start: int, end: int) -> bool:
        return any(start <= s < end for s, _ in self.quoted)

    def _unnamed_speakers(self, t: Token, here: int, named: set[int]) -> dict[int, tuple[float, Span]]:
        """Proper-noun subjects written as a person's name ("Reince Priebus spoke") before t,
        outside quotes and within the window, that no person row covers: token index ->
        (salience, the name as written)."""
        found: dict[int, tuple[float, Span]] = {}
        narrative_here = self._narrative_index(t.i)
        for x in reversed(self.doc[max(0, t.i - UNNAMED_LOOKBACK_TOKENS):t.i]):
            if x.dep_ not in _SUBJ_DEPS:
                continue
            if narrative_here - self._narrative_index(x.i) >= SALIENCE_WINDOW_SENTENCES:
                break
            d = here - self._sentence_index(x.i)
            if x.dep_ not in _SUBJ_DEPS or x.pos_ != "PROPN" or x.i in named or self.in_quote(x.idx) \
                    or self._bracketed_after_person(x) is not None:
                continue  # (a party or ward in a bracket after a name stands for the name)
            left = min((c.i for c in x.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < x.i), default=x.i)
            span = self.doc[left:x.i + 1]
            if any(w.i in named for w in span) or not looks_like_name(span.text):
                continue
            # the model's entity type counts unless it covers only part of the name ("Reince
            # [Priebus]ORG"), the name has a person's role in apposition, or it opens with a
            # known first name or is an organisation of no known kind ("Imogen Hartley-Vance")
            partly = len({w.ent_type_ for w in span}) > 1
            if x.ent_type_ in NOT_PERSON_ENTITIES and not partly and not self._has_person_role(x) \
                    and not self._name_read_as_org(span):
                continue
            bonus = SPEAKER_BONUS if is_cue(x.head) else SUBJECT_BONUS
            # (the name without a role capitalised before it: "Headteacher Neil Okoro disagrees")
            while span.start < x.i - 1 and span[0].lower_ in ROLE_WORDS:
                span = self.doc[span.start + 1:span.end]
            found[x.i] = (bonus - DISTANCE_COST * d, span)
        return found

    def _name_read_as_org(self, span: Span) -> bool:
        """A person's name the entity model read as an organisation: it opens with a known
        first name, or it ends in a double-barrelled surname and the organisation component
        found no kind for it ("Imogen Hartley-Vance"; "White House" stays an organisation)."""
        if span[0].lower_ in MALE_NAMES or span[0].lower_ in FEMALE_NAMES:
            return True
        org = org_for_span(self.doc, span.start_char, span.end_char)
        return org is not None and org["kind"] == "other" and org["name"] == span.text and "-" in span.text.split()[-1]

    @staticmethod
    def _has_person_role(x: Token) -> bool:
        """"Bethany Ward, a spokeswoman for ...": a name in apposition with a person's role
        is a person, whatever entity type the model gave it."""
        return any(c.dep_ == "appos" and (c.lower_ in ROLE_WORDS or c.lower_ in SPOKES_NOUNS) for c in x.children)
