"""Temporal expressions: TimeML TIMEX3 recognition and normalization."""
from .describe import describe, describe_mention
from .extract import extract_dates

__all__ = ["describe", "describe_mention", "extract_dates"]
