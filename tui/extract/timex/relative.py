"""Normalization of expressions relative to the publication date or to the last date
mentioned: weekdays, today/yesterday, last week, two years ago, the following day."""
from __future__ import annotations

import re
from datetime import date

from . import cal
from .context import Context
from .calendar_names import n_mdy
from .lexicon import DAY_PARTS, WEEKDAYS
from .resolve import Timex, approx_mod, edge_mod, fold, parse_num, unit_code, weekday_date


def n_weekday(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    wd = WEEKDAYS.get(fold(g["wd"]).rstrip("."), 0)
    rel = fold(g.get("rel"))
    mod = edge_mod(rel) if rel in ("early", "late") else None
    part = fold(g.get("part")) or ("night" if g.get("on") else "")  # 'overnight Thursday'
    if g.get("mon") and g.get("day"):
        typ, v, _ = n_mdy(m, ctx)
    elif g.get("wk") and ctx.dct is not None:
        # 'Tuesday last week', 'Friday next week': that day of the week named
        d = cal.day_of_week(ctx.dct, {"last": -1, "next": 1, "this": 0}[fold(g["wk"])], wd)
        if d is None:
            v = f"XXXX-WXX-{wd}"
        else:
            ctx.note_day(d, m.start())
            v = d.isoformat()
    else:
        d = weekday_date(ctx, wd, rel, m.start(), m.end())
        if d is None:
            v = f"XXXX-WXX-{wd}"
        else:
            ctx.note_day(d, m.start())
            v = d.isoformat()
    if part and v[:1].isdigit():  # TimeML guidelines: 'Friday morning' is TIME 1998-08-07TMO
        return "TIME", f"{v}T{DAY_PARTS[part]}", mod
    return "DATE", v, mod


def n_weekday_set(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    name = fold(g["wd"]).split()[0].rstrip("s")
    wd = WEEKDAYS.get(name, 0)
    part = fold(g.get("part")).rstrip("s")
    v = f"XXXX-WXX-{wd}" + (f"T{DAY_PARTS[part]}" if part in DAY_PARTS else "")
    return "SET", v, None


def n_every_weekday(m: re.Match, ctx: Context) -> Timex:
    return "SET", f"XXXX-WXX-{WEEKDAYS.get(fold(m['wd']), 0)}", None


def _day_offset(ctx: Context, off: int) -> str:
    if ctx.dct is None:
        return "XXXX-XX-XX"
    d = cal.add_days(ctx.dct, off)
    return d.isoformat() if d else "XXXX-XX-XX"


def n_deictic(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    mod = edge_mod(g.get("edge")) if fold(g.get("edge")) in ("early", "late", "mid") else None
    if g.get("dby"):
        t = fold(g["dby"])
        off = {("before", "yesterday"): -2, ("after", "tomorrow"): 2}.get(
            ("before" if "before" in t else "after", "yesterday" if "yesterday" in t else "tomorrow"), 0)
        return "DATE", _day_offset(ctx, off), None
    if g.get("w"):
        w = fold(g["w"])
        if w == "tonight":
            return "TIME", _day_offset(ctx, 0) + "TNI", mod
        off = {"yesterday": -1, "tomorrow": 1}.get(w, 0)
        part = fold(g.get("part"))
        v = _day_offset(ctx, off)
        if ctx.dct is not None and v[:1].isdigit():
            ctx.note_day(date.fromisoformat(v), m.start())  # 'yesterday ... the following day'
        if part:
            return "TIME", f"{v}T{DAY_PARTS[part]}", mod
        return "DATE", v, mod
    rel, part = fold(g.get("rel")), fold(g.get("part2"))
    if rel in ("the next", "the following", "the previous", "that"):
        ref = ctx.last_day or ctx.dct
        off = {"the next": 1, "the following": 1, "the previous": -1}.get(rel, 0)
        d = cal.add_days(ref, off) if ref else None
        v = d.isoformat() if d else "XXXX-XX-XX"
    else:
        off = {"last": -1 if part == "night" else 0, "yesterday": -1, "tomorrow": 1}.get(rel, 0)
        if rel == "last" and part != "night":
            off = -1
        v = _day_offset(ctx, off)
    return "TIME", f"{v}T{DAY_PARTS[part]}", mod


def n_daypart(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    if g.get("on"):  # 'prices fell overnight': the night before the story, unless it looks ahead
        ahead = ctx.tense(m.start(), m.end()) == "future"
        return "TIME", _day_offset(ctx, 0 if ahead else -1) + "TNI", None
    part = fold(g.get("part") or g.get("part2"))
    off = {"yesterday": -1, "tomorrow": 1}.get(fold(g.get("rday")), 0)
    if g.get("the") and ctx.last_day is not None and m.start() - ctx.last_day_pos < 400:
        base = ctx.last_day.isoformat()
    else:
        base = _day_offset(ctx, off)
    return "TIME", f"{base}T{DAY_PARTS[part]}", edge_mod(g.get("edge"))


def the_weekend(ctx: Context, m: re.Match) -> str:
    """'the weekend': the coming one when the clause looks ahead, else the last (or this) one."""
    dct = ctx.dct
    if dct is None:
        return "XXXX-WXX-WE"
    tense = ctx.tense(m.start(), m.end())
    sat = cal.weekday_near(dct, 6, 1 if tense == "future" else -1)
    if tense != "future" and dct.isoweekday() == 7:
        sat = cal.add_days(dct, -1)
    w = cal.fmt_week(sat)
    return (w + "-WE") if w else "XXXX-WXX-WE"


def n_named_weekend(m: re.Match, ctx: Context) -> Timex:
    return "DATE", the_weekend(ctx, m), None


def n_rel_unit(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    rel = fold(g.get("rel"))
    unit_word = fold(g["unit"])
    unit = unit_code(unit_word)
    mod = edge_mod(g.get("edge"))
    edge = fold(g.get("edge"))
    dct = ctx.dct
    rel = rel.replace("late ", "").replace("early ", "")
    if rel in ("the full", "the entire", "the whole"):
        rel = "the current"
    spans = ("the past", "the last", "the next", "the coming")
    if unit == "DE" and rel in spans:
        return "DURATION", "P10Y", None
    if (unit == "D" and rel in spans[:2]) or (unit in ("H", "MIN") and rel in spans):
        return "DURATION", cal.duration(1, unit), None
    if unit in ("H", "MIN"):  # 'this hour': the clock is unknown, keep it relative
        return "DATE", "PRESENT_REF" if rel in ("this", "the current", "the same") else (
            "PAST_REF" if rel in ("last", "the previous", "the prior") else "FUTURE_REF"), None
    if rel == "the":
        after = ctx.text[m.end():m.end() + 12].lower()
        if unit == "Y" and re.match(r"\s+(?:ended|ending|to|through)\b", after):
            return "DURATION", "P1Y", None
        if unit == "WE":
            return "DATE", the_weekend(ctx, m), mod
        if unit == "D":
            ref = ctx.last_day or dct
            return "DATE", ref.isoformat() if ref else "XXXX-XX-XX", mod
        if unit == "M" and ctx.last_month is not None and m.start() - ctx.last_month_pos < 300:
            # 'Output totalled 421,300 tons in July. In the month, ...': the month just named
            return "DATE", cal.fmt_month(ctx.last_month.year, ctx.last_month.month) or "XXXX-XX", mod
        if unit == "DE":
            if mod is not None and dct is not None:
                return "DATE", f"{dct.year // 10:03d}", mod  # 'by the end of the decade': this one
            return "DURATION", "P10Y", mod
    if dct is None:
        return "DATE", {"W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "D": "XXXX-XX-XX",
                        "DE": "XXX", "Y": "XXXX"}.get(unit, "XXXX"), mod
    ref = dct
    if rel in ("the following", "the next", "the previous", "the prior", "the same", "that", "that same"):
        anchored = ctx.month_anchor() if unit == "M" else (ctx.last_day if unit in ("D", "W", "WE") else None)
        if anchored is not None:
            ref = anchored
        elif ctx.last_year is not None and unit not in ("D", "W", "WE"):  # a year names no day or week
            ref = cal.make_date(ctx.last_year, 6, 30) or dct
        if rel in ("that", "that same") and ref is dct and unit == "Y":
            return "DATE", "PAST_REF", mod
    off = 0
    if rel in ("last", "the past", "the last", "the previous", "the prior", "this past"):
        off = -1
    elif rel in ("next", "the following", "the next", "the coming", "this coming"):
        off = 1
    if "first half" in edge or "second half" in edge or "last half" in edge:
        if unit == "Y":
            return "DATE", f"{ref.year + off:04d}-H{1 if 'first' in edge else 2}", None
    v = cal.shift(ref, unit, off)
    if v is None:
        return "DATE", "XXXX", mod
    if unit == "Y":
        ctx.note_year(ref.year + off, m.start())
    return "DATE", v, mod


def n_yearend(m: re.Match, ctx: Context) -> Timex:
    w = fold(m["w"])
    if ctx.dct is None:
        return "DATE", "XXXX", "END"
    if "month" in w:
        return "DATE", cal.fmt_month(ctx.dct.year, ctx.dct.month) or "XXXX-XX", "END"
    mod = "MID" if "mid" in w else "END"
    return "DATE", f"{ctx.dct.year:04d}", mod


def n_edge_rel(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    edge, rel = fold(g["edge"]), fold(g["rel"])
    unit = unit_code(g["unit"])
    mod = {"early": "START", "late": "END"}.get(edge)
    if ctx.dct is None:
        return "DATE", "XXXX", mod
    ref = ctx.dct
    if rel == "that":
        if unit == "D" and ctx.last_day:
            ref = ctx.last_day
        elif ctx.last_year:
            ref = cal.make_date(ctx.last_year, 6, 30) or ref
    off = {"last": -1, "next": 1}.get(rel, 0)
    v = cal.shift(ref, unit, off)
    return "DATE", v or "XXXX", mod


def _ago_value(ctx: Context, n, unit: str, sign: int, ref: date) -> str:
    if n is None:
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    if unit in ("H", "MIN", "S"):
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    if isinstance(n, float):
        if unit == "Y" and n != int(n):
            months = int(round(n * 12))
            y, mo = cal.add_months(ref.year, ref.month, sign * months)
            return cal.fmt_month(y, mo) or "XXXX-XX"
        n = int(n)
    if n > 100000:
        return "PAST_REF" if sign < 0 else "FUTURE_REF"
    if unit == "DE":
        return cal.fmt_year(ref.year + sign * 10 * n) or "XXXX"
    if unit == "CE":
        y = ref.year + sign * 100 * n
        return f"{y // 100:02d}" if cal.ok_year(y) else "XX"
    if unit == "FN":
        return cal.shift(ref, "W", sign * 2 * n) or "XXXX-WXX"
    return cal.shift(ref, unit, sign * n) or "XXXX"


SPAN_UNITS = ("S", "MIN", "H", "D", "W")


def n_ago(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    n = parse_num(g["num"])
    unit = unit_code(g["unit"])
    d = fold(g["dir"])
    sign = 1 if d in ("later", "after", "from now", "hence") else -1
    mod = approx_mod(g.get("approx"))
    if d in ("later", "earlier") and unit in SPAN_UNITS:
        # 'three days later': the amount is the timex (a duration), 'later' only orders it
        return "DURATION", cal.duration(n, unit), mod
    if ctx.dct is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod
    ref = ctx.dct
    if unit == "Y" and n == 1 and sign < 0 and d in ("earlier", "ago", "before"):
        v = ctx.year_before_last(m.start())  # 'up from $4 million a year earlier': same period
        if v is not None:
            return "DATE", v, mod
    if d in ("earlier", "later", "before", "after"):
        if ctx.last_day is not None and m.start() - ctx.last_day_pos < 300 and unit in ("D", "W", "M"):
            ref = ctx.last_day
        elif ctx.last_year is not None and m.start() - ctx.last_year_pos < 300 and unit in ("Y", "DE") \
                and ctx.last_year != ctx.dct.year:
            ref = cal.make_date(ctx.last_year, 6, 30) or ref
    v = _ago_value(ctx, n, unit, sign, ref)
    if unit == "D" and re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        ctx.note_day(date.fromisoformat(v), m.start())
    return "DATE", v, mod


def n_after_next(m: re.Match, ctx: Context) -> Timex:
    unit = unit_code(m["unit"])
    n = 2 if fold(m["dir"]).startswith("after") else -2
    if ctx.dct is None:
        return "DATE", "FUTURE_REF" if n > 0 else "PAST_REF", None
    return "DATE", cal.shift(ctx.dct, unit, n) or ("FUTURE_REF" if n > 0 else "PAST_REF"), None


def n_bare_ago(m: re.Match, ctx: Context) -> Timex:
    d = fold(m["dir"])
    return "DATE", "FUTURE_REF" if d == "later" else "PAST_REF", None


def n_anaphoric_day(m: re.Match, ctx: Context) -> Timex:
    w = fold(m["w"])
    unit = "D"
    for word, code in (("week", "W"), ("month", "M"), ("year", "Y")):
        if w.endswith(word) or f"{word} " in w:
            unit = code
    off = 0
    if any(k in w for k in ("following", "next", "after")):
        off = 1
    elif any(k in w for k in ("previous", "prior", "before")):
        off = -1
    ref = ctx.month_anchor() if unit == "M" else (ctx.last_day if unit in ("D", "W") else None)
    if ref is None and unit == "Y" and ctx.last_year is not None:
        ref = cal.make_date(ctx.last_year, 6, 30)
    if ref is None:
        ref = ctx.dct
    if ref is None:
        return "DATE", {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}[unit], None
    v = cal.shift(ref, unit, off) or "XXXX"
    for part, code in DAY_PARTS.items():
        if w.endswith(part):
            if part == "morning":
                return "DATE", v, None
            return "TIME", f"{v}T{code}", None
    if unit == "D" and re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        ctx.note_day(date.fromisoformat(v), m.start())
    if unit == "Y" and v.isdigit():
        ctx.note_year(int(v), m.start())
    return "DATE", v, None


def shifted(m: re.Match, anchor: str) -> Timex | None:
    """'the day before' + the date that follows it ('the day before Oct. 12'): that date moved
    by one unit; None when the following value is not a calendar day."""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", anchor):
        return None
    w = fold(m["w"])
    unit = "D"
    for word, code in (("week", "W"), ("month", "M"), ("year", "Y")):
        if f"{word} " in w:
            unit = code
    off = 1 if w.endswith("after") else -1
    v = cal.shift(date.fromisoformat(anchor), unit, off)
    return ("DATE", v, None) if v else None
