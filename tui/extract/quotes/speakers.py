"""Who a source phrase names: actors by their mentions, pronouns by the nearest compatible
person, and the text's own capitalized names when the actors list misses them."""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import partial
from operator import itemgetter
from typing import NamedTuple

from tui.extract.given_names import given_names
from tui.model import Actor

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
MALE_WORDS = re.compile(r"\b(?:mr|spokesman|congressman|chairman|businessman|husband|father|"
                        r"son|brother|king|prince|sir|lord|uncle|grandfather|boyfriend)\b\.?", re.I)
FEMALE_WORDS = re.compile(r"\b(?:mrs|ms|miss|spokeswoman|congresswoman|chairwoman|businesswoman|"
                          r"wife|mother|daughter|sister|queen|princess|lady|dame|aunt|"
                          r"grandmother|girlfriend|first lady)\b\.?", re.I)
NAME_WORD = r"(?:[A-Z][\w'’\-]*\.?|[A-Z]\.)"
# a name runs on past a full stop only after an initial or an abbreviation ("J. Smith", "Gov.
# Ana Ruiz"), never past a sentence's end ("in Paris. She said")
_JOIN = (r"(?:(?<![\w'’\-]\.)|(?<=\b[A-Z]\.)|(?<=\b(?:Mr|Ms|Dr|St|Jr|Sr|Lt|Mt|Ft|Co)\.)"
         r"|(?<=\b(?:Mrs|Gov|Sen|Rep|Gen|Col|Sgt|Maj|Adm|Rev|Inc)\.)|(?<=\b(?:Capt|Prof|Supt|Cmdr|Corp)\.))")
CAP_SEQ = re.compile(rf"(?<![\w'’\-]){NAME_WORD}"
                     rf"(?:{_JOIN}\s+(?:(?:de|la|del|van|von|bin|al|da|of the|of)\s+)?{NAME_WORD})*")
NOT_NAME = frozenset("""the a an this that these those it its he she they we i you his her their our
but and or so if when while as in on at for with by from to of after before during since then there
here what who which why how mr mrs ms dr sen rep gov president said says monday tuesday wednesday
thursday friday saturday sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec according however meanwhile still also yet now earlier later last next
""".split())


MODIFIER_NEXT = re.compile(r"\s+(?!(?:said|says|told|tells|added|adds|asked|wrote|writes|has|had|have|is|was|"
                           r"and|or|who|would|will|also|did|does|can|could|should|may|might)\b)[a-z]")
SENT_START = re.compile(r"(?:[.!?:][\"”’']?\s+|\n\s*|[“\"]|^)$")


TITLES = frozenset("""mr mrs ms miss dr sen rep gov mayor senator governor judge general gen secretary
minister chancellor speaker chairman chairwoman representative sheriff professor prof rev lt col sgt
capt captain prime vice former president presidential candidate nominee ambassador attorney
detective officer commissioner director chief justice king queen prince princess pope""".split())


class Cand(NamedTuple):
    """A mention that may be a speaker: an actor's, or a capitalized name of the text's own."""
    start: int
    end: int
    name: str
    kind: str          # person, organization, place, unknown
    gender: str | None


# `Speakers` keeps its candidates as plain tuples in Cand's order (start, end, name, kind,
# gender) and hands out Cands: a tuple of strings and integers is one the garbage collector
# stops tracking, a NamedTuple one it tracks (a transcript has 150,000 candidates)
_START, _END, _NAME, _KIND, _GENDER = 0, 1, 2, 3, 4
_as_cand = partial(tuple.__new__, Cand)


def _given(word: str) -> str | None:
    """The gender of a given name; a hyphenated one ("Jean-Claude") by its first part."""
    w = word.lower()
    return given_names().get(w) or (given_names().get(w.split("-")[0]) if "-" in w else None)


def _gender_of_actor(a: Actor, text: str) -> str | None:
    votes = {"m": 0, "f": 0}
    words = a.name.split()
    given = _given(words[0]) if len(words) > 1 else None
    if given:
        votes[given] += 2
    for form in {a.name, *(m.text for m in a.mentions)}:
        t = form.split(None, 1)[0].lower().rstrip(".")
        if t == "mr":  # "Mr MacFarlane" as the name itself
            votes["m"] += 3
        elif t in ("mrs", "ms", "miss"):
            votes["f"] += 3
    for r in a.roles:
        if FEMALE_WORDS.search(r):
            votes["f"] += 2
        elif MALE_WORDS.search(r):
            votes["m"] += 2
    for m in a.mentions:
        before = text[max(0, m.start - 40):m.start]
        t = re.search(r"(\w+)\.?\s*$", before)
        if t:
            w = t.group(1).lower()
            if w in ("mr",):
                votes["m"] += 3
            elif w in ("mrs", "ms", "miss"):
                votes["f"] += 3
    if votes["m"] == votes["f"]:
        return None
    return "m" if votes["m"] > votes["f"] else "f"


