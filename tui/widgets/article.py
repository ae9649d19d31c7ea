"""The article: header (title, date, source, categories) and the body with highlighted spans."""
from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content, Span
from textual.message import Message
from textual.strip import Strip
from textual.visual import Visual
from textual.widget import Widget
from textual.widgets import Static

from tui.model import Article
from tui.widgets.highlights import Highlights, build_highlights
from tui.widgets.layout import BodyLayout, Row, Rows, body_layout, wrap_rows


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
        self._highlights: Highlights = build_highlights(self.layout_, None)
        self._current: tuple[int, int] | None = None
        self._current_display: list[tuple[int, int]] = []  # its display ranges, once per change
        self._rows: Rows | None = None  # the wrapped lines at the width they were wrapped to
        self._lines: dict[int, Strip] = {}  # drawn lines, until something changes
        self._lines_width = -1

    def show(self, layout: BodyLayout) -> None:
        """A new body, with its Markdown styling and no highlights until `set_highlights`."""
        self.layout_ = layout
        self._highlights = build_highlights(layout, None)
        self._current = None
        self._current_display = []
        self._rows = None
        self._lines.clear()
        self.refresh(layout=True)

    def set_highlights(self, highlights: Highlights) -> None:
        """Show the spans of `highlights`, built (off the event loop) for the layout shown."""
        if highlights.layout is not self.layout_:
            return  # built for a body shown before this one
        self._highlights = highlights
        self._lines.clear()
        self.refresh()

    def set_current(self, span: tuple[int, int] | None) -> None:
        if span != self._current:
            self._current = span
            self._current_display = self.layout_.to_display(*span) if span is not None else []
            self._lines.clear()
            self.refresh()

    @property
    def current(self) -> tuple[int, int] | None:
        return self._current

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._lines.clear()  # theme switched: component styles resolve afresh

    def rows(self, width: int) -> Rows:
        """The body's wrapped lines at `width` (list items and quotes hang under their text)."""
        width = max(1, width)
        if self._rows is None or self._rows.width != width:
            self._rows = wrap_rows(self.layout_, width)
        return self._rows

    @property
    def wrapped(self) -> Rows | None:
        """The lines as last wrapped (None before the first layout of this body); never rewraps."""
        return self._rows

    def get_content_height(self, container, viewport, width: int) -> int:  # type: ignore[no-untyped-def]
        return len(self.rows(width))

    class Resized(Message):
        """The body was laid out at a new size: its lines may have been rewrapped."""

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.Resized())

    def render_line(self, y: int) -> Strip:
        """One wrapped line, drawn when it is on screen. Drawing the whole body at each change
        (a highlight moved) took seconds on a long article; a screenful is a few milliseconds."""
        width = self.size.width
        cached = self._lines.get(y)
        if cached is not None and self._lines_width == width:
            return cached
        if self._lines_width != width:
            self._lines.clear()
            self._lines_width = width
        rows = self.rows(width) if width > 0 else None
        if rows is None or not 0 <= y < len(rows):
            return Strip.blank(width, self.visual_style.rich_style)
        row = rows[y]
        content = Content(self.layout_.display[row.start:row.end], self._row_spans(row))
        if row.indent:
            content = _indent(row.indent) + content
        strips = Visual.to_strips(self, content, width, 1, self.visual_style)
        strip = strips[0] if strips else Strip.blank(width, self.visual_style.rich_style)
        self._lines[y] = strip
        return strip

    def _row_spans(self, row: Row) -> list[Span]:
        """The styles and highlights over one row, in the row's own offsets; the current item on top."""
        spans = [Span(a, b, style) for a, b, style in self._highlights.within(row.start, row.end)]
        for lo, hi in self._current_display:
            a, b = max(lo, row.start), min(hi, row.end)
            if a < b:
                spans.append(Span(a - row.start, b - row.start, ".body--current"))
        return spans

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
        offset = min(self.layout_.display_offset(text_offset), len(self.layout_.display))
        return self.rows(self.content_size.width).row_at(offset)


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
        self._place: _Place | None = None  # where the reader is, at the width the body was wrapped to

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
        self._place = None
        self.scroll_to(y=0, animate=False, immediate=True)

    def show(self, article: Article) -> BodyLayout:
        """Show `article`; returns the body's layout, which its highlights are to be built for."""
        self.article = article
        self.query_one("#article-title", Static).update(Content(article.title or _stem(article.path)))
        meta = [x for x in (describe_published(article), article.source, article.author and f"by {article.author}") if x]
        if article.url:
            meta.append(article.url)
        self.query_one("#article-meta", Static).update(Content("  ·  ".join(meta) or "no date"))
        cats = self.query_one("#article-categories", Static)
        cats.update(Content("  ".join(f" {c} " for c in article.categories)))
        cats.set_class(not article.categories, "-empty")
        layout = body_layout(article)
        self.body.show(layout)
        self._place = None
        self.scroll_to(y=0, animate=False, immediate=True)
        return layout

    def set_highlights(self, highlights: Highlights) -> None:
        self.body.set_highlights(highlights)

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
        y = self._body_top() + line
        height = self.scrollable_content_region.height
        top = self.scroll_y
        if not (top + 1 <= y <= top + height - 3):
            self.scroll_to(y=max(0, y - height // 3), animate=False, immediate=True)
        self._remember()

    def _body_top(self) -> int:
        """The body's first line, in this view's scroll coordinates."""
        body = self.body
        return body.virtual_region.y + body.styles.padding.top

    # -- the reading position across resizes ---------------------------------------------------
    # A new width rewraps the body: the same scroll offset then shows other text. The view keeps
    # the text offset of its top line (and whether the selected item was in view), taken at each
    # scroll; after a resize it scrolls that text back to the top and the selected item into view.

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._remember()

    def _remember(self, keep: int | None = None) -> None:
        """Note the text at the top and whether the selected item is in view. `keep`: the offset
        to keep noting, when it is still on the top line (no drift over several resizes)."""
        body = self.body
        rows = body.wrapped
        width = body.content_size.width
        if rows is None or not len(rows) or width <= 0 or rows.width != width:
            return  # not laid out yet, or laid out at a new width that a resize is to settle
        if self._place is not None and self._place.width != rows.width:
            return  # a scroll while the layout changes (Textual clamps the offset): not the reader's
        top = round(self.scroll_y)
        line = top - self._body_top()
        height = self.scrollable_content_region.height
        if line < 0 or top == 0:
            offset = 0  # the header (or the very top) is in view: it stays in view
        else:
            line = min(line, len(rows) - 1)
            offset = keep if keep is not None and rows.row_at(keep) == line else rows.starts[line]
        current = body.current
        shown = False
        if current is not None:
            at = self._body_top() + body.line_of(current[0])
            shown = top <= at < top + height
        self._place = _Place(rows.width, offset, top == 0 or line < 0, shown)

    def on_resize(self, event: events.Resize) -> None:
        self._keep_place()

    def on_article_body_resized(self, message: ArticleBody.Resized) -> None:
        message.stop()
        self._keep_place()

    def _keep_place(self) -> None:
        """After a resize: the text that was at the top back at the top, the selected item in view."""
        place = self._place
        body = self.body
        width = body.content_size.width
        if place is None or width <= 0:
            return
        rows = body.rows(width)  # wrapped already by the layout: a look-up
        if not len(rows):
            return
        if rows.width != place.width:
            self._place = None  # (so that the scroll below is noted at the new width)
            y = 0 if place.at_top else self._body_top() + rows.row_at(place.offset)
            self.scroll_to(y=y, animate=False, immediate=True)
        current = body.current
        if place.current_shown and current is not None:
            y = self._body_top() + body.line_of(current[0])
            height = self.scrollable_content_region.height
            top = self.scroll_y
            if not top <= y < top + height:
                self.scroll_to(y=max(0, y - height // 3), animate=False, immediate=True)
        self._remember(keep=None if place.at_top else place.offset)


@dataclass(frozen=True, slots=True)
class _Place:
    """Where the reader is in the body wrapped at `width`: the display offset on the top line."""

    width: int
    offset: int
    at_top: bool  # the header or the article's first line in view
    current_shown: bool  # the selected item (quote, date, mention) in view


def _stem(path: str) -> str:
    from pathlib import Path

    return Path(path).stem
