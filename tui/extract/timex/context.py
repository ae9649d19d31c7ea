"""Discourse context for normalization: the reference date, tense near a mention, and
the last dates the text mentioned (for 'the following day', 'a year earlier')."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .patterns import FUTURE_CUE, PAST_CUE, PRESENT_SCHEDULE

_FUTURE_AFTER = re.compile(
    r"\b(?:will|'ll|shall|would|going\s+to|(?:is|are)\s+(?:to|set|expected|scheduled|due))\b", re.I)
_FUTURE_IN_PAST = re.compile(
    r"\b(?:was|were|had(?:\s+been)?)\s+(?:due|scheduled|expected|set|supposed|planned|going|about)\b", re.I)
_NOT_UNTIL = re.compile(r"\b(?:was|were|had\s+been)(?:\s+not|n't)\s+until\s+$", re.I)
_DONE_BEFORE = re.compile(
    r"\b(?:was|were|(?!(?:need|speed|feed|seed|indeed|hundred|bed|shed|red|proceed|exceed|succeed|breed|greed|"
    r"scheduled|expected|planned|slated|set|due|delayed|postponed|extended|moved|deferred|pushed|rescheduled|"
    r"supposed|agreed|hoped|intended|aimed|promised|pledged|vowed|decided|asked|ordered|required|needed)\b)"
    r"[a-z]\w+ed|began|took|came|went|met|fell|rose|won|lost|held|left|died|ran|broke|gave|made|sold|saw|said|told)"
    r"\s+(?:\w+\s+){0,2}(?:in|on|during|since|last|early|late)\s+$")
# A plan reported in the past says nothing of whether its day has come: 'protesters planned a
# rally on Saturday', 'she planned to fly out Wednesday but cancelled' ('had planned' is a
# future seen from the past, _FUTURE_IN_PAST)
_PLANNED = re.compile(
    r"\b(?:planned|(?:was|were)\s+planning|intended|arranged|"
    r"(?:called|announced|scheduled|set)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:strike|walkout|protest|rally|march|"
    r"vote|referendum|election|meeting|summit|hearing|demonstration|boycott|vigil|press\s+conference))\b"
    r"(?![^.;!?]*\b(?:will|'ll|shall|said|told|announced|reported)\b)[^.;!?]*$", re.I)
_STARTING = re.compile(r"\b(?:starting|beginning)\s+(?:on\s+|next\s+|this\s+)?$", re.I)
# past verbs whose infinitive still looks ahead: 'expected claims to be lodged before Christmas'
_LOOKS_AHEAD_VERB = re.compile(
    r"\b(?:expected|hoped|wanted|planned|agreed|promised|decided|vowed|pledged|threatened|asked|urged|"
    r"ordered|voted|intended|aimed|sought|prepared|scheduled|warned|told|called\s+on|invited|allowed)$",
    re.I)
_NUMERIC_DATE = re.compile(r"(?<![\w/.])(\d{1,2})[/.](\d{1,2})[/.](?:\d{4}|\d\d)(?![\w/])")
_NEXT_WORDS = re.compile(r"[ \t]*((?:[\w'-]+[ \t]+)?[\w'-]+)(\s+by\b)?")
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|get|gets)\s+$", re.I)
# a period after a title or an initial ('Roe vs. Wade', 'Dr. Lowe', 'U.S. forces') ends no clause
_BOUNDARY = re.compile(r"\.(?<!\bvs\.)(?<!\bv\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bGen\.)"
                       r"(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bJr\.)(?<!\bNo\.)(?<!\b[A-Z]\.)"
                       r"(?=\s|$)|[!?;\n\"“”](?=\s|$)|\n")


@dataclass(slots=True)
class Context:
    text: str
    dct: date | None
    last_day: date | None = None  # last day-precise date mentioned
    last_day_pos: int = -10**9
    last_year: int | None = None  # year of the last absolute date mentioned
    last_year_pos: int = -10**9
    last_quarter: tuple[int, int] | None = None
    last_quarter_pos: int = -10**9
    last_month: date | None = None  # first day of the last month-precise date mentioned ('May 2020')
    last_month_pos: int = -10**9
    _days_first: bool | None = None

    def days_first(self) -> bool:
        """The text writes numeric dates day first: one of them has a first number over 12
        and none a second number over 12."""
        if self._days_first is None:
            firsts = seconds = 0
            for m in _NUMERIC_DATE.finditer(self.text):
                firsts += int(m.group(1)) > 12
                seconds += int(m.group(2)) > 12
            self._days_first = firsts > 0 and seconds == 0
        return self._days_first

    def tense(self, start: int, end: int) -> str | None:
        """'future', 'past' or None from the words of the clause around [start, end); when
        the clause near the name has no cue, the rest of its sentence ('Collins will be named
        commander of the shuttle for a mission in December')."""
        near = self._tense(start, end, 60)
        if near is not None:
            return near
        # a verb right after the name is its own ('a sell-off on Friday spilled over')
        nxt = _NEXT_WORDS.match(self.text, end)
        if nxt is not None and not nxt.group(2):  # (not a participle: 'markets untouched by')
            if _FUTURE_AFTER.match(nxt.group(1)):
                return "future"
            if any(not _PASSIVE.search(nxt.group(1), 0, c.start()) for c in PAST_CUE.finditer(nxt.group(1))):
                return "past"
        if self._tense(start, end, 200) == "future":
            return "future"
        # nothing before (as in 'On Friday, the minister will travel'): the first cue after, in
        # the clause, then in the rest of the sentence
        return self._first_cue_after(end, 40) or self._first_cue_after(end, 160)

    def _clause_after(self, end: int, reach: int) -> str:
        after = self.text[end:end + reach]
        m = _BOUNDARY.search(after)
        return after[: m.start()] if m else after

    def _first_cue_after(self, end: int, reach: int) -> str | None:
        after = self._clause_after(end, reach)
        f, p = _FUTURE_AFTER.search(after), PAST_CUE.search(after)
        if f and (p is None or f.start() <= p.start()):
            return "future"
        return "past" if p else None

    def _tense(self, start: int, end: int, reach_back: int) -> str | None:
        """The tense the words before [start, end) give, in `reach_back` characters cut at the
        clause's start (the clause after only qualifies a few of the rules)."""
        text = self.text
        lo = max(0, start - reach_back)
        if lo and text[lo - 1].isalnum():  # not a word's tail ('amed' of 'be named')
            while lo < start and text[lo].isalnum():
                lo += 1
        before = text[lo:start]
        cut = None
        for m in _BOUNDARY.finditer(before):
            cut = m.end()
        if cut is not None:
            before = before[cut:]
        after = self._clause_after(end, 40)
        if _FUTURE_IN_PAST.search(before):
            return "past"  # 'was due to', 'had been scheduled to': a future seen from the past
        if _NOT_UNTIL.search(before):
            return "past"  # 'it was not until Tuesday that ...'
        fut_cues = list(FUTURE_CUE.finditer(before))
        fut = [m.end() for m in fut_cues]
        past = [m.end() for m in PAST_CUE.finditer(before)
                if not _PASSIVE.search(before, 0, m.start())]
        if fut_cues and fut_cues[-1].group().lower() in ("until", "till", "through", "thru") and (not past or past[-1] < fut[-1]):
            # 'until Thursday' looks ahead only when the clause does: 'Until Thursday, they had ...'
            # (not a passive or a report after it: 'till Tuesday, when the feast is celebrated',
            # 'until 05:00 on Friday, the utility said')
            past_after = [c for c in PAST_CUE.finditer(after) if not _PASSIVE.search(after, 0, c.start())
                          and c.group().lower() not in ("said", "told", "announced", "reported")]
            if past_after and not _FUTURE_AFTER.search(after) and not past \
                    and not any(c.group().lower() in ("will", "would", "'ll", "shall") for c in fut_cues):
                return "past"
        if PRESENT_SCHEDULE.search(before):
            return "future"
        if _STARTING.search(before) and not any(not _PASSIVE.search(after, 0, m.start())
                                                for m in PAST_CUE.finditer(after)):
            return "future"  # 'Starting Monday, masks are required' (not '..., they trained daily')
        if fut and past and fut[-1] > past[-1] and fut_cues[-1].group().lower().startswith("to ") \
                and before[past[-1]:fut_cues[-1].start()].strip() \
                and not _LOOKS_AHEAD_VERB.search(before, 0, past[-1]) \
                and not any(c.group().lower().startswith(("will", "'ll", "shall", "going")) for c in fut_cues):
            return "past"  # an infinitive takes the tense of its verb: 'he flew to Paris to meet her Friday'
            # (not of an intention: 'they planned to leave Friday')
        if fut or past:
            return "future" if (fut[-1] if fut else -1) >= (past[-1] if past else -1) else "past"
        return None

    def planned(self, start: int) -> bool:
        """The clause before `start` reports a plan in the past tense, so its day may lie on
        either side of the publication date."""
        before = self.text[max(0, start - 60):start]
        cut = None
        for m in _BOUNDARY.finditer(before):
            cut = m.end()
        if cut is not None:
            before = before[cut:]
        return _PLANNED.search(before) is not None and not _FUTURE_IN_PAST.search(before)

    def done_before(self, start: int) -> bool:
        """A verb in the simple past governs the name: 'the trial started in May', 'he was
        arrested on May 2' (and no word of the clause looks ahead)."""
        text = self.text
        before = text[max(0, start - 40):start]
        m = _DONE_BEFORE.search(before)
        if not m or _BOUNDARY.search(before, m.start()):
            return False
        return not FUTURE_CUE.search(text, max(0, start - 80), start) and not _FUTURE_IN_PAST.search(before)

    def year_before_last(self, pos: int, reach: int = 400) -> str | None:
        """'up from $4 million a year earlier' in a report on a quarter (or a month named just
        before): that period a year before; None when none was named within reach."""
        if self.last_month is not None and pos - self.last_month_pos <= 120 \
                and "\n" not in self.text[self.last_month_pos:pos] \
                and self.last_month_pos > self.last_quarter_pos and self.last_month.year > 1:
            # 'output fell 8.2% in July from a year earlier': that month a year before
            return f"{self.last_month.year - 1:04d}-{self.last_month.month:02d}"
        if self.last_quarter is None or pos - self.last_quarter_pos > reach:
            return None
        y, q = self.last_quarter
        return f"{y - 1:04d}-Q{q}" if y > 1 else None

    def note_day(self, d: date, pos: int) -> None:
        self.last_day, self.last_day_pos = d, pos
        self.note_year(d.year, pos)

    def note_month(self, y: int, mon: int, pos: int) -> None:
        self.last_month, self.last_month_pos = date(y, mon, 1), pos
        self.note_year(y, pos)

    def month_anchor(self) -> date | None:
        """The last date mentioned at day or month precision, whichever came later."""
        if self.last_month is not None and self.last_month_pos > self.last_day_pos:
            return self.last_month
        return self.last_day

    def note_year(self, y: int, pos: int) -> None:
        self.last_year, self.last_year_pos = y, pos

    def note_quarter(self, y: int, q: int, pos: int) -> None:
        self.last_quarter, self.last_quarter_pos = (y, q), pos
        self.note_year(y, pos)
