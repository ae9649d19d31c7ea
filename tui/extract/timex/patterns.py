"""Recognition: the regular expressions that find temporal expressions.

Each rule is (name, compiled pattern). The match's span is the TIMEX3 extent (lookarounds
carry context). Normalization of each rule lives in normalize.py under the same name.
"""
from __future__ import annotations

import re

from .lexicon import DECADE_WORDS, ORDINALS, SCALES, TENS_NUM, UNITS_NUM


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


B = r"\b(?<![\w'’-])"  # left word boundary (\b first: cheap to reject in-word positions; a hyphen joins words)
E = r"(?![\w-])"  # right word boundary

MONTH = (r"(?:Jan(?:uary|\.)|January|Feb(?:ruary|\.)|Mar(?:ch|\.)|Apr(?:il|\.)|May|June|Jun\.|"
         r"July|Jul\.|Aug(?:ust|\.)|Sept?(?:ember|\.)|Oct(?:ober|\.)|Nov(?:ember|\.)|Dec(?:ember|\.)|"
         r"JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)")
WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
           r"MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|"
           r"Mon\.|Tues?\.|Wed\.|Thur?s?\.|Fri\.|Sat\.|Sun\.)")
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
ORDW = _alt([w for w, n in ORDINALS.items() if n > 0] + [
    f"{t}-{o}" for t in ("twenty", "thirty") for o in ("first", "second", "third", "fourth", "fifth",
                                                        "sixth", "seventh", "eighth", "ninth")])
YEAR4 = r"(?:1[0-9]\d\d|20\d\d)(?![\d,.]\d)"
YEAR2 = r"'\d\d(?!\d)"
_U = _alt(UNITS_NUM)
_T = _alt(TENS_NUM)
_S = _alt(SCALES)
NUMWORD = rf"(?:(?:{_T})(?:[- ](?:{_U}))?|(?:{_U}))(?:\s+(?:{_S})(?:\s+(?:and\s+)?(?:{_T}|{_U})(?:[- ](?:{_U}))?)?)?"
SPOKEN_YEAR = (rf"(?:(?:nineteen|eighteen|twenty)[- ](?:hundred|(?:{_T})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
               r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ]\w+)|"
               r"two thousand(?:[- ]and)?(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
               r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ]\w+)?))?)")
VAGUENUM = r"(?:a\s+few|a\s+couple(?:\s+of)?|couple\s+of|several|few|many|some|a\s+number\s+of|numerous|dozens\s+of)"
NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+(?![\d,])|\d+(?:\.\d+)?(?:\s+\d/\d)?|\d+-1/2|{NUMWORD}(?:\s+and\s+a\s+half)?|{VAGUENUM})")
UNIT = (r"(?:seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|"
        r"decades?|centuries|century|millenni(?:um|a)|yrs?|hrs?|mins?)")
UNIT_SG = r"(?:second|minute|hour|day|week|weekend|fortnight|month|quarter|year|decade|century)"
APPROX = (r"(?:about|around|roughly|approximately|nearly|almost|close\s+to|more\s+than|less\s+than|fewer\s+than|under|at\s+least|at\s+most|"
          r"no\s+more\s+than|no\s+less\s+than|up\s+to|well\s+over|upwards\s+of|the\s+better\s+part\s+of)")
EDGE = (r"(?:early|late|mid|earlier|later|end(?=-)|start(?=-)|(?:the\s+)?(?:beginning|start|middle|end|close|turn|rest|"
        r"remainder|first\s+half|second\s+half|last\s+half|bulk)\s+of(?:\s+the)?)")
PART = r"(?:morning|afternoon|evening|night)"
TZ = (r"(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|AE[SD]T|JST|KST|HKT|SGT|MSK|Z|"
      r"(?i:(?:Pacific|Eastern|Central|Mountain|Atlantic|local)\s+(?:standard\s+|daylight\s+)?time))")
