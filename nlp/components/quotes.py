"""`newswatch_quotes`: quotations, who said them, and how sure that attribution is.

The work is split by job under nlp/components/quoting/:
- scan.py: quoted stretches from the quote marks (curly, straight, '' NYT style, single
  marks in British body text, guillemets; multi-paragraph quotes; stray marks contained);
- sentences.py: sentence bounds on the raw text that know titles and initials;
- cues.py: the attribution next to a quote (speech verbs by lemma, "according to") and
  its subject; intros.py: those with no speech verb (colon introductions, dashes);
  terms.py: quoted words that are not speech (titles, names of things, terms, grades);
  told.py: words told to someone by no one named ("I was told it was ‘...’");
- speakers.py: the `Speaker` a subject names (a person, an organisation, a role, a
  document's issuer (documents.py), or for he/she/they/it/we and "the spokesman" the most
  salient earlier speaker (salience.py, over the people of persons.py));
- interruptions.py: a word or two quoted inside the attribution between two parts of one
  quote, which does not split them;
- continuations.py: quotes naming no speaker of their own: a paragraph opening with a quote
  right after an attributed, closed quote that ended its paragraph is a new quote by the
  same speaker; a stand-alone quote paragraph after "X said:" is X's; an answer after an
  interviewer's question is the interviewee's;
- org_full_names.py: an organisation speaker (or a spokesperson's organisation) under the
  full name the article gives it ("the forum said" -> "Ravenshaw Parent Carer Forum");
- confidence.py: a 0-1 confidence of each attribution.
This module joins them: interrupted quotes ("A," he said, "B.") become one quote with two
spans; transcript turns ("WALLACE: ...") are not quotes.

Quotes inside a sentence ("labelled it “disastrous”") are kind "partial" and kept only when
a speech or labelling verb in the sentence names a speaker; titles of works and scare quotes
are dropped. Unattributed full quotes are kept with speaker None.

doc._.quotes: list of dicts {text, speaker, speaker_org, speaker_role, cue, kind, start,
end, spans, paragraph, paragraph_end, person, confidence, confidence_basis}; start/end are character offsets
of the quoted words in doc.text (first and last quoted character of the whole quote),
`spans` the [start, end] of each quoted part (a quote interrupted by its attribution has
two or more; `text` is the parts joined by a space), `person` indexes doc._.people,
`confidence_basis` names the kind of evidence the confidence was read from
(quoting/confidence.py: "name", "pronoun-far", "term", ...).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from nlp.components.paragraphs import paragraph_spans
from nlp.components.quoting.chants import CHANTS_ARE_QUOTES, chant_verb, chant_wording, chanted, crowd_wording, list_before
from nlp.components.quoting.confidence import quote_confidence
from nlp.components.quoting.continuations import Continuations
from nlp.components.quoting.doers import doer_of
from nlp.components.quoting.terms import SAYING_BEFORE, title_case
from nlp.components.quoting.scan import ALL_MARKS, Segment, scan_groups
from nlp.components.quoting.interruptions import introduces_next, quoted_in_interruption
from nlp.components.quoting.refers_back import UTTERANCE_NOUNS
from nlp.components.quoting.outside_modifiers import modified_outside
from nlp.components.quoting.parentheticals import reports_own_clause
from nlp.components.quoting.sentences import sentence_end, sentence_start
from nlp.components.quoting.signs import SIGNS_ARE_QUOTES, on_a_sign, sign_read_out, sign_wording
from nlp.components.quoting.tails import SUBORDINATORS, reporter_start
from nlp.components.quoting.echoes import said_again_later
from nlp.components.quoting.term_echoes import TermEchoes, drop_echoes
from nlp.components.quoting.told import told_by_no_one
from nlp.components.quoting.utterances import remark_speaker
from nlp.components.quoting.context import _SUBJ_DEPS, Quote, tokens_in
from nlp.components.quoting.words import PRONOUN_AGREEMENT, goes_on, is_cue
from nlp.components.doc_text import doc_text
from nlp.components.lexicon import DOCUMENT_NOUNS

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)

# A first paragraph this short, not ending like a sentence, is a headline.
HEADLINE_MAX_CHARS = 200
# Longest attribution text between two halves of one quote ("A," said X, who ..., "B.").
INTERRUPTION_MAX_CHARS = 250
# A sentence after a quote that ended its own sentence attributes it only when this short
# ("He added." / "Smith said on Tuesday."); longer, it is the story's next sentence.
AFTER_NEW_SENTENCE_MAX_WORDS = 6
# Longest quoted Title Case name inside a sentence read as a title, not a quote.
INLINE_TITLE_MAX_WORDS = 8
# The time opening a live blog's entry ("10.50am", "9.05am:", "14:20"): the entry starts after it.
LIVE_TIME = re.compile(r"\d{1,2}[.:]\d{2}\s*(am|pm)?:?", re.I)
# The verb of a sentence right after a quote set off by commas: "Its outcome, ‘...’, is the lowest".
APPOSED_VERB = re.compile(r"\s*,\s*(is|was|are|were|has|have|had|will|would|remains|remained)\b")
# Nouns of words said or written, which a quote set off by commas after them quotes ("Her
# reply, ‘...’, was greeted with applause", "The tweet, “...”, was deleted").
SAID_NOUNS = UTTERANCE_NOUNS | frozenset("""reply replies answer answers quote words message slogan motto chant
    tweet post email letter note text caption sign placard banner""".split())
# A document's verb of saying, which the tagger may read as a noun ("the minutes state"),
# and of where its words stand ("“A,” the post began. “B.”": one passage of the post).
WRITTEN_VERB_FORMS = frozenset("""state states say says note notes record records begins began opens opened
    continues continued concludes concluded ends ended""".split())


class Quotes:
    def __init__(self, nlp: Language, name: str, min_unattributed_words: int):
        self.name = name
        self.min_unattributed_words = min_unattributed_words

    def __call__(self, doc: Doc) -> Doc:
        paragraphs = doc._.paragraphs if doc._.paragraphs is not None else paragraph_spans(doc_text(doc))
        doc._.quotes = _DocQuotes(doc, paragraphs, self.min_unattributed_words).run()
        return doc


@Language.factory("newswatch_quotes", default_config={"min_unattributed_words": 4})
def make_quotes(nlp: Language, name: str, min_unattributed_words: int) -> Quotes:
    return Quotes(nlp, name, min_unattributed_words)


class _DocQuotes(Continuations):
    """Quote finding and attribution for one document."""

    def __init__(self, doc: Doc, paragraphs: list[tuple[int, int]], min_unattributed_words: int):
        super().__init__(doc, paragraphs)
        self.min_unattributed_words = min_unattributed_words
        self.headline = self._has_headline()
        self.term_echoes = TermEchoes()  # terms dropped so far, quoted again later

    def run(self) -> list[dict]:
        groups = [g for g in scan_groups(self.text, self.paragraphs, self.headline)
                  if self._sign_kept(g) or self._chanted(g[0]) or not self._is_nickname(g) and not self._is_inline_title(g)]
        self.quoted = [(seg.start, seg.end) for g in groups for seg in g]
        quotes = self._merge_interrupted([Quote(list(g)) for g in groups])
        kept = [q for q in quotes if self._attribute(q)]
        kept = self._continuations(kept)
        # (words quoted from one speaker, mentioned in another's sentence: term_echoes.py)
        body_start = self.paragraphs[1][0] if self.headline else 0
        kept = drop_echoes(self.doc, kept, body_start)
        return [self._as_dict(q) for q in kept]

    def _may_attribute_after(self, q: Quote, start: int, end: int) -> bool:
        """Can the text after the quote attribute it? Not a clause that starts "when ...",
        "as ..." (“That was the plan,” as the leader put it); and after a quote that
        ended its sentence (“... plan.”) only a short sentence (“...” He added.), not the
        next sentence of the story."""
        gap = self.text[start:end]
        # (a partial quote whose sentence ends after its closing mark, “... whatsoever”.
        # Jo X ..., he said, “...”: that sentence is over, as after “... plan.”)
        ended_outside = gap.lstrip()[:1] in {".", "!", "?"}
        after = gap.lstrip().lstrip(".!?").split() if ended_outside else gap.split()
        first = next(iter(after), "")
        if first.lower().strip(",") in SUBORDINATORS:
            return False
        closed = self.text[max(q.end - 1, 0):q.end] in {"."} or ended_outside or self._introduced_exclamation(q)
        refers_back = re.search(r"\b(according to|the words of)\b", self.text[start:end], re.I)
        return not (closed and first[:1].isupper() and len(after) > AFTER_NEW_SENTENCE_MAX_WORDS) or bool(refers_back)

    def _introduced_exclamation(self, q: Quote) -> bool:
        """A quote ending with "!" or "?" that a colon introduced ("someone shouted: “Shame
        on you!”") ended its sentence, as one ending with "." does."""
        first = q.segments[0]
        ps = self.paragraphs[first.para][0]
        return self.text[max(q.end - 1, 0):q.end] in {"!", "?"} \
            and self.text[sentence_start(self.text, ps, first.open):first.open].rstrip().endswith(":")

    def _sign_kept(self, group: list[Segment]) -> bool:
        """A sign's words are no title, however capitalised (signs.py)."""
        ps = self.paragraphs[group[0].para][0]
        return sign_wording(self.text, ps, group[0].open) or sign_read_out(self.text, ps, group)

    def _chanted(self, seg: Segment) -> bool:
        """A chant's words, "a final chant of “Hub, Hub, Hub”": no title, however short and
        capitalised (chants.py `chant_wording`)."""
        ps = self.paragraphs[seg.para][0]
        return chant_wording(self.text[sentence_start(self.text, ps, seg.open):seg.open])

    def _is_inline_title(self, group: list[Segment]) -> bool:
        """on Fox News’s “Fox and Friends”: a short quoted Title Case name inside a sentence
        (not opening its paragraph), which must not split the quotes around it."""
        if len(group) != 1 or group[0].close is None:
            return False
        seg = group[0]
        words = self.text[seg.start:seg.end]
        opens_paragraph = seg.open == self.paragraphs[seg.para][0]
        in_headline = self.headline and seg.para == 0  # headlines are written in Title Case
        return not opens_paragraph and not in_headline and len(words.split()) <= INLINE_TITLE_MAX_WORDS and title_case(words) \
            and not words.rstrip().endswith(("!", "?")) \
            and not any(t.pos_ in {"VERB", "AUX"} for t in tokens_in(self.doc, seg.start, seg.end))

    def _is_subheading(self, q: Quote, quoted: str) -> bool:
        """A section heading written in quote marks: a short Title Case quote that is its
        whole paragraph (not the headline, which has its own rules)."""
        first = q.segments[0]
        if q.para_end != q.para or self.headline and q.para == 0 or len(quoted.split()) > INLINE_TITLE_MAX_WORDS:
            return False
        ps, pe = self.paragraphs[q.para]
        alone = not self.text[ps:first.open].strip() and not self.text[q.after or q.end:pe].strip(ALL_MARKS + " ")
        return alone and title_case(quoted)

    def _is_nickname(self, group: list[Segment]) -> bool:
        """Robert C. "Bobby" Scott: a quoted capitalised word or two between parts of a name."""
        if len(group) != 1 or group[0].close is None:
            return False
        seg = group[0]
        words = self.text[seg.start:seg.end].split()
        before = next(reversed(self.text[max(0, seg.open - 30):seg.open].split()), "")
        after = next(iter(self.text[seg.after:seg.after + 30].split()), "")
        return 0 < len(words) <= 2 and all(w[:1].isupper() for w in words) and before[:1].isupper() \
            and after[:1].isupper() and self.text[max(0, seg.open - 1):seg.open].isspace()

    def _apposed_name(self, q: Quote) -> bool:
        """“The report's overall outcome, ‘widespread and/or systemic failings’, is the
        lowest ...”: a quote set off by commas inside its sentence and followed by the
        sentence's verb names the noun before it; it is no one's words."""
        if q.after is None or q.para_end != q.para or APPOSED_VERB.match(self.text, q.after) is None:
            return False
        noun = re.search(r"(\w+)\W*$", self.text[max(0, q.segments[0].open - 40):q.segments[0].open])
        # ("Her reply, ‘...’, was greeted with applause": words said)
        return noun is not None and noun.group(1).lower() not in SAID_NOUNS

    def _has_headline(self) -> bool:
        if len(self.paragraphs) < 2:
            return False
        s, e = self.paragraphs[0]
        first = self.text[s:e]
        return len(first) <= HEADLINE_MAX_CHARS and first.rstrip()[-1:] not in ".:"

    # -- interrupted quotes ----------------------------------------------------------------
    def _merge_interrupted(self, quotes: list[Quote]) -> list[Quote]:
        out: list[Quote] = []
        for q in quotes:
            prev = out[-1] if out else None
            if len(out) > 1 and quoted_in_interruption(self.text, out[-2], prev, q):
                prev = out[-2]  # “A,” he said, before cries of ‘Rubbish!’. “B.”: A and B are one quote
            if prev is not None and prev.last_close is not None and prev.para_end == q.para:
                gap = (prev.after, q.segments[0].open)
                between = self.text[gap[0]:gap[1]]
                # ':' ends an introduction of the next quote ("Smith agreed: “...”"), not an
                # interruption of this one
                # (a title quoted inside the attribution ends it with its closing mark)
                if 0 < len(between.strip()) <= INTERRUPTION_MAX_CHARS and between.rstrip(ALL_MARKS + " ")[-1:] in ",.;" \
                        and self._may_attribute_after(prev, *gap) and not introduces_next(self.text, prev, between) \
                        and (self._find_attribution(*gap, after=True) is not None or self._pronoun_cue(*gap)
                             or self.text[prev.end - 1:prev.end] == "," and self._bare_cue(*gap)) \
                        and self.cue_count(*gap) < 2 \
                        and not (between.rstrip().endswith(",") and reports_own_clause(self._chunk_tokens(*gap), self.in_quote)) \
                        and not self._own_attribution_after(q):
                    prev.segments.extend(q.segments)
                    prev.interrupted_by.append(gap)
                    continue
            out.append(q)
        return out

    def _pronoun_cue(self, start: int, end: int) -> bool:
        """“A,” she said, “B.”: a speech verb whose subject is a pronoun, though no one it
        can mean is in reach yet (the passage's speakers are known only after attribution)."""
        return any(is_cue(t) and any(c.dep_ in _SUBJ_DEPS and c.lower_ in PRONOUN_AGREEMENT for c in t.children)
                   for t in self._chunk_tokens(start, end))

    def _bare_cue(self, start: int, end: int) -> bool:
        """“A,” the statement says. “B.” / “A,” says head cook Jo X, 61, who has ... . “B.”:
        after a first part ending with a comma, a speech verb opening the gap, or a short
        clause of a subject and a speech verb, interrupts one utterance though its speaker
        is not resolved here."""
        words = [t for t in self._chunk_tokens(start, end) if t.is_alpha and start <= t.idx < end]
        if not words:
            return False
        if is_cue(words[0]):
            return True
        if len(words) <= 3 and words[-1].lower_ in WRITTEN_VERB_FORMS and words[-2:-1] \
                and words[-2].lower_ in DOCUMENT_NOUNS:
            return True  # “A,” the minutes state. “B.”: "state" read as a noun after "minutes"
        cues = [t for t in words if is_cue(t) or goes_on(t)]
        return len(words) <= AFTER_NEW_SENTENCE_MAX_WORDS and len(cues) == 1 \
            and any(c.dep_ in _SUBJ_DEPS and start <= c.idx < end for c in cues[0].children)

    def _own_attribution_after(self, q: Quote) -> bool:
        if q.last_close is None:
            return False
        ps, pe = self.paragraphs[q.para_end]
        end = sentence_end(self.text, q.after, pe)
        return self._find_attribution(q.after, end, after=True) is not None

    # -- attribution ------------------------------------------------------------------------
    def _attribute(self, q: Quote) -> bool:
        """Set kind and speaker. False when the quotation is not speech (drop it)."""
        text = self.text
        first = q.segments[0]
        ps, pe = self.paragraphs[first.para]
        sent_start = sentence_start(text, ps, first.open)
        before = text[sent_start:first.open]
        quoted = " ".join(text[s.start:s.end] for s in q.segments)
        # a quote opening its line starts a sentence, though the line is not a paragraph
        at_sentence_start = not before.strip() or "\n" in before and not before.rsplit("\n", 1)[1].strip() \
            or LIVE_TIME.fullmatch(before.strip()) is not None  # "10.50am “...” – Cllr X": a live blog's entry
        introduced = before.rstrip()[-1:] in {":", ","} or before.rstrip().endswith(("—", "–", "-"))
        in_headline = self.headline and first.para == 0
        multi = q.para_end > q.para
        sign = sign_read_out(text, ps, q.segments)
        if not in_headline and not self._chanted(first) and not sign and self._is_title_of_work(q, before, quoted, multi):
            return False  # "the officers' report, “Land off Mill Lane: Highways Impact”, ..."
        if self._is_subheading(q, quoted):
            return False  # 'Legend in the Coal Fields.' on a line of its own
        q.kind = "direct" if (at_sentence_start or introduced or multi) else "partial"
        if on_a_sign(self.doc, text, ps, sent_start, first.open):
            return SIGNS_ARE_QUOTES  # "placards reading “...”", "One reads “...”": written, no one's
        listed = list_before(text, ps, sent_start, first.open)
        if not CHANTS_ARE_QUOTES and chanted(listed):
            return False  # "strikers chanted “...”", "Chants of ‘...’ rang out": a crowd's (chants.py)
        if SAYING_BEFORE.search(before):
            return False  # "As the old saying goes, ‘...’": no one's words

        found, source = None, None
        for gap in q.interrupted_by:
            found = found or self._find_attribution(*gap, after=True)
            source = "interruption"
        after_start = after_end = None
        if q.last_close is not None:
            after_start = q.after
            after_end = sentence_end(text, after_start, self.paragraphs[q.para_end][1])
        # "X asked: “...?” Y replied: “...”": a sentence after a closed quote that introduces
        # the next quote with a colon is that quote's; this one keeps its own introduction
        exchange = after_start is not None and before.rstrip().endswith(":") \
            and text[after_start:after_end].rstrip().endswith(":") and quoted.rstrip()[-1:] in {".", "?", "!"}
        if found is None and after_start is not None and (q.kind == "direct" or in_headline) and not exchange \
                and self._may_attribute_after(q, after_start, after_end):
            found, source = self._find_attribution(after_start, after_end, after=True), "after"
        if found is None and (q.kind == "direct" and introduced or in_headline):
            found, source = self._find_attribution(sent_start, first.open, after=False), "before"
        if found is None and q.kind == "partial":
            if crowd_wording(listed):
                return True  # a chant of “...”, shouts of “...” and “...”: the words of no one named
            chant = chant_verb(before)
            if not chant and self.term_echoes.again(self.doc, q, quoted, before):
                return False  # a “drop-off hub” again, after the story's own “drop-off hubs”
            if not chant and not self._is_speech_partial(q, sent_start, quoted):
                if modified_outside(self.doc, q, quoted):
                    self._still_speaking(q, sent_start)
                return self._unsaid(q, quoted, in_headline)
            found, source = self._find_attribution(sent_start, first.open, after=False, partial_of=q), "before"
            if chant and (found is None or found.speaker is None):
                return True  # "The public gallery chants “Shame on you”": the words of no one named
            # "X's comment that parents were ‘...’", "a warning from X that prices are ‘...’"
            found = found or remark_speaker(self, q, sent_start)
            if found is None and after_start is not None:
                found, source = self._according_to(after_start, after_end), "after"
            reporter = reporter_start(self, q, after_start, after_end) if found is None and after_start is not None else None
            if reporter is not None:  # She “could have picked up the phone”, he said.
                found, source = self._find_attribution(reporter, after_end, after=True), "after"
            # "I was told it was a ‘temporary issue’": an unnamed speaker's words, however short
            found = found or told_by_no_one(self, q)
            # "she expected to stay ‘a year, maybe two’": the person the clause is about
            if found is None or found.speaker is None and found.how != "told":
                found = doer_of(self, q) or found
            # (a lead's words said again in a later quote are someone's: echoes.py names them)
            if (found is None or found.speaker is None and found.how != "told"
                    and len(quoted.split()) < self.min_unattributed_words) and not said_again_later(self, q):
                return self._unsaid(q, quoted, in_headline)
        if found is not None:
            self._apply(q, found)
            q.source = source
        if in_headline and q.kind == "partial" and q.speaker is None:
            return False
        if q.speaker is None and q.kind == "direct":
            if before.rstrip().endswith(",") and (not self._is_speech_partial(q, sent_start, quoted)
                                                  or self._apposed_name(q)):
                return False  # "The agency's report, “Investigation into ...”, was published"
            n_words = len(quoted.split())
            if n_words < self.min_unattributed_words or title_case(quoted) and not quoted.rstrip().endswith((".", "!", "?", ",")):
                return False
        return True

    def _still_speaking(self, q: Quote, sent_start: int) -> None:
        """A term dropped from reported speech ("X said the council had issued a formal
        ‘performance notice’", outside_modifiers.py): X was still reported speaking, the
        passage's current speaker for a pronoun after it, as when the words were read as X's.
        (Asked for this rule's terms only: recording the asker of "Asked by Ms X whether the
        so-called ‘...’ scheme would ..., he replied" misleads the reply's "he" (set 45); nor a
        pronoun resolved here, which would only echo the salience it was read from.)"""
        found = self._find_attribution(sent_start, q.segments[0].open, after=False, partial_of=q)
        if found is not None and found.how != "pronoun":
            self.remember(q.start, found)

    def _unsaid(self, q: Quote, quoted: str, in_headline: bool) -> bool:
        """Drop a partial quote as no one's words (False), noting it as a term of the story
        when it is one (not in the headline, whose words the story quotes from its speakers)."""
        if not in_headline:
            self.term_echoes.note(self.doc, q, quoted)
        return False

    def _as_dict(self, q: Quote) -> dict:
        who = q.who
        text = " ".join(self.text[s.start:s.end] for s in q.segments)
        basis, sure = quote_confidence(self, q)
        return {
            "text": text,
            "speaker": who.speaker,
            "speaker_org": who.speaker_org,
            "speaker_role": who.speaker_role,
            "cue": who.cue,
            "kind": q.kind,
            "start": q.start,
            "end": q.end,
            "spans": [[s.start, s.end] for s in q.segments],
            "paragraph": q.para,
            "paragraph_end": q.para_end,
            "person": who.person,
            "confidence": sure,
            "confidence_basis": basis,
        }