ORG_WORDS = re.compile(r"\b(?:Inc|Corp|Co|Ltd|LLC|Group|Company|Bank|Party|Foundation|Institute|University|"
                       r"Association|Committee|Council|Fund|Trust|News|Times|Post|Motors|Airlines|Holdings|"
                       r"Partners|Capital|Media|Press|Agency|Department|Ministry|Office|Center|Centre|Club)\b")


def _gender_of_name(a: Actor) -> str | None:
    """The gender of a name such as "Angela Merkel" that the actors list holds as an
    organization: two or three capitalized words led by a known given name."""
    words = a.name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or ORG_WORDS.search(a.name):
        return None
    return _given(words[0])


def _pronoun_votes(text: str, cands: list[tuple], inside) -> dict[str, dict[str, int]]:
    """Each he/she outside quotes votes for the nearest person mentioned shortly before it.
    `cands`: the candidates as plain tuples, in order."""
    starts = [c[_START] for c in cands]
    votes: dict[str, dict[str, int]] = {}
    for m in re.finditer(r"\b(?:he|she|his|him|her)\b", text, re.I):
        if inside(m.start()):
            continue
        i = bisect.bisect_left(starts, m.start()) - 1
        while i >= 0 and cands[i][_KIND] not in ("person", "unknown") and m.start() - cands[i][_END] <= 150:
            i -= 1
        if i < 0 or m.start() - cands[i][_END] > 150:
            continue
        if re.search(r"[.!?][\"”’']?\s", text[cands[i][_END]:m.start()]):
            continue  # only a pronoun in the same sentence as the name
        if i > 0 and cands[i - 1][_NAME] != cands[i][_NAME] and cands[i - 1][_KIND] in ("person", "unknown") \
                and not re.search(r"[.!?]\s", text[cands[i - 1][_END]:cands[i][_START]]):
            continue  # two people in the sentence: the pronoun could mean either
        # only when no other person is between: the nearest is the only candidate
        g = PRONOUN_GENDER[m.group().lower()]
        v = votes.setdefault(cands[i][_NAME], {"m": 0, "f": 0})
        v[g] += 1
    return votes


