"""The library pane: a filter box, the articles (newest first) and the files that were skipped."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Input, ProgressBar, Static

from tui.model import Article
from tui.plural import plural

if TYPE_CHECKING:
    from tui.library.scan import Skipped


def sort_articles(articles: Sequence[Article]) -> list[Article]:
    """Newest first; undated articles last; then by title."""
    return sorted(articles, key=lambda a: (-(a.published or date.min).toordinal(), (a.title or a.path).lower()))


def matches(article: Article, words: Sequence[str]) -> bool:
    hay = f"{article.title or ''} {Path(article.path).name} {' '.join(article.categories)}".lower()
    return all(w in hay for w in words)


class ArticleList(ScrollView, can_focus=True):
    """The article list, two lines a row, drawn line by line (only what is visible), so a library of
    100k articles lists, filters and updates its counts without delay. `up` on the first row moves to
    the filter box above, `down` on the last to the skipped files below; a click or Enter opens the row."""

    COMPONENT_CLASSES = {"article-list--cursor", "article-list--current"}
    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False, id="library.up"),
        Binding("down", "cursor(1)", "Down", show=False, id="library.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="library.page-up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="library.page-down"),
        Binding("home", "jump(0)", "First", show=False, id="library.first"),
        Binding("end", "jump(-1)", "Last", show=False, id="library.last"),
        Binding("enter", "choose", "Open", show=False, id="library.open"),
    ]
    ROW_HEIGHT = 2

    class LeaveTop(Message):
        pass

    class LeaveBottom(Message):
        pass

    class Chosen(Message):
        def __init__(self, path: str) -> None:
            super().__init__()
            self.path = path

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[Article] = []
        self.counts: dict[str, int] = {}
        self.cursor_row = 0
        self.current_path: str | None = None
        self.empty_message = ""  # shown when there are no rows (a filter that matches nothing)
        self._index: dict[str, int] = {}

    # -- data ------------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Article]) -> None:
        self.rows = list(rows)
        self._index = {a.path: i for i, a in enumerate(self.rows)}
        self.cursor_row = min(self.cursor_row, max(0, len(self.rows) - 1))
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows) * self.ROW_HEIGHT)
        self.refresh()

    def row_of(self, path: str) -> int | None:
        return self._index.get(path)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    def refresh_row(self, row: int) -> None:
        y = row * self.ROW_HEIGHT - self.scroll_offset.y
        self.refresh(Region(0, y, self.size.width, self.ROW_HEIGHT))

    def move_cursor(self, row: int, scroll: bool = True) -> None:
        if not self.rows:
            return
        row = max(0, min(row, len(self.rows) - 1))
        old, self.cursor_row = self.cursor_row, row
        self.refresh_row(old)
        self.refresh_row(row)
        if scroll:
            self.scroll_to_region(Region(0, row * self.ROW_HEIGHT, 1, self.ROW_HEIGHT), animate=False,
                                  immediate=True)

    # -- drawing ---------------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        absolute = y + self.scroll_offset.y
        row, part = divmod(absolute, self.ROW_HEIGHT)
        if row >= len(self.rows):
            if not self.rows and absolute == 0 and self.empty_message:
                text = Text(" " + self.empty_message, style="dim italic", no_wrap=True, overflow="ellipsis", end="")
                text.truncate(width - 1, overflow="ellipsis")
                return Strip(list(text.render(self.app.console))).apply_style(base).crop_extend(0, width, base)
            return Strip.blank(width, base)
        article = self.rows[row]
        if part == 0:
            title = article.title or Path(article.path).stem
            text = Text(" " + title, style="bold", no_wrap=True, overflow="ellipsis", end="")
        else:
            count = self.counts.get(article.path)
            day = article.published.isoformat() if article.published else "undated"
            quotes = "– quotes" if count is None else plural(count, "quote")
            text = Text(f" {day} · {quotes}", style="dim", no_wrap=True, overflow="ellipsis", end="")
        style = base
        if article.path == self.current_path:
            style = style + self.get_component_rich_style("article-list--current", partial=True)
        if row == self.cursor_row:
            style = style + self.get_component_rich_style("article-list--cursor")
        text.truncate(width - 1, overflow="ellipsis")
        segments = list(text.render(self.app.console))
        strip = Strip(segments).apply_style(style).crop_extend(0, width, style)
        return strip.apply_offsets(0, absolute)

    def on_resize(self) -> None:
        self.virtual_size = Size(self.scrollable_content_region.width, len(self.rows) * self.ROW_HEIGHT)
        # the cursor row stays in view (a list laid out while hidden had no room to scroll to it)
        self.call_after_refresh(self._scroll_to_cursor)

    def _scroll_to_cursor(self) -> None:
        if self.rows:
            self.scroll_to_region(Region(0, self.cursor_row * self.ROW_HEIGHT, 1, self.ROW_HEIGHT), animate=False,
                                  immediate=True)

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()

    # -- input -----------------------------------------------------------------------------------
    def action_cursor(self, delta: int) -> None:
        if delta < 0 and self.cursor_row <= 0:
            self.post_message(self.LeaveTop())
            return
        if delta > 0 and self.cursor_row >= len(self.rows) - 1:
            self.post_message(self.LeaveBottom())
            return
        self.move_cursor(self.cursor_row + delta)

    def action_page(self, delta: int) -> None:
        rows = max(1, self.scrollable_content_region.height // self.ROW_HEIGHT - 1)
        self.move_cursor(self.cursor_row + delta * rows)

    def action_jump(self, row: int) -> None:
        self.move_cursor(row if row >= 0 else len(self.rows) - 1)

    def action_choose(self) -> None:
        if 0 <= self.cursor_row < len(self.rows):
            self.post_message(self.Chosen(self.rows[self.cursor_row].path))

    def on_click(self, event: events.Click) -> None:
        row = (event.y + self.scroll_offset.y) // self.ROW_HEIGHT
        if 0 <= row < len(self.rows):
            self.move_cursor(row, scroll=False)
            self.post_message(self.Chosen(self.rows[row].path))


class SkippedList(VerticalScroll, can_focus=True):
    """The files that could not be read. Reached by `down` from the list's last row (part of the
    library in the focus ring); the arrow keys scroll it, `up` at its top goes back to the list."""

    BINDINGS = [
        Binding("up", "up", "Scroll up", show=False, id="skipped.up"),
    ]

    class LeaveTop(Message):
        pass

    def action_up(self) -> None:
        if self.scroll_y <= 0:
            self.post_message(self.LeaveTop())
        else:
            self.scroll_up(animate=False)


FILTER_PLACEHOLDER = "Filter titles (↑ from list)"
FILTER_PLACEHOLDER_SHORT = "Filter (↑ from list)"  # for a slim pane (100 columns)


class LibraryPane(Vertical):
    """Posts `ArticleChosen` when the user opens a row (Enter, click on the highlighted row, or Enter in the filter)."""

    class ArticleChosen(Message):
        def __init__(self, path: str) -> None:
            super().__init__()
            self.path = path

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.articles: list[Article] = []
        self.filtered: list[Article] = []
        self.quote_counts: dict[str, int] = {}
        self.current_path: str | None = None

    def compose(self) -> ComposeResult:
        # reached by ↑ on the list's first row (ArticleList.LeaveTop) or a click; short enough for the slim pane
        yield Input(placeholder=FILTER_PLACEHOLDER, id="library-filter", compact=True)
        yield ArticleList(id="library-table")
        yield Static("", id="library-progress-label")
        yield ProgressBar(id="library-progress", show_eta=False)
        yield Static("", id="skipped-title")
        with SkippedList(id="skipped-scroll"):
            yield Static("", id="skipped")

    def on_mount(self) -> None:
        self.border_title = "Library"

    def on_resize(self) -> None:
        """The filter box's placeholder says how it is reached, in the words that fit."""
        box = self.filter_input
        fits = len(FILTER_PLACEHOLDER) < box.content_size.width
        box.placeholder = FILTER_PLACEHOLDER if fits else FILTER_PLACEHOLDER_SHORT

    @property
    def table(self) -> ArticleList:
        return self.query_one(ArticleList)

    @property
    def filter_input(self) -> Input:
        return self.query_one("#library-filter", Input)

    # -- filling -------------------------------------------------------------------------------
    def set_articles(self, articles: Sequence[Article], skipped: Sequence[Skipped], root: Path) -> None:
        self.articles = sort_articles(articles)
        paths = {a.path for a in self.articles}
        self.quote_counts = {p: n for p, n in self.quote_counts.items() if p in paths}
        self._populate()
        self._show_skipped(skipped, root)

    def _show_skipped(self, skipped: Sequence[Skipped], root: Path) -> None:
        title = self.query_one("#skipped-title", Static)
        self.set_class(bool(skipped), "-has-skipped")
        title.update(f"Skipped ({len(skipped)})")
        base = root if root.is_dir() else root.parent
        entries: list[RenderableType] = []
        for s in skipped:
            try:
                shown = str(Path(s.path).relative_to(base))
            except ValueError:
                shown = s.path
            entries.append(Text(shown, "bold"))
            entries.append(Padding(Text(s.reason), (0, 0, 0, 2)))  # a long reason wraps under itself
        self.query_one("#skipped", Static).update(Group(*entries))

    def _populate(self) -> None:
        words = self.filter_input.value.lower().split()
        self.filtered = [a for a in self.articles if matches(a, words)] if words else list(self.articles)
        table = self.table
        table.counts = self.quote_counts
        table.current_path = self.current_path
        table.empty_message = f"No titles match “{' '.join(words)}”" if words else ""
        table.set_rows(self.filtered)
        self.border_title = f"Library ({len(self.filtered)}/{len(self.articles)})" if words else f"Library ({len(self.articles)})"
        self._move_to_current()

    def _move_to_current(self) -> None:
        row = self.table.row_of(self.current_path) if self.current_path else None
        self.table.move_cursor(row if row is not None else 0)  # filtered out: the best match

    def set_current(self, path: str | None) -> None:
        old = self.current_path
        self.current_path = self.table.current_path = path
        for p in (old, path):
            row = self.table.row_of(p) if p else None
            if row is not None:
                self.table.refresh_row(row)
        self._move_to_current()

    def set_quote_count(self, path: str, count: int) -> None:
        if self.quote_counts.get(path) == count:
            return
        self.quote_counts[path] = count
        row = self.table.row_of(path)
        if row is not None:
            self.table.refresh_row(row)

    def set_progress(self, done: int, total: int, what: str = "") -> None:
        """A progress bar under the list while the library is read, indexed or counted."""
        bar = self.query_one("#library-progress", ProgressBar)
        label = self.query_one("#library-progress-label", Static)
        self.set_class(done < total, "-busy")
        bar.update(total=total, progress=done)
        label.update(f"{what} {done}/{total}" if what else f"{done}/{total}")

    # -- navigation ----------------------------------------------------------------------------
    def neighbour(self, path: str | None, step: int) -> tuple[str | None, bool]:
        """The article `step` rows from `path` in the filtered order, and whether it wrapped."""
        if not self.filtered:
            return None, False
        paths = [a.path for a in self.filtered]
        if path not in paths:
            return paths[0 if step > 0 else -1], False
        i = paths.index(path) + step
        return paths[i % len(paths)], not 0 <= i < len(paths)

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self) -> None:
        self._populate()

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self) -> None:
        table = self.table
        if self.filtered:
            row = table.cursor_row if 0 <= table.cursor_row < len(self.filtered) else 0
            self.post_message(self.ArticleChosen(self.filtered[row].path))
            table.focus()

    @on(ArticleList.LeaveTop)
    def _leave_top(self) -> None:
        self.filter_input.focus()

    @on(ArticleList.LeaveBottom)
    def _leave_bottom(self) -> None:
        if self.has_class("-has-skipped"):
            self.query_one(SkippedList).focus()

    @on(SkippedList.LeaveTop)
    def _skipped_leave_top(self) -> None:
        self.table.focus()

    @on(ArticleList.Chosen)
    def _chosen(self, event: ArticleList.Chosen) -> None:
        event.stop()
        self.post_message(self.ArticleChosen(event.path))

    def key_down(self) -> None:
        """Down in the filter box goes to the list."""
        if self.filter_input.has_focus:
            self.table.focus()
