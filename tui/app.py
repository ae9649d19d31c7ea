"""The Textual app: `newsreader [PATH]`."""
from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from tui.config import Config, load_config
from tui.model import Article, Extraction
from tui.resources import styles_dir
from tui.state import Place, State, load_state, save_state

if TYPE_CHECKING:
    from tui.library.scan import Library

Extractor = Callable[[str, "date | None"], Extraction]

# `t` cycles these (dark and light alternate); a theme from the config or state joins the cycle.
THEMES = ("textual-dark", "textual-light", "nord", "solarized-light", "gruvbox", "catppuccin-latte",
          "tokyo-night", "rose-pine-dawn", "dracula")
EXIT_AFTER_PAINT_ENV = "NEWSREADER_EXIT_AFTER_PAINT"


class Extractions:
    """Extractions for the reader: the library index when the default extractor runs, else memory.

    Called from thread workers only. The index (`tui.library.index`) caches per file and extractor
    version on disk; an injected extractor (tests) is cached in memory by (path, text).
    """

    def __init__(self, library_root: Path, extractor: Extractor | None = None) -> None:
        self.library_root = library_root
        self.extractor = extractor
        self._memory: dict[tuple[str, int, date | None], Extraction] = {}
        self._lock = threading.Lock()
        self._index = None
        self._index_error: str | None = None

    @staticmethod
    def _key(article: Article) -> tuple[str, int, date | None]:
        return article.path, hash(article.text), article.published

    def cached(self, article: Article) -> Extraction | None:
        with self._lock:
            return self._memory.get(self._key(article))

    def _open_index(self):  # type: ignore[no-untyped-def]
        if self.extractor is not None or self._index_error is not None:
            return None
        with self._lock:
            if self._index is None:
                try:
                    from tui.library.index import LibraryIndex

                    self._index = LibraryIndex.open(self.library_root)
                except Exception as err:  # no index: extraction still works, uncached
                    self._index_error = f"{type(err).__name__}: {err}"
                    return None
            return self._index

    def get(self, article: Article) -> Extraction:
        key = self._key(article)
        with self._lock:
            hit = self._memory.get(key)
        if hit is not None:
            return hit
        extraction = None
        index = self._open_index()
        if index is not None:
            try:
                extraction = index.extraction_for(article)
            except Exception as err:
                self._index_error = f"{type(err).__name__}: {err}"
        if extraction is None:
            if self.extractor is not None:
                extraction = self.extractor(article.text, article.published)
            else:
                from tui.extract import extract

                extraction = extract(article.text, article.published)
        with self._lock:
            self._memory[key] = extraction
        return extraction

    def refresh(self, progress: Callable[[int, int], None]) -> None:
        """Bring the index up to date with the folder (a no-op without the index)."""
        index = self._open_index()
        if index is None:
            return
        # In-process (workers=1): a process pool started from inside the running app fails on the
        # captured stderr ("bad value(s) in fds_to_keep"), and one that has its work queued cannot
        # be cancelled when the user quits. `newsreader index` builds a big index in parallel.
        index.refresh(progress, workers=1)

    def quote_counts(self) -> dict[str, int]:
        """Quote counts per path when the index can tell them in one query, else {}."""
        index = self._open_index()
        counts = getattr(index, "quote_counts", None) if index is not None else None
        if not callable(counts):
            return {}
        try:
            return dict(counts())
        except Exception:
            return {}

    def forget(self) -> None:
        with self._lock:
            self._memory.clear()


def _search_commands():  # type: ignore[no-untyped-def]
    """The library search in the command palette (imported when the palette opens)."""
    from tui.screens.search import SearchCommands

    return SearchCommands


def known_binding_ids() -> set[str]:
    """Every binding id a user keymap can name (the reader's, its widgets' and its screens')."""
    from tui.screens.actor import ActorScreen
    from tui.screens.error import ErrorScreen
    from tui.screens.help import HelpScreen
    from tui.screens.reader import ReaderScreen
    from tui.screens.search import SearchScreen
    from tui.widgets.article import ArticleView
    from tui.widgets.library import ArticleList

    owners = (NewsReaderApp, ReaderScreen, ArticleView, ArticleList, SearchScreen, ActorScreen, HelpScreen, ErrorScreen)
    return {b.id for owner in owners for b in owner.BINDINGS if isinstance(b, Binding) and b.id}


