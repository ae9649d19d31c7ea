"""Roles of persons from titles ("U.S. Trade Representative Ana Ruiz") and appositions
("Lima's city mayor, Ana Ruiz" / "Ana Ruiz, the mayor of Lima,")."""
from __future__ import annotations

from collections.abc import Container

from .tokenizer import NORM, Sentence

# titles in other languages (lower case): they head a person's name as "President" does
FOREIGN_TITLES = frozenset("""
президент президента премьер премьер-министр министр канцлер губернатор мэр председатель
патриарх король королева принц генсек прем'єр-міністр прем’єр-міністр міністр
presidente presidenta président présidente präsident präsidentin ministro ministra ministre
canciller chanceler chancelière kanzler kanzlerin bundeskanzler bundeskanzlerin alcalde
alcaldesa gobernador gobernadora governatore prefeito prefeita bürgermeister bürgermeisterin
""".split())
# heads of a role phrase
ROLE_HEADS = frozenset("""
president vice-president prime minister secretary spokesman spokeswoman spokesperson
chairman chairwoman chairperson chair director chief executive ceo cfo coo cto coach manager
governor senator representative congressman congresswoman mayor king queen prince princess
pope judge justice general colonel captain lieutenant sergeant commander admiral ambassador
envoy professor leader founder co-founder analyst economist chancellor premier sheikh emir
president-elect official lawyer attorney prosecutor spokesperson editor correspondent
commissioner adviser advisor aide deputy head treasurer governor-general monarch dictator
owner partner striker midfielder defender goalkeeper captain chief-executive cardinal bishop
archbishop rabbi imam reporter journalist author inventor designer engineer scientist
researcher strategist economist candidate nominee boss administrator undersecretary
secretary-general commissioner superintendent officer
""".split()) | FOREIGN_TITLES
# words that may sit inside a role phrase before the head ("Foreign", "deputy", "former")
ROLE_MODS = frozenset("""
vice deputy acting former interim foreign defense defence interior finance state trade
justice chief senior executive general press white house of for the and & 's ' capital
national security federal senior assistant attorney-general - operating financial
marketing technology information operations commercial
""".split())
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. miss sir dame lord lady".split())
_STOP_BACK = frozenset(("the", "a", "an", ",", ".", ";", ":", '"', "(", ")", "said", "says"))


def _cap(t: str) -> bool:
    return t[:1].isupper() or t[:1].isdigit()


def title_before(toks: Sentence, i: int, ends: Container[int] = frozenset()
                 ) -> tuple[int, int] | None:
    """Token range [a, i) of a title right before the name starting at token i. `ends`: the
    token positions where other people's names end; a title does not reach back over one of
    them and the conjunction after it ("Prime Minister Keir Starmer and Chancellor Rachel
    Reeves": Reeves' title is "Chancellor")."""
    j = i - 1
    a = i
    has_head = False
    while j >= 0:
        t = toks[j][NORM]
        lt = t.lower()
        if lt in HONORIFICS or (j in ends and lt in ("and", "&", "or", ",")):
            break
        if lt in ROLE_HEADS:
            has_head = True
        elif _cap(t) and t not in ('"', "'"):
            pass
        elif lt in ("of", "for", "'s", "and", "&", "the") and a < i:
            pass
        elif lt in ROLE_MODS and lt not in ("the", "of", "for", "and", "&", "'s", "-") and a < i:
            pass
        else:
            break
        a = j
        j -= 1
    # trim function words at the left edge, and a sentence-initial "The"
    while a < i and toks[a][NORM].lower() in ("of", "for", "and", "&", "'s", "the", "-"):
        a += 1
    if not has_head or a >= i:
        return None
    # the title must end with (or be made of) role words, not a stray capitalized word
    if toks[i - 1][NORM].lower() not in ROLE_HEADS and not any(
            toks[k][NORM].lower() in ROLE_HEADS for k in range(a, i)):
        return None
    return a, i


def apposition_before(toks: Sentence, i: int) -> tuple[int, int] | None:
    """"Lima's city mayor, Ana Ruiz": the phrase before a comma before the name."""
    if i < 2 or toks[i - 1][NORM] != "," or toks[i - 2][NORM].lower() not in ROLE_HEADS:
        return None
    j = i - 2
    a = j
    while j >= 0 and i - 1 - j <= 6:
        t = toks[j][NORM]
        if t.lower() in _STOP_BACK or t.lower() in ("in", "to", "on", "at", "by", "with", "from"):
            break
        a = j
        j -= 1
    if j >= 0 and toks[j][NORM].lower() not in ("the", "a", "an", ",", "(") and j > 0:
        # the phrase must start a clause or follow a determiner/comma
        if toks[j][NORM] not in (",", "(", '"'):
            return None
    return a, i - 1


def apposition_after(toks: Sentence, e: int) -> tuple[int, int] | None:
    """"Ana Ruiz, the mayor of Lima,": the phrase after the name's comma."""
    n = len(toks)
    if e >= n or toks[e][NORM] != ",":
        return None
    a = e + 1
    if a < n and toks[a][NORM].lower() in ("the", "a", "an"):
        a += 1
    k = a
    head = False
    while k < n and k - a < 9:
        t = toks[k][NORM]
        lt = t.lower()
        if t in (",", ".", ";", ":", ")", '"', "(") or lt in ("said", "says", "told", "who", "which",
                                                             "was", "is", "has", "had", "will"):
            break
        if lt in ROLE_HEADS:
            head = True
        k += 1
    if not head or k == a or k >= n or toks[k][NORM] not in (",", ".", ";", ")"):
        return None
    # the head must come early: "the mayor of X", "X's foreign minister"
    first_head = next(j for j in range(a, k) if toks[j][NORM].lower() in ROLE_HEADS)
    if first_head - a > 4:
        return None
    return a, k
