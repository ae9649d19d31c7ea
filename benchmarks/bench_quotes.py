"""Quote-extraction time over the sample library next to actors + dates, and pathological input.

    python benchmarks/bench_quotes.py [--repeat 3] [--library seeds]

Prints the CPU time of extract_quotes over every article (given the actors, as the pipeline
runs it) beside the time of extract_actors + extract_dates on the same texts, and the share;
then 100 KB vs 1 MB of input with an opening mark that never closes, and of text full of
quote marks and apostrophes (time should grow about tenfold, not a hundredfold).
Numbers only; no asserts.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.extract.actors import extract_actors  # noqa: E402
from tui.extract.dates import extract_dates  # noqa: E402
from tui.extract.quotes import extract_quotes  # noqa: E402


def cpu(fn) -> float:
    t0 = time.process_time()
    fn()
    return time.process_time() - t0


def pathological(size: int, kind: str) -> str:
    rnd = random.Random(size)
    if kind == "unclosed":
        words = "the said Rubio she Mexico's rock 'n' roll added “We will".split()
        body = " ".join(rnd.choice(words) for _ in range(size // 5))
        return ("“" + body)[:size]
    if kind == "marks":
        alphabet = ["\"", "“", "”", "'", "’", "‘", "''", " ", " said ", " Smith", "\n\n", "a", ".", ","]
        out, n = [], 0
        while n < size:
            t = rnd.choice(alphabet)
            out.append(t)
            n += len(t)
        return "".join(out)[:size]
    if kind == "run-on":
        # one endless sentence full of short quotes
        return ("and “so on” said Ana Ruiz " * (size // 26 + 1))[:size]
    # many short attributed quotes, one paragraph
    unit = "“We will go,” said Maria Lopez, the mayor. She added: “No.” "
    return (unit * (size // len(unit) + 1))[:size]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--library", type=Path, default=ROOT / "seeds")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(args.library.rglob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files under {args.library}")
    ref = date(2025, 8, 9)
    extract_quotes(texts[0], extract_actors(texts[0]))  # warm up (loads the actors model)
    actors = [extract_actors(t) for t in texts]

    t_ad = t_q = float("inf")
    nq = 0
    for _ in range(args.repeat):
        t_ad = min(t_ad, cpu(lambda: [(extract_actors(t), extract_dates(t, ref)) for t in texts]))
        t_q = min(t_q, cpu(lambda: [extract_quotes(t, a) for t, a in zip(texts, actors)]))
    nq = sum(len(extract_quotes(t, a)) for t, a in zip(texts, actors))
    size = sum(len(t) for t in texts)
    print(f"articles {len(texts)}  text {size / 1e6:.2f} M chars  quotes {nq}")
    print(f"quotes          cpu {t_q:.3f} s  ({size / 1e6 / max(t_q, 1e-9):.2f} M chars/s)")
    print(f"actors + dates  cpu {t_ad:.3f} s")
    print(f"quotes / (actors + dates) = {t_q / max(t_ad, 1e-9):.1%}  (target < 20%)")

    for kind in ("unclosed", "marks", "dense", "run-on"):
        small = pathological(100_000, kind)
        big = pathological(1_000_000, kind)
        a = min(cpu(lambda: extract_quotes(small, ())) for _ in range(args.repeat))
        b = min(cpu(lambda: extract_quotes(big, ())) for _ in range(args.repeat))
        print(f"pathological {kind:<9} 100 KB {a:.3f} s   1 MB {b:.3f} s   ratio {b / max(a, 1e-9):.1f}x")


if __name__ == "__main__":
    main()
