"""Render TIMEX3 values for people (the Dates pane): 'P20Y' -> '20 years'."""
from __future__ import annotations

import re
from datetime import date

from .lexicon import MONTH_NAMES, WEEKDAY_NAMES

_REFS = {"PRESENT_REF": "now", "PAST_REF": "the past", "FUTURE_REF": "the future"}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_PARTS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night",
          "DT": "daytime"}
_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "Q": "quarter", "WE": "weekend",
          "H": "hour", "S": "second", "E": "decade", "C": "century", "L": "millennium",
          "DE": "decade", "CE": "century"}
_PLURAL = {"century": "centuries", "millennium": "millennia"}

_PART = re.compile(r"(?P<n>X|\d+(?:\.\d+)?)(?P<u>WE|DE|CE|[YMWDQHSECL])")
_DURATION_SHAPE = re.compile(r"P(?:(?:X|\d+(?:\.\d+)?)(?:WE|DE|CE|[YMWDQECL]))*"
                             r"(?:T(?:(?:X|\d+(?:\.\d+)?)[HMS])+)?")
_DATE = re.compile(r"(?P<y>\d{4}|XXXX)(?:-(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX))?)?"
                   r"(?:T(?P<t>\d\d:\d\d(?::\d\d)?|MO|MI|AF|EV|NI|DT))?")


def _unit(u: str, n: str, time: bool) -> str:
    word = "minute" if (u == "M" and time) else _UNITS.get(u, u)
    if n == "X":
        return _PLURAL.get(word, word + "s")
    if n in ("1", "1.0"):
        return f"1 {word}"
    if n.isdigit() and len(n) > 4:
        n = f"{int(n):,}"  # '10,000 years'
    return f"{n} {_PLURAL.get(word, word + 's')}"


def _time_of_day(t: str) -> str:
    if t in _PARTS:
        return _PARTS[t]
    hh, mm = int(t[:2]), int(t[3:5])
    if len(t) > 5 and t[6:] != "00":  # seconds, as a timestamp gives them
        return f"{t[:2]}:{t[3:5]}:{t[6:]}"
    if hh == 24:
        return "midnight"
    if hh == 12 and mm == 0:
        return "noon"
    suffix = "a.m." if hh < 12 else "p.m."
    h12 = hh % 12 or 12
    return f"{h12}:{mm:02d} {suffix}" if mm else f"{h12} {suffix}"


def describe(value: str) -> str:
    """A short human reading of a TIMEX3 value; unknown shapes come back unchanged."""
    if not value:
        return ""
    v = value.strip()
    if v in _REFS:
        return _REFS[v]
    if v.startswith("P") and len(v) > 2 and _DURATION_SHAPE.fullmatch(v):
        date_part, _, time_part = v[1:].partition("T")
        parts = [_unit(m["u"], m["n"], False) for m in _PART.finditer(date_part)]
        parts += [_unit(m["u"], m["n"], True) for m in _PART.finditer(time_part)]
        return " ".join(parts) if parts else v
    m = re.fullmatch(r"XXXX-WXX(?:-(WE))?", v)
    if m:
        return "a weekend" if m[1] else "some week"
    if v in ("XX", "XXX"):
        return "some century" if v == "XX" else "some decade"
    m = re.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", v)
    if m:
        return f"{'weekend of ' if m[3] else ''}week {int(m[2])}, {m[1]}"
    m = re.fullmatch(r"XXXX-WXX-(\d)(?:T(\d\d:\d\d|\w\w))?", v)
    if m and 1 <= int(m[1]) <= 7:
        day = WEEKDAY_NAMES[int(m[1]) - 1]
        if m[2] in _PARTS:
            return f"{day} {_PARTS[m[2]]}"
        return f"{day}, {_time_of_day(m[2])}" if m[2] else day
    m = re.fullmatch(r"(\d{4}|XXXX)-([QH])(\d|X)", v)
    if m:
        year = m[1] if m[1] != "XXXX" else "year unknown"
        which = {"1": "first", "2": "second", "3": "third", "4": "fourth"}.get(m[3], "a")
        kind = "quarter" if m[2] == "Q" else "half"
        return f"{which} {kind} of {year}" if m[1] != "XXXX" else f"{which} {kind} (year unknown)"
    m = re.fullmatch(r"(\d{4}|XXXX)-(SP|SU|FA|WI)", v)
    if m:
        return f"{_SEASONS[m[2]]} {m[1]}" if m[1] != "XXXX" else f"{_SEASONS[m[2]]} (year unknown)"
    if re.fullmatch(r"\d{3}", v):
        return f"the {v}0s"
    if re.fullmatch(r"\d{2}", v):
        n = int(v) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"the {n}{suffix} century"
    m = _DATE.fullmatch(v)
    if m:
        return _describe_date(m) or v
    return v


def _describe_date(m: re.Match) -> str | None:
    y, mo, d, t = m["y"], m["m"], m["d"], m["t"]
    year_known = y != "XXXX"
    tail = f", {_time_of_day(t)}" if t else ""
    if not year_known and (mo is None or mo == "XX"):
        if d and d != "XX":
            return f"the {_ordinal(int(d))} (month unknown){tail}"
        return {None: "some year"}.get(mo, "some day" if d else "some month") + tail
    if mo is None or mo == "XX":
        return y + tail
    month = int(mo)
    if not 1 <= month <= 12:
        return None
    mname = MONTH_NAMES[month - 1]
    if d is None or d == "XX":
        return (f"{mname} {y}" if year_known else f"{mname} (year unknown)") + tail
    day = int(d)
    if not year_known:
        return f"{day} {mname} (year unknown){tail}"
    try:
        wd = WEEKDAY_NAMES[date(int(y), month, day).weekday()]
    except ValueError:
        return None
    return f"{wd} {day} {mname} {y}{tail}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


_MOD_WORDS = {
    "START": "early {}", "END": "late {}", "MID": "mid-{}", "APPROX": "about {}", "LESS_THAN": "less than {}",
    "MORE_THAN": "more than {}", "EQUAL_OR_LESS": "at most {}", "EQUAL_OR_MORE": "at least {}",
    "BEFORE": "before {}", "AFTER": "after {}", "ON_OR_BEFORE": "{} or earlier", "ON_OR_AFTER": "{} or later",
}
_UNKNOWN = re.compile(r"^some day, | \((?:year|month) unknown\)$")


def describe_mention(value: str, kind: str | None = None, mod: str | None = None) -> str:
    """describe() read with the mention's type and modifier: a SET recurs ('every Monday',
    'every 2 weeks') and a modifier reads as words ('late 2018', 'about 3 years')."""
    text = describe(value)
    if kind == "SET" and text:
        if value.startswith("P"):
            text = "every " + (text[2:] if text.startswith("1 ") else text)
        else:
            text = "every " + _UNKNOWN.sub("", text)
    if mod in _MOD_WORDS and text:
        text = _MOD_WORDS[mod].format(text)
    return text
