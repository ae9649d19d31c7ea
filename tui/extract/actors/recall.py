"""Bookkeeping for people who share a surname: where each was named, and how the story has
referred to each so far. `merging` places the bare surnames of one name in text order and
asks these at every one; kept current as it goes, each answer is a lookup or a short sweep
instead of a pass over every mention of every candidate (quadratic in a long story that
names one family over and over).
"""
from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter
from collections.abc import Iterable

NEVER = 1 << 60  # the offset of a reference that never comes


class Marks:
    """Offsets at which someone was named (in full, or by a title or gender that decides),
    with who: which people were named in a stretch of text."""

    def __init__(self, marks: Iterable[tuple[int, int]] = ()):
        self._marks = sorted(marks)  # (offset, who)

    def add(self, at: int, who: int) -> None:
        bisect.insort(self._marks, (at, who))

    def named_in(self, lo: int, hi: int) -> set[int]:
        """Who was named at an offset in [lo, hi)."""
        marks = self._marks
        i = bisect.bisect_left(marks, (lo, -1))  # before every (lo, who): ids are not negative
        out: set[int] = set()
        while i < len(marks) and marks[i][0] < hi:
            out.add(marks[i][1])
            i += 1
        return out


class Refs:
    """One person's references by one surname, swept in text order: how many come before an
    offset, how many of those have more words than a given form, and the last of them. Asked
    at offsets that never go back (a step back starts the sweep over)."""

    def __init__(self, refs: Iterable[tuple[int, int]]):
        pairs = sorted(refs)  # (offset, words)
        self._at = [a for a, _ in pairs]
        self._words = [w for _, w in pairs]
        self._seen = 0                # _at[:_seen] lie before the last offset asked
        self._lengths: Counter = Counter()   # words of those -> how many
        self._upto = -1

    @property
    def first(self) -> int:
        return self._at[0] if self._at else NEVER

    @property
    def offsets(self) -> list[int]:
        return self._at

    @property
    def most(self) -> int:
        """The most `before` can weigh, the lead's one included; 0 with no references."""
        return 2 * len(self._at) + 1 if self._at else 0

    def add(self, at: int, words: int) -> None:
        i = bisect.bisect_right(self._at, at)
        self._at.insert(i, at)
        self._words.insert(i, words)
        if i < self._seen:  # before one already counted, so before the last offset asked too
            self._seen += 1
            self._lengths[words] += 1

    def before(self, at: int, longer_than: int) -> tuple[int, int] | None:
        """(references before `at`, plus one more for each with over `longer_than` words;
        the offset of the last of them), or None when there are none."""
        if at < self._upto:
            self._seen, self._lengths = 0, Counter()
        self._upto = at
        while self._seen < len(self._at) and self._at[self._seen] < at:
            self._lengths[self._words[self._seen]] += 1
            self._seen += 1
        if not self._seen:
            return None
        weight = self._seen + sum(c for w, c in self._lengths.items() if w > longer_than)
        return weight, self._at[self._seen - 1]

    def shorts_before(self, at: int, words: int) -> int:
        """How many references of at most `words` words (the surname alone, not the full
        name) come before `at`."""
        self.before(at, words)
        return sum(c for w, c in self._lengths.items() if w <= words)


class Pool:
    """Many people who share a surname, as the candidates for its bare mentions: who the story
    referred to first, and who of them is most salient at a mention. The most salient is found
    by walking back from the mention through their references, stopping once the fading leaves
    no one further back able to win, instead of scoring every one of them at every mention."""

    def __init__(self, members: list[int], refs: dict[int, Refs], reach: float):
        self.ids = frozenset(members)
        self._order = {who: i for i, who in enumerate(members)}
        self._refs = refs
        self._reach = reach
        self._timeline = sorted((a, who) for who in members for a in refs[who].offsets)
        # lazy heaps: an entry is stale once its person's figure has moved on
        self._firsts = [(refs[who].first, self._order[who], who) for who in members]
        self._bounds = [(-refs[who].most, self._order[who], who) for who in members]
        heapq.heapify(self._firsts)
        heapq.heapify(self._bounds)

    def added(self, who: int, at: int) -> None:
        """refs[who] has just gained a reference at `at`."""
        bisect.insort(self._timeline, (at, who))
        r = self._refs[who]
        heapq.heappush(self._firsts, (r.first, self._order[who], who))
        heapq.heappush(self._bounds, (-r.most, self._order[who], who))

    def lead(self) -> tuple[int, int]:
        """(offset, who) of the one referred to first; the first member on a tie."""
        h = self._firsts
        while h[0][0] != self._refs[h[0][2]].first:
            heapq.heappop(h)
        return h[0][0], h[0][2]

    def best(self, at: int, longer_than: int, lead: int) -> tuple[float, int | None]:
        """The highest salience at offset `at` and who has it (the first member on a tie):
        references before `at`, one more each for those of over `longer_than` words and one
        for the lead, faded by the distance to the last of them. (0.0, None) when no one
        scores above 0."""
        refs, bounds, timeline = self._refs, self._bounds, self._timeline
        seen: set[int] = set()
        aside: list[tuple[int, int, int]] = []

        def top_unseen() -> int:  # the highest bound of anyone not yet scored
            while bounds:
                b, _, who = bounds[0]
                if -b != refs[who].most:
                    heapq.heappop(bounds)
                elif who in seen:
                    aside.append(heapq.heappop(bounds))
                else:
                    return -b
            return 0

        best, best_order, best_who = 0.0, len(self._order), None
        top = top_unseen()
        i = bisect.bisect_left(timeline, (at, -1))  # the references before `at`
        while i > 0 and top:
            i -= 1
            pos, who = timeline[i]
            if who in seen:
                continue
            x = (pos - at) / self._reach
            if x < -760.0:  # exp() is 0 from here back: no one further scores above 0
                break
            # no one unseen was referred to after `pos`, nor scores over their bound
            if best > top * math.exp(x) * (1.0 + 1e-9):
                break
            seen.add(who)
            hit = refs[who].before(at, longer_than)
            if hit is not None:
                v = float(hit[0]) + (1.0 if who == lead else 0.0)
                score = v * math.exp((hit[1] - at) / self._reach)
                order = self._order[who]
                if score > best or (score == best and score > 0 and order < best_order):
                    best, best_order, best_who = score, order, who
            if bounds and bounds[0][2] == who:
                top = top_unseen()
        for e in aside:
            heapq.heappush(bounds, e)
        return best, best_who
