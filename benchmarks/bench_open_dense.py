"""Opening an article dense with quotes and dates (prints numbers; asserts nothing).

A transcript-like article: N lines of one sentence with a quote, a speaker, a weekday and a place
(`--lines 50000` is 3.8 MB, under the 5 MB limit, with 50,000 quotes and 50,000 dates). Opens it in
`App.run_test()` with the project's extractors and prints the time until the panes are filled,
the event loop's longest stall while opening (the UI must never freeze), the longest garbage
collection meanwhile and the thread it ran in (a collection holds the GIL: one in a worker
stalls the event loop all the same), key latencies, and the stall when the article is opened
again with its extraction in memory.

    python benchmarks/bench_open_dense.py                 # 5,000 and 50,000 lines
    python benchmarks/bench_open_dense.py --lines 20000
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

LINE = 'John Smith of Acme Corp said "the market is volatile" on Monday in London. \n'


class GcPauses:
    """The longest garbage collection (and its thread) since the last `take()`."""

    def __init__(self) -> None:
        self._started: dict[int, float] = {}
        self.longest = (0.0, "")
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._started[ident] = time.perf_counter()
        elif ident in self._started:
            pause = time.perf_counter() - self._started.pop(ident)
            if pause > self.longest[0]:
                self.longest = (pause, threading.current_thread().name)

    def take(self) -> str:
        (pause, thread), self.longest = self.longest, (0.0, "")
        return f"longest GC pause {pause * 1000:.0f} ms ({thread or 'none'})"


async def until_filled(app, started: float) -> float | None:  # type: ignore[no-untyped-def]
    """The event loop's longest stall until the open article's panes are filled (None: gave up)."""
    stall = 0.0
    while True:
        tick = time.perf_counter()
        await asyncio.sleep(0.01)
        stall = max(stall, time.perf_counter() - tick - 0.01)
        if getattr(app.screen, "extraction", None) is not None and not app.workers:
            return stall
        if time.perf_counter() - started > 900:
            return None


async def measure(path: Path, gc_pauses: GcPauses) -> None:
    from tui.app import NewsReaderApp

    app = NewsReaderApp(path, restore=False)
    async with app.run_test(size=(160, 48)) as pilot:
        started = time.perf_counter()
        gc_pauses.take()
        stall = await until_filled(app, started)
        if stall is None:
            print("  gave up after 900 s")
            return
        print(f"  panes filled after {time.perf_counter() - started:.1f} s; longest event-loop stall {stall * 1000:.0f} ms; "
              f"{gc_pauses.take()}")
        for key in ("n", "n", "d", "question_mark", "escape"):
            tick = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            print(f"  {key:13s} {1000 * (time.perf_counter() - tick):6.0f} ms")
        tick = time.perf_counter()
        await pilot.resize_terminal(100, 30)
        await pilot.pause()
        print(f"  resize        {1000 * (time.perf_counter() - tick):6.0f} ms")
        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        screen = app.screen
        started = time.perf_counter()
        gc_pauses.take()
        screen.open_article(screen.article)  # as `]` and back would: the extraction is in memory
        opening = time.perf_counter() - started  # on the event loop too
        stall = max(opening, await until_filled(app, started) or 0)
        print(f"  reopened: panes filled after {time.perf_counter() - started:.2f} s; longest event-loop stall "
              f"{stall * 1000:.0f} ms; {gc_pauses.take()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", default="5000,50000", help="comma-separated line counts")
    args = parser.parse_args()
    gc_pauses = GcPauses()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["HOME"] = tmp  # no config, state or index of the user's
        for n in (int(x) for x in args.lines.split(",")):
            folder = Path(tmp) / f"dense{n}"
            folder.mkdir()
            path = folder / "dense.txt"
            path.write_text("Title: Dense\nDate: 2024-05-06\n\n" + LINE * n, encoding="utf-8")
            print(f"{n} lines, {path.stat().st_size / 1e6:.1f} MB")
            asyncio.run(measure(path, gc_pauses))


if __name__ == "__main__":
    main()
