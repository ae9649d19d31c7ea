"""The data model: frozen dataclasses shared by every layer (nothing here does I/O)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ActorKind = Literal["person", "organization", "place"]
QuoteKind = Literal["full", "partial"]
ArticleFormat = Literal["txt", "md", "html", "raw"]


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from disk; `text` is the plain body every span indexes into."""

    path: str
    title: str | None
    published: date | None
    text: str
    format: ArticleFormat = "txt"
    categories: tuple[str, ...] = ()
    source: str | None = None
    url: str | None = None
    author: str | None = None
    # Markdown source kept for display (.md files); None for other formats.
    markdown: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: ActorKind
    mentions: tuple[Mention, ...]
    roles: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None
    cue: str | None = None
    kind: QuoteKind = "full"


def quote_label(text: str) -> str:
    """A quote as a reader cites it: one line, without the comma or colon that belongs to the
    sentence around it ("We are ready," she said -> We are ready). Spans keep the text as written."""
    return " ".join(text.split()).rstrip(",;:").rstrip()


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    type: str  # TIMEX3 type: DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value, e.g. 2025-08-08, P20Y, PRESENT_REF
    mod: str | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = field(default_factory=tuple)
