"""Search a library index: grouped Articles / Actors / Quotes, fuzzy, with filters."""
from __future__ import annotations

import json
import re
import sqlite3
from collections import OrderedDict
from array import array
import threading
from collections.abc import Collection, Iterator
from itertools import islice
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from rapidfuzz import process

from tui.library.index import LibraryIndex
from tui.library.date_ranges import date_range
from tui.library.library_actors import actor_key
from tui.model import quote_label
from tui.search.corpus import SCORER, Corpus, cutoff_for, highlight, names_match
from tui.search.fold import fold, fold_query
from tui.search.query import FILTER_HINTS, FILTERS, Query, parse_query
from tui.search.spelling import Vocabulary

Group = Literal["article", "actor", "quote"]
GROUPS: tuple[Group, ...] = ("article", "actor", "quote")
GROUP_TITLES = {"article": "Articles", "actor": "Actors", "quote": "Quotes"}


_EMPTY_FILTER = re.compile(r'(?<![\w:])(\w+):(?:""?)?(?=\s|$)')


def empty_filter_hint(raw: str) -> str | None:
    """For a query that is only filters without values ("said:"), what the first of them needs."""
    for m in _EMPTY_FILTER.finditer(raw):
        key = m.group(1).lower()
        if key in FILTERS:
            return FILTER_HINTS[key]
    return None


@dataclass(frozen=True, slots=True)
class Result:
    group: Group
    id: int                      # stable: article id, library actor id or quote id
    score: float                 # 0-100 (rapidfuzz)
    label: str                   # title, actor name or quote text
    path: str | None = None      # the article to open (for an actor: None)
    span: tuple[int, int] | None = None  # a quote's span in its article's text
    speaker: str | None = None
    articles: int | None = None  # an actor's article count
    quotes: int | None = None    # an actor's quote count
    kind: str | None = None      # an actor's kind
    published: str | None = None
    detail: str = ""             # e.g. the full-text snippet that matched
    highlights: tuple[int, ...] = ()  # positions in `label` that matched

    def to_json(self) -> dict[str, object]:
        return {"group": self.group, "score": round(self.score, 1), "label": self.label, "path": self.path,
                "span": list(self.span) if self.span else None, "speaker": self.speaker,
                "articles": self.articles, "detail": self.detail or None}


@dataclass(slots=True)
class Results:
    query: Query
    groups: dict[str, list[Result]] = field(default_factory=lambda: {g: [] for g in GROUPS})
    more: dict[str, bool] = field(default_factory=lambda: {g: False for g in GROUPS})
    message: str | None = None
    notices: list[str] = field(default_factory=list)

    def __iter__(self):
        for group in GROUPS:
            yield from self.groups[group]

    def __len__(self) -> int:
        return sum(len(v) for v in self.groups.values())


