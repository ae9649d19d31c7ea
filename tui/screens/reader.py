"""The main screen: library pane, the article, and the Actors / Quotes / Dates panes."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Input, OptionList, Static, Tab, Tabs
from textual.worker import Worker, WorkerState, get_current_worker

from tui.library.date_ranges import chronological_key
from tui.model import Actor, Article, DateMention, Extraction, Quote, quote_label
from tui.plural import plural
from tui.state import Place
from tui.widgets.article import ArticleBody, ArticleView
from tui.widgets.highlights import Highlights, build_highlights
from tui.widgets.layout import BodyLayout
from tui.widgets.library import ArticleList, LibraryPane
from tui.widgets.panes import (PANE_ROWS, ActorsPane, DatesPane, ItemPane, QuotesPane, SideTabs, actor_prompt,
                               date_prompt, describe_date, quote_prompt)

if TYPE_CHECKING:
    from tui.app import NewsReaderApp
    from tui.library.scan import Library

# The library readers (tui.library.loader, .scan) are imported in the worker threads that use
# them: they stay off the main thread's path to the first paint.

Kind = Literal["quote", "mention", "date"]
NARROW_WIDTH = 100  # below this many columns the side panes collapse into tabs
MEDIUM_WIDTH = 140  # below this the article gives its side padding to the text
# An extraction already in memory with at most this many spans is highlighted at once (a few
# milliseconds; the panes fill in the same frame); more go through the worker with the rest.
SYNC_HIGHLIGHT_SPANS = 5_000
PANE_IDS = ("actors", "quotes", "dates")


@dataclass(slots=True)
class Selection:
    """Where the keyboard navigation stands in the open article."""

    quote: int | None = None
    date: int | None = None  # index into the Dates pane's order
    actor: int | None = None
    mention: int | None = None


class ReaderScreen(Screen[None]):
    """Loads the library in a worker, then shows one article at a time."""

    # The article holds the focus from the start: were it the filter box (the first focusable
    # widget), keys pressed while the library loads, or in an empty library, would type there.
    AUTO_FOCUS = "#article"

    BINDINGS = [
        Binding("n", "step('quote', 1)", "Next quote", id="quote.next"),
        Binding("p", "step('quote', -1)", "Prev quote", show=False, tooltip="Previous quote", id="quote.prev"),
        Binding("m", "step('mention', 1)", "Mention", tooltip="Next mention of the selected actor",
                id="mention.next"),
        Binding("M", "step('mention', -1)", "Prev mention", show=False,
                tooltip="Previous mention of the selected actor", id="mention.prev"),
        Binding("d", "step('date', 1)", "Date", tooltip="Next date", id="date.next"),
        Binding("D", "step('date', -1)", "Prev date", show=False, tooltip="Previous date", id="date.prev"),
        Binding("right_square_bracket", "article(1)", "Next article", show=False, id="article.next"),
        Binding("left_square_bracket", "article(-1)", "Prev article", show=False, tooltip="Previous article",
                id="article.prev"),
        Binding("tab", "cycle_focus(1)", "Next pane", show=False,
                tooltip="Focus: library, article, Actors/Quotes/Dates", id="focus.next"),
        Binding("shift+tab", "cycle_focus(-1)", "Previous pane", show=False, id="focus.prev"),
        Binding("slash", "search", "Search", tooltip="Search the library", id="search"),
        Binding("o", "actor_page", "Actor page", show=False, tooltip="Actor page of the actor or speaker",
                id="actor.page"),
        Binding("l", "toggle_library", "Library", tooltip="Show / hide the library pane", id="library.toggle"),
        Binding("y", "copy_quote", "Copy quote", show=False,
                tooltip="Copy the selected quote, speaker and source", id="quote.copy"),
        Binding("s", "sort_dates", "Sort dates", show=False,
                tooltip="Dates in document order / by value", id="dates.sort"),
        Binding("r", "refresh_library", "Refresh", show=False, tooltip="Refresh the library", id="library.refresh"),
        Binding("escape", "leave_input", "Leave input", show=False,
                tooltip="Leave input; close search, help, actor page", id="input.leave"),
    ]

    def __init__(self, library_path: Path) -> None:
        super().__init__()
        self.library_path = library_path
        self.library: Library | None = None
        self.article: Article | None = None
        self.extraction: Extraction | None = None
        self.actors: list[Actor] = []
        self.quotes: list[Quote] = []
        self.dates: list[DateMention] = []
        self.dates_by_value = False
        self.sel = Selection()
        self.library_hidden_by_user: bool | None = None
        self._pending_reveal: tuple[int, int] | None = None
        self._pending_scroll: float | None = None
        self._side_tab = "quotes"
        self.first_paint_done = False
        self._count_pending = False
        self._refreshing_from: Library | None = None  # the library as it was when `r` was pressed

    @property
    def reader_app(self) -> NewsReaderApp:
        return self.app  # type: ignore[return-value]

    # ------------------------------------------------------------------------------ layout
    def compose(self) -> ComposeResult:
        yield Header(icon="≡")
        with Horizontal(id="main"):
            yield LibraryPane(id="library")
            yield ArticleView(id="article")
            with Vertical(id="side"):
                yield SideTabs(Tab("Actors", id="tab-actors"), Tab("Quotes", id="tab-quotes"),
                               Tab("Dates", id="tab-dates"), id="side-tabs", active="tab-quotes")
                yield ActorsPane(id="actors", classes="pane")
                yield QuotesPane(id="quotes", classes="pane")
                yield DatesPane(id="dates", classes="pane")
        yield Static("", id="status", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.library_path.name or str(self.library_path)
        self.query_one(LibraryPane).table.loading = True
        self.query_one(ArticleView).show_message("Loading the library…")
        self.set_status("Reading the library…")
        self._apply_width(self.app.size.width)
        # Paint first, then load: the loading thread would compete with the first frame for the GIL.
        self.call_after_refresh(self._painted)

    def _painted(self) -> None:
        self.first_paint_done = True
        self.reader_app.on_first_paint()
        place = self.reader_app.restored_place(str(self.library_path))
        if place is not None:
            self.preload_article(place)  # the last article shows before a big library is listed
        self.load_library(self.query_one(LibraryPane))

    @work(thread=True, exclusive=True, group="preload", exit_on_error=False)
    def preload_article(self, place: Place) -> tuple[Article, Place]:
        from tui.library.loader import load_article

        return load_article(Path(place.article)), place

    def on_resize(self, event) -> None:  # type: ignore[no-untyped-def]
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        narrow = width < NARROW_WIDTH
        self.set_class(narrow, "-narrow")
        self.set_class(not narrow and width < MEDIUM_WIDTH, "-medium")
        if self.library_hidden_by_user is None:
            # Narrow terminals hide the library, unless the reader is in it (the list, the filter or the skipped files).
            in_library = self.query_one(LibraryPane).has_focus_within
            self.set_class(narrow and not in_library, "-no-library")
        self._sync_classes()
        focused = self.focused
        if narrow and isinstance(focused, ItemPane) and focused.id in PANE_IDS:
            self._side_tab = focused.id  # the pane being read stays in view (and keeps the focus)
        self._show_side_tab(self._side_tab)
        footer = self.query_one(Footer)
        footer.compact = narrow
        self.call_after_refresh(self._keep_focus_visible)

    def _keep_focus_visible(self) -> None:
        """A pane that the new width hid must not keep the focus: the article takes it."""
        focused = self.focused
        # Hidden may be the widget or a container of it (a pane of another tab; the library);
        # Textual then drops the focus altogether, which leaves every key dead.
        if focused is None or any(not w.display for w in focused.ancestors_with_self if isinstance(w, Widget)) \
                or focused.region.width == 0:
            self.query_one(ArticleView).focus()

    def _sync_classes(self) -> None:
        self.set_class(self.narrow and not self.has_class("-no-library"), "-library-open")

    def _show_side_tab(self, pane: str) -> None:
        self._side_tab = pane
        for name in PANE_IDS:
            self.query_one(f"#{name}").set_class(name == pane, "-active")
        tabs = self.query_one(SideTabs)
        if tabs.active != f"tab-{pane}":
            tabs.active = f"tab-{pane}"

    @on(Tabs.TabActivated, "#side-tabs")
    def _tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab.id:
            self._side_tab = event.tab.id.removeprefix("tab-")
            for name in PANE_IDS:
                self.query_one(f"#{name}").set_class(name == self._side_tab, "-active")

    @on(ItemPane.CountChanged)
    def _pane_count_changed(self, event: ItemPane.CountChanged) -> None:
        """The tabs of the narrow layout carry the counts that the panes' titles show."""
        pane = event.pane
        if pane.id in PANE_IDS:
            self.query_one(SideTabs).set_count(f"tab-{pane.id}", event.count)

    @property
    def narrow(self) -> bool:
        return self.has_class("-narrow")

    def set_status(self, message: str) -> None:
        self.query_one("#status", Static).update(message)

    @property
    def status_text(self) -> str:
        return str(self.query_one("#status", Static).render())

    # ------------------------------------------------------------------------------ library
    @work(thread=True, exclusive=True, group="library", exit_on_error=False)
    def load_library(self, pane: LibraryPane) -> Library:
        """`tui.library.scan.load_library`, file by file, with progress in the library pane."""
        from tui.library.decode import LoadError
        from tui.library.scan import Library, Skipped, iter_article_paths, try_load

        root = self.library_path
        if not root.exists():
            raise LoadError(root, "no such file or folder")
        worker = get_current_worker()
        paths = list(iter_article_paths(root))
        articles: list[Article] = []
        skipped: list[Skipped] = []
        last = time.monotonic()
        for i, path in enumerate(paths):
            if worker.is_cancelled:
                break
            loaded = try_load(path)
            if isinstance(loaded, Skipped):
                skipped.append(loaded)
            else:
                articles.append(loaded)
            if time.monotonic() - last > 0.2:
                last = time.monotonic()
                self.app.call_from_thread(pane.set_progress, i + 1, len(paths), "Reading")
        return Library(root=str(root), articles=tuple(articles), skipped=tuple(skipped))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group == "library":
            if event.state == WorkerState.SUCCESS:
                self._library_loaded(worker.result)
            elif event.state == WorkerState.ERROR:
                err = worker.error
                from tui.library.decode import LoadError

                reason = str(err) if isinstance(err, LoadError) else f"{type(err).__name__}: {err}"
                self.reader_app.show_error("Cannot open the library", reason)
        elif worker.group == "preload" and event.state == WorkerState.SUCCESS:
            article, place = worker.result
            if self.article is None and self.library is None:
                self.open_article(article, scroll_y=place.scroll_y)
                self.query_one(ArticleView).focus()
        elif worker.group == "extract" and event.state == WorkerState.SUCCESS:
            article, extraction, highlights = worker.result
            if self._is_open(article):
                self._show_extraction(extraction, highlights)
        elif worker.group == "counts" and event.state == WorkerState.ERROR:
            self.notify(f"Counting quotes failed: {worker.error}", severity="warning", timeout=8, markup=False)
        elif worker.group == "extract" and event.state == WorkerState.ERROR:
            self.notify(f"Extraction failed: {worker.error}", severity="error", timeout=8, markup=False)
            self._show_extraction(Extraction(), None)

    def _library_loaded(self, library: Library) -> None:
        before, self._refreshing_from = self._refreshing_from, None
        if before is not None:
            self.notify(_refresh_summary(before, library), timeout=4, markup=False)
        self.library = library
        pane = self.query_one(LibraryPane)
        pane.table.loading = False
        pane.set_progress(1, 1)
        pane.set_articles(library.articles, library.skipped, self.library_path)
        self.reader_app.library_ready(library)
        if not library.articles:
            self.article, self.extraction = None, None
            self.actors, self.quotes, self.dates = [], [], []
            self.sel = Selection()
            view = self.query_one(ArticleView)
            if self.library_path.is_file() and library.skipped:
                # one file that could not be read: its reason, not a folder's wording
                message = ("Cannot open this article", f"{library.skipped[0].path}: {library.skipped[0].reason}")
            else:
                message = ("No articles here", f"{self.library_path} has no readable .txt, .md or .html files.")
            view.show_message(*message)
            for item_pane in self.query(ItemPane):
                item_pane.set_prompts([], "No article open")
            self.set_status("No articles")
            if not pane.has_focus_within:
                view.focus()
            return
        current = self.article
        same = next((a for a in library.articles if current and a.path == current.path), None)
        if current is not None and same is not None:
            # Already open (preloaded, or a refresh): keep it, and where the reader is in it.
            view = self.query_one(ArticleView)
            if same.text == current.text and same.published == current.published:
                self.article = view.article = same
                pane.set_current(same.path)
            else:
                self.open_article(same, scroll_y=view.scroll_y)
            if not pane.has_focus_within:
                view.focus()
            self._count_pending = True
            if self.extraction is not None:
                self._start_counting()
            return
        place = self.reader_app.restored_place(library.root)
        target = place.article if place else None
        article = next((a for a in library.articles if a.path == target), None) or pane.filtered[0]
        scroll = place.scroll_y if place and place.article == article.path else None
        self.open_article(article, scroll_y=scroll)
        if not self.narrow and place is None:
            pane.table.focus()
        else:
            self.query_one(ArticleView).focus()
        # Counting (and indexing) the library waits for the open article: it comes first.
        self._count_pending = True
        if self.extraction is not None:
            self._start_counting()

    def _start_counting(self) -> None:
        if self._count_pending:
            self._count_pending = False
            self.count_quotes(list(self.query_one(LibraryPane).articles))

    # A description of its own: by default Textual writes one from the arguments' reprs, and
    # those are every article's text.
    @work(thread=True, exclusive=True, group="counts", exit_on_error=False, description="count_quotes")
    def count_quotes(self, articles: list[Article]) -> None:
        """Quote counts for the library pane, newest first, filling in as they come; each extraction
        lands in the library index on the way. A last index refresh then drops deleted files and
        updates what search needs (library-wide actors)."""
        worker = get_current_worker()
        service = self.reader_app.extractions
        counts = service.quote_counts()  # cheap when the index can tell them; else {}
        batch: list[tuple[str, int]] = []
        total = len(articles)
        failed = 0
        last = time.monotonic()
        for i, article in enumerate(articles, 1):
            if worker.is_cancelled:
                return
            n = counts.get(article.path)
            if n is None:
                try:
                    n = len(service.get(article).quotes)
                except Exception:  # an extractor bug on one article: its count stays "–"
                    failed += 1
                    continue
            batch.append((article.path, n))
            if i == total or time.monotonic() - last > 0.25:
                last = time.monotonic()
                self.app.call_from_thread(self._apply_counts, list(batch), i, total)
                batch.clear()
        self.app.call_from_thread(self._apply_counts, list(batch), total, total)  # (also hides the bar)
        if failed:
            self.app.call_from_thread(self.notify, f"Extraction failed on {plural(failed, 'article')} (their quote count "
                                      "shows –)", severity="warning", timeout=8, markup=False)

        def progress(done: int, total: int) -> None:
            if worker.is_cancelled:
                raise _Cancelled

        try:
            service.refresh(progress)
        except _Cancelled:
            return
        except Exception as err:  # the index is a cache: the reader works without it
            self.app.call_from_thread(self.notify, f"Library index not updated: {err}", severity="warning",
                                      markup=False)

    def _apply_counts(self, batch: list[tuple[str, int]], done: int, total: int) -> None:
        pane = self.query_one(LibraryPane)
        for path, n in batch:
            pane.set_quote_count(path, n)
        pane.set_progress(done, total, "Reading quotes")

    # ------------------------------------------------------------------------------ article
    def open_article(self, article: Article, *, scroll_y: float | None = None,
                     reveal: tuple[int, int] | None = None) -> None:
        self.article = article
        self.extraction = None
        self.actors, self.quotes, self.dates = [], [], []
        self.sel = Selection()
        self._pending_reveal = reveal
        view = self.query_one(ArticleView)
        layout = view.show(article)
        for pane in self.query(ItemPane):
            pane.set_pending()
        self.query_one(LibraryPane).set_current(article.path)
        self.set_status("Reading the article…")
        if scroll_y:
            self._pending_scroll = scroll_y
            self.call_after_refresh(self._restore_scroll)
        cached = self.reader_app.extractions.cached(article)
        if cached is not None and _span_count(cached) <= SYNC_HIGHLIGHT_SPANS:
            self._show_extraction(cached, build_highlights(layout, cached))
        else:
            self.extract_article(article, layout)

    def _is_open(self, article: Article) -> bool:
        current = self.article
        return current is not None and (article is current or (
            article.path == current.path and article.text == current.text and article.published == current.published))

    def _restore_scroll(self, attempt: int = 0) -> None:
        """Scroll back to where the reader was; re-applied briefly while the layout settles
        (a scrollbar appearing rewraps the body and changes the height)."""
        if self._pending_scroll is None:
            return
        view = self.query_one(ArticleView)
        target = self._pending_scroll
        if view.max_scroll_y >= target:
            view.scroll_to(y=target, animate=False, immediate=True)
        if attempt >= 20 or (attempt >= 4 and view.scroll_y == target):
            self._pending_scroll = None
            return
        self.set_timer(0.03, lambda: self._restore_scroll(attempt + 1))

    # (A description of its own: Textual's default repr()s the arguments, 3.8 MB of text and
    # 50,000 runs for a transcript, on the event loop.)
    @work(thread=True, exclusive=True, group="extract", exit_on_error=False, description="extract_article")
    def extract_article(self, article: Article, layout: BodyLayout) -> tuple[Article, Extraction, Highlights]:
        """The extraction and the body's highlights built from it: on a dense transcript (250,000
        spans) building them took a second, which on the event loop froze the reader."""
        extraction = self.reader_app.extractions.get(article)
        return article, extraction, build_highlights(layout, extraction)

    def _show_extraction(self, extraction: Extraction, highlights: Highlights | None) -> None:
        self.extraction = extraction
        self.reader_app.panes_filled()
        self.call_after_refresh(self._start_counting)
        self.actors = sorted(extraction.actors, key=lambda a: (-len(a.mentions), a.name))
        self.quotes = sorted(extraction.quotes, key=lambda q: (q.start, q.end))
        self._sort_dates()
        if highlights is not None:
            self.query_one(ArticleView).set_highlights(highlights)
        self.query_one(ActorsPane).set_prompts([actor_prompt(a) for a in self.actors[:PANE_ROWS]],
                                               "No actors found", len(self.actors))
        self.query_one(QuotesPane).set_prompts([quote_prompt(q) for q in self.quotes[:PANE_ROWS]],
                                               "No quotes found", len(self.quotes))
        self._fill_dates()
        if self.actors:
            self.sel.actor = 0
            self.query_one(ActorsPane).select_index(0)
        if self.article is not None:
            self.query_one(LibraryPane).set_quote_count(self.article.path, len(self.quotes))
        self.set_status(f"{plural(len(self.actors), 'actor')} · {plural(len(self.quotes), 'quote')} · "
                        f"{plural(len(self.dates), 'date')}")
        self._reveal_pending()

    def _reveal_pending(self) -> None:
        """Select the quote at the span that search asked to show (or just show the span)."""
        if self._pending_reveal is not None:
            span, self._pending_reveal = self._pending_reveal, None
            index = next((i for i, q in enumerate(self.quotes) if (q.start, q.end) == span
                          or q.start <= span[0] < q.end), None)
            if index is not None:
                self._select("quote", index)
            else:
                self.query_one(ArticleView).reveal(span)

    def _sort_dates(self) -> None:
        if self.extraction is None:
            return
        dates = list(self.extraction.dates)
        if self.dates_by_value:
            self.dates = sorted(dates, key=lambda d: (chronological_key(d.value, d.mod), d.start))
        else:
            self.dates = sorted(dates, key=lambda d: (d.start, d.end))

    def _fill_dates(self) -> None:
        pane = self.query_one(DatesPane)
        pane.set_prompts([date_prompt(d) for d in self.dates[:PANE_ROWS]], "No dates found", len(self.dates))
        if self.dates:
            order = "by value" if self.dates_by_value else "in order"
            pane.border_title = f"Dates ({len(self.dates):,}) {order}"

    # ------------------------------------------------------------------------------ stepping
    def action_step(self, kind: Kind, delta: int) -> None:
        if self.article is None and self.library is not None:
            self.set_status("No articles")
            return
        if self.extraction is None:
            self.notify("Still reading the article…", timeout=2, markup=False)
            return
        if kind == "quote":
            items, current, noun = self.quotes, self.sel.quote, "quote"
        elif kind == "date":
            items, current, noun = self.dates, self.sel.date, "date"
        else:
            actor = self._selected_actor()
            if actor is None:
                self.set_status("No actors")
                return
            items, current, noun = list(actor.mentions), self.sel.mention, "mention"
        if not items:
            self.set_status(f"No {noun}s")
            return
        if current is None:
            index = 0 if delta > 0 else len(items) - 1
        else:
            index = current + delta
            if index >= len(items):
                index = 0
                self.notify(f"Wrapped to the first {noun}", timeout=2, markup=False)
            elif index < 0:
                index = len(items) - 1
                self.notify(f"Wrapped to the last {noun}", timeout=2, markup=False)
        self._select(kind, index)

    def _selected_actor(self) -> Actor | None:
        if self.sel.actor is None or not self.actors:
            return None
        return self.actors[min(self.sel.actor, len(self.actors) - 1)]

    def _select(self, kind: Kind, index: int) -> None:
        view = self.query_one(ArticleView)
        if kind == "quote":
            quote = self.quotes[index]
            self.sel.quote = index
            self.query_one(QuotesPane).select_index(index)
            view.reveal((quote.start, quote.end))
            who = quote.speaker or "unattributed"
            partial = " (partial)" if quote.kind == "partial" else ""
            self.set_status(f"Quote {index + 1}/{len(self.quotes)} · {who}{partial}")
            pane = "quotes"
        elif kind == "date":
            date = self.dates[index]
            self.sel.date = index
            self.query_one(DatesPane).select_index(index)
            view.reveal((date.start, date.end))
            self.set_status(self._date_status(index))
            pane = "dates"
        else:
            actor = self._selected_actor()
            if actor is None:
                return
            mention = actor.mentions[index]
            self.sel.mention = index
            view.reveal((mention.start, mention.end))
            self.set_status(f"Mention {index + 1}/{len(actor.mentions)} · {actor.name}")
            pane = "actors"
        if self.narrow and not self.query_one(f"#{pane}").has_focus:
            self._show_side_tab(pane)

    def _date_status(self, index: int) -> str:
        date = self.dates[index]
        shown = describe_date(date)
        value = date.value if shown == date.value else f"{shown} ({date.value})"
        return f"Date {index + 1}/{len(self.dates)} · {date.text} → {value}"

    # ------------------------------------------------------------------------------ panes
    @on(OptionList.OptionHighlighted, "#actors")
    def _actor_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if _latest(event) and event.option_index < len(self.actors) and event.option_index != self.sel.actor:
            self.sel.actor = event.option_index
            self.sel.mention = None

    @on(OptionList.OptionHighlighted, "#quotes")
    def _quote_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # The highlighted quote is the current one: `y` copies it and `n` steps on from it.
        if _latest(event) and event.option_index < len(self.quotes):
            self.sel.quote = event.option_index

    @on(OptionList.OptionHighlighted, "#dates")
    def _date_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if _latest(event) and event.option_index < len(self.dates):
            self.sel.date = event.option_index

    @on(OptionList.OptionSelected)
    def _pane_selected(self, event: OptionList.OptionSelected) -> None:
        pane = event.option_list.id
        i = event.option_index
        if pane == "quotes" and i < len(self.quotes):
            self._select("quote", i)
        elif pane == "dates" and i < len(self.dates):
            self._select("date", i)
        elif pane == "actors" and i < len(self.actors):
            if self.sel.actor != i:
                self.sel.actor, self.sel.mention = i, None
            self.action_step("mention", 1)

    @on(ArticleBody.Clicked)
    def _body_clicked(self, event: ArticleBody.Clicked) -> None:
        """A click in the text selects what is there: a date or an actor's mention, else the quote."""
        at = event.offset
        for i, date in enumerate(self.dates):
            if date.start <= at < date.end:
                self._select("date", i)
                return
        for a, actor in enumerate(self.actors):
            for m, mention in enumerate(actor.mentions):
                if mention.start <= at < mention.end:
                    self.sel.actor, self.sel.mention = a, m
                    self.query_one(ActorsPane).select_index(a)
                    self._select("mention", m)
                    return
        for i, quote in enumerate(self.quotes):
            if quote.start <= at < quote.end:
                self._select("quote", i)
                return

    @on(LibraryPane.ArticleChosen)
    def _article_chosen(self, event: LibraryPane.ArticleChosen) -> None:
        self.open_path(event.path)

    def open_path(self, path: str, reveal: tuple[int, int] | None = None) -> bool:
        if self.library is None:
            return False
        article = next((a for a in self.library.articles if a.path == path), None)
        if article is None:
            self.notify(f"Not in the library: {path}", severity="warning", markup=False)
            return False
        if article is self.article:
            if reveal is not None:
                self._pending_reveal = reveal
                if self.extraction is not None:
                    self._reveal_pending()
            return True
        self.open_article(article, reveal=reveal)
        return True

    # ------------------------------------------------------------------------------ actions
    def action_article(self, step: int) -> None:
        pane = self.query_one(LibraryPane)
        path, wrapped = pane.neighbour(self.article.path if self.article else None, step)
        if path is None:
            filtered = bool(pane.filter_input.value.strip()) and bool(pane.articles)
            self.notify("No articles match the library filter" if filtered else "No articles", timeout=2, markup=False)
            return
        if wrapped:
            self.notify("Wrapped to the " + ("first" if step > 0 else "last") + " article", timeout=2, markup=False)
        self.open_path(path)

    def _focus_ring(self) -> list[Widget]:
        ring: list[Widget] = []
        if not self.has_class("-no-library"):
            ring.append(self.query_one(LibraryPane).table)
        ring.append(self.query_one(ArticleView))
        ring.extend(self.query_one(f"#{name}", ItemPane) for name in PANE_IDS)
        return ring

    def action_cycle_focus(self, delta: int) -> None:
        ring = self._focus_ring()
        focused = self.focused
        index = None
        for i, widget in enumerate(ring):
            if focused is not None and (focused is widget or widget in focused.ancestors_with_self
                                        or (i == 0 and isinstance(widget, ArticleList)
                                            and any(isinstance(a, LibraryPane) for a in focused.ancestors))):
                index = i
                break
        target = ring[0 if index is None and delta > 0 else (index + delta) % len(ring) if index is not None else -1]
        if self.narrow and isinstance(target, ItemPane) and target.id:
            self._show_side_tab(target.id)
            self.call_after_refresh(target.focus)
        else:
            target.focus()

    def on_descendant_focus(self, event) -> None:  # type: ignore[no-untyped-def]
        widget = event.widget
        if self.narrow and isinstance(widget, ItemPane) and widget.id:
            self._show_side_tab(widget.id)

    def action_toggle_library(self) -> None:
        hide = not self.has_class("-no-library")
        self.library_hidden_by_user = hide
        self.set_class(hide, "-no-library")
        self._sync_classes()
        pane = self.query_one(LibraryPane)
        if hide:
            if pane.has_focus_within:
                self.query_one(ArticleView).focus()
        else:
            pane.table.focus()

    def action_leave_input(self) -> None:
        if isinstance(self.focused, Input):
            self.query_one(LibraryPane).table.focus()

    def action_sort_dates(self) -> None:
        if self.extraction is None:
            return
        current = self.dates[self.sel.date] if self.sel.date is not None and self.dates else None
        self.dates_by_value = not self.dates_by_value
        self._sort_dates()
        self._fill_dates()
        if current is not None:
            self.sel.date = self.dates.index(current)
            self.query_one(DatesPane).select_index(self.sel.date)
            if self.status_text.startswith("Date "):  # the position changed with the order
                self.set_status(self._date_status(self.sel.date))
        self.notify("Dates sorted " + ("by value" if self.dates_by_value else "in document order"), timeout=2, markup=False)

    def action_copy_quote(self) -> None:
        if not self.quotes or self.article is None:
            self.notify("No quote to copy", severity="warning", timeout=2, markup=False)
            return
        index = self.sel.quote
        if index is None:
            highlighted = self.query_one(QuotesPane).highlighted
            index = highlighted if highlighted is not None and highlighted < len(self.quotes) else 0
        text = format_citation(self.quotes[index], self.article)
        self.app.copy_to_clipboard(text)
        self.notify(text, title="Copied", timeout=4, markup=False)

    def action_search(self) -> None:
        if self.library is None:
            self.notify("The library is still loading", timeout=2, markup=False)
            return
        try:
            from tui.screens.search import SearchScreen
        except ImportError as err:
            self.notify(f"Search is not available: {err}", severity="warning", markup=False)
            return
        app = self.reader_app
        screen = SearchScreen(Path(self.library.root), self.library.articles, engine=app.search_engine)
        self.app.push_screen(screen, lambda choice: self._done(screen, choice))

    def _done(self, screen: Screen, choice: object) -> None:
        """A search or actor page closed: keep its (warm) engine for the next one, act on the choice."""
        engine = getattr(screen, "engine", None)
        if engine is not None:
            self.reader_app.search_engine = engine
        query = getattr(screen, "last_query", None)
        if query is not None and getattr(choice, "kind", None) == "actor" and getattr(choice, "actor", None):
            self.push_actor_page(choice.actor, back_to=query)  # type: ignore[attr-defined]
            return
        self.handle_choice(choice)

    def _reopen_search(self, query: str) -> None:
        """Escape on an actor page opened from search goes back to that search."""
        if self.library is None:
            return
        from tui.screens.search import SearchScreen

        screen = SearchScreen(Path(self.library.root), self.library.articles, engine=self.reader_app.search_engine,
                              query=query)
        self.app.push_screen(screen, lambda choice: self._done(screen, choice))

    def handle_choice(self, choice: object) -> None:
        """A `SearchChoice` from search, the actor page or the command palette."""
        if choice is None:
            return
        kind = getattr(choice, "kind", None)
        if kind == "actor" and getattr(choice, "actor", None):
            self.push_actor_page(choice.actor)  # type: ignore[attr-defined]
        elif getattr(choice, "path", None):
            span = getattr(choice, "span", None)
            self.open_path(choice.path, reveal=tuple(span) if kind == "quote" and span else None)  # type: ignore[attr-defined]

    def action_actor_page(self) -> None:
        quotes = self.query_one(QuotesPane)
        if quotes.has_focus and self.sel.quote is not None and self.sel.quote < len(self.quotes):
            speaker = self.quotes[self.sel.quote].speaker
            if speaker:  # from the Quotes pane: the page of who said it
                self.push_actor_page(speaker)
            else:  # not the selected actor's: the reader would take them for the speaker
                self.notify("This quote has no speaker", timeout=2, markup=False)
            return
        actor = self._selected_actor()
        if actor is None:
            message = "No article open" if self.article is None else (
                "Still reading the article…" if self.extraction is None else "No actors in this article")
            self.notify(message, timeout=2, markup=False)
            return
        self.push_actor_page(actor.name)

    def push_actor_page(self, name: str, back_to: str | None = None, back_actor: tuple | None = None) -> None:
        """The actor page of `name`; on escape, back to the search `back_to` or the actor page
        `back_actor` (the arguments it was opened with) it was reached from."""
        if self.library is None:
            return
        try:
            from tui.screens.actor import ActorScreen
        except ImportError:
            self.notify(f"The actor page of {name} is not available yet", severity="warning", markup=False)
            return
        screen = ActorScreen(Path(self.library.root), name, self.library.articles, engine=self.reader_app.search_engine)

        def closed(choice: object) -> None:
            engine = getattr(screen, "engine", None)
            if engine is not None:
                self.reader_app.search_engine = engine
            if choice is None and back_to is not None:
                self._reopen_search(back_to)
            elif choice is None and back_actor is not None:
                self.push_actor_page(*back_actor)
            elif getattr(choice, "kind", None) == "actor" and getattr(choice, "actor", None):
                # an actor named alongside: escape from their page comes back to this one
                self.push_actor_page(choice.actor, back_actor=(name, back_to, back_actor))  # type: ignore[attr-defined]
            else:
                self._done(screen, choice)

        self.app.push_screen(screen, closed)

    def action_refresh_library(self) -> None:
        self.workers.cancel_group(self, "counts")
        self.query_one(LibraryPane).table.loading = True
        self.notify("Refreshing the library…", timeout=2, markup=False)
        self.reader_app.extractions.forget()
        self.reader_app.search_engine = None
        if self.library is not None and self._refreshing_from is None:
            self._refreshing_from = self.library
        self.load_library(self.query_one(LibraryPane))

    # ------------------------------------------------------------------------------ state
    def current_place(self) -> tuple[str, float] | None:
        if self.article is None:
            return None
        return self.article.path, float(self.query_one(ArticleView).scroll_y)


