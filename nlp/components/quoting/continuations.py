"""Quotes that name no speaker of their own, for the quote component (quotes.py), after
attribution: a quote paragraph after the speaker's closed quote, after "X said:" or named
by the sentence after it ("Those were the words of X"), the answers of a Q&A interview, and
a quote after a sentence about a named person in its paragraph. A heckle that interrupts a
speaker ("“A,” she said, before being interrupted by a shout of “Rubbish!” from the hall.
“B.”") is nobody the text names, and the speaker's words after it are the speaker's."""
from __future__ import annotations

import re

from nlp.components.quoting.acting_firms import acting_firm
from nlp.components.quoting.answers import (ANSWER_MARKER, PRINTED_QA_MIN_PAIRS, QUESTION_MARKER, QUESTION_MAX_CHARS,
                                            QUESTION_QUOTE_MARKS, asked_before, first_inline_question,
                                            first_question)
from nlp.components.quoting.context import NO_SPEAKER, Quote, Speaker, body_index
from nlp.components.quoting.cues import Attribution
from nlp.components.quoting.described import in_lower_case
from nlp.components.quoting.echoes import echoed_speakers
from nlp.components.quoting.first_names import first_name_person, lone_first_name
from nlp.components.quoting.interviews import Interviews
from nlp.components.quoting.leads import lead_person
from nlp.components.quoting.org_full_names import org_in_full
from nlp.components.quoting.plain_names import plain_speaker
from nlp.components.quoting.refers_back import refers_back
from nlp.components.quoting.kin import kin_holder
from nlp.components.quoting.role_phrases import role_phrase_holder
from nlp.components.quoting.scan import ALL_MARKS, CONTINUATION_MARKS
from nlp.components.quoting.sentences import sentence_end, sentence_start

# Longest quoted stretch inside a sentence that still lets the sentence introduce the quote
# after it (a term or a phrase the writer quotes, not a quote of its own).
INLINE_QUOTE_MAX_WORDS = 4
# Longest text after a quote's close that still lets the next paragraph's quote continue it.
PARAGRAPH_TAIL_MAX_CHARS = 120
# Longest name or term an interviewer's question may quote ("a campaign called “Save Our Music”").
QUESTION_TERM_MAX_WORDS = 4
# A sentence that opens by pointing back at the quote before it ("That was how ...").
REFERS_BACK = re.compile(r"\s*(That|This|Those|These|Such)\s+(was|were|is|are|has been|had been)\b")
# A he/she attribution right after a quote: "“...,” he said", "“...” she says".
PERSONAL_CUE_AFTER = re.compile(r"^\W{0,3}\s*(he|she)\s+[a-z]+", re.I)
# The words before a heckle that interrupts a speaker: "before being interrupted by cries of",
# "was interrupted by a shout of" (up to the heckle's opening mark).
INTERRUPTED_BY = re.compile(r"\binterrupt(?:ed|ing)\s+by\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}"
                            r"(?:shouts?|cries|cry|calls?|heckles?|chants?|jeers?)\s+of\s*$", re.I)
# What may follow the last quote mark of a question line: the quoted sentence's end, then the
# question ("... “top-heavy”. Is that justified?").
ASKED_AFTER_QUOTE = re.compile(r"[’']?[.!]?\s+[A-Z][^“”\"«»‘]*\?$")


