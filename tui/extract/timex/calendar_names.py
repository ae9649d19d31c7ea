"""Normalization of calendar names: dates, months, years, decades, centuries, quarters,
seasons, holidays and clock times (one function per rule of patterns.py)."""
from __future__ import annotations

import re
from datetime import date

from . import cal
from .context import Context
from .holidays import fixed_day, holiday_date
from .lexicon import DECADE_WORDS, SEASONS, WEEKDAYS, ordinal_number, word_number
from .resolve import (Timex, approx_mod, day_of, day_value, edge_mod, fold, month_of, pick_year, spoken_year,
                      weekday_date, clause_year)


def n_clock(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    h = g.get("h") or g.get("h2") or g.get("h3") or g.get("h4") or g.get("h5") or g.get("h6") or g.get("h7")
    mi = int(g.get("mi") or g.get("mi2") or g.get("mi5") or g.get("mi6") or g.get("mi7") or 0)
    if g.get("noon"):
        word = g["noon"].lower()
        hh, mi = (24 if word == "midnight" else 12), 0
    else:
        hh = int(h) if h.isdigit() else (word_number(h.lower()) or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "").replace(" ", "")
        part = (g.get("part4") or "").lower()
        if g.get("h3") and 1 <= hh <= 5:
            hh += 12  # 'shortly after two o'clock': the small hours would say so
        elif ampm.startswith("p") or part in ("afternoon", "evening"):
            if hh < 12:
                hh += 12
        elif (ampm.startswith("a") or part == "morning") and hh == 12:
            hh = 0
    day = _anchor_day(m, ctx)
    return "TIME", f"{day}T{hh:02d}:{mi:02d}", approx_mod(m.group("approx"))


def _anchor_day(m: re.Match, ctx: Context) -> str:
    g = m.groupdict()
    dct = ctx.dct
    mon_name = g.get("mon") or g.get("mon2") or g.get("mon3") or g.get("mon4")
    if mon_name:  # 'Nov. 6', 'Monday 27 June'
        mon = month_of(mon_name)
        day = day_of(g.get("day") or g.get("day2") or g.get("day3") or g.get("day4"), None)
        y = int(g["cyear"]) if g.get("cyear") else pick_year(ctx, mon, day, m.start(), m.end())
        return day_value(ctx, y, mon, day, m.start())
    if g.get("wd"):
        wd = WEEKDAYS.get(fold(g["wd"]).rstrip("."), 0)
        d = weekday_date(ctx, wd, "", m.start(), m.end()) if wd else None
        if d is None:
            return f"XXXX-WXX-{wd}"
        ctx.note_day(d, m.start())
        return d.isoformat()
    rday = fold(g.get("rday"))
    later = _DAY_AFTER_ASIDE.match(ctx.text, m.end())
    if later and not rday:
        # '10:35 a.m. (0735 GMT) Friday': the day after a parenthetical conversion
        word = fold(later.group(1) or later.group(2))
        if word in ("today", "yesterday", "tomorrow"):
            rday = word
        else:
            d = weekday_date(ctx, WEEKDAYS.get(word, 0), "", m.start(), m.end())
            if d is not None:
                ctx.note_day(d, m.start())
                return d.isoformat()
    if not rday and _EVERY_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start()):
        return "XXXX-XX-XX"  # 'Every Monday, the caucus meets at noon': any such day
    if not rday and ctx.last_day is not None and m.start() - ctx.last_day_pos < 250 \
            and "\n" not in ctx.text[ctx.last_day_pos:m.start()]:
        # a bare clock time belongs to the day its paragraph is about ('found at about 02:20');
        # a time that starts a paragraph is a live blog's stamp, of the day of publication
        return ctx.last_day.isoformat()
    if dct is None:
        return "XXXX-XX-XX"
    off = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(rday, 0)
    d = cal.add_days(dct, off)
    return d.isoformat() if d else "XXXX-XX-XX"


_EVERY_BEFORE = re.compile(r"\b(?:every|each)\s+(?:day|morning|evening|night|week|weekday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"
                           r"[^.;!?\n]*$", re.IGNORECASE)
_ASIDE_DAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tomorrow)\b"
# '10:35 a.m. (0735 GMT) Friday', '4 in the morning (4 a.m. EDT Thursday)'
_DAY_AFTER_ASIDE = re.compile(
    rf"\s*\((?:[^()\n]{{1,24}}\)\s*(?:on\s+)?{_ASIDE_DAY}|[^()\n]{{0,24}}?\b(?:on\s+)?{_ASIDE_DAY}\s*\))")


