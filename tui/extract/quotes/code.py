"""Fenced code blocks of Markdown articles: nobody is quoted in `print("hello")`."""
from __future__ import annotations

import re

# A fence opens a line (up to three spaces in, as CommonMark allows) with ``` or ~~~; the
# block runs to the next fence of the same kind, or to the end of the text when unclosed.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)


def mask_code_blocks(text: str) -> str:
    """`text` with fenced code blocks blanked to spaces (newlines kept): same length and
    offsets, so spans found in the result index the original text."""
    if "```" not in text and "~~~" not in text:
        return text
    parts: list[str] = []
    done = 0
    pos = 0
    while True:
        m = _FENCE.search(text, pos)
        if m is None:
            break
        fence = m.group(1)
        close = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        c = close.search(text, m.end())
        end = c.end() if c else len(text)
        parts.append(text[done:m.start()])
        parts.append(re.sub(r"[^\n]", " ", text[m.start():end]))
        done = pos = end
        if c is None:
            break
    parts.append(text[done:])
    return "".join(parts)
