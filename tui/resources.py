"""Find the bundled styles/ and seeds/ both in a checkout and in an installed wheel."""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """`styles` or `seeds`: inside the package when installed, at the repository root in a checkout."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name


def styles_dir() -> Path:
    return resource_dir("styles")


def seeds_dir() -> Path:
    return resource_dir("seeds")
