"""Mentions -> actors: one actor per entity of the text, named by its fullest form.

Surname-only and title-prefixed mentions join the full name; "U.S.", "US" and "America" join
"United States" (and "UK", "Britain" join "United Kingdom");
an acronym joins the expansion the text introduces ("United States Air Force (USAF)");
spellings that differ in case only ("WASHINGTON", "Washington") are one actor.
"""
from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass

from tui.extract.given_names import given_names

from .recall import NEVER, Marks, Pool, Refs
from .roles import HONORIFICS

_SMALL = frozenset("of the and for de del la le du da di von van der des & in on at y".split())
NEWSPAPER = frozenset("times journal post guardian telegraph tribune herald globe independent "
                      "observer economist chronicle inquirer gazette examiner mirror sun star "
                      "mail express standard register courier review monitor".split())


@dataclass(slots=True)
class Raw:
    start: int
    end: int
    text: str
    kind: str
    words: tuple[str, ...]        # normalized tokens
    caps_line: bool = False       # from an all-caps headline or dateline
    the_before: bool = False      # "The New York Times"
    titled: str = ""              # "President" right before the name
    roles: tuple[str, ...] = ()   # (not a list a mention: one more object the collector tracks)


def key(words: tuple[str, ...]) -> str:
    return " ".join(w.lower().replace(".", "") for w in words if w not in ("'", "."))


def initials(words: tuple[str, ...]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in _SMALL).upper()


def acronym_letters(text: str) -> str | None:
    """"U.S." -> "US", "USAF" -> "USAF"; None for a word that is not an acronym."""
    t = text.replace(".", "")
    if 2 <= len(t) <= 8 and t.isalpha() and t.isupper():
        return t
    return None


def _rank(m: Raw) -> tuple[int, bool, bool, int]:
    # fullest form: most words, mixed case before all caps, earliest on ties
    return (len(m.words), not m.caps_line, not m.text.isupper() or len(m.text) <= 5, -m.start)


class Group:
    """The mentions of one entity. `ms` grows only through add/extend, so `best` can be kept
    up to date as mentions arrive instead of rescanned on every look (a rescan per candidate
    per mention made merging quadratic in the length of the text)."""

    def __init__(self, m: Raw):
        self.kind = m.kind
        self.ms: list[Raw] = [m]
        self._best = m
        self._best_rank = _rank(m)
        self._seen = 1                 # ms[:_seen] are folded into _best
        self._watchers: list[Callable[[Group, Raw], None]] = []

    def add(self, m: Raw) -> None:
        self.ms.append(m)
        for w in self._watchers:
            w(self, m)

    def extend(self, ms: Iterable[Raw]) -> None:
        for m in list(ms):  # a copy: the source may be this very list
            self.add(m)

    def sort(self) -> None:
        self.ms.sort(key=lambda m: m.start)
        self._seen = 0  # order changed: fold again from the start, as max() over ms would

    def watch(self, w: Callable[[Group, Raw], None]) -> None:
        self._watchers.append(w)

    def unwatch(self) -> None:
        """Forget the watchers. An index that watches a group holds it, and the group holds
        the index's bound method: a reference cycle that kept every group, mention and index
        of a text alive until a full garbage collection (200,000 objects for a transcript,
        whose walk holds the GIL); merging ends by cutting it."""
        self._watchers = []

    @property
    def best(self) -> Raw:
        # the same mention max(ms, key=_rank) picks: a later one wins only if strictly greater
        ms = self.ms
        if self._seen < len(ms):
            if self._seen == 0:
                self._best, self._best_rank = ms[0], _rank(ms[0])
                self._seen = 1
            b, rb = self._best, self._best_rank
            for m in ms[self._seen:]:
                r = _rank(m)
                if r > rb:
                    b, rb = m, r
            self._best, self._best_rank, self._seen = b, rb, len(ms)
        return self._best