def unknown_keys(keymap: dict[str, str]) -> list[tuple[str, str]]:
    """(binding id, key) of keymap keys no keyboard sends: 'ctrl+nope', or nothing at all."""
    from textual.keys import Keys, _character_to_key

    names = {k.value for k in Keys} | {_character_to_key(chr(c)) for c in range(32, 127)}
    names |= {chr(c) for c in range(33, 127)} | {f"f{n}" for n in range(1, 25)}
    out = []
    for binding_id, value in keymap.items():
        keys = [k.strip() for k in value.split(",")]
        for key in keys or [""]:
            *mods, last = key.split("+") if key else [""]
            if not last or last not in names or any(m not in ("ctrl", "shift", "alt", "meta", "super") for m in mods):
                out.append((binding_id, key))
    return out


def keymap_clashes(keymap: dict[str, str]) -> list[tuple[str, list[str]]]:
    """Keys that the user's keymap leaves on two bindings of the reader at once: (key, ids).
    The bindings the reader screen answers to (its own, the article's and the app's) share keys."""
    from tui.screens.reader import ReaderScreen
    from tui.widgets.article import ArticleView

    owners: dict[str, set[str]] = {}
    for owner in (ReaderScreen, ArticleView, NewsReaderApp):
        for binding in owner.BINDINGS:
            if not isinstance(binding, Binding) or not binding.id:
                continue
            keys = keymap.get(binding.id, binding.key)
            for key in (k.strip() for k in keys.split(",") if k.strip()):
                owners.setdefault(key, set()).add(binding.id)
    return [(key, sorted(ids)) for key, ids in sorted(owners.items())
            if len(ids) > 1 and any(i in keymap for i in ids)]


