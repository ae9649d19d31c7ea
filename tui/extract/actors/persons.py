"""People's names the tagger cut, ran on or took for a company.

- `join_particles`: "Juan Ramón de la Fuente", "Osama bin Laden", "Ursula von der Leyen": the
  lower-case particles inside a name ("de la", "bin", "von der") followed by a capitalized word
  keep one person's name, where the tagger split it in two or left the particles out.
- `given_name_person`: "Angela Merkel met ...": a name the tagger took for an organization
  that has a person's shape (a given name, then a surname, perhaps a middle name or initial, a
  particle, "Jr.") and no organization's cue anywhere in the text (a head word such as "Bank",
  a legal suffix, "X shares", "the company X", a name list that knows it) is a person.
- `org_then_person`: "Director of Air Force Communications Bill Bodie": an organization the
  tagger ran on into a given name and a surname is the organization, then the person.
- `foreign_title`: "Президент Владимир Путин": a title in another language heading a name
  is no part of it (the name is a person's).
- `opening_given_name`: "Zach Carter is a co-host": a given name that opens a sentence, before
  a surname the tagger took alone, is part of the name.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .roles import FOREIGN_TITLES
from .tokenizer import END, NORM, START, Sentence

# lower-case words inside people's names ("de la Fuente", "bin Laden", "von der Leyen")
PARTICLES = frozenset("""
de del della delle dei degli di da das dos du des la le van von der den ter ten zu bin ibn bint
al el
""".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
# words before a given name that make it a saint's, a prince's or a place's ("St. Louis
# Cardinals", "Prince William Sound", "San Diego Padres", "Lake Victoria")
_NOT_BEFORE_GIVEN = frozenset("""
st st. saint san santa sao são fort ft. port lake mount mt. cape prince princess king queen
""".split())


@lru_cache(maxsize=4096)
def _plain(w: str) -> str:
    """"josé" -> "jose": a given name's letters without their accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def is_given(w: str, first_names: dict[str, str] | set[str]) -> bool:
    """A capitalized given name ("Angela", "José"; "ANGELA" in an all-caps line)."""
    if not w[:1].isupper():
        return False
    lw = w.lower()
    return lw in first_names or (not lw.isascii() and _plain(lw) in first_names)


def _cap(w: str) -> bool:
    return w[:1].isupper() and w[:1].isalpha()


def _name_word(w: str) -> bool:
    """A word a surname can be: "Merkel", "O'Brien", "al-Assad", "McDonald" (not "ABC")."""
    return _cap(w) and (len(w) == 1 or not w.isupper() or w.isalpha()) and not w.endswith("'")


def join_particles(s: Sentence, found: list[tuple[int, int, str]], first_names, heads: frozenset[str]
                   ) -> list[tuple[int, int, str]]:
    """`found`: the tagger's (start, end, label) token spans of sentence `s`. A person's name
    before a run of particles and a capitalized word (a name tagged as a person, or capitalized
    words holding a given name) takes them in, whatever the tagger made of the rest; where the
    rest ends in an organization's or a place's head ("Charles de Gaulle Airport") the whole
    is that organization or place."""
    n = len(s)
    at = [k for k, t in enumerate(s) if t[NORM] in PARTICLES]
    if not at:
        return found
    at = [k for k in at if 0 < k < n - 1 and s[k - 1][NORM] not in PARTICLES]
    out = list(found)
    for k in at:
        m = k
        while m < n and m - k < 3 and s[m][NORM] in PARTICLES:
            m += 1
        if m >= n or not _cap(s[m][NORM]) or not _name_word(s[m][NORM]):
            continue
        if any(a < k and b > k for a, b, _ in out):
            continue  # the particle is inside a name already ("Banco de Chile")
        left = next((x for x in out if x[1] == k), None)
        right = next((x for x in out if x[0] == m), None)
        if left is not None and left[2] == "PER":
            a = left[0]
        else:
            j = k
            while j > 0 and k - j < 3 and _name_word(s[j - 1][NORM]):
                j -= 1
            a = next((x for x in range(j, k) if is_given(s[x][NORM], first_names)), -1)
            if a < 0:
                continue
        if right is not None:
            b, lab = right[1], right[2]
            if s[b - 1][NORM].lower() not in heads:
                lab = "PER"
        else:
            b, lab = m + 1, "PER"
            while b < n and b - m < 2 and _name_word(s[b][NORM]) and not any(x[0] == b for x in out):
                b += 1
        keep = []
        for x in out:
            if x[1] <= a or x[0] >= b:
                keep.append(x)
            elif x[0] < a:  # "Brussels Ursula": the name before the given name stays its own
                keep.append((x[0], a, x[2]))
        keep.append((a, b, lab))
        out = sorted(keep)
    return out