class Continuations(Attribution, Interviews):
    def _apply(self, q: Quote, found: Speaker) -> None:
        found = first_name_person(self, kin_holder(self, lead_person(self, q, found), q.start), q.start)
        found = plain_speaker(self, q, self.full_form(role_phrase_holder(self, found, q.start), q.start))
        found = in_lower_case(acting_firm(self, q, org_in_full(self, q, found)))
        q.who = found
        self.remember(q.start, found)

    # -- continuation paragraphs -------------------------------------------------------------
    def _continuations(self, quotes: list[Quote]) -> list[Quote]:
        """A quote opening a paragraph right after an attributed, closed quote that ended its
        paragraph is that speaker's new quote when it names no speaker; after a paragraph ending
        "X said:" an unattributed quote is X's."""
        text = self.text
        out: list[Quote] = []
        for q in quotes:
            first = q.segments[0]
            opens_paragraph = first.open == self.paragraphs[first.para][0]
            if self._heckle(q, out):
                q.who, q.source = NO_SPEAKER, "heckle"  # the crowd's words, not the speaker's
                out.append(q)
                continue
            prev = out[-1] if out else None
            if prev is not None and prev.source == "heckle" and len(out) > 1 and out[-2].para_end == first.para:
                prev = out[-2]  # “B.” after the heckle: the interrupted speaker goes on
            if not opens_paragraph and q.kind == "direct" and q.speaker is None and prev is not None \
                    and prev.speaker is not None and prev.kind == "direct" and prev.para_end == first.para:
                # “A,” X said, going on to ... “B.”: the next part of the same paragraph
                self._apply(q, prev.who)
                q.source = "continued"
                out.append(q)
                continue
            answer_turn = ANSWER_MARKER.fullmatch(text[self.paragraphs[first.para][0]:first.open]) is not None
            # the last quote before the paragraph in front of this one (not one quoted inside
            # an interviewer's question: "X called it “top-heavy”. Is it?")
            answered = next((x for x in reversed(out) if x.para_end < first.para - 1), None)
            if (opens_paragraph or answer_turn) and q.kind == "direct" and q.speaker is None \
                    and (self._is_question(first.para - 1) or self._is_prompt(first.para - 1, answered)):
                # an interview written as questions and answers: the answer after a question
                # is the interviewee's, who answered the question before or was introduced
                # just before the first question (the one it says was asked, not the asker)
                found = None
                if answered is not None and answered.speaker is not None and answered.para_end == first.para - 2:
                    found = answered.who
                elif first.para >= 2:
                    asks, found = self._interviewee(first.para - 2)
                    found = found if asks else (self._previous_paragraph_speaker(first.para - 2)
                                                or self._introduced(first.para - 2))
                    first_q = first_question(self)
                    if first_q is None:
                        first_q = self._first_printed_question()
                    if found is None and first_q is not None and first_q < first.para:
                        found = self._introduction_interviewee(first_q)  # "Q:" markers: an interview
                if found:
                    self._apply(q, found)
                    q.source = "answer"
                    out.append(q)
                    continue
            if opens_paragraph and q.kind == "direct" and q.speaker is None:
                nxt = self.paragraphs[q.para_end + 1] if q.para_end + 1 < len(self.paragraphs) else None
                back = self._sentence_after_speaker(q) or \
                    nxt and self._next_paragraph_speaker(nxt[0], sentence_end(text, *nxt), explicit=True)
                if back:  # "So said X", "Those were the words of X": before any guess
                    self._apply(q, back)
                    q.source = "next"
                elif (prev is not None and prev.speaker is not None and prev.kind == "direct"
                        and prev.para_end == first.para - 1 and prev.last_close is not None
                        and self._ends_paragraph(prev) and not self._person_after_document(q, prev)):
                    self._apply(q, prev.who)
                    q.source = "continued"
                    out.append(q)
                    continue
                if q.speaker is None and first.para > 0:
                    found = self._previous_paragraph_speaker(first.para - 1)
                    if found:
                        self._apply(q, found)
                        q.source = "previous"
                if q.speaker is None and q.para_end + 1 < len(self.paragraphs):
                    # “...” / Those were the words of Leanne Foster, ...
                    ns, ne = self.paragraphs[q.para_end + 1]
                    opening = q.para == body_index(self)
                    found = self._next_paragraph_speaker(ns, sentence_end(text, ns, ne), opening)
                    if found and found.speaker:
                        self._apply(q, found)
                        q.source = "next"
                if q.speaker is None and first.para > 0 and q.who.cue is None and self._stands_alone(q):
                    found = self._introduced_before(first.para - 1)
                    if found:
                        self._apply(q, found)
                        q.source = "previous"
            elif q.kind == "direct" and q.speaker is None:
                # "Jo Wren, a parent, was less sure. “...”": the person the sentence before it,
                # in the same paragraph, is about; an answer printed after its question
                answer = self._inline_answer(q, out)
                found = answer or self._previous_sentence_speaker(q.segments[0].para, q.segments[0].open)
                if found:
                    self._apply(q, found)
                    q.source = "answer" if answer else "previous"
            out.append(q)
        echoed_speakers(self, out)  # "one councillor called it ‘...’" in the lead, named later
        return out

    def _inline_answer(self, q: Quote, out: list[Quote]) -> Speaker | None:
        """The interviewee, for an answer printed after the interviewer's question in its own
        paragraph ("Will fares rise? “Not this year.”") of an interview set out so
        (answers.first_inline_question): the one its introduction names, else the speaker of
        the answer before."""
        first = q.segments[0]
        if not asked_before(self, first.para, first.open):
            return None
        first_q = first_inline_question(self)
        if first_q is None:
            return None
        found = self._introduction_interviewee(first_q)
        if found is None:
            found = next((x.who for x in reversed(out) if x.source == "answer"), None)
        return found

    def _heckle(self, q: Quote, out: list[Quote]) -> bool:
        """q is a heckle interrupting the quote before it in its paragraph: "“A,” she said,
        before being interrupted by a shout of “Rubbish!”"."""
        first = q.segments[0]
        prev = out[-1] if out else None
        if prev is None or prev.para_end != first.para or prev.speaker is None:
            return False
        return INTERRUPTED_BY.search(self.text[prev.end:first.open]) is not None

    def _person_after_document(self, q: Quote, prev: Quote) -> bool:
        """“...,” he said after a document's words (“...,” the message read): a person speaks,
        not the document's sender, though the pronoun named no one."""
        if prev.who.how != "document":
            return False
        tail = self.text[q.end:self.paragraphs[q.para_end][1]]
        return PERSONAL_CUE_AFTER.match(tail) is not None

    def _next_paragraph_speaker(self, start: int, end: int, opening: bool = False, explicit: bool = False) -> Speaker | None:
        """The speaker of a stand-alone quote named by the sentence after it: "Those were
        the words of X", "That was how X summed up ...", "That was the reaction of X",
        "X was speaking after ...", "So said X", "X made the comments ..." (a named person
        or organisation). A quote that opens the article is the words of the person the next
        sentence is about, its main clause's subject ("“...” / Fourteen-year-old X was one
        of 60 pupils who ...": a news story's anecdotal opening). `explicit`: only those in words."""
        found = refers_back(self, start, end) or (not explicit or REFERS_BACK.match(self.text[start:end])) \
            and self._according_to(start, end)
        if found and found.speaker or explicit:
            return found if found and found.speaker else None
        tokens = self._chunk_tokens(start, end)
        pointing_back = REFERS_BACK.match(self.text[start:end]) is not None
        for t in tokens:
            # (or a first name alone, which the entity model often misses: "That is how
            # Marcus, a supply teacher, describes ...")
            first_only = t.ent_type_ != "PERSON" and lone_first_name(t)
            if t.ent_type_ != "PERSON" and not first_only or t.dep_ == "compound":
                continue
            subject = t.dep_ in {"nsubj", "nsubjpass"}
            speaking = subject and t.head.lemma_ == "speak" and t.head.tag_ == "VBG"
            # the one who summed up / reacted: a subject, or "the reaction of X"; for an opening
            # quote, the subject of the main clause or of one joined to it ("It is 6am and X is
            # already in the basement")
            main = t.head.dep_ == "ROOT" or t.head.dep_ == "conj" and t.head.head.dep_ == "ROOT"
            if speaking or pointing_back and (subject or t.dep_ == "pobj" and t.head.lower_ == "of"):
                return Speaker(t.text, how="name") if first_only else self._person(t)
            if opening and subject and main and not first_only:
                return self._person(t)
        return None

    def _previous_paragraph_speaker(self, p: int) -> Speaker | None:
        """The speaker a stand-alone quote paragraph continues from the paragraph before:
        "X said:" ending it, or its last sentence reporting a named person's speech
        ("Its organiser, Nadia Brooks, said most families ..."; "Cllr Sarah Rouse said
        the council had “no sound planning reason” ...")."""
        text = self.text
        ps, pe = self.paragraphs[p]
        sent = sentence_start(text, ps, pe - 1)
        if text[ps:pe].rstrip().endswith(":") and not any(ps <= s < pe for s, _ in self.quoted):
            return self._find_attribution(sent, pe, after=False)
        # only outside quotes, and only a named person: "they"/groups are not carried over
        found = self._find_attribution(sent, pe, after=False)
        if found and found.person is not None:
            return found
        return None

    def _is_question(self, p: int) -> bool:
        """Paragraph p is an interviewer's question: one short line of the writer's own (no
        quote marks) ending with a question mark or opening with "Q:", not the headline."""
        if p < body_index(self):
            return False
        ps, pe = self.paragraphs[p]
        line = self.text[ps:pe].strip()
        if not (line.endswith("?") or QUESTION_MARKER.match(line) is not None) or len(line) > QUESTION_MAX_CHARS \
                or line[:1] in ALL_MARKS:
            return False
        # (apostrophes allowed: "Won't pupils lose out?"); words quoted before the question,
        # in a sentence of their own, allowed: "The union calls it “chaos”. Is it?"
        last = max(line.rfind(m) for m in QUESTION_QUOTE_MARKS)
        if last >= 0 and line[last] == "‘":  # a single-quoted word: its closing mark ("‘burnout’.")
            last = line.find("’", last)
        # (or only a short name or term quoted in it: "a campaign called “Save Our Music” when
        # lessons were cut. What do you say to them?")
        named = line.endswith("?") and all(len(self.text[s:e].split()) <= QUESTION_TERM_MAX_WORDS
                                           for s, e in self.quoted if ps <= s < pe)
        return last < 0 or named or line.endswith("?") and ASKED_AFTER_QUOTE.match(line[last + 1:]) is not None

    def _first_printed_question(self) -> int | None:
        """The first question of an interview printed with no "Q:" markers: questions on lines
        of their own, each answered by a paragraph opening with a quote mark. At least
        PRINTED_QA_MIN_PAIRS such pairs make an interview (one question and a quote after it is
        a rhetorical question: "So who is to blame? ¶ “...”")."""
        pairs = [p for p in range(body_index(self), len(self.paragraphs) - 1)
                 if self.text[self.paragraphs[p + 1][0]:self.paragraphs[p + 1][0] + 1] in ALL_MARKS
                 and self._is_question(p)]
        return pairs[0] if len(pairs) >= PRINTED_QA_MIN_PAIRS else None

    def _is_prompt(self, p: int, answered: Quote | None) -> bool:
        """Paragraph p is an interviewer's prompt that is not a question ("Some say schools
        cannot afford it."): one short line of the writer's own, no quote marks, after an
        answer of the same interview (the quote ending the paragraph before it was read as an
        answer to a question)."""
        if p < body_index(self) or answered is None or answered.source != "answer" or answered.para_end != p - 1:
            return False
        ps, pe = self.paragraphs[p]
        line = self.text[ps:pe].strip()
        return len(line) <= QUESTION_MAX_CHARS and not any(m in line for m in QUESTION_QUOTE_MARKS) \
            and not any(s < pe and e > ps for s, e in self.quoted)

    def _ends_paragraph(self, q: Quote) -> bool:
        ps, pe = self.paragraphs[q.para_end]
        rest = self.text[q.after:pe]
        return not any(m in rest for m in CONTINUATION_MARKS) and len(rest) <= PARAGRAPH_TAIL_MAX_CHARS

    def _sentence_after_speaker(self, q: Quote) -> Speaker | None:
        """The speaker the sentence right after q, in q's last paragraph, hands q to: "“...”
        The warning comes from Jo Bell, who ..." (refers_back.py)."""
        _, pe = self.paragraphs[q.para_end]
        after = q.after
        if after is None or after >= pe:
            return None
        start = after + len(self.text[after:pe]) - len(self.text[after:pe].lstrip())
        if start >= pe or self.text[start] in ALL_MARKS:
            return None
        return refers_back(self, start, sentence_end(self.text, start, pe))

    def _previous_sentence_speaker(self, para: int, open_at: int) -> Speaker | None:
        """A quote opening a sentence inside its paragraph: the named person the sentence before
        (with no quote) reports speaking or has as its subject ("Ivo Brandt was less sure.")."""
        ps, _ = self.paragraphs[para]
        sent = sentence_start(self.text, ps, open_at)
        if self.text[sent:open_at].strip() or sent <= ps:
            return None
        prev = sentence_start(self.text, ps, sent - 1)
        # (a quoted word or phrase inside it is the writer's: "dismissed it as “a stunt”")
        if any(prev <= s < sent and len(self.text[s:e].split()) > INLINE_QUOTE_MAX_WORDS for s, e in self.quoted):
            return None
        found = self._find_attribution(prev, sent, after=False)
        if found and found.person is not None:
            return found
        found = refers_back(self, prev, sent)  # "The warning comes from Jo Bell. “...”"
        if found is not None:
            return found
        return self._subject_person(prev, sent)

    def _subject_person(self, start: int, end: int) -> Speaker | None:
        """The named person the sentence from start to end is about: its main clause's subject,
        or the person a copula names ("First to speak was Jo Bell, whose ...")."""
        roots = {t.sent.root for t in self._chunk_tokens(start, end)}
        for sj in (c for r in roots for c in r.children if self._inside(c, start, end) and (
                c.dep_ == "nsubj" or c.dep_ == "attr" and r.lemma_ == "be" and c.ent_type_ == "PERSON")):
            if sj.lower_ in {"he", "she"}:
                found = self._pronoun(sj)  # "He is frank about it. “...”"
                return found if found and found.person is not None else None
            person = self._person_in_subject(sj, start, end, sj.head.i)
            if person is not None:
                return self._person(person)
        return None

    def _stands_alone(self, q: Quote) -> bool:
        """q ends its paragraph with no words after its close: no cue ("they said") it could be
        waiting on."""
        _, pe = self.paragraphs[q.para_end]
        return q.after is not None and not any(ch.isalnum() for ch in self.text[q.after:pe])

    def _introduced_before(self, p: int) -> Speaker | None:
        """The named person the last sentence of paragraph p, one with no quote, is about: who
        speaks the stand-alone quote paragraph after it ("Jo Bell has run the food bank since
        2019. ¶ “...”")."""
        if p < body_index(self):
            return None
        ps, pe = self.paragraphs[p]
        # (a word or short phrase the writer quotes is no one's quote: "not a fan of “Miss”")
        if any(s < pe and e > ps and len(self.text[s:e].split()) > INLINE_QUOTE_MAX_WORDS for s, e in self.quoted):
            return None
        end = ps + len(self.text[ps:pe].rstrip())
        return self._subject_person(sentence_start(self.text, ps, end - 1), end)
