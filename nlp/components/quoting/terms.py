"""Quoted words that are not speech: titles of works, names of schemes and things, terms,
grades and scare quotes. `Terms` extends `Intros` (intros.py); `Attribution` (cues.py)
extends it and asks `_is_title_of_work` and `_is_speech_partial` before attributing."""
from __future__ import annotations

import re

from nlp.components.lexicon import LABEL_CUES, TITLE_MARKERS
from nlp.components.quoting.context import heads_inside, tokens_in, words_inside
from nlp.components.quoting.crowd_names import NAMING_VERB_FORMS, crowd_name
from nlp.components.quoting.intros import UTTERANCE_NOUNS, Intros
from nlp.components.quoting.outside_modifiers import modified_outside
from nlp.components.quoting.process_labels import process_label
from nlp.components.quoting.words import ALL_CUE_WORDS, is_cue

_TITLE_VERBS = {"titled", "entitled", "headlined"}
# A story's date after its quoted headline in brackets: "(‘Parents fear for dinners’, March 6)".
CITED_DATE = re.compile(r"\s*,\s*(\d{1,2}\s+)?(January|February|March|April|May|June|July|August|September|October"
                        r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b[^)]{0,20}\)")
# A quoted word or three after these verbs is a grade or rating, not speech.
GRADE_VERBS = frozenset("rated graded judged rating grading".split())
GRADE_MAX_WORDS = 3
# How far before the quote a grading word is looked for: words, and characters to read.
GRADE_WORD_WINDOW = 4
GRADE_WORD_WINDOW_CHARS = 40
# Dependencies of a word that names the noun after it ("the grading structure"), not a grade.
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod"})
# An inspectorate's grades: quoted on their own in a story about an inspection ("found that
# the quality of education was ‘good’", "said the sixth form “requires improvement”") they
# are the grade, not words said (with a labelling verb, "described the monitoring as
# “inadequate”", they are the speaker's).
INSPECTION_GRADES = frozenset({"outstanding", "good", "requires improvement", "inadequate", "special measures",
                               "serious weaknesses"})
_INSPECTION_STORY = re.compile(r"\b(Ofsted|Estyn|inspectors?|inspection|inspectorate)\b")
# Verbs that file something under a category: "categorised as ‘non-urgent’" is a label.
CATEGORY_VERBS = frozenset("""categorised categorized classified classed coded logged flagged marked listed
    recorded registered graded""".split())
# Longest quoted phrase read as a term when a dash after it explains it.
GLOSSED_MAX_WORDS = 3
# Longest quoted noun phrase read as a name when it modifies the noun after it.
TERM_MODIFIER_MAX_WORDS = 4
# Nouns of a thing that has a name ("a ‘grow our own’ scheme", "a “lessons learned” review",
# "a 'three-touch' marking system"): a quoted phrase of two words or more (or a hyphenated
# word) right before one names it, whatever its own words are (a quoted adjective before
# another noun stays speech: a ‘shambolic’ contract).
NAMED_THING_NOUNS = frozenset("""scheme schemes system systems review reviews policy policies programme programmes
    program programs model models initiative initiatives strategy strategies approach approaches project projects
    campaign campaigns fund funds hub hubs award awards pilot pilots framework frameworks package packages""".split())
