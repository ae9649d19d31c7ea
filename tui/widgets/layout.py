"""Article text -> what the body shows, with a map from `Article.text` offsets to display offsets.

Extraction spans index `Article.text`. The display differs from it (paragraph gaps, list bullets,
table rows), so rendering keeps a list of runs: `text[t:t+n]` is shown at `display[d:d+n]`,
character for character. Highlights map through the runs and stay exact to the spans.

List items and quoted blocks hang: `wrap_rows` wraps their lines under the text after the bullet
("• ", "2. ", "▎ "), drawing the indent itself (it is not in `display`, so offsets stay as they are).

`.txt`/`.html`: paragraphs as in the text. `.md`: rendered from markdown-it-py's token stream
(headings, emphasis, lists, quotes, code, tables), block for block as `tui.library.markdown`
builds `text`; should the two ever disagree the plain text is shown instead, so spans stay true.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from rich.cells import cell_len

from tui.model import Article

_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")


# A run: text[text_start:text_start + length] is shown at display[display_start:...]. A plain
# tuple, not a dataclass: a transcript has 50,000 runs, and the garbage collector leaves tuples of
# ints alone, while it walks every dataclass instance on each full pass (100 ms on the event loop
# with an article's extraction in memory).
Run = tuple[int, int, int]  # (text_start, display_start, length)


@dataclass(frozen=True, slots=True)
class BodyLayout:
    display: str
    runs: tuple[Run, ...]  # sorted by text_start (and display_start)
    styles: tuple[tuple[int, int, str], ...] = ()  # display spans of Markdown styling
    # (display start, display end, indent): a block whose wrapped lines hang under `indent`
    hangs: tuple[tuple[int, int, str], ...] = ()
    # the runs' starts, for bisection (an article of 50,000 quotes maps 50,000 spans)
    text_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    display_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text_starts", tuple(r[0] for r in self.runs))
        object.__setattr__(self, "display_starts", tuple(r[1] for r in self.runs))

    def to_display(self, start: int, end: int) -> list[tuple[int, int]]:
        """The display ranges showing `text[start:end]` (one per run it crosses)."""
        out: list[tuple[int, int]] = []
        runs = self.runs
        for i in range(max(0, bisect.bisect_right(self.text_starts, start) - 1), len(runs)):
            text_start, display_start, length = runs[i]
            if text_start >= end:
                break
            lo = max(start, text_start)
            hi = min(end, text_start + length)
            if lo < hi:
                out.append((display_start + lo - text_start, display_start + hi - text_start))
        return out

    def text_offset(self, display: int) -> int | None:
        """The text offset shown at display offset `display` (None on gaps, bullets and the like)."""
        i = bisect.bisect_right(self.display_starts, display) - 1
        if i >= 0:
            text_start, display_start, length = self.runs[i]
            if display < display_start + length:
                return text_start + display - display_start
        return None

    def display_offset(self, start: int) -> int:
        """Where text offset `start` shows (the nearest shown character at or after it)."""
        i = max(0, bisect.bisect_right(self.text_starts, start) - 1)
        for text_start, display_start, length in self.runs[i:i + 2]:
            if start < text_start + length:
                return display_start + max(0, start - text_start)
        return len(self.display)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.runs: list[Run] = []
        self.styles: list[tuple[int, int, str]] = []
        self.hangs: list[tuple[int, int, str]] = []

    def add(self, s: str, style: str | None = None) -> None:
        if not s:
            return
        for name in (style or "").split():  # one style a span (Content resolves ".class" names singly)
            self.styles.append((self.length, self.length + len(s), name))
        self.parts.append(s)
        self.length += len(s)

    def add_text(self, s: str, text_start: int, style: str | None = None) -> None:
        if s:
            self.runs.append((text_start, self.length, len(s)))
        self.add(s, style)

    def build(self) -> BodyLayout:
        return BodyLayout("".join(self.parts), tuple(self.runs), tuple(self.styles), tuple(self.hangs))


@dataclass(frozen=True, slots=True)
class Row:
    """One wrapped line of the body: `display[start:end]` after `indent` (drawn, not in `display`)."""

    start: int
    end: int
    indent: str = ""


@dataclass(frozen=True, slots=True)
class Rows:
    """The body's wrapped lines at one width: row `y` shows `display[starts[y]:ends[y]]` after
    `indents.get(y, "")`. Kept as columns of ints, not a `Row` each: a 4 MB transcript wraps to
    100,000 rows at every width the body takes (a scrollbar appearing is a new width)."""

    width: int
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    indents: Mapping[int, str]  # only the rows that hang

    def __len__(self) -> int:
        return len(self.starts)

    def __getitem__(self, y: int) -> Row:
        return Row(self.starts[y], self.ends[y], self.indents.get(y, ""))

    def row_at(self, display_offset: int) -> int:
        """The row showing display offset `display_offset` (the row before, on a dropped break)."""
        return max(0, bisect.bisect_right(self.starts, display_offset) - 1)


MIN_HANG_WIDTH = 12  # narrower than this after the indent, a block wraps without hanging


def _wrap_span(display: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """`display[start:end]` (no newline) wrapped to `width`, as display ranges (spaces at breaks dropped)."""
    if start == end:
        return [(start, start)]
    text = display[start:end]
    if end - start <= width and cell_len(text) <= width:
        return [(start, end)]  # fits: most lines of prose at a wide terminal, and no wrapper needed
    width = max(1, width)
    if _PRINTABLE_ASCII.fullmatch(text):
        lines = _wrap_ascii(text, width)  # a transcript of 50,000 lines rewraps at each resize
    else:
        from textual.content import Content

        lines = [piece.plain for piece in Content(text).wrap(width)]
    out: list[tuple[int, int]] = []
    cursor = start
    for plain in lines:
        at = cursor
        while at < end and not display.startswith(plain, at) and display[at].isspace():
            at += 1
        if not display.startswith(plain, at):
            at = cursor  # the wrapper changed the text (it should not): keep the count
        out.append((at, min(end, at + len(plain))))
        cursor = at + len(plain)
    return out or [(start, start)]


_PRINTABLE_ASCII = re.compile(r"[ -~]*")  # a cell a character: no tabs, controls or wide characters
_WORD = re.compile(r"\s*\S+\s*")  # a word with the spaces around it, as rich's wrapper reads them
_NON_SPACE = re.compile(r"[^ ]")


def _wrap_ascii(text: str, width: int) -> list[str]:
    """The lines `Content(text).wrap(width)` gives for printable ASCII, a line at a time instead of
    a `Content` per line and a step per word (a transcript of 50,000 lines rewraps at each resize):
    a line takes the words that end within `width` of its start. A word longer than a line, or
    spaces before the first word, go to `_wrap_words`, which follows rich's rule word by word.
    tests/test_article_widget.py holds both to Textual's output."""
    if text[:1] == " ":
        return _wrap_words(text, width)
    lines: list[str] = []
    start = 0
    while True:
        limit = start + width
        if len(text) <= limit:
            lines.append(text[start:])
            return lines
        if text[limit] == " ":  # the words before `limit` fit; the line breaks before the next word
            word = _NON_SPACE.search(text, limit)
            if word is None:
                lines.append(text[start:limit])
                return lines
            lines.append(text[start:word.start()].rstrip())
            start = word.start()
            continue
        at = text.rfind(" ", start, limit) + 1  # the start of the word across `limit`
        if at <= start:
            return _wrap_words(text, width)  # longer than a line: folded
        lines.append(text[start:at].rstrip())
        start = at


