"""The pipeline: recognize spans, then normalize them in text order (so anaphoric
expressions like 'the following day' see what came before)."""
from __future__ import annotations

import re
from datetime import date, datetime

from tui.model import DateMention

from .context import Context
from .lexicon import DAY_PARTS
from .normalize import NORMALIZERS
from .recognize import find_spans
from .relative import shifted


def extract_dates(text: str, published: date | None = None) -> list[DateMention]:
    """Temporal expressions of `text` as TIMEX3 mentions, resolved against `published`."""
    if not text:
        return []
    if isinstance(published, datetime):
        published = published.date()
    elif not isinstance(published, date):
        published = None
    ctx = Context(text=text, dct=published)
    out: list[DateMention] = []
    spans = find_spans(text)
    done: dict[int, tuple[str, str, str | None] | None] = {}

    def normalize(i: int) -> tuple[str, str, str | None] | None:
        if i not in done:
            _s, _e, name, m = spans[i]
            try:
                done[i] = NORMALIZERS[name](m, ctx)
            except (ValueError, OverflowError, KeyError, IndexError, TypeError, ZeroDivisionError):
                done[i] = None  # a rule met numbers it cannot place: skip the mention, never the text
        return done[i]

    for i, (s, e, name, m) in enumerate(spans):
        if name == "anaphoric_day" and i + 1 < len(spans) and _BEFORE_AFTER.search(text, s, e) \
                and not text[e:spans[i + 1][0]].strip():
            # 'the day before [last Tuesday]'s hearing': counted from the date that follows
            nxt = normalize(i + 1)
            rel = shifted(m, nxt[1]) if nxt is not None else None
            if rel is not None:
                done[i] = rel
        elif name == "anaphoric_day" and i > 0 and _BEFORE_AFTER.search(text, s, e) \
                and _DAY_W.match(m["w"]) and text[spans[i - 1][1]:s].strip() == ",":
            # 'on Oct. 12, the day before the plunge': an apposition names that same day
            prev = normalize(i - 1)
            if prev is not None and _ISO_DAY.fullmatch(prev[1]):
                done[i] = ("DATE", prev[1], None)
        elif name == "daypart" and m.group("the") and i + 1 < len(spans) \
                and _OF.fullmatch(text, e, spans[i + 1][0]):
            # 'the evening of Aug. 3': that day's evening, not today's
            nxt = normalize(i + 1)
            part = m.group("part2")
            if nxt is not None and part and _ISO_DAY.fullmatch(nxt[1]):
                done[i] = ("TIME", f"{nxt[1]}T{DAY_PARTS[part.lower()]}", None)
        got = normalize(i)
        if got is None:
            continue
        typ, value, mod = got
        out.append(DateMention(text=text[s:e], start=s, end=e, type=typ, value=value, mod=mod))
    return out


_DAY_W = re.compile(r"the\s+day\s", re.IGNORECASE)
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
_BEFORE_AFTER = re.compile(r"\s(?:before|after)$", re.IGNORECASE)
