"""Shared pieces of normalization: words to numbers and units, modifiers, and the choice of
year/day for names given without one (by tense and nearness to the publication date)."""
from __future__ import annotations

import re
from datetime import date

from . import cal
from .context import Context
from .lexicon import MONTHS, UNITS, ordinal_number, word_number


Timex = tuple[str, str, "str | None"]

EDGE_MOD = {
    "early": "START", "beginning": "START", "start": "START", "late": "END", "end": "END",
    "close": "END", "mid": "MID", "middle": "MID", "around": "APPROX", "turn": "START",
    "post": "AFTER", "pre": "BEFORE",
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


def fold(s: str | None) -> str:
    return re.sub(r"\s+", " ", s.lower()) if s else ""


def edge_mod(edge: str | None) -> str | None:
    e = fold(edge)
    if not e:
        return None
    for key, mod in EDGE_MOD.items():
        if key in e:
            return mod
    return None


def approx_mod(a: str | None) -> str | None:
    return APPROX_MOD.get(fold(a)) if a else None


def unit_code(word: str) -> str:
    w = fold(word).replace("fiscal ", "").replace("calendar ", "")
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and w[:-1] in UNITS:
        w = w[:-1]
    return UNITS.get(w, "X")


def parse_num(s: str | None) -> float | int | None:
    """'two' -> 2, '2 1/2' -> 2.5, 'a few' -> None (vague)."""
    if not s:
        return None
    t = fold(s)
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
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", t):
        return int(t.replace(",", ""))  # 'a 2,000-year record'
    n = word_number(t)
    if n is None:
        return None
    return n + half if half else n


def month_of(s: str) -> int:
    return MONTHS.get(fold(s).rstrip("."), 0)


def day_of(s: str | None, w: str | None) -> int | None:
    if s:
        digits = re.match(r"\d+", s)
        return int(digits.group()) if digits else None
    return ordinal_number(w) if w else None


def spoken_year(s: str) -> int | None:
    t = fold(s).replace("-", " ")
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
    if _HABITUAL.search(ctx.text, max(0, start - 60), start):
        return None  # 'cases usually peak in June', 'its normal onset date of June 1': any year
    tense = ctx.tense(start, end)
    named = clause_year(ctx, start, tense)
    if named is not None:
        return named
    done = ctx.done_before(start)  # 'the trial started in May': a past verb right before the name
    best, best_cost = dct.year, None
    for y in (dct.year - 1, dct.year, dct.year + 1):
        d = cal.make_date(y, month, min(day or 15, 28) if day is None else day) or cal.make_date(y, month, 28)
        if d is None:
            continue
        diff = (d - dct).days
        if day is None:  # month granularity: the DCT's own month is 'now'
            if y == dct.year and month == dct.month:
                diff = 0
        if y == dct.year and -60 <= diff <= 120 and not (done and diff > 31):
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


def clause_year(ctx: Context, start: int, tense: str | None) -> int | None:
    """The year its clause names just before a name given without one: 'Last year, strikes
    disrupted travel for much of December'; 'the best year came in 2017, when they won the bowl on
    Dec. 23'; 'lost 2.5% in 2024, despite snow in the spring' (not 'the law, passed in 2023, takes
    effect Jan. 1', which looks ahead)."""
    dct = ctx.dct
    if dct is None:
        return None
    said = _YEAR_SAID.search(ctx.text, max(0, start - 80), start)
    if said is not None:
        return dct.year + {"last": -1, "next": 1, "this": 0}[said.group(1).lower()]
    named = _YEAR_NAMED.search(ctx.text, max(0, start - 70), start)
    if named is None:
        return None
    y = int(named.group(1))
    if abs(y - dct.year) > 60 or (tense == "future" and y < dct.year):
        return None
    return y


def day_value(ctx: Context, y: int | None, month: int, day: int | None, pos: int) -> str:
    if not 1 <= month <= 12:
        return "XXXX-XX-XX"
    if day is None or not 1 <= day <= 31:
        if y and cal.ok_year(y):
            ctx.note_month(y, month, pos)
            return f"{y:04d}-{month:02d}"
        return f"XXXX-{month:02d}"
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
    text = ctx.text
    if ctx.last_day is not None and 0 < start - ctx.last_day_pos <= 30 and ctx.last_day.isoweekday() == wd \
            and re.search(r"\bon\s+$", text[max(0, start - 4):start]):
        return ctx.last_day  # '7.30pm on Friday': the day the time was just given
    week = _WEEK_BEFORE.search(text, max(0, start - 50), start)
    if week is not None:
        # 'this week, between Tuesday and Thursday': the days of the week just named
        return cal.day_of_week(dct, _WEEKS_AWAY[week.group(1).lower()], wd)
    if ctx.last_day is not None and start - ctx.last_day_pos <= 24 \
            and _RANGE_END.search(text, max(0, start - 24), start):
        # the end of a range of days comes after its start: 'Tuesday through Sunday'
        return cal.weekday_near(cal.add_days(ctx.last_day, 1), wd, 1)
    if text[end:end + 2] in ("'s", "\u2019s"):
        # 'Wednesday's ruling' names an event the reader knows of: the last such day, unless
        # the phrase looks ahead to it ('ahead of Sunday's vote')
        ahead = _AHEAD_OF.search(text, max(0, start - 24), start) or (
            # 'is expected to approve the fund at Tuesday's Cabinet meeting' (not 'will appeal
            # Wednesday's ruling', an event gone by)
            _AT_EVENT.search(text, max(0, start - 12), start) and ctx.tense(start, end) == "future")
        return cal.weekday_near(dct, wd, 1 if ahead else -1)
    if ctx.planned(start):
        ahead, back = cal.weekday_near(dct, wd, 1), cal.weekday_near(dct, wd, -1)
        if ahead is not None and back is not None:
            return ahead if (ahead - dct) < (dct - back) else back
    tense = ctx.tense(start, end)
    if tense == "future":
        return cal.weekday_near(dct, wd, 1)
    if tense is None and ctx.last_day is not None and ctx.last_day > dct and start - ctx.last_day_pos < 120 \
            and not _SENTENCE_BREAK.search(text, ctx.last_day_pos, start):
        # 'travel to Hartpool on Wednesday before hosting the leaders on Saturday': the sentence
        # is about days to come
        return cal.weekday_near(cal.add_days(ctx.last_day, 1), wd, 1)
    return cal.weekday_near(dct, wd, -1)


_WEEKS_AWAY = {"this": 0, "next": 1, "last": -1}
_HABITUAL = re.compile(r"\b(?:usually|generally|typically|normally|traditionally|customarily|"
                       r"normal\s+(?:[\w-]+\s+)?(?:date|day|time|season|schedule)|"
                       r"tends?\s+to|each\s+year|every\s+year)\b[^.;!?\n]*$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?;][\"'”’]?\s+(?=[\"“‘]?[A-Z])|\n")
# a year named earlier in the month's own sentence
_YEAR_NAMED = re.compile(r"\b(?:in|during|of)\s+((?:19|20)\d\d)\b(?!\s*[-–/]|\s+(?:and|to|through)\b)[^.;!?\n]*$",
                         re.IGNORECASE)
_YEAR_SAID = re.compile(r"\b(last|next|this)\s+year\b[^.;!?\n]*$", re.IGNORECASE)
_WEEK_BEFORE = re.compile(r"\b(this|next|last)\s+week\b[^.;!?\n]*\b(?:on|between|from|and|to|until|by)\s+(?:\w+\s+(?:and|to|or)\s+)?$",
                          re.IGNORECASE)
_RANGE_END = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:(?:through|thru|to|until|till)\b|[-–])\s*$",
                        re.IGNORECASE)
_AT_EVENT = re.compile(r"\b(?:at|during|for|in|after)\s+(?:the\s+)?$", re.IGNORECASE)
_AHEAD_OF = re.compile(r"\b(?:ahead\s+of|until|till|await(?:s|ing)?|toward|towards|run-up\s+to|"
                       r"prepar(?:e|es|ing)\s+for)\s+(?:the\s+)?$", re.IGNORECASE)


# --- one function per rule -------------------------------------------------------------
