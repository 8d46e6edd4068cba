"""Finding quoted stretches by scanning characters, paragraph by paragraph.

Marks as writers use them:
- curly doubles (“ ”, „; a ” typed as the opener, after a space and before a word, opens),
  straight doubles ("), two apostrophes as a double mark (''...'',
  New York Times style; also ``...''), guillemets (« » and » «);
- single quotes (‘ ’ and straight ') in the body as well as the headline (British house
  styles quote with single marks). A single mark opens only after a space or an opening
  bracket and before a letter; it closes only where an apostrophe cannot be: after
  punctuation (‘No,’), or before punctuation, a space or the end when no apostrophe reading
  is likelier (a plural possessive "teachers’ pay" is skipped when a better close follows,
  unless a new single quote opens first; a quote opening its paragraph or after a colon
  that the next paragraph continues runs on past one);
- a single mark inside a double-quoted stretch is a nested quote, not a new one.
A quote still open at the end of a paragraph continues when the next paragraph opens with
a quote mark (each paragraph opens, only the last one closes). An opening mark that is
never closed costs at most its own sentence: the stretch ends at that sentence's end, and
an opening mark met while a quote is open (a stray straight mark) restarts the quote there.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from nlp.components.quoting.sentences import sentence_start

# Opening mark -> the closing marks that end it.
_DOUBLE_CLOSERS = ("”", '"', "''")
_PAIRS = {
    "“": _DOUBLE_CLOSERS, "„": _DOUBLE_CLOSERS + ("“",), '"': ('"', "”", "''"), "''": ("''", '"', "”"),
    "``": ("''", '"', "”"), "«": ("»",), "‘": ("’", "'", "''"), "'": ("'", "’", "''"),
    "”": _DOUBLE_CLOSERS,  # a closing mark typed as the opener (”Fear. ...”), see _opens
}
_SINGLE_OPENERS = ("‘", "'")
_OPEN_CONTEXT = set(" \t\n([{—–-:/")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?=\s)")
# A quote paragraph that continues a quote opens with one of these.
CONTINUATION_MARKS = ("“", '"', "''", "‘", "'", "«", "„", "``")
ALL_MARKS = "“”„\"‘’'«»`"
# Words that follow a closing mark but never a plural possessive ("issues’ which",
# "‘water ingress’ into": prepositions and conjunctions, never a possessed noun).
_CLAUSE_WORDS = frozenset("""which and or but to in on at for from that as with by when were was is are had
    have has said says he she they it who after before while because if so than then
    into onto upon over under about across through between among against during without within
    towards toward despite until unless whether although though where nor yet of""".split())


@dataclass
class Segment:
    para: int
    open: int  # index of the opening mark
    start: int  # first quoted character
    end: int  # one past the last quoted character
    close: int | None  # index of the closing mark; None if the paragraph ended first
    close_len: int = 1  # characters in the closing mark ('' is two)

    @property
    def after(self) -> int | None:
        """First character after the closing mark."""
        return None if self.close is None else self.close + self.close_len


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _mark_at(s: str, i: int) -> str | None:
    two = s[i:i + 2]
    if two in ("''", "``"):
        return two
    ch = s[i]
    return ch if ch in ALL_MARKS and ch != "`" else None


def _char(s: str, i: int) -> str:
    return s[i] if 0 <= i < len(s) else " "


def _opens(s: str, i: int, mark: str, single_ok: bool) -> bool:
    prev, nxt = _char(s, i - 1), _char(s, i + len(mark))
    if mark in ("“", "„", "«", "``"):
        return not nxt.isspace() or mark == "«"
    if mark in ('"', "''", "”"):
        # a closing curly mark opens where a straight one would (after a space, before a
        # word): a closer follows the words it closes, never a space
        return (i == 0 or prev in _OPEN_CONTEXT) and not nxt.isspace() and (mark != "”" or nxt.isalnum())
    if mark in _SINGLE_OPENERS and single_ok:
        if not (i == 0 or prev in _OPEN_CONTEXT):
            return False
        # 'em, '90s, rock 'n' roll are apostrophes
        return nxt.isalpha() and s[i + 1:i + 4].lower() not in ("em ", "n' ", "n’ ") or nxt in "£$€"
    return False


def _close_strength(s: str, i: int, mark: str) -> int:
    """0: cannot close here; 1: could (or is an apostrophe); 2: surely closes."""
    prev, nxt = _char(s, i - 1), _char(s, i + len(mark))
    if mark in ("”", "»", "“"):
        return 2
    if mark in ('"', "''"):
        return 2 if not prev.isspace() or nxt.isspace() or not nxt.isalnum() else 1
    # single marks
    if prev.isspace() or nxt.isalnum():
        return 0  # ‘word or don’t
    if prev in ".,!?;:…—-":
        return 2
    if nxt in ".,;:!?)—–" or i + len(mark) >= len(s):
        return 2  # "jobs’." closes: a possessive is followed by its noun
    if prev.lower() == "s":  # "teachers’ pay" is a possessive; "issues’ which" closes
        if re.match(r"\s+[-—–―]\s", s[i + len(mark):]):
            return 2  # "the classrooms’ - that was ...": a possessive is never followed by a spaced dash
        word = re.match(r"\s*([A-Za-z]+)", s[i + len(mark):])
        return 2 if word and word.group(1).lower() in _CLAUSE_WORDS else 1
    return 2  # "‘a shambles’ and" closes


def _possessive_comma(s: str, k: int, i: int) -> bool:
    """A single mark at k after "s" and before a comma inside a quote that opened its
    paragraph at i and whose paragraph ends with a closing single mark after a sentence's
    end: "‘We recognise the pressure on every household, including our own colleagues’, and
    we have ... award.’" reads the mark as a plural possessive, not the quote's close."""
    return _char(s, k - 1).lower() == "s" and _char(s, k + 1) in ",;" and _opens_utterance(s, i) \
        and s.rstrip()[-1:] in ("’", "'") and s.rstrip()[-2:-1] in tuple(".!?")


