"""Plausibility filters: reject regex matches that are not temporal expressions in context."""
from __future__ import annotations

import re

from .patterns import PAST_CUE

_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|since|until|till|by|from|to|through|thru|during|before|after|between|and|or|"
    r"early|late|mid|last|next|this|that|since|around|about|for|as|at|into|than|circa|fiscal|year|"
    r"the|its|his|her|their|our|a|'s|until|spring|summer|fall|winter|autumn|end|beginning|start|middle)|[,(\-–—])\s*$",
    re.IGNORECASE)
_YEAR_BAD_BEFORE = re.compile(r"(?:[$#£€¥]|\b(?:No|no|number|Flight|flight|Route|route|page|Page|"
                              r"model|Model|Windows|Article|article|Resolution|resolution|"
                              r"Section|section|Rule|rule|Room|room|Suite|suite|Box|box|Highway|"
                              r"Interstate|Form|form|Chapter|chapter|Title|title|Order|order)\s*)$")
_YEAR_BAD_AFTER = re.compile(
    r"\s*(?:[%$]|-(?!\d{4}\b)\d|(?:percent|per|people|persons|men|women|children|troops|soldiers|workers|"
    r"employees|jobs|shares|stocks|miles|kilometers|km|feet|meters|tons|tonnes|acres|pounds|dollars|"
    r"votes|cases|units|cars|vehicles|homes|houses|points|barrels|rooms|beds|yards|square|cubic|"
    r"members|residents|students|companies|stores|plants|lbs|kg|mph|hp|times|deaths|dead|killed|"
    r"injured|refugees|prisoners|civilians|delegates|seats|aircraft|planes|ships|tanks|rounds|"
    r"calories|degrees|horsepower|copies|pages|words|items)\b)", re.IGNORECASE)
_YEAR_IN_CODE = re.compile(r"/\d{3}|/\d{1,2}/|\s\d{3}\s\d{3,4}\b")  # not a season: 1990/91
_NEXT_CAP = re.compile(r"\s+(?:[A-Z][a-z]|[A-Z]\.)")
_MONTH_ALONE_WEAK = {"may", "march", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sept.",
                     "sep.", "oct.", "nov.", "dec.", "june.", "july.", "august"}
_VAGUE_OK = {
    "now", "right now", "currently", "current", "then current", "then-current", "at present", "presently", "nowadays",
    "these days", "recently", "lately", "formerly", "the past",
    "the future", "a later date", "as soon as possible", "the near future",
    "the distant future", "the foreseeable future", "the immediate future", "the near term",
    "the short term", "the long term", "the medium term", "the time being", "soon",
}
_BARE_DUR_BEFORE = re.compile(r"\b(?:for|within|in|over|after|took|take|takes|taking|spent|spend|"
                              r"lasted|last|lasting|follows|following|of|few|many|several|than)\s+$",
                              re.IGNORECASE)
_THE_UNITS_AFTER = re.compile(r"\s+(?:since|that\s+followed|that\s+have\s+passed)\b", re.IGNORECASE)
_THE_UNITS_BEFORE = re.compile(r"\b(?:over|during|throughout)\s+$", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"[a-z,] ([A-Z][a-z]+) $")
_TEMPORAL_CAPS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "spring", "summer", "fall", "autumn", "winter", "christmas", "easter",
    "fiscal", "calendar", "year", "since", "in", "until", "before", "after", "through", "early", "late",
    "mid", "end", "midyear", "and", "or", "to", "from", "of", "the", "by", "during"}
_CURRENT_BAD = re.compile(r"\s+(?:account|accounts|affairs|events|density|flow|flows|issue|edition|"
                          r"president|chairman|members?|leaders?|employees|owners?|chief|head|"
                          r"system|law|rules?|policy|policies|price|prices|rate|rates|level|levels)\b",
                          re.IGNORECASE)
_RATE_BAD_PREV = {"for", "in", "within", "over", "after", "about", "than", "nearly", "almost", "of",
                  "by", "under", "to", "least", "into", "past", "last", "than", "around", "just", "from"}