class _WordIndex:
    """Groups by words of their mentions (lower case), each kept in the order the groups
    joined. Every mention of a member is indexed as it arrives, so whichever one is a group's
    fullest form, its words are in: a lookup yields every group whose fullest form has them
    (and maybe a few more), for the caller to check exactly as a scan of all groups would."""

    def __init__(self, keys_of: Callable[[list[str]], Iterable[Hashable]]):
        self._keys_of = keys_of
        self._order: dict[int, int] = {}
        self._by_key: dict[Hashable, dict[int, Group]] = {}

    def append(self, g: Group) -> None:
        self._order[id(g)] = len(self._order)
        for m in g.ms:
            self._note(g, m)
        g.watch(self._note)

    def _note(self, g: Group, m: Raw) -> None:
        for k in self._keys_of([x.lower() for x in m.words]):
            self._by_key.setdefault(k, {})[id(g)] = g

    def get(self, k: Hashable) -> Iterable[Group]:
        """The groups under `k`, in no set order (for a test that needs no order)."""
        hit = self._by_key.get(k)
        return hit.values() if hit else ()

    def ordered(self, k: Hashable) -> list[Group]:
        """The groups under `k`, in the order they joined."""
        return sorted(self.get(k), key=lambda g: self._order[id(g)])


class _People:
    """The people named so far, found by the words their names start or end with."""

    def __init__(self) -> None:
        self.by_first = _WordIndex(lambda lw: lw[:1])
        self.by_later = _WordIndex(lambda lw: lw[1:])
        # longer names by their first two words, last two, and first and last
        self.by_head = _WordIndex(lambda lw: [tuple(lw[:2])] if len(lw) > 2 else ())
        self.by_tail = _WordIndex(lambda lw: [tuple(lw[-2:])] if len(lw) > 2 else ())
        self.by_ends = _WordIndex(lambda lw: [(lw[0], lw[-1])] if len(lw) > 2 else ())

    def append(self, g: Group) -> None:
        for ix in (self.by_first, self.by_later, self.by_head, self.by_tail, self.by_ends):
            ix.append(g)


def merge(mentions: list[Raw], text: str) -> list[Group]:
    groups: list[Group] = []
    try:
        return _merge(mentions, text, groups)
    finally:
        for g in groups:  # every group made, merged away or not (see `Group.unwatch`)
            g.unwatch()


def _merge(mentions: list[Raw], text: str, groups: list[Group]) -> list[Group]:
    """`merge`; every group made is appended to `groups`."""
    by_key: dict[tuple[str, str], Group] = {}
    persons = _People()
    orgs = _WordIndex(lambda lw: (lw[0], lw[-1]) if lw else ())
    # longest names first, so short forms find the full name they belong to; a tier of one
    # length at a time, so every full name is known before any shorter form chooses among them
    tiers: dict[int, list[Raw]] = {}
    for m in mentions:
        tiers.setdefault(len(m.words), []).append(m)
    for n in sorted(tiers, reverse=True):
        short: list[Raw] = []
        for m in sorted(tiers[n], key=lambda m: m.start):
            k = (key(m.words), m.kind)
            if m.kind == "person" and n <= 2 and _has_surname_host(m, persons):
                short.append(m)
                continue
            g = by_key.get(k)
            if g is None and m.kind == "person" and n <= 2:
                g = _person_host(m, persons)
            if g is None and m.kind == "organization" and n == 1:
                g = _org_host(m, orgs)
            if g is None:
                g = Group(m)
                groups.append(g)
                if m.kind == "person":
                    persons.append(g)
                elif m.kind == "organization":
                    orgs.append(g)
            else:
                g.add(m)
            by_key.setdefault(k, g)
        if short:
            _place_short(short, persons, groups, by_key, text)
    groups = _merge_acronyms(groups, text)
    groups = _merge_countries(groups)
    groups = _merge_dc(groups, text)
    for g in groups:
        g.sort()
    groups.sort(key=lambda g: g.ms[0].start)
    return groups


def _surname_hosts(m: Raw, persons: _People) -> list[Group]:
    """The people named in full whose name ends with this shorter form ("Clinton" of "Bill
    Clinton") or holds it as a middle name ("Rodham" of "Hillary Rodham Clinton")."""
    lw = [w.lower() for w in m.words]
    if not lw:
        return []
    return [g for g in _surname_cands(lw, persons, ordered=True) if _hosts_surname(g, lw)]


def _has_surname_host(m: Raw, persons: _People) -> bool:
    """Whether _surname_hosts would find anyone (without finding them all)."""
    lw = [w.lower() for w in m.words]
    return bool(lw) and any(_hosts_surname(g, lw) for g in _surname_cands(lw, persons))