def _find_close(s: str, i: int, opener: str) -> tuple[int, str] | None:
    """Where the quote opened at i (mark `opener`) closes in this paragraph."""
    closers = _PAIRS[opener]
    single = opener in _SINGLE_OPENERS
    weak = None
    k = i + len(opener)
    while k < len(s):
        mark = _mark_at(s, k)
        if mark is None:
            k += 1
            continue
        if mark in closers:
            strength = _close_strength(s, k, mark)
            if strength == 2 and single and weak is None and _possessive_comma(s, k, i):
                strength = 1
            if strength == 2:
                return k, mark
            if strength == 1 and weak is None:
                weak = (k, mark)
        elif not single and mark in ('"', "“") and _opens(s, k, mark, False) and _close_strength(s, k, mark) < 2:
            return None  # a new opening before any close: the first mark was stray
        elif single and weak is not None and mark in _SINGLE_OPENERS and _opens(s, k, mark, True) \
                and _close_strength(s, k, mark) == 0:
            # "its ‘Connected Classrooms’ programme. According to X, ‘teachers ...’": a new
            # opening after a possessive-looking close: that close was the quote's end
            return weak
        k += len(mark)
    return weak


def _sentence_end(s: str, i: int) -> int:
    m = _SENTENCE_END.search(s, i)
    return m.end() if m else len(s)


def scan_groups(text: str, paragraphs: list[tuple[int, int]], headline: bool = False) -> list[list[Segment]]:
    """Quoted stretches, each a list of segments (one per paragraph it runs over).
    `headline` is accepted for callers that mark the first paragraph as a headline; single
    marks are read in every paragraph."""
    groups: list[list[Segment]] = []
    carry: list[Segment] | None = None
    for pi, (ps, pe) in enumerate(paragraphs):
        s = text[ps:pe]
        i = 0
        nxt_para = text[paragraphs[pi + 1][0]:paragraphs[pi + 1][0] + 2] if pi + 1 < len(paragraphs) else ""
        if carry is not None:
            mark = _mark_at(s, 0) if s else None
            if mark is not None and mark in CONTINUATION_MARKS:
                cur, i = carry, 0
                opener = mark
                i = _continue(text, ps, s, pi, opener, cur, groups, nxt_para)
                carry = cur if i is None else None
                if i is None:
                    continue
            else:
                carry = None
        while i < len(s):
            mark = _mark_at(s, i)
            if mark is None or not _opens(s, i, mark, True):
                i += len(mark) if mark else 1
                continue
            cur: list[Segment] = []
            groups.append(cur)
            nxt = _continue(text, ps, s, pi, mark, cur, groups, nxt_para, at=i)
            if nxt is None:
                carry = cur
                break
            i = nxt
    return [g for g in groups if g]


def _opens_utterance(s: str, at: int) -> bool:
    """Whether the mark at s[at] opens a quote that starts its paragraph or follows a colon."""
    return not s[:at].strip() or s[:at].rstrip().endswith(":")


def _opens_sentence(s: str, at: int) -> bool:
    """Whether the mark at s[at] opens a sentence after another in its paragraph ("..., she
    said. ‘We ...")."""
    return at > 0 and not s[sentence_start(s, 0, at):at].strip()


def _continue(text, ps, s, pi, opener, cur, groups, nxt_para, at: int = 0) -> int | None:
    """Scan the quote opened at s[at] (mark `opener`); append its segment to cur. Returns
    where to scan on, or None when the quote runs on into the next paragraph."""
    found = _find_close(s, at, opener)
    start = at + len(opener)
    single = opener in _SINGLE_OPENERS
    continues = any(nxt_para.startswith(m) for m in CONTINUATION_MARKS if (m in _SINGLE_OPENERS) == single)
    if found is not None and single and continues and _close_strength(s, *found) == 1 \
            and s.rstrip()[-1:] not in ALL_MARKS and (_opens_utterance(s, at) or _opens_sentence(s, at)):
        # "said: ‘Our members’ jobs ... in schools." (or "she said. ‘We were told that
        # teachers’ pay ...") with the next paragraph opening ‘: the only close was a
        # possessive, and the quote runs on over the paragraphs (a partial quote inside a
        # sentence, "spent ‘the best part of two weeks’ chasing", closes)
        found = None
    if found is not None:
        k, mark = found
        a, b = _strip(text, ps + start, ps + k)
        if b > a:
            cur.append(Segment(pi, ps + at, a, b, ps + k, len(mark)))
        return k + len(mark)
    # not closed in this paragraph: a stray mark before a new opening, a quote that runs
    # on into the next paragraph, or an unclosed quote that ends with its sentence
    rest = s[start:]
    restart = next((m.start() + start for m in re.finditer(r"[\"“]", rest)
                    if _opens(s, m.start() + start, s[m.start() + start], False)), None)
    if restart is not None and opener in ('"', "“", "''"):
        return restart
    end = len(s) if continues else _sentence_end(s, start)
    if single and not continues:
        return start  # an unmatched single mark is an apostrophe
    a, b = _strip(text, ps + start, ps + end)
    if b > a:
        cur.append(Segment(pi, ps + at, a, b, None if end == len(s) else None))
    return None if continues and end == len(s) else end
