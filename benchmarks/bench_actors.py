#!/usr/bin/env python3
"""Actor-extraction throughput over the bundled sample library, and model load time.

    python benchmarks/bench_actors.py [--repeat N] [FOLDER]

Prints articles/s, words/s and articles/s scaled to 600-word articles, on one core.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT / "seeds")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    t0 = time.perf_counter()
    from tui.extract.actors import extract_actors
    from tui.extract.actors.tagger import Tagger
    t1 = time.perf_counter()
    Tagger()
    t2 = time.perf_counter()
    print(f"import {1000 * (t1 - t0):.0f} ms, model load {1000 * (t2 - t1):.0f} ms")

    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))]
    words = sum(len(t.split()) for t in texts)
    extract_actors(texts[0])  # warm: model loaded once per process
    best = cpu = float("inf")
    n_actors = 0
    for _ in range(args.repeat):
        t, c = time.perf_counter(), time.process_time()
        n_actors = sum(len(extract_actors(x)) for x in texts)
        best = min(best, time.perf_counter() - t)
        cpu = min(cpu, time.process_time() - c)
    print(f"{len(texts)} articles, {words} words, {n_actors} actors")
    print(f"{len(texts) / best:.0f} articles/s, {words / best:.0f} words/s, "
          f"{words / best / 600:.0f} articles/s of 600 words (wall, best of {args.repeat}, one core)")
    print(f"{words / cpu / 600:.0f} articles/s of 600 words by CPU time (a busy machine's wall "
          "clock undercounts)")


if __name__ == "__main__":
    main()
