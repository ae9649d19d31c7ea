"""What the reader remembers between runs: the last article per library, its scroll position, the theme.

A small JSON file under `tui.config.state_dir()`, written on exit; created on first use, never at
import time. A missing or damaged file is the same as no state.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from tui.config import state_dir

STATE_FILE = "state.json"


@dataclass(frozen=True, slots=True)
class Place:
    """Where the reader was in one library."""

    article: str
    scroll_y: float = 0.0


@dataclass(frozen=True, slots=True)
class State:
    theme: str | None = None          # picked in the reader (t, the palette); never the config's
    theme_config: str | None = None   # the config's theme when it was picked: an edit since wins
    places: dict[str, Place] = field(default_factory=dict)  # library root -> last place

    def place_for(self, library_root: str | Path) -> Place | None:
        return self.places.get(_key(library_root))

    def with_place(self, library_root: str | Path, place: Place) -> State:
        places = dict(self.places)
        places[_key(library_root)] = place
        return State(theme=self.theme, theme_config=self.theme_config, places=places)

    def with_theme(self, theme: str | None, config_theme: str | None = None) -> State:
        return State(theme=theme, theme_config=config_theme, places=dict(self.places))

    def start_theme(self, config_theme: str | None) -> str | None:
        """The theme to start with: the one picked in the reader, unless the config's theme was
        edited after that pick; else the config's."""
        if self.theme and self.theme_config == config_theme:
            return self.theme
        return config_theme or self.theme


def _key(library_root: str | Path) -> str:
    try:
        return str(Path(library_root).expanduser().resolve())
    except OSError:
        return str(library_root)


def state_path() -> Path:
    return state_dir() / STATE_FILE


def load_state(path: Path | None = None) -> State:
    path = path or state_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return State()
    if not isinstance(data, dict):
        return State()
    places: dict[str, Place] = {}
    raw_places = data.get("places")
    if isinstance(raw_places, dict):
        for root, raw in raw_places.items():
            if isinstance(raw, dict) and isinstance(raw.get("article"), str):
                scroll = raw.get("scroll_y", 0.0)
                places[str(root)] = Place(raw["article"], float(scroll) if isinstance(scroll, int | float) else 0.0)
    theme, theme_config = data.get("theme"), data.get("theme_config")
    return State(theme=theme if isinstance(theme, str) else None,
                 theme_config=theme_config if isinstance(theme_config, str) else None, places=places)


def save_state(state: State, path: Path | None = None) -> str | None:
    """Write atomically; returns a one-line reason when it could not (the caller tells the user)."""
    path = path or state_path()
    data = {
        "theme": state.theme,
        "theme_config": state.theme_config,
        "places": {root: {"article": p.article, "scroll_y": p.scroll_y} for root, p in state.places.items()},
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as err:
        return f"could not save the reader state to {path}: {err.strerror or err}"
    return None
