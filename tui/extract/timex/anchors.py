"""Anchors: the cheap first pass that decides where the (costlier) rules need to run."""
from __future__ import annotations

import re

# Every temporal expression contains an anchor: a month or weekday name, a digit, a unit
# word, ... One scan finds the anchors; each rule then runs only in windows around the
# anchors it needs, so long stretches of plain prose cost a single fast pass.
_DIGITS = re.compile(r"\d+")
_NAMES = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|"
    r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN")
_ANCHOR_WORDS = {
    "unit": "sec min hour day week fortnight month decade millenni",
    "yr": "year",
    "qtr": "quarter half period",
    "ago": "ago earlier later hence",
    "century": "centur",
    "deictic": "today yesterday tomorrow tonight morning afternoon evening night overnight noon "
               "midnight midday clock",
    "season": "spring summer fall autumn winter",
    "vague": "now current presently nowadays recent lately former future soon term",
    "holiday": "christmas thanksgiving easter independence labor memorial election veterans "
               "valentine halloween boxing presidents mlk columbus juneteenth patrick bastille anzac "
               "remembrance armistice fawkes bonfire maundy pentecost whit",
    "spoken": "nineteen eighteen twenty thousand twenties thirties forties fifties sixties seventies "
              "eighties nineties",
    "setadv": "daily weekly monthly annually yearly hourly nightly biweekly fortnightly semiannually "
              "bimonthly quarterly",
}
_WORD_CLASS = {w: k for k, ws in _ANCHOR_WORDS.items() for w in ws.split()}
for _phrase in ("these days", "at present", "the past", "a later", "time being"):
    _WORD_CLASS[_phrase] = "vague"
_WORD_CLASS["new year"] = "holiday"
for _phrase in ("president's", "president’s", "mother's", "mother’s", "mothers day", "father's",
                "father’s", "fathers day", "black friday", "cyber monday", "canada day", "australia day",
                "holy saturday", "palm sunday", "ash wednesday", "luther king"):
    _WORD_CLASS[_phrase] = "holiday"
_WORD_CLASS["from now"] = "ago"


def _trie_regex(words) -> str:
    """An alternation of words factored by common prefixes (much faster to scan than a flat list)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body[:-1] + "|)" if "" in node else body

    return emit(root)


_ANCHOR_LOWER = re.compile(r"\b" + _trie_regex(_WORD_CLASS))
_CLOCK_AFTER = re.compile(r"\s*(?:[aApP]\.?\s?[mM]\b|[:.]\d\d|o'clock|in\s+the)")
_BEFORE, _AFTER = 36, 32  # measured: matches start <= 26 chars before their first anchor


def _anchors(text: str):
    """(class, start, end) of every anchor, cased and case-folded scans."""
    for m in _DIGITS.finditer(text):
        a, b = m.span()
        if b - a == 4:
            yield "num4", a, b
            if text[b:b + 4] in (" GMT", " UTC", "GMT ", "UTC ", " Z ", "Z"):
                yield "clock", a, b  # '1345 GMT'
        nxt = text[b:b + 1]
        if nxt == "/":
            yield "slash", a, b
        elif nxt == "s" or nxt == "'":
            yield "decade", a, b
        elif nxt == "Q" or (a > 0 and text[a - 1] in "QH"):
            yield "qabbr", a, b
        if b - a == 2 and "FY" in text[max(0, a - 4):a]:
            yield "fy", a, b
        if b - a <= 2 and _CLOCK_AFTER.match(text, b):
            yield "clock", a, b
        elif b - a <= 2 and text[b:b + 2] in _ORDINAL_ENDS:
            yield "ord", a, b
    for m in _NAMES.finditer(text):
        a, b = m.span()
        yield ("mon" if text[a:b].upper() in _MONTH_HEADS else "wd"), a, b
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lowered: fold ASCII only
        low = text.translate(_ASCII_LOWER)
    for m in _ANCHOR_LOWER.finditer(low):
        yield _WORD_CLASS[m.group()], m.start(), m.end()


_ORDINAL_ENDS = {"st", "nd", "rd", "th"}
_MONTH_HEADS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ANY_UNIT = ("unit", "yr", "qtr", "century")
RULE_ANCHORS = {
    "clock": ("clock", "deictic"), "mdy": ("mon",), "week_of": ("mon",), "nth_week": ("mon",), "mdy_and": ("mon",), "dmy_and": ("mon",), "dmy": ("mon",),
    "iso": ("num4",), "slash": ("slash",), "dotted": ("num4",), "ymd_slash": ("num4",), "dmy_dash": ("mon",), "day_only": ("ord",), "month_year": ("mon",), "month": ("mon",),
    "decade": ("decade", "spoken"), "decade2": ("decade",), "qabbr": ("qabbr",), "month_quarter": ("mon",), "fy2": ("fy",),
    "century": ("century",), "year": ("num4", "spoken"), "quarter": ("qtr",),
    "quarter_rel": ("qtr",), "yearago": ("yr",), "season": ("season",), "weekday": ("wd",),
    "weekday_set": ("wd",), "every_weekday": ("wd",), "deictic": ("deictic",),
    "daypart": ("deictic",), "rel_unit": _ANY_UNIT, "yearend": ("yr", "unit"),
    "edge_rel": _ANY_UNIT, "rate": _ANY_UNIT + ("deictic",), "ago": ("ago",), "bare_ago": ("ago",),
    "duration": _ANY_UNIT, "unit_long": _ANY_UNIT + ("deictic",), "vague_dur": _ANY_UNIT,
    "set": _ANY_UNIT + ("setadv", "deictic", "season", "mon"), "vague": ("vague", "deictic", "ago"),
    "holiday": ("holiday",), "after_next": _ANY_UNIT, "in_time": _ANY_UNIT, "new_year": ("holiday",), "named_weekend": _ANY_UNIT, "anaphoric_day": _ANY_UNIT + ("deictic",),
}


def class_windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """For each anchor class, merged [lo, hi) windows around its anchors."""
    n = len(text)
    spans: dict[str, list[tuple[int, int]]] = {}
    for kind, a, b in _anchors(text):
        lo = max(0, a - _BEFORE)
        hi = min(n, b + _AFTER)
        while hi < n and (text[hi].isalnum() or text[hi] in "'-."):
            hi += 1  # never cut a word: a window edge must not look like a word end
        lst = spans.setdefault(kind, [])
        if lst and lo <= lst[-1][1]:
            if hi > lst[-1][1]:
                lst[-1] = (lst[-1][0], hi)
        else:
            lst.append((lo, hi))
    return spans


def merge(lists: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    items = sorted(w for lst in lists for w in lst)
    out: list[tuple[int, int]] = []
    for lo, hi in items:
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out
