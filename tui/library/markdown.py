"""Markdown articles: optional front matter, the source kept for display, plain text for spans."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from tui.library.dates import parse_date
from tui.library.txt import split_categories

_FM_LINE = re.compile(r"^([A-Za-z_][\w\-]*)\s*:\s*(.*)$")


class FrontMatterError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class ParsedMarkdown:
    title: str | None
    published: date | None
    markdown: str
    text: str
    categories: tuple[str, ...] = ()
    url: str | None = None
    source: str | None = None
    author: str | None = None


def split_front_matter(source: str) -> tuple[dict[str, str], str]:
    """YAML-style `key: value` front matter between `---` lines; raises on a broken block."""
    lines = source.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, source
    fields: dict[str, str] = {}
    for i in range(1, len(lines)):
        line = lines[i].rstrip("\r")
        if line.strip() in ("---", "..."):
            return fields, "\n".join(lines[i + 1 :])
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith((" ", "\t", "- ")) and fields:
            # A YAML list item or continuation: append to the last key.
            last = next(reversed(fields))
            item = line.strip().removeprefix("- ").strip()
            fields[last] = f"{fields[last]}, {item}" if fields[last] else item
            continue
        m = _FM_LINE.match(line)
        if not m:
            raise FrontMatterError(f"broken front matter (line {i + 1}: {line.strip()[:40]!r})")
        value = m.group(2).strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]  # a quoted string is taken as written, brackets and all
        elif value.startswith("[") and value.endswith("]"):
            value = value[1:-1]  # a flow list: "[Politics, Peru]"
        fields[m.group(1).lower()] = value
    raise FrontMatterError("broken front matter (no closing '---')")


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


def markdown_blocks(source: str) -> list[str]:
    """The plain text of each rendered block (paragraph, heading, list item, code, cell row)."""
    blocks: list[str] = []
    for tok in _parser().parse(source):
        if tok.type == "inline":
            parts: list[str] = []
            for child in tok.children or []:
                if child.type in ("text", "code_inline"):
                    parts.append(child.content)
                elif child.type in ("softbreak", "hardbreak"):
                    parts.append("\n")
                elif child.type in ("html_inline",):
                    continue
                elif child.type == "image":
                    parts.append(child.content)
            text = "".join(parts).strip()
            if text:
                blocks.append(text)
        elif tok.type in ("fence", "code_block"):
            text = tok.content.strip("\n")
            if text.strip():
                blocks.append(text)
    return blocks


def markdown_to_text(source: str) -> str:
    return "\n\n".join(markdown_blocks(source))


def parse_markdown(source: str) -> ParsedMarkdown:
    fields, body = split_front_matter(source)
    title = fields.get("title") or None
    if title is None:
        m = re.search(r"^#\s+(.+?)\s*#*\s*$", body, re.M)
        title = m.group(1) if m else None
    raw_date = fields.get("date") or fields.get("published") or ""
    return ParsedMarkdown(
        title=title,
        published=parse_date(raw_date) if raw_date else None,
        markdown=body,
        text=markdown_to_text(body),
        categories=split_categories(fields.get("categories") or fields.get("tags") or ""),
        url=fields.get("url") or None,
        source=fields.get("source") or None,
        author=fields.get("author") or None,
    )
