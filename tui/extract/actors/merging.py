"""Mentions -> actors: one actor per entity of the text, named by its fullest form.

Surname-only and title-prefixed mentions join the full name; "U.S." joins "United States";
an acronym joins the expansion the text introduces ("United States Air Force (USAF)");
spellings that differ in case only ("WASHINGTON", "Washington") are one actor.
"""
from __future__ import annotations

from dataclasses import dataclass, field

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
    # longest names first, so short forms find the full name they belong to
    order = sorted(mentions, key=lambda m: (-len(m.words), m.start))
    persons: list[Group] = []
    for m in order:
        k = (key(m.words), m.kind)
        g = by_key.get(k)
        if g is None and m.kind == "person" and len(m.words) <= 2:
            g = _person_host(m, persons)
        if g is None and m.kind == "organization" and len(m.words) == 1:
            g = _org_host(m, groups)
        if g is None:
            g = Group(m)
            groups.append(g)
            if m.kind == "person":
                persons.append(g)
        else:
            g.ms.append(m)
        by_key.setdefault(k, g)
    groups = _merge_acronyms(groups, text)
    groups = _merge_dc(groups, text)
    for g in groups:
        g.ms.sort(key=lambda m: m.start)
    groups.sort(key=lambda g: g.ms[0].start)
    return groups


def _person_host(m: Raw, persons: list[Group]) -> Group | None:
    """The person whose full name ends (or starts) with this shorter form."""
    lw = [w.lower() for w in m.words]
    n = len(lw)
    cands = []
    for g in persons:
        full = [w.lower() for w in g.best.words]
        if len(full) <= n:
            continue
        if full[-n:] == lw or (n == 1 and lw[0] in full[1:]):
            cands.append(g)
    if not cands:
        # a first name alone joins only a unique full name
        for g in persons:
            full = [w.lower() for w in g.best.words]
            if len(full) > n and full[:n] == lw:
                cands.append(g)
        if len(cands) != 1:
            return None
    if len(cands) == 1:
        return cands[0]
    # several people share the surname: the one named most recently before this mention
    before = [g for g in cands if g.ms[0].start < m.start]
    if not before:
        return None
    return max(before, key=lambda g: max(x.start for x in g.ms if x.start < m.start))


def _org_host(m: Raw, groups: list[Group]) -> Group | None:
    """"Journal" of "Wall Street Journal": one-word forms of a unique longer organization."""
    lw = m.words[0].lower()
    if acronym_letters(m.text):
        return None
    cands = [g for g in groups if g.kind == "organization" and len(g.best.words) > 1
             and lw in (g.best.words[0].lower(), g.best.words[-1].lower())]
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