class Speakers:
    """Speaker lookup for one text."""

    def __init__(self, text: str, actors: Sequence[Actor], inside: Callable[[int], bool],
                 masked: str | None = None, sent_starts: Sequence[int] = ()) -> None:
        self.text = text
        self.masked = text if masked is None else masked  # quoted words hidden
        self.inside = inside  # pos -> True when pos is inside a quote
        self.sent_starts = sent_starts or [0]  # where the text's sentences start, in order
        self._own: dict[str, str] = {}
        cands: list[tuple] = []  # (start, end, name, kind, gender), as in Cand
        self.alias: dict[str, tuple[str, str]] = {}
        for a in actors:
            # an "organization" named like a person ("Angela Merkel") may still be meant by
            # "she": its given name gives it a gender that only he/she resolution reads
            g = _gender_of_actor(a, text) if a.kind == "person" else _gender_of_name(a) \
                if a.kind == "organization" else None
            for m in a.mentions:
                cands.append((m.start, m.end, a.name, a.kind, g))
            for form in (a.name, *a.aliases, *(m.text for m in a.mentions)):
                self.alias.setdefault(form.lower(), (a.name, a.kind))
                last = form.split()[-1].lower() if form.split() else ""
                if a.kind == "person" and last:
                    self.alias.setdefault(last, (a.name, a.kind))
        taken = sorted((c[_START], c[_END]) for c in cands)
        # the text's own names where the actors list has none
        own: list[tuple] = []
        # (start, end, words) of each run of capitalized words: tuples, not Match objects (see
        # `_as_cand`: a transcript has 100,000 of them)
        matches = [(m.start(), m.end(), m.group()) for m in CAP_SEQ.finditer(text)]
        # capitalized words seen mid-sentence ("said Critics" no; "met Critics" yes) are names
        mid = set()
        for at, _, words in matches:
            k = at - 1
            while k >= 0 and text[k] in " \t":
                k -= 1
            if k < at - 1 and k >= 0 and (text[k].islower() or text[k] in ",;"):
                mid.add(words.split(None, 1)[0])
        n_taken = len(taken)
        for at, e, words in matches:
            s = at
            if " " not in words and words.lower().rstrip(".") in NOT_NAME:
                continue  # "The", "In", "Monday": the commonest capitalized words
            if inside(s):
                continue
            k = bisect.bisect_right(taken, (s, 10**12)) - 1
            if k >= 0 and taken[k][1] > s:
                continue
            if k + 1 < n_taken and taken[k + 1][0] < e:
                continue
            ws = words.split()
            i = 0
            titled = False
            while i < len(ws):
                lw = ws[i].lower().strip(".")
                if lw in TITLES:
                    titled = True
                elif lw not in NOT_NAME:
                    break
                i += 1
            if i == len(ws):
                continue
            if i:
                s = at + len(words) - len(words.split(None, i)[i])
            stripped = i > 0
            ws = ws[i:]
            while len(ws) > 1 and re.sub(r"['’]s$", "", ws[-1]).lower().strip(".") in NOT_NAME:
                # "Following Monday’s debate": a weekday or month ends no name
                ws.pop()
                words = words.rsplit(None, 1)[0]
                e = at + len(words)
            initial = at == 0 or SENT_START.search(text, max(0, at - 4), at)
            if len(ws) == 1 and not titled and ws[0] not in mid and (initial or stripped):
                continue  # "Critics said": a capitalized word only because it starts the sentence
            name = " ".join(ws).rstrip(".")
            if name.lower().endswith(("'s", "’s")):
                name = name[:-2]
            if len(name) < 2 or name.lower() in NOT_NAME:
                continue
            hit = self.alias.get(name.lower()) or self.alias.get(ws[-1].lower().rstrip("."))
            if hit:
                own.append((s, e, hit[0], hit[1], None))
            else:
                given = _given(ws[0]) if len(ws) > 1 else None
                own.append((s, e, self._own_name(name), "unknown", given))
        cands.extend(own)
        cands.sort(key=itemgetter(_START))
        votes = _pronoun_votes(text, cands, inside)
        fixed = []
        for c in cands:
            if inside(c[_START]):
                continue
            if c[_GENDER] is None and c[_KIND] in ("person", "unknown") and c[_NAME] in votes:
                v = votes[c[_NAME]]
                if v["m"] != v["f"]:
                    c = c[:_GENDER] + ("m" if v["m"] > v["f"] else "f",)
            fixed.append(c)
        self._cands = fixed  # plain tuples (see `_as_cand`)
        self.starts = [c[_START] for c in fixed]
        self.genders: dict[str, str | None] = {}
        for c in fixed:
            if c[_GENDER]:
                self.genders[c[_NAME]] = c[_GENDER]

    def _own_name(self, name: str) -> str:
        """Cluster the text's own names: "Ruiz" after "Ana Ruiz" is that name."""
        last = name.split()[-1].lower()
        full = self._own.get(last)
        if full is None or len(name) > len(full):
            if len(name.split()) > 1 or full is None:
                self._own[last] = name
            full = self._own[last]
        return full if len(full) >= len(name) else name

    def sentence_start(self, pos: int, back: int = 0) -> int:
        """Where the sentence holding pos starts (back=1: the sentence before it)."""
        i = max(0, bisect.bisect_right(self.sent_starts, pos) - 1 - back)
        return self.sent_starts[i]

    def in_span(self, s: int, e: int) -> list[Cand]:
        i = bisect.bisect_left(self.starts, s)
        j = bisect.bisect_left(self.starts, e, i)
        return list(map(_as_cand, self._cands[i:j]))

    def pronoun(self, word: str, pos: int, limit: int = 3000) -> str | None:
        """The actor a pronoun at pos most likely means: the nearest compatible mention before."""
        w = word.lower()
        want = PRONOUN_GENDER.get(w)
        if w in ("he", "she"):
            # a possessive ("Trump's priority") is rarely what a subject pronoun means: try
            # the nearest compatible non-possessive person first
            for skip_possessive in (True, False):
                # "she" prefers a woman the text marks as one over a nearer person of unknown
                # gender; "he" takes the nearest of either (most unmarked names in news are men's)
                unsure = None  # the nearest person of unknown gender
                topic: str | None = None  # a woman named in the possessive just before
                i = bisect.bisect_left(self.starts, pos) - 1
                while i >= 0 and pos - self.starts[i] < (600 if skip_possessive else limit):
                    c = _as_cand(self._cands[i])
                    i -= 1
                    g = self.genders.get(c.name, c.gender)
                    if c.kind not in ("person", "unknown") and not (c.kind == "organization" and g == want):
                        continue  # an organization only when its name is a person's of that gender
                    if c.kind == "unknown" and " " not in c.name and MODIFIER_NEXT.match(self.text, c.end):
                        continue  # "Democratic nomination", "Kazakh government": not a person
                    if skip_possessive and self.text[c.end:c.end + 2] in ("'s", "’s"):
                        if topic is None and want == "f" and g == want and self.text.count(". ", c.end, pos) <= 1:
                            topic = c.name  # "Lagarde's term ends in 2027. Asked, she said"
                        continue
                    if g == want or (g is None and want == "m"):
                        # a woman named a sentence or more before yields to the topic of these
                        # sentences ('Lagarde's term'); one in the pronoun's own sentence does not
                        if topic is not None and ". " in self.text[c.end:pos]:
                            return topic
                        return c.name
                    if g is None and unsure is None:
                        unsure = c.name
                if topic is not None:
                    return topic
                if unsure is not None:
                    return unsure
            return None
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and pos - self.starts[i] < limit:
            c = _as_cand(self._cands[i])
            i -= 1
            if w == "it":
                if c.kind in ("organization", "unknown"):
                    return c.name
                continue
            if w in ("they", "we"):
                if c.kind in ("organization", "person", "unknown"):
                    return c.name
                continue
            return None
        return None
