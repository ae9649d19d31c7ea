"""Conventions of modern news that 1996 Reuters did not teach the tagger.

Each function takes the sentences and the tagged spans (see `Span` in the package) and returns
the spans fixed; `find_mentions` runs them in order:

- `party_state`: "Sen. David Vitter (R-La.)", "(D-Texas)": a party-state tag is no actor (not
  an organization; its state is an attribute of the person, not a place the story is about).
- `handles`: "@JohnMelloy", "#MAGA": social-media handles and hashtags are no names in prose.
- `edges`: a name never ends in "No." ("Best Buy for the No. 2 spot") or in a small word, and a
  lower-case word that cannot sit inside a name ("Wal-Mart as No.") splits it.
- `sentence_openers`: "Automaker GM said": an ordinary word that opens a sentence, that the text
  never capitalizes elsewhere and that no name list has, is no part of the name after it when
  that name stands on its own elsewhere in the text or in the name lists.
- `lone_openers`: "Additional reporting by": the same for a lone word that opens a sentence.
- `glued_person`: "Supreme Court Justice Antonin Scalia", "Chrysler LLC Jim Press": a person
  the text names on their own elsewhere comes off the organization glued before them, and the
  role words between go.
- `groups`: "Hispanics", "Muslims", "Latino voters": people by origin or faith are no actor.
- `person_modifier`: "the Obama administration", "the Clinton campaign": a surname before the
  words of a politician's entourage is that person, not a place or an organization.
- `product_shape`: "iPhone", "eBay" (a lower-case first letter, a capital inside) name a
  product or company, never a person or place.
- `numbered`: "BBC Radio 4", "Channel 4", "Interstate 95" keep their number; "G7", "G-20" are
  organizations.
- `place_of_place`: "over Lockerbie, Scotland": a name before a comma and a known place is a
  place.
- `speaking_openers`: "Maersk said on Tuesday": an unknown name that opens a sentence and
  speaks is an organization (a person when the text says so).
- `results_lines`: "Sale 31 Wasps 33": both sides of a result line are named.
- `datelines`: "NICE, France 1996-08-30", "BRUSSELS (Reuters) -": where a story was filed
  from is a place.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .persons import PARTICLES
from .tokenizer import END, NORM, START

if TYPE_CHECKING:  # the package's Span; imported there, not here, to avoid a cycle
    from . import Span
    from .tokenizer import Sentence

_PARTY = re.compile(r"^[DRI]-([A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?)$")
# lower-case words that may sit inside a name ("Bank of America", "Banco de Chile")
CONNECTORS = frozenset("""
of the and for de del della di da do dos das du des la le les el van von der den ter zu y e
on in at upon &
""".split())
_ROLEISH = frozenset("""
president vice chief executive officer chairman chairwoman director secretary minister spokesman
spokeswoman spokesperson justice judge general commander deputy senior assistant associate
managing acting former interim head manager analyst economist strategist administrator
undersecretary counsel attorney commissioner ambassador governor senator representative mayor
""".split())
_GROUP_SUFFIX = ("ans", "ims", "inos", "anos", "inas", "ists", "ics")
_ADJ_SUFFIX = ("ino", "ina", "ic", "im", "ian", "ean", "ese", "ish")


def _mk(sp: "Span", s: "Sentence", a: int, b: int, lab: str | None = None) -> "Span":
    return type(sp)(sp.si, a, b, lab or sp.lab, s[a][START], s[b - 1][END],
                    tuple(t[NORM] for t in s[a:b]))


def party_state(spans) -> list:
    return [sp for sp in spans if not (sp.b - sp.a == 1 and len(sp.words) == 1
                                       and _PARTY.match(sp.words[0]))]


def handles(text: str, spans) -> list:
    return [sp for sp in spans
            if not (sp.start > 0 and text[sp.start - 1] in "@#") and sp.words[0][:1] not in "@#"]


def edges(sents, spans) -> list:
    out = []
    for sp in spans:
        if sp.b - sp.a != len(sp.words):  # a part of a token ("U.S." of "U.S.-Canada")
            out.append(sp)
            continue
        s = sents[sp.si]
        a, b = sp.a, sp.b
        while b - a >= 2 and s[b - 1][NORM] in ("No.", "Nos.", "No"):
            b -= 1
        while b - a >= 2 and s[b - 1][NORM].lower() in CONNECTORS:
            b -= 1
        # split at a lower-case word that no name holds
        cut = a
        pieces = []
        for k in range(a, b + 1):
            if k == b or (s[k][NORM].islower() and s[k][NORM] not in CONNECTORS
                          and s[k][NORM] not in PARTICLES  # "Osama bin Laden"
                          and "-" not in s[k][NORM] and s[k][NORM][:1].isalpha()):
                if cut < k:
                    pieces.append((cut, k))
                cut = k + 1
        if pieces == [(sp.a, sp.b)]:
            out.append(sp)
            continue
        for x, y in pieces:
            while y - x >= 1 and s[y - 1][NORM].lower() in CONNECTORS:
                y -= 1
            while y - x >= 1 and s[x][NORM].lower() in CONNECTORS:
                x += 1
            if y > x and s[x][NORM][:1].isupper():
                out.append(_mk(sp, s, x, y))
    return out


# words that take a number into the name they head: a broadcaster's station ("BBC Radio 4",
# "Channel 4", "RTL 4") or a road or terminal ("Interstate 95", "Route 66", "Terminal 5")
_NUMBERED = {w: "ORG" for w in "radio channel tv canal kanal antenne antena".split()}
_NUMBERED.update((w, "LOC") for w in "interstate interstates route highway terminal".split())
_NUMBER = re.compile(r"\d{1,3}")
# groups of countries named by a number ("G7", "G-20")
_G_GROUP = re.compile(r"G-?(?:7|8|10|15|20|24|77)")


# where either can be (most texts have neither: no pass over their tokens)
_NUMBERED_AT = re.compile(r"(?:" + "|".join(sorted((w.capitalize() for w in _NUMBERED), key=len, reverse=True))
                          + r"|TV)\s+\d|G-?\d")


def numbered(text, sents, spans, span_type) -> list:
    """"BBC Radio 4", "Channel 4", "Interstate 95": a number after a word that takes one
    belongs to the name (the tagger, taught by sports results where a number after a name is a
    score, leaves it out); "G7", "G-20" are organizations. `span_type`: the package's Span."""
    at = [m.start() for m in _NUMBERED_AT.finditer(text)]
    if not at:
        return spans
    covered: dict[tuple[int, int], object] = {}
    for sp in spans:
        for k in range(sp.a, sp.b):
            covered[(sp.si, k)] = sp
    out = list(spans)
    for si, s in enumerate(sents):
        i = bisect.bisect_left(at, s[0][START])
        if i == len(at) or at[i] >= s[-1][END]:
            continue
        for k, t in enumerate(s):
            w = t[NORM]
            if _G_GROUP.fullmatch(w):
                sp = covered.get((si, k))
                if sp is None:
                    out.append(span_type(si, k, k + 1, "ORG", t[START], t[END], (w,)))
                elif sp.b - sp.a == 1:
                    sp.lab = "ORG"
                continue
            lab = _NUMBERED.get(w.lower())
            if lab is None or not w[:1].isupper() or k + 1 >= len(s) or \
                    not _NUMBER.fullmatch(s[k + 1][NORM]) or \
                    (k + 2 < len(s) and s[k + 2][NORM][:1].isdigit()):
                continue
            sp = covered.get((si, k))
            if (si, k + 1) in covered:
                if sp is covered[(si, k + 1)] and sp.lab == "MISC" and sp.b == k + 2:
                    sp.lab = lab  # "Interstate 95" taken whole, for a miscellaneous name
                continue
            if sp is None:
                new = span_type(si, k, k + 2, lab, t[START], s[k + 1][END], (w, s[k + 1][NORM]))
                out.append(new)
                covered[(si, k)] = covered[(si, k + 1)] = new
            elif sp.b == k + 1 and sp.b - sp.a == len(sp.words):
                sp.b += 1
                sp.end = s[k + 1][END]
                sp.words = sp.words + (s[k + 1][NORM],)
                if sp.lab != "MISC":
                    sp.lab = lab
                covered[(si, k + 1)] = sp
    return out


