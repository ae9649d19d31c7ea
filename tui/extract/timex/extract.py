"""The pipeline: recognize spans, then normalize them in text order (so anaphoric
expressions like 'the following day' see what came before)."""
from __future__ import annotations

from datetime import date, datetime

from tui.model import DateMention

from .context import Context
from .normalize import NORMALIZERS
from .recognize import find_spans


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
    for s, e, name, m in find_spans(text):
        try:
            typ, value, mod = NORMALIZERS[name](m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError, TypeError, ZeroDivisionError):
            continue  # a rule met numbers it cannot place: skip the mention, never the text
        out.append(DateMention(text=text[s:e], start=s, end=e, type=typ, value=value, mod=mod))
    return out