class NewsReaderApp(App[None]):
    """`NewsReaderApp(path)`; tests inject `extractor` and point XDG dirs at a temporary folder."""

    TITLE = "newsreader"
    CSS_PATH = [styles_dir() / "app.tcss"]
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {_search_commands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("t", "next_theme", "Theme", show=False, tooltip="Next theme", id="theme.next"),
        Binding("question_mark", "help", "Help", id="help"),
    ]

    def __init__(
        self,
        path: Path | str | None = None,
        *,
        extractor: Extractor | None = None,
        config: Config | None = None,
        restore: bool = True,
        exit_after_paint: bool = False,
    ) -> None:
        self.config = config if config is not None else load_config()
        super().__init__()
        self.library_path = self._choose_library(path)
        self.extractions = Extractions(self.library_path, extractor)
        self.restore = restore
        self.state: State = load_state() if restore else State()
        self.quit_fast = False  # main() sets it: quitting does not wait for worker threads
        self._start_theme: str | None = None  # the theme on_mount applied; another at exit was picked
        self.exit_after_paint = exit_after_paint
        self.started = time.perf_counter()
        self.first_paint_seconds: float | None = None
        self.first_paint_monotonic: float | None = None  # system-wide clock, for the benchmark
        self.library_seconds: float | None = None
        self.panes_seconds: float | None = None
        self.user_keymap = dict(self.config.keymap)
        self.search_engine = None  # the search screens' engine, kept warm between openings
        self._frozen = False  # gc.freeze() at the first paint (see `_freeze_startup`)

    def _choose_library(self, path: Path | str | None) -> Path:
        # Resolved: the index keys files by their full path, whatever spelling opened the folder
        if path:
            return Path(path).expanduser().resolve()
        if self.config.library:
            return self.config.library.resolve()
        from tui.resources import seeds_dir

        return seeds_dir()

    def get_default_screen(self) -> Screen:
        from tui.screens.reader import ReaderScreen

        return ReaderScreen(self.library_path)

    def on_mount(self) -> None:
        if self.quit_fast:
            asyncio.get_running_loop().set_default_executor(_QuitFastExecutor(thread_name_prefix="newsreader"))
        theme = self.state.start_theme(self.config.theme)
        if theme and theme in self.available_themes:
            self.theme = theme
        elif self.config.theme and self.config.theme not in self.available_themes:
            self.notify(f"Unknown theme {self.config.theme!r} in the config", severity="warning", markup=False)
        self._start_theme = self.theme
        if self.user_keymap:
            self.set_keymap(self.user_keymap)
            unknown = sorted(set(self.user_keymap) - known_binding_ids())
            if unknown:
                self.notify(f"Unknown key {'ids' if len(unknown) > 1 else 'id'} in the config's [keymap]: "
                            f"{', '.join(unknown)} (? lists the ids)", severity="warning", timeout=10, markup=False)
            for binding_id, key in unknown_keys(self.user_keymap):
                self.notify(f"The config's [keymap] gives {binding_id} the key {key!r}, which no keyboard "
                            f"sends (names as in ? , e.g. \"ctrl+f\" or \"slash\")", severity="warning",
                            timeout=10, markup=False)
            for key, ids in keymap_clashes(self.user_keymap):
                self.notify(f"The config's [keymap] gives {key!r} to {' and '.join(ids)}: only one of them "
                            f"can have it (? lists the keys)", severity="warning", timeout=10, markup=False)
        if self.config.error:
            self.notify(f"Config: {self.config.error}", severity="error", timeout=10, markup=False)

    # -- called by the reader screen -----------------------------------------------------------
    def on_first_paint(self) -> None:
        if self.first_paint_seconds is None:
            self.first_paint_seconds = time.perf_counter() - self.started
            self.first_paint_monotonic = time.monotonic()
            self._freeze_startup()
        if self.exit_after_paint:
            self.exit()

    def _freeze_startup(self) -> None:
        """After the first paint: every object alive (modules, classes, functions, the first
        screen's widgets: some 65,000) goes out of the garbage collector's sight until the app
        ends, so no full collection walks them again. A full collection holds the GIL, whichever
        thread runs it, and extracting a long article in a worker triggers several: each costs
        what the objects it walks cost. Frozen objects are still freed by reference counting;
        the cycles among them wait for `on_unmount` (a test process runs many apps)."""
        if gc.get_freeze_count() == 0:  # not inside another app's freeze
            gc.freeze()
            self._frozen = True

    def on_unmount(self) -> None:
        if self._frozen:
            self._frozen = False
            gc.unfreeze()

    def library_ready(self, library: Library) -> None:
        if self.library_seconds is None:
            self.library_seconds = time.perf_counter() - self.started

    def panes_filled(self) -> None:
        if self.panes_seconds is None:
            self.panes_seconds = time.perf_counter() - self.started


    def _reader(self):  # type: ignore[no-untyped-def]
        from tui.screens.reader import ReaderScreen

        return next((s for s in self.screen_stack if isinstance(s, ReaderScreen)), None)

    @property
    def library_root(self) -> Path:
        """The open library's root (the command palette's search reads it)."""
        reader = self._reader()
        return Path(reader.library.root) if reader is not None and reader.library else self.library_path

    @property
    def articles(self) -> tuple[Article, ...]:
        reader = self._reader()
        return reader.library.articles if reader is not None and reader.library else ()

    def open_search_choice(self, choice: object) -> None:
        """A pick from the command palette's library search."""
        reader = self._reader()
        if reader is not None:
            reader.handle_choice(choice)

    def restored_place(self, library_root: str) -> Place | None:
        return self.state.place_for(library_root) if self.restore else None

    def show_error(self, title: str, reason: str) -> None:
        from tui.screens.error import ErrorScreen

        self.push_screen(ErrorScreen(title, reason))

    # -- actions -------------------------------------------------------------------------------
    def action_next_theme(self) -> None:
        cycle = [t for t in THEMES if t in self.available_themes]
        if self.theme not in cycle:
            cycle.insert(0, self.theme)
        self.theme = cycle[(cycle.index(self.theme) + 1) % len(cycle)]
        self.notify(f"Theme: {self.theme}", timeout=2, markup=False)

    def help_rows(self, reader: bool = True) -> list[tuple[str, str, str]]:
        """(keys, what they do, binding id) for every key of the reader, after the user's keymap;
        with `reader` False only the application's own (the error screen has no reader)."""
        from tui.screens.reader import ReaderScreen
        from tui.widgets.article import ArticleView

        rows: list[tuple[str, str, str]] = []
        for owner in (ReaderScreen, ArticleView, NewsReaderApp) if reader else (NewsReaderApp,):
            for binding in owner.BINDINGS:
                if not isinstance(binding, Binding):
                    continue
                keys = self.user_keymap.get(binding.id or "", binding.key)
                shown = ", ".join(self.get_key_display(Binding(k.strip(), "")) for k in keys.split(","))
                where = "  (article focused)" if owner is ArticleView else ""
                rows.append((shown, f"{binding.tooltip or binding.description}{where}", binding.id or ""))
        if not reader:
            return rows
        rows.append(("enter", "In a pane: jump to the item in the text", ""))
        rows.append(("↑", "On the library list's first row: filter the titles", ""))
        rows.append(("ctrl+p", "Command palette", ""))
        return rows

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        from tui.screens.error import ErrorScreen

        if isinstance(self.screen, HelpScreen):
            return
        self.push_screen(HelpScreen(self.help_rows(reader=not isinstance(self.screen, ErrorScreen))))

    # -- state ---------------------------------------------------------------------------------
    def save_place(self) -> None:
        from tui.screens.reader import ReaderScreen

        if not self.restore:
            return
        state = self.state
        if self._start_theme is not None and self.theme != self._start_theme:
            state = state.with_theme(self.theme, self.config.theme)
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen) and screen.library is not None:
                place = screen.current_place()
                if place is not None:
                    state = state.with_place(screen.library.root, Place(*place))
        self.state = state
        error = save_state(state)
        if error:
            self.log.warning(error)

    async def action_quit(self) -> None:
        self.save_place()
        self.exit()

    # The index's connections are not closed on unmount: a worker thread may still be inside a
    # query (closing under it can crash SQLite); they close with the process.


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="newsreader", description="Read news articles: actors, quotes, dates.")
    parser.add_argument("path", nargs="?", help="a library folder or one article file")
    parser.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--headless", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--screenshot", type=Path, metavar="SVG", help=argparse.SUPPRESS)
    parser.add_argument("--press", default="", help=argparse.SUPPRESS)  # keys before the screenshot
    return parser.parse_args(argv)


