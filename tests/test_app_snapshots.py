"""How the reader looks: SVG snapshots (pytest-textual-snapshot) of the main screen, wide and narrow.

Built on the test library and the fake extractor of test_app_support, so the pictures do not move
when the real extractors improve. Update after an intended change with `pytest --snapshot-update`.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from test_app_support import fake_extract, write_library
from tui.app import NewsReaderApp
from tui.screens.reader import ReaderScreen


@pytest.fixture
def app(tmp_path: Path) -> NewsReaderApp:
    library = write_library(tmp_path / "library")
    return NewsReaderApp(library, extractor=fake_extract, restore=False)


async def _settle(pilot) -> None:  # type: ignore[no-untyped-def]
    app = pilot.app
    for _ in range(100):
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        if isinstance(screen, ReaderScreen) and screen.extraction is not None and not app.workers:
            break
    await pilot.pause()


def test_main_screen_wide(snap_compare, app: NewsReaderApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _settle(pilot)
        await pilot.press("n", "n", "n")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)


def test_main_screen_narrow(snap_compare, app: NewsReaderApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _settle(pilot)
        await pilot.press("n", "n")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_main_screen_light_theme(snap_compare, app: NewsReaderApp) -> None:  # type: ignore[no-untyped-def]
    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _settle(pilot)
        await pilot.press("t", "d")
        pilot.app.clear_notifications()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(120, 40), run_before=run_before)
