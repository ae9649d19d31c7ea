"""The reader with App.run_test() and Pilot: navigation, panes, library, search, state."""
from __future__ import annotations

import asyncio
import functools
from pathlib import Path

import pytest
from textual.widgets import Input
from textual.worker import WorkerFailed

from test_app_support import fake_extract, write_library
from tui.app import NewsReaderApp
from tui.screens.error import ErrorScreen
from tui.screens.reader import ReaderScreen, format_citation
from tui.widgets.article import ArticleView
from tui.widgets.library import LibraryPane
from tui.widgets.panes import ActorsPane, DatesPane, QuotesPane

SIZE = (120, 40)


def sync(fn):  # type: ignore[no-untyped-def]
    """Run an async test with asyncio.run (no pytest async plugin is a dependency)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # type: ignore[no-untyped-def]
        return asyncio.run(fn(*args, **kwargs))

    return wrapper


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return write_library(tmp_path / "library")


def make_app(path: Path, **kw) -> NewsReaderApp:  # type: ignore[no-untyped-def]
    kw.setdefault("extractor", fake_extract)
    return NewsReaderApp(path, **kw)


async def settle(pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    """Wait for the library, the extraction and the counts; return the reader screen."""
    app = pilot.app
    for _ in range(100):
        try:
            await app.workers.wait_for_complete()
        except WorkerFailed:  # the app shows a failed worker (tested); waiting goes on
            pass
        await pilot.pause()
        screen = app.screen
        if isinstance(screen, ErrorScreen):
            return screen  # type: ignore[return-value]
        if isinstance(screen, ReaderScreen) and screen.library is not None and (
            screen.extraction is not None or not screen.library.articles
        ) and not app.workers:
            return screen
    raise AssertionError("the reader did not settle")


def line_in_view(view: ArticleView, offset: int) -> bool:
    """The body line showing text offset `offset` is on screen."""
    y = view.body.virtual_region.y + view.body.line_of(offset)
    return view.scroll_y <= y < view.scroll_y + view.scrollable_content_region.height


async def open_title(pilot, screen: ReaderScreen, title: str) -> None:  # type: ignore[no-untyped-def]
    article = next(a for a in screen.library.articles if a.title == title)
    screen.open_path(article.path)
    await settle(pilot)


@sync
async def test_quote_navigation(library: Path) -> None:
    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        view = screen.query_one(ArticleView)
        quotes = screen.query_one(QuotesPane)
        assert quotes.border_title == "Quotes (9)"
        assert view.scroll_y == 0
        await pilot.press("n", "n", "n")
        assert screen.status_text.startswith("Quote 3/9")
        assert quotes.highlighted == 2
        third = screen.quotes[2]
        assert line_in_view(view, third.start)
        assert view.body.current == (third.start, third.end)
        y3 = view.scroll_y
        await pilot.press("p")
        assert screen.status_text.startswith("Quote 2/9")
        assert quotes.highlighted == 1
        assert view.scroll_y <= y3
        # wrap-around at both ends, with a notice
        await pilot.press("p", "p")
        assert screen.status_text.startswith("Quote 9/9")
        assert any("last quote" in n.message for n in app._notifications)
        await pilot.press("n")
        assert screen.status_text.startswith("Quote 1/9")
        assert any("first quote" in n.message for n in app._notifications)
        # y copies the selected quote with speaker and source
        await pilot.press("y")
        first = screen.quotes[0]
        # (the comma that belongs to the sentence around the quote is left out)
        assert first.text.endswith("engine,")
        assert app.clipboard == f"“{first.text[:-1]}” — Ada Lovelace, The Analytical Engine Debate (2025-08-09)"
        assert app.clipboard == format_citation(first, screen.article)
        # enter in the Quotes pane jumps to the highlighted quote
        quotes.focus()
        quotes.highlighted = 0
        await pilot.press("down", "down", "down", "down", "enter")
        assert screen.status_text.startswith("Quote 5/9")
        assert view.body.current == (screen.quotes[4].start, screen.quotes[4].end)


@sync
async def test_late_pane_highlight_does_not_set_the_quote_back(library: Path) -> None:
    """Keys pressed fast: the Quotes pane's message about one move can arrive after the next `n`;
    the older index must not become the selection again (the next `n` would repeat a quote)."""
    from textual.widgets import OptionList

    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        pane = screen.query_one(QuotesPane)
        await pilot.press("n", "n")
        assert screen.sel.quote == pane.highlighted == 1
        pane.post_message(OptionList.OptionHighlighted(pane, pane.get_option_at_index(0), 0))
        await pilot.pause()
        assert screen.sel.quote == 1
        await pilot.press("n")
        assert screen.status_text.startswith("Quote 3/9")


@sync
async def test_no_quotes(library: Path) -> None:
    app = make_app(library / "quiet.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await pilot.press("n")
        assert screen.status_text == "No quotes"
        await pilot.press("m")
        assert screen.status_text == "No actors"
        await pilot.press("d")
        assert screen.status_text == "No dates"
        await pilot.press("o")
        assert "No actors in this article" in [n.message for n in app._notifications]
        assert app.screen is screen


@sync
async def test_mentions_cycle_for_selected_actor(library: Path) -> None:
    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        actors = screen.query_one(ActorsPane)
        top = screen.actors[0]
        assert actors.highlighted == 0
        n = len(top.mentions)
        await pilot.press("m")
        assert screen.status_text == f"Mention 1/{n} · {top.name}"
        await pilot.press("m")
        assert screen.status_text == f"Mention 2/{n} · {top.name}"
        assert screen.query_one(ArticleView).body.current == (top.mentions[1].start, top.mentions[1].end)
        await pilot.press("M", "M")
        assert screen.status_text == f"Mention {n}/{n} · {top.name}"
        # another actor: highlight it in the pane, m starts at its first mention
        actors.focus()
        await pilot.press("down")
        second = screen.actors[1]
        await pilot.press("m")
        assert screen.status_text == f"Mention 1/{len(second.mentions)} · {second.name}"


@sync
async def test_dates_step_and_sort(library: Path) -> None:
    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        dates = screen.query_one(DatesPane)
        assert dates.border_title.startswith("Dates (9)")
        await pilot.press("d", "d")
        assert screen.status_text.startswith("Date 2/9")
        assert dates.highlighted == 1
        await pilot.press("D")
        assert screen.status_text.startswith("Date 1/9")
        await pilot.press("s")
        assert "by value" in dates.border_title
        # j/k/g/G/space scroll the article when it has the focus
        view = screen.query_one(ArticleView)
        view.focus()
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("j", "j")
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g", "space")
        assert view.scroll_y > 2


@sync
async def test_sorting_dates_keeps_the_selected_date_and_updates_the_status(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "dates.txt").write_text(
        "Three Days\n\nAugust 9, 2025\n\nIt began on Friday. The order dates from January 20. "
        "They met again on Monday.\n", encoding="utf-8")
    app = make_app(tmp_path / "lib")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await pilot.press("d")
        assert screen.status_text == "Date 1/3 · Friday → Friday 8 August 2025 (2025-08-08)"
        await pilot.press("s")
        dates = screen.query_one(DatesPane)
        assert [d.text for d in screen.dates] == ["January 20", "Monday", "Friday"]
        assert dates.highlighted == 2
        assert screen.status_text == "Date 3/3 · Friday → Friday 8 August 2025 (2025-08-08)"
        await pilot.press("s", "d")
        assert screen.status_text == "Date 2/3 · January 20 → Monday 20 January 2025 (2025-01-20)"


@sync
async def test_focus_order(library: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        screen.query_one(LibraryPane).table.focus()
        order = []
        for _ in range(5):
            await pilot.press("tab")
            order.append(app.focused.id)
        assert order == ["article", "actors", "quotes", "dates", "library-table"]
        await pilot.press("shift+tab")
        assert app.focused.id == "dates"


@sync
async def test_letter_keys_type_in_the_filter(library: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        pane = screen.query_one(LibraryPane)
        status = screen.status_text
        pane.filter_input.focus()
        await pilot.press("n", "o", "t", "e", "s")
        assert pane.filter_input.value == "notes"
        assert screen.status_text == status  # n did not step quotes
        assert [a.title for a in pane.filtered] == ["Notes on the Engine"]
        await pilot.press("enter")
        assert screen.article.title == "Notes on the Engine"
        # a filter that matches nothing says so, in the list and on ] / [
        pane.filter_input.focus()
        pane.filter_input.value = "zzzz"
        await pilot.pause()
        assert pane.border_title == "Library (0/4)"
        assert pane.table.empty_message == "No titles match “zzzz”"
        assert "".join(s.text for s in pane.table.render_line(0)).startswith(" No titles match “")  # (cut to fit)
        screen.query_one(ArticleView).focus()
        await pilot.press("right_square_bracket")
        assert "No articles match the library filter" in [n.message for n in app._notifications]
        assert screen.article.title == "Notes on the Engine"
        pane.filter_input.value = ""
        await pilot.pause()
        # the placeholder says how the box is reached: ↑ from the list's first row
        assert pane.filter_input.placeholder.endswith("(↑ from list)")
        pane.table.focus()
        await pilot.press("home", "up")
        assert app.focused is pane.filter_input
        for width in (160, 120, 100, 80):  # it fits the box at every layout; in full where there is room
            await pilot.resize_terminal(width, 40 if width > 80 else 24)
            await pilot.pause()
            assert len(pane.filter_input.placeholder) < pane.filter_input.content_size.width
            assert pane.filter_input.placeholder.endswith("(↑ from list)")
            assert (pane.filter_input.placeholder == "Filter titles (↑ from list)") == (width in (160, 80))
        await pilot.resize_terminal(*SIZE)
        await pilot.pause()
        screen.query_one(ArticleView).focus()
        # l hides and shows the library pane
        pane = screen.query_one(LibraryPane)
        assert pane.region.width > 0
        await pilot.press("l")
        await pilot.pause()
        assert pane.region.width == 0
        await pilot.press("l")
        await pilot.pause()
        assert pane.region.width > 0
        pane.filter_input.focus()
        await pilot.press("escape")
        assert not isinstance(app.focused, Input)


@sync
async def test_library_order_counts_and_skipped(library: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        pane = screen.query_one(LibraryPane)
        assert [a.title for a in pane.articles] == [
            "The Analytical Engine Debate", "Royal Society Meets", "A Quiet Day", "Notes on the Engine"]
        assert pane.quote_counts[str(library / "engines.txt")] == 9
        skipped = pane.query_one("#skipped")
        lines = ["".join(seg.text for seg in skipped.render_line(y)).rstrip() for y in range(skipped.size.height)]
        assert lines[0] == "broken.txt"
        assert lines[1].startswith("  binary file")
        # a reason too long for the pane wraps under itself, indented
        assert all(line.startswith("  ") for line in lines[1:] if line), lines
        assert pane.query_one("#skipped-title").region.height > 0


@sync
async def test_skipped_files_are_reachable_from_the_keyboard(library: Path) -> None:
    """down past the last article enters the skipped list; arrows scroll it; up at its top goes back;
    tab from it goes on to the article as from the library list."""
    from tui.widgets.library import SkippedList

    for i in range(12):
        (library / f"broken-{i:02d}.txt").write_bytes(b"\x00\x01 binary \xff")
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        pane = screen.query_one(LibraryPane)
        skipped = pane.query_one(SkippedList)
        assert skipped.max_scroll_y > 0  # more than it shows
        pane.table.focus()
        await pilot.press("end")
        assert pane.table.cursor_row == len(pane.filtered) - 1
        await pilot.press("down")
        assert app.focused is skipped
        await pilot.press("down", "down")
        assert skipped.scroll_y == 2
        await pilot.press("end")
        assert skipped.scroll_y == skipped.max_scroll_y
        await pilot.press("home", "up")
        assert app.focused is pane.table and pane.table.cursor_row == len(pane.filtered) - 1
        await pilot.press("down", "tab")
        assert app.focused.id == "article"
        await pilot.press("shift+tab")
        assert app.focused is pane.table
        # without skipped files, down on the last row stays there
        pane.set_articles(pane.articles, [], library)
        await pilot.pause()
        await pilot.press("end", "down")
        assert app.focused is pane.table and pane.table.cursor_row == len(pane.filtered) - 1


@sync
async def test_next_previous_article(library: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        assert screen.article.title == "The Analytical Engine Debate"
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert screen.article.title == "Royal Society Meets"
        await pilot.press("left_square_bracket", "left_square_bracket")
        await settle(pilot)
        assert screen.article.title == "Notes on the Engine"


@sync
async def test_markdown_highlights_are_exact(library: Path) -> None:
    app = make_app(library / "notes.md")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        body = screen.query_one(ArticleView).body
        text = screen.article.text
        display = body.layout_.display
        assert "• first item" in display
        for actor in screen.actors:
            for m in actor.mentions:
                (lo, hi), = body.layout_.to_display(m.start, m.end)
                assert display[lo:hi] == text[m.start:m.end] == m.text


@sync
async def test_markdown_table_columns_line_up(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "table.md").write_text(
        "---\ntitle: Who is who\ndate: 2025-08-09\n---\n\nThe people.\n\n"
        "| Name | Role | Seen |\n|---|---|---|\n| Ada Lovelace | Mathematician | Friday |\n"
        "| Charles Babbage |  | Monday |\n\nThe end.\n", encoding="utf-8")
    app = make_app(tmp_path / "lib")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        body = screen.query_one(ArticleView).body
        lines = body.layout_.display.split("\n")
        rows = [line for line in lines if "│" in line or "┼" in line]
        assert rows == [
            "Name            │ Role          │ Seen",
            "────────────────┼───────────────┼───────",
            "Ada Lovelace    │ Mathematician │ Friday",
            "Charles Babbage │               │ Monday",
        ]
        text = screen.article.text
        for actor in screen.actors:
            for m in actor.mentions:
                (lo, hi), = body.layout_.to_display(m.start, m.end)
                assert body.layout_.display[lo:hi] == text[m.start:m.end] == m.text
        assert {d.text for d in screen.dates} == {"Friday", "Monday"}


@sync
async def test_markdown_list_items_hang_under_their_text(tmp_path: Path) -> None:
    """A wrapped list item continues under the text after "• " (a quote under its bar); highlights,
    clicks and line numbers still match the text."""
    long = " ".join(["Ada Lovelace met Charles Babbage in London on Friday and spoke of engines."] * 3)
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "list.md").write_text(
        "---\ntitle: Lists\ndate: 2025-08-09\n---\n\nIntro.\n\n"
        f"- {long}\n- short\n  1. {long}\n\n> {long}\n", encoding="utf-8")
    app = make_app(tmp_path / "lib")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        body = screen.query_one(ArticleView).body
        shown = ["".join(seg.text for seg in body.render_line(y)).rstrip() for y in range(body.size.height)]
        first = next(i for i, line in enumerate(shown) if line.startswith("• Ada"))
        assert shown[first + 1].startswith("  ") and shown[first + 1][2] != " ", shown[first:first + 4]
        assert shown[first + 2].startswith("  ") and shown[first + 2][2] != " "
        nested = next(i for i, line in enumerate(shown) if line.startswith("  1. Ada"))
        assert shown[nested + 1].startswith("     ") and shown[nested + 1][5] != " "
        quoted = next(i for i, line in enumerate(shown) if line.startswith("▎ Ada"))
        assert shown[quoted + 1].startswith("▎ ") and shown[quoted + 1][2] != " "
        # no line is wider than the body
        assert all(len(line) <= body.content_size.width for line in shown)
        # the highlights are still exactly the spans, and the words shown are the text's, in order
        text = screen.article.text
        display = body.layout_.display
        for actor in screen.actors:
            for m in actor.mentions:
                (lo, hi), = body.layout_.to_display(m.start, m.end)
                assert display[lo:hi] == text[m.start:m.end] == m.text
        assert " ".join(" ".join(shown).replace("▎", " ").replace("•", " ").split()) == " ".join(
            display.replace("▎", " ").replace("•", " ").split())
        # on a hanging line, line_of and offset_at agree with what is drawn there
        last = screen.actors[0].mentions[-1]
        line = body.line_of(last.start)
        target = body.layout_.to_display(last.start, last.end)[0][0]
        x = next(x for x in range(body.content_size.width) if body.offset_at(x, line) == target)
        assert shown[line][x:x + len(last.text)] == last.text
        assert line > quoted and body.offset_at(0, line) is None  # a hanging line: the drawn bar is no text


@sync
async def test_bad_library_path_shows_error_screen(tmp_path: Path) -> None:
    app = make_app(tmp_path / "does-not-exist")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        assert isinstance(screen, ErrorScreen)
        assert "no such file or folder" in screen.reason
        await pilot.press("question_mark")
        await pilot.pause()
        ids = {i for _, _, i in app.screen.rows}  # the reader's keys do nothing here: not listed
        assert "app.quit" in ids and "quote.next" not in ids
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("q")
    assert app.return_code == 1


@sync
async def test_one_unreadable_file_names_its_reason(tmp_path: Path) -> None:
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\x00\x01binary")
    app = make_app(junk)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        view = screen.query_one(ArticleView)
        assert str(view.query_one("#article-title").render()) == "Cannot open this article"
        assert "binary file" in str(view.query_one("#article-meta").render())


@sync
async def test_empty_library(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    app = make_app(tmp_path / "empty")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        assert screen.status_text == "No articles"
        # Keys act, not type: the focus is not in the (first focusable) filter box.
        assert app.focused is screen.query_one(ArticleView)
        assert [p.border_title for p in (screen.query_one(ActorsPane), screen.query_one(QuotesPane),
                                         screen.query_one(DatesPane))] == ["Actors (0)", "Quotes (0)", "Dates (0)"]
        await pilot.press("n", "m", "d", "right_square_bracket")
        assert screen.status_text == "No articles"
        assert screen.query_one(LibraryPane).filter_input.value == ""
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


@sync
async def test_keys_act_while_the_library_loads(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Before the library is listed the article has the focus, so `q` quits rather than typing."""
    import time

    from tui.library import scan

    slow = scan.try_load
    monkeypatch.setattr(scan, "try_load", lambda path: (time.sleep(0.1), slow(path))[1])
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.library is None  # still loading
        assert not isinstance(app.focused, Input)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


