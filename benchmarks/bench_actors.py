#!/usr/bin/env python3
"""Actor-extraction throughput over the bundled sample library, and model load time.

    python benchmarks/bench_actors.py [--repeat N] [FOLDER]
    python benchmarks/bench_actors.py --scale [--conll FILE] [FOLDER]

Prints articles/s, words/s and articles/s scaled to 600-word articles, on one core.

--scale instead times one long text at 100 KB and at 1 MB (CPU seconds) and prints the
ratio: about 10x is linear, about 100x quadratic. The texts are many different articles
one after another (the library's, in a new shuffle each round; with --conll also the
documents of a CoNLL-2003 file), then two shapes that stress merging: one family's story
told over and over (a few people sharing a surname, each named thousands of times) and
namesakes (thousands of people sharing one surname). Numbers only; no asserts.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def conll_documents(path: Path) -> list[str]:
    """The documents of a CoNLL-2003 column file, one sentence a line."""
    docs: list[str] = []
    lines: list[str] = []
    words: list[str] = []
    for row in path.read_text(encoding="utf-8").splitlines() + [""]:
        if row.startswith("-DOCSTART-"):
            if lines:
                docs.append("\n".join(lines))
            lines = []
        elif row.strip():
            words.append(row.split(" ")[0])
        elif words:
            lines.append(" ".join(words))
            words = []
    if lines:
        docs.append("\n".join(lines))
    return docs


def articles_text(pool: list[str], size: int) -> str:
    """`size` characters of articles back to back, reshuffled each time the pool runs out."""
    rnd = random.Random(size)
    parts: list[str] = []
    n = 0
    while n < size:
        order = pool[:]
        rnd.shuffle(order)
        for body in order:
            parts.append(body.strip())
            n += len(parts[-1]) + 2
            if n >= size:
                break
    return "\n\n".join(parts)[:size]


FAMILY = [
    "President Donald Trump said on Monday that the economy was strong. Trump told reporters "
    "in Washington that he would meet Chinese President Xi Jinping.",
    "Ivanka Trump, his daughter and adviser, said she would travel to Tokyo. Trump added that "
    "she had met Japanese Prime Minister Shinzo Abe.",
    "Melania Trump visited a hospital in Ohio. Mrs. Trump said she was moved by the nurses. "
    "Trump later returned to the White House.",
    "Eric Trump, who runs the Trump Organization with his brother, said the company was doing "
    "well. Trump said he had no role in government.",
    "Senator Chuck Schumer criticised the plan. Schumer said Trump had broken his promises.",
]
GIVEN = ("James John Robert Michael William David Richard Joseph Thomas Charles Mary Patricia "
         "Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Daniel Matthew Anthony Mark "
         "Donald Steven Paul Andrew Joshua Kenneth Nancy Lisa Betty Margaret Sandra Ashley "
         "Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah").split()


def shaped_text(kind: str, size: int) -> str:
    rnd = random.Random(size)
    parts: list[str] = []
    n = 0
    while n < size:
        if kind == "family":
            p = rnd.choice(FAMILY)
        else:  # namesakes: a new Smith in each story, then "Smith" alone
            p = (f"{rnd.choice(GIVEN)} {rnd.choice(GIVEN)}son Smith, a spokesman for the "
                 f"company, said on Monday that sales rose. Smith added that Mr. Smith would "
                 f"travel to Paris. Later, Smith said she was pleased.")
        parts.append(p)
        n += len(p) + 2
    return "\n\n".join(parts)[:size]


def scale(args: argparse.Namespace) -> None:
    from tui.extract.actors import extract_actors
    from tui.library.loader import load_article

    extract_actors("Warm up: Marco Rubio visited Mexico.")  # model loaded once per process
    pool = [load_article(p).text for p in sorted(args.folder.glob("*.txt"))]
    if args.conll:
        pool += conll_documents(args.conll)
    print(f"{len(pool)} different articles, {sum(map(len, pool)) / 1e3:.0f} KB")
    small, large = 100_000, 1_000_000
    cases = [("articles", lambda n: articles_text(pool, n)),
             ("one family", lambda n: shaped_text("family", n)),
             ("namesakes", lambda n: shaped_text("namesakes", n))]
    for name, make in cases:
        secs = []
        for size in (small, large):
            text = make(size)
            t = time.process_time()
            actors = extract_actors(text)
            secs.append(time.process_time() - t)
            print(f"  {name:10s} {len(text) / 1e3:6.0f} KB  {len(actors):5d} actors  "
                  f"{secs[-1]:6.2f} s CPU", flush=True)
        print(f"{name}: 1 MB / 100 KB = {secs[1] / max(secs[0], 1e-9):.1f}x "
              f"(10x linear, 100x quadratic)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT / "seeds")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--scale", action="store_true", help="time 100 KB against 1 MB of text")
    ap.add_argument("--conll", type=Path, help="with --scale: also these CoNLL-2003 documents")
    args = ap.parse_args()
    if args.scale:
        scale(args)
        return

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
