"""Dates: temporal expressions of an article, normalized to TimeML TIMEX3 values.

    extract_dates(text, published) -> list[DateMention]   # spans index into `text`
    describe(value) -> str                                 # 'P20Y' -> '20 years', for the Dates pane
    describe_mention(value, type, mod) -> str              # 'every Monday', 'late 2018'

Relative expressions ('Friday', 'last week', 'two years ago') resolve against `published`; without
it they stay underspecified ('XXXX-WXX-5'). The work is done in tui/extract/timex/: anchors ->
patterns/filters (recognition) -> calendar_names/relative/spans (normalization) -> describe.
"""
from __future__ import annotations

from tui.extract.timex import describe, describe_mention, extract_dates

__all__ = ["describe", "describe_mention", "extract_dates"]
