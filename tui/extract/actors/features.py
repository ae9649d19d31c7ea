"""Token features for the sequence model: word, shape, affixes, neighbours, name lists, document.

One function, `doc_features`, turns a document's sentences (lists of normalized token strings)
into one feature list a token (`doc_view` then `sent_features` do it a sentence at a time). What
depends on the word alone is computed once a word type and cached; the training script and the
extractor share this code, so they see the same features.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

_SHAPE_MAP = re.compile(r"[A-Z]|[a-z]|[0-9]")
_UPPER = re.compile(r"[^\W\d_]")

# a title or function word before a name tells a lot; these open or continue roles
TITLE_WORDS = frozenset("""
president vice prime minister secretary spokesman spokeswoman spokesperson chairman chairwoman
chair director chief executive ceo cfo coach manager governor senator sen. rep. representative
mayor king queen prince princess pope judge justice general gen. colonel col. captain capt.
lieutenant sergeant commander admiral ambassador envoy mr. mrs. ms. dr. mr mrs ms dr professor
prof. leader head founder analyst economist striker midfielder defender goalkeeper champion
minister. chancellor premier sheikh emir president-elect official officials lawyer attorney
""".split())


def shape(w: str) -> str:
    out = []
    for c in w:
        if c.isupper():
            k = "X"
        elif c.islower():
            k = "x"
        elif c.isdigit():
            k = "d"
        else:
            k = c
        if not out or out[-1] != k:
            out.append(k)
    return "".join(out)[:6]


class Featurizer:
    """Feature strings for documents; `gaz` maps lower-cased names to their kind and
    `words` maps lower-cased words to the name-list positions they fill ("PER_first", ...)."""

    def __init__(self, gaz: dict[str, str], words: dict[str, list[str]],
                 keep: set[str] | frozenset[str] | None = None, lexicon: dict | None = None):
        # `keep`: the attributes the trained model knows; others are dropped early (speed)
        self.keep = keep
        # outside name lists: census first names and surnames, GeoNames places
        lex = lexicon or {}
        self.lexw: dict[str, list[str]] = {}
        for tag in ("first", "last"):
            for w in lex.get(tag, ()):
                self.lexw.setdefault(w, []).append("x=" + tag)
        self.places: dict[str, str] = {p: "LOC" for p in lex.get("places", ())}
        for p in self.places:
            if " " not in p:
                self.lexw.setdefault(p, []).append("x=place")
        self.pstarts = self._starts(self.places)
        self.gaz = gaz
        self.words = words
        self.gstarts = self._starts(gaz)
        self._self: dict[str, list[str]] = {}
        self._nb: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {}

    def word_self(self, w: str) -> list[str]:
        f = self._self.get(w)
        if f is not None:
            return f
        lw = w.lower()
        sh = shape(w)
        f = ["w=" + w, "lw=" + lw, "sh=" + sh,
             "p2=" + lw[:2], "p3=" + lw[:3], "s2=" + lw[-2:], "s3=" + lw[-3:], "s4=" + lw[-4:]]
        if w[:1].isupper():
            f.append("cap")
            if w.isupper() and len(w) > 1:
                f.append("allcap")
        if "." in w and len(w) > 1:
            f.append("dot")
        if "-" in w and len(w) > 1:
            f.append("hyph")
        if any(c.isdigit() for c in w):
            f.append("digit")
        if lw in TITLE_WORDS:
            f.append("title")
        for g in self.words.get(lw, ()):
            f.append("g=" + g)
        f.extend(self.lexw.get(lw, ()))
        if self.keep is not None:
            f = [a for a in f if a in self.keep]
        if len(self._self) < 200_000:
            self._self[w] = f
        return f

    def word_nb(self, w: str) -> tuple[list[str], list[str], list[str], list[str]]:
        f = self._nb.get(w)
        if f is not None:
            return f
        lw = w.lower()
        sh = shape(w)
        title = lw in TITLE_WORDS
        out = []
        for o in ("-2", "-1", "+1", "+2"):
            lst = [o + "lw=" + lw, o + "sh=" + sh]
            if o in ("-1", "+1"):
                lst.append(o + "s3=" + lw[-3:])
                if title:
                    lst.append(o + "title")
                for g in self.words.get(lw, ()):
                    lst.append(o + "g=" + g)
                for g in self.lexw.get(lw, ()):
                    lst.append(o + g)
            if self.keep is not None:
                lst = [a for a in lst if a in self.keep]
            out.append(lst)
        f = (out[0], out[1], out[2], out[3])
        if len(self._nb) < 200_000:
            self._nb[w] = f
        return f

    @staticmethod
    def _starts(gaz: dict[str, str]) -> dict[str, int]:
        """First word of each name -> the most words a name starting with it has."""
        out: dict[str, int] = {}
        for name in gaz:
            parts = name.split(" ")
            if out.get(parts[0], 0) < len(parts):
                out[parts[0]] = len(parts)
        return out

    def gaz_tags(self, toks: Sequence[str], low: list[str], gaz: dict[str, str] | None = None,
                 starts: dict[str, int] | None = None) -> list[str | None]:
        """Longest-match name-list tags over one sentence ("B-PER", "I-PER", ...)."""
        n = len(toks)
        out: list[str | None] = [None] * n
        if gaz is None:
            gaz, starts = self.gaz, self.gstarts
        assert starts is not None
        nxt = 0
        for i in [i for i, t in enumerate(toks) if t[:1].isupper()]:
            if i < nxt:
                continue
            longest = starts.get(low[i])
            if longest is None:
                continue
            for L in range(min(longest, n - i), 0, -1):
                k = gaz.get(" ".join(low[i:i + L]) if L > 1 else low[i])
                if k is not None:
                    out[i] = "B-" + k
                    for j in range(i + 1, i + L):
                        out[j] = "I-" + k
                    nxt = i + L
                    break
        return out

    def doc_features(self, sents: list[list[str]],
                     select: list[list[int]] | None = None) -> list[list[list[str]]]:
        """Features of every token, or only of the tokens `select` lists a sentence."""
        view = self.doc_view(sents)
        return [self.sent_features(s, view, si, None if select is None else select[si])
                for si, s in enumerate(sents)]

    @staticmethod
    def doc_view(sents: Sequence[Sequence[str]]) -> DocView:
        """What the features of a sentence read from the rest of its document."""
        # which words occur lower-case, which occur capitalized mid-sentence
        lower_seen: set[str] = set()
        cap_mid: set[str] = set()
        caps_sent = []
        for s in sents:
            letters = [t for t in s if t[:1].isalpha() and len(t) > 1]
            allcaps = len(letters) >= 2 and all(t.isupper() for t in letters)
            caps_sent.append(allcaps)
            if allcaps:
                continue
            lower_seen.update([t for t in s if t[:1].islower()])
            cap_mid.update([s[i].lower() for i in range(1, len(s))
                            if s[i][:1].isupper() and s[i - 1] not in _OPENERS])
        return DocView(lower_seen, cap_mid, caps_sent)

    def sent_features(self, s: Sequence[str], view: DocView, si: int,
                      which: Iterable[int] | None = None) -> list[list[str]]:
        """Features of the tokens of sentence `si` of the document `view` was taken of (of
        those `which` lists, else all): one list a token. A caller that tags one sentence at a
        time keeps only that sentence's features alive, not the document's (a list a token)."""
        n = len(s)
        if which is None:
            which = range(n)
        if not which:
            return []
        lower_seen, cap_mid = view.lower_seen, view.cap_mid
        allcaps = view.caps_sent[si]
        keep = self.keep
        sget, nget, wself, wnb = self._self.get, self._nb.get, self.word_self, self.word_nb
        low = [t.lower() for t in s]
        gz = self.gaz_tags(s, low)
        xg = self.gaz_tags(s, low, self.places, self.pstarts) if self.places else gz
        # a word's own features and what it tells its neighbours, looked up only for the
        # tokens asked for and the two on each side (often a small part of the sentence)
        nbs: dict[int, tuple[list[str], list[str], list[str], list[str]]] = {}

        def nb(j: int) -> tuple[list[str], list[str], list[str], list[str]]:
            x = nbs.get(j)
            if x is None:
                t = s[j]
                x = nbs[j] = nget(t) or wnb(t)
            return x

        feats = []
        for i in which:
            t = s[i]
            f = (sget(t) or wself(t)) + (nb(i - 1)[1] if i >= 1 else _BOS1) \
                + (nb(i - 2)[0] if i >= 2 else _BOS2) + (nb(i + 1)[2] if i + 1 < n else _EOS1) \
                + (nb(i + 2)[3] if i + 2 < n else _EOS2)
            if i > 0:
                b = "bg-=" + low[i - 1] + "|" + low[i]
                if keep is None or b in keep:
                    f.append(b)
            if i + 1 < n:
                b = "bg+=" + low[i] + "|" + low[i + 1]
                if keep is None or b in keep:
                    f.append(b)
            if t[:1].isupper():
                lt = low[i]
                if lt in lower_seen:
                    f.append("d:lower")
                if lt in cap_mid:
                    f.append("d:capmid")
                    if i == 0:
                        f.append("d:capmid0")
                if allcaps:
                    f.append("capsent")
                    if lt in cap_mid:
                        f.append("capsent:capmid")
                    elif lt in lower_seen:
                        f.append("capsent:lower")
            if xg[i] and xg is not gz:
                f.append("xg=" + xg[i])
            if gz[i]:
                f.append("gz=" + gz[i])
                if i > 0 and gz[i - 1]:
                    f.append("gz-=" + gz[i - 1])
            feats.append(f)
        return feats


class DocView(NamedTuple):
    """The document-wide facts a token's features read (see `Featurizer.doc_view`)."""
    lower_seen: set[str]
    cap_mid: set[str]
    caps_sent: list[bool]


_OPENERS = frozenset(('"', "'", "(", ":", "-"))
# what a missing neighbour contributes: the sentence's edge
_BOS1 = ["BOS"]
_BOS2 = ["-2BOS"]
_EOS1 = ["EOS"]
_EOS2 = ["+2EOS"]
