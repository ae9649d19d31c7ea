"""Temporal expressions: TimeML TIMEX3 recognition and normalization."""
from .describe import describe
from .extract import extract_dates

__all__ = ["describe", "extract_dates"]
