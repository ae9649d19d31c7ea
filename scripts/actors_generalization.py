#!/usr/bin/env python3
"""How well does the actor tagger generalize? In-process mention scoring on CoNLL-style files.

    python scripts/actors_generalization.py VALID.txt [--data DIR] [--swap] [--seed N]

Scores mention F1 (exact span and kind, MISC neutral: the rules of ../shared/eval/score_actors.py)
with the shipped model, or the model in DIR (e.g. one trained on part of train.txt: the gap to
the full model estimates what more unseen names cost). `--swap` replaces every word of every
PER/ORG/LOC name by an invented word of the same shape (capitals, length, consistent within a
document; lower-case words, digits and kind cue words such as "Bank" or "University" stay), so
the score measures what the tagger gets from shape, context and cue words alone, not from
remembering the names. Not shipped: a measuring tool for development.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
EVAL = ROOT.parent / "shared" / "eval"

KIND = {"PER": "person", "ORG": "organization", "LOC": "place"}
_ONSETS = "b br c ch cr d dr f fl g gr h j k kl l m n p pr r s sh st t tr v w z".split()
_VOWELS = "a e i o u a e o ai ou ie".split()
_CODAS = ["", "", "", "n", "r", "s", "l", "m", "t", "k", "nd", "rt", "st"]


def pseudo(word: str, rng: random.Random) -> str:
    """An invented word with the shape of `word` (Title, UPPER, dotted initials)."""
    if "." in word:
        return ".".join(rng.choice("BCDFGHKLMNPRSTVWZ") if c.isalpha() else c
                        for c in word.split(".")[:-1]) + "." if word.endswith(".") else word
    n = sum(c.isalpha() for c in word)
    out = ""
    while len(out) < n:
        out += rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
    out = out[:max(n, 2)]
    if word.isupper():
        return out.upper()
    if word[:1].isupper():
        return out[:1].upper() + out[1:]
    return out


def swap_file(src: Path, dst: Path, seed: int) -> None:
    from tui.extract.actors import ORG_HEADS, PLACE_FIRST, PLACE_LAST
    keep = set(ORG_HEADS) | PLACE_FIRST | PLACE_LAST | {"inc", "corp", "ltd", "co", "plc",
                                                        "ag", "sa", "nv", "group", "bank"}
    rng = random.Random(seed)
    lines = []
    table: dict[str, str] = {}
    for line in src.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            table = {}
            lines.append(line)
            continue
        cols = line.split()
        if len(cols) >= 2 and cols[-1][2:] in KIND:
            w = cols[0]
            if w[:1].isupper() and any(c.isalpha() for c in w) and w.lower() not in keep \
                    and not any(c.isdigit() for c in w):
                if w not in table:
                    table[w] = pseudo(w, rng)
                cols[0] = table[w]
            lines.append(" ".join(cols))
        else:
            lines.append(line)
    dst.write_text("\n".join(lines) + "\n", encoding="utf-8")


def score(path: Path, data: Path | None) -> None:
    sys.path.insert(0, str(EVAL))
    from score_actors import read_conll  # the scorer's own text and gold construction

    import tui.extract.actors as actors_pkg
    if data is not None:
        from tui.extract.actors.tagger import Tagger
        t = Tagger(data)
        actors_pkg.get_tagger = lambda: t  # type: ignore[assignment]
    docs = read_conll(path)
    from tui.extract.actors.tagger import get_tagger
    known = actors_pkg.get_tagger().names if data is not None else get_tagger().names
    unseen_hit = unseen_all = 0
    tp: dict[str, int] = {k: 0 for k in KIND.values()}
    fp = dict(tp)
    fn = dict(tp)
    for text, gold in docs:
        misc = [g["span"] for g in gold if g["tag"] == "MISC"]
        gset = {(g["span"], KIND[g["tag"]]) for g in gold if g["tag"] in KIND}
        pset = set()
        for a in actors_pkg.extract_actors(text):
            for m in a.mentions:
                sp = (m.start, m.end)
                if not any(sp[0] < e and s < sp[1] for s, e in misc):
                    pset.add((sp, a.kind))
        for g in gold:
            if g["tag"] in KIND and g["surface"].lower() not in known:
                unseen_all += 1
                unseen_hit += (tuple(g["span"]), KIND[g["tag"]]) in pset
        for k in tp:
            g = {x for x in gset if x[1] == k}
            p = {x for x in pset if x[1] == k}
            tp[k] += len(g & p)
            fp[k] += len(p - g)
            fn[k] += len(g - p)

    def f1(t: int, p: int, n: int) -> float:
        return 2 * t / (2 * t + p + n) if t else 0.0

    for k in tp:
        print(f"  {k:13s} F1 {f1(tp[k], fp[k], fn[k]):.3f}")
    T, P, N = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"  names the training lists never saw: {unseen_all}, recall {unseen_hit / max(1, unseen_all):.3f}")
    print(f"  mention F1 {f1(T, P, N):.3f}  (P {T / max(1, T + P):.3f} R {T / max(1, T + N):.3f})")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", type=Path)
    ap.add_argument("--data", type=Path, help="a model folder other than the shipped one")
    ap.add_argument("--swap", action="store_true", help="invented names of the same shape")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    path = args.file
    if args.swap:
        tmp = Path(tempfile.mkdtemp()) / "swapped.txt"
        swap_file(path, tmp, args.seed)
        path = tmp
    score(path, args.data)


if __name__ == "__main__":
    main()
