"""Word tables for temporal expressions: months, weekdays, numbers, units, seasons."""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

# Parts of the day -> TIMEX3 codes.
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "midday": "MI"}

UNITS = {
    "second": "S", "minute": "MIN", "hour": "H", "day": "D", "week": "W", "weekend": "WE",
    "fortnight": "FN", "month": "M", "quarter": "Q", "year": "Y", "decade": "DE",
    "century": "CE", "centurie": "CE", "millennium": "ML", "millennia": "ML", "yr": "Y",
    "hr": "H", "min": "MIN", "sec": "S", "mo": "M", "wk": "W",
}

UNITS_NUM = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS_NUM = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
            "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "last": -1, "final": -1,
}

VAGUE_COUNT = {"few", "several", "many", "some", "couple", "a few", "a couple of", "couple of",
               "a number of", "numerous", "dozens of", "hundreds of", "thousands of"}

DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                "seventies": 7, "eighties": 8, "nineties": 9}


def word_number(phrase: str) -> int | None:
    """'twenty four' -> 24, 'two thousand' -> 2000, '12' -> 12, 'a' -> 1; None if not a number."""
    s = phrase.lower().replace("-", " ").replace(",", "").strip()
    if not s:
        return None
    if s.isdigit():
        return int(s) if len(s) < 12 else None
    total = 0
    current = 0
    seen = False
    for w in s.split():
        if w == "and":
            continue
        if w in UNITS_NUM:
            current += UNITS_NUM[w]
        elif w in TENS_NUM:
            current += TENS_NUM[w]
        elif w in SCALES:
            current = max(current, 1) * SCALES[w]
            if SCALES[w] >= 1000:
                total += current
                current = 0
        elif w.isdigit() and len(w) < 9:
            current += int(w)
        else:
            return None
        seen = True
    return total + current if seen else None


def ordinal_number(word: str) -> int | None:
    """'third' -> 3, '3rd' -> 3, 'twenty-first' -> 21."""
    w = word.lower().replace(" ", "-")
    if w in ORDINALS:
        return ORDINALS[w]
    digits = w.rstrip("stndrh")
    if digits.isdigit() and w[len(digits):] in ("st", "nd", "rd", "th") and len(digits) < 6:
        return int(digits)
    if "-" in w:
        head, _, tail = w.rpartition("-")
        if head in TENS_NUM and tail in ORDINALS and ORDINALS[tail] > 0:
            return TENS_NUM[head] + ORDINALS[tail]
    return None