def sentence_openers(sents, spans, lower, cap_mid, name_words, is_lower_word, known) -> list:
    keys = {sp.key for sp in spans}
    for sp in spans:
        if sp.b - sp.a < 2 or sp.b - sp.a != len(sp.words):
            continue
        s = sents[sp.si]
        if sp.a > 0 and s[sp.a - 1][NORM] not in ('"', "'", "(", "-", ":"):
            continue
        w = s[sp.a][NORM]
        lw = w.lower()
        if w.isupper() or lw in cap_mid or lw in name_words or not is_lower_word(lw, lower):
            continue
        rest = " ".join(sp.words[1:]).lower()
        if not s[sp.a + 1][NORM][:1].isupper() or not (rest in keys or rest in known):
            continue
        sp.a += 1
        sp.start = s[sp.a][START]
        sp.words = sp.words[1:]
    return spans


def lone_openers(sents, spans, lower, cap_mid, known, places, is_lower_word) -> list:
    """"Additional reporting by ...", "Watch: ...": a lone capitalized word that opens a sentence,
    that is an ordinary word of English, that the text never capitalizes elsewhere and that no
    name list has, is no name."""
    out = []
    for sp in spans:
        if len(sp.words) == 1 and sp.b - sp.a == 1:
            s = sents[sp.si]
            w = sp.words[0]
            lw = w.lower()
            if (sp.a == 0 or s[sp.a - 1][NORM] in ('"', "'", "(", "-", ":")) and not w.isupper() \
                    and lw not in cap_mid and lw not in known and lw not in places \
                    and is_lower_word(lw, lower):
                continue
        out.append(sp)
    return out


