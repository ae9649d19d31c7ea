"""The trained tagger: load the CRF and name lists once, tag a document's sentences."""
from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path

from .features import Featurizer

DATA = Path(__file__).resolve().parent / "data"
_LOCK = threading.Lock()
GAP = 2  # lower-case words a name may hold ("Bank of the West")


class Tagger:
    def __init__(self, data: Path = DATA):
        import pycrfsuite

        with open(data / "names.json", encoding="utf-8") as fh:
            names = json.load(fh)
        self.names: dict[str, str] = names["names"]
        self.lower: frozenset[str] = frozenset(names.get("lower", ()))
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(data / "ner.crfsuite"))
        with open(data / "attributes.txt", encoding="utf-8") as fh:
            keep = frozenset(fh.read().split("\n"))
        lex = None
        if (data / "lexicon.json").exists():
            with open(data / "lexicon.json", encoding="utf-8") as fh:
                lex = json.load(fh)
        self.featurizer = Featurizer(self.names, names["words"], keep, lexicon=lex)
        # a full stop that ends a sentence: O for certain
        self._stop = self.featurizer.doc_features([["It", "ended", "."]])[0][-1]

    def tag(self, sents: list[list[str]], full: bool = False) -> list[list[str]]:
        """BILOU tags of every token. Names start with a capital (or sit between such words:
        "Banco de Chile"), so only stretches of capitalized words (with up to GAP words
        between them, and the word after them) go through the CRF, framed by a full stop on each side, which stands
        for the O around them; the rest is O. `full` tags every token (the slower, exact way)."""
        if full:
            feats = self.featurizer.doc_features(sents)
            with _LOCK:
                return [self._crf.tag(f) if f else [] for f in feats]
        runs_all: list[list[tuple[int, int]]] = []
        select: list[list[int]] = []
        for s in sents:
            runs: list[tuple[int, int]] = []
            n = len(s)
            for i in [i for i, t in enumerate(s) if not t.islower() and (
                    t != t.lower() or (t[:1].isdigit() and not t.isdigit() and not t.isnumeric()
                                       and any(x.isalpha() for x in t)))]:
                b = min(n, i + 2)  # and the word after: "Lord 's", "Chapter 11"
                if runs and i <= runs[-1][1] + GAP - 1:
                    runs[-1] = (runs[-1][0], b)
                else:
                    runs.append((i, b))
            runs_all.append(runs)
            select.append([i for a, b in runs for i in range(a, b)])
        feats = self.featurizer.doc_features(sents, select)
        # each stretch is framed by a plain full stop, an O on both sides, so the CRF's
        # transitions close every name inside the stretch as they would in the sentence
        stop = self._stop
        out: list[list[str]] = []
        with _LOCK:  # one crfsuite tagger is not safe to share between threads
            for s, runs, f in zip(sents, runs_all, feats):
                tags = ["O"] * len(s)
                if not runs:
                    out.append(tags)
                    continue
                # one CRF call a sentence: its stretches, a full stop before, between and after
                xseq: list[list[str]] = []
                where: list[int] = []   # xseq position -> token (-1 for a full stop)
                k = 0
                for a, b in runs:
                    if a > 0 and (not where or where[-1] != -1):
                        xseq.append(stop)
                        where.append(-1)
                    xseq.extend(f[k:k + b - a])
                    where.extend(range(a, b))
                    k += b - a
                    if b < len(s):
                        xseq.append(stop)
                        where.append(-1)
                for pos, tag in zip(where, self._crf.tag(xseq)):
                    if pos >= 0:
                        tags[pos] = tag
                out.append(tags)
        return out


@lru_cache(maxsize=1)
def get_tagger() -> Tagger:
    return Tagger()


def decode(tags: list[str]) -> list[tuple[int, int, str]]:
    """BILOU (or BIO) tags -> [(start, end, label)] token spans, lenient on broken sequences."""
    out: list[tuple[int, int, str]] = []
    start, lab = -1, ""
    for i, t in enumerate(tags):
        bio, _, l = t.partition("-")
        if bio in ("B", "U") or bio == "O" or l != lab or start < 0:
            if start >= 0:
                out.append((start, i, lab))
            start, lab = (-1, "") if bio == "O" else (i, l)
        if bio in ("U", "L") and start >= 0:
            out.append((start, i + 1, lab))
            start, lab = -1, ""
    if start >= 0:
        out.append((start, len(tags), lab))
    return out
