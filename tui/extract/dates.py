"""Dates: temporal expressions normalized to TIMEX3 (see tui/extract/timex/)."""
from __future__ import annotations

from tui.extract.timex import describe, extract_dates

__all__ = ["describe", "extract_dates"]
