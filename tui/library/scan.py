"""Walk a library folder: which files are articles, and loading them without ever stopping."""
from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tui.library.decode import LoadError
from tui.library.loader import ARTICLE_SUFFIXES, load_article
from tui.model import Article


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that could not be used, with the one-line reason."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Library:
    root: str
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...]


def iter_article_paths(root: Path) -> Iterator[Path]:
    """Article files under `root`, sorted; hidden entries skipped, symlinked folders not followed."""
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                yield Path(dirpath) / name


def try_load(path: Path) -> Article | Skipped:
    """The article at `path`, or why it cannot be used; never raises."""
    try:
        return load_article(path)
    except LoadError as err:
        return Skipped(str(path), err.reason)
    except Exception as err:  # a parser bug must not cost the user the rest of the library
        return Skipped(str(path), f"could not be parsed ({type(err).__name__}: {err})")


def load_library(root: Path) -> Library:
    """Every article under `root`; unusable files land in `skipped` with their reason."""
    if not root.exists():
        raise LoadError(root, "no such file or folder")
    articles: list[Article] = []
    skipped: list[Skipped] = []
    for path in iter_article_paths(root):
        loaded = try_load(path)
        if isinstance(loaded, Skipped):
            skipped.append(loaded)
        else:
            articles.append(loaded)
    return Library(root=str(root), articles=tuple(articles), skipped=tuple(skipped))
