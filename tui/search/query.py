"""The query language: free words plus filters (actor:, quote:, said:, date:, from:, to:)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

FILTERS = ("actor", "quote", "said", "date", "from", "to")
# A filter's value may follow a space ('said: ruiz'), as people type it, unless what follows is
# another filter ('said: date:2025').
_TOKEN = re.compile(r'(\w+):(?:\s*(?!\w+:)(?:"([^"]*)"?|(\S+)))?|"([^"]*)"?|(\S+)')
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


# What each filter needs, said when it is typed with nothing after it ("said:").
FILTER_HINTS = {
    "actor": "actor: needs a name, e.g. actor:ruiz",
    "said": "said: needs a name, e.g. said:ruiz",
    "quote": "quote: needs words from a quote, e.g. quote:tariffs",
    "date": "date: needs a date, e.g. date:2025-03 (YYYY, YYYY-MM or YYYY-MM-DD)",
    "from": "from: needs a date, e.g. from:2025-01 (YYYY, YYYY-MM or YYYY-MM-DD)",
    "to": "to: needs a date, e.g. to:2025-06-30 (YYYY, YYYY-MM or YYYY-MM-DD)",
}


@dataclass(frozen=True, slots=True)
class Query:
    text: str = ""                    # the free words (and quote: words), as typed
    actor: str | None = None
    said: str | None = None
    quotes_only: bool = False
    date_lo: str | None = None        # inclusive ISO day bounds
    date_hi: str | None = None
    errors: tuple[str, ...] = field(default_factory=tuple)   # nothing can be searched: say why
    notices: tuple[str, ...] = field(default_factory=tuple)  # searched, but not all as typed: say what

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
    try:  # a day the calendar has: not 2025-02-30
        d = date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
    return d, d


def parse_query(raw: str) -> Query:
    words: list[str] = []
    names: dict[str, str] = {}        # actor / said -> the last name given
    quotes_only = False
    bounds: dict[str, tuple[str, str]] = {}  # "lo" / "hi" -> (the day, the filter that set it)
    errors: list[str] = []
    notices: list[str] = []
    for m in _TOKEN.finditer(raw):
        key, quoted, bare, phrase, word = m.groups()
        if key is not None and key.lower() in FILTERS:
            value = (quoted if quoted is not None else bare or "").strip()
            key = key.lower()
            if not value:
                # Alone it is still being typed (the engine says what it needs); beside other
                # words it would be dropped without a word: say so.
                notices.append(FILTER_HINTS[key])
                continue
            if key in ("actor", "said"):
                _repeated(key, names.get(key), value, notices)
                names[key] = value
            elif key == "quote":
                quotes_only = True
                words.append(value)
            else:
                _set_dates(key, value, bounds, errors, notices)
        elif key is not None:
            words.append(m.group(0))
        elif phrase is not None:
            words.append(phrase)
        elif word:
            words.append(word)
    lo, hi = bounds.get("lo"), bounds.get("hi")
    if lo and hi and lo[0] > hi[0]:
        errors.append(f"the range is reversed: {lo[1]} comes after {hi[1]}")
    return Query(text=" ".join(w for w in words if w), actor=names.get("actor"), said=names.get("said"),
                 quotes_only=quotes_only, date_lo=lo[0] if lo else None, date_hi=hi[0] if hi else None,
                 errors=tuple(errors), notices=tuple(dict.fromkeys(notices)))


def _repeated(key: str, before: str | None, value: str, notices: list[str]) -> None:
    """A filter given twice keeps its last value: a reader who typed both should know which."""
    if before is not None and before.casefold() != value.casefold():
        notices.append(f"{key}: given twice; using the last, {value!r}")


_ENDS = {"date": ("lo", "hi"), "from": ("lo",), "to": ("hi",)}  # the ends of the range each filter sets
_END_NAMES = {("lo",): "start", ("hi",): "end"}  # (only date: sets both; it clashes with one of from:/to:)


def _set_dates(key: str, value: str, bounds: dict[str, tuple[str, str]], errors: list[str],
               notices: list[str]) -> None:
    """date: sets both ends of the range, from: the start, to: the end; the last one given wins."""
    rng = _day_range(value)
    if rng is None:
        errors.append(f"{key}:{value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
        return
    token = f"{key}:{value}"
    ends = _ENDS[key]
    for before in dict.fromkeys(bounds[end][1] for end in ends if end in bounds):
        if before == token:
            continue
        if before.split(":", 1)[0] == key:
            notices.append(f"{key}: given twice; using the last, {value!r}")
        else:
            overlap = tuple(end for end in ends if bounds.get(end, ("", ""))[1] == before)
            notices.append(f"{before} and {token} both set the {_END_NAMES[overlap]}; using the last, {token}")
    for end in ends:
        bounds[end] = (rng[0] if end == "lo" else rng[1], token)
