"""Mentions -> actors: one actor per entity of the text, named by its fullest form.

Surname-only and title-prefixed mentions join the full name; "U.S." joins "United States";
an acronym joins the expansion the text introduces ("United States Air Force (USAF)");
spellings that differ in case only ("WASHINGTON", "Washington") are one actor.
"""
from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .roles import HONORIFICS

_SMALL = frozenset("of the and for de del la le du da di von van der des & in on at y".split())
NEWSPAPER = frozenset("times journal post guardian telegraph tribune herald globe independent "
                      "observer economist chronicle inquirer gazette examiner mirror sun star "
                      "mail express standard register courier review monitor".split())


@dataclass
class Raw:
    start: int
    end: int
    text: str
    kind: str
    words: tuple[str, ...]        # normalized tokens
    caps_line: bool = False       # from an all-caps headline or dateline
    the_before: bool = False      # "The New York Times"
    titled: str = ""              # "President" right before the name
    roles: list[str] = field(default_factory=list)


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


class Group:
    def __init__(self, m: Raw):
        self.kind = m.kind
        self.ms: list[Raw] = [m]

    @property
    def best(self) -> Raw:
        # fullest form: most words, mixed case before all caps, earliest on ties
        return max(self.ms, key=lambda m: (len(m.words), not m.caps_line,
                                           not m.text.isupper() or len(m.text) <= 5,
                                           -m.start))


def merge(mentions: list[Raw], text: str) -> list[Group]:
    groups: list[Group] = []
    by_key: dict[tuple[str, str], Group] = {}
    persons: list[Group] = []
    # longest names first, so short forms find the full name they belong to; a tier of one
    # length at a time, so every full name is known before any shorter form chooses among them
    tiers: dict[int, list[Raw]] = {}
    for m in mentions:
        tiers.setdefault(len(m.words), []).append(m)
    for n in sorted(tiers, reverse=True):
        short: list[Raw] = []
        for m in sorted(tiers[n], key=lambda m: m.start):
            k = (key(m.words), m.kind)
            if m.kind == "person" and n <= 2 and _surname_hosts(m, persons):
                short.append(m)
                continue
            g = by_key.get(k)
            if g is None and m.kind == "person" and n <= 2:
                g = _person_host(m, persons)
            if g is None and m.kind == "organization" and n == 1:
                g = _org_host(m, groups)
            if g is None:
                g = Group(m)
                groups.append(g)
                if m.kind == "person":
                    persons.append(g)
            else:
                g.ms.append(m)
            by_key.setdefault(k, g)
        if short:
            _place_short(short, persons, groups, by_key, text)
    groups = _merge_acronyms(groups, text)
    groups = _merge_dc(groups, text)
    for g in groups:
        g.ms.sort(key=lambda m: m.start)
    groups.sort(key=lambda g: g.ms[0].start)
    return groups


def _surname_hosts(m: Raw, persons: list[Group]) -> list[Group]:
    """The people named in full whose name ends with this shorter form ("Clinton" of "Bill
    Clinton") or holds it as a middle name ("Rodham" of "Hillary Rodham Clinton")."""
    lw = [w.lower() for w in m.words]
    n = len(lw)
    out = []
    for g in persons:
        full = [w.lower() for w in g.best.words]
        if len(full) > n and (full[-n:] == lw or (n == 1 and lw[0] in full[1:])):
            out.append(g)
    return out


