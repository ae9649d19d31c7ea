"""Key latency in the reader on articles of growing size (prints numbers; asserts nothing).

Builds one article of N KB from the bundled seeds' bodies, opens it in `App.run_test()` with the
project's extractors, and times `n` (next quote: the highlight moves, the text scrolls) from the
key press until the screen has been refreshed.

    python benchmarks/bench_reader_keys.py                # 20, 200 and 900 KB
    python benchmarks/bench_reader_keys.py --sizes 50,500 --presses 10
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))


def make_article(folder: Path, kb: int) -> Path:
    bodies = []
    for p in sorted((REPO / "seeds").glob("*.txt")):
        bodies.append(p.read_text(encoding="utf-8").split("\n\n", 2)[-1])
    body = "\n\n".join(bodies)
    while len(body) < kb * 1000:
        body += "\n\n" + body
    path = folder / f"article-{kb}kb.txt"
    path.write_text(f"An Article of {kb} KB\n\nAugust 9, 2025\n\n" + body[: kb * 1000], encoding="utf-8")
    return path


async def measure(path: Path, presses: int) -> tuple[float, float, int]:
    from tui.app import NewsReaderApp

    app = NewsReaderApp(path, restore=False)
    async with app.run_test(size=(160, 48)) as pilot:
        for _ in range(2400):  # extraction of a long article takes a while
            await pilot.pause(0.05)
            screen = app.screen
            if getattr(screen, "extraction", None) is not None and not app.workers:
                break
        times = []
        for _ in range(presses):
            t = time.perf_counter()
            await pilot.press("n")
            await pilot.pause()
            times.append((time.perf_counter() - t) * 1000)
        return statistics.median(times), max(times), len(screen.quotes)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="20,200,900", help="article sizes in KB, comma-separated")
    ap.add_argument("--presses", type=int, default=8)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        os.environ["XDG_STATE_HOME"] = str(Path(tmp) / "state")
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")
        for kb in (int(s) for s in args.sizes.split(",") if s):
            path = make_article(Path(tmp), kb)
            median, worst, quotes = asyncio.run(measure(path, args.presses))
            print(f"{kb:5d} KB ({quotes} quotes): next quote median {median:.0f} ms, worst {worst:.0f} ms")


if __name__ == "__main__":
    main()