_RATE_BAD_NEXT = re.compile(r"[\s-]+(?:highs?|lows?|records?)\b", re.I)
_MONEY_BEFORE = re.compile(r"[$€£¥]\s*\d|\b(?:dollars?|cents?|percent|yen|euros?|pounds)\b", re.I)
_MONEY_AMOUNT_BEFORE = re.compile(
    r"(?:[$€£¥#]\s*\d[\d.,]*(?:\s*(?:million|billion|trillion|thousand|[mb]n))?|"
    r"\b\d[\d.,]*\s+(?:(?:million|billion|thousand)\s+)?(?:dollars|cents|yen|euros|pounds|francs|marks|pence))\s+$",
    re.IGNORECASE)
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


def _is_title(text: str, s: int, e: int) -> bool:
    """Every word capitalized and not at the start of a sentence (or right after a quote)."""
    words = text[s:e].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    before = text[max(0, s - 3):s].rstrip()
    return before[-1:] in ('"', "“", "'", "‘") or (before[-1:].isalnum() or before[-1:] in ",;:")


def _prev_text(text: str, s: int, n: int = 24) -> str:
    return text[max(0, s - n):s]


def _year(g: dict, text: str, s: int, e: int) -> bool:
    if not g.get("year") or g.get("edge") or g.get("fiscal"):
        return True
    if not 1600 <= int(g["year"]) <= 2099:
        return False
    before = _prev_text(text, s)
    if _YEAR_BAD_BEFORE.search(before) or _YEAR_BAD_AFTER.match(text, e):
        return False  # '$1990', 'Flight 1990', '1990 people'
    if _YEAR_IN_CODE.match(text, e) or text[s - 1:s] == "/" or re.search(r"\b(?:Act|ACT),?\s+$", before):
        return False  # 'Ref: BSTC/ES/2020/014', 'number 1987/004512/06', '1800 555 0123', 'Road Traffic Act, 1994'
    name = _NAME_BEFORE.search(before)
    if name and name.group(1).lower() not in _TEMPORAL_CAPS:
        return False  # part of a name inside a sentence: 'a venture called Orion 1980'
    nxt = re.match(r"\s+([a-z]+)", text[e:e + 20])
    # '1990 invasion' only after a word that introduces a date ('its 1990 invasion')
    return not (nxt and nxt.group(1) not in _LOWER_FUNC and not _PREP_BEFORE.search(before))


def _month(g: dict, text: str, s: int, e: int) -> bool:
    if g.get("edge") or g.get("rel"):
        return True
    mon = g["mon"]
    if mon.isupper() and len(mon) > 3:
        return False  # a shouted headline word
    if _NEXT_CAP.match(text, e) and not re.match(r"\s+(?:[A-Z][a-z]+\s+)?\d", text[e:e + 16]):
        return False  # a name: 'August Wilson', 'April Ryan'
    if mon.lower() in _MONTH_ALONE_WEAK or mon.endswith("."):
        return bool(_PREP_BEFORE.search(_prev_text(text, s)))  # 'May' the verb, 'March' the walk
    return True


def _weekday(g: dict, text: str, s: int, e: int) -> bool:
    return not (g["wd"].endswith(".") and not g.get("mon"))  # 'Sun.' alone is a newspaper


def _vague(g: dict, text: str, s: int, e: int) -> bool:
    w = " ".join(g["w"].lower().split())
    if w not in _VAGUE_OK:
        return False
    if w == "soon" and (re.match(r"\s+(?:as|after|afterwards?|thereafter|enough)\b", text[e:e + 14], re.I)
                        or re.search(r"\b(?:as|how|too|so)\s+$", _prev_text(text, s, 6), re.I)):
        return False  # 'as soon as', 'soon after the vote': a relation between events
    if w == "soon" and (re.search(r"\b(?:was|were|had|been)\s+$", _prev_text(text, s, 8), re.I)
                        or PAST_CUE.match(text, e + 1)):
        return False  # 'he was soon released', 'a trickle that soon became a flood': shortly after
    if w == "recently" and re.search(r"\bas\s+$", _prev_text(text, s, 4), re.I):
        return False  # 'as recently as August' ('August' is the expression)
    if w == "current" and _CURRENT_BAD.match(text, e):
        return False  # 'current account'
    if w in ("future", "current", "recent") and text[s].isupper() and s > 1 and text[s - 2] not in ".!?\n\"":
        return False  # a name: 'Current Affairs'
    if w in ("the past", "the future") and re.match(
            r"\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|centur|summers?|winters?|springs?|autumns?|falls?|seasons?)", text[e:e + 24], re.I):
        return False  # 'the past two decades' belongs to the duration rule
    if w in ("the past", "the future") and re.match(r"\s+of\b", text[e:e + 4]):
        return False  # 'the future of our peoples' is a fate, not a time
    return True