def _person_host(m: Raw, persons: list[Group]) -> Group | None:
    """A first name alone ("Hillary") joins only a unique full name that starts with it; a name
    without its middle ("Loretta Lynch") the unique one with it ("Loretta E. Lynch")."""
    lw = [w.lower() for w in m.words]
    n = len(lw)
    cands = [g for g in persons if len(g.best.words) > n
             and [w.lower() for w in g.best.words[:n]] == lw]
    if not cands and n >= 2:
        cands = [g for g in persons if len(g.best.words) > n and g.best.words[0].lower() == lw[0]
                 and [w.lower() for w in g.best.words[-(n - 1):]] == lw[1:]]
    return cands[0] if len(cands) == 1 else None


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


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given names -> "m" / "f" (data/first_names.txt)."""
    out: dict[str, str] = {}
    path = Path(__file__).with_name("data") / "first_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:2] in ("m ", "f "):
            for w in line[2:].split():
                out[w] = line[0]
    return out


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
    first = first_names().get(g.best.words[0].lower()) if len(g.best.words) > 1 else None
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


def _carries(g: Group, title: str) -> bool:
    t = title.lower()
    return any(x.titled.lower() == t or t in r.lower().split() for x in g.ms for r in x.roles) or \
        any(x.titled.lower() == t for x in g.ms)


def _place_short(short: list[Raw], persons: list[Group], groups: list[Group],
                 by_key: dict[tuple[str, str], Group], text: str) -> None:
    """Surname-only and title+surname mentions join the person they name. A mention joins a
    full name only when nothing contradicts it (gender from Mr./Mrs./he/she, a role title one
    of them carries) and, when several people share the surname, when the one named most
    recently before it is not named in the same breath as another. What nothing decides, and
    what no full name fits ("Mr. Obama" in a story that names only Michelle Obama), stays a
    person of its own, named by the surname."""
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
        for m in ms:
            mg = _mention_gender(m, text)
            hosts = [g for g in hosts0 if mg is None or gender(g) in (None, mg)]
            titled = m.titled.lower() if m.titled and m.titled.lower() not in HONORIFICS else ""
            by_role = False
            if titled and hosts:
                carriers = [g for g in hosts if _carries(g, m.titled)]
                if carriers:
                    by_role = len(carriers) < len(hosts) or len(hosts) == 1
                    hosts = carriers
                elif len(hosts) < len(hosts0) or (mg is None and any(
                        _mention_gender(x, text) not in (None, gender(hosts[0])) for x in ms
                        if gender(hosts[0]))):
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
        naming: dict[int, list[int]] = {id(g): [x.start for x in g.ms if len(x.words) > n]
                                        for g in hosts0}
        if bucket is not None:
            naming[id(bucket)] = [x.start for x in conflicts]

        def to_bucket(m: Raw) -> None:
            nonlocal bucket
            if bucket is None:
                bucket = Group(m)
                groups.append(bucket)
                persons.append(bucket)
                by_key.setdefault((k, "person"), bucket)
                naming[id(bucket)] = []
            elif m is not bucket.ms[0]:
                bucket.ms.append(m)

        for m, hosts, mg, by_role in sorted(plan, key=lambda p: p[0].start):
            if not hosts:
                to_bucket(m)
                continue
            cands: list[Group] = list(hosts)
            if conflicts and bucket is not None and (mg is None or bg in (None, mg)):
                cands.append(bucket)
            if len(cands) == 1 and (by_role or mg or len(hosts0) == 1):
                hosts[0].ms.append(m)  # decided by its title or its gender, or the only one
                if by_role or mg:
                    naming[id(hosts[0])].append(m.start)
                continue
            win = _choose(m, cands, naming, sents)
            if win is None or win is bucket:
                to_bucket(m)
            else:
                win.ms.append(m)


def _choose(m: Raw, cands: list[Group], naming: dict[int, list[int]],
            sents: list[int]) -> Group | None:
    """Among people who share a surname, the one a bare surname means: the one named (in full,
    or by a title or gender that decides) earlier in its own sentence; else the most salient
    (referred to most, and most recently), unless someone else was named in the sentence
    before — then no one (None)."""
    i = bisect.bisect_right(sents, m.start) - 1
    s0 = sents[i] if i >= 0 else 0
    p0 = sents[i - 1] if i >= 1 else 0
    same = [c for c in cands if any(s0 <= x < m.start for x in naming[id(c)])]
    if len(same) == 1:
        return same[0]
    if len(same) > 1:
        return None

    sur = m.words[-1].lower()
    n = len(m.words)
    first = {id(c): min((x.start for x in c.ms if x.words[-1].lower() == sur), default=1 << 60)
             for c in cands}
    lead = min(cands, key=lambda c: first[id(c)])

    def salience(c: Group) -> float:
        # how often the story has referred to them by surname (a full name counts twice, the
        # one it introduced first once more), faded by how long ago it last did. "Freddy"
        # alone is no reference: a story that calls one Trump by his first name means the
        # other by "Trump"
        refs = [x for x in c.ms if x.start < m.start and x.words[-1].lower() == sur]
        if not refs:
            return 0.0
        v = sum(2.0 if len(x.words) > n else 1.0 for x in refs) + (1.0 if c is lead else 0.0)
        return v * math.exp((max(x.start for x in refs) - m.start) / _REACH)

    score = {id(c): salience(c) for c in cands}
    principal = max(cands, key=lambda c: score[id(c)])
    if score[id(principal)] == 0:
        return None
    last = {id(c): max((x for x in naming[id(c)] if x < m.start), default=-1) for c in cands}
    others = [c for c in cands if c is not principal and last[id(c)] >= p0]
    if others:
        return None
    return principal


def _org_host(m: Raw, groups: list[Group]) -> Group | None:
    """"Journal" of "Wall Street Journal": one-word forms of a unique longer organization."""
    lw = m.words[0].lower()
    if acronym_letters(m.text):
        return None
    cands = [g for g in groups if g.kind == "organization" and len(g.best.words) > 1
             and lw in (g.best.words[0].lower(), g.best.words[-1].lower())
             and not any(w in ("'s", "’s") for w in g.best.words)]  # not "Boeing's Delta IV"
    return cands[0] if len(cands) == 1 else None


def _merge_acronyms(groups: list[Group], text: str) -> list[Group]:
    """"U.S." joins "United States"; "(USAF)" joins the name right before it."""
    gone: set[int] = set()
    for gi, g in enumerate(groups):
        if any(m.text.count(".") >= 2 for m in g.ms):
            letters = acronym_letters(g.best.text)
            if not letters:
                continue
            hosts = [h for hj, h in enumerate(groups) if hj != gi and hj not in gone and
                     h.kind == g.kind and len(h.best.words) > 1 and initials(h.best.words) == letters]
            if len(hosts) == 1:
                hosts[0].ms.extend(g.ms)
                gone.add(gi)
    # parenthesised acronyms
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
            for hj, h in enumerate(groups):
                if hj == gi or hj in gone:
                    continue
                if any(x.end == prev_end for x in h.ms) and initials(h.best.words) == letters:
                    h.ms.extend(g.ms)
                    gone.add(gi)
                    break
            if gi in gone:
                break
    return [g for i, g in enumerate(groups) if i not in gone]


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
    for g in groups:
        if g.kind != "place" or key(g.best.words) != "dc":
            continue
        for m in g.ms:
            host = next((h for h in groups if h is not g and h.kind == "place" and any(
                x.end <= m.start and text[x.end:m.start].strip() == "," and key(x.words) == "washington"
                for x in h.ms)), None)
            if host:
                host.ms.extend(g.ms)
                return [x for x in groups if x is not g]
    return groups
