"""Find candidate spans with the rules of patterns.py, drop implausible ones, and keep the
longest non-overlapping set (ties go to the earlier rule)."""
from __future__ import annotations

import re
from bisect import bisect_left

from .patterns import RULES

_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|since|until|till|by|from|to|through|thru|during|before|after|between|and|or|"
    r"early|late|mid|last|next|this|that|since|around|about|for|as|at|into|than|circa|fiscal|year|"
    r"the|its|his|her|their|our|a|'s|until|spring|summer|fall|winter|autumn|end|beginning|start|middle)|[,(\-–—])\s*$",
    re.IGNORECASE)
_YEAR_BAD_BEFORE = re.compile(r"(?:[$#£€¥]|\b(?:No|no|number|Flight|flight|Route|route|page|Page|"
                              r"model|Model|Boeing|Airbus|Windows|Article|article|Resolution|resolution|"
                              r"Section|section|Rule|rule|Room|room|Suite|suite|Box|box|Highway|"
                              r"Interstate|Form|form|Chapter|chapter|Title|title|Order|order)\s*)$")
_YEAR_BAD_AFTER = re.compile(
    r"\s*(?:[%$]|-\d|(?:percent|per|people|persons|men|women|children|troops|soldiers|workers|"
    r"employees|jobs|shares|stocks|miles|kilometers|km|feet|meters|tons|tonnes|acres|pounds|dollars|"
    r"votes|cases|units|cars|vehicles|homes|houses|points|barrels|rooms|beds|yards|square|cubic|"
    r"members|residents|students|companies|stores|plants|lbs|kg|mph|hp|times|deaths|dead|killed|"
    r"injured|refugees|prisoners|civilians|delegates|seats|aircraft|planes|ships|tanks|rounds|"
    r"calories|degrees|horsepower|copies|pages|words|items)\b)", re.IGNORECASE)
_NEXT_CAP = re.compile(r"\s+(?:[A-Z][a-z]|[A-Z]\.)")
_MONTH_ALONE_WEAK = {"may", "march", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.",
                     "sep.", "oct.", "nov.", "dec.", "june.", "july.", "august"}
_VAGUE_OK = {
    "now", "right now", "currently", "current", "at present", "presently", "nowadays",
    "these days", "recently", "lately", "formerly", "the past",
    "the future", "a later date", "as soon as possible", "the near future",
    "the distant future", "the foreseeable future", "the immediate future", "the near term",
    "the short term", "the long term", "the medium term", "the time being",
}
_BARE_DUR_BEFORE = re.compile(r"\b(?:for|within|in|over|after|took|take|takes|taking|spent|spend|"
                              r"lasted|last|lasting|follows|following|of|few|many|several|than)\s+$",
                              re.IGNORECASE)
_CURRENT_BAD = re.compile(r"\s+(?:account|accounts|affairs|events|density|flow|flows|issue|edition|"
                          r"president|chairman|members?|leaders?|employees|owners?|chief|head|"
                          r"system|law|rules?|policy|policies|price|prices|rate|rates|level|levels)\b",
                          re.IGNORECASE)
_RATE_BAD_PREV = {"for", "in", "within", "over", "after", "about", "than", "nearly", "almost", "of",
                  "by", "under", "to", "least", "into", "past", "last", "than", "around", "just"}
_LOWER_FUNC = {"and", "or", "to", "when", "as", "the", "through", "in", "on", "at", "for", "with",
               "and", "but", "that", "which", "was", "were", "is", "are", "had", "has", "have",
               "he", "she", "it", "they", "we", "i", "by", "from", "after", "before", "until",
               "since", "while", "if", "because", "so", "than", "elections", "election", "levels",
               "level", "figures", "results", "prices", "budget", "season", "period", "quarter",
               "campaign", "census", "crisis", "war", "model", "models", "rate", "rates", "games",
               "olympics", "levels", "agreement", "accord", "law", "act", "plan", "earnings",
               "sales", "profit", "profits", "loss", "revenue", "report", "fiscal", "annual", "first",
               "second", "third", "fourth", "ended", "ending", "alone", "already", "also", "again",
               "only", "even", "there", "would", "will", "could", "should", "may", "might", "must",
               "did", "does", "do", "not", "be", "been", "being", "said", "says", "say"}


def _prev_text(text: str, s: int, n: int = 24) -> str:
    return text[max(0, s - n):s]