@sync
async def test_state_restored_on_restart(library: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await open_title(pilot, screen, "The Analytical Engine Debate")
        await pilot.press("n", "n", "n", "n", "n")
        await pilot.press("t")
        theme = app.theme
        scroll = screen.query_one(ArticleView).scroll_y
        assert scroll > 0
        await pilot.press("q")
    app2 = make_app(library)
    async with app2.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await pilot.pause()
        assert screen.article.title == "The Analytical Engine Debate"
        view = screen.query_one(ArticleView)
        assert view.scroll_y == pytest.approx(scroll, abs=1)
        assert app2.theme == theme
        # r reloads the library and keeps the open article and the place in it
        (library / "new.txt").write_text("A New One\n\nAugust 10, 2025\n\nFresh text.\n", encoding="utf-8")
        await pilot.press("r")
        await settle(pilot)
        assert screen.article.title == "The Analytical Engine Debate"
        assert view.scroll_y == pytest.approx(scroll, abs=1)
        assert "A New One" in [a.title for a in screen.query_one(LibraryPane).articles]


def _contrast(fg, bg) -> float:  # type: ignore[no-untyped-def]
    """WCAG contrast ratio of two rich colours."""

    def luminance(colour) -> float:  # type: ignore[no-untyped-def]
        def channel(v: int) -> float:
            v2 = v / 255
            return v2 / 12.92 if v2 <= 0.03928 else ((v2 + 0.055) / 1.055) ** 2.4

        r, g, b = colour.get_truecolor()
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@sync
async def test_highlights_readable_in_every_theme(library: Path) -> None:
    """The selected quote's strong highlight and the library's cursor row stay readable (WCAG 3:1)."""
    from tui.app import THEMES
    from tui.widgets.article import ArticleBody

    app = make_app(library / "engines.txt", restore=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await pilot.press("n")
        body = screen.query_one(ArticleBody)
        table = screen.query_one(LibraryPane).table
        quote = screen.quotes[0].text
        for theme in THEMES:
            app.theme = theme
            await pilot.pause()
            checked = 0
            for widget in (body, table):
                for y in range(widget.size.height):
                    for seg in widget.render_line(y):
                        style = seg.style
                        if not seg.text.strip() or style is None or style.color is None or style.bgcolor is None:
                            continue
                        if widget is body and seg.text.strip() not in quote:
                            continue
                        assert _contrast(style.color, style.bgcolor) >= 3.0, (theme, seg.text, style)
                        checked += 1
            assert checked


@sync
async def test_theme_cycles_dark_and_light(library: Path) -> None:
    app = make_app(library / "quiet.txt", restore=False)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.theme
        await pilot.press("t")
        assert app.theme != first
        assert {first, app.theme} == {"textual-dark", "textual-light"}


@sync
async def test_help_lists_bindings_and_keymap(library: Path) -> None:
    from tui.config import Config
    from tui.screens.help import HelpScreen

    app = make_app(library / "engines.txt", config=Config(keymap={"quote.next": "x"}))
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await pilot.press("x")
        assert screen.status_text.startswith("Quote 1/9")
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        rows = {d: (k, i) for k, d, i in app.screen.rows}
        assert rows["Next quote"] == ("x", "quote.next")
        assert rows["Search the library"] == ("/", "search")
        assert rows["On the library list's first row: filter the titles"][0] == "↑"
        assert rows["Leave input; close search, help, actor page"] == ("esc", "input.leave")
        # every binding of the reader is listed, with the id a keymap names
        from tui.widgets.article import ArticleView

        ids = {b.id for owner in (ReaderScreen, ArticleView, NewsReaderApp) for b in owner.BINDINGS}
        assert ids <= {i for _, _, i in app.screen.rows}
        keys_text = str(app.screen.query_one("#help-keys").render())
        assert "quote.next" in keys_text
        hint = str(app.screen.query_one("#help-hint").render())
        assert "[keymap]" in hint  # shown, not eaten as markup
        # at 80 columns every row fits on one line (key, what it does, id)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        keys = app.screen.query_one("#help-keys")
        assert keys.virtual_size.height == len(app.screen.rows)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


@sync
async def test_search_opens_article_and_escape_closes(library: Path) -> None:
    from tui.screens.search import SearchScreen

    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await app.workers.wait_for_complete()  # the search opens (and builds) its index first
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("slash")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.press(*"Royal Society")
        search_input = app.screen.query_one(Input)
        assert search_input.value == "Royal Society"  # letters typed, none ran a binding
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)  # the search debounces keystrokes
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert screen.article.title == "Royal Society Meets"


@sync
async def test_seed_article_with_real_extractor(seed_path: Path) -> None:
    """The bundled seed with the real extractors (whatever they find today): n steps or says so."""
    app = NewsReaderApp(seed_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        assert screen.article.title.startswith("Trump Considers Military Action")
        await pilot.press("n", "n", "n")
        n = len(screen.quotes)
        if n >= 3:
            assert screen.status_text.startswith(f"Quote 3/{n}")
            assert screen.query_one(QuotesPane).highlighted == 2
            await pilot.press("p")
            assert screen.status_text.startswith(f"Quote 2/{n}")
        elif n == 0:
            assert screen.status_text == "No quotes"


@sync
async def test_narrow_terminal_collapses_side_panes(library: Path) -> None:
    app = make_app(library / "engines.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        assert screen.narrow
        visible = [p.id for p in screen.query(".pane") if p.region.width > 0]
        assert visible == ["quotes"]
        # the tabs carry each pane's count (the hidden panes' titles are not on screen)
        from textual.widgets import Tab

        labels = [str(t.label) for t in screen.query(Tab)]
        assert labels == [f"Actors {len(screen.actors)}", "Quotes 9", "Dates 9"]
        await pilot.press("d")
        await pilot.pause()
        visible = [p.id for p in screen.query(".pane") if p.region.width > 0]
        assert visible == ["dates"]
        article = screen.query_one(ArticleView)
        assert article.region.right <= 80 and article.region.width >= 40


@sync
async def test_narrowing_keeps_the_focused_pane_in_view(library: Path) -> None:
    app = make_app(library / "engines.txt")
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await settle(pilot)
        dates = screen.query_one(DatesPane)
        dates.focus()
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert screen.narrow
        assert app.focused is dates and dates.region.width > 0
        await pilot.press("d")
        assert screen.status_text.startswith("Date 1/")
        # the same for the library: its filter box or list keeps the focus, in view
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        pane = screen.query_one(LibraryPane)
        pane.filter_input.focus()
        await pilot.press("e", "n")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert app.focused is pane.filter_input and pane.region.width > 0
        await pilot.press("g")
        assert pane.filter_input.value == "eng"


@sync
async def test_search_choice_quote_reveals_span(library: Path) -> None:
    from tui.screens.search import SearchChoice

    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await open_title(pilot, screen, "Royal Society Meets")
        engines = str(library / "engines.txt")
        quote = fake_extract(next(a for a in screen.library.articles if a.path == engines).text).quotes[6]
        app.open_search_choice(SearchChoice("quote", path=engines, span=(quote.start, quote.end)))
        await settle(pilot)
        assert screen.article.path == engines
        assert screen.status_text.startswith("Quote 7/9")
        assert screen.query_one(ArticleView).scroll_y > 0


@sync
async def test_actor_page_opens_and_escape_closes(library: Path) -> None:
    from tui.screens.actor import ActorScreen

    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen)
        assert app.screen.actor_name == screen.actors[0].name
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


@sync
async def test_mouse_opens_article_and_jumps_to_quote(library: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        pane = screen.query_one(LibraryPane)
        # rows are two lines high: the second article's row starts at y=2 of the table
        await pilot.click("#library-table", offset=(3, 2))
        await settle(pilot)
        assert screen.article.title == "Royal Society Meets"
        await pilot.click("#quotes", offset=(3, 1))
        await pilot.pause()
        assert screen.status_text.startswith("Quote 1/1")
        assert pane.current_path == screen.article.path


@sync
async def test_click_in_text_selects_the_item_there(library: Path) -> None:
    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        body = screen.query_one(ArticleView).body
        babbage = next(a for a in screen.actors if a.name == "Charles Babbage")
        mention = babbage.mentions[0]
        line = body.line_of(mention.start)
        target = body.layout_.display_offset(mention.start)
        x = next(x for x in range(body.content_size.width) if body.offset_at(x, line) == target)
        assert line < body.region.height
        await pilot.click(body, offset=(x + 1, line))
        await pilot.pause()
        assert screen.status_text == f"Mention 1/{len(babbage.mentions)} · Charles Babbage"
        assert screen.query_one(ActorsPane).highlighted == screen.actors.index(babbage)
        quote = screen.quotes[0]
        line = body.line_of(quote.start + 3)
        target = body.layout_.display_offset(quote.start + 3)
        x = next(x for x in range(body.content_size.width) if body.offset_at(x, line) == target)
        await pilot.click(body, offset=(x, line))
        await pilot.pause()
        assert screen.status_text.startswith("Quote 1/9")


@sync
async def test_config_file_theme_and_keymap(library: Path) -> None:
    from tui.config import config_path

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('theme = "nord"\n\n[keymap]\n"quote.next" = "x"\n"quote.prev" = "z"\n', encoding="utf-8")
    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        assert app.theme == "nord"
        await pilot.press("x", "x", "z")
        assert screen.status_text.startswith("Quote 1/9")


@sync
async def test_refresh_picks_up_new_files_and_says_what_changed(library: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        before = len(screen.library.articles)
        (library / "added.txt").write_text("A Late Addition\n\nAugust 10, 2025\n\nLovelace said \"hello\".\n",
                                          encoding="utf-8")
        (library / "quiet.txt").unlink()
        await pilot.press("r")
        screen = await settle(pilot)
        assert len(screen.library.articles) == before
        assert "A Late Addition" in [a.title for a in screen.query_one(LibraryPane).filtered]
        messages = [n.message for n in app._notifications]
        assert f"Library refreshed: {before} articles (1 new, 1 gone)" in messages, messages
        await pilot.press("r")
        await settle(pilot)
        assert f"Library refreshed: {before} articles, no changes" in [n.message for n in app._notifications]


@sync
async def test_square_brackets_are_text_not_markup(tmp_path: Path) -> None:
    """Titles, quotes, paths and queries with [brackets] show as written; copying such a quote
    crashed the app (MarkupError in the notification)."""
    root = tmp_path / "[drafts]"
    root.mkdir()
    (root / "[update] note.txt").write_text(
        "[Update] The [/b] Engine [bold red]\n\nAugust 9, 2025\n\n"
        'Ada Lovelace spoke on Friday. "A [sic] win for [/] working [bold]families[/bold]," Lovelace said.\n',
        encoding="utf-8")
    app = make_app(root)
    async with app.run_test(size=SIZE, notifications=True) as pilot:  # toasts render markup
        screen = await settle(pilot)
        assert screen.article.title == "[Update] The [/b] Engine [bold red]"
        await pilot.press("n")
        await pilot.press("y")
        await pilot.pause()
        copied = [n.message for n in app._notifications if n.title == "Copied"]
        assert copied and "[/]" in copied[0] and "[/b]" in copied[0]
        assert "[" in str(screen.query_one("#status").render()) or screen.status_text.startswith("Quote 1/")
        await pilot.press("slash")
        await pilot.pause()
        await pilot.press(*"[/b]")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        screen.open_path(str(root / "missing [/b].txt"))
        await pilot.pause()
        assert any("missing [/b].txt" in n.message for n in app._notifications)
        assert isinstance(app.screen, ReaderScreen)
    assert app.return_code in (None, 0)


@sync
async def test_unknown_keymap_id_is_reported(library: Path) -> None:
    from tui.config import Config

    app = make_app(library / "engines.txt", config=Config(keymap={"quote.next": "x", "quote.nxet": "z"}))
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("quote.nxet" in m and "keymap" in m for m in messages), messages
        assert not any("quote.next" in m for m in messages)
        await pilot.press("x")
        assert screen.status_text.startswith("Quote 1/")


@sync
async def test_extractor_failure_is_shown_not_fatal(library: Path) -> None:
    def broken(text, published=None):  # type: ignore[no-untyped-def]
        if "Royal Society" in text:
            raise RuntimeError("extractor bug")
        return fake_extract(text, published)

    app = make_app(library, extractor=broken)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        pane = screen.query_one(LibraryPane)
        assert str(library / "society.txt") not in pane.quote_counts
        assert pane.quote_counts[str(library / "engines.txt")] == 9
        await open_title(pilot, screen, "Royal Society Meets")
        assert screen.query_one(QuotesPane).border_title == "Quotes (0)"
        assert any("failed" in n.message for n in app._notifications)


@sync
async def test_actor_kind_is_worded_the_same_everywhere(library: Path) -> None:
    """'organization' in the Actors pane, in search results and on the actor page (never 'org')."""
    from textual.widgets import OptionList, Static

    from tui.screens.actor import ActorScreen
    from tui.screens.search import SearchScreen

    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await open_title(pilot, screen, "Royal Society Meets")
        actors = screen.query_one(ActorsPane)
        prompts = [str(actors.get_option_at_index(i).prompt) for i in range(actors.option_count)]
        society = next(p for p in prompts if p.startswith("Royal Society"))
        assert "  organization · " in society and " org " not in society
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await app.workers.wait_for_complete()
        await pilot.press(*"Royal Society")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        results = app.screen.query_one("#search-results", OptionList)
        texts = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        assert any(t.startswith("Royal Society  organization · ") for t in texts), texts
        await pilot.press("escape")
        await pilot.pause()
        screen.query_one(ActorsPane).focus()
        screen.query_one(ActorsPane).select_index(prompts.index(society))
        await pilot.pause()
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen)
        summary = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "organization · " in summary


@sync
async def test_the_highlighted_quote_and_date_are_the_current_ones(library: Path) -> None:
    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        await pilot.press("n", "n", "n")
        assert screen.status_text.startswith("Quote 3/9")
        quotes = screen.query_one(QuotesPane)
        quotes.focus()
        await pilot.press("down", "down")          # the reader moves on in the pane: quote 5
        await pilot.press("y")
        assert app.clipboard == format_citation(screen.quotes[4], screen.article)
        await pilot.press("n")                      # and steps on from there
        assert screen.status_text.startswith("Quote 6/9")
        dates = screen.query_one(DatesPane)
        dates.focus()
        dates.highlighted = 3
        await pilot.pause()
        await pilot.press("d")
        assert screen.status_text.startswith("Date 5/")
        # o on a quote opens the page of its speaker
        quotes.focus()
        quotes.highlighted = 0
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        from tui.screens.actor import ActorScreen
        assert isinstance(app.screen, ActorScreen) and app.screen.actor_name == screen.quotes[0].speaker


@sync
async def test_a_pane_hidden_with_its_container_gives_the_focus_to_the_article(library: Path) -> None:
    app = make_app(library / "engines.txt")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        await pilot.press("l")                      # the library shows, beside the tabbed panes
        await pilot.pause()
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        screen.query_one(DatesPane).focus()
        await pilot.pause()
        await pilot.resize_terminal(80, 24)         # the focused pane stays in view, as a tab
        await pilot.pause()
        await pilot.pause()
        focused = app.focused
        assert focused is not None
        assert all(w.display for w in focused.ancestors_with_self if hasattr(w, "display"))
        assert focused.region.width > 0
        assert focused is screen.query_one(DatesPane)  # (the side panes no longer hide under the library)


@sync
async def test_search_and_actor_page_show_their_own_keys(library: Path) -> None:
    from textual.widgets import Footer

    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await pilot.pause()
        footer = app.screen.query_one(Footer)  # the search screen's own, over the reader's
        assert footer.screen is app.screen
        keys = {b.binding.description for b in app.screen.active_bindings.values() if b.binding.show}
        assert "Close search" in keys and "Next quote" not in keys


@sync
async def test_the_config_theme_wins_unless_the_reader_picked_one_since(library: Path) -> None:
    from tui.config import config_path

    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)

    async def run(press: str = "") -> str:
        app = make_app(library / "engines.txt", config=None)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            if press:
                await pilot.press(press)
            theme = app.theme
            await pilot.press("q")
        return theme

    path.write_text('theme = "textual-light"\n', encoding="utf-8")
    assert await run() == "textual-light"      # not picked: nothing remembered
    path.write_text('theme = "nord"\n', encoding="utf-8")
    assert await run() == "nord"               # so an edit of the config shows
    picked = await run("t")                    # a pick in the reader is remembered ...
    assert picked != "nord" and await run() == picked
    path.write_text('theme = "gruvbox"\n', encoding="utf-8")
    assert await run() == "gruvbox"            # ... until the config is edited again


@sync
async def test_escape_on_an_actor_page_from_search_returns_to_the_search(library: Path) -> None:
    from tui.screens.actor import ActorScreen
    from tui.screens.search import SearchChoice, SearchScreen

    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        name = screen.actors[0].name
        await pilot.press("slash")
        await pilot.pause()
        search = app.screen
        assert isinstance(search, SearchScreen)
        await app.workers.wait_for_complete()
        await pilot.press(*name.lower())
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        search.last_query = search.query_one(Input).value
        search.dismiss(SearchChoice("actor", actor=name))   # as Enter on the actor's row does
        await pilot.pause()
        assert isinstance(app.screen, ActorScreen) and app.screen.actor_name == name
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one(Input).value == name.lower()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


@sync
async def test_a_keymap_that_gives_one_key_to_two_bindings_is_reported(library: Path) -> None:
    from tui.config import Config

    app = make_app(library / "engines.txt", config=Config(keymap={"search": "n"}))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("'n'" in m and "quote.next" in m and "search" in m for m in messages), messages


@sync
async def test_a_pane_lists_its_first_rows_and_n_still_reaches_every_quote(
        library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.screens.reader as reader

    monkeypatch.setattr(reader, "PANE_ROWS", 4)
    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        quotes = screen.query_one(QuotesPane)
        assert quotes.border_title == "Quotes (9)"
        assert quotes.option_count == 5  # four quotes and a note of the rest
        assert "5 more" in str(quotes.get_option_at_index(4).prompt)
        await pilot.press(*["n"] * 6)
        assert screen.status_text.startswith("Quote 6/9")
        view = screen.query_one(ArticleView)
        assert view.body.current == (screen.quotes[5].start, screen.quotes[5].end)


@sync
async def test_o_on_an_unattributed_quote_opens_no_one(tmp_path: Path) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "q.txt").write_text(
        "Quiet\n\nAugust 9, 2025\n\n\"Nobody knows who wrote this line,\" the sign read. Ada Lovelace came later.\n",
        encoding="utf-8")
    app = make_app(tmp_path / "lib")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        assert screen.quotes[0].speaker is None and screen.actors  # an actor is selected
        screen.query_one(QuotesPane).focus()
        await pilot.press("n", "o")
        await pilot.pause()
        assert app.screen is screen
        assert "This quote has no speaker" in [n.message for n in app._notifications]


@sync
async def test_a_keymap_key_no_keyboard_sends_is_reported(library: Path) -> None:
    from tui.config import Config

    app = make_app(library / "engines.txt",
                   config=Config(keymap={"search": "ctrl+nope", "actor.page": "", "quote.next": "x,ctrl+shift+down"}))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("search" in m and "'ctrl+nope'" in m for m in messages), messages
        assert any("actor.page" in m and "''" in m for m in messages), messages
        assert not any("quote.next" in m for m in messages)


@sync
async def test_escape_from_an_actor_named_alongside_goes_back_one_page(library: Path) -> None:
    from textual.widgets import Label, OptionList

    from tui.screens.actor import ActorScreen

    app = make_app(library / "engines.txt")
    async with app.run_test(size=SIZE) as pilot:
        screen = await settle(pilot)
        screen.push_actor_page("Ada Lovelace")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        assert isinstance(app.screen, ActorScreen)
        title = lambda: str(app.screen.query_one("#actor-title", Label).render())  # noqa: E731
        assert title() == "Ada Lovelace"
        co = app.screen.query_one("#actor-co", OptionList)
        assert co.option_count and not co.get_option_at_index(0).disabled
        co.focus()
        co.highlighted = 0
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        assert isinstance(app.screen, ActorScreen) and title() != "Ada Lovelace"
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        assert isinstance(app.screen, ActorScreen) and title() == "Ada Lovelace"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


def test_a_markdown_title_heading_is_not_shown_twice(tmp_path: Path) -> None:
    from tui.library.loader import load_article
    from tui.widgets.layout import body_layout

    path = tmp_path / "a.md"
    path.write_text('# Big News Today\n\nThe council met on Friday. "We agree," said Ana Ruiz.\n', encoding="utf-8")
    article = load_article(path)
    layout = body_layout(article)
    assert article.title == "Big News Today" and article.text.startswith("Big News Today")
    assert layout.display.startswith("The council met")
    start = article.text.index("Ana Ruiz")
    (lo, hi), = layout.to_display(start, start + len("Ana Ruiz"))
    assert layout.display[lo:hi] == "Ana Ruiz"
    assert layout.to_display(0, 3) == []  # the title's own words are not in the body


def write_dense(root: Path, quotes: int) -> Path:
    """One article of `quotes` quotes, each with three dates (800 quotes: 2,400 dates)."""
    root.mkdir(parents=True, exist_ok=True)
    paras = [f'Ada Lovelace spoke on Friday and Monday, January 20. "This is statement number {i + 1} about '
             f'the engine and the plan for next year," Lovelace said in London.' for i in range(quotes)]
    path = root / "dense.txt"
    path.write_text("A Very Long Hearing\n\nAugust 9, 2025\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    return path


def tabs_whole(screen: ReaderScreen) -> list[str]:
    """The side tabs' labels, each checked to lie wholly inside the strip (none scrolled off)."""
    from textual.widgets import Tab

    from tui.widgets.panes import SideTabs

    strip = screen.query_one(SideTabs)
    assert strip.region.width > 0
    labels = []
    for tab in strip.query(Tab):
        assert strip.region.x <= tab.region.x and tab.region.right <= strip.region.right, tab.label_text
        labels.append(tab.label_text)
    return labels


@sync
async def test_narrow_terminal_keeps_the_side_tabs_beside_the_library(tmp_path: Path) -> None:
    """80x24: the side panes are tabs whether the library is shown or not, their labels whole."""
    from tui.widgets.library import ArticleList
    from tui.widgets.panes import ItemPane

    app = make_app(write_dense(tmp_path / "dense", 800))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        assert screen.narrow and screen.query_one(LibraryPane).region.width == 0
        assert tabs_whole(screen) == ["Actors 2", "Quotes 800", "Dates 2.4k"]  # 2,400 does not fit
        await pilot.press("l")                          # the library shows ...
        await pilot.pause()
        library = screen.query_one(LibraryPane)
        assert library.region.width > 0 and library.region.height >= 6
        assert tabs_whole(screen) == ["Actors 2", "Quotes 800", "Dates 2.4k"]  # ... and the tabs stay
        quotes = screen.query_one(QuotesPane)
        assert quotes.region.height >= 4 and quotes.region.width > 20
        article = screen.query_one(ArticleView)
        assert article.region.width >= 40 and article.region.right <= 80
        # tab reaches the library, the article and each pane, which comes into view with the focus
        assert isinstance(app.focused, ArticleList)
        seen = []
        for _ in range(5):
            await pilot.press("tab")
            await pilot.pause()
            focused = app.focused
            assert focused is not None and focused.region.width > 0 and focused.region.height > 0
            seen.append(focused.id if isinstance(focused, ItemPane) else type(focused).__name__)
        assert seen == ["ArticleView", "actors", "quotes", "dates", "ArticleList"]
        await pilot.press("tab")                        # the article: d shows the Dates tab
        await pilot.press("d")
        await pilot.pause()
        assert screen.query_one(DatesPane).region.height > 0 and quotes.region.height == 0
        await pilot.press("l")                          # the library hides: the tabs are whole still
        await pilot.pause()
        assert library.region.width == 0
        assert tabs_whole(screen) == ["Actors 2", "Quotes 800", "Dates 2.4k"]


@sync
async def test_side_tabs_shorten_their_counts_to_fit() -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Tab

    from tui.widgets.panes import SideTabs, short_count

    assert [short_count(n) for n in (0, 999, 1000, 2400, 2499, 9999, 12_345, 50_000, 1_250_000)] == [
        "0", "999", "1k", "2.4k", "2.4k", "9.9k", "12k", "50k", "1.2M"]

    class Host(App):
        def compose(self) -> ComposeResult:
            yield SideTabs(Tab("Actors", id="tab-actors"), Tab("Quotes", id="tab-quotes"),
                           Tab("Dates", id="tab-dates"), id="side-tabs", active="tab-quotes")

    for width, expected in ((60, ["Actors 12", "Quotes 50,000", "Dates 2,400"]),
                            (36, ["Actors 12", "Quotes 50k", "Dates 2.4k"]),
                            (24, ["Actors", "Quotes", "Dates"])):
        app = Host()
        async with app.run_test(size=(width, 5)) as pilot:
            tabs = app.query_one(SideTabs)
            tabs.set_count("tab-actors", 12)
            tabs.set_count("tab-quotes", 50_000)
            tabs.set_count("tab-dates", 2400)
            await pilot.pause()
            assert [t.label_text for t in tabs.query(Tab)] == expected
            assert all(t.region.right <= width for t in tabs.query(Tab))
            tabs.set_count("tab-quotes", None)  # not known yet
            await pilot.pause()
            assert tabs.query_one("#tab-quotes", Tab).label_text in ("Quotes …", "Quotes")


@sync
async def test_pane_widths_follow_the_terminal(library: Path) -> None:
    """Panes take a bounded share of the width: the article the largest share at 100 columns; on a
    wide screen the panes grow, and a Dates row fits on one line."""
    app = make_app(library / "engines.txt")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await settle(pilot)
        widths = {}
        for size in ((100, 30), (120, 40), (160, 48), (220, 50)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            w = tuple(screen.query_one(f"#{name}").region.width for name in ("library", "article", "side"))
            assert sum(w) == size[0] and min(w) > 0
            widths[size[0]] = w
        library_w, article_w, side_w = widths[100]
        assert article_w >= 46 and article_w > library_w + 20 and article_w > side_w + 20
        assert library_w >= 26 and side_w >= 26  # a library row's date and count still fit
        assert widths[220][0] > widths[160][0] > widths[100][0] - 1
        assert widths[220][2] > widths[160][2] > widths[100][2]
        assert widths[220][0] <= 44 and widths[220][2] <= 56  # the article keeps the rest
        dates = screen.query_one(DatesPane)
        assert dates.option_count == len(screen.dates) and dates.virtual_size.height == dates.option_count


@sync
async def test_resizing_keeps_the_reading_position(tmp_path: Path) -> None:
    """A resize rewraps the body: the selected quote stays in view, or else the line at the top."""
    app = make_app(write_dense(tmp_path / "dense", 120))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await settle(pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("p")                          # the last quote
        last = screen.quotes[-1]
        assert screen.status_text.startswith("Quote 120/120") and line_in_view(view, last.start)
        for size in ((100, 30), (160, 48), (80, 24), (220, 50), (100, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert line_in_view(view, last.start), size
            assert screen.status_text.startswith("Quote 120/120")
        screen.action_step("quote", -50)                # a quote mid-article
        await pilot.pause()
        middle = screen.quotes[screen.sel.quote]
        assert screen.status_text.startswith("Quote 70/120") and line_in_view(view, middle.start)
        for size in ((80, 24), (220, 50), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert line_in_view(view, middle.start), size
        # reading on past the selected quote: the line at the top stays at the top
        view.focus()
        await pilot.press("space", "space", "j")
        assert not line_in_view(view, middle.start)

        def top_offset() -> int:
            rows = view.body.wrapped
            return rows.starts[round(view.scroll_y) - view.body.virtual_region.y]

        offset = top_offset()
        for size in ((80, 24), (160, 48), (100, 30)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            rows = view.body.wrapped
            assert rows.width == view.body.content_size.width
            assert rows.row_at(offset) == round(view.scroll_y) - view.body.virtual_region.y, size
        await pilot.press("l")                          # the library hides: the article widens
        await pilot.pause()
        rows = view.body.wrapped
        assert rows.row_at(offset) == round(view.scroll_y) - view.body.virtual_region.y
