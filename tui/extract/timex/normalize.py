"""Normalization: turn one recognized match into a TIMEX3 (type, value, mod).

One function per rule of patterns.py, looked up by the rule's name. Relative expressions
resolve against the context's reference date (the publication date); without one they stay
underspecified (XXXX-08-08, XXXX-WXX-5, ...). Functions never raise on odd numbers: a day
that does not exist ('February 31') degrades to its month.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable

from . import cal
from .context import Context
from .holidays import holiday_date
from .lexicon import (DAY_PARTS, DECADE_WORDS, MONTHS, SEASONS, UNITS, WEEKDAYS, ordinal_number,
                      word_number)

Timex = tuple[str, str, "str | None"]

EDGE_MOD = {
    "early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END",
    "close": "END", "mid": "MID", "middle": "MID", "around": "APPROX", "turn": "START",
}
APPROX_MOD = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "close to": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "just": None, "only": None, "barely": None, "more than": "MORE_THAN", "over": "MORE_THAN",
    "well over": "MORE_THAN", "upwards of": "MORE_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "at most": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "the better part of": "APPROX",
}
PAST_UNITS = {"D", "W", "M", "Q", "Y", "DE", "CE", "WE"}


def _low(s: str | None) -> str:
    return re.sub(r"\s+", " ", s.lower()) if s else ""


def edge_mod(edge: str | None) -> str | None:
    e = _low(edge)
    if not e:
        return None
    for key, mod in EDGE_MOD.items():
        if key in e:
            return mod
    return None


def approx_mod(a: str | None) -> str | None:
    return APPROX_MOD.get(_low(a)) if a else None


def unit_code(word: str) -> str:
    w = _low(word).replace("fiscal ", "").replace("calendar ", "")
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and w[:-1] in UNITS:
        w = w[:-1]
    return UNITS.get(w, "X")


def parse_num(s: str | None) -> float | int | None:
    """'two' -> 2, '2 1/2' -> 2.5, 'a few' -> None (vague)."""
    if not s:
        return None
    t = _low(s)
    if t in ("a couple of", "couple of", "a couple"):
        return 2
    half = 0.0
    if t.endswith(" and a half"):
        t, half = t[: -len(" and a half")], 0.5
    m = re.fullmatch(r"(\d+)(?:\s+|-)(\d)/(\d)", t)
    if m:
        d = int(m.group(3))
        return int(m.group(1)) + (int(m.group(2)) / d if d else 0)
    if re.fullmatch(r"\d+\.\d+", t):
        return float(t)
    n = word_number(t)
    if n is None:
        return None
    return n + half if half else n


def month_of(s: str) -> int:
    return MONTHS.get(_low(s).rstrip("."), 0)


def day_of(s: str | None, w: str | None) -> int | None:
    if s:
        digits = re.match(r"\d+", s)
        return int(digits.group()) if digits else None
    return ordinal_number(w) if w else None


def spoken_year(s: str) -> int | None:
    t = _low(s).replace("-", " ")
    words = t.split()
    if not words:
        return None
    if words[0] in ("nineteen", "eighteen") or (words[0] == "twenty" and len(words) > 1 and words[1] != "thousand"):
        century = {"nineteen": 19, "eighteen": 18, "twenty": 20}[words[0]]
        rest = " ".join(words[1:]).replace("oh ", "")
        if rest == "hundred":
            return century * 100
        n = word_number(rest)
        return century * 100 + n if n is not None and n < 100 else None
    n = word_number(t)
    return n if n is not None and 1000 <= n <= 2999 else None


def pick_year(ctx: Context, month: int, day: int | None, start: int, end: int) -> int | None:
    """The year of a month (and day) named without one, by tense and nearness to the DCT."""
    dct = ctx.dct
    if dct is None:
        return None
    tense = ctx.tense(start, end)
    best, best_cost = dct.year, None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = cal.make_date(y, month, min(day or 15, 28) if day is None else day) or cal.make_date(y, month, 28)
        if d is None:
            continue
        diff = (d - dct).days
        if day is None:  # month granularity: the DCT's own month is 'now'
            if y == dct.year and month == dct.month:
                diff = 0
        if y == dct.year and -60 <= diff <= 120:
            cost = abs(diff) - 10**6  # close to the publication date: its own year, whatever the tense
        elif tense == "future" and diff < -1:
            cost = 10**6 + abs(diff)
        elif tense == "past" and diff > 1:
            cost = 10**6 + abs(diff)
        else:
            cost = abs(diff) * (2 if diff > 0 and tense is None else 1)
        if y == dct.year:
            cost -= 30  # the year of publication unless clearly otherwise
        if best_cost is None or cost < best_cost:
            best, best_cost = y, cost
    return best


def day_value(ctx: Context, y: int | None, month: int, day: int | None, pos: int) -> str:
    if not 1 <= month <= 12:
        return "XXXX-XX-XX"
    if day is None or not 1 <= day <= 31:
        return f"{y:04d}-{month:02d}" if y and cal.ok_year(y) else f"XXXX-{month:02d}"
    if y is None or not cal.ok_year(y):
        return f"XXXX-{month:02d}-{day:02d}"
    d = cal.make_date(y, month, day)
    if d is None:
        return f"{y:04d}-{month:02d}"
    ctx.note_day(d, pos)
    return d.isoformat()


def weekday_date(ctx: Context, wd: int, rel: str, start: int, end: int) -> date | None:
    dct = ctx.dct
    if dct is None:
        return None
    if rel in ("last", "this past"):
        return cal.weekday_near(cal.add_days(dct, -1), wd, -1)
    if rel in ("next", "this coming"):
        return cal.weekday_near(cal.add_days(dct, 1), wd, 1)
    if rel in ("the previous",):
        ref = ctx.last_day or dct
        return cal.weekday_near(cal.add_days(ref, -1), wd, -1)
    if rel in ("the following", "the next"):
        ref = ctx.last_day or dct
        return cal.weekday_near(cal.add_days(ref, 1), wd, 1)
    tense = ctx.tense(start, end)
    if tense == "future":
        return cal.weekday_near(dct, wd, 1)
    return cal.weekday_near(dct, wd, -1)


# --- one function per rule -------------------------------------------------------------

def n_clock(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    h = g.get("h") or g.get("h2") or g.get("h3") or g.get("h4")
    mi = int(g.get("mi") or g.get("mi2") or 0)
    if g.get("noon"):
        word = g["noon"].lower()
        hh, mi = (24 if word == "midnight" else 12), 0
    else:
        hh = int(h)
        ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
        part = (g.get("part4") or "").lower()
        if ampm.startswith("p") or part in ("afternoon", "evening"):
            if hh < 12:
                hh += 12
        elif (ampm.startswith("a") or part == "morning") and hh == 12:
            hh = 0
    day = _anchor_day(m, ctx)
    return "TIME", f"{day}T{hh:02d}:{mi:02d}", None


def _anchor_day(m: re.Match, ctx: Context) -> str:
    g = m.groupdict()
    dct = ctx.dct
    if (g.get("mon") and g.get("day")) or (g.get("mon2") and g.get("day2")):
        mon = month_of(g.get("mon") or g["mon2"])
        day = day_of(g.get("day") or g["day2"], None)
        y = pick_year(ctx, mon, day, m.start(), m.end())
        return day_value(ctx, y, mon, day, m.start())
    if g.get("wd"):
        wd = WEEKDAYS.get(_low(g["wd"]).rstrip("."), 0)
        d = weekday_date(ctx, wd, "", m.start(), m.end()) if wd else None
        if d is None:
            return f"XXXX-WXX-{wd}"
        ctx.note_day(d, m.start())
        return d.isoformat()
    rday = _low(g.get("rday"))
    if not rday and ctx.last_day is not None and m.start() - ctx.last_day_pos < 250:
        return ctx.last_day.isoformat()  # a bare clock time belongs to the day under discussion
    if dct is None:
        return "XXXX-XX-XX"
    off = {"yesterday": -1, "tomorrow": 1}.get(rday, 0)
    d = cal.add_days(dct, off)
    return d.isoformat() if d else "XXXX-XX-XX"


def n_mdy(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    mon = month_of(g["mon"])
    day = day_of(g.get("day"), g.get("dayw"))
    y = int(g["year"]) if g.get("year") else None
    if y is None and ctx.dct is not None and day is not None:
        wd = WEEKDAYS.get(_low(g.get("wd")).rstrip("."), 0) if g.get("wd") else 0
        y = None
        if wd:
            for cand in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
                d = cal.make_date(cand, mon, day)
                if d is not None and d.isoweekday() == wd:
                    y = cand
                    break
        rel = _low(g.get("rel"))
        if y is None and rel:
            d = cal.make_date(ctx.dct.year, mon, min(day, 28))
            past = rel in ("last", "this past")
            y = ctx.dct.year
            if d is not None and past and d >= ctx.dct:
                y -= 1
            elif d is not None and not past and d <= ctx.dct:
                y += 1
        if y is None:
            y = pick_year(ctx, mon, day, m.start(), m.end())
    return "DATE", day_value(ctx, y, mon, day, m.start()), edge_mod(g.get("edge"))


n_dmy = n_mdy


def n_iso(m: re.Match, ctx: Context) -> Timex:
    y, mon, day = int(m["year"]), int(m["mon"]), int(m["day"])
    v = day_value(ctx, y, mon, day, m.start())
    if m.groupdict().get("h"):
        return "TIME", f"{v}T{m['h']}:{m['mi']}", None
    return "DATE", v, None


def n_slash(m: re.Match, ctx: Context) -> Timex:
    y = int(m["year"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    return "DATE", day_value(ctx, y, int(m["mon"]), int(m["day"]), m.start()), None


def n_month_year(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    mon = month_of(g["mon"])
    y: int | None
    if g.get("year"):
        y = int(g["year"])
    elif g.get("spoken"):
        y = spoken_year(g["spoken"])
    else:
        rel = _low(g.get("rel"))
        y = None if ctx.dct is None else ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    if y is not None:
        ctx.note_year(y, m.start())
    return "DATE", day_value(ctx, y, mon, None, m.start()), edge_mod(g.get("edge"))


def n_month(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    mon = month_of(g["mon"])
    rel = _low(g.get("rel"))
    dct = ctx.dct
    y: int | None = None
    if dct is not None:
        if rel == "last":
            y = dct.year if mon < dct.month - 1 else dct.year - 1
        elif rel == "this past":
            y = dct.year if mon < dct.month else dct.year - 1
        elif rel in ("next", "this coming"):
            y = dct.year if mon > dct.month else dct.year + 1
        elif rel == "this":
            y = dct.year
        elif rel == "that" and ctx.last_year:
            y = ctx.last_year
        else:
            y = pick_year(ctx, mon, None, m.start(), m.end())
    return "DATE", day_value(ctx, y, mon, None, m.start()), edge_mod(g.get("edge"))


def n_decade(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    if g.get("cent"):
        v = f"{g['cent']}{g['dec']}"
    else:
        digit = g.get("dec2")
        if digit is None:
            digit = str(DECADE_WORDS.get(_low(g.get("decw")), 0))
        century = 19
        if ctx.dct is not None and g.get("dec2") is not None:
            century = ctx.dct.year // 100 if int(digit) * 10 <= ctx.dct.year % 100 else ctx.dct.year // 100 - 1
        v = f"{century}{digit}"
    return "DATE", v, edge_mod(g.get("edge"))


n_decade2 = n_decade


def n_qabbr(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    kind = g.get("qh") or g.get("qh2")
    n = int(g.get("n") or g.get("n2"))
    if kind == "H" and n > 2:
        return "DATE", "XXXX-HX", None
    if g.get("year"):
        y: int | None = int(g["year"])
        if y < 100:
            y += 2000 if y < 50 else 1900
    else:
        y = _quarter_year(ctx, n, m.start(), m.end(), kind == "H")
    if y is None or not cal.ok_year(y):
        return "DATE", f"XXXX-{kind}{n}", None
    if kind == "Q":
        ctx.note_quarter(y, n, m.start())
    return "DATE", f"{y:04d}-{kind}{n}", None


def n_century(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    if g.get("ord"):
        n = ordinal_number(g["ord"]) or 0
        if n <= 0 or n > 99:
            return "DATE", "XX", None
        return "DATE", f"{n - 1:02d}", edge_mod(g.get("edge"))
    if ctx.dct is None:
        return "DATE", "XX", None
    off = {"this": 0}.get(_low(g.get("rel")), -1)
    return "DATE", f"{ctx.dct.year // 100 + off:02d}", edge_mod(g.get("edge"))


def n_year(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    y = int(g["year"]) if g.get("year") else spoken_year(g.get("spoken") or "")
    if y is None:
        return "DATE", "XXXX", None
    ctx.note_year(y, m.start())
    edge = _low(g.get("edge"))
    if "first half" in edge:
        return "DATE", f"{y:04d}-H1", None
    if "second half" in edge or "last half" in edge:
        return "DATE", f"{y:04d}-H2", None
    mod = edge_mod(edge) if edge and "year-end" not in edge else ("END" if edge else None)
    later = _low(g.get("later"))
    if later:
        mod = "ON_OR_AFTER" if ("later" in later or "beyond" in later) else ("ON_OR_BEFORE" if "earlier" in later else "APPROX")
    return "DATE", f"{y:04d}", mod


def _quarter_year(ctx: Context, q: int, start: int, end: int, half: bool) -> int | None:
    dct = ctx.dct
    if dct is None:
        return None
    cur = cal.quarter_of(dct) if not half else (1 if dct.month <= 6 else 2)
    if q > cur:
        tense = ctx.tense(start, end)
        if tense != "future" and (cur == 1 or q - cur >= 2):
            return dct.year - 1
    return dct.year


def n_quarter(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    half = _low(g["qh"]) == "half"
    ordw = _low(g["ord"])
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": 4}.get(ordw, 0)
    if half:
        q = 1 if q == 1 else 2
    det, adj = _low(g.get("det")), _low(g.get("adj"))
    y: int | None
    if g.get("year"):
        y = int(g["year"])
    elif g.get("qyear"):
        y = int(g["qyear"])
    elif det.endswith("'s") and det[:4].isdigit():
        y = int(det[:4])
    else:
        y = _quarter_year(ctx, q, m.start(), m.end(), half)
        if y is not None:
            if det.startswith("last year"):
                y = ctx.dct.year - 1 if ctx.dct else y
            elif det.startswith("next year"):
                y = ctx.dct.year + 1 if ctx.dct else y
            elif det.startswith("this year"):
                y = ctx.dct.year if ctx.dct else y
            elif "year-ago" in adj or "year-earlier" in adj or "year ago" in adj or "year earlier" in adj:
                y -= 1
    if y is None or not cal.ok_year(y):
        return "DATE", f"XXXX-{'H' if half else 'Q'}{q}", None
    if not half:
        ctx.note_quarter(y, q, m.start())
    return "DATE", f"{y:04d}-{'H' if half else 'Q'}{q}", None


def n_quarter_rel(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    half = _low(g["qh"]) == "half"
    det, adj = _low(g.get("det")), _low(g.get("adj"))
    dct = ctx.dct
    if dct is None:
        return "DATE", "XXXX-HX" if half else "XXXX-QX", None
    if half:
        cur = 1 if dct.month <= 6 else 2
        y, h = dct.year, cur
        if det == "last" or "previous" in adj or "prior" in adj:
            y, h = (y, 1) if cur == 2 else (y - 1, 2)
        elif det == "next":
            y, h = (y, 2) if cur == 1 else (y + 1, 1)
        return "DATE", f"{y:04d}-H{h}", None
    cur = (dct.year, cal.quarter_of(dct))
    recent = ctx.last_quarter if ctx.last_quarter and m.start() - ctx.last_quarter_pos < 1500 else None
    if g.get("qyear"):
        y = int(g["qyear"])
        q = recent[1] if recent else cal.add_quarters(*cur, -1)[1]
        return "DATE", cal.fmt_quarter(y, q) or "XXXX-QX", None
    if "latest" in adj or "recent" in adj:
        ref = cal.add_quarters(*cur, -1)
    elif det == "last" or "previous" in adj or "prior" in adj:
        ref = cal.add_quarters(*cur, -1)
    elif det == "next":
        ref = cal.add_quarters(*cur, 1)
    elif ("current" in adj or det == "this") and ctx.tense(m.start(), m.end()) != "past":
        ref = cur
    elif recent:
        ref = recent
    else:
        ref = cal.add_quarters(*cur, -1)
    if det == "that" and recent:
        ref = recent
    elif ("ago" in adj or "earlier" in adj or det.startswith("last year") or g.get("ago")
            or "corresponding" in adj or "comparable" in adj):
        ref = (ref[0] - 1, ref[1])
    elif det.startswith("next year"):
        ref = (ref[0] + 1, ref[1])
    elif not g.get("ago"):
        ctx.note_quarter(ref[0], ref[1], m.start())
    v = cal.fmt_quarter(*ref)
    return "DATE", v or "XXXX-QX", None


def n_season(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    code = SEASONS[_low(g["season"])]
    mod = edge_mod(g.get("edge") or g.get("edge2"))
    if g.get("year"):
        y: int | None = int(g["year"])
    elif g.get("spoken"):
        y = spoken_year(g["spoken"])
    elif ctx.dct is None:
        y = None
    else:
        rel = _low(g.get("rel"))
        y = ctx.dct.year
        season_order = {"WI": 0, "SP": 1, "SU": 2, "FA": 3}
        cur = {12: 0, 1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2}.get(ctx.dct.month, 3)
        if rel in ("last", "past"):
            y -= 1
        elif rel in ("next", "coming", "this coming"):
            y += 0 if season_order[code] > cur else 1
        elif rel == "this past":
            y -= 0 if season_order[code] < cur else 1
        elif rel == "that" and ctx.last_year:
            y = ctx.last_year
        elif code == "WI" and ctx.dct.month <= 2 and rel in ("this", "the", ""):
            y -= 1  # the winter that started in December belongs to last year
    if y is None or not cal.ok_year(y):
        return "DATE", f"XXXX-{code}", mod
    return "DATE", f"{y:04d}-{code}", mod


def n_weekday(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    wd = WEEKDAYS.get(_low(g["wd"]).rstrip("."), 0)
    rel = _low(g.get("rel"))
    mod = edge_mod(rel) if rel in ("early", "late") else None
    part = _low(g.get("part"))
    if g.get("mon") and g.get("day"):
        typ, v, _ = n_mdy(m, ctx)
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
    name = _low(g["wd"]).split()[0].rstrip("s")
    wd = WEEKDAYS.get(name, 0)
    part = _low(g.get("part")).rstrip("s")
    v = f"XXXX-WXX-{wd}" + (f"T{DAY_PARTS[part]}" if part in DAY_PARTS else "")
    return "SET", v, None


def n_every_weekday(m: re.Match, ctx: Context) -> Timex:
    return "SET", f"XXXX-WXX-{WEEKDAYS.get(_low(m['wd']), 0)}", None


def _day_offset(ctx: Context, off: int) -> str:
    if ctx.dct is None:
        return "XXXX-XX-XX"
    d = cal.add_days(ctx.dct, off)
    return d.isoformat() if d else "XXXX-XX-XX"


def n_deictic(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    mod = edge_mod(g.get("edge")) if _low(g.get("edge")) in ("early", "late", "mid") else None
    if g.get("dby"):
        t = _low(g["dby"])
        off = {("before", "yesterday"): -2, ("after", "tomorrow"): 2}.get(
            ("before" if "before" in t else "after", "yesterday" if "yesterday" in t else "tomorrow"), 0)
        return "DATE", _day_offset(ctx, off), None
    if g.get("w"):
        w = _low(g["w"])
        if w == "tonight":
            return "TIME", _day_offset(ctx, 0) + "TNI", mod
        off = {"yesterday": -1, "tomorrow": 1}.get(w, 0)
        part = _low(g.get("part"))
        v = _day_offset(ctx, off)
        if part:
            return "TIME", f"{v}T{DAY_PARTS[part]}", mod
        return "DATE", v, mod
    rel, part = _low(g.get("rel")), _low(g.get("part2"))
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
    if g.get("on"):
        return "TIME", _day_offset(ctx, 0) + "TNI", None
    part = _low(g.get("part") or g.get("part2"))
    off = {"yesterday": -1, "tomorrow": 1}.get(_low(g.get("rday")), 0)
    if g.get("the") and ctx.last_day is not None and m.start() - ctx.last_day_pos < 400:
        base = ctx.last_day.isoformat()
    else:
        base = _day_offset(ctx, off)
    return "TIME", f"{base}T{DAY_PARTS[part]}", edge_mod(g.get("edge"))


def n_rel_unit(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    rel = _low(g.get("rel"))
    unit_word = _low(g["unit"])
    unit = unit_code(unit_word)
    mod = edge_mod(g.get("edge"))
    edge = _low(g.get("edge"))
    dct = ctx.dct
    rel = rel.replace("late ", "").replace("early ", "")
    if rel in ("the full", "the entire", "the whole"):
        rel = "the current"
    if unit == "DE" and rel in ("the past", "the last"):
        return "DURATION", "P10Y", None
    if unit == "D" and rel in ("the past", "the last"):
        return "DURATION", "P1D", None
    if rel == "the":
        after = ctx.text[m.end():m.end() + 12].lower()
        if unit == "Y" and re.match(r"\s+(?:ended|ending|to|through)\b", after):
            return "DURATION", "P1Y", None
        if unit == "WE":
            if dct is None:
                return "DATE", "XXXX-WXX-WE", None
            tense = ctx.tense(m.start(), m.end())
            sat = cal.weekday_near(dct, 6, 1 if tense == "future" else -1)
            if tense != "future" and dct.isoweekday() == 7:
                sat = cal.add_days(dct, -1)
            w = cal.fmt_week(sat)
            return "DATE", (w + "-WE") if w else "XXXX-WXX-WE", mod
        if unit == "D":
            ref = ctx.last_day or dct
            return "DATE", ref.isoformat() if ref else "XXXX-XX-XX", mod
        if unit == "DE":
            return "DURATION", "P10Y", mod
    if dct is None:
        return "DATE", {"W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "D": "XXXX-XX-XX",
                        "DE": "XXX", "Y": "XXXX"}.get(unit, "XXXX"), mod
    ref = dct
    if rel in ("the following", "the next", "the previous", "the prior", "the same", "that", "that same"):
        anchored = ctx.last_day if unit in ("D", "W", "WE", "M") else None
        if anchored is not None:
            ref = anchored
        elif ctx.last_year is not None:
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
    w = _low(m["w"])
    if ctx.dct is None:
        return "DATE", "XXXX", "END"
    if "month" in w:
        return "DATE", cal.fmt_month(ctx.dct.year, ctx.dct.month) or "XXXX-XX", "END"
    mod = "MID" if "mid" in w else "END"
    return "DATE", f"{ctx.dct.year:04d}", mod


def n_edge_rel(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    edge, rel = _low(g["edge"]), _low(g["rel"])
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


def n_ago(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    n = parse_num(g["num"])
    unit = unit_code(g["unit"])
    d = _low(g["dir"])
    sign = 1 if d in ("later", "after", "from now", "hence") else -1
    mod = approx_mod(g.get("approx"))
    if ctx.dct is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", mod
    ref = ctx.dct
    if d in ("earlier", "later", "before", "after"):
        if unit == "Y" and n == 1 and ctx.last_quarter and m.start() - ctx.last_quarter_pos < 400 and sign < 0:
            y, q = ctx.last_quarter
            return "DATE", cal.fmt_quarter(y - 1, q) or "XXXX-QX", mod
        if ctx.last_day is not None and m.start() - ctx.last_day_pos < 300 and unit in ("D", "W", "M"):
            ref = ctx.last_day
        elif ctx.last_year is not None and m.start() - ctx.last_year_pos < 300 and unit in ("Y", "DE") \
                and ctx.last_year != ctx.dct.year:
            ref = cal.make_date(ctx.last_year, 6, 30) or ref
    elif unit == "Y" and n == 1 and ctx.last_quarter and m.start() - ctx.last_quarter_pos < 400:
        y, q = ctx.last_quarter
        return "DATE", cal.fmt_quarter(y - 1, q) or "XXXX-QX", mod
    v = _ago_value(ctx, n, unit, sign, ref)
    if unit == "D" and re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        ctx.note_day(date.fromisoformat(v), m.start())
    return "DATE", v, mod


def n_bare_ago(m: re.Match, ctx: Context) -> Timex:
    d = _low(m["dir"])
    return "DATE", "FUTURE_REF" if d == "later" else "PAST_REF", None


def n_duration(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    unit = unit_code(g["unit"])
    n = parse_num(g["num"])
    if g.get("num2"):
        n = parse_num(g["num"])  # a range 'two to three weeks': TimeML keeps the lower bound
    mod = approx_mod(g.get("approx"))
    if isinstance(n, int) and m.group(0).lower().endswith("and a half"):
        n = n + 0.5
    if isinstance(n, (int, float)) and n > 10**7:
        n = None
    if unit == "WE":
        return "DURATION", "P2D" if n == 1 else cal.duration(None if n is None else n * 2, "D"), mod
    return "DURATION", cal.duration(n, unit), mod


def n_yearago(m: re.Match, ctx: Context) -> Timex:
    if ctx.dct is None:
        return "DATE", "XXXX", None
    if ctx.last_quarter and m.start() - ctx.last_quarter_pos < 600:
        y, q = ctx.last_quarter
        return "DATE", cal.fmt_quarter(y - 1, q) or "XXXX-QX", None
    return "DATE", cal.fmt_year(ctx.dct.year - 1) or "XXXX", None


def n_vague_dur(m: re.Match, ctx: Context) -> Timex:
    unit = unit_code(m["unit"])
    q = _low(m.groupdict().get("q"))
    if "coming" in q:
        return "DATE", "FUTURE_REF", None
    if q == "recent" and unit in ("Y", "D", "DE"):
        return "DATE", "PAST_REF", None
    return "DURATION", cal.duration(None, unit), None


SET_UNITS = {"night": "TNI", "morning": "TMO", "evening": "TEV", "afternoon": "TAF"}


def n_set(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    if g.get("adv"):
        adv = _low(g["adv"])
        v = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
             "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "fortnightly": "P2W",
             "semiannually": "P6M", "bimonthly": "P2M", "quarterly": "P3M"}[adv]
        return "SET", v, None
    u = _low(g["unit"]).rstrip("s") if _low(g["unit"]) not in ("centuries",) else "century"
    if u in SET_UNITS:
        return "SET", f"XXXX-XX-XX{SET_UNITS[u]}", None
    if u in SEASONS:
        return "SET", f"XXXX-{SEASONS[u]}", None
    if u in ("january", "july"):
        return "SET", f"XXXX-{MONTHS[u]:02d}", None
    code = unit_code(u)
    nw = _low(g.get("n"))
    k = 2 if nw == "other" else (parse_num(nw) if nw else 1)
    if code == "Q":
        return "SET", f"P{k if k else 'X'}Q", None
    return "SET", cal.duration(k, code), None


def n_rate(m: re.Match, ctx: Context) -> Timex:
    return "SET", cal.duration(1, unit_code(m["unit"])) if _low(m["unit"]) != "night" else "P1D", None


VAGUE = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "today's": "PRESENT_REF",
    "todays": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "in the past": "PAST_REF",
    "the past": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF", "later": "FUTURE_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF",
    "a later date": "FUTURE_REF", "shortly": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the time being": "PRESENT_REF", "already": "PRESENT_REF", "yet": "PRESENT_REF",
}


def n_vague(m: re.Match, ctx: Context) -> Timex:
    w = _low(m["w"])
    if w in VAGUE:
        return "DATE", VAGUE[w], None
    if "future" in w or "term" in w:
        return "DATE", "FUTURE_REF", None
    return "DATE", "PRESENT_REF", None


def n_holiday(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    name = _low(g["h"])
    rel = _low(g.get("rel"))
    if g.get("year"):
        d = holiday_date(name, int(g["year"]))
    elif ctx.dct is None:
        d = None
    else:
        y0 = ctx.dct.year
        cands = [d for d in (holiday_date(name, y) for y in (y0 - 1, y0, y0 + 1)) if d is not None]
        tense = ctx.tense(m.start(), m.end())
        if rel == "last" or (tense == "past" and rel != "next"):
            past = [d for d in cands if d <= ctx.dct]
            d = past[-1] if past else None
        elif rel == "next" or tense == "future":
            fut = [d for d in cands if d >= ctx.dct]
            d = fut[0] if fut else None
        else:
            d = min(cands, key=lambda c: abs((c - ctx.dct).days)) if cands else None
    if d is None:
        d2 = holiday_date(name, 2001)
        return "DATE", f"XXXX-{d2.month:02d}-{d2.day:02d}" if d2 and "easter" not in name and "thanksgiving" not in name else "XXXX-XX-XX", None
    ctx.note_day(d, m.start())
    return "DATE", d.isoformat(), None


def n_anaphoric_day(m: re.Match, ctx: Context) -> Timex:
    w = _low(m["w"])
    unit = "D"
    for word, code in (("week", "W"), ("month", "M"), ("year", "Y")):
        if w.endswith(word) or f"{word} " in w:
            unit = code
    off = 0
    if any(k in w for k in ("following", "next", "after")):
        off = 1
    elif any(k in w for k in ("previous", "prior", "before")):
        off = -1
    ref = ctx.last_day if unit in ("D", "W", "M") and ctx.last_day else None
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


NORMALIZERS: dict[str, Callable[[re.Match, Context], Timex]] = {
    name[2:]: fn for name, fn in globals().items() if name.startswith("n_") and callable(fn)
}
