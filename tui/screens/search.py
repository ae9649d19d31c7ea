"""The search screen: one query, results as you type (first version: titles of loaded articles)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process, utils
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.model import Article

ChoiceKind = Literal["article", "quote", "actor"]


@dataclass(frozen=True, slots=True)
class SearchChoice:
    """What the user picked: open `path` (and reveal `span` for a quote), or an actor's page."""

    kind: ChoiceKind
    path: str | None = None
    span: tuple[int, int] | None = None
    actor: str | None = None


class SearchScreen(ModalScreen["SearchChoice | None"]):
    BINDINGS = [Binding("escape", "close", "Close search", id="search.close")]

    def __init__(self, library_root: Path, articles: Sequence[Article]) -> None:
        super().__init__()
        self.library_root = library_root
        self.articles = tuple(articles)
        self._titles = [utils.default_process(a.title or Path(a.path).stem) for a in self.articles]
        self._choices: list[SearchChoice] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="search-box"):
            yield Input(placeholder="Search articles, actors, quotes…", id="search-input")
            yield OptionList(id="search-results")
            yield Static("", id="search-status")

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        self._update("")

    def on_input_changed(self, event: Input.Changed) -> None:
        self._update(event.value)

    def _update(self, query: str) -> None:
        results = self.query_one(OptionList)
        results.clear_options()
        self._choices = []
        q = utils.default_process(query)
        if not q:
            hits = [(t, 100.0, i) for i, t in enumerate(self._titles)][:50]
        else:
            hits = process.extract(q, self._titles, scorer=fuzz.partial_ratio, limit=50, score_cutoff=60,
                                   processor=None)
        for _, _score, i in hits:
            art = self.articles[i]
            self._choices.append(SearchChoice("article", path=art.path))
            results.add_option(Option(Text(art.title or Path(art.path).stem)))
        status = self.query_one("#search-status", Static)
        status.update("" if hits else f"No articles match {query!r}")
        if hits:
            results.highlighted = 0

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self._choose(self.query_one(OptionList).highlighted)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        if index is not None and 0 <= index < len(self._choices):
            self.dismiss(self._choices[index])

    def action_close(self) -> None:
        self.dismiss(None)
