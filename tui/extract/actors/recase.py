"""Title Case headlines read as prose: "Hillary Clinton Was Headed to ER" -> "... was headed to ER".

Modern news capitalizes every word of a headline or subhead; the tagger, trained on 1996 Reuters
(whose headlines are ALL CAPS), takes each capital for a name. In a Title Case line, a word that is
an ordinary lower-case word of English (the tagger's vocabulary) and that the text never
capitalizes mid-sentence elsewhere goes to the tagger lower-cased; names the text repeats in its
body ("Warren", "Trump") keep their capital. Only what the tagger sees changes: spans and words
stay as written.
"""
from __future__ import annotations

from collections.abc import Sequence

# words that Title Case may leave in lower case
SMALL = frozenset("a an the of to in on at by for from with and or but nor as vs vs. via "
                  "into onto over per than up out off de del la".split())
_OPENERS = frozenset(('"', "'", "(", ":", "-", "--", "[", "|"))


def _title_case(s: Sequence[str]) -> bool:
    caps = 0
    for t in s[1:]:
        if not t[:1].isalpha():
            continue
        if t[:1].islower():
            if t.lower() not in SMALL:
                return False
        elif len(t) > 1:
            caps += 1
    letters = [t for t in s if t[:1].isalpha() and len(t) > 1]
    return caps >= 3 and not all(t.isupper() for t in letters)


def is_lower_word(lt: str, lower: frozenset[str] | set[str]) -> bool:
    """An ordinary word, or an inflection of one ("exploits", "headed", "warning")."""
    if lt in lower:
        return True
    for suf, add in (("s", ""), ("es", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                     ("ies", "y"), ("ly", "")):
        if lt.endswith(suf) and len(lt) - len(suf) >= 3 and lt[:len(lt) - len(suf)] + add in lower:
            return True
    return False


def recase(sents: list[Sequence[str]], lower: frozenset[str] | set[str]
           ) -> tuple[list[Sequence[str]], set[int], set[str]]:
    """The sentences as the tagger should see them (the same lists where nothing changes), the
    Title Case sentences, and the words capitalized mid-sentence in the other sentences."""
    titled = [i for i, s in enumerate(sents) if len(s) >= 4 and _title_case(s)] if lower else []
    skip = set(titled)
    cap_mid: set[str] = set()
    for i, s in enumerate(sents):
        if i in skip:
            continue
        letters = [t for t in s if t[:1].isalpha() and len(t) > 1]
        if letters and all(t.isupper() for t in letters):
            continue
        cap_mid.update(s[k].lower() for k in range(1, len(s))
                       if s[k][:1].isupper() and s[k - 1] not in _OPENERS)
    out = list(sents)
    done: set[int] = set()
    for i in titled:
        s = sents[i]
        new = list(s)
        caps = changed = 0
        for k, t in enumerate(s):
            if not t[:1].isupper():
                continue
            caps += 1
            lt = t.lower()
            if not t.isupper() and lt not in cap_mid and is_lower_word(lt, lower):
                new[k] = lt
                changed += 1
        # a headline has ordinary words in it; a list of names ("Given, Breen, Staunton") or a
        # line of a results table with a stray common word or two is no headline
        if changed >= 2 and changed >= 0.3 * caps:
            out[i] = new
            done.add(i)
    return out, done, cap_mid
