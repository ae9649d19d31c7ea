"""Render TIMEX3 values for people (the Dates pane)."""
from __future__ import annotations

def describe(value: str) -> str:
    return value
