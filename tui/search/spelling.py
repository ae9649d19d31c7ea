"""Typo-tolerant full-text search: the words of the article bodies close to a misspelt one.

Full-text search matches whole words (and prefixes). A reader who types "sheinbam" or
"tarrifs" finds nothing there; this offers the body words one or two edits away, read from
the FTS index's own vocabulary (fts5vocab), two first letters at a time and only when asked,
so a library that is searched without typos never pays for it.
"""
from __future__ import annotations

import sqlite3
import threading
from bisect import bisect_left

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from tui.search.corpus import typo_budget

_VOCAB = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.body_vocab USING fts5vocab('main', 'body_fts', 'row')"
MIN_LENGTH = 5  # shorter words have too many neighbours one edit away to guess from



class Vocabulary:
    """Body words by their first two letters (loaded on first use), with their document counts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._buckets: dict[str, _Bucket] = {}
        self._memo: dict[str, list[str]] = {}

    def clear(self) -> None:
        with self._lock:
            self._buckets.clear()
            self._memo.clear()

    def _bucket(self, conn: sqlite3.Connection, head: str) -> _Bucket:
        with self._lock:
            got = self._buckets.get(head)
        if got is not None:
            return got
        conn.execute(_VOCAB)  # per connection: a temp table
        # A range on `term` is answered from the index, not by scanning every term.
        rows = conn.execute("SELECT term, doc FROM temp.body_vocab WHERE term >= ? AND term < ?",
                            (head, _after(head))).fetchall()
        got = _Bucket(sorted((t, d) for t, d in rows if t.isalpha()))  # numbers and codes are not misspelt words
        with self._lock:
            self._buckets[head] = got
        return got

    @staticmethod
    def _known(conn: sqlite3.Connection, word: str) -> bool:
        """A body word starts with `word` (one index probe, no loading)."""
        conn.execute(_VOCAB)
        return conn.execute("SELECT 1 FROM temp.body_vocab WHERE term >= ? AND term < ? LIMIT 1",
                            (word, _after(word))).fetchone() is not None

    def corrections(self, conn: sqlite3.Connection, word: str, limit: int = 3) -> list[str]:
        """Body words within `typo_budget` of `word`, commonest first; none for a word that is a
        body word, or the start of one (it may still be being typed)."""
        word = word.lower()
        if len(word) < MIN_LENGTH or not word.isalpha():
            return []
        with self._lock:
            got = self._memo.get(word)
        if got is not None:
            return got
        # Typos rarely fall on the first two letters: the words sharing them are the candidates,
        # read only for a word that no body word starts with (not for one still being typed).
        got = [] if self._known(conn, word) else self._bucket(conn, word[:2]).near(word, limit)
        with self._lock:
            if len(self._memo) > 4096:
                self._memo.clear()
            self._memo[word] = got
        return got


def _after(prefix: str) -> str:
    """The smallest string above every string that starts with `prefix`."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


class _Bucket:
    """The body words of one two-letter start: sorted (for prefixes) and by length (for edits)."""

    __slots__ = ("terms", "docs", "by_len")

    def __init__(self, rows: list[tuple[str, int]]) -> None:
        self.terms = [t for t, _ in rows]
        self.docs = [d for _, d in rows]
        self.by_len: dict[int, list[int]] = {}
        for i, t in enumerate(self.terms):
            self.by_len.setdefault(len(t), []).append(i)

    def near(self, word: str, limit: int) -> list[str]:
        terms = self.terms
        at = bisect_left(terms, word)
        if at < len(terms) and terms[at].startswith(word):
            return []  # a word of the library, or the start of one: not a typo
        edits = typo_budget(word)
        pool = [i for n in range(len(word) - edits, len(word) + edits + 1) for i in self.by_len.get(n, ())]
        found = process.extract(word, [terms[i] for i in pool], scorer=Levenshtein.distance,
                                score_cutoff=edits, limit=max(limit * 4, 12)) if pool else []
        # Fewest edits first, then the word more articles use.
        ranked = sorted((dist, -self.docs[pool[j]], terms[pool[j]]) for _t, dist, j in found)
        if len(ranked) < limit:
            # the start of a longer word, misspelt: 'cartl' for "cartels" (as names are matched)
            longer = [i for n, ids in self.by_len.items() if n > len(word) + edits for i in ids]
            heads = [terms[i][:len(word) + 1] for i in longer]
            near = process.extract(word, heads, scorer=Levenshtein.distance, score_cutoff=edits,
                                   limit=max(limit * 4, 12)) if longer else []
            ranked += sorted((dist + 1, -self.docs[longer[j]], terms[longer[j]]) for _t, dist, j in near)
        return [t for _d, _n, t in ranked[:limit]]