def _wrap_words(text: str, width: int) -> list[str]:
    """`_wrap_ascii` word by word: rich's `divide_line` breaks (a word longer than a line folded
    at `width`, its trailing spaces with it), every line but the last right-stripped, all cut to `width`."""
    breaks: list[int] = []
    used = 0  # cells on the line so far
    for m in _WORD.finditer(text):
        start, end = m.span()
        length = len(m.group().rstrip())
        if width - used >= length:
            used += end - start
        elif length > width:  # longer than a line: folded, a piece a line
            piece = start
            for piece in range(start, end, width):
                if piece:
                    breaks.append(piece)
            used = end - piece
        elif used and start:
            breaks.append(start)
            used = end - start
    bounds = [0, *breaks, len(text)]
    lines = [text[a:b].rstrip()[:width] for a, b in zip(bounds, bounds[1:-1])]
    lines.append(text[bounds[-2]:][:width])
    return lines


def wrap_rows(layout: BodyLayout, width: int) -> Rows:
    """The body's lines at `width`, list items and quotes hanging under their text.

    Runs on the event loop whenever the width changes, so the usual line (no hang, fits the width)
    costs a length check and two appends; only the others go through the wrapper."""
    display = layout.display
    hangs = sorted(layout.hangs)
    starts: list[int] = []
    ends: list[int] = []
    indents: dict[int, str] = {}
    h = -1  # the last hang starting at or before the line (lines come in order)
    pos = 0
    for line in display.split("\n"):
        n = len(line)
        end = pos + n
        while h + 1 < len(hangs) and hangs[h + 1][0] <= pos:
            h += 1
        hang = hangs[h] if h >= 0 and pos < max(hangs[h][1], hangs[h][0] + 1) else None
        indent = hang[2] if hang else ""
        if not indent or width - len(indent) < MIN_HANG_WIDTH:
            if n <= width and (line.isascii() or cell_len(line) <= width):
                starts.append(pos)
                ends.append(end)
            else:
                for a, b in _wrap_span(display, pos, end, width):
                    starts.append(a)
                    ends.append(b)
        else:
            pieces: list[tuple[int, int]]
            if pos == hang[0]:  # the block's first line: its own bullet, then the text wraps under itself
                text_start = min(end, pos + len(indent))
                pieces = _wrap_span(display, text_start, end, width - len(indent))
                starts.append(pos)
                ends.append(pieces[0][1])
                pieces = pieces[1:]
            else:  # a line break inside the block: the same indent
                pieces = _wrap_span(display, pos, end, width - len(indent))
            for a, b in pieces:
                indents[len(starts)] = indent
                starts.append(a)
                ends.append(b)
        pos = end + 1
    return Rows(width, tuple(starts), tuple(ends), indents)