AMPM = r"(?:[ap]\.\s?m\.?|[ap]m\b|[AP]\.\s?M\.?|[AP]M\b)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"
HOLIDAY = (r"(?:Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]?s(?:\s+(?:Day|Eve))?|Thanksgiving(?:\s+Day)?|"
           r"Easter(?:\s+(?:Sunday|Monday))?|Independence\s+Day|Labor\s+Day|Memorial\s+Day|Election\s+Day|"
           r"Veterans\s+Day|Valentine['’]?s\s+Day|Halloween|Boxing\s+Day|May\s+Day|Good\s+Friday|"
           r"Presidents['’]?\s+Day|President['’]s\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day|Columbus\s+Day|"
           r"Mother['’]?s\s+Day|Father['’]?s\s+Day|Juneteenth|(?:St\.?|Saint)\s+Patrick['’]?s\s+Day|Black\s+Friday|Cyber\s+Monday|"
           r"Canada\s+Day|Bastille\s+Day|Australia\s+Day|Anzac\s+Day|Remembrance\s+(?:Day|Sunday)|Armistice\s+Day|"
           r"Guy\s+Fawkes\s+Night|Bonfire\s+Night|Holy\s+Saturday|Palm\s+Sunday|Maundy\s+Thursday|Ash\s+Wednesday|"
           r"Pentecost|Whit\s+(?:Sunday|Monday))")
REL = r"(?:this\s+past|this\s+coming|this|last|next|past|coming|previous|following|same)"

I = re.IGNORECASE
# white space within a paragraph: a line may wrap, but a blank line ends the expression
WS1 = r"(?:[ \t\u00a0]+(?:\n[ \t\u00a0]*)?|\n[ \t\u00a0]*)"


