"""Quotes: direct speech with speaker and cue (placeholder until issue 5)."""
from __future__ import annotations

from collections.abc import Sequence

from tui.model import Actor, Quote


def extract_quotes(text: str, actors: Sequence[Actor] = ()) -> list[Quote]:
    return []
