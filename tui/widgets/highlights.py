"""The body's styled spans (Markdown styling, then actors, quotes, dates) in display offsets, filed
by stretch of display text so that drawing one row looks at a handful of them, at any width.

An article of 50,000 quotes has 250,000 spans to map through the layout and file: about a second
of work, so the reader builds this in the worker that reads the article and hands the finished,
immutable result to the body. Filing by display offset rather than by wrapped row keeps it valid
when the width changes (a resize, a scrollbar appearing). Pure: no Textual, no I/O.
"""
from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from tui.model import Extraction
from tui.widgets.layout import BodyLayout

# Highlight kinds, drawn in this order (later ones on top): quotes under actors and dates.
HIGHLIGHT_KINDS = ("quote", "actor", "date")
BLOCK = 256  # display characters a bucket covers: a row (at most a terminal's width) touches one or two

StyledSpan = tuple[int, int, str]  # display start, display end, style (".body--quote", "bold", …)


@dataclass(frozen=True, slots=True)
class Highlights:
    """Every styled span over `layout.display`, in drawing order, and where to find them."""

    layout: BodyLayout  # the layout the offsets belong to (a body showing another ignores these)
    spans: tuple[StyledSpan, ...]
    # buckets[k]: the indices (ascending, so in drawing order) of the spans touching
    # display[k * BLOCK:(k + 1) * BLOCK]
    buckets: tuple[tuple[int, ...], ...]

    def within(self, start: int, end: int) -> list[StyledSpan]:
        """The spans over `display[start:end]`, cut to it and counted from `start`, in drawing order."""
        if start >= end:
            return []
        buckets = self.buckets
        first, last = start // BLOCK, min((end - 1) // BLOCK, len(buckets) - 1)
        if first > last:
            return []
        if first == last:
            indices: Iterable[int] = buckets[first]
        else:  # a row across a bucket boundary: a span in both is drawn once, in its place
            indices = sorted(set().union(*buckets[first:last + 1]))
        spans = self.spans
        out = []
        for i in indices:
            lo, hi, style = spans[i]
            a, b = max(lo, start), min(hi, end)
            if a < b:
                out.append((a - start, b - start, style))
        return out


def build_highlights(layout: BodyLayout, extraction: Extraction | None) -> Highlights:
    """The layout's own styling, then the extraction's spans mapped to display offsets."""
    spans: list[StyledSpan] = list(layout.styles)
    if extraction is not None:
        groups: dict[str, Iterable[tuple[int, int]]] = {
            "quote": ((q.start, q.end) for q in extraction.quotes),
            "actor": ((m.start, m.end) for a in extraction.actors for m in a.mentions),
            "date": ((d.start, d.end) for d in extraction.dates),
        }
        for kind in HIGHLIGHT_KINDS:
            _map_spans(layout, groups[kind], f".body--{kind}", spans)
    return Highlights(layout, tuple(spans), _file(spans, len(layout.display)))


def _map_spans(layout: BodyLayout, pairs: Iterable[tuple[int, int]], style: str, out: list[StyledSpan]) -> None:
    """Append the display ranges of text spans `pairs`. Nearly every span lies inside one run, which
    one bisection finds; the others (across a paragraph gap, a Markdown block) go through `to_display`."""
    text_starts, runs = layout.text_starts, layout.runs
    for start, end in pairs:
        i = bisect.bisect_right(text_starts, start) - 1
        if i >= 0:
            text_start, display_start, length = runs[i]
            if end <= text_start + length:
                shift = display_start - text_start
                if start < end:
                    out.append((start + shift, end + shift, style))
                continue
        out.extend((lo, hi, style) for lo, hi in layout.to_display(start, end))


def _file(spans: list[StyledSpan], length: int) -> tuple[tuple[int, ...], ...]:
    """Each span's index under every BLOCK of a `length`-character display that it touches (tuples
    of ints: the garbage collector leaves them alone, however many)."""
    buckets: list[list[int]] = [[] for _ in range(length // BLOCK + 1)]
    last = len(buckets) - 1
    for i, (lo, hi, _style) in enumerate(spans):
        if lo >= hi:
            continue
        first, end = lo // BLOCK, min((hi - 1) // BLOCK, last)
        if first == end:
            buckets[first].append(i)
        else:
            for k in range(first, end + 1):
                buckets[k].append(i)
    return tuple(map(tuple, buckets))