def _surname_cands(lw: list[str], persons: _People, ordered: bool = False) -> Iterable[Group]:
    # the full name has more words than the form and ends with it (so with its last two
    # words), or, for a single word, has it after its first word
    ix, k = (persons.by_later, lw[0]) if len(lw) == 1 else (persons.by_tail, tuple(lw[-2:]))
    return ix.ordered(k) if ordered else ix.get(k)


def _hosts_surname(g: Group, lw: list[str]) -> bool:
    n = len(lw)
    full = [w.lower() for w in g.best.words]
    return len(full) > n and (full[-n:] == lw or (n == 1 and lw[0] in full[1:]))


def _person_host(m: Raw, persons: _People) -> Group | None:
    """A first name alone ("Hillary") joins only a unique full name that starts with it; a name
    without its middle ("Loretta Lynch") the unique one with it ("Loretta E. Lynch")."""
    lw = [w.lower() for w in m.words]
    n = len(lw)
    if not n:
        return None
    # only a unique candidate counts, so the order of the index does not matter
    starts = persons.by_first.get(lw[0]) if n == 1 else persons.by_head.get(tuple(lw[:2]))
    cands = _two(g for g in starts if len(g.best.words) > n
                 and [w.lower() for w in g.best.words[:n]] == lw)
    if not cands and n >= 2:
        cands = _two(g for g in persons.by_ends.get((lw[0], lw[-1]))
                     if len(g.best.words) > n and g.best.words[0].lower() == lw[0]
                     and [w.lower() for w in g.best.words[-(n - 1):]] == lw[1:])
    return cands[0] if len(cands) == 1 else None


def _two(groups: Iterable[Group]) -> list[Group]:
    """The first two (enough to tell none, one, or several apart)."""
    out: list[Group] = []
    for g in groups:
        out.append(g)
        if len(out) == 2:
            break
    return out


# ---------------------------------------------------------------- people who share a surname

_MALE_WORDS = frozenset("""mr mr. sir lord king prince emperor sultan emir sheikh congressman
chairman spokesman businessman husband father son brother uncle grandfather nephew""".split())
_FEMALE_WORDS = frozenset("""mrs mrs. ms ms. miss madam dame lady queen princess empress
congresswoman chairwoman spokeswoman businesswoman wife mother daughter sister aunt grandmother
niece""".split())
_SAID_PRONOUN = re.compile(r"(?:\s*,)?\s+(?:said|says|added|told|wrote|noted|argued|insisted|"
                           r"explained|warned|stressed)\s+(?:\w+\s+)?(?:that\s+)?(he|she)\b")
_BEFORE_WORD = re.compile(r"([A-Za-z]+)\.?\s*,?\s*$")
_REACH = 1500.0  # characters over which a reference fades to a third
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def _word_gender(w: str) -> str | None:
    w = w.lower()
    if w in _MALE_WORDS:
        return "m"
    if w in _FEMALE_WORDS:
        return "f"
    return None


def _mention_gender(m: Raw, text: str) -> str | None:
    """Gender a mention shows itself: its title ("Mrs. Clinton"), a gendered role word, or
    "Clinton said she"."""
    if m.titled:
        g = _word_gender(m.titled)
        if g:
            return g
    for r in m.roles:
        for w in r.split():
            g = _word_gender(w)
            if g:
                return g
    hit = _SAID_PRONOUN.match(text, m.end, min(len(text), m.end + 40))
    if hit:
        return "m" if hit.group(1) == "he" else "f"
    return None


def _group_gender(g: Group, text: str) -> str | None:
    votes = {"m": 0, "f": 0}
    first = given_names().get(g.best.words[0].lower()) if len(g.best.words) > 1 else None
    if first:
        votes[first] += 2
    for m in g.ms:
        x = _mention_gender(m, text)
        if x is None:
            b = _BEFORE_WORD.search(text, max(0, m.start - 24), m.start)
            x = _word_gender(b.group(1)) if b else None  # "the first lady, Michelle Obama"
        if x:
            votes[x] += 1
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


def _carried(g: Group) -> frozenset[str]:
    """The titles a person carries: before the name ("President"), or a word of a role."""
    return frozenset([x.titled.lower() for x in g.ms] +
                     [w for x in g.ms for r in x.roles for w in r.lower().split()])


