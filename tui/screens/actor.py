"""The actor page: one actor across the library — articles, quotes, who else appears, when."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Label, OptionList, Static
from textual.widgets.option_list import Option

from tui.model import Article, quote_label
from tui.plural import plural
from tui.screens.search import SearchChoice, open_engine
from tui.search.engine import ActorPage, SearchEngine
from tui.widgets.panes import kind_label, opening_words


class ActorScreen(ModalScreen["SearchChoice | None"]):
    BINDINGS = [Binding("escape", "close", "Close actor page", id="actor.close")]

    def __init__(self, library_root: Path, actor_name: str, articles: Sequence[Article] = (),
                 engine: SearchEngine | None = None) -> None:
        super().__init__()
        self.library_root = Path(library_root)
        self.actor_name = actor_name
        self.articles = tuple(articles)
        self.engine = engine
        self.page: ActorPage | None = None

    def compose(self) -> ComposeResult:
        with Vertical(id="actor-box"):
            yield Label(self.actor_name, id="actor-title", markup=False)
            yield Static("Loading…", id="actor-summary", markup=False)
            with Horizontal():
                with Vertical(id="actor-main"):
                    yield Label("Articles (newest first)", classes="actor-heading")
                    yield OptionList(id="actor-articles")
                    yield Label("Quotes", classes="actor-heading")
                    yield OptionList(id="actor-quotes")
                with Vertical(id="actor-side"):
                    yield Label("Named alongside", classes="actor-heading")
                    yield OptionList(id="actor-co")
        yield Footer()  # this screen's keys, over the reader's footer beneath

    def on_mount(self) -> None:
        self.query_one("#actor-articles", OptionList).focus()
        self._load()

    @work(thread=True, exclusive=True, group="actor-page")
    def _load(self) -> None:
        try:
            engine = self.engine or open_engine(self.library_root)
            page = engine.actor_page(self.actor_name)
        except Exception as err:
            self.app.call_from_thread(self._summary, f"The library index is not available ({err})")
            return
        self.app.call_from_thread(self._show, engine, page)

    def _summary(self, text: str) -> None:
        self.query_one("#actor-summary", Static).update(text)

    def _show(self, engine: SearchEngine, page: ActorPage | None) -> None:
        self.engine = engine
        self.page = page
        if page is None:
            self._summary(f"No actor named {self.actor_name!r} in this library")
            return
        self.query_one("#actor-title", Label).update(page.name)
        span = f"{page.first} – {page.last}" if page.first and page.first != page.last else (page.first or "no dates")
        self._summary(f"{kind_label(page.kind)} · {plural(page.n_articles, 'article')} · {plural(page.n_quotes, 'quote')} · {span}")
        articles = self.query_one("#actor-articles", OptionList)
        articles.clear_options()
        articles.add_options(
            Option(Text.assemble((f"{a.published or '----------'}  ", "dim"), a.title)) for a in page.articles)
        quotes = self.query_one("#actor-quotes", OptionList)
        quotes.clear_options()
        if page.quotes:
            quotes.add_options(
                Option(Text.assemble(f"“{opening_words(quote_label(q.text), 110)}”",
                                     (f"  — {q.title}, {q.published or 'undated'}", "dim")))
                for q in page.quotes)
        else:
            quotes.add_option(Option(Text("No quotes attributed to them", style="dim"), disabled=True))
        co = self.query_one("#actor-co", OptionList)
        co.clear_options()
        co.add_options(Option(Text.assemble(name, (f"  {n}", "dim"))) for name, _kind, n in page.co_actors)
        for widget in (articles, quotes, co):
            if widget.option_count and not widget.get_option_at_index(0).disabled:
                widget.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        page = self.page
        if page is None:
            return
        i = event.option_index
        if event.option_list.id == "actor-articles" and i < len(page.articles):
            self.dismiss(SearchChoice("article", path=page.articles[i].path))
        elif event.option_list.id == "actor-quotes" and i < len(page.quotes):
            q = page.quotes[i]
            self.dismiss(SearchChoice("quote", path=q.path, span=q.span))
        elif event.option_list.id == "actor-co" and i < len(page.co_actors):
            self.dismiss(SearchChoice("actor", actor=page.co_actors[i][0]))

    def action_close(self) -> None:
        self.dismiss(None)
