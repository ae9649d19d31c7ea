"""Actors across a library: one entry per person however each article spells them.

Names are folded (case, accents, punctuation, initials' dots, a leading "the") into a key. A
name that some article gave as another actor's alias ("GM" in "General Motors (GM)", "U.S." of
"the United States") links to that actor wherever it stands alone, when the aliases point to
one actor only; a one-word person name ("Kowalski") links to the full name ("Jan
Kowalski") when the library knows exactly one person whose name ends with that word. Pure
functions: no I/O.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_NON_WORD = re.compile(r"[^\w]+")
_INITIAL_DOT = re.compile(r"(?<=\b\w)\.")  # "U.S." is "US", "D.C." is "DC"


def fold(text: str) -> str:
    """Lower case, accents stripped, punctuation to spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NON_WORD.sub(" ", stripped).replace("_", " ").split())


@lru_cache(maxsize=65536)
def actor_key(name: str) -> str:
    key = fold(_INITIAL_DOT.sub("", name))
    if key.startswith("the "):
        key = key[4:]
    return key


@dataclass(frozen=True, slots=True)
class ActorOccurrence:
    """One actor as one article extracted it."""

    article_id: int
    name: str
    kind: str
    mentions: int
    aliases: tuple[str, ...] = ()


@dataclass(slots=True)
class LibraryActor:
    key: str
    name: str
    kind: str
    article_ids: set[int]
    mentions: int = 0
    quotes: int = 0


def merge_actors(occurrences: Iterable[ActorOccurrence]) -> tuple[list[LibraryActor], dict[str, str]]:
    """Library actors and the map from every folded key seen to its canonical key."""
    names: dict[str, Counter[str]] = defaultdict(Counter)
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    articles: dict[str, set[int]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    alias_of: dict[str, set[str]] = defaultdict(set)  # alias key -> the keys it was an alias of
    for occ in occurrences:
        key = actor_key(occ.name)
        if not key:
            continue
        names[key][occ.name] += max(occ.mentions, 1)
        kinds[key][occ.kind] += 1
        articles[key].add(occ.article_id)
        mentions[key] += occ.mentions
        for alias in occ.aliases:
            alias_key = actor_key(alias)
            if alias_key and alias_key != key:
                alias_of[alias_key].add(key)
    kind_of = {key: counts.most_common(1)[0][0] for key, counts in kinds.items()}
    # Surnames: a one-word person key joins the unique multi-word person key ending with it.
    by_last: dict[str, list[str]] = defaultdict(list)
    for key in names:
        parts = key.split()
        if len(parts) > 1 and kind_of[key] == "person":
            by_last[parts[-1]].append(key)
    canon: dict[str, str] = {}
    for key in names:
        target = key
        owners = alias_of.get(key, ())
        if len(owners) == 1:
            # An alias of one actor only, and of the same kind: the same actor under its short name.
            (owner,) = owners
            if owner in names and kind_of[owner] == kind_of[key]:
                target = owner
        if target == key and " " not in key and kind_of[key] == "person":
            full = by_last.get(key, [])
            if len(full) == 1:
                target = full[0]
        canon[key] = target
    canon = {key: _chain_end(canon, key) for key in canon}
    merged: dict[str, LibraryActor] = {}
    for key, target in canon.items():
        actor = merged.get(target)
        if actor is None:
            actor = merged[target] = LibraryActor(target, "", "", set())
        actor.article_ids |= articles[key]
        actor.mentions += mentions[key]
    for target, actor in merged.items():
        actor.name = _best_name(names[target])
        actor.kind = kind_of[target]
    return sorted(merged.values(), key=lambda a: a.key), canon


def _chain_end(canon: dict[str, str], key: str) -> str:
    """Where `key` ends up following canon links (an alias of an alias); itself in a cycle."""
    seen = {key}
    target = canon[key]
    while target not in seen:
        following = canon.get(target, target)
        if following == target:
            return target
        seen.add(target)
        target = following
    return key


def _best_name(counts: Counter[str]) -> str:
    # The most used spelling; among equals the one with capitals and accents (the fullest form).
    return max(counts.items(), key=lambda kv: (kv[1], sum(c.isupper() for c in kv[0]), len(kv[0]), kv[0]))[0]
