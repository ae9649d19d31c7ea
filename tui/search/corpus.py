"""One searchable group (titles, actor names or quotes): folded strings ranked by one rapidfuzz scorer.

`top()` must return what an exhaustive scan would: the k best by `SCORER` over every candidate,
ties broken by position (= stable id order). It gets there faster by
- exact substrings first: when k candidates contain the query as typed they all score 100 and the
  first k of them in id order are the answer, found by `str.find` over one joined string;
- a word prefilter once `prepare()` has run: each query word is matched fuzzily against the
  group's vocabulary and only strings holding a matching word are scored;
- strings shorter than the query (which the scorer slides along the query instead) are listed by
  length once `prepare()` has run and scored apart.
"""
from __future__ import annotations

import heapq
import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Sequence
from itertools import accumulate

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Indel, Levenshtein

SCORER = fuzz.partial_ratio
_SEP = "\x00"
_WORD = re.compile(r"\w+")
_CHUNK = 4096
_TERM_FLOOR = 70.0  # vocabulary lookups keep the words this similar (callers take those above their floor)
_MAX_SHORT = 20_000  # strings shorter than the query scored one by one, at most
_HEAD = 1 << 16  # characters scanned for the first exact matches before the vocabulary is consulted
_MAX_UNION = 60_000
_MARGIN = 3.0  # estimates are approximate bounds: stop only when the k-th score clears them by this
_WORD_ONLY = re.compile(r"^\w+$")
_PHRASE = re.compile(r"^\w+(?: \w+)+$")


def cutoff_for(query: str) -> float:
    """The lowest score shown: short queries must match exactly, longer ones may carry typos."""
    n = len(query)
    if n <= 6:
        return 100.0  # a typo in a few letters matches half the library: these must match exactly
    return 85.0


_SPARE = 2  # ranked beyond k, to stand in for fragments dropped
_MAX_ASK = 1024  # ... and at most this many when many are fragments


def typo_budget(word: str) -> int:
    """Edits a word may carry and still mean another: none in three letters or fewer (one edit
    there reaches half the vocabulary), one up to seven letters, two beyond."""
    n = len(word)
    return 0 if n <= 3 else 1 if n < 8 else 2


def word_means(typed: str, word: str) -> bool:
    """`typed` (a word of a query) stands for `word` (a word of a name or string): the same word,
    its start (still being typed) or a close typo of it. Not a piece of its middle ('ann' is no
    word of 'mannion') and not a word it merely overlaps ('nobody' is not 'body')."""
    if word.startswith(typed):
        return True
    edits = typo_budget(min(typed, word, key=len))
    return edits > 0 and Levenshtein.distance(typed, word, score_cutoff=edits) <= edits


def names_match(typed: str, name: str) -> bool:
    """Every word of `typed` means a word of `name` (both folded): 'ruis' and 'ana' name
    "ana ruiz", 'nobody' does not name "wide body"."""
    words = _WORD.findall(name)
    return all(any(word_means(t, w) for w in words) for t in _WORD.findall(typed))


def fragment(string: str, query: str) -> bool:
    """A string shorter than the query that only overlaps it: 'ca' in 'lima cartl', 'petro' in
    'petrobras', 'north' in 'nothingmatches', 'lion' in 'invasion'. The scorer slides a shorter
    string along the query and gives these high scores; a reader sees noise. The string matches
    when each of its words is meant by a word of the query ('us' in 'us senate', 'ruiz' in
    'ruis tariffs')."""
    if len(string) >= len(query):
        return False
    at = query.find(string)
    while at >= 0:  # whole words of the query, as they stand: the common case, settled quickly
        end = at + len(string)
        if (at == 0 or not query[at - 1].isalnum()) and (end == len(query) or not query[end].isalnum()):
            return False
        at = query.find(string, at + 1)
    typed = _WORD.findall(query)
    return not all(any(word_means(t, w) for t in typed) for w in _WORD.findall(string))