def glued_person(sents, spans, lower) -> list:
    persons = {sp.words for sp in spans if sp.lab == "PER" and len(sp.words) >= 2
               and sp.b - sp.a == len(sp.words)}
    if not persons:
        return spans
    out = []
    for sp in spans:
        w = sp.words
        done = False
        if sp.lab in ("ORG", "LOC", "MISC") and len(w) >= 3 and sp.b - sp.a == len(w):
            for k in range(1, len(w) - 1):
                if w[k:] in persons:
                    s = sents[sp.si]
                    m = sp.a + k
                    out.append(_mk(sp, s, m, sp.b, "PER"))
                    j = m
                    while j > sp.a and (s[j - 1][NORM].lower() in _ROLEISH
                                        or s[j - 1][NORM].lower() in CONNECTORS):
                        j -= 1
                    if j > sp.a and not (j - sp.a == 1 and s[sp.a][NORM].lower() in lower):
                        out.append(_mk(sp, s, sp.a, j, "ORG" if sp.lab == "MISC" else sp.lab))
                    done = True
                    break
        if not done:
            out.append(sp)
    return out


def groups(sents, spans, names, places) -> list:
    out = []
    for sp in spans:
        if len(sp.words) == 1 and sp.lab in ("ORG", "LOC") and sp.b - sp.a == 1:
            w = sp.words[0]
            lw = w.lower()
            known = names.get(lw) in ("ORG", "LOC", "PER") or lw in places
            if not known and w[:1].isupper() and not w.isupper():
                if lw.endswith(_GROUP_SUFFIX) and names.get(lw[:-1]) not in ("ORG", "LOC"):
                    continue  # "Hispanics", "Muslims", "Latinos"
                s = sents[sp.si]
                if lw.endswith(_ADJ_SUFFIX) and sp.b < len(s) and s[sp.b][NORM].isalpha() \
                        and s[sp.b][NORM].islower():
                    continue  # "Latino voters"
        out.append(sp)
    return out


def product_shape(spans) -> list:
    for sp in spans:
        w = sp.words[0]
        if sp.lab in ("PER", "LOC") and len(w) > 2 and w[0].islower() and w[1].isupper():
            sp.lab = "ORG"
    return spans


def strong_org(sents, spans) -> list:
    """"Northrop Grumman CEO Ron Sugar", "Lockheed Martin shares": a name followed by a
    company's words is an organization, everywhere in the text."""
    cues = {"ceo", "cfo", "coo", "shares", "shareholders", "stock", "subsidiary", "chief-executive"}
    org: set[str] = set()
    for sp in spans:
        s = sents[sp.si]
        if sp.lab == "PER" and sp.b < len(s) and sp.b - sp.a == len(sp.words) and \
                s[sp.b][NORM].lower() in cues:
            org.add(sp.key)
    if org:
        for sp in spans:
            if sp.key in org:
                sp.lab = "ORG"
    return spans


_ENTOURAGE = frozenset("administration administration's campaign campaign's presidency aides "
                       "aide family era loyalists allies surrogates camp".split())


def person_modifier(sents, spans, words) -> list:
    surnames = {sp.words[-1].lower() for sp in spans if sp.lab == "PER"}
    for sp in spans:
        if sp.lab in ("LOC", "ORG") and len(sp.words) == 1 and sp.b - sp.a == 1:
            s = sents[sp.si]
            if sp.b < len(s) and s[sp.b][NORM].lower() in _ENTOURAGE:
                lw = sp.key
                if lw in surnames or any(g in ("PERl", "PERu") for g in words.get(lw, ())):
                    sp.lab = "PER"
    return spans


