"""Garbage collection while extracting a dense article, outside the app (prints numbers; asserts nothing).

A collection holds the GIL, so one that runs in the extraction worker freezes the reader all the
same (see bench_open_dense.py). This runs `tui.extract.extract` on the same transcript-like text
and prints the extraction time, the total and the longest collections with the objects the
collector tracked then and the step that triggered them, what a full collection costs once the
extraction is all that is left, and the objects one extraction leaves in reference cycles (they
wait for a full collection).

    python benchmarks/bench_gc_extract.py                  # 50,000 lines (3.8 MB)
    python benchmarks/bench_gc_extract.py --lines 5000 --top 3
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

LINE = 'John Smith of Acme Corp said "the market is volatile" on Monday in London. \n'


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=50000)
    parser.add_argument("--top", type=int, default=5, help="how many of the longest collections to list")
    args = parser.parse_args()
    from tui.extract import extract

    text = LINE * args.lines
    published = date(2024, 5, 6)
    extract(LINE, published)  # the model and the name lists load once
    gc.collect()
    pauses: list[tuple[float, int, int, str]] = []  # seconds, generation, objects tracked, where
    started: list[tuple[float, int, str]] = []

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            tracked, where = 0, ""
            if info["generation"] == 2:  # (counted and located before the clock starts)
                tracked = len(gc.get_objects())
                frame = sys._getframe(1)
                while frame is not None and not frame.f_code.co_filename.startswith(str(REPO / "tui")):
                    frame = frame.f_back
                if frame is not None:
                    where = f"{Path(frame.f_code.co_filename).relative_to(REPO)}:{frame.f_lineno} {frame.f_code.co_name}"
            started.append((time.perf_counter(), tracked, where))
        elif started:
            t, tracked, where = started.pop()
            pauses.append((time.perf_counter() - t, info["generation"], tracked, where))

    gc.callbacks.append(callback)
    tick = time.perf_counter()
    extraction = extract(text, published)
    took = time.perf_counter() - tick
    gc.callbacks.remove(callback)
    full = [p for p in pauses if p[1] == 2]
    print(f"{args.lines} lines, {len(text) / 1e6:.1f} MB: extraction {took:.1f} s, {len(extraction.quotes)} quotes, "
          f"{len(extraction.dates)} dates, {sum(len(a.mentions) for a in extraction.actors)} mentions")
    print(f"  {len(pauses)} collections, {len(full)} full, {1000 * sum(p[0] for p in pauses):.0f} ms in all; "
          f"most objects tracked at a full one {max((p[2] for p in full), default=0):,}")
    for seconds, generation, tracked, where in sorted(pauses, reverse=True)[:args.top]:
        print(f"  {1000 * seconds:5.0f} ms  generation {generation}  {tracked:9,} tracked  {where}")
    gc.collect()
    tick = time.perf_counter()
    gc.collect()
    print(f"  a full collection with the extraction in memory: {1000 * (time.perf_counter() - tick):.0f} ms "
          f"({len(gc.get_objects()):,} objects tracked)")
    del extraction
    gc.collect()
    gc.disable()
    try:
        extract(text, published)  # again, the collector off: the cycles it leaves stay for the count
        print(f"  objects left in reference cycles: {gc.collect():,}")
    finally:
        gc.enable()


if __name__ == "__main__":
    main()