_FORMER = frozenset("former ex ex- late then".split())


def _in_office(hosts: list[Group], text: str) -> dict[int, int]:
    """Who of the namesakes holds an office the story puts before their name ("President
    Donald Trump", "Sen. Ted Cruz"; not "Mrs.", not "former President"), and where first."""
    out: dict[int, int] = {}
    if len(hosts) < 2:
        return out
    for g in hosts:
        for x in g.ms:
            t = x.titled.lower()
            if not t or t in HONORIFICS or (id(g) in out and out[id(g)] < x.start):
                continue
            b = _BEFORE_WORD.search(text, max(0, x.start - len(x.titled) - 24),
                                    max(0, x.start - len(x.titled) - 1))
            if b is None or b.group(1).lower() not in _FORMER:
                out[id(g)] = x.start
    return out


_FIRST_NAME_HABIT = 2  # first names alone that make a habit, not a slip or a quote


def _called_by_first_name(hosts: list[Group]) -> list[tuple[Group, list[int]]]:
    """The namesakes a story calls by their first name alone ("Melania", "Heidi") often enough
    to make a habit of it, each with where it does. News tells people who share a surname apart
    that way and keeps the surname alone for the other one: "Hold Melania Trump to her
    husband's standards ... Melania would discuss ... Trump demands accountability" is Donald."""
    if len(hosts) < 2:
        return []
    out = []
    for g in hosts:
        full = g.best.words
        if len(full) < 2:
            continue
        first = full[0].lower()
        at = [x.start for x in g.ms if len(x.words) == 1 and x.words[0].lower() == first]
        if len(at) >= _FIRST_NAME_HABIT:
            out.append((g, sorted(at)))
    return out