# ---------------------------------------------------------------- company or person, per actor

_CORP_NOUNS = frozenset("""
company companies firm firms automaker automakers carmaker carmakers manufacturer manufacturers
maker makers airline airlines bank banks lender lenders insurer insurers retailer retailers
contractor contractors conglomerate giant giants competitor competitors startup start-up
brokerage publisher publishers broadcaster broadcasters chipmaker chipmakers supplier suppliers
producer producers corporation corporations group groups fund funds developer developers
operator operators subsidiary subsidiaries rivals manufacturing
""".split())
# what else an apposition calls an organization ("X, the farmers' lobby")
_BODY_NOUNS = frozenset("""
lobby association union federation confederation organisation organization body party alliance
coalition movement committee council agency charity club team newspaper daily weekly
institute foundation think-tank league cooperative co-operative syndicate
""".split())
_CORP_AFTER = frozenset("""
inc inc. corp corp. co co. ltd ltd. llc plc ag sa s.a. nv n.v. gmbh shares stock stocks
shareholders stockholders ceo cfo coo subsidiary subsidiaries
""".split())
# a company's legal suffix ("Acme Corp.", "Banco X SA")
CORP_SUFFIXES = frozenset("inc inc. corp corp. co co. cos cos. ltd ltd. llc plc ag gmbh sa s.a. nv "
                          "n.v. lp llp".split())
_MARKET = frozenset("shares stock stocks shareholders stockholders".split())
_CORP_POSS = frozenset("""
ceo cfo coo chief shares stock stocks subsidiary subsidiaries unit division headquarters factory
factories plant plants earnings profit profits revenue revenues shareholders stockholders
board market brand brands customers
""".split())
_CORP_KIN = frozenset("rival rivals competitor subsidiary parent unit division partner arm".split())
_CORP_ROLE = frozenset("""
analyst analysts strategist strategists economist economists executive executives employee
employees engineer engineers shareholders ceo cfo coo investors
""".split())
_REPORTED = re.compile(r"\s+(?:reported|posted|announced|forecast)\s+(?:a\s+|an\s+|its\s+|record\s+|"
                       r"higher\s+|lower\s+|quarterly\s+|annual\s+)*(?:earnings|profits?|loss(?:es)?|"
                       r"revenues?|sales|results)\b", re.I)
_PERSON_AFTER = re.compile(r"\s*(?:,\s*who\b|\s+(?:said|says|told|added)\s+(?:that\s+)?(?:he|she)\b)")


def _index(spans) -> tuple[dict, dict]:
    by_end: dict[tuple[int, int], object] = {}
    by_start: dict[tuple[int, int], object] = {}
    for sp in spans:
        if sp.b - sp.a == len(sp.words):
            by_end[(sp.si, sp.b)] = sp
            by_start.setdefault((sp.si, sp.a), sp)
    return by_end, by_start