def plain_layout(text: str) -> BodyLayout:
    """Paragraphs as in the text: blank lines separate them; without any, one paragraph a line.

    Runs on the event loop when an article opens, so it writes the parts and runs directly (a
    transcript has 50,000 paragraphs)."""
    if _BLANK_LINE.search(text):
        bounds = []
        pos = 0
        for m in _BLANK_LINE.finditer(text):
            bounds.append((pos, m.start()))
            pos = m.end()
        bounds.append((pos, len(text)))
    else:
        bounds = []
        pos = 0
        for line in text.split("\n"):
            bounds.append((pos, pos + len(line)))
            pos += len(line) + 1
    parts: list[str] = []
    runs: list[Run] = []
    length = 0
    for lo, hi in bounds:
        para = text[lo:hi]
        stripped = para.strip()
        if not stripped:
            continue
        if parts:
            parts.append("\n\n")
            length += 2
        runs.append((lo + len(para) - len(para.lstrip()), length, len(stripped)))
        parts.append(stripped)
        length += len(stripped)
    return BodyLayout("".join(parts), tuple(runs))


@lru_cache(maxsize=1)
def _parser():  # type: ignore[no-untyped-def]
    from markdown_it import MarkdownIt

    # The same dialect as tui.library.markdown, so blocks line up with Article.text.
    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


_INLINE_STYLES = {
    "strong_open": "bold",
    "em_open": "italic",
    "s_open": "strike",
    "link_open": ".body--link",
}