def person_shape(words: tuple[str, ...] | list[str], first_names, vocab: dict[str, list[str]],
                 is_lower: Callable[[str], bool], names: dict[str, str], places) -> bool:
    """A given name, up to two middle names, initials or particles, a surname, perhaps "Jr.":
    "Angela Merkel", "William Clay Ford Jr.", "Juan Ramón de la Fuente". Not a name the lists
    know as something else, nor one that starts like it ("Philip Morris Cos"). The surname is
    no ordinary word of English ("Victoria Falls", "Sofia Newsroom") unless the tagger's names
    know it as a surname, or a "Jr." vouches for it; after a given name that is also a town's,
    no plural ("Charlotte Panthers": a city's team)."""
    ws = list(words)
    if not 2 <= len(ws) <= 6 or not is_given(ws[0], first_names):
        return False
    low = [w.lower() for w in ws]
    if any(names.get(" ".join(low[:n]), "PER") != "PER" or " ".join(low[:n]) in places
           for n in range(2, len(ws) + 1)):
        return False
    suffix = low[-1] in SUFFIXES
    if suffix:
        ws.pop()
        low.pop()
    if len(ws) < 2:
        return False
    last = ws[-1]
    if not _name_word(last) or last.isupper() != ws[0].isupper():
        return False
    plain = 0
    for w in ws[1:-1]:
        if w in PARTICLES or (len(w) == 2 and w[0].isupper() and w[1] == "."):
            continue
        if not _name_word(w):
            return False
        plain += 1
    if plain > 2:
        return False
    lw = low[-1]
    tags = vocab.get(lw, ())
    if suffix or "PERl" in tags or "PERu" in tags:
        return True
    if is_lower(lw) or "ORGl" in tags or "LOCl" in tags:  # "Sofia Newsroom"
        return False
    return not (len(ws) == 2 and lw.endswith("s") and not lw.endswith("ss")
                and (low[0] in places or names.get(low[0]) == "LOC"))


def given_name_person(text: str, sents, spans, first_names, names: dict[str, str], places,
                      vocab: dict[str, list[str]], is_lower: Callable[[str], bool],
                      org_words: frozenset[str], org_cue: Callable) -> list:
    """Organizations of a person's shape with no organization's cue become people (see the
    module's docstring); one decision per name."""
    cands: dict[str, list] = {}
    for sp in spans:
        if sp.lab == "ORG" and len(sp.words) >= 2 and sp.b - sp.a == len(sp.words) \
                and is_given(sp.words[0], first_names):
            cands.setdefault(sp.key, []).append(sp)
    if not cands:
        return spans
    by_end: dict = {}
    by_start: dict = {}
    for k, group in cands.items():
        ws = group[0].words
        if any(w.lower() in org_words for w in ws) \
                or not person_shape(ws, first_names, vocab, is_lower, names, places):
            continue
        if not by_end:
            for sp in spans:
                if sp.b - sp.a == len(sp.words):
                    by_end[(sp.si, sp.b)] = sp
                    by_start.setdefault((sp.si, sp.a), sp)
        if any(org_cue(text, sents[sp.si], sp, by_end, by_start) for sp in spans
               if sp.key == k and sp.b - sp.a == len(sp.words)):  # anywhere in the text
            continue
        for sp in group:
            sp.lab = "PER"
    return spans


