"""Paragraphs and sentences around quotes, computed once per text in linear time.

The sentence splitter reads a masked copy of the text in which quoted words are hidden, so
a quote's inner full stops never split the sentence that attributes it; a quote that ends
with . ! or ? still ends its sentence.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .marks import PARA_BREAK, Stretch

ABBREV = frozenset("""mr mrs ms dr sen rep gov lt gen col sgt capt st jr sr mt ft no vs
inc corp co ltd dept prof rev gen adm cmdr maj pres supt det""".split())
MONTHS = frozenset("jan feb mar apr aug sept sep oct nov dec".split())
SENT_END = re.compile(r"[.!?][\"”’'»›“«‹」』)\]]*(?=\s)")


@dataclass(frozen=True)
class Layout:
    text: str
    masked: str
    paras: list[tuple[int, int]]
    para_starts: list[int]
    sents: list[tuple[int, int]]
    sent_starts: list[int]

    def para_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def sent_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)


def _mask(text: str, stretches: list[Stretch]) -> str:
    parts = []
    last = 0
    for s in stretches:
        parts.append(text[last:s.start])
        inner = text[s.start:s.end]
        keep = len(inner) - len(inner.rstrip(".!?,"))
        body = len(inner) - keep
        parts.append("x" * body + inner[body:])
        last = s.end
    parts.append(text[last:])
    return "".join(parts)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    every_line = PARA_BREAK.search(text) is None
    splitter = re.compile(r"\n") if every_line else PARA_BREAK
    out = []
    pos = 0
    for m in splitter.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if text[a:b].strip()] or [(0, len(text))]


def _sentences(masked: str, paras: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for a, b in paras:
        pos = a
        for m in SENT_END.finditer(masked, a, b):
            e = m.end()
            if masked[m.start()] == ".":
                w = re.search(r"([A-Za-z]+)\.$", masked[max(a, m.start() - 12):m.start() + 1])
                if w and (w.group(1).lower() in ABBREV or w.group(1).lower() in MONTHS
                          or len(w.group(1)) == 1):
                    continue
            nxt = masked[e:e + 3].lstrip()
            if nxt and nxt[0].islower():
                continue
            out.append((pos, e))
            pos = e
        if pos < b:
            out.append((pos, b))
    return out


def layout(text: str, stretches: list[Stretch]) -> Layout:
    masked = _mask(text, stretches)
    paras = _paragraphs(text)
    sents = _sentences(masked, paras)
    return Layout(text, masked, paras, [p[0] for p in paras], sents, [s[0] for s in sents])
