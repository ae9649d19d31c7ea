"""User config (TOML at platformdirs' user config dir) and cache locations; nothing created at import."""
from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_cache_dir, user_config_dir, user_state_dir

APP_NAME = "newsreader"


def config_path() -> Path:
    return Path(user_config_dir(APP_NAME)) / "config.toml"


def cache_dir() -> Path:
    return Path(user_cache_dir(APP_NAME))


def state_dir() -> Path:
    return Path(user_state_dir(APP_NAME))


@dataclass(frozen=True, slots=True)
class Config:
    library: Path | None = None
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    error: str | None = None  # a one-line reason when the file exists but could not be read


def load_config(path: Path | None = None) -> Config:
    path = path or config_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as err:
        return Config(error=f"{path}: {err}")
    library = data.get("library")
    keymap = data.get("keymap") if isinstance(data.get("keymap"), dict) else {}
    bad_library = library is not None and not (isinstance(library, str) and library)
    unknown = sorted(k for k in data if k not in ("library", "theme", "keymap"))
    error = None
    if bad_library:
        error = f"{path}: library must be a folder path in quotes, not {library!r}"
    elif unknown:
        error = f"{path}: unknown setting {unknown[0]!r} (the settings are library, theme and keymap)"
    return Config(
        library=Path(library).expanduser() if isinstance(library, str) and library else None,
        theme=data.get("theme") if isinstance(data.get("theme"), str) else None,
        keymap={str(k): str(v) for k, v in keymap.items()},
        error=error,
    )


def default_library(explicit: str | Path | None = None, notice: Callable[[str], object] | None = None) -> Path:
    """`--library`, else the config file's `library`, else the bundled seeds/ (`notice` hears
    why the config file could not be read)."""
    if explicit:
        return Path(explicit).expanduser()
    cfg = load_config()
    if cfg.error and notice is not None:
        notice(f"config: {cfg.error}; using {'its library' if cfg.library else 'the bundled samples'}")
    if cfg.library:
        return cfg.library
    from tui.resources import seeds_dir

    return seeds_dir()