# Share of capitalised content words from which a quoted stretch reads as a title.
TITLE_CASE_SHARE = 0.75
# Longest quoted stretch read as a word mentioned ("the word ‘closure’") or a name given
# ("what it calls a ‘hub and spoke’ model"), not speech.
MENTION_MAX_WORDS = 4
# "known (locally / to pupils) as “...”": a name.
_KNOWN_AS = re.compile(r"\bknown\b[\w\s’']{0,30}?\bas\W*$")
# "the word ‘closure’", "the phrase ‘back office’": a word mentioned, not words said.
_MENTION_BEFORE = re.compile(r"\b(the|a|that|this)\s+(word|phrase|term|expression)\W*$")
# "what ‘...’ (actually) means", "what is meant by ‘...’": words whose meaning is asked about.
_MEANS_AFTER = re.compile(r"\s*(actually\s+|really\s+|exactly\s+|even\s+)?(means?|meant)\b")
_MEANT_BY = re.compile(r"\bwhat\s+(is|was)\s+meant\s+by\W*$")
# A name given with its article outside the marks: an organisation's own name for its
# scheme, "what it calls a ‘smarter estates model’", "dubbed it the ‘super-trust’", "known
# in the sector as the “top-slice”" (with the article inside, "what she called ‘a postcode
# lottery’", the words are the speaker's; so are a person's, "what one councillor called a
# ‘heartbreaking’ set of responses").
_NAMING_BEFORE = re.compile(r"(\bwhat\s+it\s+(calls|called)|\b(dubbed|nicknamed)(\s+(it|them|him|her))?"
                            r"|\bknown\b[\w\s’']{0,30}?\bas)\s+(a|an|the)\s*$"
                            # a body's name for its own thing: "which the firm calls its ‘...’" (the
                            # UK sets: 5 of 5 not_quotes)
                            r"|\b(call|calls|called)\s+(its|their)\s*$")

# A name given with "the" outside the marks, whoever gives it: "what she calls the ‘open-door
# test’", "calls the spare budget line the ‘rainy day pot’", "dubbed the ‘summer of cones’"
# (the UK sets: 6 of 6 not_quotes; "a" outside, "what their chair calls a ‘takeover’", and
# "the" inside, "called support staff ‘the invisible workforce’", are the speaker's words).
_NAMED_THE_BEFORE = re.compile(r"\b" + NAMING_VERB_FORMS + r"\b[^.;:!?“”\"‘’]{0,50}?\bthe\s*$")


# A saying named before its words: "As the old saying goes, ‘...’", "the adage ‘...’" (no
# one's words; not the verb "saying ‘...’", which has no article).
SAYING_BEFORE = re.compile(r"\b(the|an?|that|this|his|her|their|its|our|my|\w+['’]s)\s+([\w’'-]+\s+){0,2}?"
                           r"(saying|adage|proverb|maxim)(\s+(goes|went|runs|ran|has\s+it|says))?\s*[:,]?\s*$", re.I)
# Nouns of a remark that a quoted phrase before them names ("his ‘they can walk’ comment"),
# and the shortest such phrase (a quoted adjective before them, a ‘robust’ statement, is speech).
REMARK_NOUNS = UTTERANCE_NOUNS | frozenset("claim claims pledge pledges promise promises jibe jibes quip quips".split())
REMARK_NAME_MIN_WORDS = 3
_REMARK_AFTER = re.compile(r"\s*([a-z]+)\b")
_OWNER_BEFORE = re.compile(r"\b(the|this|that|his|her|their|its|our|[\w-]+['’]s)\s*$", re.I)
# A quoted name of a thing ("offered “hardship grants”", "replace taxis with ‘personal
# travel budgets’"): two to four words, lower case, a noun compound (a noun modifying its
# head noun) made only of these parts of speech (and -ing forms: ‘learning walks’).
TERM_NP_MIN_WORDS, TERM_NP_MAX_WORDS = 2, 4
TERM_NP_PARTS = frozenset({"NOUN", "PROPN", "ADJ"})
# Dependencies by which a clause hangs on a verb as what the verb's subject decides or sets
# out to do ("the cabinet agreed to replace ..."), not as words the verb reports.
ACTION_COMPLEMENT_DEPS = frozenset({"xcomp"})
# Verbs by which a survey, a report or an inspection reports, beside the verbs of saying:
# "The survey found ‘significant water ingress’" gives the survey's words.
FINDING_LEMMAS = frozenset({"find", "identify", "highlight"})
REPORTING_WORDS = ALL_CUE_WORDS | FINDING_LEMMAS

# Prepositions that open an adverbial phrase ("supported the plan “in principle”", "would
# “of course” apologise"): such a phrase says how, it names nothing.
_ADVERBIAL_OPENERS = frozenset("in of on at by for with without under beyond".split())


def _lower_phrase(quoted: str) -> bool:
    """Words in lower case of more than two words ("as a matter of principle"), or a
    phrase opening with a preposition ("in principle"): what someone said about a thing,
    not its title, which British papers capitalise."""
    words = quoted.split()
    return quoted[:1].islower() and (len(words) > 2 or len(words) > 1 and words[0] in _ADVERBIAL_OPENERS)


