"""Calendar arithmetic and TIMEX3 value formatting (no parsing here)."""
from __future__ import annotations

from datetime import date, timedelta

MIN_YEAR, MAX_YEAR = 1, 9999


def make_date(y: int, m: int, d: int) -> date | None:
    """A date, or None when the numbers name no real day ('February 31')."""
    try:
        return date(y, m, d)
    except (ValueError, OverflowError):
        return None


def add_days(d: date | None, n: int) -> date | None:
    if d is None:
        return None
    try:
        return d + timedelta(days=n)
    except (OverflowError, ValueError):
        return None


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def add_quarters(y: int, q: int, n: int) -> tuple[int, int]:
    k = y * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def ok_year(y: int) -> bool:
    return MIN_YEAR <= y <= MAX_YEAR


def fmt_year(y: int) -> str | None:
    return f"{y:04d}" if ok_year(y) else None


def fmt_month(y: int, m: int) -> str | None:
    return f"{y:04d}-{m:02d}" if ok_year(y) else None


def fmt_day(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def fmt_week(d: date | None) -> str | None:
    if d is None:
        return None
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def fmt_quarter(y: int, q: int) -> str | None:
    return f"{y:04d}-Q{q}" if ok_year(y) else None


def day_of_week(ref: date, weeks: int, weekday: int) -> date | None:
    """ISO `weekday` (1=Mon) of the week `weeks` away from the week of `ref` ('Tuesday last week')."""
    return add_days(ref, 7 * weeks - (ref.isoweekday() - 1) + weekday - 1)


def weekday_near(ref: date | None, weekday: int, direction: int) -> date | None:
    """The day with ISO `weekday` (1=Mon) nearest `ref` going back (-1) or forward (+1);
    `ref` itself counts when it is that weekday."""
    if ref is None:
        return None
    wd = ref.isoweekday()
    if direction >= 0:
        return add_days(ref, (weekday - wd) % 7)
    return add_days(ref, -((wd - weekday) % 7))


def shift(ref: date | None, unit: str, n: int) -> str | None:
    """The calendar unit containing `ref` moved by n units, at that unit's granularity."""
    if ref is None:
        return None
    try:
        if unit == "D":
            return fmt_day(add_days(ref, n))
        if unit == "W":
            return fmt_week(add_days(ref, 7 * n))
        if unit == "WE":
            d = add_days(ref, 7 * n)
            w = fmt_week(d)
            return w + "-WE" if w else None
        if unit == "M":
            y, m = add_months(ref.year, ref.month, n)
            return fmt_month(y, m)
        if unit == "Q":
            y, q = add_quarters(ref.year, quarter_of(ref), n)
            return fmt_quarter(y, q)
        if unit == "Y":
            return fmt_year(ref.year + n)
        if unit == "DE":
            y = ref.year + 10 * n
            return f"{y // 10:03d}" if ok_year(y) else None
        if unit == "CE":
            y = ref.year + 100 * n
            return f"{y // 100:02d}" if ok_year(y) else None
    except (OverflowError, ValueError):
        return None
    return None


_SPLIT = {"Y": (12, "M", False), "M": (30, "D", False), "W": (7, "D", False), "D": (24, "H", True),
          "H": (60, "M", True), "MIN": (60, "S", True)}


def duration(n: int | float | None, unit: str) -> str:
    """P-notation for n units; None n gives the unspecified 'X' form. A fraction spills into
    the next smaller unit: 2.5 years -> P2Y6M, 5.5 hours -> PT5H30M."""
    if isinstance(n, float) and n != int(n) and unit in _SPLIT:
        whole = int(n)
        per, small, small_is_time = _SPLIT[unit]
        rest = int(round((n - whole) * per))
        if whole == 0:
            big = ""
        elif unit in ("H", "MIN"):
            big = f"{whole}{'M' if unit == 'MIN' else 'H'}"
        else:
            big = f"{whole}{unit}"
        if unit in ("H", "MIN"):
            return f"PT{big}{rest}{small}"
        if small_is_time:
            return f"P{big}T{rest}{small}"
        return f"P{big}{rest}{small}"
    if unit == "DE":
        return f"P{'X' if n is None else _num(n * 10)}Y" if n is None or n * 10 == int(n * 10) else "PXY"
    if unit == "CE":
        return "PXY" if n is None else f"P{_num(n * 100)}Y"
    if unit == "ML":
        return "PXY" if n is None else f"P{_num(n * 1000)}Y"
    if unit == "FN":
        return "PXW" if n is None else f"P{_num(n * 2)}W"
    if unit == "Q":
        return "PXQ" if n is None else f"P{_num(n * 3)}M"
    if unit == "WE":
        return "PXWE" if n is None else f"P{_num(n)}WE"
    if unit in ("H", "MIN", "S"):
        code = "M" if unit == "MIN" else unit
        return f"PT{'X' if n is None else _num(n)}{code}"
    return f"P{'X' if n is None else _num(n)}{unit}"


def _num(n: int | float) -> str:
    if isinstance(n, float):
        if n == int(n):
            return str(int(n))
        return f"{n:.2f}".rstrip("0").rstrip(".")
    return str(n)