def org_then_person(sents, spans, first_names, names: dict[str, str], places,
                    vocab: dict[str, list[str]], is_lower: Callable[[str], bool],
                    org_words: frozenset[str], role_words: frozenset[str], heads: frozenset[str]
                    ) -> list:
    """"Air Force Communications Bill Bodie" -> "Air Force Communications" + "Bill Bodie"; role
    words between the two go ("Acme Chief Executive Bill Bodie"). A name tagged a person comes
    apart so only where an organization's head word or known name stands before the given name
    ("Kelmar Networks Bill Tamberg")."""
    out = []
    for sp in spans:
        w = sp.words
        if sp.lab not in ("ORG", "LOC", "MISC", "PER") or len(w) < 3 or sp.b - sp.a != len(w) \
                or sp.key in names or sp.key in places:
            out.append(sp)
            continue
        s = sents[sp.si]
        cut = None
        for k in range(1, len(w) - 1):
            if not is_given(w[k], first_names):
                continue
            before = w[k - 1].lower()
            rest = w[k:]
            if before in _NOT_BEFORE_GIVEN or not _cap(w[k - 1]) or is_given(w[k - 1], first_names) \
                    or any(x.lower() in org_words for x in rest) \
                    or not person_shape(rest, first_names, vocab, is_lower, names, places):
                continue
            if sp.lab == "PER" and not (
                    names.get(" ".join(w[:k]).lower()) in ("ORG", "LOC")
                    or any(x.lower() in heads or x.lower()[:-1] in heads for x in w[:k])):
                continue
            cut = sp.a + k
            break
        if cut is None:
            out.append(sp)
            continue
        out.append(_mk(sp, s, cut, sp.b, "PER"))
        j = cut
        while j > sp.a and s[j - 1][NORM].lower().rstrip(".") in role_words:
            j -= 1
        if j > sp.a and not (j - sp.a == 1 and is_lower(s[sp.a][NORM].lower())):
            head = " ".join(t[NORM] for t in s[sp.a:j]).lower()
            lab = names.get(head) or places.get(head) or (
                "ORG" if sp.lab in ("MISC", "PER") else sp.lab)
            out.append(_mk(sp, s, sp.a, j, lab))
    return out


def _mk(sp, s: Sentence, a: int, b: int, lab: str):
    return type(sp)(sp.si, a, b, lab, s[a][START], s[b - 1][END], tuple(t[NORM] for t in s[a:b]))


def foreign_title(s: Sentence, a: int, b: int, lab: str) -> tuple[int, str]:
    """The start and label of a name once a title in another language comes off its front."""
    if b - a >= 2 and s[a][NORM].lower() in FOREIGN_TITLES and _cap(s[a + 1][NORM]):
        return a + 1, "PER"
    return a, lab


_OPENERS = frozenset(('"', "'", "(", "-", "--"))


def opening_given_name(sents, spans, first_names, names: dict[str, str], places,
                       vocab: dict[str, list[str]], is_lower: Callable[[str], bool],
                       not_given: frozenset[str]) -> list:
    """"Zach Carter is a co-host", "Flavio Cotti said": the tagger, for which the first word of
    a sentence is capitalized anyway, takes a given name it does not know there for no part of
    the name, and the surname after it alone for the person. A capitalized word that opens the
    sentence, right before a one-word person, is that person's given name when it is a given
    name the lists know, or a word nothing else claims: no ordinary word of English, no
    title or role (`not_given`), no name the lists know as a place's or something else's, no
    "-ing" word ("Asserting Clinton"), and no other given name the text puts before the same
    surname ("Combine Clinton and Sanders" in a story of Hillary Clinton)."""
    firsts: dict[str, set[str]] = {}
    for sp in spans:
        if sp.lab == "PER" and len(sp.words) >= 2:
            firsts.setdefault(sp.words[-1].lower(), set()).add(sp.words[0].lower())
    starts = {(sp.si, sp.a): sp for sp in spans if sp.b - sp.a == len(sp.words)}
    covered = {(sp.si, k) for sp in spans for k in range(sp.a, sp.b)}
    for si, s in enumerate(sents):
        k = 0
        while k < len(s) and s[k][NORM] in _OPENERS:
            k += 1
        sp = starts.get((si, k + 1))
        if sp is None or sp.lab != "PER" or len(sp.words) != 1 or (si, k) in covered:
            continue
        w = s[k][NORM]
        lw = w.lower()
        if not (len(w) >= 2 and w[0].isupper() and w[1:].replace("-", "").isalpha()
                and not w[1:].replace("-", "").isupper()):
            continue  # "Zach", "Jean-Pierre"; not "NEW", "McCain" (a surname), "I"
        if not is_given(w, first_names):
            tags = vocab.get(lw, ())
            if is_lower(lw) or lw in not_given or lw.endswith("ing") \
                    or names.get(lw) not in (None, "PER") or lw in places \
                    or any(not t.startswith("PER") for t in tags):
                continue
        known = firsts.get(sp.words[0].lower())
        if known and lw not in known:
            continue
        sp.a = k
        sp.start = s[k][START]
        sp.words = (w,) + sp.words
    return spans
