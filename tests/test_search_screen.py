"""Pilot tests: the search screen and the actor page."""
from __future__ import annotations

import asyncio
import functools
from pathlib import Path

import pytest
from test_index import fake_extract
from test_search import library  # noqa: F401  (fixture)
from textual.app import App
from textual.widgets import Label, OptionList, Static

from tui.library.index import LibraryIndex
from tui.library.scan import load_library
from tui.resources import styles_dir
from tui.screens.actor import ActorScreen
from tui.screens.search import SearchChoice, SearchCommands, SearchScreen
from tui.search import SearchEngine

UNSET = object()


def sync(fn):
    """Run an async test with asyncio.run (no pytest async plugin is a dependency)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return asyncio.run(fn(*args, **kwargs))

    return wrapper


class Host(App):
    """Pushes one screen and keeps what it dismissed with (styled as in the reader)."""

    CSS_PATH = [styles_dir() / "app.tcss"]

    def __init__(self, make_screen) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.result: object = UNSET

    def on_mount(self) -> None:
        self.push_screen(self.make_screen(), self._done)

    def _done(self, result: object) -> None:
        self.result = result


@pytest.fixture
def engine(library: Path) -> SearchEngine:  # noqa: F811
    index = LibraryIndex.open(library, extractor=fake_extract)
    index.refresh()
    return SearchEngine(index)


async def settle(pilot) -> None:
    await pilot.pause(0.1)  # the debounce
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def option_texts(screen) -> list[str]:
    options = screen.query_one("#search-results", OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@sync
async def test_typing_updates_results_and_enter_opens_the_article(library: Path, engine: SearchEngine) -> None:  # noqa: F811
    articles = load_library(library).articles
    app = Host(lambda: SearchScreen(library, articles, engine))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert "Type to search" in str(screen.query_one("#search-status", Static).render())
        await pilot.press(*"said:")
        await settle(pilot)
        assert str(screen.query_one("#search-status", Static).render()) == "said: needs a name, e.g. said:ruiz"
        await pilot.press(*["backspace"] * 5)
        await pilot.press(*"sheinbam")
        await settle(pilot)
        texts = option_texts(screen)
        assert texts[0] == "Articles" and "Actors" in texts
        assert any(t.startswith("Claudia Sheinbaum") for t in texts)
        await pilot.press("backspace", *"um tariffs")
        await settle(pilot)
        assert option_texts(screen)[1].startswith("Sheinbaum answers Washington on tariffs")
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == SearchChoice("article", path=str(library / "a.txt"))


@sync
async def test_enter_on_an_actor_and_on_a_quote(library: Path, engine: SearchEngine) -> None:  # noqa: F811
    app = Host(lambda: SearchScreen(library, (), engine))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*"kowalsky")
        await settle(pilot)
        texts = option_texts(app.screen)
        actor_row = next(i for i, t in enumerate(texts) if t.startswith("Jan Kowalski"))
        results = app.screen.query_one("#search-results", OptionList)
        for _ in range(10):  # down skips the group headings
            if results.highlighted == actor_row:
                break
            await pilot.press("down")
        assert results.highlighted == actor_row
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == SearchChoice("actor", actor="Jan Kowalski")

    app = Host(lambda: SearchScreen(library, (), engine))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*"quote:unlawful")
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause()
    text = (library / "c.txt").read_text(encoding="utf-8")
    body = text.split("\n\n", 1)[1]
    start = body.index("The act is unlawful")
    assert app.result == SearchChoice("quote", path=str(library / "c.txt"), span=(start, start + 19))


@sync
async def test_no_results_and_escape(library: Path, engine: SearchEngine) -> None:  # noqa: F811
    app = Host(lambda: SearchScreen(library, (), engine))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press(*"zzqxv")
        await settle(pilot)
        assert option_texts(app.screen) == []
        assert "No results for 'zzqxv'" in str(app.screen.query_one("#search-status", Static).render())
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


@sync
async def test_without_an_engine_it_builds_the_index(library: Path) -> None:  # noqa: F811
    articles = load_library(library).articles
    app = Host(lambda: SearchScreen(library, articles))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(*"kowalski military")
        await settle(pilot)
        assert any(t.startswith("Kowalski on the military act") for t in option_texts(app.screen))
        await pilot.press("enter")
        await pilot.pause()
    assert app.result == SearchChoice("article", path=str(library / "c.txt"))


@sync
async def test_actor_page(library: Path, engine: SearchEngine) -> None:  # noqa: F811
    app = Host(lambda: ActorScreen(library, "sheinbaum", (), engine))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        assert str(screen.query_one("#actor-title", Label).render()) == "Claudia Sheinbaum"
        summary = str(screen.query_one("#actor-summary", Static).render())
        assert "2 articles" in summary and "2 quotes" in summary and "2025-01-21 – 2025-02-03" in summary
        articles = screen.query_one("#actor-articles", OptionList)
        assert [str(articles.get_option_at_index(i).prompt) for i in range(articles.option_count)] == [
            "2025-02-03  Sheinbaum answers Washington on tariffs", "2025-01-21  Rubio visits Mexico City"]
        quotes = screen.query_one("#actor-quotes", OptionList)
        assert quotes.option_count == 2
        co = screen.query_one("#actor-co", OptionList)
        assert any(str(co.get_option_at_index(i).prompt).startswith("Mexico") for i in range(co.option_count))
        await pilot.press("enter")  # the newest article has focus
        await pilot.pause()
    assert app.result == SearchChoice("article", path=str(library / "a.txt"))

    app = Host(lambda: ActorScreen(library, "nobody at all", (), engine))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        # at 80 columns the articles and quotes keep most of the width
        assert app.screen.query_one("#actor-main").region.width >= 45
        assert app.screen.query_one("#actor-side").region.width >= 20
        assert "No actor named" in str(app.screen.query_one("#actor-summary", Static).render())
        await pilot.press("escape")
        await pilot.pause()
    assert app.result is None


@sync
async def test_command_palette_provider(library: Path, engine: SearchEngine) -> None:  # noqa: F811
    chosen: list[SearchChoice] = []

    class PaletteApp(App):
        COMMANDS = App.COMMANDS | {SearchCommands}
        search_engine = engine

        def open_search_choice(self, choice: SearchChoice) -> None:
            chosen.append(choice)

    app = PaletteApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"sheinbam")
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
    assert chosen and chosen[0].kind in ("article", "actor")


@sync
async def test_actor_page_cuts_long_quotes_between_words(library: Path, engine: SearchEngine) -> None:  # noqa: F811
    from tui.search.engine import ActorPage, PageArticle, PageQuote

    words = " ".join(f"analytical{i}" for i in range(60))
    page = ActorPage("Ada Lovelace", "person", 1, 1, [PageArticle("a.txt", "A title", "2025-01-01")],
                     [PageQuote(words, (0, len(words)), "a.txt", "A title", "2025-01-01")], [], "2025-01-01", None)
    app = Host(lambda: ActorScreen(library, "Ada Lovelace", (), engine))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        screen._show(engine, page)
        await pilot.pause()
        prompt = str(screen.query_one("#actor-quotes", OptionList).get_option_at_index(0).prompt)
        shown = prompt.split("”")[0].removeprefix("“")
        assert shown.endswith("…") and len(shown) <= 111
        assert shown[:-1].split()[-1] in words.split()  # a whole word before the ellipsis
        assert "— A title, 2025-01-01" in prompt


@sync
async def test_full_text_snippet_is_one_line_with_the_words_marked(library: Path, engine: SearchEngine) -> None:  # noqa: F811
    articles = load_library(library).articles
    app = Host(lambda: SearchScreen(library, articles, engine))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press(*"sovereignty")
        await settle(pilot)
        options = screen.query_one("#search-results", OptionList)
        prompt = next(options.get_option_at_index(i).prompt for i in range(options.option_count)
                      if str(options.get_option_at_index(i).prompt).startswith("Sheinbaum answers"))
        title, detail = str(prompt).split("\n    ")
        assert "\n" not in detail and "Sovereignty is not negotiable" in detail  # the body's line break flattened
        at = str(prompt).index("Sovereignty")
        assert any(s.start <= at and s.end >= at + len("Sovereignty") and "underline" in str(s.style)
                   for s in prompt.spans)


@sync
async def test_typing_goes_on_from_the_results_and_more_keeps_the_place(tmp_path: Path) -> None:
    from test_index import write_article
    from textual.widgets import Input

    root = tmp_path / "lib"
    for i in range(9):
        write_article(root, f"{i}.txt", f"Harbour report number {i}", f"The harbour opened pier {i}.")
    index = LibraryIndex.open(root, extractor=fake_extract)
    index.refresh()
    app = Host(lambda: SearchScreen(root, (), SearchEngine(index)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        box = app.screen.query_one(Input)
        results = app.screen.query_one("#search-results", OptionList)
        await pilot.press(*"harb")
        await settle(pilot)
        results.focus()
        await pilot.press(*"our")                  # typed into the box, not lost
        await settle(pilot)
        assert box.value == "harbour" and box.has_focus
        results.focus()
        await pilot.pause()
        box.focus()                                # back in the box: the text is not selected ...
        await pilot.pause()
        await pilot.press(*" re")                  # ... so typing goes on after it
        assert box.value == "harbour re"
        await settle(pilot)
        texts = option_texts(app.screen)
        more = texts.index("  more articles…")
        results.focus()
        results.highlighted = more
        await pilot.press("enter")
        await settle(pilot)
        assert results.highlighted == more         # the first of the newly shown articles
        assert option_texts(app.screen)[more].startswith("Harbour report")


@sync
async def test_hints_and_errors_sit_right_under_the_search_box(library: Path, engine: SearchEngine) -> None:  # noqa: F811
    """A filter's hint or error shows on the line under the query, not at the foot of the results area."""
    from textual.widgets import Input

    app = Host(lambda: SearchScreen(library, (), engine))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        screen = app.screen
        box = screen.query_one(Input)
        status = screen.query_one("#search-status", Static)
        results = screen.query_one("#search-results", OptionList)
        messages = {}
        for query in ("date:2025-13", 'said:"zzqx', "said:"):
            box.value = query
            await settle(pilot)
            messages[query] = str(status.render())
            assert messages[query], query
            assert status.region.height >= 1 and status.region.y == box.region.bottom, query
            assert results.region.y >= status.region.bottom
        assert "not a date" in messages["date:2025-13"]
        assert messages["said:"] == "said: needs a name, e.g. said:ruiz"
        # results and nothing to say: no empty line, the results start right under the box
        box.value = "sheinbaum"
        await settle(pilot)
        assert option_texts(screen) and str(status.render()) == ""
        assert status.region.height == 0 and results.region.y == box.region.bottom
