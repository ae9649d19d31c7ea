"""The article body's building blocks: wrapping (the fast ASCII path against Textual's own wrapper),
highlights filed by display offset, and a long article whose highlights come from the worker."""
from __future__ import annotations

import asyncio
import random
import re
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.content import Content

from test_app_support import fake_extract
from tui.app import NewsReaderApp
from tui.model import Extraction, Quote
from tui.screens.reader import SYNC_HIGHLIGHT_SPANS, ReaderScreen
from tui.widgets import layout as layout_module
from tui.widgets.article import ArticleBody
from tui.widgets.highlights import BLOCK, build_highlights
from tui.widgets.layout import BodyLayout, _wrap_ascii, _wrap_words, markdown_layout, plain_layout, wrap_rows


def _random_line(rng: random.Random) -> str:
    alphabet = rng.choice(["ab ", "abcd  ", "a  ", "Lorem ipsum, dolor sit amet.  ", "x-y_z!?  "])
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 70)))


def test_ascii_wrap_is_textuals_wrap() -> None:
    """The fast wrapper draws the same lines Textual would: long words, runs of spaces, leading and
    trailing spaces, any width."""
    rng = random.Random(7)
    for _ in range(4000):
        text = _random_line(rng)
        width = rng.randint(1, 24)
        expected = [piece.plain for piece in Content(text).wrap(width)]
        assert _wrap_words(text, width) == expected, (text, width)
        assert _wrap_ascii(text, width) == expected, (text, width)