def _place_short(short: list[Raw], persons: _People, groups: list[Group],
                 by_key: dict[tuple[str, str], Group], text: str) -> None:
    """Surname-only and title+surname mentions join the person they name. A mention joins a
    full name only when nothing contradicts it (gender from Mr./Mrs./he/she, a role title one
    of them carries) and, when several people share the surname, when the one named most
    recently before it is not named in the same breath as another. One the story makes a habit
    of calling by first name alone ("Melania"), and has not yet called by the surname alone,
    leaves the surname to the others. What nothing decides, and what no full name fits
    ("Mr. Obama" in a story that names only Michelle Obama), stays a person of its own, named
    by the surname."""
    genders: dict[int, str | None] = {}
    sents = [0] + [x.end() for x in _SENTENCE_END.finditer(text)]

    def gender(g: Group) -> str | None:
        if id(g) not in genders:
            genders[id(g)] = _group_gender(g, text)
        return genders[id(g)]

    by_surname: dict[str, list[Raw]] = {}
    for m in short:
        by_surname.setdefault(key(m.words), []).append(m)
    for k, ms in by_surname.items():
        hosts0 = _surname_hosts(ms[0], persons)
        plan: list[tuple[Raw, list[Group], str | None, bool]] = []
        bucket_gender: dict[str, int] = {"m": 0, "f": 0}
        # what the mentions and their hosts show does not change while the plan is made: work
        # it out once per surname, not once per mention
        mgs = [_mention_gender(x, text) for x in ms]
        shown = set(mgs)
        of_gender: dict[str, list[Group]] = {}
        carried: dict[int, frozenset[str]] = {}
        carriers_of: dict[tuple[int, str], list[Group]] = {}
        for m, mg in zip(ms, mgs):
            if mg is None:
                hosts = hosts0
            else:
                if mg not in of_gender:
                    of_gender[mg] = [g for g in hosts0 if gender(g) in (None, mg)]
                hosts = of_gender[mg]
            titled = m.titled.lower() if m.titled and m.titled.lower() not in HONORIFICS else ""
            by_role = False
            if titled and hosts:
                if (id(hosts), titled) not in carriers_of:  # hosts: one of a few lists
                    for g in hosts:
                        if id(g) not in carried:
                            carried[id(g)] = _carried(g)
                    carriers_of[id(hosts), titled] = [g for g in hosts if titled in carried[id(g)]]
                carriers = carriers_of[id(hosts), titled]
                if carriers:
                    by_role = len(carriers) < len(hosts) or len(hosts) == 1
                    hosts = carriers
                elif len(hosts) < len(hosts0) or (mg is None and _contradicted(
                        gender(hosts[0]), shown)):
                    hosts = []  # another person of this surname exists, and the title is not the host's
            if not hosts and mg:
                bucket_gender[mg] += 1
            plan.append((m, hosts, mg, by_role))
        conflicts = [p[0] for p in plan if not p[1]]
        bucket = by_key.get((k, "person"))
        if bucket is not None and bucket in hosts0:
            bucket = None
        if bucket is None and conflicts:  # a person known by the surname alone
            bucket = Group(conflicts[0])
            groups.append(bucket)
            persons.append(bucket)
            by_key.setdefault((k, "person"), bucket)
        bg = None if bucket_gender["m"] == bucket_gender["f"] else (
            "m" if bucket_gender["m"] > bucket_gender["f"] else "f")
        n = len(ms[0].words)
        marks = Marks([(x.start, id(g)) for g in hosts0 for x in g.ms if len(x.words) > n])
        if bucket is not None:
            for x in conflicts:
                marks.add(x.start, id(bucket))
        place = _Namesakes(hosts0, bucket, marks, sents, _in_office(hosts0, text))

        def to_bucket(m: Raw) -> None:
            nonlocal bucket
            if bucket is None:
                bucket = Group(m)
                groups.append(bucket)
                persons.append(bucket)
                by_key.setdefault((k, "person"), bucket)
            elif m is not bucket.ms[0]:
                place.join(bucket, m)

        called = _called_by_first_name(hosts0)
        without: dict[frozenset[int], list[Group]] = {}
        for m, hosts, mg, by_role in sorted(plan, key=lambda p: p[0].start):
            if not hosts:
                to_bucket(m)
                continue
            if called and mg is None and not m.titled and hosts is hosts0:
                sur = m.words[-1].lower()
                gone = frozenset(id(g) for g, at in called
                                 if bisect.bisect_left(at, m.start) >= _FIRST_NAME_HABIT
                                 and not place.refs_of(g, sur).shorts_before(m.start, n))
                # someone else is left who has been named by then
                if gone and any(id(g) not in gone and place.refs_of(g, sur).first < m.start
                                for g in hosts0):
                    if gone not in without:  # one list per set left out: pools key on its id
                        without[gone] = [g for g in hosts0 if id(g) not in gone]
                    hosts = without[gone]
            extra = bucket if conflicts and bucket is not None and (mg is None or bg in (None, mg)) \
                else None
            if len(hosts) == 1 and extra is None and (by_role or mg or len(hosts0) == 1):
                place.join(hosts[0], m)  # decided by its title or its gender, or the only one
                if by_role or mg:
                    marks.add(m.start, id(hosts[0]))
                continue
            win = place.choose(m, hosts, extra)
            if win is None or win is bucket:
                to_bucket(m)
            else:
                place.join(win, m)


_FEW = 8  # candidates scored one by one; more are searched (Pool)


