"""Dates-extraction throughput over the bundled sample library (and a big-input check).

    python benchmarks/bench_dates.py [--repeat 5] [--library seeds]

Prints MB/s on one core for the sample library's text, then the time for one big input
built from it (extraction should stay linear in the input size). Numbers only; no asserts.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.extract.dates import extract_dates  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--library", type=Path, default=ROOT / "seeds")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(args.library.rglob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files under {args.library}")
    size = sum(len(t.encode("utf-8")) for t in texts)
    ref = date(2025, 8, 9)
    extract_dates(texts[0], ref)  # warm up

    best = best_cpu = float("inf")
    mentions = 0
    for _ in range(args.repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        mentions = sum(len(extract_dates(t, ref)) for t in texts)
        best = min(best, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    print(f"articles {len(texts)}  text {size / 1e6:.2f} MB  mentions {mentions}")
    print(f"per-article, best of {args.repeat}: wall {best:.3f} s ({size / 1e6 / best:.2f} MB/s), "
          f"cpu {best_cpu:.3f} s ({size / 1e6 / max(best_cpu, 1e-9):.2f} MB/s on one core)")

    for factor in (1, 4):
        big = "\n\n".join(texts) * factor
        t0 = time.process_time()
        n = len(extract_dates(big, ref))
        dt = max(time.process_time() - t0, 1e-9)
        mb = len(big.encode("utf-8")) / 1e6
        print(f"one input of {mb:.2f} MB: cpu {dt:.3f} s  ({mb / dt:.2f} MB/s, {n} mentions)")


if __name__ == "__main__":
    main()