class _Sorted:
    """`in` for an ascending sequence of positions."""

    __slots__ = ("items",)

    def __init__(self, items: Sequence[int]) -> None:
        self.items = items

    def __contains__(self, p: int) -> bool:
        i = bisect_left(self.items, p)
        return i < len(self.items) and self.items[i] == p


class Corpus:
    def __init__(self, ids: Iterable[int], folded: Iterable[str]) -> None:
        self.ids = array("q", ids)
        self.folded = list(folded)
        self._joined = _SEP.join(self.folded) + _SEP
        self._starts = array("q", accumulate((len(s) + 1 for s in self.folded[:-1]), initial=0)) \
            if self.folded else array("q")
        self._postings: dict[str, array] | None = None
        self._cache: dict[tuple, object] = {}  # vocabulary lookups of the words being typed
        self._vocab: list[str] = []
        self._vocab_lens: list[int] = []
        self._alpha: list[str] | None = None  # the vocabulary alphabetically (names looked up by their start)
        self._by_len: array | None = None  # positions by string length (for strings shorter than a query)
        self._lens: array = array("i")

    def __len__(self) -> int:
        return len(self.folded)

    @property
    def prepared(self) -> bool:
        return self._postings is not None

    def prepare(self) -> None:
        """Build the word prefilter (a vocabulary and, per word, the positions holding it)."""
        postings: dict[str, array] = {}
        for pos, s in enumerate(self.folded):
            for word in set(_WORD.findall(s)):
                bucket = postings.get(word)
                if bucket is None:
                    bucket = postings[word] = array("i")
                bucket.append(pos)
        vocab = sorted(postings, key=lambda w: (len(w), w))
        self._vocab = vocab
        self._vocab_lens = [len(w) for w in vocab]
        self._postings = postings
        self._alpha = None
        self._by_length()

    # ----------------------------------------------------------------- names

    def named(self, query: str) -> list[int]:
        """Positions (ascending) of the strings that `query` names: each of its words means a
        word of the string (`names_match`). Read from the vocabulary: `prepare()` first."""
        found: set[int] | None = None
        for typed in set(_WORD.findall(query)):
            hits: set[int] = set()
            for term in self._meant(typed):
                hits.update(self._postings[term])
            found = hits if found is None else found & hits
            if not found:
                return []
        return sorted(found or ())

    def holding(self, query: str) -> set[int]:
        """Positions of the strings holding every word of `query` as it is typed (whole words)."""
        found: set[int] | None = None
        for word in set(_WORD.findall(query)):
            positions = self._postings.get(word)
            if positions is None:
                return set()
            found = set(positions) if found is None else found.intersection(positions)
        return found or set()

    def _meant(self, typed: str) -> list[str]:
        """The vocabulary words `typed` means (`word_means`): those it begins, and its close typos."""
        key = ("means", typed)
        cached = self._cache.get(key)
        if cached is None:
            alpha = self._alphabetical()
            at = bisect_left(alpha, typed)
            found = set()
            while at < len(alpha) and alpha[at].startswith(typed):
                found.add(alpha[at])
                at += 1
            edits = typo_budget(typed)
            if edits:
                lo = bisect_left(self._vocab_lens, len(typed) - edits)
                hi = bisect_right(self._vocab_lens, len(typed) + edits)
                near = process.extract(typed, self._vocab[lo:hi], scorer=Levenshtein.distance, processor=None,
                                       score_cutoff=edits, limit=None)
                found.update(t for t, _d, _i in near if word_means(typed, t))
            cached = sorted(found)
            self._remember(key, cached)
        return cached

    def _alphabetical(self) -> list[str]:
        """The vocabulary in alphabetical order (for prefixes), built on first need."""
        if self._alpha is None:
            self._alpha = sorted(self._vocab)
        return self._alpha

    # ----------------------------------------------------------------- ranking

    def top(self, query: str, k: int, allowed: Collection[int] | None = None,
            cutoff: float | None = None) -> list[tuple[float, int]]:
        """[(score, position)] best first; `allowed` restricts to those positions."""
        if not query or k <= 0:
            return []
        cutoff = cutoff_for(query) if cutoff is None else cutoff
        hits = self._top_whole(query, k, allowed, cutoff)
        folded = self.folded
        # A string shorter than the query is matched the other way round: the scorer slides it
        # along the query ("us" scores 100 for "us senate", "ruiz" 86 for "ruis
        # tariffs"), which no word or substring lookup of the query finds. There are few: they
        # are scored here (and those that only overlap the query, `fragment`s, dropped).
        short = self._shorter(len(query)) if self._by_len is not None else ()  # built by prepare()
        if not short:
            return hits
        if allowed is not None:
            keep = allowed if isinstance(allowed, (set, frozenset)) else _Sorted(
                allowed if isinstance(allowed, (list, array)) else sorted(allowed))
            short = [p for p in short if p in keep]
        if cutoff >= 100:
            extra = [(100.0, p) for p in short if folded[p] in query]
        else:
            extra = [(sc, short[i]) for _, sc, i in process.extract(
                query, [folded[p] for p in short], scorer=SCORER, processor=None, score_cutoff=cutoff, limit=None)]
        extra = [h for h in extra if not fragment(folded[h[1]], query)]
        if not extra:
            return hits
        found = dict((p, sc) for sc, p in hits)
        found.update((p, sc) for sc, p in extra)
        return heapq.nsmallest(k, ((sc, p) for p, sc in found.items()), key=lambda h: (-h[0], h[1]))

    def _top_whole(self, query: str, k: int, allowed: Collection[int] | None,
                   cutoff: float) -> list[tuple[float, int]]:
        """`_top` without fragments: when more were dropped than the spares cover, ask for more
        (what lies below them may belong in the k best)."""
        folded = self.folded
        want = k + _SPARE
        while True:
            ranked = self._top(query, want, allowed, cutoff)
            hits = [h for h in ranked if not fragment(folded[h[1]], query)]
            if len(hits) >= k or len(ranked) < want or want >= _MAX_ASK:
                return hits[:k]
            want *= 4

    def _shorter(self, n: int) -> Sequence[int]:
        """Positions of the non-empty strings shorter than `n` characters, ascending."""
        by_len = self._by_length()
        lens = self._lens
        lo, hi = bisect_left(lens, 1), bisect_left(lens, n)
        if hi - lo > _MAX_SHORT:  # a long query over short strings: the word prefilter's guess stands
            return ()
        return sorted(by_len[lo:hi]) if hi > lo else ()

    def _by_length(self) -> array:
        if self._by_len is None:
            folded = self.folded
            order = sorted(range(len(folded)), key=lambda p: len(folded[p]))
            self._lens = array("i", (len(folded[p]) for p in order))
            self._by_len = array("i", order)
        return self._by_len

    def _top(self, query: str, k: int, allowed: Collection[int] | None, cutoff: float) -> list[tuple[float, int]]:
        allowed_set: _Sorted | None = None
        if allowed is not None:
            allowed = allowed if isinstance(allowed, (list, array)) else sorted(allowed)
            if cutoff >= 100:
                folded = self.folded
                hits = []
                for p in allowed:
                    if query in folded[p]:
                        hits.append((100.0, p))
                        if len(hits) >= k:
                            break
                return hits
            if len(allowed) <= 2048 or self._postings is None:
                return self._score(query, allowed, k, cutoff)
            allowed_set = _Sorted(allowed)  # membership by bisection: no set of a big filter per keystroke
        one_word = _WORD_ONLY.match(query) is not None
        # Strings containing the query score 100: when k of them exist, they are the answer (the
        # first k: ids break ties), whatever the cutoff.
        if allowed_set is None:
            # A common query (the first letters typed) has its k first matches near the start:
            # a bounded scan finds them before any vocabulary lookup.
            head = self._exact_head(query, k)
            if head is not None:
                return [(100.0, p) for p in head]
        if one_word and self._postings is not None and allowed_set is None:
            exact = self._exact_in_words(query, k)
            if len(exact) >= k or cutoff >= 100:
                return [(100.0, p) for p in exact]
        elif cutoff >= 100 or self._postings is None or not one_word:
            phrase = self._postings is not None and _PHRASE.match(query) is not None
            exact = self._exact_phrase(query, k, allowed_set) if phrase else None
            if exact is None:
                exact = self._exact(query, k, allowed_set)
            if len(exact) >= k or cutoff >= 100:
                return [(100.0, p) for p in exact]
        else:
            # One word: every exact match lies inside a vocabulary word the prefilter finds.
            exact = []
        candidates = self._prefilter(query, cutoff, k)
        if candidates is not None and allowed_set is not None:
            candidates = [c for c in candidates if (c[1] if isinstance(c, tuple) else c) in allowed_set]
        if candidates is None:
            scored = self._score(query, range(len(self.folded)) if allowed is None else allowed, k, cutoff)
        elif candidates and isinstance(candidates[0], tuple):
            scored = self._score_ranked(query, candidates, k, cutoff)
        else:
            scored = self._score(query, candidates, k, cutoff)
        found = {p: s for s, p in scored}
        # Every exact substring was found above (that scan ran to the end): keep them all.
        found.update((p, 100.0) for p in exact)
        return heapq.nsmallest(k, ((s, p) for p, s in found.items()), key=lambda h: (-h[0], h[1]))

    def position_of(self, ids: Collection[int]) -> list[int]:
        """Positions of these ids (unknown ids dropped), ascending."""
        all_ids = self.ids
        if not all_ids:
            return []
        first, last = all_ids[0], all_ids[-1]
        if last - first == len(all_ids) - 1:  # no gaps (nothing deleted since the ids were given)
            return sorted(i - first for i in ids if first <= i <= last)
        if len(ids) < 4096:
            out = []
            for i in ids:
                p = bisect_left(all_ids, i)
                if p < len(all_ids) and all_ids[p] == i:
                    out.append(p)
            return sorted(out)
        wanted = ids if isinstance(ids, (set, frozenset)) else set(ids)
        return [p for p, i in enumerate(all_ids) if i in wanted]

    def exhaustive(self, query: str, k: int, cutoff: float | None = None) -> list[tuple[float, int]]:
        """The reference: every candidate scored."""
        cutoff = cutoff_for(query) if cutoff is None else cutoff
        hits = process.extract(query, self.folded, scorer=SCORER, processor=None, score_cutoff=cutoff, limit=None)
        hits = [h for h in hits if not fragment(h[0], query)]
        return [(s, p) for _, s, p in heapq.nsmallest(k, hits, key=lambda h: (-h[1], h[2]))]

    def _exact_head(self, query: str, k: int) -> list[int] | None:
        """The first k positions whose string contains `query` when they all lie within the first
        `_HEAD` characters of the joined strings; else None (the answer needs a longer look)."""
        joined, starts, folded = self._joined, self._starts, self.folded
        end = min(len(joined), _HEAD)
        found: list[int] = []
        i = joined.find(query, 0, end)
        while i >= 0:
            pos = bisect_right(starts, i) - 1
            found.append(pos)
            if len(found) >= k:
                return found
            i = joined.find(query, starts[pos] + len(folded[pos]) + 1, end)
        return None

    def _exact(self, query: str, k: int, allowed: Collection[int] | None = None) -> list[int]:
        """The first k positions (of `allowed`) whose string contains `query`."""
        found: list[int] = []
        joined, starts = self._joined, self._starts
        i = joined.find(query)
        while i >= 0 and len(found) < k:
            pos = bisect_right(starts, i) - 1
            if allowed is None or pos in allowed:
                found.append(pos)
            i = joined.find(query, starts[pos] + len(self.folded[pos]) + 1)
        return found

    def _prefilter(self, query: str, cutoff: float, k: int) -> list[int] | list[tuple[float, int]] | None:
        """Positions worth scoring (ascending), or for several words [(estimate, position)] best first;
        None when the prefilter cannot narrow (or is not built)."""
        if self._postings is None:
            return None
        words = query.split()
        long_words = [w for w in words if len(w) >= 3] or words
        if len(words) == 1:
            # One word: a string scores at least its best word's score, and words below the cutoff
            # cannot lift it there. Best words first; once k strings are held, words scoring lower
            # than the last one taken cannot place a string above those (ties go on: ids break them).
            matched = self._terms(words[0], cutoff)
            hits: set[int] = set()
            last = 101.0
            for term, score in matched:
                if len(hits) >= k and score < last:
                    break
                last = score
                hits.update(self._postings[term])
                if len(hits) > _MAX_UNION:
                    return None
            return sorted(hits)
        # Several words: a string reaching the cutoff has at least one word doing as well (typos
        # spread over the words), so the union of the words' strings holds every answer. Strings
        # holding every word come first; the others (missing at least the shortest word) can score
        # at most `bound`, and are scored only while that could still place them.
        # The words looked up carry every difference between the query and the string's best
        # window, so one of them is at most their share (by length) off: the floor is that share,
        # lower than the cutoff when short words (dropped here) or spaces take part of the query.
        covered = sum(len(w) for w in long_words)
        floor = max(100.0 - (100.0 - cutoff) * len(query) / covered, 70.0) if covered else cutoff
        sets: list[set[int]] = []
        for word in long_words:
            hits = set()
            for term, _score in self._terms(word, floor):
                hits.update(self._postings[term])
                if len(hits) > _MAX_UNION:
                    return None
            sets.append(hits)
        every = set.intersection(*sets)
        rest = set().union(*sets) - every
        total = sum(len(w) for w in long_words)
        shortest = min(len(w) for w in long_words)
        bound = ((total - shortest) * 100 + shortest * floor) / total
        return [(100.0, p) for p in sorted(every)] + [(bound, p) for p in sorted(rest)]

    def _exact_phrase(self, query: str, k: int, allowed: Collection[int] | None) -> list[int] | None:
        """`_exact` for words separated by single spaces: each word lies inside one vocabulary
        word of a matching string, so the strings holding the rarest word are the only ones to
        check. None when even that word is too common to gain anything."""
        postings = self._postings
        best: list[str] | None = None
        best_size = _MAX_UNION
        for word in query.split():
            terms = self._containing(word)
            size = sum(len(postings[t]) for t in terms)
            if size < best_size:
                best, best_size = terms, size
        if best is None:
            return None
        folded = self.folded
        found: list[int] = []
        last = -1
        for p in heapq.merge(*(postings[t] for t in best)):
            if p != last:
                last = p
                if (allowed is None or p in allowed) and query in folded[p]:
                    found.append(p)
                    if len(found) >= k:
                        break
        return found

    def _containing(self, word: str) -> list[str]:
        key = ("in", word)
        cached = self._cache.get(key)
        if cached is None:
            lo = bisect_left(self._vocab_lens, len(word))
            cached = [t for t in self._vocab[lo:] if word in t]
            self._remember(key, cached)
        return cached

    def _remember(self, key: tuple, value: object) -> None:
        if len(self._cache) >= 256:
            try:
                self._cache.pop(next(iter(self._cache)), None)
            except (RuntimeError, StopIteration):  # another thread's search changed it
                pass
        self._cache[key] = value

    def _exact_in_words(self, query: str, k: int) -> list[int]:
        """`_exact` for a query of word characters: such a match lies inside one vocabulary word,
        so the answer is the first k positions of the words containing it."""
        postings = self._postings
        terms = self._containing(query)
        found: list[int] = []
        last = -1
        for p in heapq.merge(*(postings[t] for t in terms)):
            if p != last:
                found.append(p)
                last = p
                if len(found) >= k:
                    break
        return found

    def _terms(self, word: str, cutoff: float) -> list[tuple[str, float]]:
        """`_similar_terms` at `cutoff`: one lookup a word (at the lowest floor) whatever the cutoff."""
        key = ("like", word)
        cached = self._cache.get(key)
        if cached is None:
            cached = self._similar_terms(word, min(_TERM_FLOOR, cutoff))
            self._remember(key, cached)
        elif cutoff < _TERM_FLOOR:
            return self._similar_terms(word, cutoff)
        if cached and cached[-1][1] < cutoff:  # best first: the words at the cutoff lead
            n = 0
            while n < len(cached) and cached[n][1] >= cutoff:
                n += 1
            return cached[:n]
        return cached

    def _similar_terms(self, word: str, cutoff: float) -> list[tuple[str, float]]:
        """Vocabulary words like `word` (at least `cutoff`), best first. A word of three letters or
        fewer (usually the start of the word being typed) stands for the words it begins."""
        lo = bisect_left(self._vocab_lens, max(1, len(word) - 2))
        if len(word) <= 3:
            return [(t, 100.0) for t in self._vocab[bisect_left(self._vocab_lens, len(word)):] if t.startswith(word)]
        cut = cutoff
        matched = process.extract(word, self._vocab[lo:], scorer=SCORER, processor=None, score_cutoff=cut,
                                  limit=None)
        return sorted(((t, s) for t, s, _ in matched), key=lambda m: -m[1])

    def _score_ranked(self, query: str, ranked: list[tuple[float, int]], k: int,
                      cutoff: float) -> list[tuple[float, int]]:
        best: list[tuple[float, int]] = []
        folded = self.folded
        step = 256
        for start in range(0, len(ranked), step):
            chunk = [p for _, p in ranked[start:start + step]]
            hits = process.extract(query, [folded[p] for p in chunk], scorer=SCORER, processor=None,
                                   score_cutoff=cutoff, limit=None)
            best.extend((s, chunk[i]) for _, s, i in hits)
            best = heapq.nsmallest(k, best, key=lambda h: (-h[0], h[1]))
            following = ranked[start + step][0] if start + step < len(ranked) else None
            if following is None or (len(best) >= k and best[-1][0] > following + _MARGIN):
                break
            if len(best) >= k and best[-1][0] >= 100:
                break  # k perfect scores: only equal estimates remain, in id order, and ids break ties
        return best

    def _score(self, query: str, positions: Sequence[int], k: int, cutoff: float) -> list[tuple[float, int]]:
        best: list[tuple[float, int]] = []
        folded = self.folded
        for start in range(0, len(positions), _CHUNK):
            chunk = positions[start:start + _CHUNK]
            hits = process.extract(query, [folded[p] for p in chunk], scorer=SCORER, processor=None,
                                   score_cutoff=cutoff, limit=None)
            best.extend((s, chunk[i]) for _, s, i in hits)
            best = heapq.nsmallest(k, best, key=lambda h: (-h[0], h[1]))
            if len(best) >= k and best[-1][0] >= 100:
                break  # positions ascend: nothing later can beat k perfect scores
        return best


