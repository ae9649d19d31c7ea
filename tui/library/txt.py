"""Plain-text articles: the scraped layout (title, date line, Categories) or a Key: value header."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tui.extract.boilerplate import is_boilerplate_line
from tui.library.dates import parse_date

_KEY = re.compile(r"^(title|date|published|url|link|source|author|by|categories|category|tags)\s*:\s*(.*)$", re.I)
_CATEGORIES = re.compile(r"^[—–\-•*]*\s*categor(?:y|ies)\s*:\s*(.*)$", re.I)
_BLANKS = re.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class ParsedText:
    title: str | None
    published: date | None
    body: str
    categories: tuple[str, ...] = ()
    url: str | None = None
    source: str | None = None
    author: str | None = None


def split_categories(value: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in value.split(",") if c.strip())


def clean_body(lines: list[str]) -> str:
    """Drop boilerplate lines, leading/trailing blank lines and runs of blank lines."""
    kept = [ln.rstrip() for ln in lines if not is_boilerplate_line(ln)]
    body = "\n".join(kept).strip("\n")
    return _BLANKS.sub("\n\n", body).strip()


def _key_value_header(lines: list[str]) -> ParsedText | None:
    fields: dict[str, str] = {}
    i = 0
    while i < len(lines) and lines[i].strip():
        m = _KEY.match(lines[i].strip())
        if not m:
            return None
        fields.setdefault(m.group(1).lower(), m.group(2).strip())
        i += 1
    if not ({"title", "date", "published"} & fields.keys()):
        return None
    raw_date = fields.get("date") or fields.get("published") or ""
    return ParsedText(
        title=fields.get("title") or None,
        published=parse_date(raw_date) if raw_date else None,
        body=clean_body(lines[i:]),
        categories=split_categories(fields.get("categories") or fields.get("category") or fields.get("tags") or ""),
        url=fields.get("url") or fields.get("link") or None,
        source=fields.get("source") or None,
        author=fields.get("author") or fields.get("by") or None,
    )


def _scraped_header(lines: list[str]) -> ParsedText | None:
    """Title line, then a date line, then optionally a Categories line (blank lines between)."""
    nonblank = [(i, ln.strip()) for i, ln in enumerate(lines[:40]) if ln.strip()]
    if len(nonblank) < 2:
        return None
    (ti, title), (di, date_line) = nonblank[0], nonblank[1]
    published = parse_date(date_line)
    if published is None or len(title) > 300:
        return None
    rest_start = di + 1
    categories: tuple[str, ...] = ()
    if len(nonblank) > 2 and (m := _CATEGORIES.match(nonblank[2][1])):
        categories = split_categories(m.group(1))
        rest_start = nonblank[2][0] + 1
    return ParsedText(title=title, published=published, body=clean_body(lines[rest_start:]), categories=categories)


def parse_txt(text: str) -> ParsedText:
    lines = text.splitlines()
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    return (
        _key_value_header(lines[start:])
        or _scraped_header(lines)
        or ParsedText(title=None, published=None, body=clean_body(lines))
    )