def test_wrap_rows_fast_path_matches_the_general_one(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(11)
    text = "\n\n".join(_random_line(rng) * rng.randint(1, 4) for _ in range(300))
    layout = plain_layout(text)
    fast = {w: wrap_rows(layout, w) for w in (7, 20, 33, 80)}
    monkeypatch.setattr(layout_module, "_PRINTABLE_ASCII", re.compile(r"(?!)"))  # every line through Content.wrap
    for width, rows in fast.items():
        slow = wrap_rows(layout, width)
        assert (rows.starts, rows.ends) == (slow.starts, slow.ends), width


def test_rows_hang_and_find_offsets() -> None:
    long = " ".join(["word"] * 30)
    layout = markdown_layout(f"- {long}\n- short\n", f"{long}\n\nshort")
    rows = wrap_rows(layout, 40)
    assert rows[0].indent == "" and layout.display[rows[0].start:rows[0].start + 2] == "• "
    assert rows[1].indent == "  "  # the item's wrapped lines hang under its text
    assert len(rows) == len(rows.starts) == len(rows.ends)
    assert all(rows.row_at(rows.starts[y]) == y for y in range(len(rows)) if rows.starts[y] != rows.ends[y])


def _spans_over(spans: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    return [(max(lo, start) - start, min(hi, end) - start, style) for lo, hi, style in spans
            if max(lo, start) < min(hi, end)]


def test_highlights_within_is_every_overlapping_span_in_drawing_order() -> None:
    rng = random.Random(3)
    length = 5 * BLOCK + 17
    layout = BodyLayout("x" * length, ((0, 0, length),),
                        styles=((0, length, "italic"), (BLOCK - 3, BLOCK + 40, "bold")))
    quotes = []
    for _ in range(300):
        a = rng.randrange(length)
        b = min(length, a + rng.choice([1, 5, 30, BLOCK, 3 * BLOCK]))
        quotes.append(Quote("x", a, b))
    highlights = build_highlights(layout, Extraction(quotes=tuple(quotes)))
    spans = list(layout.styles) + [(q.start, q.end, ".body--quote") for q in quotes]
    assert list(highlights.spans) == spans
    for _ in range(500):
        a = rng.randrange(length + 1)
        b = min(length, a + rng.randint(0, 2 * BLOCK))
        assert highlights.within(a, b) == _spans_over(spans, a, b), (a, b)


def test_highlights_map_through_the_layout() -> None:
    """Spans index the text; the body shows them where the layout put the words (here after
    Markdown markup is gone and list bullets are added)."""
    source = "Ada **Lovelace** met Babbage.\n\n- on Friday in London\n- \"a quote here\" said Ada\n"
    text = "Ada Lovelace met Babbage.\n\non Friday in London\n\n\"a quote here\" said Ada"
    layout = markdown_layout(source, text)
    extraction = fake_extract(text)
    highlights = build_highlights(layout, extraction)
    shown = {(layout.display[lo:hi], style) for lo, hi, style in highlights.spans if style.startswith(".body--")}
    assert ("Lovelace", ".body--actor") in shown and ("London", ".body--actor") in shown
    assert ("Friday", ".body--date") in shown and ("a quote here", ".body--quote") in shown
    kinds = [style for _, _, style in highlights.spans]
    assert kinds.index(".body--quote") < kinds.index(".body--actor") < kinds.index(".body--date")


class _BodyApp(App[None]):
    # each kind in a style of its own, told apart in the drawn segments
    CSS = """
    ArticleBody > .body--quote { text-style: italic; }
    ArticleBody > .body--actor { text-style: bold; }
    ArticleBody > .body--date { text-style: underline; }
    """

    def compose(self) -> ComposeResult:
        yield ArticleBody(id="body")


def _drawn(body: ArticleBody, y: int, flag: str) -> str:
    """The text drawn on line `y` with style attribute `flag` ("bold", "italic", "underline")."""
    return "".join(seg.text for seg in body.render_line(y) if seg.style is not None and getattr(seg.style, flag))


def test_body_shows_highlights_built_for_its_layout_and_ignores_stale_ones() -> None:
    async def run() -> None:
        app = _BodyApp()
        async with app.run_test(size=(60, 10)) as pilot:
            body = app.query_one(ArticleBody)
            text = 'Ada Lovelace said "the engine weaves" on Friday.'
            layout = plain_layout(text)
            body.show(layout)
            await pilot.pause()
            assert _drawn(body, 0, "bold") == ""
            body.set_highlights(build_highlights(plain_layout(text), fake_extract(text)))  # another layout's
            await pilot.pause()
            assert _drawn(body, 0, "bold") == ""
            body.set_highlights(build_highlights(layout, fake_extract(text)))
            await pilot.pause()
            assert _drawn(body, 0, "bold") == "Ada Lovelace"
            assert _drawn(body, 0, "italic") == "the engine weaves"
            assert _drawn(body, 0, "underline") == "Friday"
            # narrower, the body rewraps and the highlights stay on their words
            await pilot.resize_terminal(9, 10)
            await pilot.pause()
            rows = range(len(body.rows(body.size.width)))
            assert [_drawn(body, y, "bold") for y in rows if _drawn(body, y, "bold")] == ["Ada", "Lovelace"]
            assert "".join(_drawn(body, y, "underline") for y in rows) == "Friday"

    asyncio.run(run())


def _dense_library(root: Path, lines: int) -> Path:
    root.mkdir(parents=True)
    line = 'Ada Lovelace said "the engine weaves patterns" on Friday in London.\n'
    (root / "dense.txt").write_text("Dense Transcript\n\nAugust 9, 2025\n\n" + line * lines, encoding="utf-8")
    (root / "short.txt").write_text("A Short One\n\nAugust 1, 2025\n\nBabbage met Lovelace on Monday.\n",
                                    encoding="utf-8")
    return root


async def _settle(pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    app = pilot.app
    for _ in range(200):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if isinstance(screen, ReaderScreen) and screen.extraction is not None and not app.workers:
            return screen
    raise AssertionError("the reader did not settle")


def test_a_long_article_gets_its_highlights_from_the_worker(tmp_path: Path) -> None:
    """Past SYNC_HIGHLIGHT_SPANS (also when the extraction is in memory already) the highlights
    are built in the worker; n still lands on the right quote, drawn highlighted."""
    lines = SYNC_HIGHLIGHT_SPANS // 4 + 50  # four spans a line: a quote, two actors, a date
    root = _dense_library(tmp_path / "lib", lines)

    async def run() -> None:
        app = NewsReaderApp(root / "dense.txt", extractor=fake_extract, restore=False)
        async with app.run_test(size=(120, 40)) as pilot:
            screen = await _settle(pilot)
            body = screen.query_one(ArticleBody)
            assert len(screen.quotes) == lines
            assert body._highlights.layout is body.layout_ and len(body._highlights.spans) > SYNC_HIGHLIGHT_SPANS
            await pilot.press("n", "n", "n")
            await pilot.pause()
            quote = screen.quotes[2]
            assert screen.status_text.startswith(f"Quote 3/{lines}")
            assert body.current == (quote.start, quote.end)
            y = body.line_of(quote.start)
            text = "".join(seg.text for seg in body.render_line(y))
            assert quote.text in text
            # opened again from memory: still through the worker, still highlighted
            layout = body.layout_
            screen.open_article(screen.article)
            assert body.layout_ is not layout
            screen = await _settle(pilot)
            assert body._highlights.layout is body.layout_ and len(body._highlights.spans) > SYNC_HIGHLIGHT_SPANS

    asyncio.run(run())
