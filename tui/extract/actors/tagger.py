"""The trained tagger: load the CRF and name lists once, tag a document's sentences."""
from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator, Sequence
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

    def tag(self, sents: Sequence[Sequence[str]], full: bool = False) -> list[list[str]]:
        """BILOU tags of every token. Names start with a capital (or sit between such words:
        "Banco de Chile"), so only stretches of capitalized words (with up to GAP words
        between them, and the word after them) go through the CRF, framed by a full stop on each side, which stands
        for the O around them; the rest is O. `full` tags every token (the slower, exact way)."""
        return list(self.iter_tags(sents, full))

    def iter_tags(self, sents: Sequence[Sequence[str]], full: bool = False) -> Iterator[list[str]]:
        """The tags of `tag`, a sentence at a time. A chunk of sentences is tagged at once: its
        features (a list a token) are made, tagged and dropped before the next chunk's, so a
        long text never holds a list a token, nor (for a caller that reads them as they come)
        a list of tags a sentence."""
        fz = self.featurizer
        view = fz.doc_view(sents)
        for c in range(0, len(sents), CHUNK):
            chunk = sents[c:c + CHUNK]
            if full:
                feats = [fz.sent_features(s, view, si) for si, s in enumerate(chunk, c)]
                with _LOCK:  # one crfsuite tagger is not safe to share between threads
                    tags = [self._crf.tag(f) if f else [] for f in feats]
            else:
                runs_all = [_runs(s) for s in chunk]
                feats = [fz.sent_features(s, view, si, [i for a, b in runs for i in range(a, b)])
                         for si, (s, runs) in enumerate(zip(chunk, runs_all), c)]
                with _LOCK:
                    tags = [self._tag_runs(s, runs, f) for s, runs, f in zip(chunk, runs_all, feats)]
            del feats
            yield from tags

    def _tag_runs(self, s: Sequence[str], runs: list[tuple[int, int]], f: list[list[str]]) -> list[str]:
        """The tags of one sentence whose stretches `runs` have the features `f` (in order)."""
        tags = ["O"] * len(s)
        if not runs:
            return tags
        # one CRF call a sentence: its stretches, a full stop before, between and after
        # (each stretch is framed by a plain full stop, an O on both sides, so the CRF's
        # transitions close every name inside the stretch as they would in the sentence)
        stop = self._stop
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
        return tags


CHUNK = 256  # sentences whose features are made before they are tagged


def _runs(s: Sequence[str]) -> list[tuple[int, int]]:
    """The stretches of a sentence that may hold a name: capitalized words (or words of digits
    and letters, "3M"), up to GAP words apart, each with the word after it ("Lord 's")."""
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
    return runs


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
            # (one string a label, not one a name: a mention keeps its label a while, and a
            # transcript's 150,000 copies of "PER" freed at once leave holes all over the heap)
            start, lab = (-1, "") if bio == "O" else (i, sys.intern(l))
        if bio in ("U", "L") and start >= 0:
            out.append((start, i + 1, lab))
            start, lab = -1, ""
    if start >= 0:
        out.append((start, len(tags), lab))
    return out