class _Namesakes:
    """The bare mentions of one surname, placed in text order among the people who bear it:
    who was named where, and how the story has referred to each so far, kept current as
    mentions join them (join), so that choosing among them (choose) does not go over every
    mention of every candidate each time."""

    def __init__(self, hosts0: list[Group], bucket: Group | None, marks: Marks,
                 sents: list[int], office: dict[int, int]):
        self.office = office  # who -> where the story first gives them an office's title
        self.marks = marks
        self.sents = sents
        self.by_id = {id(g): g for g in hosts0}
        self.hosts0 = frozenset(self.by_id)
        self.established = False  # the surname alone has meant one of hosts0 so far
        if bucket is not None:
            self.by_id[id(bucket)] = bucket
        self.refs: dict[int, dict[str, Refs]] = {}  # who -> surname -> their references by it
        self.pools: dict[tuple[int, str], tuple[list[Group], Pool]] = {}
        self.pools_of: dict[tuple[int, str], list[Pool]] = {}

    def refs_of(self, g: Group, sur: str) -> Refs:
        by_sur = self.refs.setdefault(id(g), {})
        if sur not in by_sur:  # from here on kept current by join()
            by_sur[sur] = Refs((x.start, len(x.words)) for x in g.ms
                               if x.words[-1].lower() == sur)
        return by_sur[sur]

    def join(self, g: Group, m: Raw) -> None:
        g.add(m)
        if id(g) in self.hosts0:
            self.established = True
        sur = m.words[-1].lower()
        r = self.refs.get(id(g), {}).get(sur)
        if r is not None:
            r.add(m.start, len(m.words))
            for pool in self.pools_of.get((id(g), sur), ()):
                pool.added(id(g), m.start)

    def pool(self, hosts: list[Group], sur: str) -> Pool:
        if (id(hosts), sur) not in self.pools:
            refs = {id(g): self.refs_of(g, sur) for g in hosts}
            pool = Pool([id(g) for g in hosts], refs, _REACH)
            self.pools[id(hosts), sur] = (hosts, pool)  # holds hosts, so its id stays its own
            for g in hosts:
                self.pools_of.setdefault((id(g), sur), []).append(pool)
        return self.pools[id(hosts), sur][1]

    def choose(self, m: Raw, hosts: list[Group], extra: Group | None) -> Group | None:
        """_choose among hosts, then extra: the same answer, searched rather than scored one
        by one when there are many of them."""
        if len(hosts) + (extra is not None) <= _FEW:
            cands = hosts if extra is None else hosts + [extra]
            return _choose(m, cands, self.marks, self.refs_of, self.sents,
                           {} if self.established else self.office)
        i = bisect.bisect_right(self.sents, m.start) - 1
        s0 = self.sents[i] if i >= 0 else 0
        p0 = self.sents[i - 1] if i >= 1 else 0
        sur = m.words[-1].lower()
        n = len(m.words)
        pool = self.pool(hosts, sur)
        xid = id(extra) if extra is not None else None

        def cand(who: int) -> bool:
            return who in pool.ids or who == xid

        same = [who for who in self.marks.named_in(s0, m.start) if cand(who)]
        if len(same) == 1:
            return self.by_id[same[0]]
        if len(same) > 1:
            return None
        # the same choice as _choose's: extra comes last, so wins only a strict comparison
        first, lead = pool.lead()
        if extra is not None and self.refs_of(extra, sur).first < first:
            lead = id(extra)
        if not self.established:
            holders = [who for who, at in self.office.items() if at < m.start and cand(who)]
            if len(holders) == 1:
                lead = holders[0]
        best, principal = pool.best(m.start, n, lead)
        if extra is not None:
            seen = self.refs_of(extra, sur).before(m.start, n)
            if seen is not None:
                v = float(seen[0]) + (1.0 if lead == id(extra) else 0.0)
                score = v * math.exp((seen[1] - m.start) / _REACH)
                if score > best:
                    best, principal = score, id(extra)
        if principal is None or best == 0:
            return None
        if any(who != principal and cand(who) for who in self.marks.named_in(p0, m.start)):
            return None
        return self.by_id[principal]


def _contradicted(host_gender: str | None, shown: set[str | None]) -> bool:
    """Whether some mention of the surname shows a gender other than the host's."""
    return bool(host_gender) and bool(shown - {None, host_gender})


def _choose(m: Raw, cands: list[Group], marks: Marks, refs_of: Callable[[Group, str], Refs],
            sents: list[int], office: dict[int, int]) -> Group | None:
    """Among people who share a surname, the one a bare surname means: the one named (in full,
    or by a title or gender that decides) earlier in its own sentence; else the most salient
    (referred to most, and most recently), unless someone else was named in the sentence
    before — then no one (None). `office`: who holds an office by title, and from where (empty
    once the story has used the surname alone for one of them)."""
    i = bisect.bisect_right(sents, m.start) - 1
    s0 = sents[i] if i >= 0 else 0
    p0 = sents[i - 1] if i >= 1 else 0
    named = marks.named_in(s0, m.start)
    same = [c for c in cands if id(c) in named]
    if len(same) == 1:
        return same[0]
    if len(same) > 1:
        return None

    sur = m.words[-1].lower()
    n = len(m.words)
    mine = {id(c): refs_of(c, sur) for c in cands}  # how the story refers to them by it
    # the lead: the only one named with an office's title ("President Donald Trump" after
    # "First lady Melania Trump"), until the story has used the surname alone for someone;
    # else the one the story introduced first
    holders = [c for c in cands if office.get(id(c), NEVER) < m.start]
    lead = holders[0] if len(holders) == 1 else min(cands, key=lambda c: mine[id(c)].first)

    def salience(c: Group) -> float:
        # how often the story has referred to them by surname (a full name counts twice, the
        # lead once more), faded by how long ago it last did. "Freddy"
        # alone is no reference: a story that calls one Trump by his first name means the
        # other by "Trump"
        seen = mine[id(c)].before(m.start, n)
        if seen is None:
            return 0.0
        v = float(seen[0]) + (1.0 if c is lead else 0.0)
        return v * math.exp((seen[1] - m.start) / _REACH)

    score = {id(c): salience(c) for c in cands}
    principal = max(cands, key=lambda c: score[id(c)])
    if score[id(principal)] == 0:
        return None
    before = marks.named_in(p0, m.start)
    others = [c for c in cands if c is not principal and id(c) in before]
    if others:
        return None
    return principal


