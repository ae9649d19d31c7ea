"""Dates of named holidays (US, UK and Commonwealth, and the Christian calendar) in a given year."""
from __future__ import annotations

from datetime import date, timedelta

FIXED = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new years day": (1, 1), "new year's": (1, 1), "new years": (1, 1),
    "new year's eve": (12, 31), "new years eve": (12, 31), "independence day": (7, 4),
    "veterans day": (11, 11), "valentine's day": (2, 14), "valentines day": (2, 14),
    "halloween": (10, 31), "boxing day": (12, 26), "may day": (5, 1),
    "juneteenth": (6, 19), "st. patrick's day": (3, 17), "st patrick's day": (3, 17),
    "saint patrick's day": (3, 17), "canada day": (7, 1), "bastille day": (7, 14),
    "australia day": (1, 26), "anzac day": (4, 25), "remembrance day": (11, 11), "armistice day": (11, 11),
    "guy fawkes night": (11, 5), "bonfire night": (11, 5),
}
# days counted from Easter Sunday
EASTER_OFFSET = {
    "good friday": -2, "holy saturday": -1, "easter monday": 1, "palm sunday": -7, "maundy thursday": -3,
    "ash wednesday": -46, "pentecost": 49, "whit sunday": 49, "whit monday": 50,
}
# (month, ISO weekday, n-th; -1 = last)
NTH_WEEKDAY = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "labor day": (9, 1, 1), "memorial day": (5, 1, -1),
    "presidents day": (2, 1, 3), "presidents' day": (2, 1, 3), "president's day": (2, 1, 3),
    "martin luther king day": (1, 1, 3), "martin luther king jr. day": (1, 1, 3), "mlk day": (1, 1, 3),
    "columbus day": (10, 1, 2), "mother's day": (5, 7, 2), "mothers day": (5, 7, 2),
    "father's day": (6, 7, 3), "fathers day": (6, 7, 3), "remembrance sunday": (11, 7, 2),
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


def _key(name: str) -> str:
    return " ".join(name.lower().replace("\u2019", "'").split())  # "Mother’s  Day" -> "mother's day"


def fixed_day(name: str) -> tuple[int, int] | None:
    """(month, day) of a holiday on the same day every year."""
    return FIXED.get(_key(name))


def holiday_date(name: str, y: int) -> date | None:
    name = _key(name)
    if not 1 <= y <= 9998:
        return None
    if name in FIXED:
        m, d = FIXED[name]
        return date(y, m, d)
    if name in EASTER_OFFSET:
        return easter(y) + timedelta(days=EASTER_OFFSET[name])
    if name.startswith("easter"):
        return easter(y)
    if name in NTH_WEEKDAY:
        return _nth_weekday(y, *NTH_WEEKDAY[name])
    if name in ("black friday", "cyber monday"):
        return _nth_weekday(y, 11, 4, 4) + timedelta(days=1 if name == "black friday" else 4)
    if name == "election day":
        return _nth_weekday(y, 11, 1, 1) + timedelta(days=1)
    return None
