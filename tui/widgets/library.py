"""The library pane: a filter box, the articles (newest first) and the files that were skipped."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Input, ProgressBar, Static

from tui.library.scan import Skipped
from tui.model import Article


def sort_articles(articles: Sequence[Article]) -> list[Article]:
    """Newest first; undated articles last; then by title."""
    return sorted(articles, key=lambda a: (-(a.published or date.min).toordinal(), (a.title or a.path).lower()))


def matches(article: Article, words: Sequence[str]) -> bool:
    hay = f"{article.title or ''} {Path(article.path).name} {' '.join(article.categories)}".lower()
    return all(w in hay for w in words)


class LibraryTable(DataTable[Text]):
    """The article list. `up` on the first row moves to the filter box above it."""

    class LeaveTop(Message):
        pass

    class Clicked(Message):
        def __init__(self, path: str) -> None:
            super().__init__()
            self.path = path

    def on_click(self) -> None:
        """One click opens: once the DataTable's own click handler has moved the cursor."""
        self.call_after_refresh(self._open_cursor_row)

    def _open_cursor_row(self) -> None:
        row = self.cursor_row
        if 0 <= row < self.row_count:
            key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
            if key is not None:
                self.post_message(self.Clicked(str(key)))

    def action_cursor_up(self) -> None:
        if self.cursor_row <= 0:
            self.post_message(self.LeaveTop())
        else:
            super().action_cursor_up()


class SkippedList(VerticalScroll, can_focus=False):
    """Scrolls with the mouse wheel but never takes focus (it has nothing to act on)."""


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
        self._title_width = 0

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Filter titles (↑)", id="library-filter", compact=True)
        table = LibraryTable(id="library-table", cursor_type="row", show_header=False, zebra_stripes=False)
        yield table
        yield ProgressBar(id="library-progress", show_eta=False)
        yield Static("", id="skipped-title")
        with SkippedList(id="skipped-scroll"):
            yield Static("", id="skipped")

    def on_mount(self) -> None:
        self.border_title = "Library"
        self.query_one("#library-progress").display = False
        self.query_one("#skipped-title").display = False
        self.query_one("#skipped-scroll").display = False

    @property
    def table(self) -> LibraryTable:
        return self.query_one(LibraryTable)

    @property
    def filter_input(self) -> Input:
        return self.query_one("#library-filter", Input)

    # -- filling -------------------------------------------------------------------------------
    def set_articles(self, articles: Sequence[Article], skipped: Sequence[Skipped], root: Path) -> None:
        self.articles = sort_articles(articles)
        self.quote_counts = {p: n for p, n in self.quote_counts.items() if any(a.path == p for a in self.articles)}
        self._populate()
        self._show_skipped(skipped, root)

    def _show_skipped(self, skipped: Sequence[Skipped], root: Path) -> None:
        title = self.query_one("#skipped-title", Static)
        scroll = self.query_one("#skipped-scroll")
        title.display = scroll.display = bool(skipped)
        title.update(f"Skipped ({len(skipped)})")
        base = root if root.is_dir() else root.parent
        lines = Text()
        for i, s in enumerate(skipped):
            try:
                shown = str(Path(s.path).relative_to(base))
            except ValueError:
                shown = s.path
            if i:
                lines.append("\n")
            lines.append(shown, "bold")
            lines.append(f"\n  {s.reason}")
        self.query_one("#skipped", Static).update(lines)

    def _cell(self, article: Article) -> Text:
        width = max(8, self._title_width)
        title = article.title or Path(article.path).stem
        if len(title) > width:
            title = title[: width - 1].rstrip() + "…"
        count = self.quote_counts.get(article.path)
        day = article.published.isoformat() if article.published else "undated"
        quotes = "–" if count is None else str(count)
        noun = "quote" if count == 1 else "quotes"
        return Text.assemble((title, "bold"), "\n", (f"{day} · {quotes} {noun}", "dim"), no_wrap=True, overflow="ellipsis")

    def _populate(self) -> None:
        table = self.table
        words = self.filter_input.value.lower().split()
        self.filtered = [a for a in self.articles if matches(a, words)] if words else list(self.articles)
        width = table.scrollable_content_region.width or (self.size.width - 2) or 34
        self._title_width = max(8, width - 3)
        table.clear(columns=True)
        table.add_column("Article", key="article", width=self._title_width)
        for article in self.filtered:
            table.add_row(self._cell(article), key=article.path, height=2)
        self.border_title = f"Library ({len(self.filtered)}/{len(self.articles)})" if words else f"Library ({len(self.articles)})"
        self._move_to_current()

    def _move_to_current(self) -> None:
        if self.current_path is None:
            return
        table = self.table
        try:
            row = table.get_row_index(self.current_path)
        except Exception:  # the current article is filtered out: leave the cursor where it is
            return
        table.move_cursor(row=row, animate=False, scroll=True)

    def on_resize(self) -> None:
        width = self.table.scrollable_content_region.width
        if self.articles and width and max(8, width - 3) != self._title_width:
            self._populate()

    def set_current(self, path: str | None) -> None:
        self.current_path = path
        self._move_to_current()

    def set_quote_count(self, path: str, count: int) -> None:
        if self.quote_counts.get(path) == count:
            return
        self.quote_counts[path] = count
        article = next((a for a in self.filtered if a.path == path), None)
        if article is not None:
            self.table.update_cell(path, "article", self._cell(article))

    def set_progress(self, done: int, total: int) -> None:
        bar = self.query_one("#library-progress", ProgressBar)
        bar.display = done < total
        bar.update(total=total, progress=done)

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

    @on(LibraryTable.LeaveTop)
    def _leave_top(self) -> None:
        self.filter_input.focus()

    @on(LibraryTable.Clicked)
    def _clicked(self, event: LibraryTable.Clicked) -> None:
        self.post_message(self.ArticleChosen(event.path))

    @on(DataTable.RowSelected, "#library-table")
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(self.ArticleChosen(str(event.row_key.value)))

    def key_down(self) -> None:
        """Down in the filter box goes to the list."""
        if self.filter_input.has_focus:
            self.table.focus()