def _plausible(name: str, m: re.Match, s: int, e: int, text: str) -> bool:
    g = m.groupdict()
    if name == "year":
        if g.get("year") and not (g.get("edge") or g.get("fiscal")):
            y = int(g["year"])
            if not 1600 <= y <= 2099:
                return False
            before = _prev_text(text, s)
            if _YEAR_BAD_BEFORE.search(before) or before.endswith(("$", "#", "£", "€")):
                return False
            if False and before.rstrip().endswith(" of") and not re.search(r"(?:summer|spring|fall|winter|autumn|end|beginning|start|middle|half|part|rest|class|year|years|most|all|much|some|quarter|months?|weeks?)\s+of\s*$", before, re.I):
                return False
            if _YEAR_BAD_AFTER.match(text, e):
                return False
            after = text[e:e + 20]
            nxt = re.match(r"\s+([a-z]+)", after)
            if nxt and nxt.group(1) not in _LOWER_FUNC and not _PREP_BEFORE.search(before):
                return False
        return True
    if name == "month":
        if g.get("edge") or g.get("rel"):
            return True
        mon = g["mon"]
        if mon.isupper() and len(mon) > 3:
            return False
        if _NEXT_CAP.match(text, e) and not re.match(r"\s+(?:[A-Z][a-z]+\s+)?\d", text[e:e + 16]):
            return False
        if mon.lower() in _MONTH_ALONE_WEAK or mon.endswith("."):
            return bool(_PREP_BEFORE.search(_prev_text(text, s)))
        return True
    if name == "weekday":
        wd = g["wd"]
        if wd.endswith(".") and not g.get("mon"):
            return False
        return True
    if name == "vague":
        w = " ".join(g["w"].lower().split())
        if w not in _VAGUE_OK:
            return False
        if w == "current" and _CURRENT_BAD.match(text, e):
            return False
        if w in ("future", "current", "recent") and text[s].isupper():
            if s > 1 and text[s - 2] not in ".!?\n\"":
                return False
        if w in ("the past", "the future"):
            if re.match(r"\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|centur)", text[e:e + 24], re.I):
                return False
        return True
    if name == "vague_dur":
        q = g.get("q")
        if not q:
            before = _prev_text(text, s, 30)
            if not (_BARE_DUR_BEFORE.search(before) or re.match(r"\s+of\b", text[e:e + 4])):
                return False
        elif q.lower() == "the":
            return bool(g.get("ahead"))
        return True
    if name == "duration":
        num = g["num"].lower()
        unit = g["unit"].lower()
        if num in ("a", "an", "one") and unit.startswith("second"):
            return False
        if unit.startswith("quarter") and re.match(r"\s*(?:of|-point|point|percent|%)", text[e:e + 10], re.I):
            return False
        if unit.startswith("quarter") and num in ("a", "an") and not g.get("det"):
            return False
        if g.get("old") and g["old"].lower() == "-old":
            return False
        if unit.startswith(("year", "month", "week")) and re.match(r"[\s-]+old\b", text[e:e + 6], re.I):
            return False  # an age: '52 years old'

        if unit.startswith("quarter") and re.fullmatch(r"1[89]\d\d|20\d\d", num):
            return False
        if num in ("some", "many") and not g.get("dir"):
            return False
        return True
    if name == "rel_unit":
        rel = (g.get("rel") or "").lower()
        unit = g["unit"].lower()
        if rel == "the" and unit in ("week", "month") and re.match(r"\s+(?:of|before|after)\b", text[e:e + 8], re.I):
            return False
        if rel == "the" and unit == "day" and not re.search(r"\b(?:later\s+in|earlier\s+in|during|that|of)\s*$", _prev_text(text, s, 16), re.I):
            return False
        if rel == "that" and re.match(r"\s*(?:'s|was|is|had)\b", text[e:e + 6]):
            return True
        return True
    if name == "rate":
        prev = re.search(r"(\S+)\s+$", text[max(0, s - 16):s])
        if prev and prev.group(1).lower() in _RATE_BAD_PREV:
            return False
        return True
    if name == "season":
        if not (g.get("rel") or g.get("year") or g.get("spoken") or g.get("edge") or g.get("edge2")):
            return bool(re.search(r"\b(?:in|during|since|by|until|through|last|next|this|early|late)\s+$", _prev_text(text, s, 12), re.I))
        return True
    if name == "set":
        if g.get("adv") and g["adv"].lower() in ("quarterly", "annually"):
            return False
        if text[s].isupper() and _NEXT_CAP.match(text, e):
            return False
        return True
    return True


# Every temporal expression contains an anchor: a month or weekday name, a digit, a unit
# word, ... One scan finds the anchors; each rule then runs only in windows around the
# anchors it needs, so long stretches of plain prose cost a single fast pass.
_DIGITS = re.compile(r"\d+")
_NAMES = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|"
    r"Mon|Tue|Wed|Thu|Fri|Sat|Sun|MON|TUE|WED|THU|FRI|SAT|SUN")
