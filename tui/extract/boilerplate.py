"""Scraper boilerplate lines ("Download IPFS", "Share", ...): not body text, never actors."""
from __future__ import annotations

import re

_BOILERPLATE = {
    "download ipfs", "ipfs", "share", "share this", "share this article", "share on facebook",
    "share on twitter", "share on x", "tweet", "email", "print", "advertisement", "ad",
    "sponsored", "sponsored content", "read more", "read more:", "continue reading",
    "related", "related articles", "related posts", "related stories", "subscribe",
    "subscribe now", "sign up", "newsletter", "comments", "leave a comment", "click here",
    "skip to content", "skip to main content", "menu", "home", "back to top", "copy link",
    "follow us", "listen to this article", "listen", "more", "loading", "loading...",
    "photo", "video", "watch", "image", "view comments", "show comments", "facebook", "twitter",
    "linkedin", "whatsapp", "reddit", "telegram", "pinterest",
}
_TRAILING = re.compile(r"[\s:.\-–—|»›>]+$")


def is_boilerplate_line(line: str) -> bool:
    """True for a line that is only a scraper's chrome (case and trailing punctuation ignored)."""
    s = line.strip()
    if not s or len(s) > 40:
        return False
    return _TRAILING.sub("", s).lower() in _BOILERPLATE


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of boilerplate lines in `text`, for extractors to skip."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        if is_boilerplate_line(line):
            spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans
