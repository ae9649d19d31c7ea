"""TIMEX3 values as ranges of days: what a date filter compares and what the Dates pane sorts by."""
from __future__ import annotations

import re
from datetime import date, timedelta

_VALUE = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?(?:T.*)?|W(?P<w>\d\d?)(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|"
    r"(?P<s>SP|SU|FA|AU|WI)))?$")
# Northern meteorological seasons (news of the northern hemisphere outweighs the southern)
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


def _month_end(y: int, m: int) -> date:
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    return date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)


_DECADE = re.compile(r"(\d{2})(\d)?$")  # '19' the 1900s (a century), '199' the 1990s


def _days(value: str) -> tuple[date, date] | None:
    m = _VALUE.match(value.strip())
    if not m:
        d = _DECADE.match(value.strip())
        if d is None:
            return None
        first = int(d.group(1)) * 100 + (int(d.group(2)) * 10 if d.group(2) else 0)
        if first < 1:
            return None
        return date(first, 1, 1), date(first + (9 if d.group(2) else 99), 12, 31)
    y = int(m["y"])
    if y < 1:
        return None
    try:
        if m["d"]:
            day = date(y, int(m["m"]), int(m["d"]))
            return day, day
        if m["m"]:
            mon = int(m["m"])
            return (date(y, mon, 1), _month_end(y, mon)) if 1 <= mon <= 12 else None
        if m["w"]:
            monday = date.fromisocalendar(y, int(m["w"]), 1)
            if m["we"]:
                return monday + timedelta(days=5), monday + timedelta(days=6)
            return monday, monday + timedelta(days=6)
        if m["q"]:
            q = int(m["q"])
            return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m["h"]:
            h = int(m["h"])
            return date(y, 6 * h - 5, 1), _month_end(y, 6 * h)
        if m["s"]:
            first, last = _SEASONS[m["s"]]
            return date(y, first, 1), _month_end(y, last)
    except ValueError:  # week 53 of a year without one, day 31 of a short month, year 9999's end
        return None
    return date(y, 1, 1), date(y, 12, 31)


def date_range(value: str, mod: str | None = None) -> tuple[str, str] | None:
    """The inclusive ISO days a TIMEX3 value covers ("2025-02" -> 2025-02-01..2025-02-28), narrowed
    to its first, middle or last third by a START/MID/END modifier ("late 2025" is not February).
    None for what names no stretch of the calendar (durations, PRESENT_REF, XXXX-08-08)."""
    days = _days(value)
    if days is None:
        return None
    lo, hi = days
    if mod in ("START", "EARLY", "MID", "END", "LATE"):
        lo, hi = _third(lo, hi, 0 if mod in ("START", "EARLY") else 1 if mod == "MID" else 2)
    return lo.isoformat(), hi.isoformat()


def _third(lo: date, hi: date, k: int) -> tuple[date, date]:
    """The k-th third of [lo, hi], on the calendar's own lines where it has them: January-April,
    May-August, September-December of a year; days 1-10, 11-20, 21-end of a month; the first,
    middle and last years of a decade (1990-92, 1993-96, 1997-99)."""
    if lo.month == 1 and lo.day == 1 and hi.month == 12 and hi.day == 31:
        years = hi.year - lo.year + 1
        if years == 1:
            return date(lo.year, 4 * k + 1, 1), _month_end(lo.year, 4 * k + 4)
        cut = (years + 1) // 3  # 10 -> 4, 3, 3 (as 'the early 1990s' is read)
        bounds = (0, cut, years - (years - cut) // 2, years)
        return date(lo.year + bounds[k], 1, 1), date(lo.year + bounds[k + 1] - 1, 12, 31)
    if lo.day == 1 and hi == _month_end(lo.year, lo.month):
        first = (1, 11, 21)[k]
        return date(lo.year, lo.month, first), (date(lo.year, lo.month, (10, 20)[k]) if k < 2 else hi)
    span = (hi - lo).days + 1
    third = span // 3
    if not third:
        return lo, hi
    return (lo + timedelta(days=third * k),
            hi if k == 2 else lo + timedelta(days=third * (k + 1) - 1))


def chronological_key(value: str, mod: str | None = None) -> tuple[int, str, str, str]:
    """Sort key in calendar order: by the middle of the range, the shorter first; values naming no
    range after all others, by value."""
    r = date_range(value, mod)
    if r is None:
        return (1, "", "", value)
    lo, hi = date.fromisoformat(r[0]), date.fromisoformat(r[1])
    middle = lo + (hi - lo) / 2
    return (0, middle.isoformat(), f"{(hi - lo).days:06d}", value)