def _org_host(m: Raw, orgs: _WordIndex) -> Group | None:
    """"Journal" of "Wall Street Journal": one-word forms of a unique longer organization."""
    lw = m.words[0].lower()
    if acronym_letters(m.text):
        return None
    # only a unique candidate counts, so the order of the index does not matter
    cands = _two(g for g in orgs.get(lw) if g.kind == "organization" and len(g.best.words) > 1
                 and lw in (g.best.words[0].lower(), g.best.words[-1].lower())
                 and not any(w in ("'s", "’s") for w in g.best.words))  # not "Boeing's Delta IV"
    return cands[0] if len(cands) == 1 else None


def _merge_acronyms(groups: list[Group], text: str) -> list[Group]:
    """"U.S." joins "United States"; "(USAF)" joins the name right before it."""
    gone: set[int] = set()
    # candidate hosts by the initials of their fullest form (names of two words or more), in
    # list order; kept exact as hosts grow, so an acronym looks at its few namesakes only
    by_initials: dict[str, list[int]] = {}
    host_key: dict[int, str] = {}
    indexed = False

    def index(hj: int) -> None:
        b = groups[hj].best
        if len(b.words) > 1:
            host_key[hj] = initials(b.words)
            bisect.insort(by_initials.setdefault(host_key[hj], []), hj)

    for gi, g in enumerate(groups):
        if any(m.text.count(".") >= 2 for m in g.ms):
            letters = acronym_letters(g.best.text)
            if not letters:
                continue
            if not indexed:  # built at the first acronym that needs it
                for hj in range(len(groups)):
                    index(hj)
                indexed = True
            hosts = [hj for hj in by_initials.get(letters, ()) if hj != gi and
                     hj not in gone and groups[hj].kind == g.kind]
            if len(hosts) == 1:
                hj = hosts[0]
                groups[hj].extend(g.ms)
                gone.add(gi)
                if hj in host_key:  # its fullest form may have changed
                    by_initials[host_key.pop(hj)].remove(hj)
                index(hj)
    # parenthesised acronyms: hosts by where their mentions end, kept up to date as they grow
    by_end: dict[int, list[int]] = {}
    watched = False

    def watch(hj: int) -> Callable[[Group, Raw], None]:
        def note(_: Group, x: Raw) -> None:
            at = by_end.setdefault(x.end, [])
            if hj not in at:
                bisect.insort(at, hj)
        return note

    for gi, g in enumerate(groups):
        if gi in gone:
            continue
        for m in g.ms:
            letters = acronym_letters(m.text)
            if not letters or m.start < 2 or text[m.start - 1] != "(" or text[m.end:m.end + 1] != ")":
                continue
            prev_end = m.start - 1
            while prev_end > 0 and text[prev_end - 1] == " ":
                prev_end -= 1
            if not watched:  # built at the first acronym that needs it
                for hj, h in enumerate(groups):
                    note = watch(hj)
                    for x in h.ms:
                        note(h, x)
                    h.watch(note)
                watched = True
            for hj in list(by_end.get(prev_end, ())):
                h = groups[hj]
                if hj == gi or hj in gone:
                    continue
                if initials(h.best.words) == letters:
                    h.extend(g.ms)
                    gone.add(gi)
                    break
            if gi in gone:
                break
    return [g for i, g in enumerate(groups) if i not in gone]


