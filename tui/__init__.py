"""newsreader: a terminal reader for news articles."""
from __future__ import annotations

try:
    from importlib.metadata import version as _version

    __version__ = _version("newsreader")
except Exception:  # running from a checkout that was never installed
    __version__ = "0.1.0"
