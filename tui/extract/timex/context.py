"""Discourse context for normalization: the reference date, tense near a mention, and
the last dates the text mentioned (for 'the following day', 'a year earlier')."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .patterns import FUTURE_CUE, PAST_CUE

_BOUNDARY = re.compile(r"[.!?;\n\"“”](?=\s|$)|\n")


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

    def tense(self, start: int, end: int) -> str | None:
        """'future', 'past' or None from the words of the clause around [start, end)."""
        text = self.text
        lo = max(0, start - 60)
        before = text[lo:start]
        cut = None
        for m in _BOUNDARY.finditer(before):
            cut = m.end()
        if cut is not None:
            before = before[cut:]
        after = text[end:end + 40]
        m = _BOUNDARY.search(after)
        if m:
            after = after[: m.start()]
        if FUTURE_CUE.search(before) and re.search(r"\b(?:had|was|were)\b", before, re.I):
            return "past"
        if FUTURE_CUE.search(before) or re.match(r"\s*,?\s*(?:will|'ll|is\s+(?:to|set|expected|scheduled)|are\s+(?:to|set|expected|scheduled))\b", after, re.I):
            return "future"
        if PAST_CUE.search(before) or PAST_CUE.search(after):
            return "past"
        return None

    def note_day(self, d: date, pos: int) -> None:
        self.last_day, self.last_day_pos = d, pos
        self.note_year(d.year, pos)

    def note_year(self, y: int, pos: int) -> None:
        self.last_year, self.last_year_pos = y, pos

    def note_quarter(self, y: int, q: int, pos: int) -> None:
        self.last_quarter, self.last_quarter_pos = (y, q), pos
        self.note_year(y, pos)