def title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text)]
    if len(words) < 2:
        return False
    small = {"of", "and", "the", "for", "in", "on", "at", "to", "a", "an", "with", "by", "or"}
    if words[0] in small - {"the", "a", "an"}:
        return False  # "at or above the Real Living Wage": a title does not open with "at"
    content = [w for w in words if w.lower() not in small]
    return bool(content) and sum(w[0].isupper() for w in content) / len(content) >= TITLE_CASE_SHARE


class Terms(Intros):
    def _is_title_of_work(self, q, before: str, quoted: str, multi: bool) -> bool:
        """The title of a report, a campaign or a document, not speech: a quoted span right
        after "report", "strategy", "titled", "called" ... ("a study titled “…”"), or in
        Title Case with no verb ("the officers' report, “Land off Mill Lane: Highways Impact”")."""
        if multi:
            return False
        if before.rstrip().endswith("(") and q.after is not None and CITED_DATE.match(self.text, q.after):
            return True  # a letter citing the paper's story: "Your report ('Parents fear ...', March 6)"
        words = re.findall(r"[\w'’-]+", before.lower())
        # (not after a colon: "said in a letter seen by this paper: “...”" introduces speech)
        if quoted[:1].isupper() and (words and before[-1:].isspace() or before[-1:].isalpha()) \
                and not before.rstrip().endswith(":"):
            if words and (words[-1] in TITLE_MARKERS or words[-1] in _TITLE_VERBS
                          or words[-1] in {"called", "named"} and len(words) > 1 and words[-2] in TITLE_MARKERS):
                return True
        if title_case(quoted) and not quoted.rstrip().endswith((".", "!", "?", ",")):
            if not any(t.pos_ in {"VERB", "AUX"} for t in tokens_in(self.doc, q.start, q.end)):
                return True
        return False

    def _is_speech_partial(self, q, sent_start: int, quoted: str) -> bool:
        """Not a title, a name or scare quotes."""
        before = self.text[max(sent_start, q.segments[0].open - 40):q.segments[0].open].lower()
        words = re.findall(r"[\w'’-]+", before)
        if "so-called" in before[-15:] or "so called" in before[-15:] or _KNOWN_AS.search(before):
            return False  # a term: the so-called “...”, known as “...”
        if crowd_name(self.doc, self.text, sent_start, q.segments[0].open, quoted):
            return False  # a nickname: Staff call the early slot ‘the dawn patrol’
        if len(quoted.split()) <= MENTION_MAX_WORDS and (_MENTION_BEFORE.search(before) or _NAMING_BEFORE.search(before)
                                                        or self._meaning_asked(q, before)):
            return False  # the word ‘closure’; what it calls a ‘hub and spoke’ model
        if len(quoted.split()) <= MENTION_MAX_WORDS and _NAMED_THE_BEFORE.search(before) and self._names_noun(q):
            return False  # what she calls the ‘open-door test’
        if len(quoted.split()) <= GRADE_MAX_WORDS and (self._grade_word_before(q, sent_start) or self._graded(q)):
            return False  # a grade: rated the school “inadequate”
        if self._inspection_grade(q, sent_start, quoted):
            return False  # a grade: the report found that teaching was ‘good’
        if len(words) > 1 and words[-1] == "as" and words[-2] in CATEGORY_VERBS:
            return False  # a category: the job was logged as ‘non-urgent’
        # "a report called “…”", "the review, “…”", "its strategy “…”"; not the object of a
        # labelling verb ("called the scheme “a scandal”", "calls the plan ‘a false economy’")
        # (nor a phrase in lower case after the noun: "the motion 'as a matter of principle'")
        labelled = any(w in LABEL_CUES for w in words[-4:-1]) or _lower_phrase(quoted) or self._not_the_nouns(q, quoted)
        if words and not labelled and (words[-1] in TITLE_MARKERS or words[-1] in {"called", "named"} and len(words) > 1
                                       and words[-2] in TITLE_MARKERS):
            return False
        if title_case(quoted):
            return False
        # a short capitalised quotation inside a sentence is a name: the use of “We”
        words_in = quoted.split()
        # (a question or an exclamation is speech: chanted “What curfew?”; so is "described it as a “U-turn”")
        if len(words_in) <= 3 and quoted[:1].isupper() and words_in[0] not in {"I", "I'm", "I’m"} \
                and not quoted.rstrip().endswith(("?", "!")) and words[-2:] not in (["as", "a"], ["as", "an"]):
            return False
        if self._modifies_noun_after(q, words_in) or self._word_as_subject(q, words_in) \
                or self._glossed(q, words_in):
            return False
        if self._named_thing(q, words_in) or modified_outside(self.doc, q, quoted):
            return False  # replaced taxis with ‘personal travel budgets’; the trust's new ‘framework’: a term
        if len(q.segments) == 1 and process_label(words_inside(self.doc, q)):
            return False  # The trust calls it ‘efficiency’: a process named in scare quotes
        if self._names_remark(q, words_in, before):
            return False  # his ‘they can walk to school’ comment: words referred to
        # "“super-trusts”, a term the department rejects"
        if q.after is not None and re.match(r"[\s,]*(a|the)\s+(term|phrase|label|name|nickname|word)\b",
                                                 self.text[q.after:q.after + 40]):
            return False
        return True

    def _named_thing(self, q, words_in: list[str]) -> bool:
        """“the cabinet agreed to replace taxi journeys with ‘personal travel budgets’”, "a
        requirement for a ‘parking management plan’": a lower-case noun compound filling a
        slot of a clause no verb of saying reports names a thing, it is no one's words. Under a
        verb of saying ("said the firm had faced ‘cash-flow difficulties’") the words are the
        speaker's: the UK sets give such compounds 52 times as a quote and 20 as a term, by
        meaning, which syntax does not tell."""
        if len(q.segments) != 1 or not TERM_NP_MIN_WORDS <= len(words_in) <= TERM_NP_MAX_WORDS \
                or not words_in[0][:1].islower():
            return False
        inner = words_inside(self.doc, q)
        tops = [t for t in tokens_in(self.doc, q.start, q.end) if q.start <= t.idx < q.end
                and not t.is_punct and not q.start <= t.head.idx < q.end]
        if len(tops) != 1 or tops[0].pos_ != "NOUN" or not any(t.dep_ == "compound" for t in inner):
            return False
        if any(t.pos_ not in TERM_NP_PARTS and t.tag_ != "VBG" for t in inner):
            return False
        return not self._reported(tops[0])

    def _names_remark(self, q, words_in: list[str], before: str) -> bool:
        """“apologised for his ‘they can walk to school’ comment”: a quoted phrase between an
        owner ("the", "his", "the head’s") and a noun of a remark names words said before,
        it does not quote them here (the sets: 2 of 2 not_quotes)."""
        if q.after is None or len(q.segments) != 1 or len(words_in) < REMARK_NAME_MIN_WORDS \
                or self.text[q.end - 1:q.end] in {".", ",", "!", "?"}:
            return False
        m = _REMARK_AFTER.match(self.text, q.after)
        return m is not None and m.group(1) in REMARK_NOUNS and _OWNER_BEFORE.search(before) is not None

    def _reported(self, t) -> bool:
        """A verb of saying, labelling, judging or finding outside the quote reports the clause `t`
        is in: one of its heads, not reached through a to-infinitive of what its subject
        does ("agreed to replace ...")."""
        child = t
        for a in t.ancestors:
            if is_cue(a, REPORTING_WORDS) and not self.in_quote(a.idx) and child.dep_ not in ACTION_COMPLEMENT_DEPS:
                return True
            child = a
        return False

    def _names_noun(self, q) -> bool:
        """The quoted words end with a noun: a name ("the ‘rainy day pot’"), not a word
        about the noun after them ("the ‘rushed’ consultation")."""
        inner = words_inside(self.doc, q)
        return bool(inner) and inner[-1].pos_ in {"NOUN", "PROPN"} and len(q.segments) == 1

    def _grade_word_before(self, q, sent_start: int) -> bool:
        """A grading word among the last words before the quote ("rated the school ‘good’",
        "a rating of ‘good’"); not one that names another noun ("the grading structure is
        ‘not legally robust’": a compound or modifier of the noun after it)."""
        open_at = q.segments[0].open
        before = [t for t in tokens_in(self.doc, max(sent_start, open_at - GRADE_WORD_WINDOW_CHARS), open_at)
                  if t.idx < open_at and sent_start <= t.idx and not t.is_punct and not t.is_space]
        return any(t.lower_ in GRADE_VERBS and t.dep_ not in NOUN_MODIFIER_DEPS for t in before[-GRADE_WORD_WINDOW:])

    def _not_the_nouns(self, q, quoted: str) -> bool:
        """"said the review ‘vindicated’ members", "found out about the plan ‘third-hand’ and
        ...": lower-case words after a noun that takes titles, whose parse hangs them on
        something else (a verb of their own, another preposition), are no name of that noun."""
        inner = words_inside(self.doc, q)
        before = [t for t in tokens_in(self.doc, max(0, q.segments[0].open - 30), q.segments[0].open)
                  if t.is_alpha and t.idx < q.segments[0].open]
        if not quoted[:1].islower() or not inner or not before or len(q.segments) != 1:
            return False
        noun = before[-1]
        tops = heads_inside(q, inner)
        # (the noun read as the quote's possessive, its opening mark an apostrophe, "plan '", is
        # no name of it either)
        return bool(tops) and all(t.head.i != noun.i and (t.i != noun.head.i or noun.dep_ == "poss") for t in tops)

    def _inspection_grade(self, q, sent_start: int, quoted: str) -> bool:
        """An inspectorate's grade quoted on its own in a story about an inspection."""
        if quoted.strip(" .,;").lower() not in INSPECTION_GRADES or not _INSPECTION_STORY.search(self.text):
            return False
        sentence = re.findall(r"[\w'’-]+", self.text[sent_start:q.segments[0].open].lower())
        return not any(w in LABEL_CUES for w in sentence)

    def _graded(self, q) -> bool:
        """“judged behaviour, personal development and leadership all to be ‘inadequate’”:
        a grading verb the quote's clause hangs on, however far before it."""
        inner = tokens_in(self.doc, q.start, q.end)
        for a in inner[0].ancestors if inner else ():
            if a.lower_ in GRADE_VERBS and not self.in_quote(a.idx):
                # (not past a clause with a subject of its own: "rated ‘inadequate’ after
                # inspectors found safeguarding ‘is not effective’", whatever the parse)
                return not any(t.dep_ == "nsubj" and a.i < t.head.i < inner[0].i and not self.in_quote(t.idx)
                               for t in self.doc[a.i + 1:inner[0].i])
            if is_cue(a) or a.dep_ == "conj":
                return False  # "rated it ‘good’ and said pupils were ‘happy’": the words after "said"
        return False

    def _meaning_asked(self, q, before: str) -> bool:
        """“asked what ‘no immediate changes’ actually means”, “what is meant by ‘...’”: words
        whose meaning is asked about are mentioned, not said here."""
        if _MEANT_BY.search(before):
            return True
        return bool(re.search(r"\bwhat\s*$", before)) and q.after is not None \
            and _MEANS_AFTER.match(self.text, q.after) is not None

    def _glossed(self, q, words_in: list[str]) -> bool:
        """“applying ‘service credits’ - deductions from the monthly fee - for every ...”: a
        short quoted phrase with no verb that a dash then explains in a noun phrase is a
        term being defined (“‘fixing the basics’ – from leaking roofs to ...” goes on with
        the speaker's list)."""
        if q.after is None or len(words_in) > GLOSSED_MAX_WORDS or len(q.segments) != 1:
            return False
        m = re.match(r"\s*[-–—]\s+", self.text[q.after:q.after + 5])
        if m is None:
            return False
        inner = words_inside(self.doc, q)
        before = re.findall(r"[\w'’-]+", self.text[max(0, q.segments[0].open - 40):q.segments[0].open].lower())
        if words_in[0].lower() in {"a", "an"} or any(w in LABEL_CUES for w in before[-4:]):
            return False  # "called it “a disgrace” - the worst she had seen": the speaker's label
        nxt = next((t for t in tokens_in(self.doc, q.after + m.end(), q.after + m.end() + 1)
                    if t.idx >= q.after + m.end()), None)
        # (a participle naming the noun is part of the term: ‘directed time’ - the hours ...)
        return bool(inner) and inner[-1].pos_ in {"NOUN", "PROPN"} \
            and not any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in NOUN_MODIFIER_DEPS for t in inner) \
            and nxt is not None and nxt.text[:1].islower() and (nxt.lower_ in {"the", "a", "an"} or nxt.tag_ in {"NN", "NNS", "JJ"})

    def _word_as_subject(self, q, words_in: list[str]) -> bool:
        """“said ‘academy’ had become a dirty word”: one bare quoted noun (no article) that is
        the subject of a verb outside the marks is a word mentioned, not words said."""
        if len(words_in) != 1 or len(q.segments) != 1:
            return False
        inner = words_inside(self.doc, q)
        if len(inner) != 1:
            return False
        t = inner[0]
        return t.pos_ in {"NOUN", "PROPN"} and t.text[:1].islower() and t.dep_ in {"nsubj", "nsubjpass"} \
            and not q.start <= t.head.idx < q.end \
            and not any(c.dep_ in {"det", "poss"} for c in t.children)

    @staticmethod
    def _names_thing(q, inner, nxt, words_in: list[str]) -> bool:
        """The quoted phrase (two words or more, or hyphenated) names the scheme, review or
        system after it: the noun right after the closing mark, or the noun that one
        modifies ("a 'three-touch' marking system"); not a quantity."""
        if len(words_in) < 2 and "-" not in "".join(words_in):
            return False
        # (a number joined by a hyphen is part of a compound word: 'three-touch')
        if any((t.like_num or t.pos_ == "NUM") and t.nbor().text != "-" for t in inner if t.i + 1 < len(t.doc)):
            return False
        if all(t.pos_ in {"ADJ", "ADV"} for t in inner if t.is_alpha):
            return False  # an evaluation: a ‘really bad’ scheme
        if nxt.lower_ in NAMED_THING_NOUNS:
            return True
        after = nxt.nbor() if nxt.i + 1 < len(nxt.doc) else None  # "a 'three-touch' marking system"
        return after is not None and after.lower_ in NAMED_THING_NOUNS and nxt.pos_ in {"NOUN", "VERB", "ADJ"}

    def _modifies_noun_after(self, q, words_in: list[str]) -> bool:
        """A “sleeping child check” alarm, ‘golden hello’ payments, a ‘cleaner of the
        quarter’ award: a short quoted noun phrase that modifies the noun right after its
        closing mark is the name of a thing, not speech (a quoted adjective is speech: a
        ‘shambolic’ contract, ‘unsustainable’ fuel costs)."""
        if q.after is None or len(q.segments) != 1 or len(words_in) > TERM_MODIFIER_MAX_WORDS:
            return False
        inner = words_inside(self.doc, q)
        at = q.after + len(self.text[q.after:q.after + 40]) - len(self.text[q.after:q.after + 40].lstrip())
        nxt = next((t for t in tokens_in(self.doc, at, at + 1) if t.idx >= at and not t.is_space), None)
        if not inner or nxt is None or not nxt.text[:1].islower() or words_in[0].lower() in _ADVERBIAL_OPENERS:
            return False
        if self._names_thing(q, inner, nxt, words_in):
            return True
        if nxt.pos_ != "NOUN":
            return False
        # the quoted phrase's own head (the word whose head is outside it) hangs on that noun
        tops = heads_inside(q, inner)
        # (or its last word does: the parser reads "month’ prize" as a possessive); not a
        # quantity ("‘more than a dozen’ meetings")
        last = inner[-1]
        if last.pos_ not in {"NOUN", "PROPN"} or any(t.like_num or t.pos_ == "NUM" or t.dep_ in {"quantmod", "nummod"}
                                                     for t in inner):
            return False
        return any(t.head.i == nxt.i for t in [last, *tops])
