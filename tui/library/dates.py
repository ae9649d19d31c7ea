"""Publication dates as headers write them: ISO, "August 9, 2025", "9 Aug 2025", RFC 2822,
31/12/2024, 12/31/2024, 31.12.2024."""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_MDY = re.compile(rf"^{_WEEKDAY}{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})$", re.I)
_DMY = re.compile(rf"^{_WEEKDAY}(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(\d{{4}})$", re.I)
_SLASH = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")  # 31/12/2024, 12/31/2024, 31.12.2024


def parse_date(value: str) -> date | None:
    """A calendar date from a header value, or None when it is not one."""
    s = value.strip().strip('"\'')
    if not s or len(s) > 64:
        return None
    try:
        if m := _ISO.match(s) or _SLASH.match(s):
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _MDY.match(s):
            return date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2)))
        if m := _DMY.match(s):
            return date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
        if m := _NUMERIC.match(s):
            a, sep, b, y = int(m.group(1)), m.group(2), int(m.group(3)), int(m.group(4))
            # day first where the order shows it (a day above 12) or dots and dashes write it;
            # a slash between two numbers up to 12 reads the US way, as the text's dates do
            day_first = a > 12 or (sep != "/" and b <= 12)
            return date(y, b, a) if day_first else date(y, a, b)
    except (ValueError, KeyError):
        return None
    try:
        if "," in s or re.search(r"\d{2}:\d{2}", s):
            return parsedate_to_datetime(s).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).date()
    except ValueError:
        return None
