"""Typo-tolerant full-text search: the words of the article bodies close to a misspelt one.

Full-text search matches whole words (and prefixes). A reader who types "sheinbam" or
"tarrifs" finds nothing there; this offers the body words one or two edits away, read from
the FTS index's own vocabulary (fts5vocab), one first letter at a time and only when asked,
so a library that is searched without typos never pays for it.
"""
from __future__ import annotations

import sqlite3
import threading

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

_VOCAB = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.body_vocab USING fts5vocab('main', 'body_fts', 'row')"
MIN_LENGTH = 5  # shorter words have too many neighbours one edit away to guess from


def max_edits(word: str) -> int:
    return 1 if len(word) < 8 else 2


class Vocabulary:
    """Body words by first letter (loaded per letter on first use), with their document counts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_letter: dict[str, tuple[list[str], list[int]]] = {}

    def clear(self) -> None:
        with self._lock:
            self._by_letter.clear()

    def _letter(self, conn: sqlite3.Connection, letter: str) -> tuple[list[str], list[int]]:
        with self._lock:
            got = self._by_letter.get(letter)
        if got is not None:
            return got
        conn.execute(_VOCAB)  # per connection: a temp table
        terms: list[str] = []
        docs: list[int] = []
        # A range on `term` is answered from the index, not by scanning every term.
        for term, doc in conn.execute("SELECT term, doc FROM temp.body_vocab WHERE term >= ? AND term < ?",
                                      (letter, chr(ord(letter) + 1))):
            if term.isalpha():  # numbers and codes are not misspelt words
                terms.append(term)
                docs.append(doc)
        got = (terms, docs)
        with self._lock:
            self._by_letter[letter] = got
        return got

    def corrections(self, conn: sqlite3.Connection, word: str, limit: int = 3) -> list[str]:
        """Body words within `max_edits` of `word` (not `word` itself), commonest first."""
        word = word.lower()
        if len(word) < MIN_LENGTH or not word.isalpha():
            return []
        terms, docs = self._letter(conn, word[0])
        if not terms:
            return []
        edits = max_edits(word)
        found = process.extract(word, terms, scorer=Levenshtein.distance, score_cutoff=edits,
                                limit=max(limit * 4, 12))
        # Fewest edits first, then the word more articles use.
        ranked = sorted(((dist, -docs[i], terms[i]) for _t, dist, i in found if terms[i] != word))
        return [t for _d, _n, t in ranked[:limit]]