def _vague_dur(g: dict, text: str, s: int, e: int) -> bool:
    q = g.get("q")
    if g.get("old"):
        return True  # 'decades-long'
    if not q:  # a bare plural: 'for years', 'within weeks', 'months of talks', 'decades-long'
        if g["unit"].lower() == "quarters":
            return False  # 'three quarters of the vote'
        if re.search(r"\b(?:early|wee|small|late)\s+$", _prev_text(text, s, 8), re.I):
            return False  # 'in the early hours of Sunday': a time of night, not a span
        return bool(_BARE_DUR_BEFORE.search(_prev_text(text, s, 30)) or re.match(r"\s+of\b", text[e:e + 4]))
    if q.lower() == "the":
        # 'the weeks ahead', 'over the years', 'in the years that followed'; not 'the years' (nor
        # 'the days before the vote', a stretch of time we cannot place)
        return bool(g.get("ahead") or _THE_UNITS_AFTER.match(text, e)
                    or _THE_UNITS_BEFORE.search(text, max(0, s - 16), s))
    return True


def _duration(g: dict, text: str, s: int, e: int) -> bool:
    num, unit = g["num"].lower(), g["unit"].lower()
    if num in ("a", "an") and not (g.get("det") or g.get("dir") or g.get("approx")) \
            and _MONEY_AMOUNT_BEFORE.search(text, max(0, s - 40), s):
        return False  # an amount per period ('$2 million a year'), not a span of one year
    if num in ("a", "an", "one") and unit.startswith("second"):
        return False  # 'a second term'
    if unit.startswith("quarter") and (
            re.match(r"\s*(?:-point|point|percent|%)", text[e:e + 10], re.I)
            or (num in ("a", "an", "one", "three") and re.match(r"\s*of\b", text[e:e + 5]))
            or (num in ("a", "an") and not g.get("det")) or re.fullmatch(r"1[89]\d\d|20\d\d", num)):
        return False  # 'a quarter of the shares', 'three quarters of', 'the 1988 quarter' (a date)
    if (g.get("old") or "").lower() == "-old" or (
            unit.startswith(("year", "month", "week")) and re.match(r"[\s-]+old\b", text[e:e + 6], re.I)):
        return False  # an age: '52 years old', 'a 6-year-old'
    return not (num in ("some", "many") and not g.get("dir"))


def _rel_unit(g: dict, text: str, s: int, e: int) -> bool:
    if _is_title(text, s, e):
        return False  # a programme or headline title: ABC's "This Week"
    rel, unit = (g.get("rel") or "").lower(), g["unit"].lower()
    if rel in ("the", "that") and unit in ("hour", "minute"):
        return False
    if rel == "the" and unit in ("week", "month") and re.match(r"\s+(?:of|before|after)\b", text[e:e + 8], re.I):
        return False  # 'the week of March 6' is another rule's; 'the week before' anaphoric
    if rel in ("the", "that") and unit == "century" and not g.get("edge"):
        return False  # 'the century' alone is rarely the present one ('the deal of the century')
    if rel == "the" and unit == "day":  # 'the day' only where it names the day of the story
        return bool(re.search(r"\b(?:later\s+in|earlier\s+in|during|that|of)\s*$", _prev_text(text, s, 16), re.I))
    return True


