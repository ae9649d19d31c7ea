"""The article: header (title, date, source, categories) and the body with highlighted spans."""
from __future__ import annotations

import bisect
from collections.abc import Iterable

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from tui.model import Article, Extraction
from tui.widgets.layout import BodyLayout, Row, body_layout, wrap_rows

# Highlight kinds, drawn in this order (later ones on top): quotes under actors and dates.
HIGHLIGHT_KINDS = ("quote", "actor", "date")


def describe_published(article: Article) -> str | None:
    d = article.published
    return None if d is None else f"{d:%A}, {d.day} {d:%B %Y}"


class ArticleBody(Widget):
    """The body text; highlights are `Content` spans styled by the component classes below."""

    COMPONENT_CLASSES = {
        "body--actor",
        "body--quote",
        "body--date",
        "body--current",
        "body--h1",
        "body--h2",
        "body--h3",
        "body--h4",
        "body--h5",
        "body--h6",
        "body--link",
        "body--code",
        "body--codeblock",
        "body--bullet",
        "body--blockquote",
        "body--th",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.layout_: BodyLayout = BodyLayout("", ())
        self._highlights: tuple[Span, ...] = ()
        self._current: tuple[int, int] | None = None
        self._content: Content | None = None
        self._rows: tuple[int, list[Row]] | None = None  # (width, wrapped lines)
        self._row_starts: list[int] = []
        self._content_width = -1

    def show(self, layout: BodyLayout) -> None:
        self.layout_ = layout
        self._highlights = ()
        self._current = None
        self._invalidate(layout_changed=True)

    def set_extraction(self, extraction: Extraction | None) -> None:
        spans: list[Span] = []
        if extraction is not None:
            groups: dict[str, Iterable[tuple[int, int]]] = {
                "quote": ((q.start, q.end) for q in extraction.quotes),
                "actor": ((m.start, m.end) for a in extraction.actors for m in a.mentions),
                "date": ((d.start, d.end) for d in extraction.dates),
            }
            for kind in HIGHLIGHT_KINDS:
                for start, end in groups[kind]:
                    for lo, hi in self.layout_.to_display(start, end):
                        spans.append(Span(lo, hi, f".body--{kind}"))
        self._highlights = tuple(spans)
        self._invalidate()

    def set_current(self, span: tuple[int, int] | None) -> None:
        if span != self._current:
            self._current = span
            self._invalidate()

    @property
    def current(self) -> tuple[int, int] | None:
        return self._current

    def _invalidate(self, layout_changed: bool = False) -> None:
        self._content = None
        if layout_changed:
            self._rows = None
            self.refresh(layout=True)
        else:
            self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._content = None  # theme switched: component styles resolve afresh

    def rows(self, width: int) -> list[Row]:
        """The body's wrapped lines at `width` (list items and quotes hang under their text)."""
        width = max(1, width)
        if self._rows is None or self._rows[0] != width:
            rows = wrap_rows(self.layout_, width)
            self._rows = (width, rows)
            self._row_starts = [r.start for r in rows]
        return self._rows[1]

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return len(self.rows(width))

    def render(self) -> Content:
        width = self.content_size.width
        if self._content is None or self._content_width != width:
            layout = self.layout_
            spans = [Span(lo, hi, style) for lo, hi, style in layout.styles]
            spans.extend(self._highlights)
            if self._current is not None:
                for lo, hi in layout.to_display(*self._current):
                    spans.append(Span(lo, hi, ".body--current"))
            whole = Content(layout.display, spans)
            if width <= 0:
                self._content = whole
            else:
                # Pre-wrapped, line by line: each fits the width, so nothing wraps it again.
                rows = self.rows(width)
                cuts = sorted({x for r in rows for x in (r.start, r.end)})
                pieces = dict(zip(cuts, whole.divide(cuts)[1:]))  # the piece starting at each cut
                lines: list[Content] = []
                for r in rows:
                    line = pieces[r.start] if r.end > r.start else Content("")
                    if r.indent:
                        line = _indent(r.indent) + line
                    lines.append(line)
                self._content = Content("\n").join(lines)
            self._content_width = width
        return self._content

    class Clicked(Message):
        """The user clicked the body at `offset` (an `Article.text` offset)."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def offset_at(self, x: int, y: int) -> int | None:
        """The display offset under content cell (x, y) at the current width, or None."""
        rows = self.rows(self.content_size.width)
        if not 0 <= y < len(rows):
            return None
        row = rows[y]
        x -= len(row.indent)
        return row.start + x if 0 <= x < row.end - row.start else None

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        shown = self.offset_at(offset.x, offset.y)
        text = self.layout_.text_offset(shown) if shown is not None else None
        if text is not None:
            self.post_message(self.Clicked(text))

    def line_of(self, text_offset: int) -> int:
        """The wrapped line (from the body's top) showing `text_offset` at the current width."""
        self.rows(self.content_size.width)
        offset = min(self.layout_.display_offset(text_offset), len(self.layout_.display))
        return max(0, bisect.bisect_right(self._row_starts, offset) - 1)


def _indent(indent: str) -> Content:
    """A hanging indent: spaces, and the quote bars of a quoted block."""
    spans = [Span(i, i + 1, ".body--blockquote") for i, c in enumerate(indent) if c == "▎"]
    return Content(indent, spans)


class ArticleView(VerticalScroll, can_focus=True):
    """Scrolls the article; `reveal` brings a text span into view."""

    BINDINGS = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="article.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="article.up"),
        Binding("g", "scroll_home", "Top", show=False, id="article.top"),
        Binding("G", "scroll_end", "Bottom", show=False, id="article.bottom"),
        Binding("space", "page_down", "Page down", show=False, id="article.page-down"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.article: Article | None = None

    def compose(self) -> ComposeResult:
        yield Static("", id="article-title")
        yield Static("", id="article-meta")
        yield Static("", id="article-categories")
        yield ArticleBody(id="article-body")

    @property
    def body(self) -> ArticleBody:
        return self.query_one(ArticleBody)

    def show_message(self, title: str, message: str = "") -> None:
        self.article = None
        self.query_one("#article-title", Static).update(Content(title))
        self.query_one("#article-meta", Static).update(Content(message))
        self.query_one("#article-categories", Static).update("")
        self.body.show(BodyLayout("", ()))
        self.scroll_to(y=0, animate=False, immediate=True)

    def show(self, article: Article) -> None:
        self.article = article
        self.query_one("#article-title", Static).update(Content(article.title or _stem(article.path)))
        meta = [x for x in (describe_published(article), article.source, article.author and f"by {article.author}") if x]
        if article.url:
            meta.append(article.url)
        self.query_one("#article-meta", Static).update(Content("  ·  ".join(meta) or "no date"))
        cats = self.query_one("#article-categories", Static)
        cats.update(Content("  ".join(f" {c} " for c in article.categories)))
        cats.set_class(not article.categories, "-empty")
        self.body.show(body_layout(article))
        self.scroll_to(y=0, animate=False, immediate=True)

    def set_extraction(self, extraction: Extraction | None) -> None:
        self.body.set_extraction(extraction)

    def reveal(self, span: tuple[int, int] | None) -> None:
        """Highlight `span` (text offsets) strongly and scroll it into view, a third from the top."""
        self.body.set_current(span)
        if span is None:
            return
        self._scroll_to_span(span)
        # Again once laid out: a body shown this very moment has no size yet.
        self.call_after_refresh(self._scroll_to_span, span)

    def _scroll_to_span(self, span: tuple[int, int]) -> None:
        body = self.body
        if body.current != span:
            return  # another item was selected meanwhile
        line = body.line_of(span[0])
        y = body.virtual_region.y + body.styles.padding.top + line
        height = self.scrollable_content_region.height
        top = self.scroll_y
        if not (top + 1 <= y <= top + height - 3):
            self.scroll_to(y=max(0, y - height // 3), animate=False, immediate=True)


def _stem(path: str) -> str:
    from pathlib import Path

    return Path(path).stem
