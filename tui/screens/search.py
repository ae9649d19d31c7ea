"""The search screen (`/`): one query, results grouped as Articles, Actors and Quotes as you type.

Dismisses with a `SearchChoice` (or None on escape): the app opens the article, reveals the quote,
or pushes the actor page. `SearchCommands` offers the same searches in the command palette.
"""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process
from rich.text import Text
from textual.markup import escape as escape_markup
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tui.model import Article
from tui.plural import plural
from tui.search.engine import GROUP_TITLES, GROUPS, Result, Results, SearchEngine
from tui.search.fold import fold, fold_query
from tui.widgets.panes import kind_label, opening_words

ChoiceKind = Literal["article", "quote", "actor"]
DEBOUNCE = 0.06  # seconds of quiet typing before a search runs
HIGHLIGHT = "bold underline"


@dataclass(frozen=True, slots=True)
class SearchChoice:
    """What the user picked: open `path` (and reveal `span` for a quote), or an actor's page."""

    kind: ChoiceKind
    path: str | None = None
    span: tuple[int, int] | None = None
    actor: str | None = None


def choice_for(result: Result) -> SearchChoice:
    if result.group == "actor":
        return SearchChoice("actor", actor=result.label)
    if result.group == "quote":
        return SearchChoice("quote", path=result.path, span=result.span)
    return SearchChoice("article", path=result.path)


def open_engine(library_root: Path, progress=None) -> SearchEngine:
    """Open (building when absent) the index of `library_root`, its groups loaded. Searches work
    at once; `engine.prepare()` (run it in a worker) then makes typing fast on big libraries."""
    engine = SearchEngine.open(library_root, build=True, progress=progress)
    for group in GROUPS:
        engine.corpus(group)
    return engine


def highlighted(label: str, positions: Sequence[int], width: int = 0) -> Text:
    text = Text(label if not width or len(label) <= width else label[: width - 1] + "…")
    for pos in positions:
        if pos < len(text.plain):
            text.stylize(HIGHLIGHT, pos, pos + 1)
    return text


def query_words(query: str) -> list[str]:
    """The free words of a query (filters such as `said:ruiz` left out), for marking snippets."""
    return [w.strip("\"'") for w in query.split() if ":" not in w and len(w.strip("\"'")) > 1]


def snippet(detail: str, words: Sequence[str] = (), limit: int = 110) -> Text:
    """A full-text snippet on one line (its line breaks flattened), cut between words with an
    ellipsis, the query's words marked."""
    flat = " ".join(detail.split())
    if len(flat) > limit:
        flat = opening_words(flat, limit)
    text = Text(flat)
    lowered = flat.lower()
    for word in words:
        w = word.lower()
        at = lowered.find(w)
        while at >= 0:
            text.stylize(HIGHLIGHT, at, at + len(w))
            at = lowered.find(w, at + len(w))
    return text


def describe(result: Result, words: Sequence[str] = ()) -> Text:
    """One line for a result: the label with its matched characters marked, and a dim detail."""
    if result.group == "quote":
        text = Text("“") + highlighted(result.label, result.highlights, 90) + Text("”")
        text.append(f"  — {result.speaker or 'unattributed'}", style="dim")
        if result.published:
            text.append(f", {result.published}", style="dim")
        return text
    text = highlighted(result.label, result.highlights, 90)
    if result.group == "actor":
        text.append(f"  {kind_label(result.kind or '')} · {plural(result.articles or 0, 'article')} · {plural(result.quotes or 0, 'quote')}",
                    style="dim")
    else:
        if result.published:
            text.append(f"  {result.published}", style="dim")
        if result.detail:
            detail = snippet(result.detail, words)
            detail.stylize_before("dim italic")  # under the marked words
            text.append("\n    ")
            text.append_text(detail)
    return text