def _rate(g: dict, text: str, s: int, e: int) -> bool:
    prev = re.search(r"(\S+)\s+$", text[max(0, s - 16):s])
    if prev and prev.group(1).lower() in _RATE_BAD_PREV:
        return False  # 'for a year' is not a rate
    if _RATE_BAD_NEXT.match(text, e):
        return False  # 'a day high', 'a year low': a period naming a high, not a frequency
    # an amount of money per period ('$5 million a year') is annotated rarely; counts are
    return not _MONEY_BEFORE.search(text[max(0, s - 24):s])


def _season(g: dict, text: str, s: int, e: int) -> bool:
    if g.get("rel") or g.get("year") or g.get("spoken") or g.get("edge") or g.get("edge2"):
        return True  # a bare 'fall' must follow a preposition: prices fall / in fall
    return bool(re.search(r"\b(?:in|during|since|by|until|through|last|next|this|early|late)\s+$",
                          _prev_text(text, s, 12), re.I))


def _set(g: dict, text: str, s: int, e: int) -> bool:
    if (g.get("adv") or "").lower() in ("quarterly", "annually"):
        return False  # mostly adjectives of money ('quarterly dividend')
    if text[s].isupper() and (_NEXT_CAP.match(text, e) or not _sentence_start(text, s)):
        return False  # a name: 'Daily Mail', 'the China Daily'
    return True


def _decade2(g: dict, text: str, s: int, e: int) -> bool:
    # 'temperatures in the 90s', 'scores in the 80s': a range of numbers, not of years
    lo = max(text.rfind(".", 0, s), text.rfind("\n", 0, s), s - 120)
    return not _NUMBER_RANGE_NOUN.search(text, lo, min(len(text), e + 40))


_NUMBER_RANGE_NOUN = re.compile(
    r"\b(?:temperatures?|degrees?|highs?|lows?|fahrenheit|celsius|heat|forecast|thermometers?|"
    r"scores?|percent|per\s+cent|polls?|approval|ratings?|mph|km/h)\b|°", re.IGNORECASE)


def _clock(g: dict, text: str, s: int, e: int) -> bool:
    if g.get("h7") and re.search(r"(?:[ap]\.?\s?m\.?|\d|time|[A-Z]T)\s*\($", _prev_text(text, s, 12), re.I):
        return False  # '10:35 a.m. (0735 GMT)': the same time again, converted
    return not (g.get("noon") and re.search(r"\bhigh\s+$", _prev_text(text, s, 8), re.I))  # 'High Noon'


def _holiday(g: dict, text: str, s: int, e: int) -> bool:
    # another calendar's feast: 'Chinese New Year's Eve', 'the Orthodox Christmas', 'Jewish New Year'
    return not re.search(r"\b(?:Chinese|Lunar|Jewish|Islamic|Hindu|Persian|Iranian|Orthodox|Thai|Tamil|Sinhala|Bengali|Vietnamese|Korean)\s+$",
                         _prev_text(text, s, 14))


def _deictic(g: dict, text: str, s: int, e: int) -> bool:
    return not _GENERIC_TODAY.match(text, e)  # 'today's youth' is the present age, not the day


_GENERIC_TODAY = re.compile(
    r"(?:'s|\u2019s)\s+(?:\w+\s+)?(?:world|society|youth|young|generation|children|kids|families|economy|"
    r"markets?|standards|technology|computers|culture|consumers?|workers|workplace|teenagers|students|"
    r"politics|climate|era|age)\b", re.IGNORECASE)


def _sentence_start(text: str, s: int) -> bool:
    before = text[max(0, s - 4):s].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:"


_CHECKS = {
    "year": _year, "month": _month, "weekday": _weekday, "vague": _vague, "vague_dur": _vague_dur,
    "duration": _duration, "rel_unit": _rel_unit, "rate": _rate, "season": _season, "set": _set,
    "clock": _clock, "deictic": _deictic, "decade2": _decade2, "holiday": _holiday,
}


def plausible(name: str, m: re.Match, s: int, e: int, text: str) -> bool:
    """False for a match that is most likely not a temporal expression ('May' the verb, a year
    that is a quantity, an age, 'current account', ...)."""
    check = _CHECKS.get(name)
    return check is None or check(m.groupdict(), text, s, e)
