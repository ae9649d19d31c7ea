"""The query language: free words plus filters (actor:, quote:, said:, date:, from:, to:)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

FILTERS = ("actor", "quote", "said", "date", "from", "to")
# A filter's value may follow a space ('said: rubio'), as people type it, unless what follows is
# another filter ('said: date:2025').
_TOKEN = re.compile(r'(\w+):(?:\s*(?!\w+:)(?:"([^"]*)"?|(\S+)))?|"([^"]*)"?|(\S+)')
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


@dataclass(frozen=True, slots=True)
class Query:
    text: str = ""                    # the free words (and quote: words), as typed
    actor: str | None = None
    said: str | None = None
    quotes_only: bool = False
    date_lo: str | None = None        # inclusive ISO day bounds
    date_hi: str | None = None
    errors: tuple[str, ...] = field(default_factory=tuple)

    @property
    def has_filters(self) -> bool:
        return bool(self.actor or self.said or self.quotes_only or self.date_lo or self.date_hi)

    @property
    def empty(self) -> bool:
        return not self.text.strip() and not self.has_filters


def _day_range(value: str) -> tuple[str, str] | None:
    m = _DATE.match(value.strip())
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        return f"{year}-{int(month):02d}-01", f"{year}-{int(month):02d}-31"
    if not 1 <= int(day) <= 31:
        return None
    d = f"{year}-{int(month):02d}-{int(day):02d}"
    return d, d


def parse_query(raw: str) -> Query:
    words: list[str] = []
    actor = said = None
    quotes_only = False
    lo = hi = None
    errors: list[str] = []
    for m in _TOKEN.finditer(raw):
        key, quoted, bare, phrase, word = m.groups()
        if key is not None and key.lower() in FILTERS:
            value = (quoted if quoted is not None else bare or "").strip()
            key = key.lower()
            if not value:
                continue  # still being typed
            if key == "actor":
                actor = value
            elif key == "said":
                said = value
            elif key == "quote":
                quotes_only = True
                words.append(value)
            else:
                rng = _day_range(value)
                if rng is None:
                    errors.append(f"{key}:{value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
                elif key == "date":
                    lo, hi = rng
                elif key == "from":
                    lo = rng[0]
                else:
                    hi = rng[1]
        elif key is not None:
            words.append(m.group(0))
        elif phrase is not None:
            words.append(phrase)
        elif word:
            words.append(word)
    return Query(text=" ".join(w for w in words if w), actor=actor, said=said, quotes_only=quotes_only,
                 date_lo=lo, date_hi=hi, errors=tuple(errors))
