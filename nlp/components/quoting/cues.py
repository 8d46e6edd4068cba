"""Attribution: finding the cue (a speech verb by lemma, "according to", "in the words
of", a colon introduction, a dash) in the text around a quote, and its subject.

`Attribution` extends `Terms` (terms.py: quoted words that are not speech), `Intros` (intros.py:
attributions with no speech verb) and through them
`SpeakerFinder` (speakers.py), which turns the subject into a Speaker.
"""
from __future__ import annotations

from spacy.tokens import Token

from nlp.components.lexicon import DOCUMENT_NOUNS, PRONOUNS, SPOKES_NOUNS
from nlp.components.quoting.answers import addressee, answerer, question_org
from nlp.components.quoting.clause_cues import clause_only, is_clause_cue, is_finding
from nlp.components.quoting.clauses import in_person_relative, own_report, sibling_reporter
from nlp.components.quoting.document_issuers import carrying_documents, misparsed_document
from nlp.components.quoting.misparses import (described_by_relative, document_relative, participle_document,
                                              stranded_objects, unparsed_reporter, which_antecedent, who_antecedent, who_described)
from nlp.components.quoting.context import (_SUBJ_DEPS, MISPARSED_SUBJ_DEPS, PERSON_PRONOUNS, Speaker, can_be_source,
                                            tokens_in)
from nlp.components.quoting.parentheticals import described_participle, manner_participle, named_relative, relative_subject, unsaid_by_subject
from nlp.components.quoting.readings import message_reading
from nlp.components.quoting.readouts import read_out_author
from nlp.components.quoting.group_letters import group_issuer
from nlp.components.quoting.nominals import former_role
from nlp.components.quoting.intros import NAME_PHRASE_MAX_TOKENS
from nlp.components.quoting.refers_back import WORDS_OF_NOUNS
from nlp.components.quoting.inversions import name_after_role
from nlp.components.quoting.quoted_as import quoted_one
from nlp.components.quoting.tail_verbs import bare_tail
from nlp.components.quoting.terms import Terms
from nlp.components.quoting.words import ALL_CUE_WORDS, SPEECH_LEMMAS, goes_on_speaking, is_cue, puts_it

_LISTENER_CUES = {"tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "warn", "warns", "warned",
                  "urge", "urges", "urged", "remind", "reminded", "assure", "assured"}
_COMPLEMENT_DEPS = {"dobj", "ccomp", "xcomp", "attr", "oprd"}
# The tag of a passive participle clause opening a cue's sentence: a he/she (PERSON_PRONOUNS)
# is then the cue's subject whatever other subject the parser gave it (the name is the asker's:
# "Pressed by the chair, Cllr X, on ..., she said"; not "Cllr X, ..., when she described it as ‘...’").
ASKED_TAG = "VBN"
# Clauses that describe a noun ("the dinner, where X also spoke"), and a participle that
# does ("in his written judgment"): their verbs report no quote.
_RELATIVE_DEPS = frozenset({"relcl", "acl", "amod"})
# How the parser hangs a role misread as a verb ("X, lead councillor, said") on the cue.
_MISREAD_ROLE_DEPS = frozenset({"advcl", "dep"})
# How it hangs a role before the name misread as a verb with the name its object ("teaching
# assistant Jo Bell said": "teaching" a clausal subject of the cue, "Jo Bell" its object).
_MISREAD_ROLE_BEFORE_DEPS = frozenset({"csubj"})
# (a participle, "teaching", "managing": not a name's first word read as a verb, "Keep Schools
# Local said")
_MISREAD_ROLE_BEFORE_TAG = "VBG"