def _inline_pieces(tok) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    """An inline token's text pieces with their styles (the text that `Article.text` keeps)."""
    pieces: list[tuple[str, str | None]] = []
    stack: list[str] = []
    for child in tok.children or []:
        ct = child.type
        if ct in _INLINE_STYLES:
            stack.append(_INLINE_STYLES[ct])
        elif ct.endswith("_close") and ct[:-6] + "_open" in _INLINE_STYLES:
            if stack:
                stack.pop()
        elif ct == "text":
            pieces.append((child.content, " ".join(stack) or None))
        elif ct == "code_inline":
            pieces.append((child.content, ".body--code"))
        elif ct in ("softbreak", "hardbreak"):
            pieces.append(("\n", None))
        elif ct == "image":
            pieces.append((child.content, "italic"))
    return pieces


def _table_widths(tokens) -> list[list[int]]:  # type: ignore[no-untyped-def]
    """Per table (in order), the width of each column: the longest cell text in it."""
    tables: list[list[int]] = []
    col = -1
    in_cell = False
    for tok in tokens:
        t = tok.type
        if t == "table_open":
            tables.append([])
        elif t == "tr_open":
            col = -1
        elif t in ("th_open", "td_open"):
            col += 1
            in_cell = True
            widths = tables[-1]
            while len(widths) <= col:
                widths.append(0)
        elif t in ("th_close", "td_close"):
            in_cell = False
        elif t == "inline" and in_cell and tables:
            cell = "".join(p for p, _ in _inline_pieces(tok)).strip()
            tables[-1][col] = max(tables[-1][col], len(cell))
    return tables


