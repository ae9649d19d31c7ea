"""Dates: temporal expressions normalized to TIMEX3 (placeholder until issue 3)."""
from __future__ import annotations

from datetime import date

from tui.model import DateMention


def extract_dates(text: str, published: date | None = None) -> list[DateMention]:
    return []
