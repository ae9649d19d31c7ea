"""Length-preserving folding for matching: lower case, accents stripped, one character for one.

Highlights are character positions in the original label, so the folded string must keep every
character where it was. (Library actor keys use the stronger `tui.library.library_actors.fold`.)
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x80, 0x2B0):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)).lower()
        if len(base) == 1 and base != char:
            table[code] = base
    table[0x130] = "i"  # "İ".lower() is two characters
    for code, repl in ((0x2018, "'"), (0x2019, "'"), (0x201C, '"'), (0x201D, '"'), (0x2013, "-"), (0x2014, "-")):
        table[code] = repl
    return table


def fold(text: str) -> str:
    """Same length as `text`: lower case, Latin accents and curly quotes plain."""
    if text.isascii():
        return text.lower()
    out = text.translate(_table()).lower()
    return out if len(out) == len(text) else "".join(c.lower() if len(c.lower()) == 1 else c for c in
                                                      text.translate(_table()))


def fold_query(text: str) -> str:
    return " ".join(fold(text).split())
