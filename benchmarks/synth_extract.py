"""A fast rule-based extractor for the generated libraries only (gen_library.py's patterns).

The benchmarks index with it so that search has actors and quotes to rank whatever state the
real extractors are in; bench_search.py also times the real `tui.extract.extract`.
"""
from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_library import FIRST, LAST, MONTHS, ORGS, PLACES  # noqa: E402

from tui.model import Actor, DateMention, Extraction, Mention, Quote  # noqa: E402

_PERSON = re.compile(r"\b(?:(%s) )?(%s)\b" % ("|".join(map(re.escape, FIRST)), "|".join(map(re.escape, LAST))))
_PLACE = re.compile(r"\b(%s)\b" % "|".join(map(re.escape, sorted(PLACES, key=len, reverse=True))))
_ORG = re.compile(r"\b(%s)\b" % "|".join(re.escape(o.removeprefix("the ")) for o in ORGS))
_QUOTE_AFTER = re.compile(r"\u201c([^\u201d]+)\u201d (\w+) (?:\w+ )?((?:%s) (?:%s))" % (
    "|".join(map(re.escape, FIRST)), "|".join(map(re.escape, LAST))))
_QUOTE_BEFORE = re.compile(r"(%s) (\w+): \u201c([^\u201d]+)\u201d" % "|".join(map(re.escape, LAST)))
_MONTH = re.compile(r"\b(%s) (\d{4})\b" % "|".join(MONTHS))
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def extract(text: str, published: date | None = None) -> Extraction:
    people: dict[str, list[Mention]] = {}
    for m in _PERSON.finditer(text):
        name = m.group(0)
        people.setdefault(name, []).append(Mention(m.start(), m.end(), name))
    actors = [Actor(name, "person", tuple(ms)) for name, ms in people.items()]
    for regex, kind in ((_PLACE, "place"), (_ORG, "organization")):
        found: dict[str, list[Mention]] = {}
        for m in regex.finditer(text):
            found.setdefault(m.group(1), []).append(Mention(m.start(1), m.end(1), m.group(1)))
        actors += [Actor(name, kind, tuple(ms)) for name, ms in found.items()]
    quotes = [Quote(m.group(1), m.start(1), m.end(1), m.group(3), m.group(2)) for m in _QUOTE_AFTER.finditer(text)]
    quotes += [Quote(m.group(3), m.start(3), m.end(3), m.group(1), m.group(2)) for m in _QUOTE_BEFORE.finditer(text)]
    quotes.sort(key=lambda q: q.start)
    dates = [DateMention(m.group(0), m.start(), m.end(), "DATE", f"{m.group(2)}-{MONTHS.index(m.group(1)) + 1:02d}")
             for m in _MONTH.finditer(text)]
    dates += [DateMention(m.group(0), m.start(), m.end(), "DATE", m.group(0)) for m in _ISO.finditer(text)]
    return Extraction(tuple(actors), tuple(quotes), tuple(sorted(dates, key=lambda d: d.start)))
