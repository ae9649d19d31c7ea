"""Saved web pages: title, publication date from meta tags / JSON-LD / <time>, main text."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

from tui.extract.boilerplate import is_boilerplate_line
from tui.library.dates import parse_date

_SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button", "template", "iframe", "select"}
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
          "blockquote", "pre", "tr", "table", "br", "hr", "figure", "figcaption", "dd", "dt", "dl"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date",
              "dc.date.issued", "og:published_time", "sailthru.date", "publication_date", "parsely-pub-date")
_WS = re.compile(r"[ \t\r\f\v\u00a0]+")


@dataclass(frozen=True, slots=True)
class ParsedHtml:
    title: str | None
    published: date | None
    text: str
    url: str | None = None
    source: str | None = None
    author: str | None = None


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.h1: list[str] = []
        self.jsonld: list[str] = []
        self.times: list[str] = []
        self.stack: list[str] = []
        self.skip_depth = 0
        self.in_title = False
        self.in_h1 = False
        self.in_jsonld = False
        # Text outside and inside <article>/<main>, as blocks.
        self.all_blocks: list[list[str]] = [[]]
        self.main_blocks: list[list[str]] = [[]]
        self.main_depth = 0

    def _break(self) -> None:
        for blocks in (self.all_blocks, self.main_blocks):
            if blocks[-1]:
                blocks.append([])

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and "content" in a:
                self.meta.setdefault(key, a["content"])
            return
        if tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        if tag == "script" and "ld+json" in a.get("type", ""):
            self.in_jsonld = True
        if tag in _VOID:
            if tag in _BLOCK:
                self._break()
            return
        self.stack.append(tag)
        if tag in _SKIP:
            self.skip_depth += 1
        if tag in ("article", "main"):
            self.main_depth += 1
        if tag == "title":
            self.in_title = True
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or tag not in self.stack:
            return
        while self.stack:
            t = self.stack.pop()
            if t in _SKIP:
                self.skip_depth -= 1
            if t in ("article", "main"):
                self.main_depth -= 1
            if t == "title":
                self.in_title = False
            if t == "h1":
                self.in_h1 = False
            if t == "script":
                self.in_jsonld = False
            if t in _BLOCK:
                self._break()
            if t == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.in_jsonld:
            self.jsonld.append(data)
            return
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1.append(data)
        self.all_blocks[-1].append(data)
        if self.main_depth:
            self.main_blocks[-1].append(data)


def _jsonld_value(chunks: list[str], key: str) -> str | None:
    def walk(obj: object) -> str | None:
        if isinstance(obj, dict):
            if isinstance(obj.get(key), str):
                return obj[key]
            for v in obj.values():
                if (found := walk(v)) is not None:
                    return found
        elif isinstance(obj, list):
            for v in obj:
                if (found := walk(v)) is not None:
                    return found
        return None

    for chunk in chunks:
        try:
            if (found := walk(json.loads(chunk))) is not None:
                return found
        except ValueError:
            continue
    return None


def _blocks_to_text(blocks: list[list[str]]) -> str:
    out: list[str] = []
    for parts in blocks:
        text = _WS.sub(" ", "".join(parts)).strip()
        text = re.sub(r"\s*\n\s*", " ", text)
        if text and not is_boilerplate_line(text):
            out.append(text)
    return "\n\n".join(out)


def parse_html(source: str) -> ParsedHtml:
    c = _Collector()
    c.feed(source)
    c.close()
    title = (c.meta.get("og:title") or _WS.sub(" ", "".join(c.title_parts)).strip()
             or _WS.sub(" ", "".join(c.h1)).strip() or None)
    published = None
    candidates = [c.meta.get(k) for k in _DATE_META] + [_jsonld_value(c.jsonld, "datePublished")] + c.times
    for value in candidates:
        if value and (published := parse_date(value)):
            break
    main_text = _blocks_to_text(c.main_blocks)
    text = main_text if len(main_text) > 200 else _blocks_to_text(c.all_blocks)
    return ParsedHtml(
        title=title,
        published=published,
        text=text,
        url=c.meta.get("og:url") or None,
        source=c.meta.get("og:site_name") or None,
        author=c.meta.get("author") or c.meta.get("article:author") or None,
    )