class SearchEngine:
    """Load what search needs from an index once; then `search()` per keystroke (thread-safe)."""

    def __init__(self, index: LibraryIndex) -> None:
        self.index = index
        self._lock = threading.RLock()
        self._prepare_lock = threading.Lock()
        self._corpora: dict[str, Corpus] = {}
        self._quote_articles = array("q")
        self._memo: OrderedDict[tuple, object] = OrderedDict()  # filter results: they stay put while the free words change
        self._spoken_memo: OrderedDict[tuple[int, ...], list[tuple[int, int]]] = OrderedDict()
        self._vocabulary = Vocabulary()  # body words, for typos; loaded a letter at a time when needed
        self._generation = index.generation  # of the index the groups are loaded from
        self.notices: list[str] = list(index.notices)
        if not index.has_fts:
            self.notices.append("full-text search scans the articles (this SQLite has no FTS5): slower")

    @classmethod
    def open(cls, library_root: Path, *, build: bool = True, progress=None, extractor=None) -> SearchEngine:
        index = LibraryIndex.open(library_root, extractor=extractor)
        if build and not index.exists:
            index.refresh(progress)
        return cls(index)

    @property
    def conn(self) -> sqlite3.Connection:
        return self.index.conn

    # ----------------------------------------------------------------- corpora

    def corpus(self, group: Group) -> Corpus:
        with self._lock:
            corpus = self._corpora.get(group)
            if corpus is None:
                sql = {"article": "SELECT id, title FROM articles ORDER BY id",
                       "actor": "SELECT id, name FROM lib_actors ORDER BY id",
                       "quote": "SELECT id, text, article_id FROM quotes ORDER BY id"}[group]
                # Streamed: at 100k articles the rows themselves would double the peak memory.
                ids, texts, owners = array("q"), [], array("q")
                for row in self.conn.execute(sql):
                    ids.append(row[0])
                    texts.append(fold(row[1]))
                    if group == "quote":
                        owners.append(row[2])
                corpus = self._corpora[group] = Corpus(ids, texts)
                del texts
                if group == "quote":
                    self._quote_articles = owners
            return corpus

    def prepare(self) -> None:
        """Load every group and build the prefilters (for interactive use; a second or so at 100k)."""
        with self._prepare_lock:
            for group in GROUPS:
                corpus = self.corpus(group)
                if not corpus.prepared:
                    corpus.prepare()
            # What the filters read on their first keystroke (and what words a date match).
            import tui.extract.dates  # noqa: F401
            self._quotes_by_article()
            self._published()
            self._date_spans()
            self._library_newest()

    def invalidate(self) -> None:
        """Forget the loaded groups (after the index was refreshed)."""
        with self._lock:
            self._corpora.clear()
            self._memo.clear()
            self._spoken_memo.clear()
        self._vocabulary.clear()

    def _cached(self, key: tuple, compute):
        """Filter results, kept while the free words change: the last few filters' only."""
        with self._lock:
            if key in self._memo:
                self._memo.move_to_end(key)
                return self._memo[key]
        value = compute()
        if isinstance(value, list) and len(value) > 256 and all(isinstance(v, int) for v in value[:8]):
            value = array("q", value)  # a tenth of the memory of a list of ints
        with self._lock:
            self._memo[key] = value
            if len(self._memo) > _MEMO:
                for old in list(self._memo):
                    if old[0] not in _KEEP:
                        del self._memo[old]
                        break
        return value

    # ----------------------------------------------------------------- search

    def search(self, raw: str, limit: int = 5) -> Results:
        generation = self.index.generation
        if generation != self._generation:
            # refreshed since the groups were loaded (perhaps by `newsreader index` in another
            # process): the ids they hold may name other articles now
            self.invalidate()
            self._generation = generation
        query = parse_query(raw)
        results = Results(query, notices=list(self.notices))
        if query.errors:
            results.message = "; ".join(query.errors)
            return results
        if query.empty:
            results.message = empty_filter_hint(raw) or "Type to search articles, actors and quotes"
            return results
        if not len(self.corpus("article")):
            results.message = "The library has no articles yet (or the index is still being built)"
            return results
        results.notices.extend(query.notices)
        text = fold_query(query.text)
        fkey = (query.actor, query.date_lo, query.date_hi, query.said)
        articles_allowed = self._articles_allowed(query)
        if articles_allowed is not None and not articles_allowed:
            results.message = _joined(self._no_match_filter(query), self._spacing_hint(raw))
            return results
        quotes_only = query.quotes_only or query.said is not None
        if not quotes_only:
            results.groups["article"], results.more["article"] = self._articles(text, articles_allowed, limit, fkey)
            if query.date_lo or query.date_hi:
                results.groups["article"] = self._with_matched_dates(results.groups["article"], query)
            if not query.actor:
                results.groups["actor"], results.more["actor"] = self._actors(text, articles_allowed, limit, fkey)
            else:
                results.groups["actor"] = self._named_actors(query.actor, limit)
        results.groups["quote"], results.more["quote"] = self._quotes(
            text, query, self._quote_articles_allowed(query, articles_allowed, fkey), limit, fkey)
        if not len(results):
            results.message = _joined(f"No results for {raw.strip()!r}", self._spacing_hint(raw))
        elif query.actor or query.said:
            hint = self._spacing_hint(raw, found=True)
            if hint:
                results.notices.append(hint)
        return results

    def _with_matched_dates(self, found: list[Result], query: Query) -> list[Result]:
        """Articles found by a date filter say which of their dates matched ("mentions “late
        February” (February 2025)"), or that their publication date did; a snippet of matched
        words stays as it is."""
        from tui.extract.dates import describe as describe_value  # (the date patterns load on first need)

        lo, hi = query.date_lo or "0000-00-00", query.date_hi or "9999-99-99"
        out = []
        for r in found:
            if r.detail:
                out.append(r)
                continue
            extraction = self.index.extraction_of(r.path) if r.path else None
            hit = next((d for d in (extraction.dates if extraction else ())
                        if (span := date_range(d.value, d.mod)) and lo <= span[0] and span[1] <= hi), None)
            if hit is not None:
                detail = f"mentions “{hit.text}” ({describe_value(hit.value)})"
            elif r.published and lo <= r.published[:10] <= hi:
                detail = f"published {r.published[:10]}"
            else:
                detail = ""
            out.append(replace(r, detail=detail))
        return out

    def _spacing_hint(self, raw: str, found: bool = False) -> str | None:
        """`said:bill gates` filters on "bill" and searches "gates": when the name and the word
        after it name someone together, say how to write it. When the search `found` something,
        only if together they name fewer than the name alone (it is worth a second look)."""
        for m in _BARE_NAME.finditer(raw):
            key, first, name = m.group(1).lower(), m.group(2), f"{m.group(2)} {m.group(3)}"
            if found and len(m.group(3)) < 3:
                continue  # the next word is still being typed: no hint on every keystroke
            together = self.resolve_actor(name)
            if found:
                if together and set(together) != set(self.resolve_actor(first)):
                    return f'for a name with spaces use quotes: {key}:"{name}"'
            elif together or (key == "said" and self._speakers_named(name)):
                return f'for a name with spaces use quotes: {key}:"{name}"'
        return None

    def _no_match_filter(self, query: Query) -> str:
        if query.actor and not self.resolve_actor(query.actor):
            return f"No actor in the library matches {query.actor!r}"
        if query.actor:
            return f"No article naming {query.actor!r} mentions dates in that range"
        return "No articles mention dates in that range"

    def _articles_allowed(self, query: Query) -> set[int] | None:
        if not (query.actor or query.date_lo or query.date_hi):
            return None
        return self._cached(("allowed", query.actor, query.date_lo, query.date_hi),
                            lambda: self._compute_allowed(query))

    def _compute_allowed(self, query: Query) -> set[int] | None:
        allowed: set[int] | None = None
        if query.actor:
            ids = self.resolve_actor(query.actor)
            rows = self.conn.execute(
                "SELECT DISTINCT article_id FROM lib_actor_articles WHERE actor_id IN " + _IN,
                (_ids(ids),)).fetchall() if ids else []
            allowed = {r[0] for r in rows}
        if query.date_lo or query.date_hi:
            lo, hi = query.date_lo or "0000-00-00", query.date_hi or "9999-99-99"
            # A date counts when all of it lies in the period: "February 2025" asks for days of
            # that February (or the month itself), not the year that holds it ("this year").
            if query.date_lo and query.date_hi:
                rows = self.conn.execute(
                    "SELECT DISTINCT article_id FROM dates WHERE lo >= ? AND lo <= ? AND hi <= ?",
                    (lo, hi, hi)).fetchall()
                dated = {r[0] for r in rows}
            else:
                # Open-ended: an article qualifies when one of its dates ends by `hi` (to:) or
                # starts from `lo` on (from:), read from each article's extremes.
                ids, first, last = self._date_spans()
                if query.date_lo:
                    at = _day_number(lo)
                    dated = {i for i, s in zip(ids, last) if s >= at}
                else:
                    at = _day_number(hi)
                    dated = {i for i, e in zip(ids, first) if e <= at}
            allowed = dated if allowed is None else allowed & dated
        return allowed

    def resolve_actor(self, name: str) -> list[int]:
        """Library actor ids that `name` means: the exact folded name (or an alias), else the
        actors whose names it really names (each word a word's start or a close typo of one:
        `names_match`), those tied for the best (`_named`)."""
        key = actor_key(name)
        row = self.conn.execute("SELECT actor_id FROM lib_alias WHERE key = ?", (key,)).fetchone()
        if row:
            return [row[0]]
        hits = self._named(fold_query(name))
        return [i for s, i in hits if s == hits[0][0]] if hits else []

    def _named(self, text: str, cutoff: float = 0.0, k: int | None = None) -> list[tuple[float, int]]:
        """[(score, actor id)] of the k best actors `text` names (`Corpus.named`), best first, then
        by id. Names holding every word as typed come first ('bill' means Bill Gates before a
        "billion"), then the names the words only begin or misspell."""
        k = k or _RESOLVED
        corpus = self._name_corpus()
        whole = corpus.holding(text)
        # One or two letters begin too many names to mean one: only a name with that word (Xi, Wu).
        positions = corpus.named(text) if len(text) > 2 else sorted(whole)
        if not positions:
            return []
        best = self._ranked_names(corpus, text, [p for p in positions if p in whole], cutoff, k) if whole else []
        if len(best) < k:
            rest = [p for p in positions if p not in whole] if whole else positions
            best += self._ranked_names(corpus, text, rest, cutoff, k - len(best))
        return [(s, corpus.ids[p]) for s, p in best]

    @staticmethod
    def _ranked_names(corpus: Corpus, text: str, positions: list[int], cutoff: float,
                      k: int) -> list[tuple[float, int]]:
        folded = corpus.folded
        # extract() ranks by score, then by index: by position, that is by id.
        scored = process.extract(text, [folded[p] for p in positions], scorer=SCORER, processor=None,
                                 score_cutoff=cutoff, limit=k)
        return [(s, positions[i]) for _, s, i in scored]

    def _name_corpus(self) -> Corpus:
        """The actors' names with their word index, which name lookups read (built on first need)."""
        return self._prepared(self.corpus("actor"))

    def _prepared(self, corpus: Corpus) -> Corpus:
        """`corpus` with its word index, built once on first need."""
        if not corpus.prepared:
            with self._prepare_lock:
                if not corpus.prepared:
                    corpus.prepare()
        return corpus

    def _speakers_named(self, name: str) -> list[tuple[int, int]]:
        """(quote id, article id) of the quotes whose speaker is no library actor ("a joint
        statement") but is named by `name` (`names_match`)."""
        typed = fold_query(name)
        speakers = [sp for (sp,) in self.conn.execute(
            "SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL AND actor_id IS NULL")
            if names_match(typed, fold(sp))]
        return self.conn.execute(
            "SELECT id, article_id FROM quotes WHERE actor_id IS NULL AND speaker IN (SELECT value FROM json_each(?)) "
            "ORDER BY id", (json.dumps(speakers),)).fetchall() if speakers else []

    # ---- groups

    def _positions(self, corpus: Corpus, ids: Collection[int] | None) -> list[int] | None:
        return None if ids is None else corpus.position_of(ids)

    def _broad(self, allowed: set[int] | None) -> bool:
        """A filter keeping a good share of the library: ranking everything and dropping what it
        excludes is quicker than listing what it keeps."""
        return allowed is not None and len(allowed) * _BROAD >= len(self.corpus("article"))

    def _top_kept(self, corpus: Corpus, text: str, want: int, keep) -> list[tuple[float, int]] | None:
        """The `want` best positions that `keep(position)` accepts, in the order of `corpus.top`
        (the same as ranking the kept positions alone); None when too few of the best are kept."""
        k = max(4 * want, 32)
        while True:
            hits = corpus.top(text, k)
            kept = [h for h in hits if keep(h[1])]
            if len(kept) >= want or len(hits) < k:
                return kept[:want]
            if k >= _LAZY_MAX:
                return None
            k *= 4

    def _articles(self, text: str, allowed: set[int] | None, limit: int, fkey: tuple) -> tuple[list[Result], bool]:
        corpus = self.corpus("article")
        want = limit + 1
        if not text:
            hits = {i: (100.0, "") for i in islice(self._iter_newest(allowed, fkey), want)}
        else:
            ids = corpus.ids
            short = _short_word(text)  # a whole word only
            top = self._top_kept(corpus, text, want, lambda p: ids[p] in allowed) \
                if self._broad(allowed) and not short else None
            if top is None:
                positions = self._cached(("apos", fkey), lambda: self._positions(corpus, allowed))
                top = corpus.top(text, want, self._whole_word(corpus, text, positions))
            hits = {ids[p]: (s, "") for s, p in top}
            # Body matches score at most FULL_TEXT_MAX: when the titles already fill the group
            # above that, the full-text query cannot change it and is skipped.
            if len(hits) < want or min(s for s, _ in hits.values()) <= FULL_TEXT_MAX:
                for article_id, score, snippet in self._full_text(text, allowed, want):
                    if article_id not in hits or hits[article_id][0] < score:
                        hits[article_id] = (score, snippet)
        ranked = sorted(hits.items(), key=lambda kv: (-kv[1][0], kv[0]))
        if not text and allowed:
            order = {r: i for i, r in enumerate(hits)}
            ranked = sorted(hits.items(), key=lambda kv: order[kv[0]])
        more = len(ranked) > limit
        ranked = ranked[:limit]
        info = self._rows("SELECT id, title, path, published FROM articles", [i for i, _ in ranked])
        out = []
        for article_id, (score, snippet) in ranked:
            _, title, path, published = info[article_id]
            out.append(Result("article", article_id, score, title, path=path, published=published, detail=snippet,
                              highlights=highlight(text, fold(title)) if text and not snippet else ()))
        return out, more

    def _full_text(self, text: str, allowed: set[int] | None, k: int) -> list[tuple[int, float, str]]:
        words = [w for w in _fts_words(text) if len(w) >= 3]
        if not words:
            return []
        if self.index.has_fts:
            # Prefix queries expand to every matching token: only for words of 4 letters or more.
            match = " ".join(f'"{w}"*' if len(w) >= 4 else f'"{w}"' for w in words)
            try:
                ids = self._fts_ids(match, allowed, k)
                if not ids:
                    # Nothing: perhaps a typo ("sheinbam"). Each long word may also be a body
                    # word an edit or two away.
                    fixed = {w: self._vocabulary.corrections(self.conn, w) for w in words}
                    if any(fixed.values()):
                        match = " AND ".join(  # FTS5 wants AND spelt out next to a group
                            "(" + " OR ".join([f'"{w}"*', *(f'"{c}"' for c in fixed[w])]) + ")" if fixed[w]
                            else (f'"{w}"*' if len(w) >= 4 else f'"{w}"') for w in words)
                        ids = self._fts_ids(match, allowed, k)
                        words = [c for w in words for c in (fixed[w] or [w])]
                texts = dict(self.conn.execute("SELECT rowid, text FROM body_fts WHERE rowid IN " + _IN,
                                               (_ids(ids),))) if ids else {}
                rows = [(i, _snippet(texts[i], words)) for i in ids if i in texts]
            except sqlite3.OperationalError:
                return []
        else:
            like = [f"%{w}%" for w in words]
            where = " AND ".join("lower(text) LIKE ?" for _ in words)
            rows = self.conn.execute(f"SELECT rowid, substr(text, 1, 120) FROM body_plain WHERE {where} LIMIT ?",
                                     (*like, k if allowed is None else 2000)).fetchall()
        out = []
        for rowid, snippet in rows:
            if allowed is not None and rowid not in allowed:
                continue
            # A body match ranks below a good title match: its score is the snippet's, scaled to 0-90.
            out.append((rowid, round(FULL_TEXT_MAX / 100 * SCORER(text, fold(snippet)), 1), " ".join(snippet.split())))
            if len(out) >= k:
                break
        return out

    def _fts_ids(self, match: str, allowed: set[int] | None, k: int) -> list[int]:
        """The best `k` articles whose body matches the FTS5 expression `match`."""
        # Ranking every match of a common word is slow: rank when there are few matches,
        # else take the first ones (title matches rank above these anyway).
        probe = 400 if allowed is None else 5000
        ids = [r[0] for r in self.conn.execute("SELECT rowid FROM body_fts WHERE body_fts MATCH ? LIMIT ?",
                                               (match, probe + 1))]
        if allowed is not None:
            ids = [i for i in ids if i in allowed]
        if len(ids) > 200:
            return ids[:k]
        if ids:
            # `+rowid`: a plain filter on the matches. A bare `rowid IN` makes FTS5 look each
            # id up and match it again (5 ms for 30 ids, 250 ms for 200 of a common word).
            ids = [r[0] for r in self.conn.execute(
                "SELECT rowid FROM body_fts WHERE body_fts MATCH ? AND +rowid IN " + _IN + " ORDER BY rank "
                "LIMIT ?", (match, _ids(ids), k))]
        return ids[:k]

    def _actors(self, text: str, allowed: set[int] | None, limit: int, fkey: tuple) -> tuple[list[Result], bool]:
        results, more = self._actors_ranked(text, allowed, limit, fkey)
        if allowed is None and text:
            # A short name an article introduced ("GM" for General Motors) finds the actor it
            # names, whose own name may not contain it.
            row = self.conn.execute("SELECT l.actor_id FROM lib_alias l JOIN lib_actors a ON a.id = l.actor_id "
                                    "WHERE l.key = ? AND a.key != l.key", (actor_key(text),)).fetchone()
            if row and all(r.id != row[0] for r in results):
                more = more or len(results) + 1 > limit
                results = (self._actor_results(text, [(100.0, row[0])]) + results)[:limit]
        return results, more

    def _actors_ranked(self, text: str, allowed: set[int] | None, limit: int,
                       fkey: tuple) -> tuple[list[Result], bool]:
        if not text:
            return [], False
        corpus = self.corpus("actor")
        positions = None
        if self._broad(allowed):
            seen: dict[int, bool] = self._cached(("actkeep", fkey), dict)

            def named_in_allowed(p: int) -> bool:
                known = seen.get(p)
                if known is None:
                    rows = self.conn.execute("SELECT article_id FROM lib_actor_articles WHERE actor_id = ?",
                                             (corpus.ids[p],))
                    known = seen[p] = any(a in allowed for (a,) in rows)  # stops at the first one kept
                return known
            top = self._top_kept(corpus, text, limit + 1, named_in_allowed)
            if top is not None:
                top = _prefer_named(text, corpus, top)
                return self._actor_results(text, [(s, corpus.ids[p]) for s, p in top[:limit]]), len(top) > limit
        if allowed is not None:
            def compute() -> list[int] | None:
                rows = self.conn.execute(
                    "SELECT DISTINCT actor_id FROM lib_actor_articles WHERE article_id IN " + _IN,
                    (_ids(allowed),)).fetchall()
                return self._positions(corpus, [r[0] for r in rows])
            positions = self._cached(("actpos", fkey), compute)
        # A few spare candidates so that names the words really name ('ann' -> Ann Lowe) can go
        # ahead of names merely holding the letters (Tom Hannam), which the scorer ties with them.
        positions = self._whole_word(corpus, text, positions)
        hits = _prefer_named(text, corpus, corpus.top(text, max(4 * (limit + 1), 24), positions))[:limit + 1]
        if len(hits) <= limit and positions is None:
            # a typo the fuzzy cutoff refuses may still name someone, as actor: takes it ('rubo')
            seen = {p for _, p in hits}
            named = [(s, corpus.position_of([i])[0]) for s, i in self._named(text, 0.0, limit + 1)]
            hits += [h for h in named if h[1] not in seen][:limit + 1 - len(hits)]
        return self._actor_results(text, [(s, corpus.ids[p]) for s, p in hits[:limit]]), len(hits) > limit

    def _whole_word(self, corpus: Corpus, text: str, positions: list[int] | None) -> list[int] | None:
        """One or two letters mean a whole word ('xi' is Xi, not Lexington): `positions` narrowed
        to the strings holding it, as the article group's full-text search does."""
        if not _short_word(text):
            return positions
        holding = self._prepared(corpus).holding(text)
        return sorted(holding if positions is None else holding.intersection(positions))

    def _named_actors(self, name: str, limit: int) -> list[Result]:
        ids = self.resolve_actor(name)[:limit]
        return self._actor_results(fold_query(name), [(100.0, i) for i in ids])

    def _actor_results(self, text: str, hits: list[tuple[float, int]]) -> list[Result]:
        info = self._rows("SELECT id, name, kind, n_articles, n_quotes FROM lib_actors", [i for _, i in hits])
        return [Result("actor", i, s, info[i][1], kind=info[i][2], articles=info[i][3], quotes=info[i][4],
                       highlights=highlight(text, fold(info[i][1])) if text else ())
                for s, i in hits]

    def _quote_articles_allowed(self, query: Query, allowed: set[int] | None, fkey: tuple) -> set[int] | None:
        """The articles whose quotes the filters keep: those they keep for the Articles, and with a
        date filter only those published in the period. A quote is dated by its article's
        publication: an article of August that mentions February holds no quotes of February."""
        if allowed is None or not (query.date_lo or query.date_hi):
            return allowed
        lo, hi = query.date_lo or "", query.date_hi or "9999"

        def compute() -> set[int]:
            published = self._published()
            return {a for a in allowed if published.get(a) and lo <= published[a] <= hi}
        return self._cached(("qallowed", fkey), compute)

    def _quotes(self, text: str, query: Query, allowed: set[int] | None, limit: int,
                fkey: tuple) -> tuple[list[Result], bool]:
        if allowed is not None and not allowed:
            return [], False
        if not text:
            return self._quote_results(text, self._listed_quotes(query, allowed, limit, fkey), limit)
        corpus = self.corpus("quote")
        top = None
        if query.said is None and self._broad(allowed):
            owners = self._quote_articles
            top = self._top_kept(corpus, text, limit + 1, lambda p: owners[p] in allowed)
        if top is None:
            ids = self._cached(("qids", fkey), lambda: self._quote_ids(query, allowed))
            positions = self._cached(("qpos", fkey), lambda: self._positions(corpus, ids))
            top = corpus.top(text, limit + 1, self._whole_word(corpus, text, positions))
        hits = [(s, corpus.ids[p]) for s, p in top]
        by_speaker: set[int] = set()
        if not query.quotes_only and query.said is None:  # quote: words match the words said, only
            hits, by_speaker = self._with_speakers(text, hits, allowed, limit + 1)
        return self._quote_results(text, hits, limit, by_speaker)

    def _with_speakers(self, text: str, hits: list[tuple[float, int]], allowed: set[int] | None,
                       want: int) -> tuple[list[tuple[float, int]], set[int]]:
        """`hits` (quotes whose words match) with the quotes of the speakers `text` names, each
        scored as its speaker's name matched scaled to SPEAKER_MAX: below a quote holding the words
        typed, above one holding a typo of them. Returns the merged hits and the quotes found by
        their speaker alone. The speakers are found as `actor:` finds names (`names_match`), so
        'ann' brings no quotes of Tom Hannam."""
        if len(hits) >= want and hits[want - 1][0] >= SPEAKER_MAX:
            return hits, set()  # the quotes' own words fill the group: no speaker can enter it
        scored = {q: (s, n) for n, (s, q) in enumerate(hits)}  # quote -> (score, order of finding)
        by_speaker: set[int] = set()
        # the names the words name (each word a word's start or a close typo of one: 'rubo'), at
        # whatever score the fuzzy scorer gives a typo
        for score, actor_id in self._named(text, 0.0, _SPEAKERS):
            scaled = round(score * SPEAKER_MAX / 100, 1)
            for quote_id in islice(self._spoken_in(actor_id, allowed), want):
                if quote_id not in scored or scored[quote_id][0] < scaled:
                    if quote_id not in scored:
                        by_speaker.add(quote_id)
                    scored[quote_id] = (scaled, len(scored))
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], kv[1][1]))[:want]
        return [(s, q) for q, (s, _n) in ranked], by_speaker & {q for q, _ in ranked}

    def _spoken_in(self, actor_id: int, allowed: set[int] | None) -> Iterator[int]:
        """The quotes an actor gave in the allowed articles, newest article first."""
        return (q for q, a in self._spoken((actor_id,)) if allowed is None or a in allowed)

    def _spoken(self, actor_ids: tuple[int, ...]) -> list[tuple[int, int]]:
        """(quote id, article id) of every quote these actors gave, newest article first, then by id.
        Kept apart from the filter memo: typing a name looks up a few speakers a keystroke."""
        with self._lock:
            got = self._spoken_memo.get(actor_ids)
            if got is not None:
                self._spoken_memo.move_to_end(actor_ids)
                return got
        got = self.conn.execute("SELECT id, article_id FROM quotes WHERE actor_id IN " + _IN,
                                (_ids(actor_ids),)).fetchall()
        # Sorted here: SQLite joining every quote to its article to sort them is several times slower.
        published = self._published()
        got.sort(key=lambda row: (published.get(row[1], ""), -row[1], -row[0]), reverse=True)
        with self._lock:
            self._spoken_memo[actor_ids] = got
            if len(self._spoken_memo) > _SPOKEN_MEMO:
                self._spoken_memo.popitem(last=False)
        return got

    def _listed_quotes(self, query: Query, allowed: set[int] | None, limit: int,
                       fkey: tuple) -> list[tuple[float, int]]:
        """The quotes that filters alone (no free words) list, newest first: a speaker's (said:);
        the named actor's own, then the other quotes of the articles naming them, which score
        CONTEXT_SCORE (actor:); those published in the period (date:)."""
        want = limit + 1
        if query.said is not None:
            ids = self._cached(("qids", fkey), lambda: self._quote_ids(query, allowed))
            listed = self._cached(("qlist", fkey, limit), lambda: self._newest_quotes(ids, want))
            return [(100.0, i) for i in listed[:want]]
        if allowed is None:
            return []

        def compute() -> list[tuple[float, int]]:
            own: list[int] = []
            if query.actor:
                spoken = self._spoken(tuple(self.resolve_actor(query.actor)))
                own = list(islice((q for q, a in spoken if a in allowed), want))
            mine = set(own)
            by_article = self._quotes_by_article()
            others: list[int] = []
            for article_id in self._newest_of(allowed, ("quotes", *fkey)):
                if len(own) + len(others) >= want:
                    break
                others.extend(q for q in by_article.get(article_id, ()) if q not in mine)
            other_score = CONTEXT_SCORE if query.actor else 100.0
            return [(100.0, q) for q in own] + [(other_score, q) for q in others]
        return self._cached(("qlist", fkey, limit), compute)[:want]

    def _quote_ids(self, query: Query, allowed: set[int] | None) -> list[int] | None:
        ids: list[int] | None = None
        if query.said:
            actor_ids = self.resolve_actor(query.said)
            rows = self._spoken(tuple(actor_ids)) if actor_ids else []
            if not rows:  # speakers that are not actors ("a joint statement")
                rows = self._speakers_named(query.said)
            ids = sorted(i for i, a in rows if allowed is None or a in allowed)
        elif allowed is not None:
            by_article = self._quotes_by_article()
            ids = sorted(q for a in allowed for q in by_article.get(a, ()))
        return ids

    def _quotes_by_article(self) -> dict[int, list[int]]:
        def build() -> dict[int, list[int]]:
            corpus = self.corpus("quote")
            out: dict[int, list[int]] = {}
            for quote_id, article_id in zip(corpus.ids, self._quote_articles):
                out.setdefault(article_id, []).append(quote_id)
            return out
        return self._cached(("quotes-by-article",), build)

    def _date_spans(self) -> tuple[array, array, array]:
        """(article ids, the earliest last day, the latest first day) of the dates of every
        article with dates; days as yyyymmdd."""
        def build() -> tuple[array, array, array]:
            ids, first, last = array("q"), array("l"), array("l")
            for article_id, first_end, last_start in self.conn.execute(
                    "SELECT article_id, min(hi), max(lo) FROM dates GROUP BY article_id"):
                ids.append(article_id)
                first.append(_day_number(first_end))
                last.append(_day_number(last_start))
            return ids, first, last
        return self._cached(("date-spans",), build)

    def _published(self) -> dict[int, str]:
        return self._cached(("published",), lambda: {
            i: p or "" for i, p in self.conn.execute("SELECT id, published FROM articles")})

    def _iter_newest(self, allowed: set[int] | None, fkey: tuple) -> Iterator[int]:
        """The allowed articles, newest first (undated last), then by id."""
        if not allowed:
            return iter(())
        if self._broad(allowed):  # the library's order, filtered: no sort of most of the library
            return (i for i in self._library_newest() if i in allowed)
        return iter(self._cached(("alist", fkey), lambda: self._newest_first(allowed)))

    def _newest_of(self, article_ids: set[int], fkey: tuple) -> Iterator[int]:
        """`_iter_newest` for a caller that stops after a few: many articles are not sorted, the
        library's order is filtered (a date filter's are together in it: found soon)."""
        if len(article_ids) > _SORT_MAX:
            return (i for i in self._library_newest() if i in article_ids)
        return self._iter_newest(article_ids, fkey)

    def _library_newest(self) -> array:
        return self._cached(("library-newest",), lambda: array("q", self._newest_first(self._published())))

    def _newest_first(self, article_ids: Collection[int]) -> list[int]:
        """Article ids, newest publication first (undated last), then by id."""
        published = self._published()
        return sorted(sorted(article_ids), key=lambda i: published.get(i, ""), reverse=True)

    def _newest_quotes(self, quote_ids: list[int], n: int) -> list[int]:
        """The first n quotes by their article's date (newest first), then by id."""
        if not quote_ids:
            return []
        corpus = self.corpus("quote")
        wanted = set(quote_ids)
        by_article: dict[int, list[int]] = {}
        for p in corpus.position_of(quote_ids):
            by_article.setdefault(self._quote_articles[p], []).append(corpus.ids[p])
        out: list[int] = []
        for article_id in self._newest_first(by_article):
            out.extend(q for q in sorted(by_article[article_id]) if q in wanted)
            if len(out) >= n:
                break
        return out[:n]

    def _quote_results(self, text: str, hits: list[tuple[float, int]], limit: int,
                       by_speaker: Collection[int] = ()) -> tuple[list[Result], bool]:
        more = len(hits) > limit
        hits = hits[:limit]
        info = self._rows('SELECT q.id, q.text, q.speaker, q.start, q."end", a.path, a.published, la.name '
                          "FROM quotes q JOIN articles a ON a.id = q.article_id "
                          "LEFT JOIN lib_actors la ON la.id = q.actor_id", [i for _, i in hits], key="q.id")
        out = []
        for score, i in hits:
            _, qtext, speaker, start, end, path, published, actor = info[i]
            # A quote may run over several lines of the article: its label is one line (results
            # are listed a line each); `span` still points into the article's text as written.
            label = quote_label(qtext)
            marked = text and i not in by_speaker  # found by its speaker: none of its words matched
            out.append(Result("quote", i, score, label, path=path, span=(start, end), speaker=actor or speaker,
                              published=published, highlights=highlight(text, fold(label)) if marked else ()))
        return out, more

    def _rows(self, select: str, ids: list[int], key: str = "id") -> dict[int, tuple]:
        if not ids:
            return {}
        rows = self.conn.execute(f"{select} WHERE {key} IN {_IN}", (_ids(ids),)).fetchall()
        return {r[0]: r for r in rows}

    # ----------------------------------------------------------------- the actor page

    def actor_page(self, name: str) -> ActorPage | None:
        ids = self.resolve_actor(name)
        if not ids:
            return None
        actor_id = ids[0]
        row = self.conn.execute("SELECT name, kind, n_articles, n_quotes FROM lib_actors WHERE id = ?",
                                (actor_id,)).fetchone()
        articles = self.conn.execute(
            "SELECT a.id, a.title, a.path, a.published FROM lib_actor_articles l JOIN articles a ON a.id = l.article_id "
            "WHERE l.actor_id = ? ORDER BY a.published IS NULL, a.published DESC, a.id", (actor_id,)).fetchall()
        quotes = self.conn.execute(
            'SELECT q.text, q.start, q."end", a.path, a.title, a.published FROM quotes q '
            "JOIN articles a ON a.id = q.article_id WHERE q.actor_id = ? "
            "ORDER BY a.published IS NULL, a.published DESC, q.id", (actor_id,)).fetchall()
        co = self.conn.execute(
            "SELECT la.name, la.kind, count(*) AS n FROM lib_actor_articles l1 "
            "JOIN lib_actor_articles l2 ON l2.article_id = l1.article_id AND l2.actor_id != l1.actor_id "
            "JOIN lib_actors la ON la.id = l2.actor_id WHERE l1.actor_id = ? "
            "GROUP BY l2.actor_id ORDER BY n DESC, la.name LIMIT 10", (actor_id,)).fetchall()
        dates = [a[3] for a in articles if a[3]]
        return ActorPage(
            name=row[0], kind=row[1], n_articles=row[2], n_quotes=row[3],
            articles=[PageArticle(path, title, published) for _i, title, path, published in articles],
            quotes=[PageQuote(t, (s, e), path, title, published) for t, s, e, path, title, published in quotes],
            co_actors=[(n, k, c) for n, k, c in co],
            first=min(dates) if dates else None, last=max(dates) if dates else None,
        )


