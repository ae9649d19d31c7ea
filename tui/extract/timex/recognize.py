"""Recognition: run the rules of patterns.py in the windows that anchors.py finds, drop
implausible matches (filters.py), and keep the longest non-overlapping set (ties go to the
earlier rule). 'Three days later' is annotated as 'three days' but still claims 'later'."""
from __future__ import annotations

import re

from .anchors import RULE_ANCHORS, class_windows, merge
from .filters import plausible
from .patterns import RULES
from .relative import SPAN_UNITS
from .resolve import unit_code


def _trim(name: str, m: re.Match, s: int) -> int:
    """Adjectival durations and quarters leave their determiner out: 'the [24-hour] strike', 'a
    [year-long] probe', 'a [third-quarter] loss'; 'last' the verb stays out: 'to last [two days]'."""
    if name == "duration":
        if (m.group("det") or m.group("dir")) and "-" in m.group("sep"):
            return m.start("approx") if m.group("approx") else m.start("num")
        if m.group("old") and m.group("num").lower() in ("a", "an"):
            return m.start("unit")
        if not m.group("det") and (m.group("dir") or "").lower() == "last" \
                and _VERB_BEFORE.search(m.string, max(0, s - 12), s):
            # 'last' the verb: 'the talks are expected to last [two days]'
            return m.start("approx") if m.group("approx") else m.start("num")
    elif name == "vague_dur" and m.group("old"):
        return m.start("unit")
    elif name == "quarter" and m.group("det") and m.group("det").lower() in _PLAIN_DET \
            and m.string[m.end("ord"):m.start("qh")] == "-":
        # a hyphenated 'third-quarter' modifies the noun that the article belongs to:
        # 'a [third-quarter] loss', 'its [fiscal second-quarter] results'
        return m.start("adj") if m.group("adj") else (m.start("qyear") if m.group("qyear") else _after_det(m))
    return s


_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|should|must|did|does|do|didn't|won't|"
                          r"wouldn't|can't|cannot)\s+$", re.IGNORECASE)
_PLAIN_DET = {"the", "a", "an", "its", "their", "that", "this"}


def _after_det(m: re.Match) -> int:
    i = m.end("det")
    text = m.string
    while text[i].isspace():
        i += 1
    return i


def find_spans(text: str) -> list[tuple[int, int, str, re.Match]]:
    """Non-overlapping (start, end, rule name, match), in text order."""
    cands: list[tuple[int, int, int, str, re.Match, int]] = []
    by_class = class_windows(text)
    n = len(text)
    merged: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for order, (name, rx) in enumerate(RULES):
        classes = RULE_ANCHORS.get(name, ())
        windows = merged.get(classes)
        if windows is None:
            windows = merged[classes] = merge([by_class.get(k, []) for k in classes])
        if not windows:
            continue
        has_t = "t" in rx.groupindex
        for lo, hi in windows:
            for m in rx.finditer(text, lo, hi):
                if m.end() == hi and hi < n:  # the window edge may have cut the match short
                    m = rx.match(text, m.start())
                    if m is None:
                        continue
                s, e = m.span("t") if has_t else m.span()
                s = _trim(name, m, s)
                rank = e - s
                if name == "ago" and m.group("dir").lower() in ("later", "earlier") \
                        and unit_code(m.group("unit")) in SPAN_UNITS:
                    e = m.start("dir")
                    while text[e - 1].isspace():
                        e -= 1  # 'three days [later]': the amount only
                if name == "clock" and m.group("onj"):
                    # '5 p.m. on Friday' is two expressions, as annotators mark it; the time
                    # still takes its value from the day
                    e = m.start("onj")
                    while text[e - 1] in " \t,":
                        e -= 1
                    rank = e - s
                if e <= s:
                    continue
                if not plausible(name, m, s, e, text):
                    continue
                cands.append((s, e, order, name, m, rank))
    # Longest first (then earlier rule, then leftmost); a character belongs to one mention, and a
    # match that gave up its last word ('three days [later]') keeps that word from others.
    cands.sort(key=lambda c: (-c[5], c[2], c[0]))
    taken = bytearray(n)
    chosen: list[tuple[int, int, str, re.Match]] = []
    for s, e, _order, name, m, rank in cands:
        claim = s + rank
        if taken.find(1, s, claim) != -1:
            continue
        taken[s:claim] = b"\x01" * (claim - s)
        chosen.append((s, e, name, m))
    chosen.sort(key=lambda c: c[0])
    return chosen
