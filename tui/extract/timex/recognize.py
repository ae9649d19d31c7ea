"""Recognition: run the rules of patterns.py in the windows that anchors.py finds, drop
implausible matches (filters.py), and keep the longest non-overlapping set (ties go to the
earlier rule)."""
from __future__ import annotations

import re
from bisect import bisect_left

from .anchors import RULE_ANCHORS, class_windows, merge
from .filters import plausible
from .patterns import RULES


def find_spans(text: str) -> list[tuple[int, int, str, re.Match]]:
    """Non-overlapping (start, end, rule name, match), in text order."""
    cands: list[tuple[int, int, int, str, re.Match]] = []
    by_class = class_windows(text)
    n = len(text)
    for order, (name, rx) in enumerate(RULES):
        windows = merge([by_class.get(k, []) for k in RULE_ANCHORS.get(name, ())])
        has_t = "t" in rx.groupindex
        for lo, hi in windows:
            for m in rx.finditer(text, lo, hi):
                if m.end() == hi and hi < n:  # the window edge may have cut the match short
                    m = rx.match(text, m.start())
                    if m is None:
                        continue
                s, e = m.span("t") if has_t else m.span()
                if name == "duration" and (m.group("det") or m.group("dir")) and "-" in m.group("sep"):
                    s = m.start("approx") if m.group("approx") else m.start("num")  # 'the [24-hour] strike'
                if e <= s:
                    continue
                if not plausible(name, m, s, e, text):
                    continue
                cands.append((s, e, order, name, m))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[tuple[int, int, str, re.Match]] = []
    for s, e, _order, name, m in cands:
        i = bisect_left(starts, s)
        if i > 0 and ends[i - 1] > s:
            continue
        if i < len(starts) and starts[i] < e:
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        chosen.insert(i, (s, e, name, m))
    return chosen