class _Cancelled(Exception):
    pass


def _latest(event: OptionList.OptionHighlighted) -> bool:
    """The pane still highlights what the message says. Keys pressed fast (`n n n`) move the pane
    again before the message of the move before arrives; taken as news, it set the selection back a
    step and the next `n` repeated a quote."""
    return event.option_index == event.option_list.highlighted


def _span_count(extraction: Extraction) -> int:
    return len(extraction.quotes) + len(extraction.dates) + sum(len(a.mentions) for a in extraction.actors)


def _refresh_summary(before: Library, after: Library) -> str:
    """"Library refreshed: 122 articles (1 new, 2 gone, 1 changed)"."""
    old = {a.path: a for a in before.articles}
    new = {a.path: a for a in after.articles}
    added = len(new.keys() - old.keys())
    gone = len(old.keys() - new.keys())
    changed = sum(1 for p in new.keys() & old.keys() if new[p].text != old[p].text or new[p].title != old[p].title)
    parts = [f"{n} {what}" for n, what in ((added, "new"), (gone, "gone"), (changed, "changed")) if n]
    summary = f"Library refreshed: {plural(len(after.articles), 'article')}"
    return summary + (f" ({', '.join(parts)})" if parts else ", no changes")


def format_citation(quote: Quote, article: Article) -> str:
    """`“…” — Speaker, Title (date)`; an unattributed quote leaves the speaker out."""
    who = f"{quote.speaker}, " if quote.speaker else ""
    title = article.title or Path(article.path).stem
    when = f" ({article.published.isoformat()})" if article.published else ""
    return f"“{quote_label(quote.text)}” — {who}{title}{when}"


__all__ = ["ReaderScreen", "format_citation"]