_ANCHOR_WORDS = {
    "unit": "sec min hour day week fortnight month quarter half year decade millenni period",
    "century": "centur",
    "deictic": "today yesterday tomorrow tonight morning afternoon evening night overnight noon "
               "midnight midday clock",
    "season": "spring summer fall autumn winter",
    "vague": "now current presently nowadays recent lately former future soon term",
    "holiday": "christmas thanksgiving easter independence labor memorial election veterans "
               "valentine halloween boxing",
    "spoken": "nineteen eighteen twenty thousand twenties thirties forties fifties sixties seventies "
              "eighties nineties",
    "setadv": "daily weekly monthly annually yearly hourly nightly biweekly fortnightly semiannually "
              "bimonthly quarterly",
}
_WORD_CLASS = {w: k for k, ws in _ANCHOR_WORDS.items() for w in ws.split()}
for _phrase in ("these days", "at present", "the past", "a later", "time being"):
    _WORD_CLASS[_phrase] = "vague"
_WORD_CLASS["new year"] = "holiday"


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
_CLOCK_AFTER = re.compile(r"\s*(?:[aApP]\.?\s?[mM]\b|:\d\d|o'clock|in\s+the)")
_BEFORE, _AFTER = 48, 32


def _anchors(text: str):
    """(class, start, end) of every anchor, cased and case-folded scans."""
    for m in _DIGITS.finditer(text):
        a, b = m.span()
        if b - a == 4:
            yield "num4", a, b
        nxt = text[b:b + 1]
        if nxt == "/":
            yield "slash", a, b
        elif nxt == "s" or nxt == "'":
            yield "decade", a, b
        elif nxt == "Q" or (a > 0 and text[a - 1] in "QH"):
            yield "qabbr", a, b
        if b - a <= 2 and _CLOCK_AFTER.match(text, b):
            yield "clock", a, b
    for m in _NAMES.finditer(text):
        a, b = m.span()
        yield ("mon" if text[a:b].upper() in _MONTH_HEADS else "wd"), a, b
    low = text.lower()
    if len(low) != len(text):  # a few characters change length when lowered: fold ASCII only
        low = text.translate(_ASCII_LOWER)
    for m in _ANCHOR_LOWER.finditer(low):
        yield _WORD_CLASS[m.group()], m.start(), m.end()


_MONTH_HEADS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_RULE_ANCHORS = {
    "clock": ("clock", "deictic"), "mdy": ("mon",), "dmy": ("mon",), "iso": ("num4",), "slash": ("slash",),
    "month_year": ("mon",), "month": ("mon",), "decade": ("decade", "spoken"), "decade2": ("decade",), "qabbr": ("qabbr",), "century": ("century",),
    "year": ("num4", "spoken"), "quarter": ("unit",), "quarter_rel": ("unit",), "yearago": ("unit",),
    "season": ("season",), "weekday": ("wd",), "weekday_set": ("wd",), "every_weekday": ("wd",),
    "deictic": ("deictic",), "daypart": ("deictic",), "rel_unit": ("unit", "century"), "yearend": ("unit",),
    "edge_rel": ("unit",), "rate": ("unit", "deictic"), "ago": ("unit", "century"), "bare_ago": ("unit",),
    "duration": ("unit", "century"), "vague_dur": ("unit", "century"), "set": ("unit", "setadv", "deictic", "season", "mon"),
    "vague": ("vague", "deictic"), "holiday": ("holiday",), "anaphoric_day": ("unit", "deictic"),
}


def _class_windows(text: str) -> dict[str, list[tuple[int, int]]]:
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


def _merge(lists: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    items = sorted(w for lst in lists for w in lst)
    out: list[tuple[int, int]] = []
    for lo, hi in items:
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def find_spans(text: str) -> list[tuple[int, int, str, re.Match]]:
    """Non-overlapping (start, end, rule name, match), in text order."""
    cands: list[tuple[int, int, int, str, re.Match]] = []
    by_class = _class_windows(text)
    n = len(text)
    for order, (name, rx) in enumerate(RULES):
        windows = _merge([by_class.get(k, []) for k in _RULE_ANCHORS.get(name, ())])
        has_t = "t" in rx.groupindex
        for lo, hi in windows:
            for m in rx.finditer(text, lo, hi):
                if m.end() == hi and hi < n:  # the window edge may have cut the match short
                    m = rx.match(text, m.start())
                    if m is None:
                        continue
                s, e = m.span("t") if has_t else m.span()
                if name == "duration" and (m.group("det") or m.group("dir")) and "-" in m.group("sep"):
                    s = m.start("approx") if m.group("approx") else m.start("num")  # 'the [24-hour] strike'
                if e <= s:
                    continue
                if not _plausible(name, m, s, e, text):
                    continue
                cands.append((s, e, order, name, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[tuple[int, int, str, re.Match]] = []
    for s, e, _order, name, m in cands:
        i = bisect_left(starts, s)
        if i > 0 and ends[i - 1] > s:
            continue
        if i < len(starts) and starts[i] < e:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.insert(i, (s, e, name, m))
    return chosen
