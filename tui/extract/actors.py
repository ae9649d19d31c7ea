"""Actors: people, organizations and places named in a text (placeholder until issue 4)."""
from __future__ import annotations

from tui.model import Actor


def extract_actors(text: str) -> list[Actor]:
    return []