def _c(src: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(src, flags)


# Right after a preposition of time (one fixed-width look-behind a word: 'at', 'At', 'until', ...)
_AFTER_TIME_PREP = "(?:" + "|".join(
    rf"(?<=\b[{w[0]}{w[0].upper()}]{w[1:]}\s)"
    for w in "at by until till from before after since around about approximately to between and".split()) + ")"

# Order matters only for ties of equal length (earlier wins).
RULES: list[tuple[str, re.Pattern[str]]] = [
    # 9 a.m. EST Tuesday / 5 p.m. EST, Nov. 6 / 10:35 a.m. / noon Thursday / 4 in the morning
    ("clock", _c(
        rf"{B}(?:(?P<approx>(?i:around|about|approximately|roughly))\s+)?"
        rf"(?:(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>{AMPM})|(?P<h2>[01]?\d|2[0-3]):(?P<mi2>[0-5]\d)(?=\s*(?:{TZ}|(?i:hours|h)\b))"
        # a 24-hour clock after a preposition of time: 'at 14:30', 'by 9:15', 'at about 11:30'
        rf"|{_AFTER_TIME_PREP}(?P<h5>[01]?\d|2[0-3]):(?P<mi5>[0-5]\d)(?![\d:.,]\d)"
        # a live blog's time stamp on a line of its own
        rf"|(?<=\n)(?P<h6>[01]?\d|2[0-3]):(?P<mi6>[0-5]\d)(?=[ \t]*\n)"
        # a wire service's four-digit clock: '1345 GMT'
        rf"|(?P<h7>[01]\d|2[0-3])(?P<mi7>[0-5]\d)(?=\s*(?:GMT|UTC|Z)\b)"
        rf"|(?P<h3>[1-9]|1[0-2]|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+(?i:o['’]clock)|(?P<h4>[1-9]|1[0-2])\s+(?i:in\s+the)\s+(?P<part4>(?i:morning|afternoon|evening))"
        rf"|(?P<noon>(?i:noon|midnight|midday)))"
        rf"(?:\s*(?:\((?P<tz>{TZ})\)|(?P<tz2>{TZ})(?![\w-])))?"
        rf"(?:,?[ \t]+(?:(?P<onj>(?i:on))\s+)?(?:(?P<wd>{WEEKDAY})(?:,?\s+(?:(?P<mon2>{MONTH})\s+(?P<day2>{DAYNUM})|(?P<day3>{DAYNUM})\s+(?P<mon3>{MONTH})))?"
        rf"|(?P<rday>(?i:today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)|last\s+night))"
        rf"|(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})|(?P<day4>{DAYNUM})\s+(?P<mon4>{MONTH}))(?:,?\s+(?P<cyear>{YEAR4})(?![\d-]))?)?"
        rf"{E}")),
    # Friday, Oct. 13, 1989 / Aug. 7 / March 26, 1996 / Saturday, April 25
    ("mdy", _c(
        rf"{B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?P<edge>(?i:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of|around))[\s-]+)?"
        rf"(?:(?P<rel>(?i:last|next|this\s+past|this\s+coming))\s+)?(?P<mon>{MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d)){WS1}(?:(?P<day>{DAYNUM})|(?P<dayw>(?i:{ORDW})))(?:,?\s+(?P<year>{YEAR4}))?(?!\w|-[^\d])"
        rf"(?=\s*(?:(?i:and|or|to|through)\s+|[-–]\s*){DAYNUM},?\s+(?P<ryear>{YEAR4}))?")),
    # the second day of 'April 24 and 25' / 'June 3-5, 2025'
    ("mdy_and", _c(
        rf"{B}(?P<mon>{MONTH})\s+{DAYNUM}\s*(?:(?i:and|or|to|through)\s+|[-–]\s*)(?P<t>(?P<day>{DAYNUM})(?:,?\s+(?P<year>{YEAR4}))?){E}")),
    # 'from 3 to 5 August': the first day of a range, in the month named after the second
    ("dmy_and", _c(
        rf"{B}(?P<t>(?P<day>{DAYNUM}))\s*(?:(?i:and|or|to|through|until)\s+|[-–]\s*){DAYNUM}\s+(?P<mon>{MONTH})(?:,?\s+(?P<year>{YEAR4}))?{E}")),
    # the week of March 6 / the week ending Oct. 27, 1989: the week that holds the day
    ("week_of", _c(
        rf"{B}(?i:the)\s+(?i:week)\s+(?i:of|ending|ended|commencing|beginning|starting)\s+"
        rf"(?:(?P<mon>{MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=\s+\d))\s+(?P<day>{DAYNUM})|(?P<day2>{DAYNUM})\s+(?P<mon2>{MONTH}))"
        rf"(?:,?\s+(?P<year>{YEAR4}))?{E}")),
    # the first week of December / the last week of June 2024
    ("nth_week", _c(
        rf"{B}(?i:the)\s+(?P<nth>(?i:first|second|third|fourth|final|last))\s+(?i:week)\s+(?i:of|in)\s+(?P<mon>{MONTH})"
        rf"(?:,?\s+(?P<year>{YEAR4}))?{E}")),
    # 9 August 2025 / the 9th of August
    ("dmy", _c(
        rf"(?:{B}|(?<=\d[-–]))(?:(?P<wd>{WEEKDAY}),?\s+)?(?:(?i:the)\s+)?(?P<day>{DAYNUM})(?:\s+(?i:of))?\s+(?P<mon>{MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![\w.]))(?:,?\s+(?P<year>{YEAR4}))?{E}")),
    # 2025-08-09
    ("iso", _c(rf"{B}(?P<year>\d{{4}})-(?P<mon>[01]\d)-(?P<day>[0-3]\d)(?:[T ](?P<h>[0-2]\d):(?P<mi>[0-5]\d)(?::(?P<sec>[0-5]\d)(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d|\s*{TZ}(?![\w-]))?)?(?![\w-])")),
    # 09.08.2025 (dots are written day first) / 2025/08/09 / 10-Aug-2025
    ("dotted", _c(rf"(?<![\w/.])(?<![Vv]ersion )(?P<day>3[01]|[12]\d|0?[1-9])\.(?P<mon>1[0-2]|0?[1-9])\.(?P<year>(?:19|20)\d\d)(?![\w/]|\.\d)")),
    ("ymd_slash", _c(rf"(?<![\w/.])(?P<year>(?:19|20)\d\d)/(?P<mon>1[0-2]|0[1-9])/(?P<day>3[01]|[12]\d|0[1-9])(?![\w/])")),
    ("dmy_dash", _c(rf"(?<![\w-])(?P<day>3[01]|[12]\d|0?[1-9])-(?P<mon>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?)-(?P<year>(?:19|20)\d\d)(?![\w-])")),
    # 'on the 15th', 'by the 3rd': a day of a month the reader is in (not 'the 15th floor')
    ("day_only", _c(rf"(?<=\b(?:[Oo]n|[Bb]y) )(?P<t>(?i:the)\s+(?P<day>3[01]|[12]\d|[1-9])(?i:st|nd|rd|th))"
                    rf"(?=\s*[,.;:)]|\s+(?i:and|or|to|through|at|when|as|after|before|until)\b)")),
    # 08/09/2025 (US order)
    # 08/09/2025: month first, unless the day cannot be one or the text writes its days first
    ("slash", _c(rf"(?<![\w/.])(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<year>\d{{4}}|\d\d)(?![\w/])")),
    # July 1997 / January this year / June of last year / mid-1996 handled by 'year'
    ("month_year", _c(
        rf"{B}(?:(?P<edge>(?i:{EDGE}))[\s-]+)?(?P<mon>{MONTH}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?=,?\s+\d)),?\s+(?:(?i:of)\s+)?"
        rf"(?:(?P<year>{YEAR4})|(?P<rel>(?i:this|last|next|that|that\s+same|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+prior))\s+(?i:year)|(?P<spoken>(?i:{SPOKEN_YEAR}))){E}")),
    # (early) (last) February
    ("month", _c(
        rf"{B}(?:(?P<edge>(?i:{EDGE}))[\s-]+)?(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|that))\s+)?(?P<mon>{MONTH}){E}")),
    # the 1990s / the late 1970s / the '80s / the nineties / mid-1990s
    ("decade", _c(
        rf"{B}(?:(?i:the)\s+)?(?:(?P<edge>(?i:early|late|mid|the\s+(?:beginning|middle|end)\s+of(?:\s+the)?|(?:first|second|last)\s+half\s+of\s+the))[\s-]+)?"
        rf"(?:(?P<cent>1[0-9]|20)(?P<dec>\d)0'?s|'(?P<dec2>\d)0s|(?P<decw>(?i:{_alt(DECADE_WORDS)})))(?![\w-])")),
    # the 80s (two digits need 'the': 'in her 80s' is an age)
    ("decade2", _c(rf"{B}(?i:the)\s+(?:(?P<edge>(?i:early|late|mid))[\s-]+)?(?P<dec2>[2-9])0s(?![\w-])")),
    # Q3 / Q3 2012 / 3Q / H1 2013 / Q4-2012
    ("qabbr", _c(rf"{B}(?:(?P<qh>[QH])(?P<n>[1-4])|(?P<n2>[1-4])(?P<qh2>Q))(?:(?:\s+|-|\s*'|\s+(?:FY|fiscal)\s*)(?P<year>{YEAR4}|\d\d))?(?![\w-])")),
    # the 20th century / this century / the last century
    ("century", _c(
        rf"{B}(?:(?i:the)\s+)?(?:(?P<edge>(?i:early|late|mid|turn\s+of\s+the))[\s-]+)?"
        rf"(?:(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|(?i:{ORDW}))|(?P<rel>(?i:this|last|next|past|previous)))[\s-]+(?i:century){E}")),
    # (fiscal) 1989 / early 1990 / the year 2000 / nineteen ninety-six
    ("year", _c(
        rf"(?:(?<=\d{{4}}[-–])(?=\d{{4}})|{B}(?<!\d[.:/]))(?:(?P<edge>(?i:early|late|mid|pre|post|the\s+(?:beginning|start|middle|end|close|first\s+half|second\s+half|last\s+half|rest|remainder)\s+of|"
        rf"(?:the\s+)?(?:first|second|last)\s+half\s+of|year-end|(?:the\s+)?end\s+of))[\s-]+)?"
        rf"(?:(?P<fiscal>(?i:fiscal(?:\s+year)?|FY|(?:the\s+)?(?:calendar|model|school)\s+year|the\s+year|year))\s*)?"
        rf"(?:(?P<year>{YEAR4})|(?P<spoken>(?i:{SPOKEN_YEAR})))(?:\s+(?P<later>(?i:or\s+(?:later|earlier|beyond|so)|and\s+beyond)))?(?!\s*(?:%|percent))(?!\w|-(?!\d)|[.:]\d)")),
    # the September quarter (Australia, New Zealand): the quarter that ends with the month
    ("month_quarter", _c(rf"{B}(?:(?P<det>(?i:the|this|last|next|that))\s+)?(?P<mon>March|June|September|December)"
                         rf"(?:\s+(?P<year>{YEAR4}))?\s+(?i:quarter)(?:\s+(?i:of)\s+(?P<year2>{YEAR4}))?{E}")),
    # FY26 / FY '26 / FY-26: a fiscal year named by its last two digits
    ("fy2", _c(r"\bFY[\s-]?['’]?(?P<yy>\d\d)(?![\w-])")),
    # third quarter / third-quarter / the 1988 second quarter / the fiscal first quarter of 1990 / the first half
    ("quarter", _c(
        rf"{B}(?:(?P<det>(?i:the|this|that|its|their|a|an|(?:last|this|next)\s+year'?s|(?:\d{{4}})'s))\s+)?"
        rf"(?:(?P<adj>(?i:(?:(?:latest|current|previous|prior|comparable|corresponding|same|year-(?:ago|earlier)|year\s+(?:ago|earlier)|flat|weak|strong|disappointing|"
        rf"fiscal(?:-|\s+)?|seasonally\s+\w+|traditionally\s+\w+)\s+)+)))?"
        rf"(?:(?P<qyear>{YEAR4})\s+)?(?:(?i:fiscal)[\s-]+)?"
        rf"(?P<ord>(?i:first|second|third|fourth|final|1st|2nd|3rd|4th))[\s-]+(?P<qh>(?i:quarter|half))"
        rf"(?:\s+(?i:of)\s+(?:(?i:fiscal)\s+)?(?:(?P<year>{YEAR4})|(?P<yrel>(?i:this|last|next|the\s+same|that|the\s+current))\s+(?:(?i:fiscal)\s+)?(?i:year)))?(?!\w)")),
    # the quarter / the latest quarter / this quarter / last quarter / the year-ago quarter
    ("quarter_rel", _c(
        rf"{B}(?:(?P<det>(?i:the|this|that|last|next|(?:last|this|next)\s+year'?s|its)\s+))"
        rf"(?:(?P<adj>(?i:(?:latest|current|previous|preceding|prior|comparable|corresponding|same|year-(?:ago|earlier)|year\s+(?:ago|earlier)|fiscal|just-ended|just-completed|recent|most\s+recent)\s+)+))?"
        rf"(?:(?P<qyear>{YEAR4})\s+)?(?P<qh>(?i:quarter|half|period)){E}(?P<ago>\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year))?")),
    # year-earlier (profit) / year-ago (results)
    ("yearago", _c(rf"{B}(?P<w>(?i:year-(?:earlier|ago)|year\s+(?:earlier|ago)))(?=\s+[a-z])(?!\s+(?:earlier|ago|period|quarter)){E}")),
    # this summer / last fall / the winter of 1994 / summer 1998
    ("season", _c(
        rf"{B}(?:(?P<edge>(?i:early|late|mid|the\s+(?:beginning|middle|end)\s+of))[\s-]+)?(?:(?P<rel>(?i:this\s+past|this\s+coming|the|this|last|next|that|past|coming))\s+)?"
        rf"(?:(?P<edge2>(?i:early|late|mid))[\s-]+)?(?P<season>(?i:{SEASON}))(?:\s+(?i:of\s+)?(?:(?P<year>{YEAR4})|(?P<spoken>(?i:{SPOKEN_YEAR}))))?{E}")),
    # Friday / last Friday / Friday morning / the previous Friday / early Tuesday
    ("weekday", _c(
        rf"{B}(?:(?P<on>(?i:overnight))\s+)?(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|the\s+previous|the\s+following|the\s+next|that|early|late))\s+)?"
        rf"(?P<wd>{WEEKDAY})(?:\s+(?P<part>(?i:{PART})))?(?:,?\s+(?P<mon>{MONTH})\s+(?P<day>{DAYNUM})|\s+(?P<wk>(?i:last|next|this))\s+(?i:week))?{E}")),
    # Tuesdays / Tuesday nights (habitual)
    ("weekday_set", _c(rf"{B}(?:(?P<q>(?i:every|each))\s+)?(?P<wd>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|"
                       rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+(?P<part>(?i:mornings|afternoons|evenings|nights))){E}")),
    ("every_weekday", _c(rf"{B}(?P<q>(?i:every|each))\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday){E}")),
    # today / yesterday afternoon / late yesterday / tonight / last night / this morning
    ("deictic", _c(
        rf"{B}(?:(?P<edge>(?i:early|late|earlier|later|mid))[\s-]+)?"
        rf"(?:(?P<w>(?i:today|yesterday|tomorrow|tonight))(?:\s+(?P<part>(?i:{PART})))?|"
        rf"(?P<rel>(?i:this|last|tomorrow|yesterday|the\s+next|the\s+previous|the\s+following|that))\s+(?P<part2>(?i:{PART}))|"
        rf"(?P<dby>(?i:the\s+day\s+(?:before|after)\s+(?:yesterday|tomorrow)))){E}")),
    # mid-afternoon / the morning / overnight
    ("daypart", _c(rf"{B}(?:(?P<edge>(?i:early|late|mid))[\s-]+(?P<part>(?i:morning|afternoon|evening))(?:\s+(?P<rday>(?i:today|yesterday|tomorrow)))?|"
                   rf"(?P<the>(?i:the))\s+(?P<part2>(?i:morning|afternoon|evening))|(?P<on>(?i:overnight))){E}")),
    # last week / this month / next year / the past year / the previous month / the same day / the weekend
    ("rel_unit", _c(
        rf"{B}(?:(?P<edge>(?i:{EDGE}))[\s-]+)?"
        rf"(?:(?P<rel>(?i:this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+previous|the\s+prior|the\s+following|the\s+next|the\s+coming|"
        rf"the\s+current|the\s+latest|the\s+same|the\s+full|the\s+entire|the\s+whole|that|that\s+same|the))\s+)"
        rf"(?P<unit>(?i:week|weekend|month|year|decade|century|day|hour|fiscal\s+year|calendar\s+year)){E}(?!\s+(?i:ago|earlier|later|of\s+(?:\d|the))\b)(?!-)")),
    # year-end / year end / year's end / the end of the year (handled by rel_unit) / midyear
    ("yearend", _c(rf"{B}(?P<w>(?i:year-end|year\s+end|year's\s+end|midyear|mid-year|month-end|month's\s+end)){E}")),
    # earlier this year / later this month / earlier in the week / early next year / late last week
    ("edge_rel", _c(
        rf"{B}(?P<edge>(?i:earlier|later|early|late))\s+(?:(?P<rel>(?i:this|last|next|in\s+the|that))\s+)(?P<unit>(?i:week|month|year|quarter|decade|day|century)){E}")),
    # $5 a year / twice a week / three times a day
    ("rate", _c(rf"(?:\d(?:[\d.,]*\d)?%?|(?i:twice|times|once|thousand|million|billion|hundred|dozen|dollars|percent|cents))(?:\s+[\w-]+){{0,2}}\s+"
                rf"(?P<t>(?P<a>(?i:a|an|per))\s+(?P<unit>(?i:day|week|month|year|hour|minute|night|quarter))){E}"
                rf"(?!\s+(?i:before|after|later|earlier|ago|or\s+two)\b)")),
    # two years ago / a year earlier / 10 days later / a week or so ago
    ("ago", _c(
        rf"{B}(?:(?P<approx>(?i:{APPROX}))\s+)?(?P<num>(?i:{NUM}))[\s-]+(?P<unit>(?i:{UNIT}))(?:\s+(?i:or\s+so|or\s+two|or\s+more))?"
        rf"\s+(?P<dir>(?i:ago|earlier|later|from\s+now|hence|back|(?:before|after)(?=\s*[,.;:]|\s+(?:and|but|when|that)\b))){E}")),
    # months ago / years earlier / decades ago
    ("bare_ago", _c(rf"{B}(?P<unit>(?i:minutes|hours|days|weeks|months|years|decades|moments))\s+(?P<dir>(?i:ago|earlier|later)){E}")),
    # the past two decades / the next few days / the first nine months / 2 1/2 years / five-year / a minute and a half
    ("duration", _c(
        rf"{B}(?:(?P<det>(?i:the|its|their))\s+)?(?:(?P<dir>(?i:past|last|next|first|coming|previous|following|latest|final|recent|preceding|initial|same|additional|further|other|full|entire|whole|subsequent|ensuing|intervening|year-earlier|year-ago|remaining|more))\s+)?"
        rf"(?:(?P<approx>(?i:{APPROX}))\s+)?(?P<num>(?i:{NUM}))(?:\s+(?P<more>(?i:more|additional|further|straight|consecutive|full|long|trading|business|working|calendar)))?(?P<sep>[\s-]+)"
        rf"(?:(?i:to|or)\s+(?P<num2>(?i:{NUM}))[\s-]+)?(?P<unit>(?i:{UNIT}))(?:(?P<old>(?i:-old|-long))|(?P<ahead>\s+(?i:ahead)))?(?:\s+(?i:and\s+a\s+half))?(?!\w)")),
    # day-long / year-long / month-old
    ("unit_long", _c(rf"{B}(?P<unit>(?i:hour|day|night|week|month|year|decade))-?(?P<old>(?i:long|old)){E}")),
    # in five years' time / in a week's time: a date that far ahead
    ("in_time", _c(rf"(?<=\b[iI]n\s)(?P<num>(?i:{NUM}|a|an))\s+(?P<unit>(?i:{UNIT}))['’]s?\s+(?i:time){E}")),
    # in the new year (said in December: the next one)
    ("new_year", _c(rf"{B}(?i:the)\s+new\s+year(?!['’]|\s+(?i:holiday|celebration|party|parties|day|eve|message|honou?rs)){E}")),
    # a year / a month (alone, as a span of time: "within a year") and "an hour and a half"
    # years / for months / in recent years / the coming weeks / several years
    ("vague_dur", _c(
        rf"{B}(?:(?P<q>(?i:the\s+past\s+(?:few|several)|the\s+last\s+(?:few|several)|the\s+next\s+(?:few|several)|the\s+coming|coming|recent|the\s+past|the|many|more|further))\s+)?"
        rf"(?P<unit>(?i:minutes|hours|days|weeks|months|quarters|years|decades|centuries))(?P<old>-(?i:old|long))?(?P<ahead>\s+(?i:ahead|to\s+come))?{E}")),
    # every week / each year / twice a year / per month / daily / annually
    ("set", _c(
        rf"{B}(?:(?P<q>(?i:every|each|per))\s+(?:(?P<n>(?i:other|two|three|four|five|six|seven|ten|\d+|few))\s+)?(?P<unit>(?i:{UNIT_SG}s?|night|morning|evening|afternoon|spring|summer|fall|autumn|winter|January|July))|"
        rf"(?P<adv>(?i:daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly|semiannually|bimonthly|quarterly)))"
        rf"(?![\w-])")),
    # now / currently / recently / the future / soon / the past / these days / previously / nowadays
    ("vague", _c(
        rf"{B}(?P<w>(?i:right\s+now|now|currently|then[\s-]+current|current|at\s+present|presently|nowadays|these\s+days|"
        rf"recently|lately|formerly|the\s+past|the\s+(?:near|distant|foreseeable|immediate)\s+(?:future|term)|"
        rf"the\s+(?:short|long|medium)\s+term|the\s+future|a\s+later\s+date|the\s+time\s+being|as\s+soon\s+as\s+possible|soon)){E}")),
    ("holiday", _c(rf"{B}(?:(?P<rel>(?i:this|last|next))\s+)?(?P<h>{HOLIDAY})(?:,?\s+(?P<year>{YEAR4}))?(?P<we>\s+(?i:holiday\s+)?(?i:weekend))?{E}")),
    # the long weekend / the bank holiday weekend
    ("named_weekend", _c(rf"{B}(?i:the|this)\s+(?i:long|(?:bank\s+)?holiday|three-day|four-day)\s+(?i:weekend){E}")),
    # the week after next / the month before last
    ("after_next", _c(rf"{B}(?i:the)\s+(?P<unit>(?i:day|week|weekend|month|year))\s+(?P<dir>(?i:after\s+next|before\s+last))(?!\s+[A-Za-z]){E}")),
    # the following day / the day before / that day / the next day
    ("anaphoric_day", _c(rf"{B}(?P<w>(?i:the\s+(?:following|next|previous|prior|same)\s+(?:day|week|month|year)|the\s+day\s+(?:before|after)|that\s+(?:same\s+)?day|"
                         rf"the\s+(?:week|month|year)\s+(?:before|after)|the\s+(?:previous|prior)\s+(?:night|evening)|the\s+next\s+(?:morning|night|evening)))(?!\w)")),
]

FUTURE_CUE = re.compile(
    r"\b(?:will|'ll|shall|won't|going\s+to|gonna|plans?\s+(?:to|for)|forecasts?\s+(?:for|to)|forecasting|(?<!-)(?<!than )expected(?=\s+$)|"
    r"expect(?:s|ed)?\s+(?:[\w-]+\s+){1,3}to\s+\w+|(?<!\bthan\s)expects?\b|planning|intends?\s+to|effective|payable|expires?|expiring|"
    r"scheduled|expected\s+(?:to|in|by|on|next|later|early|late|overnight|from|until|through|over|at|around|this|tonight|tomorrow)|(?:an|the)\s+(?:expected|anticipated)|expects?\s+to|should(?!\s+have)|set\s+(?:to|for)|slated|due\s+(?:to|on|by|in)|is\s+to|are\s+to|until|till|(?:through|thru)(?=\s+$)|upcoming|"
    r"would|(?-i:may|might|can)(?!\s+(?:have|not\s+have)\b)|(?-i:could)(?!\s+(?:not\s+)?(?:have|be\s+(?:reached|located|found|contacted|confirmed|verified|determined))\b)|as\s+(?:soon|early)\s+as|hopes?\s+to|aims?\s+to|next(?!\s+to\b)|deadline|"
    r"to\s+(?:be|meet|hold|visit|vote|announce|begin|start|travel|release|report|decide|return|open|sign|resume|discuss|make|take|leave|arrive|testify|appear|attend|consider|review|rule))\b",
    re.IGNORECASE)
PAST_CUE = re.compile(
    r"\b(?:(?i:said|was|were|had|did|told|announced|reported|ago|last|earlier|previously|since)|"
    r"(?:met|spoke|went|came|began|took|made|gave|held|left|won|lost|fell|rose|sold|bought|saw|got|"
    r"found|kept|led|paid|sent|stood|struck|brought|caught|fought|built|drew|drove|flew|grew|knew|"
    r"threw|wrote|broke|chose|became|withdrew|sought|shot|sank|heard|meant|swore|tore|ran|won|"
    r"spent|felt|dealt|thought|taught|wore|woke|stole|fled|slept|sat|ate|drank|forgot|froze|shook|"
    r"rode|swept|wept|swung|dug|upheld|withheld|overtook|undertook|arose)|"
    r"(?!(?:need|speed|feed|seed|indeed|hundred|bed|shed|red|proceed|exceed|succeed|breed|greed)\b)[a-z]\w+ed)\b")
# A scheduling verb in the present right before the day: 'the committee meets Thursday' (not the
# noun of 'the vote on Monday')
PRESENT_SCHEDULE = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!'s )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )"  # a noun: 'the vote on'
    r"\b(?:is|are|meets?|begins?|starts?|opens?|ends?|resumes?|arrives?|leaves?|convenes?|returns?|"
    r"visits?|travels?|holds?|votes?|heads?|closes?|expires?|reopens?|takes\s+place|kicks\s+off|"
    r"gets\s+under\s*way)(?:\s+(?:from|to|in|at|into)(?:\s+(?!(?:since|after|before|until|by)\b)[\w'-]+){1,3}?)?\s+(?:[a-z]+ly\s+)?(?:on\s+|at\s+|next\s+|this\s+)?$|"
    # 'are meeting Friday', 'is holding talks Friday', 'a vote is expected Thursday', 'due out on Thursday'
    r"\b(?:is|are)\s+(?:(?:[a-z]+ing)(?:\s+[a-z]+){0,2}?|(?:expected|due|scheduled|slated|set)(?:\s+(?:out|back))?)"
    r"\s+(?:on\s+|for\s+|next\s+|this\s+)?$|"
    # idioms of a scheduled event: 'tickets go on sale Friday', 'the law takes effect in January'
    r"\b(?:go(?:es)?\s+(?:on\s+sale|to\s+the\s+polls|on\s+trial|into\s+effect)|takes?\s+(?:effect|office)|"
    r"(?:is|are)\s+sworn\s+in|comes?\s+into\s+(?:force|effect)|expires?)\s+(?:on\s+|in\s+|next\s+|this\s+|by\s+)?$")
