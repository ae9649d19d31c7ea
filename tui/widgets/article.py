"""The article: header (title, date, source, categories) and the body with highlighted spans."""
from __future__ import annotations

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
from tui.widgets.layout import BodyLayout, body_layout

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
        self._line_cache: tuple[int, list[int]] | None = None

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
            self._line_cache = None
            self.refresh(layout=True)
        else:
            self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._content = None  # theme switched: component styles resolve afresh

    def render(self) -> Content:
        if self._content is None:
            layout = self.layout_
            spans = [Span(lo, hi, style) for lo, hi, style in layout.styles]
            spans.extend(self._highlights)
            if self._current is not None:
                for lo, hi in layout.to_display(*self._current):
                    spans.append(Span(lo, hi, ".body--current"))
            self._content = Content(layout.display, spans)
        return self._content

    class Clicked(Message):
        """The user clicked the body at `offset` (an `Article.text` offset)."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    def offset_at(self, x: int, y: int) -> int | None:
        """The display offset under content cell (x, y) at the current width, or None."""
        width = max(1, self.content_size.width)
        display = self.layout_.display
        row = 0
        pos = 0
        for line in display.split("\n"):
            wrapped = Content(line).wrap(width) if line else [Content("")]
            if y < row + len(wrapped):
                start = pos
                for i, piece in enumerate(wrapped):
                    if row + i == y:
                        return start + x if x < len(piece.plain) else None
                    start += len(piece.plain)
                    while start < pos + len(line) and display[start] == " ":
                        start += 1
                return None
            row += len(wrapped)
            pos += len(line) + 1
        return None

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
        width = max(1, self.content_size.width)
        display = self.layout_.display
        if self._line_cache is None or self._line_cache[0] != width:
            starts: list[int] = []  # wrapped lines before each logical line
            total = 0
            for line in display.split("\n"):
                starts.append(total)
                total += max(1, len(Content(line).wrap(width))) if line else 1
            self._line_cache = (width, starts)
        starts = self._line_cache[1]
        offset = min(self.layout_.display_offset(text_offset), len(display))
        logical = display.count("\n", 0, offset)
        line_start = display.rfind("\n", 0, offset) + 1
        prefix = display[line_start : offset + 1]
        within = max(1, len(Content(prefix).wrap(width))) - 1 if prefix else 0
        return starts[min(logical, len(starts) - 1)] + within


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