class _QuitFastExecutor(ThreadPoolExecutor):
    """The event loop's executor for thread workers. asyncio.run() waits for its threads when
    the app ends, so quitting in the middle of extracting a large article would sit on a blank
    terminal until the extraction is done; this one lets them go (main() then exits the
    process without waiting for them)."""

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        super().shutdown(wait=False, cancel_futures=True)


def main(argv: list[str] | None = None) -> int:
    args = _parse(list(argv or []))
    exit_after_paint = args.exit_after_paint or os.environ.get(EXIT_AFTER_PAINT_ENV) == "1"
    if args.screenshot:
        # `newsreader --screenshot docs/screenshot.svg --press n,n [PATH]`: the README's picture.
        app = NewsReaderApp(args.path, restore=False)
        keys = [k for k in args.press.split(",") if k]
        out: Path = args.screenshot

        async def press_keys(pilot) -> None:  # type: ignore[no-untyped-def]
            while app.panes_seconds is None or app.workers:
                await pilot.pause(0.05)
            await pilot.press(*keys)
            await pilot.pause(0.3)
            app.clear_notifications()
            await pilot.pause(0.1)
            out.parent.mkdir(parents=True, exist_ok=True)
            app.save_screenshot(out.name, path=str(out.parent))
            app.exit()

        app.run(headless=True, size=(150, 42), auto_pilot=press_keys)
        print(args.screenshot)
        return 0
    app = NewsReaderApp(args.path, exit_after_paint=exit_after_paint)
    app.quit_fast = True
    app.run(headless=args.headless)
    if exit_after_paint and app.first_paint_seconds is not None:
        print(f"first paint {app.first_paint_seconds * 1000:.0f} ms after the app started "
              f"(monotonic {app.first_paint_monotonic:.6f})")
    code = app.return_code or 0
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        # A worker thread is still extracting or indexing (a thread cannot be interrupted). The
        # reader asked to quit and its place is saved; the index's SQLite transaction rolls back
        # on its own: leave now rather than sit on a blank terminal until the work is done.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