# one country however news names it: its acronym (with or without full stops: key() drops
# them), its full name, its short name
_COUNTRY: dict[str, int] = {}
for _i, _forms in enumerate((
        ("us", "usa", "united states", "united states of america", "america"),
        ("uk", "united kingdom", "britain", "great britain",
         "united kingdom of great britain and northern ireland"),
        ("uae", "united arab emirates"),
        ("ussr", "soviet union", "union of soviet socialist republics"),
        ("prc", "people 's republic of china"),
        ("drc", "democratic republic of congo", "democratic republic of the congo", "dr congo"))):
    for _f in _forms:
        _COUNTRY[_f] = _i


def _merge_countries(groups: list[Group]) -> list[Group]:
    """"US", "U.S.", "United States" and "America" are one place; so are "UK", "Britain" and
    "United Kingdom". An acronym of capitals alone ("DRC") joins the one place of several
    words whose initials it is. Places only: "US Airways" or an organization "US" stay apart."""
    by_country: dict[int, list[Group]] = {}
    acronyms: list[Group] = []
    for g in groups:
        if g.kind != "place":
            continue
        cid = _COUNTRY.get(key(g.best.words))
        if cid is not None:
            by_country.setdefault(cid, []).append(g)
        elif len(g.best.words) == 1 and acronym_letters(g.best.text) and "." not in g.best.text:
            acronyms.append(g)
    if acronyms:
        by_initials: dict[str, list[Group]] = {}
        for g in groups:
            if g.kind == "place" and len(g.best.words) > 1:
                by_initials.setdefault(initials(g.best.words), []).append(g)
        for g in acronyms:
            hosts = by_initials.get(acronym_letters(g.best.text) or "", [])
            if len(hosts) == 1:
                by_country.setdefault(-1 - len(by_country), []).extend((hosts[0], g))
    into: dict[int, Group] = {}  # a group merged away -> the group that took it in

    def final(g: Group) -> Group:
        while id(g) in into:
            g = into[id(g)]
        return g

    for same in by_country.values():
        live = list({id(h): h for h in map(final, same)}.values())
        if len(live) < 2:
            continue
        host = max(live, key=lambda g: _rank(g.best))
        for g in live:
            if g is not host:
                host.extend(g.ms)
                into[id(g)] = host
    return [g for g in groups if id(g) not in into] if into else groups


def display_name(g: Group, places: dict | set | frozenset = frozenset()) -> str:
    b = g.best
    name = b.text
    if name.isupper() and len(name.replace(".", "")) > 4 and (
            b.caps_line or (g.kind == "place" and name.lower() in places)):
        name = " ".join(w if w.lower() in _SMALL else w.capitalize() for w in name.split(" "))
        name = name[:1].upper() + name[1:]
    if g.kind == "organization" and b.words[-1].lower() in NEWSPAPER and \
            any(m.the_before for m in g.ms) and not name.lower().startswith("the "):
        name = "The " + name
    return name


def _merge_dc(groups: list[Group], text: str) -> list[Group]:
    """"Washington, D.C.": D.C. is Washington itself, not a second place."""
    # "Washington" mentions by where they end: a "D.C." looks up the few offsets a comma
    # before it allows instead of slicing the text back to every place mention
    washington: dict[int, list[Group]] | None = None
    order: dict[int, int] = {}
    for g in groups:
        if g.kind != "place" or key(g.best.words) != "dc":
            continue
        if washington is None:
            washington = {}
            for i, h in enumerate(groups):
                order[id(h)] = i
                if h.kind != "place":
                    continue
                for x in h.ms:
                    if key(x.words) == "washington":
                        at = washington.setdefault(x.end, [])
                        if not at or at[-1] is not h:
                            at.append(h)
        for m in g.ms:
            hosts = [h for e in _comma_before(text, m.start) for h in washington.get(e, ())
                     if h is not g]
            host = min(hosts, key=lambda h: order[id(h)], default=None)
            if host:
                host.extend(g.ms)
                return [x for x in groups if x is not g]
    return groups


def _comma_before(text: str, start: int) -> range:
    """The offsets e with text[e:start].strip() == ",": a comma and the blanks around it."""
    i = start
    while i > 0 and text[i - 1].isspace():
        i -= 1
    if i == 0 or text[i - 1] != ",":
        return range(0)
    j = c = i - 1
    while j > 0 and text[j - 1].isspace():
        j -= 1
    return range(j, c + 1)