def org_cue(text, s, sp, by_end, by_start, place: bool = False, known=None) -> bool:
    """A company's cue around one mention (see `company_cues`). For a known place, "shares"
    after it does not count ("Tokyo shares fell")."""
    nxt = s[sp.b][NORM].lower() if sp.b < len(s) else ""
    nxt2 = s[sp.b + 1][NORM].lower() if sp.b + 1 < len(s) else ""
    if (nxt in _CORP_AFTER and not (place and nxt in _MARKET)) or (nxt in ("'s", "’s") and (nxt2 in _CORP_POSS or nxt2 == "rival")) \
            or _REPORTED.match(text, sp.end, sp.end + 60):
        return True
    if nxt == "," and nxt2 in ("a", "an", "the"):
        # "Nissan, the automaker", "Magna, a Canadian automobile parts company", "Copa-Cogeca,
        # the EU farmers' group"
        for i in range(sp.b + 2, min(len(s), sp.b + 7)):
            lt = s[i][NORM].lower()
            if lt in ("'", "'s"):
                continue  # a possessive inside the apposition: "the farmers' group"
            after = s[i + 1][NORM] if i + 1 < len(s) else "."
            if (lt in _CORP_NOUNS or lt in _CORP_KIN or lt in _BODY_NOUNS) and (
                    # the head, not "the bank chief" nor "the party's stronghold"
                    (not after.isalpha() and after not in ("'", "'s"))
                    or after in ("of", "that", "which", "based", "in", "with")):
                return True
            if not lt[:1].isalpha() or lt in ("of", "that", "which", "who", "and"):
                break
    # the noun before the name, or before the list the name is in ("Toyota, Nissan and")
    j = sp.a
    if (j >= 2 and s[j - 1][NORM] in ("and", "or")) or nxt in (",", "and", "or"):
        while j >= 2 and s[j - 1][NORM] in (",", "and", "or") and (sp.si, j - 1) in by_end:
            j = by_end[(sp.si, j - 1)].a
    before = s[j - 1][NORM].lower() if j > 0 else ""
    if before == "as" and j >= 3 and s[j - 2][NORM].lower() == "such":  # "banks such as HSBC"
        before = s[j - 3][NORM].lower()
    if before in _CORP_NOUNS or (before in ("for", "at", "of") and j >= 2
                                 and s[j - 2][NORM].lower() in _CORP_ROLE):
        return True
    # coordinated with an organization: "Boeing and Lockheed Martin" (for a name tagged a
    # place, one the name lists know: "Nice and Paris St Germain", not a neighbouring place
    # the tagger got wrong)
    if sp.a >= 2 and s[sp.a - 1][NORM] in ("and", "or"):
        other = by_end.get((sp.si, sp.a - 1))
        if other is not None and other.lab == "ORG" and (known is None or known.get(other.key) == "ORG"):
            return True
    if nxt in ("and", "or"):
        other = by_start.get((sp.si, sp.b + 1))
        if other is not None and other.lab == "ORG" and (known is None or known.get(other.key) == "ORG"):
            return True
    # an apposition: "Lockheed Martin, Boeing's rival"
    if nxt == "," and sp.b + 3 < len(s):
        other = by_start.get((sp.si, sp.b + 1))
        if other is not None and other.lab in ("ORG", "MISC") and other.b + 1 < len(s) and \
                s[other.b][NORM] in ("'s", "’s") and s[other.b + 1][NORM].lower() in _CORP_KIN:
            return True
    return False


def company_cues(text, sents, spans, first_names, words, titles) -> list:
    """"Lockheed Martin, Boeing's rival", "auto companies Toyota, Nissan and Honda", "strategist
    for Invesco AIM", "X shares", "X Inc.", "X reported a loss": a name the tagger took for a
    person, or for a miscellaneous name ("Boeing", as in "Boeing 747"), is an organization
    when the article anywhere gives it a company's cue and nowhere a person's (a first name, a
    title, "who", "said he"). One decision per name."""
    # "Boeing Co." anywhere: "Boeing" is that company
    cues: set[str] = {" ".join(sp.words[:-1]).lower() for sp in spans if len(sp.words) >= 2
                      and sp.lab == "ORG" and sp.words[-1].lower() in CORP_SUFFIXES}
    person: set[str] = set()
    by_end, by_start = _index(spans)
    for sp in spans:
        if sp.lab not in ("PER", "MISC") or sp.b - sp.a != len(sp.words):
            continue
        s = sents[sp.si]
        k = sp.key
        w0 = sp.words[0].lower()
        if sp.lab == "MISC" and ("-" in k or k.endswith(_NATIONALITY)):
            continue  # "American", "Chicago-based": an adjective, not a company
        if w0 in first_names or (len(sp.words) > 1 and "PERb" in words.get(w0, ())
                                 and "ORGb" not in words.get(w0, ())):
            person.add(k)
        prev = s[sp.a - 1][NORM].lower() if sp.a > 0 else ""
        if prev in titles or _PERSON_AFTER.match(text, sp.end):
            person.add(k)
        if k not in person and k not in cues and org_cue(text, s, sp, by_end, by_start):
            cues.add(k)
    # a surname of a person named in full is a person's
    person |= {k.split()[-1] for k in person if " " in k}
    org = cues - person
    if org:
        for sp in spans:
            if sp.key in org and sp.lab in ("PER", "MISC"):
                sp.lab = "ORG"
    return spans


_NATIONALITY = _ADJ_SUFFIX + ("an", "ch", "i", "ans", "ese")
_MEDIA_BEFORE = frozenset(("told", "via", "on"))
_MEDIA_AFTER = frozenset("""
said says reported reports announced told wrote tweeted posted launched released acquired bought
sold hired fired sued unveiled confirmed declined users subscribers
""".split())
_LOCATIVE = frozenset("in at from near to of across around outside inside into within".split())
_MEDIA_POSS = frozenset("""
website site app apps users subscribers platform service founder co-founder owner reporting
report coverage editor
""".split())