def n_mdy(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    mon = month_of(g["mon"])
    day = day_of(g.get("day"), g.get("dayw"))
    y = int(g.get("year") or g.get("ryear") or 0) or None  # 'June 3-5, 2026': the range's year
    if y is None and ctx.dct is not None and day is not None:
        wd = WEEKDAYS.get(fold(g.get("wd")).rstrip("."), 0) if g.get("wd") else 0
        y = None
        if wd:
            for cand in (ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1):
                d = cal.make_date(cand, mon, day)
                if d is not None and d.isoweekday() == wd:
                    y = cand
                    break
        rel = fold(g.get("rel"))
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


def n_week_of(m: re.Match, ctx: Context) -> Timex:
    """The week that holds the day: 'the week of March 6', 'the week commencing 20th March'."""
    g = m.groupdict()
    mon = month_of(g.get("mon") or g.get("mon2") or "")
    day = day_of(g.get("day") or g.get("day2"), None)
    y = int(g["year"]) if g.get("year") else pick_year(ctx, mon, day, m.start(), m.end())
    v = day_value(ctx, y, mon, day, m.start())
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return "DATE", cal.fmt_week(date.fromisoformat(v)) or v, None
    return "DATE", v, None


def n_nth_week(m: re.Match, ctx: Context) -> Timex:
    """'the first week of December': the week that holds its first day (the last: its last day)."""
    mon = month_of(m["mon"])
    nth = fold(m["nth"])
    y = int(m["year"]) if m["year"] else pick_year(ctx, mon, None, m.start(), m.end())
    if y is None or not cal.ok_year(y):
        return "DATE", f"XXXX-{mon:02d}", None
    if nth in ("last", "final"):
        ny, nm = cal.add_months(y, mon, 1)
        d = cal.add_days(date(ny, nm, 1), -1)
    else:
        d = cal.make_date(y, mon, 1 + 7 * ("first", "second", "third", "fourth").index(nth))
    w = cal.fmt_week(d) if d else None
    return "DATE", w or f"{y:04d}-{mon:02d}", None


n_dmy = n_mdy
n_mdy_and = n_mdy
n_dmy_and = n_mdy


def n_iso(m: re.Match, ctx: Context) -> Timex:
    y, mon, day = int(m["year"]), int(m["mon"]), int(m["day"])
    v = day_value(ctx, y, mon, day, m.start())
    if m.groupdict().get("h"):
        sec = f":{m['sec']}" if m.groupdict().get("sec") else ""
        return "TIME", f"{v}T{m['h']}:{m['mi']}{sec}", None
    return "DATE", v, None


def n_slash(m: re.Match, ctx: Context) -> Timex:
    y = int(m["year"])
    if y < 100:
        y += 1900 if y >= 50 else 2000
    a, b = int(m["a"]), int(m["b"])
    if a > 12 or (b <= 12 and ctx.days_first()):
        a, b = b, a  # 27/01/2020; or 03/02/2020 in a text that writes 27/01/2020
    return "DATE", day_value(ctx, y, a, b, m.start()), None


def n_dotted(m: re.Match, ctx: Context) -> Timex:
    return "DATE", day_value(ctx, int(m["year"]), int(m["mon"]), int(m["day"]), m.start()), None


n_ymd_slash = n_dotted


def n_dmy_dash(m: re.Match, ctx: Context) -> Timex:
    return "DATE", day_value(ctx, int(m["year"]), month_of(m["mon"].rstrip(".")), int(m["day"]), m.start()), None


def n_day_only(m: re.Match, ctx: Context) -> Timex:
    """A day named without its month: of the publication month, or the month before or after
    when the tense points there ('it opened on the 28th' written on the 3rd)."""
    day = int(m["day"])
    dct = ctx.dct
    if dct is None:
        return "DATE", f"XXXX-XX-{day:02d}", None
    cands = [d for d in (cal.make_date(*cal.add_months(dct.year, dct.month, k), day) for k in (-1, 0, 1))
             if d is not None]
    tense = ctx.tense(m.start(), m.end())
    if tense == "future":
        cands = [d for d in cands if d >= dct]
    elif tense == "past":
        cands = [d for d in cands if d <= dct]
    this_month = [d for d in cands if d.month == dct.month]
    d = this_month[0] if this_month else (min(cands, key=lambda c: abs((c - dct).days)) if cands else None)
    if d is None:
        return "DATE", f"XXXX-XX-{day:02d}", None
    ctx.note_day(d, m.start())
    return "DATE", d.isoformat(), None


def n_month_year(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    mon = month_of(g["mon"])
    y: int | None
    if g.get("year"):
        y = int(g["year"])
    elif g.get("spoken"):
        y = spoken_year(g["spoken"])
    else:
        rel = fold(g.get("rel"))
        if rel in ("this", "last", "next"):
            y = None if ctx.dct is None else ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
        else:  # 'March of that year', 'May of the following year': the year under discussion
            ref = ctx.last_year if ctx.last_year is not None else (ctx.dct.year if ctx.dct else None)
            off = 1 if rel in ("the following", "the next") else (-1 if rel in ("the previous", "the prior") else 0)
            y = None if ref is None else ref + off
    if y is not None:
        ctx.note_year(y, m.start())
    return "DATE", day_value(ctx, y, mon, None, m.start()), edge_mod(g.get("edge"))


def n_month(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    mon = month_of(g["mon"])
    rel = fold(g.get("rel"))
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
            later = None if rel else _MONTH_RANGE_YEAR.match(ctx.text, m.end())
            # 'between September and October of 2007': the year named once for both months
            if later:  # ('December to March 2020': the December before)
                y = int(later.group(2)) - (1 if mon > month_of(later.group(1)) > 0 else 0)
            else:
                y = pick_year(ctx, mon, None, m.start(), m.end())
    return "DATE", day_value(ctx, y, mon, None, m.start()), edge_mod(g.get("edge"))


_MONTH_RANGE_YEAR = re.compile(
    r"\s*(?:and|or|to|through|thru|until|till|-|\u2013)\s*(?:(?:early|late|mid)[\s-]+)?"
    r"((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?),?\s+(?:of\s+)?((?:1[5-9]|20)\d\d)(?![\w-])")


def n_decade(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    if g.get("cent"):
        v = f"{g['cent']}{g['dec']}"
        if g["dec"] == "0" and g["cent"] != "20":
            # 'the 1800s' says a century (the 19th); 'the 2000s' mostly its first decade
            v = g["cent"]
    else:
        digit = g.get("dec2")
        if digit is None:
            digit = str(DECADE_WORDS.get(fold(g.get("decw")), 0))
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
    off = {"this": 0}.get(fold(g.get("rel")), -1)
    return "DATE", f"{ctx.dct.year // 100 + off:02d}", edge_mod(g.get("edge"))


def n_year(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    y = int(g["year"]) if g.get("year") else spoken_year(g.get("spoken") or "")
    if y is None:
        return "DATE", "XXXX", None
    ctx.note_year(y, m.start())
    edge = fold(g.get("edge"))
    if "first half" in edge:
        return "DATE", f"{y:04d}-H1", None
    if "second half" in edge or "last half" in edge:
        return "DATE", f"{y:04d}-H2", None
    mod = edge_mod(edge) if edge and "year-end" not in edge else ("END" if edge else None)
    later = fold(g.get("later"))
    if later:
        mod = "ON_OR_AFTER" if ("later" in later or "beyond" in later) else ("ON_OR_BEFORE" if "earlier" in later else "APPROX")
    return "DATE", f"{y:04d}", mod


def n_month_quarter(m: re.Match, ctx: Context) -> Timex:
    mon = month_of(m["mon"])
    q = mon // 3
    det = fold(m["det"])
    if m["year"] or m["year2"]:
        y: int | None = int(m["year"] or m["year2"])
    elif ctx.dct is None:
        return "DATE", f"XXXX-Q{q}", None
    elif det == "last":  # the latest such quarter gone
        y = ctx.dct.year - (0 if q < cal.quarter_of(ctx.dct) else 1)
    elif det == "next":
        y = ctx.dct.year + (0 if q > cal.quarter_of(ctx.dct) else 1)
    else:
        y = _quarter_year(ctx, q, m.start(), m.end(), half=False)
    if y is None:
        return "DATE", f"XXXX-Q{q}", None
    ctx.note_quarter(y, q, m.start())
    return "DATE", f"{y:04d}-Q{q}", None


def n_fy2(m: re.Match, ctx: Context) -> Timex:
    yy = int(m["yy"])
    # the century that puts the year nearest the publication date ('FY99' in 2001 is 1999);
    # without one, this century's (the abbreviation is a modern habit)
    ref = ctx.dct.year if ctx.dct is not None else 2000 + yy
    y = min((c * 100 + yy for c in (ref // 100 - 1, ref // 100, ref // 100 + 1)), key=lambda c: abs(c - ref))
    ctx.note_year(y, m.start())
    return "DATE", f"{y:04d}", None


def _quarter_year(ctx: Context, q: int, start: int, end: int, half: bool) -> int | None:
    dct = ctx.dct
    if dct is None:
        return None
    named = clause_year(ctx, start, None)
    if named is not None:
        return named  # 'in the first half of 2026, before stabilising in the second half'
    cur = cal.quarter_of(dct) if not half else (1 if dct.month <= 6 else 2)
    if q > cur:  # a quarter still to come this year, or last year's
        tense = ctx.tense(start, end)
        if tense == "past" or (tense is None and (cur == 1 or q - cur >= 2)):
            return dct.year - 1
    return dct.year


def n_quarter(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    half = fold(g["qh"]) == "half"
    ordw = fold(g["ord"])
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
         "final": 4}.get(ordw, 0)
    if half:
        q = 1 if q == 1 else 2
    det, adj = fold(g.get("det")), fold(g.get("adj"))
    y: int | None
    if g.get("year"):
        y = int(g["year"])
    elif g.get("qyear"):
        y = int(g["qyear"])
    elif det.endswith("'s") and det[:4].isdigit():
        y = int(det[:4])
    elif g.get("yrel"):  # 'the first quarter of last year'
        yrel = fold(g["yrel"])
        if yrel in ("that", "the same") and ctx.last_year is not None:
            y = ctx.last_year
        else:
            y = None if ctx.dct is None else ctx.dct.year + {"last": -1, "next": 1}.get(yrel, 0)
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
    half = fold(g["qh"]) == "half"
    det, adj = fold(g.get("det")), fold(g.get("adj"))
    dct = ctx.dct
    if dct is None:
        return "DATE", "XXXX-HX" if half else "XXXX-QX", None
    if half:
        cur = 1 if dct.month <= 6 else 2
        y, h = dct.year, cur
        if det == "last" or "previous" in adj or "prior" in adj or "preceding" in adj:
            y, h = (y, 1) if cur == 2 else (y - 1, 2)
        elif det == "next":
            y, h = (y, 2) if cur == 1 else (y + 1, 1)
        return "DATE", f"{y:04d}-H{h}", None
    cur = (dct.year, cal.quarter_of(dct))
    recent = ctx.last_quarter if ctx.last_quarter and m.start() - ctx.last_quarter_pos < 1500 else None
    month = ctx.last_month
    if (fold(g["qh"]) == "period" and month is not None and ctx.last_month_pos > ctx.last_quarter_pos
            and m.start() - ctx.last_month_pos < 200 and not g.get("qyear")
            and ("same" in adj or "comparable" in adj or "corresponding" in adj)
            and (g.get("ago") or "ago" in adj or "earlier" in adj or det.startswith("last year"))):
        # 'sales rose in February compared to the same period last year': that month, a year before
        return "DATE", cal.fmt_month(month.year - 1, month.month) or "XXXX-XX", None
    if g.get("qyear"):
        y = int(g["qyear"])
        if fold(g["qh"]) == "period":  # 'the 1988 period': that year's part, left at the year
            return "DATE", f"{y:04d}", None
        q = recent[1] if recent else cal.add_quarters(*cur, -1)[1]
        return "DATE", cal.fmt_quarter(y, q) or "XXXX-QX", None
    if "latest" in adj or "recent" in adj:
        ref = cal.add_quarters(*cur, -1)
    elif "preceding" in adj:  # the quarter before the one just named
        ref = cal.add_quarters(*(recent or cur), -1)
    elif det == "last" or "previous" in adj or "prior" in adj:
        ref = cal.add_quarters(*cur, -1)
    elif det == "next":
        ref = cal.add_quarters(*cur, 1)
    elif "current" in adj or (det == "this" and ctx.tense(m.start(), m.end()) != "past"):
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


_WILL = re.compile(r"\b(?:will|'ll|shall|going\s+to)\b", re.IGNORECASE)  # a plain future, not 'to meet'


def n_season(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    code = SEASONS[fold(g["season"])]
    mod = edge_mod(g.get("edge") or g.get("edge2"))
    if g.get("year"):
        y: int | None = int(g["year"])
        ctx.note_year(int(g["year"]), m.start())
    elif g.get("spoken"):
        y = spoken_year(g["spoken"])
    elif ctx.dct is None:
        y = None
    else:
        rel = fold(g.get("rel"))
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
        elif rel in ("the", "") and (named := clause_year(ctx, m.start(), None)) is not None:
            y = named
        elif code == "WI" and ctx.dct.month <= 2 and rel in ("this", "the", ""):
            y -= 1  # the winter that started in December belongs to last year
        elif rel in ("the", "") and code != "WI":
            # a season gone by this year that the clause looks ahead to is next year's ('will step
            # down in the spring', written in December)
            now = 4 if ctx.dct.month == 12 else cur  # December: this year's spring to fall are over
            tense = ctx.tense(m.start(), m.end()) if season_order[code] != now else None
            if tense == "future" and season_order[code] < now \
                    and _WILL.search(ctx.text, max(0, m.start() - 60), m.start()):
                y += 1
            # (not the other way: a past verb often tells of plans for a season still to come,
            # 'was chosen so that it could be done before the summer break')
    if y is None or not cal.ok_year(y):
        return "DATE", f"XXXX-{code}", mod
    return "DATE", f"{y:04d}-{code}", mod


def n_holiday(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    name = fold(g["h"])
    rel = fold(g.get("rel"))
    if g.get("year"):
        d = holiday_date(name, int(g["year"]))
    elif ctx.dct is None:
        d = None
    else:
        y0 = ctx.dct.year
        tense = ctx.tense(m.start(), m.end())
        named = None if rel else clause_year(ctx, m.start(), tense)
        cands = [d for d in (holiday_date(name, y) for y in (y0 - 1, y0, y0 + 1)) if d is not None]
        near = min(cands, key=lambda c: abs((c - ctx.dct).days)) if cands else None
        if not rel and near is not None and abs((near - ctx.dct).days) <= 10:
            tense = None  # a holiday days away is that one, whatever the tense: 'as Easter week began'
        elif not rel and _BEFORE_HOLIDAY.search(ctx.text, max(0, m.start() - 20), m.start()):
            tense = "future"  # 'have demanded an election before Christmas'
        if named is not None:
            d = holiday_date(name, named)  # 'this year, after disruption on Easter Monday'
        elif rel == "last" or (tense == "past" and rel != "next"):
            past = [d for d in cands if d <= ctx.dct]
            d = past[-1] if past else None
        elif rel == "next" or tense == "future":
            fut = [d for d in cands if d >= ctx.dct]
            d = fut[0] if fut else None
        else:
            d = near
    if d is None:
        fixed = fixed_day(name)
        return "DATE", f"XXXX-{fixed[0]:02d}-{fixed[1]:02d}" if fixed else "XXXX-XX-XX", None
    if g.get("we"):
        # the weekend a holiday belongs to: Memorial Day (a Monday) closes it, Good Friday opens it
        sat = cal.add_days(d, {1: -2, 2: -3, 3: 3, 4: 2, 5: 1, 6: 0, 7: -1}[d.isoweekday()])
        w = cal.fmt_week(sat) if sat else None
        return "DATE", (w + "-WE") if w else "XXXX-WXX-WE", None
    ctx.note_day(d, m.start())
    return "DATE", d.isoformat(), None


# (not 'the day before Christmas', an anaphoric day)
_BEFORE_HOLIDAY = re.compile(r"(?<!day\s)(?<!week\s)(?<!night\s)(?<!month\s)\b(?:before|until|till|by|ahead\s+of|"
                             r"in\s+time\s+for)\s+(?:the\s+)?$", re.IGNORECASE)


def n_yearago(m: re.Match, ctx: Context) -> Timex:
    if ctx.dct is None:
        return "DATE", "XXXX", None
    v = ctx.year_before_last(m.start())
    if v is not None:
        return "DATE", v, None
    return "DATE", cal.fmt_year(ctx.dct.year - 1) or "XXXX", None