@dataclass(frozen=True, slots=True)
class PageArticle:
    path: str
    title: str
    published: str | None


@dataclass(frozen=True, slots=True)
class PageQuote:
    text: str
    span: tuple[int, int]
    path: str
    title: str
    published: str | None


@dataclass(frozen=True, slots=True)
class ActorPage:
    name: str
    kind: str
    n_articles: int
    n_quotes: int
    articles: list[PageArticle]
    quotes: list[PageQuote]
    co_actors: list[tuple[str, str, int]]  # (name, kind, articles shared)
    first: str | None
    last: str | None


_IN = "(SELECT value FROM json_each(?))"
FULL_TEXT_MAX = 90.0  # a body-only match ranks below a good title match
_BROAD = 4  # a filter keeping a quarter of the articles or more is applied to the ranked results
_LAZY_MAX = 512  # ... unless the best 512 hold too few of its articles
_MEMO = 24  # cached filter results (a few filters' worth)
_SORT_MAX = 2048  # articles sorted newest first for a quote list; beyond, the library's order is filtered
_SPOKEN_MEMO = 64  # cached quote lists of speakers (a few names being typed)
SPEAKER_MAX = 95.0  # a quote found by its speaker's name ranks below one holding the words typed
_SPEAKERS = 3  # speakers whose quotes free words bring in, at most (the best named)
_RESOLVED = 5  # actors a name given to actor: or said: stands for, at most (those tied for the best)
CONTEXT_SCORE = 90.0  # actor: alone lists the actor's own quotes at 100, then others of their articles
# A filter's bare value and the free word after it (`said:bill gates`), not another filter.
_BARE_NAME = re.compile(r'(?<![\w:])(actor|said):\s*(?!")([^\s":]+)\s+([^\s":]+)(?=\s|$)', re.IGNORECASE)
_KEEP = ("published", "quotes-by-article", "date-spans", "library-newest")


