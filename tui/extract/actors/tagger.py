"""The trained tagger: load the CRF and name lists once, tag a document's sentences."""
from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path

from .features import Featurizer

DATA = Path(__file__).resolve().parent / "data"
_LOCK = threading.Lock()


class Tagger:
    def __init__(self, data: Path = DATA):
        import pycrfsuite

        with open(data / "names.json", encoding="utf-8") as fh:
            names = json.load(fh)
        self.names: dict[str, str] = names["names"]
        self._crf = pycrfsuite.Tagger()
        self._crf.open(str(data / "ner.crfsuite"))
        with open(data / "attributes.txt", encoding="utf-8") as fh:
            keep = frozenset(fh.read().split("\n"))
        self.featurizer = Featurizer(self.names, names["words"], keep)

    def tag(self, sents: list[list[str]]) -> list[list[str]]:
        feats = self.featurizer.doc_features(sents)
        with _LOCK:  # one crfsuite tagger is not safe to share between threads
            return [self._crf.tag(f) if f else [] for f in feats]


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
