"""Dates of named holidays (US and Christian calendar) in a given year."""
from __future__ import annotations

from datetime import date, timedelta

FIXED = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new years day": (1, 1), "new year's": (1, 1), "new years": (1, 1),
    "new year's eve": (12, 31), "new years eve": (12, 31), "independence day": (7, 4),
    "veterans day": (11, 11), "valentine's day": (2, 14), "valentines day": (2, 14),
    "halloween": (10, 31), "boxing day": (12, 26), "may day": (5, 1),
}


def easter(y: int) -> date:
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = (h + l - 7 * m + 114) % 31 + 1
    return date(y, month, day)


def _nth_weekday(y: int, month: int, weekday: int, n: int) -> date:
    """n-th (1-based; -1 = last) ISO weekday of a month."""
    if n > 0:
        d = date(y, month, 1)
        d += timedelta(days=(weekday - d.isoweekday()) % 7)
        return d + timedelta(weeks=n - 1)
    d = date(y + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return d - timedelta(days=(d.isoweekday() - weekday) % 7)


def holiday_date(name: str, y: int) -> date | None:
    name = " ".join(name.lower().split())
    if not 1 <= y <= 9998:
        return None
    if name in FIXED:
        m, d = FIXED[name]
        return date(y, m, d)
    if name.startswith("easter"):
        return easter(y)
    if name == "good friday":
        return easter(y) - timedelta(days=2)
    if name.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 4, 4)
    if name == "labor day":
        return _nth_weekday(y, 9, 1, 1)
    if name == "memorial day":
        return _nth_weekday(y, 5, 1, -1)
    if name == "election day":
        return _nth_weekday(y, 11, 1, 1) + timedelta(days=1)
    return None