def media_cues(text, sents, spans, places, names) -> list:
    """"told Bloomberg", "according to Hulu", "on Instagram", "Instagram's users", "X reported":
    a name the tagger took for a place that no gazetteer knows is an organization when the
    article gives it a medium's cue, and any name but the places the tagger learned when it
    gives it a company's cue (see `company_cues`). One decision per name."""
    cues: set[str] = set()
    by_end, by_start = _index(spans)
    for sp in spans:
        if sp.lab != "LOC" or sp.b - sp.a != len(sp.words):
            continue
        k = sp.key
        if k in cues or names.get(k) == "LOC":
            continue
        s = sents[sp.si]
        # a company's cue outweighs a gazetteer's namesake town ("Magna"), but not one a place
        # may have as well ("Tokyo shares")
        acronym = sp.words[0].isupper() and sp.words[0].isalpha() and len(sp.words) == 1
        if org_cue(text, s, sp, by_end, by_start, place=k in places,
                    known=None if acronym else names):  # "IBM and Compaq"
            cues.add(k)
            continue
        if k in places:
            continue
        prev = s[sp.a - 1][NORM].lower() if sp.a > 0 else ""
        prev2 = s[sp.a - 2][NORM].lower() if sp.a > 1 else ""
        nxt = s[sp.b][NORM].lower() if sp.b < len(s) else ""
        nxt2 = s[sp.b + 1][NORM].lower() if sp.b + 1 < len(s) else ""
        if (prev in _MEDIA_BEFORE and (prev != "on" or nxt in (".", ",", ";", ")", ""))) \
                or (prev2, prev) == ("according", "to") \
                or (nxt in _MEDIA_AFTER and prev not in _LOCATIVE) \
                or (nxt in ("'s", "’s") and nxt2 in _MEDIA_POSS):
            cues.add(k)  # not "a town on X's coast", "police in X said"
    if cues:
        for sp in spans:
            if sp.key in cues and sp.lab == "LOC":
                sp.lab = "ORG"
    return spans


_EDGE_TAGS = frozenset(f"{k}{p}" for k in ("ORG", "LOC", "PER") for p in "blu")


def generic_acronyms(sents, spans, names, heads, lower, is_lower_word, vocab) -> list:
    """"Maintenance, Repair and Overhaul (MRO) operations": an acronym the text introduces for
    a Title Case phrase of ordinary words, with no organization head ("Agency", "Council"), no
    word that begins or ends a name the tagger learned ("United", "Force", "Communications")
    and no name the lists know, names a kind of work or thing, not an actor: neither the
    phrase nor the acronym is a mention, anywhere in the text."""
    drop_keys: set[str] = set()
    drop_tokens: set[tuple[int, int]] = set()
    for si, s in enumerate(sents):
        if len(s) < 4:
            continue
        for k in range(2, len(s) - 1):
            if s[k + 1][NORM] != ")" or s[k - 1][NORM] != "(":
                continue
            acr = s[k][NORM].replace(".", "")
            if not (2 <= len(acr) <= 8 and acr.isalpha() and acr.isupper()):
                continue
            j, letters, words = k - 1, "", []
            while j > 0 and len(letters) < len(acr):
                w = s[j - 1][NORM]
                if w[:1].isupper() and w[:1].isalpha():
                    letters = w[0] + letters
                    words.append(w.lower())
                elif w.lower() not in ("and", "&", "of", "the", "for", ","):
                    break
                j -= 1
            if letters != acr or len(words) < 2:
                continue
            phrase = " ".join(t[NORM].lower() for t in s[j:k - 1] if t[NORM] != ",")
            if phrase in names or any(w in heads or not is_lower_word(w, lower)
                                      or _EDGE_TAGS.intersection(vocab.get(w, ())) for w in words):
                continue
            drop_keys.add(acr.lower())
            drop_tokens.update((si, x) for x in range(j, k - 1))
    if not drop_keys:
        return spans
    return [sp for sp in spans
            if sp.key.replace(".", "") not in drop_keys
            and not any((sp.si, x) in drop_tokens for x in range(sp.a, sp.b))]


# ---------------------------------------------------------------- who opens a sentence and speaks

