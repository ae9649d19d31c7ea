"""Time to first paint of the reader (prints numbers; asserts nothing).

1. In process: `App.run_test()` until the main screen has painted, the library has loaded and the
   open article's panes are filled.
2. Wall clock: `python -m tui --exit-after-paint PATH` in a pseudo-terminal (a real terminal
   driver), from process start to exit right after the first paint: imports included.

    python benchmarks/bench_startup.py                 # the bundled seeds/
    python benchmarks/bench_startup.py --generate 1000 # a generated library of 1000 articles
    python benchmarks/bench_startup.py --library DIR --runs 5
"""
from __future__ import annotations

import argparse
import asyncio
import os
import pty
import re
import shutil
import statistics
import struct
import termios
import fcntl
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def generate(n: int, into: Path) -> Path:
    """n articles: the seeds copied round-robin with distinct names (and so distinct paths)."""
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    into.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = seeds[i % len(seeds)]
        sub = into / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        shutil.copyfile(src, sub / f"{i:06d}-{src.name}")
    return into


async def in_process(library: Path) -> dict[str, float]:
    """The app's own clock (from constructing the App): first frame, library listed, panes filled."""
    from tui.app import NewsReaderApp

    app = NewsReaderApp(library, restore=False)
    async with app.run_test(size=(160, 48)) as pilot:
        while app.panes_seconds is None and not (app.library_seconds and app.screen.library
                                                  and not app.screen.library.articles):
            await pilot.pause(0.01)
    return {"first paint": app.first_paint_seconds or 0.0, "library listed": app.library_seconds or 0.0,
            "article panes filled": app.panes_seconds or app.library_seconds or 0.0}


def wall_clock(library: Path, env: dict[str, str]) -> tuple[float, float]:
    """Seconds from spawning `python -m tui --exit-after-paint` in a pty to its first paint
    (the child reports CLOCK_MONOTONIC, which is system-wide on Linux), and to its exit."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 48, 160, 0, 0))  # a 160x48 terminal
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "tui", "--exit-after-paint", str(library)],
                            stdin=slave, stdout=slave, stderr=slave, env=env, cwd=REPO, close_fds=True)
    os.close(slave)
    chunks: list[bytes] = []

    def drain() -> None:
        try:
            while data := os.read(master, 65536):
                chunks.append(data)
        except OSError:
            pass

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    proc.wait(timeout=120)
    exited = time.monotonic() - started
    reader.join(timeout=5)
    os.close(master)
    if proc.returncode:
        raise SystemExit(f"the reader exited with status {proc.returncode}")
    match = re.search(rb"monotonic ([0-9.]+)", b"".join(chunks))
    if not match:
        raise SystemExit("the reader did not report its first paint")
    return float(match.group(1)) - started, exited


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=REPO / "seeds")
    parser.add_argument("--generate", type=int, metavar="N", help="benchmark a generated library of N articles")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        library = generate(args.generate, base / "library") if args.generate else args.library
        env = dict(os.environ, TERM="xterm-256color", COLUMNS="160", LINES="48")
        for var in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[var] = os.environ[var] = str(base / var.lower())
        count = sum(1 for _ in library.rglob("*") if _.is_file()) if library.is_dir() else 1
        print(f"library: {library} ({count} files), {args.runs} runs each")

        rows: dict[str, list[float]] = {}
        for _ in range(args.runs):
            for key, value in asyncio.run(in_process(library)).items():
                rows.setdefault(f"run_test: {key}", []).append(value)
        for _ in range(args.runs):
            paint, exited = wall_clock(library, env)
            rows.setdefault("wall clock (pty): spawn to first paint", []).append(paint)
            rows.setdefault("wall clock (pty): spawn to exit after first paint", []).append(exited)
        width = max(len(k) for k in rows)
        for key, values in rows.items():
            print(f"{key:<{width}}  median {statistics.median(values) * 1000:7.0f} ms"
                  f"   min {min(values) * 1000:7.0f} ms   max {max(values) * 1000:7.0f} ms")


if __name__ == "__main__":
    main()