def markdown_layout(source: str, text: str) -> BodyLayout:
    """Render Markdown block by block; falls back to `plain_layout(text)` if blocks disagree."""
    b = _Builder()
    blocks: list[str] = []
    text_pos = 0
    prev_kind: str | None = None  # "item", "cell" or "block" for the block shown last
    list_stack: list[list] = []  # [kind, next number]
    heading: str | None = None
    quote_depth = 0
    cell_index = 0
    header_cell = False
    in_cell = False
    item_fresh = False
    tokens = _parser().parse(source)
    tables = _table_widths(tokens)
    table_i = -1
    widths: list[int] = []
    col = -1  # the column of the cell being read (counting empty cells)
    row_len = 0  # display columns used on the current table row
    last_col = 0  # the column of the last cell shown on the row

    for tok in tokens:
        t = tok.type
        if t == "heading_open":
            heading = tok.tag
        elif t == "heading_close":
            heading = None
        elif t in ("bullet_list_open", "ordered_list_open"):
            number = int(tok.attrGet("start") or 1) if t == "ordered_list_open" else 0
            if not list_stack and prev_kind == "item":
                prev_kind = "block"  # a new list: a blank line before it
            list_stack.append(["ol" if t == "ordered_list_open" else "ul", number])
        elif t in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
        elif t == "list_item_open":
            item_fresh = True
        elif t == "blockquote_open":
            quote_depth += 1
        elif t == "blockquote_close":
            quote_depth -= 1
        elif t == "table_open":
            table_i += 1
            widths = tables[table_i] if table_i < len(tables) else []
        elif t == "thead_close" and prev_kind == "cell" and widths:
            b.add("\n" + "─┼─".join("─" * w for w in widths), "dim")  # the rule under the header
        elif t == "tr_open":
            cell_index = 0
            col = -1
        elif t in ("th_open", "td_open"):
            header_cell, in_cell = t == "th_open", True
            col += 1
        elif t in ("th_close", "td_close"):
            in_cell = False
        elif t == "inline":
            pieces = _inline_pieces(tok)
            joined = "".join(p for p, _ in pieces)
            stripped = joined.strip()
            if not stripped:
                continue
            if in_cell:
                kind = "cell"
                # cells line up in columns: padded to the column's width (empty cells keep their place)
                start = sum(widths[:col]) + 3 * col if col < len(widths) else row_len + 3
                if cell_index:
                    end = sum(widths[: last_col + 1]) + 3 * last_col if last_col < len(widths) else row_len
                    parts = [" " * max(0, end - row_len)]  # the last cell padded to its column's width
                    parts.extend(" │ " + " " * (widths[k] if k < len(widths) else 0) for k in range(last_col + 1, col))
                    parts.append(" │ ")
                    sep = "".join(parts)
                else:
                    sep = "\n" if prev_kind == "cell" else "\n\n"
                    if col:
                        sep += " │ ".join(" " * w for w in widths[:col]) + " │ "
                row_len = start + len(stripped)
                last_col = col
                cell_index += 1
            elif list_stack and item_fresh:
                kind = "item"
                sep = "\n" if prev_kind == "item" else "\n\n"
            else:
                kind = "block"
                sep = "\n\n"
            if prev_kind is not None:
                b.add(sep)
            prev_kind = kind
            line_start = b.length
            prefix = "▎ " * quote_depth
            if quote_depth:
                b.add(prefix, ".body--blockquote")
            if kind == "item":
                marker, number = list_stack[-1]
                indent = "  " * (len(list_stack) - 1)
                if marker == "ol":
                    bullet = f"{indent}{number}. "
                    list_stack[-1][1] = number + 1
                else:
                    bullet = f"{indent}• "
                b.add(bullet, ".body--bullet")
                prefix += bullet
                item_fresh = False
            elif list_stack:
                b.add("  " * len(list_stack))
                prefix += "  " * len(list_stack)
            block_style = f".body--{heading}" if heading else (".body--th" if in_cell and header_cell else None)
            skip = len(joined) - len(joined.lstrip())
            remaining = len(stripped)
            offset = text_pos
            for piece, style in pieces:
                if skip:
                    cut = min(skip, len(piece))
                    piece, skip = piece[cut:], skip - cut
                if not piece or remaining <= 0:
                    continue
                piece = piece[:remaining]
                styles = " ".join(x for x in (block_style, style) if x) or None
                b.add_text(piece, offset, styles)
                offset += len(piece)
                remaining -= len(piece)
            if prefix:  # wrapped lines hang under the text (quote bars repeat; bullets do not)
                b.hangs.append((line_start, b.length, "".join(c if c == "▎" else " " for c in prefix)))
            blocks.append(stripped)
            text_pos += len(stripped) + 2
        elif t in ("fence", "code_block"):
            code = tok.content.strip("\n")
            if not code.strip():
                continue
            if prev_kind is not None:
                b.add("\n\n")
            prev_kind = "block"
            b.add_text(code, text_pos, ".body--codeblock")
            blocks.append(code)
            text_pos += len(code) + 2
    layout = b.build()
    if "\n\n".join(blocks) != text:
        return plain_layout(text)
    return layout


def body_layout(article: Article) -> BodyLayout:
    if article.format == "md" and article.markdown is not None:
        layout = markdown_layout(article.markdown, article.text)
        head = layout.display.split("\n", 1)[0]
        title = (article.title or "").strip()
        if title and head.strip() == title and layout.display.startswith("\n\n", len(head)):
            # the '# Title' the view already shows above the body: not twice
            return _drop_head(layout, len(head) + 2)
        return layout
    return plain_layout(article.text)


def _drop_head(layout: BodyLayout, k: int) -> BodyLayout:
    """`layout` without its first `k` display characters (spans there are no longer shown)."""
    runs: list[Run] = []
    for text_start, display_start, length in layout.runs:
        if display_start + length <= k:
            continue
        cut = max(0, k - display_start)
        runs.append((text_start + cut, display_start + cut - k, length - cut))
    styles = tuple((max(a, k) - k, b - k, st) for a, b, st in layout.styles if b > k)
    hangs = tuple((max(a, k) - k, b - k, ind) for a, b, ind in layout.hangs if b > k)
    return BodyLayout(layout.display[k:], tuple(runs), styles, hangs)
