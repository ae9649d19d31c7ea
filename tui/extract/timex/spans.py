"""Normalization of durations, sets (recurrences) and vague references (now, the past)."""
from __future__ import annotations

import re

from . import cal
from .context import Context
from .lexicon import MONTHS, SEASONS
from .resolve import Timex, approx_mod, fold, parse_num, unit_code


_ONE_DAY_SPAN = re.compile(r"\b(?:for|in|within|over|after|by|than|about|only|just|every|each|per|"
                           r"lasting|lasted|takes?|took|spend|spent)\s+$", re.I)


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
    if fold(m.group(0)) == "one day" and not _ONE_DAY_SPAN.search(ctx.text[max(0, m.start() - 12):m.start()]):
        # 'Islam will one day be ...': some day, not a span of 24 hours
        if ctx.tense(m.start(), m.end()) == "future":
            return "DATE", "FUTURE_REF", None
    if unit == "WE":
        return "DURATION", "P2D" if n == 1 else cal.duration(None if n is None else n * 2, "D"), mod
    return "DURATION", cal.duration(n, unit), mod


def n_in_time(m: re.Match, ctx: Context) -> Timex:
    num = fold(m["num"])
    n = 1 if num in ("a", "an") else parse_num(m["num"])
    unit = unit_code(m["unit"])
    if ctx.dct is None or not isinstance(n, int):
        return "DATE", "FUTURE_REF", None
    return "DATE", cal.shift(ctx.dct, unit, n) or "FUTURE_REF", None


def n_new_year(m: re.Match, ctx: Context) -> Timex:
    if ctx.dct is None:
        return "DATE", "XXXX", None
    return "DATE", f"{ctx.dct.year + (1 if ctx.dct.month >= 10 else 0):04d}", None


def n_unit_long(m: re.Match, ctx: Context) -> Timex:
    unit = "D" if fold(m["unit"]) == "night" else unit_code(m["unit"])
    return "DURATION", cal.duration(1, unit), None


def n_vague_dur(m: re.Match, ctx: Context) -> Timex:
    unit = unit_code(m["unit"])
    q = fold(m.groupdict().get("q"))
    if q == "recent" and unit in ("Y", "D", "DE"):
        return "DATE", "PAST_REF", None
    return "DURATION", cal.duration(None, unit), None


SET_UNITS = {"night": "TNI", "morning": "TMO", "evening": "TEV", "afternoon": "TAF"}


def n_set(m: re.Match, ctx: Context) -> Timex:
    g = m.groupdict()
    if g.get("adv"):
        adv = fold(g["adv"])
        v = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
             "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "fortnightly": "P2W",
             "semiannually": "P6M", "bimonthly": "P2M", "quarterly": "P3M"}[adv]
        return "SET", v, None
    u = fold(g["unit"]).rstrip("s") if fold(g["unit"]) not in ("centuries",) else "century"
    if u in SET_UNITS:
        return "SET", f"XXXX-XX-XX{SET_UNITS[u]}", None
    if u in SEASONS:
        return "SET", f"XXXX-{SEASONS[u]}", None
    if u in ("january", "july"):
        return "SET", f"XXXX-{MONTHS[u]:02d}", None
    code = unit_code(u)
    nw = fold(g.get("n"))
    k = 2 if nw == "other" else (parse_num(nw) if nw else 1)
    if code == "Q":
        return "SET", f"P{k if k else 'X'}Q", None
    return "SET", cal.duration(k, code), None


def n_rate(m: re.Match, ctx: Context) -> Timex:
    return "SET", cal.duration(1, unit_code(m["unit"])) if fold(m["unit"]) != "night" else "P1D", None


VAGUE = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
    "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "today's": "PRESENT_REF",
    "todays": "PRESENT_REF", "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF",
    "previously": "PAST_REF", "formerly": "PAST_REF", "in the past": "PAST_REF",
    "the past": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF", "later": "FUTURE_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF",
    "a later date": "FUTURE_REF", "shortly": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the time being": "PRESENT_REF", "already": "PRESENT_REF", "yet": "PRESENT_REF",
}


def n_vague(m: re.Match, ctx: Context) -> Timex:
    w = fold(m["w"])
    if w in VAGUE:
        return "DATE", VAGUE[w], None
    if "future" in w or "term" in w:
        return "DATE", "FUTURE_REF", None
    return "DATE", "PRESENT_REF", None