class Attribution(Terms):
    def cue_count(self, start: int, end: int) -> int:
        """Speech verbs in text[start:end] outside quotes that take no object or clause of
        their own, so report a quote: "he said, adding later," has two; "she said,
        emphasizing why the past matters," has one; so has "he said at the dinner, where
        his rival also spoke," (a relative clause reports no quote); "she sings to him before
        asking him," has two (a listener is not what was said)."""
        return sum(1 for t in self._chunk_tokens(start, end)
                   if is_cue(t) and t.dep_ not in _RELATIVE_DEPS and not manner_participle(t)
                   and not any(c.dep_ in _COMPLEMENT_DEPS and not self.in_quote(c.idx) and not self._listener(t, c)
                               for c in t.children))

    @staticmethod
    def _listener(cue: Token, obj: Token) -> bool:
        """The object of "ask", "tell", "urge" ... is whom the speaker addressed ("before
        asking her, “...”"), not what was said: the cue still reports a quote."""
        return obj.dep_ == "dobj" and cue.lower_ in _LISTENER_CUES and (obj.pos_ == "PRON" or obj.ent_type_ == "PERSON")

    def _chunk_tokens(self, start: int, end: int) -> list[Token]:
        return [t for t in tokens_in(self.doc, start, end) if start <= t.idx < end and not self.in_quote(t.idx)]

    def _according_to(self, start: int, end: int, tokens: list[Token] | None = None) -> Speaker | None:
        """`tokens`: the chunk's tokens (_chunk_tokens) when the caller has them already."""
        tokens = self._chunk_tokens(start, end) if tokens is None else tokens
        for i, t in enumerate(tokens[:-1]):
            if t.lower_ == "according" and tokens[i + 1].lower_ == "to":
                to = tokens[i + 1]
                heads = [c for c in to.children if c.dep_ == "pobj"] or tokens[i + 2:i + 3]
                for h in heads:
                    sp = self._speaker_from(h, start, end, cue_i=to.i)
                    if sp:
                        return sp.but(cue="according to")
                    if h.lower_ in DOCUMENT_NOUNS:
                        # "According to the accounts, “…”": a document whose issuer the
                        # article does not give; the quote stands, with no speaker
                        return Speaker(None, cue="according to", how="document")
                return None
            # "“…” Those were the words of Jo March" / "In the words of Jo March, “…”" /
            # "“…” That was the verdict of Carol Penhaligon, headteacher of ..."
            if t.lower_ in WORDS_OF_NOUNS and tokens[i + 1].lower_ == "of" and i > 0 and tokens[i - 1].lower_ == "the":
                of = tokens[i + 1]
                for h in [c for c in of.children if c.dep_ == "pobj"] or tokens[i + 2:i + 3]:
                    sp = self._speaker_from(h, start, end, cue_i=of.i)
                    if sp and sp.speaker:
                        return sp.but(cue=f"the {t.lower_} of")
        return None

    def _find_attribution(self, start: int, end: int, *, after: bool, partial_of=None) -> Speaker | None:
        tokens = self._chunk_tokens(start, end)
        if not tokens:
            return None
        according = self._according_to(start, end, tokens)
        # (a partial quote its own clause's reporter gives is theirs, not the source's: `_own_reporter`)
        if according is not None and according.speaker and not (partial_of is not None and self._own_reporter(partial_of)):
            return according
        # "According to a letter sent to staff, the trust has concluded that ... ‘...’": a
        # document with no issuer of its own leaves the clause's reporter to speak
        found = self._cue_attribution(tokens, start, end, after, partial_of)
        if found is not None and found.speaker:
            return found
        return found if according is None else according

    def _cue_attribution(self, tokens, start: int, end: int, after: bool, partial_of) -> Speaker | None:
        """The attribution of a chunk by a dash, colon or speech verb and its subject."""
        if partial_of is None:
            found = self._dash_attribution(tokens, start, end) if after else \
                (self._colon_intro(tokens, start, end) or message_reading(self, tokens, start, end))
            if found:
                return found
        cues = [t for t in tokens if is_cue(t, SPEECH_LEMMAS if partial_of is None else ALL_CUE_WORDS)
                or partial_of is not None and (is_finding(t, (partial_of.start, partial_of.end)) or is_clause_cue(t))
                or partial_of is None and (puts_it(t) or after and (goes_on_speaking(t) or bare_tail(self.text, start, t, tokens)))]
        if not cues and not after and partial_of is None and self.text[start:end].rstrip().endswith(":"):
            found = self._utterance_intro(tokens) or self._document_intro(tokens, start, end)
            if found:
                return found
            # any verb right before the colon introduces the quote ("Smith agreed:"), but
            # only a named person or organisation counts ("The meeting heard:" does not)
            verbs = [t for t in tokens if t.tag_.startswith("VB") and t.idx < end]
            # (a particle or an adverb of the verb may follow: "Mr Frith went on:", "The
            # chair hit back:")
            if verbs and all(not x.is_alpha or x.dep_ == "prt" or x.dep_ == "advmod" and x.head.i == verbs[-1].i
                             for x in tokens if x.i > verbs[-1].i):
                found = self._find_attribution_with(verbs, tokens, start, end, after, partial_of)
                if found and (found.person is not None or found.speaker == found.speaker_org):
                    return found
            return self._colon_clause_person(tokens, start, end)
        if not cues:
            return None
        return self._find_attribution_with(cues, tokens, start, end, after, partial_of)

    def _own_reporter(self, q) -> bool:
        """"According to the judgment, the trust's investigation had described the unit as
        ‘...’": a speech or labelling verb above the partial quote in the parse, with a
        subject of its own outside quotes, reports it (not the "according to" source)."""
        inner = tokens_in(self.doc, q.start, q.start + 1)
        # (not a thing as the verb's subject: "According to the accounts, the increase reflected ‘...’")
        return bool(inner) and any(is_cue(a, ALL_CUE_WORDS) and any(
            c.dep_ == "nsubj" and not self.in_quote(c.idx) and can_be_source(c) for c in a.children)
            for a in inner[0].ancestors)

    def _find_attribution_with(self, cues, tokens, start, end, after, partial_of) -> Speaker | None:
        if after:
            ordered = cues  # the first cue after the quote
        else:
            ordered = list(reversed(cues))  # the cue nearest the quote
            if partial_of is not None:
                # The reporting verb highest above the quote in the parse: in "X said
                # schools had asked for “...”" the speaker is X.
                first_inner = tokens_in(self.doc, partial_of.start, partial_of.start + 1)
                if first_inner:
                    # up the parse, but not across a coordination: in "Police found the car,
                    # and the council described it as “a shambles”" the council describes
                    # (a clause with no subject of its own shares its head's: "Inspectors found
                    # that behaviour ... was ‘too often disorderly’", parsed "found ... and was")
                    path, x = [], first_inner[0]
                    while x.head.i != x.i and (x.dep_ != "conj" or any(c.dep_ == "mark" for c in x.children)
                                               or not any(c.dep_ in _SUBJ_DEPS for c in x.children)):
                        x = x.head
                        path.append(x)
                        if own_report(x, path, cues):
                            break  # "X said ..., while Y described it as “...”": Y's own report
                    if x.dep_ == "conj" and x.head in cues and clause_only(x.head) and not any(a in cues for a in path):
                        # "found that behaviour ... was ‘...’" parsed as "found behaviour" and
                        # a clause joined to "found": the finding's own clause all the same
                        path.append(x.head)
                    if not any(a in cues for a in path) and (up := sibling_reporter(x, cues)) is not None:
                        path.append(up)  # "X said A had asked ..., but B had been ‘...’": X
                    anc = [a for a in path if a in cues]
                    anc.sort(key=lambda a: len(list(a.ancestors)))
                    # "..., which chair of trustees X described as “...”": a relative clause
                    # with a named subject of its own reports the quote, not the sentence's verb
                    # (so does one about a document: "DfE guidance, which says ... ‘reasonable’")
                    anc.sort(key=lambda a: not (named_relative(a) or document_relative(a)))
                    # "found/judged/rated", "blamed" only when the quote is inside their clause
                    ordered = anc + [c for c in ordered if c not in anc and not clause_only(c)]
                else:
                    ordered = [c for c in ordered if not clause_only(c)]
        if after:
            # the cue must report the quote: "the development would add 180 journeys"
            # (a modal, or an object other than a listener) is not "..., he added", nor is a
            # verb reporting a clause of its own ("“...” They said the firm had ...")
            ordered = [c for c in ordered if not any(
                x.tag_ == "MD" or x.dep_ == "dobj" and x.pos_ in {"NOUN", "PROPN", "NUM"} and c.lower_ not in _LISTENER_CUES
                # (a subject inside the quote is the parser taking the quote's first words
                # for it: "'Shame on you!' shouted Mary Jones", "Jones" its object)
                and any(y.dep_ == "nsubj" and not self.in_quote(y.idx) for y in c.children)
                for x in c.children if not self.in_quote(x.idx))
                and (not any(x.dep_ == "ccomp" and c.i < x.left_edge.i <= c.i + 2 and any(
                    y.dep_ in _SUBJ_DEPS and not self.in_quote(y.idx) for y in x.children) for x in c.children)
                     or name_after_role(c) is not None)]  # (a role read as a clause: "says head cook Jo Bell")
        for cue in ordered:
            author = read_out_author(self, cue, start, end)  # "read out a letter from X, which said"
            if author is not None:
                return author.but(cue=cue.text)
            for sj in self._cue_subjects(cue, start, end, after):
                # ("A: I've said, “...”": the interviewee, not "“...”, and I agree"; "The former
                # head of X says": the one just named)
                sp = (question_org(self, sj) if not after else None) \
                    or group_issuer(self, sj, cue, former_role(self, sj, self._speaker_from(sj, start, end, cue_i=cue.i))) \
                    or (answerer(self, sj) or addressee(self, sj) if not after else None)
                if sp:
                    return sp.but(cue=cue.text)
            if partial_of is not None and cue.dep_ == "conj" and unsaid_by_subject(cue):
                return None  # "X reported ... and had been told to ‘...’": not X, whoever told
        # No cue has a subject in the parse: the nearest name or pronoun next to a cue.
        for cue in ordered:
            # (a subject inside the quote is the parser joining the quote to the cue: no subject)
            if any((c.dep_ in _SUBJ_DEPS and self._plausible_subject(c, cue) and not self.in_quote(c.idx))
                   or c.dep_ == "agent" for c in cue.children) or unsaid_by_subject(cue) or misparsed_document(self, cue) is not None:
                continue
            if partial_of is not None:
                # "Keep Schools Local said they would be ‘...’", the name parsed as no subject
                # of the verb that reports the quote: the name right before that verb
                for t in unparsed_reporter(cue, tokens, partial_of.start):
                    sp = self._speaker_from(t, start, end, cue_i=cue.i)
                    if sp and sp.speaker:
                        return sp.but(cue=cue.text)
            else:
                near = sorted(  # (not a place in a person's "who" clause: "Jo Bell, who works at X, said:")
                    (t for t in tokens if t.i != cue.i and (t.ent_type_ in {"PERSON", "ORG"} or t.lower_ in PRONOUNS
                                                            or t.lower_ in SPOKES_NOUNS) and not in_person_relative(t)),
                    key=lambda t: (abs(t.i - cue.i), t.i < cue.i if after else t.i > cue.i),
                )
                for t in near[:1]:
                    sp = self._speaker_from(t, start, end, cue_i=cue.i)
                    if sp:
                        return sp.but(cue=cue.text)
        return None

    def _cue_subjects(self, cue: Token, start: int, end: int, after: bool) -> list[Token]:
        """Who a cue's subject is, nearest the cue first: its parsed subject or agent; an
        inverted "“...,” shouted one woman" misparsed as an object; the controller of a
        participle or infinitive ("record one governor asking:", "..., saying “...”")."""
        children = list(cue.children)
        passive = [c for c in children if c.dep_ == "nsubjpass"]
        agents = [g for c in children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        auxpass = any(c.dep_ == "auxpass" for c in children)
        if auxpass and not agents:
            # "being called ‘just the supply’ by pupils": the agent the parser hung on the quote
            agents = [g for x in cue.subtree if x.i > cue.i and x.lower_ == "by" and x.dep_ in {"prep", "agent"}
                      and not self.in_quote(x.idx) for g in x.children if g.dep_ == "pobj"]
        if (passive or auxpass or described_participle(cue)) and not agents:
            # (a passive's subject, parsed or shared: "X paid £4m and was accused of ‘...’")
            # "residents were told:" names the listeners, not the speaker; "Parents were told
            # in a letter from the trust that ...": the letter, whose issuer speaks; "the
            # changes, described in a report as ‘...’": the thing described is no speaker
            return [g for g in carrying_documents(cue) if start <= g.idx < end]
        subj = agents or [c for c in children if c.dep_ in _SUBJ_DEPS and start <= c.idx < end
                          and self._plausible_subject(c, cue)]
        if not subj:
            subj = self._misparsed_subject(cue, start, end) or self._name_before_relative(cue, start, end) \
                or [d for d in [misparsed_document(self, cue)] if d is not None and self._inside(d, start, end)]
        if not subj and named_relative(cue) and self._inside(relative_subject(cue), start, end):
            subj = [relative_subject(cue)]  # "which chair of trustees X described as"
        if not subj and after and (named := name_after_role(cue)) is not None and self._inside(named, start, end):
            subj = [named]  # "“...,” says head cook Jo Bell", the role read as a clause
        if not subj and after:
            # inverted order misparsed as an object: "“...,” shouted one woman"
            subj = [c for c in children if c.dep_ == "dobj" and 0 < c.i - cue.i <= 3 and start <= c.idx < end]
        if not subj and cue.dep_ == "xcomp":
            # object control: "record one governor asking: ...", "quoted X as saying"
            subj = [c for c in cue.head.children if c.dep_ == "dobj" and start <= c.idx < end]
        if not subj and (d := participle_document(cue)) is not None and self._inside(d, start, end):
            subj = [d]  # "they received a letter from X telling them ...": the letter
        if not subj and cue.tag_ == "VBG" and cue.dep_ == "advcl":
            # a free participle ("Trump was defensive when ..., saying “...”") is controlled by
            # the subject of its sentence's main clause, not of a clause it follows
            subj = [c for c in cue.sent.root.children if c.dep_ in _SUBJ_DEPS and self._inside(c, start, end)]
        if not subj and cue.dep_ == "conj" and not is_cue(cue.head):
            # "X said she was “disappointed” staff had voted to strike and insisted ...": a
            # speech verb hung on a clause inside another report shares that report's subject
            reporter = next((a for a in cue.head.ancestors if is_cue(a)), None)
            if reporter is not None:
                subj = [c for c in reporter.children if c.dep_ == "nsubj" and start <= c.idx < end]
        if not subj and cue.dep_ == "pcomp" and cue.head.lower_ == "as":
            # "quoted X as saying", "X is recorded as warning": the one the verb reports on
            subj = [c for c in cue.head.head.children if c.dep_ in {"dobj", "nsubjpass"} and start <= c.idx < end]
        if not subj and cue.dep_ in {"conj", "xcomp", "advcl", "pcomp"} and cue.head.i != cue.i:  # pcomp: "opened by saying"
            ruler = cue.head.head if cue.dep_ == "pcomp" else cue.head
            # ("X was quoted as saying ...": the passive subject of "quoted" said it)
            # (so is "X could be heard saying ‘...’": the passive verb's subject controls the cue)
            deps = {"nsubj", "nsubjpass"} if cue.dep_ == "pcomp" and ruler.lemma_ == "quote" \
                or cue.dep_ == "xcomp" and cue.tag_ == "VBG" and any(c.dep_ == "auxpass" for c in ruler.children) else {"nsubj"}
            subj = [c for c in ruler.children if c.dep_ in deps and start <= c.idx < end]
            if not subj and ruler.dep_ == "xcomp" and cue.dep_ == "pcomp":
                # "X has been found to have breached the code after describing staff as “...”"
                subj = [c for c in ruler.head.children if c.dep_ in _SUBJ_DEPS and start <= c.idx < end]
        if not subj:  # "quoted X as saying", "X was quoted saying": however "saying" was parsed
            subj = [c for c in quoted_one(cue) if start <= c.idx < end]
        if not subj and cue.dep_ == "acl" and cue.tag_ == "VBN":
            # "The changes, described in a report to cabinet as ‘...’": the report, not the changes
            subj = [g for g in carrying_documents(cue) if self._inside(g, start, end)]
        if not subj and cue.dep_ == "acl" and start <= cue.head.idx < end:
            subj = [cue.head]  # "one governor asking: ..."
        lost = stranded_objects(subj) if len(subj) > 1 else set()
        subj = [described_by_relative(sj) for sj in subj if sj.i not in lost]
        # "the trust, which said ...": the noun the relative clause belongs to
        # ("who" after "Dr X, chief executive of the Y Trust,": Dr X, not the trust)
        subj = [(who_antecedent(cue.head, sj) if sj.lower_ == "who" else which_antecedent(cue.head, sj))
                if sj.lower_ in {"which", "who", "that"} and cue.dep_ == "relcl"
                and start <= cue.head.idx < end else sj for sj in subj]
        # (two subjects are an apposition misparsed, "Jo Bell, the administrator, said": the name;
        # but a he/she beside a name is the subject, the name a misparse of the clause before it:
        # "Asked by the coroner, Dr Peter Lowe, why not, he said")
        # (or the noun a "who" clause describes, not the last noun of that clause)
        asked = any(c.dep_ == "advcl" and c.tag_ == ASKED_TAG and c.i < cue.i for c in cue.children)
        return sorted(subj, key=lambda sj: (len(subj) > 1 and not (asked and sj.lower_ in PERSON_PRONOUNS),
                                            len(subj) > 1 and sj.ent_type_ not in {"PERSON", "ORG"},
                                            len(subj) > 1 and not who_described(sj, cue.i), abs(sj.i - cue.i)))

    def _plausible_subject(self, sj: Token, cue: Token) -> bool:
        """A subject the parser gave a cue that can be its speaker: a word (not a stray
        dash), and after the cue only when inverted right after it ("said X", "said
        Thursday X"), not past a prepositional phrase ("said on Fox News’s “Fox and
        Friends”", where the parser took the programme for the subject)."""
        if not any(ch.isalpha() for ch in sj.text):
            return False
        if sj.i < cue.i:
            return True
        return not any(x.dep_ == "prep" and x.head.i == cue.i for x in self.doc[cue.i + 1:sj.i])

    def _misparsed_subject(self, cue: Token, start: int, end: int) -> list[Token]:
        """"Flynn, a top Trump surrogate, said ...", parsed with the name as an apposition of
        the words before it: the name whose phrase (with its apposition) ends right before
        the cue, only commas between."""
        for x in reversed(self.doc[max(0, cue.i - NAME_PHRASE_MAX_TOKENS):cue.i]):
            # "Cllr Jo Bell, lead member for schools, said": the role's noun read as a verb
            # ("lead") whose subject the name became, its clause hung on the cue
            role_as_verb = x.dep_ == "nsubj" and x.head.dep_ in _MISREAD_ROLE_DEPS and x.head.head.i == cue.i \
                and x.head.i < cue.i \
                or x.dep_ == "dobj" and x.head.dep_ in _MISREAD_ROLE_BEFORE_DEPS and x.head.head.i == cue.i \
                and x.head.i < x.i and x.head.tag_ == _MISREAD_ROLE_BEFORE_TAG
            edge = (x.head if role_as_verb else x).right_edge.i
            if (x.dep_ in MISPARSED_SUBJ_DEPS or role_as_verb) and (x.ent_type_ == "PERSON" or x.pos_ == "PROPN") \
                    and self._inside(x, start, end) and edge < cue.i \
                    and all(y.is_punct for y in self.doc[edge + 1:cue.i]):
                if x.dep_ == "appos" and x.ent_type_ != "PERSON" and x.head.ent_type_ == "PERSON" and x.head.i < x.i:
                    return [x.head]  # "Ms Bell, who was supported by her union, UNISON, said": Ms Bell
                return [x]
        return []

    def _name_before_relative(self, cue: Token, start: int, end: int) -> list[Token]:
        """"Jo Bell, whose son has had 14 drivers, said ...", parsed with the relative
        clause's verb as a clause of the cue and the name as that verb's subject: the name."""
        if cue.i == 0 or self.doc[cue.i - 1].text != ",":
            return []
        for c in cue.children:
            if c.dep_ != "ccomp" or c.i > cue.i or self.in_quote(c.idx):
                continue
            for n in c.children:
                # (a name the entity model missed or misread counts: "Leanne Parrish, whose son ...")
                if n.dep_ == "nsubj" and (n.ent_type_ == "PERSON" or n.tag_ == "NNP") \
                        and self._inside(n, start, end) \
                        and n.i + 2 < c.i and self.doc[n.i + 1].text == "," and self.doc[n.i + 2].lower_ in {"who", "whose"}:
                    return [n]
        return []