def highlight(query: str, folded: str) -> tuple[int, ...]:
    """Positions in `folded` (= in the label) of the characters that matched `query`."""
    if not query or not folded:
        return ()
    query = query.strip()
    start = folded.find(query)
    if start >= 0:
        return tuple(i for i in range(start, start + len(query)) if not folded[i].isspace())
    if len(query) > len(folded):
        return tuple(j for tag, i1, i2, j1, j2 in Indel.opcodes(query, folded).as_list() if tag == "equal"
                     for j in range(j1, j2))
    align = fuzz.partial_ratio_alignment(query, folded)
    if align is None:
        return ()
    # The alignment's window is as long as the query; a typo can leave the match's last letters
    # just outside it, so look a little further on both sides (within the word).
    slack = len(query) // 4 + 1
    start, end = align.dest_start, align.dest_end
    for _ in range(slack):
        if start > 0 and folded[start - 1].isalnum() and folded[start].isalnum():
            start -= 1
        if end < len(folded) and folded[end].isalnum() and folded[end - 1].isalnum():
            end += 1
    window = folded[start:end]
    out = []
    for tag, _i1, _i2, j1, j2 in Indel.opcodes(query, window).as_list():
        if tag == "equal":
            out.extend(start + j for j in range(j1, j2) if not window[j].isspace())
    return tuple(out)
