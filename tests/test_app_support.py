"""Helpers for the UI tests: a small library written here and a fake extractor with known output.

The fake keeps UI tests independent of the real extractors (which change): quotes are the text in
straight or curly double quotes (speaker: the nearest known name before them), actors are a fixed
list of names found by exact match, dates the weekday names and "January 20".
"""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from tui.model import Actor, DateMention, Extraction, Mention, Quote

NAMES = {
    "Ada Lovelace": ("person", ("Mathematician",)),
    "Lovelace": ("person", ()),
    "Charles Babbage": ("person", ("Inventor",)),
    "Babbage": ("person", ()),
    "London": ("place", ()),
    "Royal Society": ("organization", ()),
}
CANONICAL = {"Lovelace": "Ada Lovelace", "Babbage": "Charles Babbage"}
DAYS = r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January 20)\b"
_WEEKDAY = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6}


def fake_extract(text: str, published: date | None = None) -> Extraction:
    mentions: dict[str, list[Mention]] = {}
    taken: list[tuple[int, int]] = []
    for name in sorted(NAMES, key=len, reverse=True):
        for m in re.finditer(rf"\b{re.escape(name)}\b", text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            mentions.setdefault(CANONICAL.get(name, name), []).append(Mention(m.start(), m.end(), name))
    actors = tuple(
        Actor(name, NAMES[name][0], tuple(sorted(ms, key=lambda x: x.start)), NAMES[name][1])
        for name, ms in mentions.items()
    )
    quotes = []
    for m in re.finditer(r"[\"“]([^\"”]+)[\"”]", text):
        before = [(s, n) for n, ms in mentions.items() for mm in ms if (s := mm.start) < m.start()]
        speaker = max(before)[1] if before else None
        kind = "partial" if len(m.group(1).split()) < 4 else "full"
        quotes.append(Quote(m.group(1), m.start(1), m.end(1), speaker, "said", kind))
    dates = []
    for m in re.finditer(DAYS, text):
        value = "2025-01-20"
        if published and m.group(0) in _WEEKDAY:
            delta = (published.weekday() - _WEEKDAY[m.group(0)]) % 7
            value = date.fromordinal(published.toordinal() - delta).isoformat()
        dates.append(DateMention(m.group(0), m.start(), m.end(), "DATE", value))
    return Extraction(actors=actors, quotes=tuple(quotes), dates=tuple(dates))


FILLER = ("The committee met again in the long hall, where the engines were shown to visitors who had "
          "travelled from far away to see them turn.")


def long_article(quotes: int = 9) -> str:
    paras = []
    for i in range(quotes):
        paras.append(f"{FILLER} {FILLER}")
        speaker = "Ada Lovelace" if i % 2 == 0 else "Charles Babbage"
        paras.append(f'{speaker} spoke on Friday. "This is statement number {i + 1} about the engine," '
                     f"{speaker.split()[1]} said in London.")
    return "\n\n".join(paras)


def write_library(root: Path) -> Path:
    """Three articles (one long), one Markdown article, one broken file."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "engines.txt").write_text(
        "The Analytical Engine Debate\n\nAugust 9, 2025\n\n— Categories: Science, History\n\n"
        + long_article() + "\n", encoding="utf-8")
    (root / "society.txt").write_text(
        "Royal Society Meets\n\nAugust 1, 2025\n\n"
        "The Royal Society met in London on Monday. Babbage did not attend.\n\n"
        "Lovelace wrote that the engine \"might compose elaborate pieces of music\" one day.\n",
        encoding="utf-8")
    (root / "quiet.txt").write_text(
        "A Quiet Day\n\nJuly 1, 2025\n\nNothing happened and nobody said anything at all.\n", encoding="utf-8")
    (root / "notes.md").write_text(
        "---\ntitle: Notes on the Engine\ndate: 2025-06-01\n---\n# Notes\n\n"
        "Ada Lovelace met **Charles Babbage** in London.\n\n- first item on Friday\n- second item\n",
        encoding="utf-8")
    (root / "broken.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe")
    return root