_SPEAKS = frozenset("""
said says told announced reported added warned confirmed denied stated noted explained insisted
argued claimed estimated expects predicted forecast posted tweeted wrote
""".split())
_CALENDAR = frozenset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december
""".split())
_BYLINE = re.compile(r"\s+(?:reported|wrote)\s+from\b|\s+contributed\b")


def speaking_openers(text, sents, spans, lower, is_lower_word, first_names, titles,
                     opening_words, span_type) -> list:
    """"Maersk said on Tuesday it would cut jobs": the tagger, which learned that the first word
    of a sentence is capitalized anyway, leaves an unknown name there alone; one to three
    capitalized words that open a sentence, that are no ordinary words of English, and that
    say, tell, announce or warn, are someone. A person when the first is a given name, a
    word of a person named in the text, after a title ("Mr. Conant said"), or when the text
    goes on "said he" or "reported from" (a byline); else an organization."""
    covered = {(sp.si, k) for sp in spans for k in range(sp.a, sp.b)}
    people = {w.lower() for sp in spans if sp.lab == "PER" and len(sp.words) >= 2
              for w in (sp.words[0], sp.words[-1])}
    out = list(spans)
    for si, s in enumerate(sents):
        k = 0
        while k < len(s) and s[k][NORM] in ('"', "'", "(", "-", "--"):
            k += 1
        j = k
        while j < len(s) and j - k <= 3 and s[j][NORM][:1].isupper() and (si, j) not in covered:
            j += 1
        if j == k or j - k > 3 or j >= len(s) or s[j][NORM].lower() not in _SPEAKS \
                or s[j][NORM].isupper():  # not an all-caps headline: "ROMNEY SAYS"
            continue
        person = False
        while k < j and s[k][NORM].lower() in titles:
            k += 1
            person = True
        if k == j:
            continue
        words = [t[NORM] for t in s[k:j]]
        low = [w.lower() for w in words]
        if len(words[0]) < 2 or not all(w[:1].isalpha() for w in words) \
                or any(w in _CALENDAR for w in low) or low[0] in opening_words \
                or is_lower_word(low[0], lower):
            continue
        person = person or low[0] in first_names or any(w in people for w in low) \
            or bool(_PERSON_AFTER.match(text, s[j - 1][END])) or bool(_BYLINE.match(text, s[j - 1][END]))
        out.append(span_type(si, k, j, "PER" if person else "ORG", s[k][START], s[j - 1][END],
                             tuple(words)))
    return out


# ---------------------------------------------------------------- datelines

_DATE_TOKEN = re.compile(r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4}")


def _caps_word(w: str) -> bool:
    return len(w) > 1 and w[:1].isalpha() and w.isupper()


def datelines(text, sents, spans, names, places, span_type) -> list:
    """"NEW YORK 1996-08-30", "NICE, France 1996-08-30", "BRUSSELS (Reuters) - The ...": the
    place a story was filed from is a place, whatever the story makes of the name (a club,
    "Nice", "Milan"; a team, "New York") and whatever the tagger took it for. A name the lists
    know as an organization's and not as a place's stays one ("UNITED NATIONS 1996-08-29")."""
    by_sent: dict[int, list] = {}
    for sp in spans:
        by_sent.setdefault(sp.si, []).append(sp)
    out = list(spans)
    for si, s in enumerate(sents):
        if not s or not _caps_word(s[0][NORM]) or (s[0][START] > 0 and text[s[0][START] - 1] not in "\n\r"):
            continue
        n = len(s)
        a = 0
        while a < n and (_caps_word(s[a][NORM]) or (a > 0 and s[a][NORM] in ("-", "'"))):
            a += 1
        parts = [(0, a)]
        k = a
        if k + 1 < n and s[k][NORM] == ",":
            b = k + 1
            while b < n and s[b][NORM][:1].isupper() and s[b][NORM][:1].isalpha():
                b += 1
            if b > k + 1:
                parts.append((k + 1, b))
            k = b
        if k + 2 < n and s[k][NORM] == "(" and s[k + 2][NORM] == ")":
            k += 3
        dated = k < n and bool(_DATE_TOKEN.fullmatch(s[k][NORM]))
        if dated:
            k += 1
        elif k < n and s[k][NORM] in ("-", "--"):
            k += 1
            # the story goes on in mixed case on the same line: not a headline "GOLF - SCORES"
            nxt = sents[si + 1] if si + 1 < len(sents) else []
            if not nxt or text.count("\n", s[-1][END], nxt[0][START]) or all(
                    _caps_word(t[NORM]) for t in nxt if t[NORM][:1].isalpha()):
                continue
        else:
            continue
        if k != n or a == 0:
            continue
        mine = by_sent.get(si, [])
        for x, y in parts:
            hit = [sp for sp in mine if x <= sp.a and sp.b <= y]
            if len(hit) > 1 and all(sp.b - sp.a == len(sp.words) for sp in hit):
                gone = {id(sp) for sp in hit}  # one place: "Faroe" "Islands" -> "Faroe Islands"
                out = [sp for sp in out if id(sp) not in gone]
                hit = [span_type(si, x, y, "LOC", s[x][START], s[y - 1][END],
                                 tuple(t[NORM] for t in s[x:y]))]
                out.append(hit[0])
            for sp in hit:
                if (names.get(sp.key) != "ORG" or sp.key in places) and sp.b - sp.a == len(sp.words):
                    sp.lab = "LOC"
            if dated and not hit and not any(sp.a < y and sp.b > x for sp in mine):
                w = tuple(t[NORM] for t in s[x:y])
                if names.get(" ".join(w).lower()) in (None, "LOC"):
                    out.append(span_type(si, x, y, "LOC", s[x][START], s[y - 1][END], w))
    return out


# words of a name that make it no place ("Acme Corp, Ohio")
_NOT_PLACE_WORDS = CORP_SUFFIXES | frozenset("""
bank group company corporation university college institute association council committee party
agency ministry department
""".split())


def place_of_place(sents, spans, names, places) -> list:
    """"over Lockerbie, Scotland", "Tacambaro, Michoacan": a name followed by a comma and a place
    the lists know (not "Canada's": "Magna, Canada's largest parts maker") is a place in that
    place, whatever the tagger made of it; one decision per name. Names the lists know as an
    organization's or a person's keep theirs ("Michigan National Bank, Detroit"), and so does a
    person named in full ("Amra Kevic, Belgrade newsroom")."""
    cands = [sp for sp in spans if sp.lab in ("ORG", "PER") and sp.b - sp.a == len(sp.words)
             and sp.b + 1 < len(sents[sp.si]) and sents[sp.si][sp.b][NORM] == ","]
    if not cands:
        return spans
    by_start: dict[tuple[int, int], object] = {}
    for sp in spans:
        if sp.b - sp.a == len(sp.words):
            by_start.setdefault((sp.si, sp.a), sp)
    found: set[str] = set()
    for sp in cands:
        if sp.key in found:
            continue
        s = sents[sp.si]
        other = by_start.get((sp.si, sp.b + 1))
        if other is None or other.lab != "LOC" or not (other.key in places or names.get(other.key) == "LOC"):
            continue
        if other.b < len(s) and s[other.b][NORM] in ("'s", "'"):
            continue
        if names.get(sp.key) in ("ORG", "PER", "MISC") or len(sp.words) > 3 \
                or (sp.lab == "PER" and len(sp.words) > 1) \
                or any(w.lower() in _NOT_PLACE_WORDS for w in sp.words):
            continue
        found.add(sp.key)
    if found:
        for sp in spans:
            if sp.key in found and sp.lab in ("ORG", "PER"):
                sp.lab = "LOC"
    return spans


# ---------------------------------------------------------------- results tables

_SCORE = re.compile(r"\d{1,3}")


def results_lines(sents, spans, span_type) -> list:
    """"Sale 31 Wasps 33", "Newport 29 Caerphilly 10": a line of two names, each followed by a
    score, is a result between two sides; a side the tagger missed is of the other side's kind
    (a club, or a country's team), an organization when nothing says."""
    by_sent: dict[int, list] = {}
    for sp in spans:
        by_sent.setdefault(sp.si, []).append(sp)
    out = list(spans)
    for si, s in enumerate(sents):
        n = len(s)
        if n < 4 or n > 12 or not _SCORE.fullmatch(s[-1][NORM]):
            continue
        sides = []
        k = 0
        while k < n and len(sides) < 3:
            j = k
            while j < n and s[j][NORM][:1].isupper() and s[j][NORM][:1].isalpha():
                j += 1
            if j == k or j >= n or not _SCORE.fullmatch(s[j][NORM]):
                break
            sides.append((k, j))
            k = j + 1
        if len(sides) != 2 or k != n:
            continue
        mine = by_sent.get(si, [])
        found = [[sp for sp in mine if sp.a < b and sp.b > a] for a, b in sides]
        for (a, b), hit, other in ((sides[0], found[0], found[1]), (sides[1], found[1], found[0])):
            if hit:
                continue
            lab = other[0].lab if len(other) == 1 and other[0].lab in ("ORG", "LOC") else "ORG"
            out.append(span_type(si, a, b, lab, s[a][START], s[b - 1][END],
                                 tuple(t[NORM] for t in s[a:b])))
    return out