def _joined(message: str, hint: str | None) -> str:
    return f"{message}; {hint}" if hint else message


def _short_word(text: str) -> bool:
    """One or two letters, which name a word only whole ('xi', 'us')."""
    return len(text) <= 2 and text.isalnum()


def _prefer_named(text: str, corpus: Corpus, hits: list[tuple[float, int]]) -> list[tuple[float, int]]:
    """`hits` with the names `text` names (each word a word's start or a close typo of one) ahead
    of those only holding its letters; the order is kept within each."""
    folded = corpus.folded
    return sorted(hits, key=lambda h: not names_match(text, folded[h[1]]))


def _ids(values: Collection[int]) -> str:
    """Any number of ids as one SQL parameter (a JSON array read by json_each)."""
    return "[" + ",".join(str(int(v)) for v in values) + "]"


def _day_number(day: str) -> int:
    """An ISO day ("2025-02-31" included: ranges end on day 31) as the number 20250231."""
    digits = "".join(c for c in day if c.isdigit())[:8]
    return int(digits.ljust(8, "0")) if digits else 0


def _snippet(body: str, words: list[str], width: int = 70) -> str:
    """A few words of `body` around the first of `words` found (folded comparison)."""
    folded = fold(body)
    at = min((i for i in (folded.find(w) for w in words) if i >= 0), default=0)
    start = max(0, folded.rfind(" ", 0, max(0, at - width // 3)) + 1)
    end = folded.find(" ", min(len(body), start + width))
    end = len(body) if end < 0 else end
    return ("…" if start else "") + body[start:end] + ("…" if end < len(body) else "")


def _fts_words(text: str) -> list[str]:
    return ["".join(c for c in w if c.isalnum()) for w in text.split() if any(c.isalnum() for c in w)]


__all__ = ["ActorPage", "GROUPS", "GROUP_TITLES", "Result", "Results", "SearchEngine", "cutoff_for"]