class SearchScreen(ModalScreen["SearchChoice | None"]):
    BINDINGS = [
        Binding("escape", "close", "Close search", id="search.close"),
        Binding("down", "move(1)", "Next result", show=False, id="search.next"),
        Binding("up", "move(-1)", "Previous result", show=False, id="search.prev"),
    ]

    def __init__(self, library_root: Path, articles: Sequence[Article], engine: SearchEngine | None = None,
                 query: str = "") -> None:
        super().__init__()
        self.library_root = Path(library_root)
        self.articles = tuple(articles)
        self.engine = engine
        self.initial_query = query
        self.last_results: Results | None = None
        self._titles = [fold(a.title or Path(a.path).stem) for a in self.articles]
        self._choices: list[SearchChoice | str | None] = []
        self._limits = {g: 5 for g in GROUPS}
        self._timer: Timer | None = None
        self._error: str | None = None
        self._keep_at: int | None = None  # the row of a "more…" just chosen: the highlight stays there
        self.last_query: str | None = None  # the query when a result was chosen

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            # select_on_focus off: coming back from the results, typing goes on rather than replacing
            yield Input(value=self.initial_query, placeholder="Search articles, actors, quotes…  "
                        "(actor: quote: said: date:2025-02 from: to:)", id="search-input", select_on_focus=False)
            # hints and errors right under the query they are about (hidden when there are none)
            yield Static("", id="search-status", markup=False, classes="-empty")
            yield OptionList(id="search-results")
        yield Footer()  # this screen's keys, over the reader's footer beneath

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.engine is None:
            self._set_status("Opening the library index…")
            self._open_engine()
        else:
            self._prepare(self.engine)  # a no-op once done
        self._schedule(0)

    # ----------------------------------------------------------------- the index

    @work(thread=True, exclusive=True, group="search-open")
    def _open_engine(self) -> None:
        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._set_status, f"Indexing the library… {done}/{total}")

        try:
            engine = open_engine(self.library_root, progress)
        except Exception as err:  # shown in the results area, never a crash
            self.app.call_from_thread(self._engine_failed, f"{type(err).__name__}: {err}")
            return
        self.app.call_from_thread(self._engine_ready, engine)

    def _engine_ready(self, engine: SearchEngine) -> None:
        self.engine = engine
        self._schedule(0)
        self._prepare(engine)

    @work(thread=True, exclusive=True, group="search-prepare")
    def _prepare(self, engine: SearchEngine) -> None:
        engine.prepare()

    def _engine_failed(self, reason: str) -> None:
        self._error = f"The library index is not available ({reason}); searching titles only"
        self._schedule(0)

    # ----------------------------------------------------------------- typing

    def on_input_changed(self, event: Input.Changed) -> None:
        self._limits = {g: 5 for g in GROUPS}
        self._schedule(DEBOUNCE)

    def _schedule(self, delay: float) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(delay, self._run_search) if delay else None
        if not delay:
            self._run_search()

    def _run_search(self) -> None:
        query = self.query_one(Input).value
        if self.engine is None:
            self._show_titles(query)
        else:
            self._search(self.engine, query, dict(self._limits))

    @work(thread=True, exclusive=True, group="search")
    def _search(self, engine: SearchEngine, query: str, limits: dict[str, int]) -> None:
        try:
            results = engine.search(query, limit=max(limits.values()))
        except Exception as err:
            self.app.call_from_thread(self._set_status, f"Search failed: {type(err).__name__}: {err}")
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, query, results, limits)

    def _show(self, query: str, results: Results, limits: dict[str, int]) -> None:
        if query != self.query_one(Input).value:
            return  # typing went on; a newer search is on its way
        self.last_results = results
        options: list[Option] = []
        choices: list[SearchChoice | str | None] = []
        words = query_words(query)
        for group in GROUPS:
            items = results.groups[group][: limits[group]]
            if not items:
                continue
            options.append(Option(Text(GROUP_TITLES[group], style="bold"), disabled=True))
            choices.append(None)
            for result in items:
                options.append(Option(describe(result, words)))
                choices.append(choice_for(result))
            if results.more[group] or len(results.groups[group]) > limits[group]:
                options.append(Option(Text(f"  more {GROUP_TITLES[group].lower()}…", style="italic")))
                choices.append(group)
        self._fill(options, choices)
        notes = [n for n in results.notices]
        message = results.message or ""
        if self._error:
            notes.append(self._error)
        self._set_status("  ".join([message, *notes]).strip())

    def _show_titles(self, query: str) -> None:
        """Before the index is ready (or without one): fuzzy titles of the loaded articles."""
        q = fold_query(query)
        if q:
            hits = process.extract(q, self._titles, scorer=fuzz.partial_ratio, limit=20, score_cutoff=75,
                                   processor=None)
        else:
            hits = []
        options = [Option(Text("Articles", style="bold"), disabled=True)] if hits else []
        choices: list[SearchChoice | str | None] = [None] if hits else []
        for _, _score, i in hits:
            art = self.articles[i]
            options.append(Option(Text(art.title or Path(art.path).stem)))
            choices.append(SearchChoice("article", path=art.path))
        self._fill(options, choices)
        if self._error:
            self._set_status(self._error)
        elif not q:
            self._set_status("Type to search (the library index is being prepared)")
        elif not hits:
            self._set_status(f"No titles match {query.strip()!r} (the full index is still being prepared)")
        else:
            self._set_status("Titles only while the library index is being prepared…")

    def _fill(self, options: list[Option], choices: list[SearchChoice | str | None]) -> None:
        results = self.query_one(OptionList)
        results.clear_options()
        results.add_options(options)
        self._choices = choices
        keep, self._keep_at = self._keep_at, None
        if keep is not None and keep < len(choices) and choices[keep] is not None:
            results.highlighted = keep  # the first of the results "more…" brought
            return
        first = next((i for i, c in enumerate(choices) if c is not None), None)
        results.highlighted = first

    def _set_status(self, message: str) -> None:
        status = self.query_one("#search-status", Static)
        status.update(message)
        status.set_class(not message, "-empty")

    # ----------------------------------------------------------------- choosing

    def action_move(self, step: int) -> None:
        results = self.query_one(OptionList)
        if not self._choices:
            return
        index = results.highlighted if results.highlighted is not None else -step
        for _ in range(len(self._choices)):
            index = (index + step) % len(self._choices)
            if self._choices[index] is not None:
                results.highlighted = index
                return

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._choose(self.query_one(OptionList).highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        if index is None or not 0 <= index < len(self._choices):
            return
        choice = self._choices[index]
        if isinstance(choice, SearchChoice):
            self.last_query = self.query_one(Input).value  # to come back to from an actor page
            self.dismiss(choice)
        elif isinstance(choice, str):  # "more" for a group
            self._limits[choice] += 10
            self._keep_at = index
            self._schedule(0)

    def on_key(self, event: events.Key) -> None:
        """Typing while the results list has the focus goes on in the search box."""
        if not self.query_one(OptionList).has_focus:
            return
        box = self.query_one(Input)
        if event.is_printable and event.character:
            box.focus()
            box.insert_text_at_cursor(event.character)
        elif event.key == "backspace":
            box.focus()
            box.action_delete_left()
        else:
            return
        event.stop()
        event.prevent_default()

    def action_close(self) -> None:
        self.dismiss(None)


class SearchCommands(Provider):
    """Command palette (ctrl+p): the library search's articles, actors and quotes.

    Uses the app's `search_engine` attribute when it has one, else opens the index of the app's
    `library_root` (or the configured library). Picking a hit calls `app.open_search_choice(choice)`.
    """

    _engine: SearchEngine | None = None

    async def startup(self) -> None:
        engine = getattr(self.app, "search_engine", None)
        if engine is None:
            from tui.config import default_library
            from tui.library.index import LibraryIndex

            root = getattr(self.app, "library_root", None) or default_library()

            def open_existing() -> SearchEngine | None:
                index = LibraryIndex.open(Path(root))
                return SearchEngine(index) if index.exists else None

            try:
                engine = await asyncio.to_thread(open_existing)
            except Exception:
                engine = None
        self._engine = engine

    async def search(self, query: str) -> Hits:
        engine = self._engine
        if engine is None or not query.strip():
            return
        results = await asyncio.to_thread(engine.search, query, 5)
        for result in results:
            prefix = {"article": "Article", "actor": "Actor", "quote": "Quote"}[result.group]
            label = Text(f"{prefix}: ") + describe(result).split("\n")[0]
            # Textual's own commands score 0-1: a rapidfuzz 0-100 maps onto the same scale.
            yield Hit(result.score / 100, label, self._opener(choice_for(result)),
                      text=f"{prefix}: {result.label}", help=escape_markup(result.path or ""))

    async def discover(self) -> Hits:
        yield DiscoveryHit("Search the library", self._open_search, help="Articles, actors and quotes (/)")

    def _open_search(self) -> None:
        root = getattr(self.app, "library_root", None)
        articles = getattr(self.app, "articles", ())
        if root is None:
            from tui.config import default_library

            root = default_library()
        self.app.push_screen(SearchScreen(Path(root), articles, self._engine),
                             lambda choice: self._deliver(choice))

    def _opener(self, choice: SearchChoice):
        return lambda: self._deliver(choice)

    def _deliver(self, choice: SearchChoice | None) -> None:
        if choice is None:
            return
        handler = getattr(self.app, "open_search_choice", None)
        if handler is not None:
            handler(choice)
        else:
            self.app.notify(f"{choice.kind}: {choice.path or choice.actor}", markup=False)
