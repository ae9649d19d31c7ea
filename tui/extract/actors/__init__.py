"""Actors: people, organizations and places named in a text, aliases merged, roles kept.

Pipeline: tokenize (tokenizer) -> Title Case headlines recased for the tagger (recase) -> tag
with a CRF trained on CoNLL-2003 (features, tagger) -> mentions with document-level fixes (this
module), news conventions (conventions: numbered names, datelines, result lines, speakers
that open a sentence) and people's names the tagger garbled (persons: "de la" particles, a given
name taken for a company or left off at a sentence's start, a company run into a name, a foreign
title) -> actors (merging: one per entity, "US" = "United States") with roles (roles).
Pure functions of the text; the model loads once, lazily, on first use.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from tui.extract.boilerplate import boilerplate_spans
from tui.model import Actor, Mention

from tui.extract.given_names import given_names

from .merging import Raw, display_name, merge
from . import conventions as cv
from . import persons
from .features import TITLE_WORDS
from .recase import is_lower_word, recase
from .roles import ROLE_HEADS, apposition_after, apposition_before, title_before
from .tagger import decode, get_tagger
from .tokenizer import END, NORM, START, TEXT, Sentence, sentences

KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}
TITLES_FOR_ALIAS = frozenset((
    "president", "mr.", "mrs.", "ms.", "dr.", "senator", "sen.", "gov.", "governor", "mayor",
    "judge", "general", "gen.", "king", "queen", "prince", "pope", "minister", "chancellor",
    "premier", "secretary", "ambassador", "professor", "prof.", "sheikh", "princess", "rev.",
    "lord", "sir", "dame", "lady", "cardinal", "bishop", "archbishop", "rabbi", "imam",
    "colonel", "col.", "lt.", "sgt.", "capt.", "captain", "commander", "admiral", "rep.",
    "representative", "justice", "chairman", "coach", "emperor", "empress", "sultan", "emir"))

PLACE_FIRST = frozenset("cape lake mount mt. fort port gulf bay river sea mountains isle "
                        "lake point glacier canyon valley".split())

PLACE_LAST = frozenset("airport street square avenue road bridge island islands river park "
                       "stadium county province district region valley mountains peninsula "
                       "strait canal coast beach harbour harbor boulevard".split())

# abbreviations that are never actors: time zones, currencies, titles, things
NOT_NAMES = frozenset("""
utc gmt est edt cst cdt pst pdt cet cest bst usd eur gbp jpy cny chf aud cad ceo cfo coo cto
gdp tv cd cds dvd pc ipo am pm a.m. p.m. ad bc mph
""".split())

# words that start a sentence, not a name, when the tagger runs them on into one
LEADING_WORDS = frozenset("""
unlike like after before while although though despite with without for from in on at by as
if when whereas meanwhile however but and also both this that these those its his her their
our my according under over since until following including during among between against
yesterday today earlier later then now thus so because
""".split())

__all__ = ["extract_actors"]


@dataclass(slots=True)
class Span:
    si: int          # sentence
    a: int           # first token
    b: int           # end token (exclusive)
    lab: str         # PER ORG LOC MISC
    start: int       # characters
    end: int
    words: tuple[str, ...]

    @property
    def key(self) -> str:
        return " ".join(self.words).lower()


def _caps_sentence(toks: Sentence) -> bool:
    words = [t[NORM] for t in toks if t[NORM][:1].isalpha() and len(t[NORM]) > 1]
    return len(words) >= 1 and all(w.isupper() for w in words) and (
        len(words) >= 2 or len(toks) <= 3)


def find_mentions(text: str) -> tuple[list[Sentence], list[Span]]:
    """Sentences and the names tagged in them."""
    sents = sentences(text, boilerplate_spans(text))
    if not sents:
        return sents, []
    tagger = get_tagger()
    # the words as the tagger sees them, a tuple a sentence (tuples of strings, which the
    # garbage collector stops tracking), tagged as they are read
    seen, titled, cap_mid = recase([tuple([t[NORM] for t in s]) for s in sents], tagger.lower)
    first = given_names()
    spans: list[Span] = []
    for si, (s, tg) in enumerate(zip(sents, tagger.iter_tags(seen))):
        if tg.count("O") == len(tg):
            continue
        for a, b, lab in persons.join_particles(s, decode(tg), first, _HEAD_WORDS):
            # no leading "the" or stray punctuation at the edges of a mention ("The Hague" and
            # "Lord's" keep theirs: the tagger includes those only where they are the name's)
            while a < b and s[a][NORM] in ("the", '"', "'", "(", "-"):
                a += 1
            if s[a][NORM] == "The" and (b - a >= 3 or (b - a == 2 and lab == "ORG" and " ".join(
                    t[NORM] for t in s[a:b]).lower() not in tagger.names)):
                a += 1  # "The New York Times" -> "New York Times", "The Bundestag" (not "The Hague")
            while b - a >= 2 and s[a][NORM].lower() in LEADING_WORDS:  # "Unlike Chrysler"
                a += 1
            a, lab = persons.foreign_title(s, a, b, lab)  # "Президент Владимир Путин"
            # no title inside a person's name: "Prince Norodom Ranariddh" -> "Norodom Ranariddh",
            # "NASA Administrator Bill Nelson" -> NASA (its own name) + "Bill Nelson"
            if b - a == 1 and b < len(s) and s[a][NORM].lower() in _NOT_AFTER_OFFICE \
                    and s[b][NORM].lower() in ROLE_HEADS:
                continue  # the portfolio of a title: "Interior Minister", "Health Secretary"
            while lab == "PER" and b - a >= 2 and s[a][NORM].lower() in TITLES_FOR_ALIAS:
                a += 1
            if lab == "PER" and b - a >= 3:
                j = max((k for k in range(a, b - 1) if s[k][NORM].lower() in ROLE_HEADS), default=-1)
                if j >= a:
                    if j > a and all(t[NORM][:1].isupper() for t in s[a:j]) and not (
                            j - a == 1 and s[a][NORM].lower() in _NOT_AFTER_OFFICE):  # "Interior Minister X"
                        spans.append(Span(si, a, j, "ORG", s[a][START], s[j - 1][END],
                                          tuple(t[NORM] for t in s[a:j])))
                    a = j + 1
            if lab in ("ORG", "LOC") and s[b - 1][NORM].lower() in TITLE_TAIL:
                while b > a and s[b - 1][NORM].lower() in TITLE_TAIL:
                    b -= 1
                while b > a and s[b - 1][NORM].lower() in ("of", "and", "&", "the"):
                    b -= 1
                if b == a:
                    continue
            if lab == "PER" and b - a >= 2 and (s[a][NORM].lower() in PLACE_FIRST
                                                or s[b - 1][NORM].lower() in PLACE_LAST):
                lab = "LOC"  # "Cape Canaveral", "Changi Airport": no one is called that
            while b > a and s[b - 1][NORM] in ("'", '"', ",", ")", "-", "."):
                b -= 1
            if b - a == 1 and s[a][NORM].lower() in NOT_NAMES:
                continue
            # "WASHINGTON, D.C." / "Austin, Texas": two places, not one; "X (Y)": two names;
            # no piece starts or ends in a conjunction ("Daimler-Benz (Mercedes-Benz) and Chrysler")
            cut = a
            for k in range(a, b + 1):
                if k == b or s[k][NORM] in (",", "(", ")"):
                    x, y = cut, k
                    if (x, y) != (a, b):
                        while x < y and s[x][NORM].lower() in _CONJ:
                            x += 1
                        while y > x and s[y - 1][NORM].lower() in _CONJ:
                            y -= 1
                    if x < y:
                        spans.append(Span(si, x, y, lab, s[x][START], s[y - 1][END],
                                          tuple(t[NORM] for t in s[x:y])))
                    cut = k + 1
    places = tagger.featurizer.places
    spans = _role_of_name(sents, spans, tagger.names, tagger.lower)
    spans = _company_then_person(sents, spans)
    spans = _opener_before_officer(sents, spans, tagger.lower, tagger.names, tagger.featurizer.words)
    spans = cv.handles(text, spans)
    spans = cv.party_state(spans)
    spans = cv.edges(sents, spans)
    spans = cv.numbered(text, sents, spans, Span)
    spans = _quote_inside(sents, spans, tagger.names, tagger.lower)
    if titled:
        spans = _title_lines(sents, spans, titled, cap_mid)
    spans = cv.sentence_openers(sents, spans, tagger.lower, cap_mid, tagger.featurizer.words,
                                is_lower_word, tagger.names)
    spans = cv.lone_openers(sents, spans, tagger.lower, cap_mid, tagger.names, places,
                            is_lower_word)
    spans = cv.glued_person(sents, spans, tagger.lower)
    spans = persons.opening_given_name(sents, spans, first, tagger.names, places,
                                       tagger.featurizer.words, _is_lower, _NOT_GIVEN)
    spans = _split_glued(sents, spans)
    vocab = tagger.featurizer.words
    spans = persons.given_name_person(text, sents, spans, first, tagger.names, places, vocab,
                                      _is_lower, _PERSON_NOT, cv.org_cue)
    spans = persons.org_then_person(sents, spans, first, tagger.names, places, vocab, _is_lower,
                                    _PERSON_NOT, _ROLE_WORDS, ORG_HEADS | cv.CORP_SUFFIXES)
    spans = _split_coordinated(sents, spans)
    spans = _acronym_extents(sents, spans)
    spans = _hyphen_parts(sents, spans)
    spans = _kind_rules(sents, spans)
    spans = [sp for sp in spans if not _only_role_words(sp)]
    spans = cv.product_shape(spans)
    spans = cv.person_modifier(sents, spans, tagger.featurizer.words)
    spans = _hearst(sents, spans)
    spans = _propagate(sents, spans)
    spans = _surnames(spans)
    spans = cv.strong_org(sents, spans)
    spans = _lone_words(sents, _consistent(sents, spans))
    spans = cv.place_of_place(sents, spans, tagger.names, places)
    spans = cv.speaking_openers(text, sents, spans, tagger.lower, is_lower_word, first,
                                TITLES_FOR_ALIAS, LEADING_WORDS, Span)
    spans = cv.company_cues(text, sents, spans, given_names(), tagger.featurizer.words,
                            TITLES_FOR_ALIAS)
    spans = cv.media_cues(text, sents, spans, places, tagger.names)
    spans = cv.generic_acronyms(sents, spans, tagger.names, ORG_HEADS, tagger.lower, is_lower_word,
                                tagger.featurizer.words)
    spans = cv.groups(sents, spans, tagger.names, places)
    spans = cv.results_lines(sents, spans, Span)
    return sents, cv.datelines(text, sents, spans, tagger.names, places, Span)


def _title_lines(sents: list[Sentence], spans: list[Span], titled: set[int], cap_mid: set[str]) -> list[Span]:
    """A name in a Title Case headline is one the body names too ("Black Lawmakers Rip Donald
    Trump": "Rip" is no part of the name), or one the name lists know: words at its edges that
    the body never capitalizes come off, and a name none of whose words the body capitalizes,
    that no list knows, is a headline's ordinary words ("Honest Thoughts")."""
    tagger = get_tagger()
    names, places, words = tagger.names, tagger.featurizer.places, tagger.featurizer.words

    def known(ws: tuple[str, ...]) -> bool:
        k = " ".join(ws).lower()
        return k in names or k in places

    def ok(w: str) -> bool:
        return w.lower() in cap_mid or (w.isupper() and len(w) > 1) or not w[:1].isalpha()

    out: list[Span] = []
    for sp in spans:
        if sp.si not in titled or sp.b - sp.a != len(sp.words) or known(sp.words):
            out.append(sp)
            continue
        w = list(sp.words)
        a, b = sp.a, sp.b
        if any(ok(x) for x in w):
            while w and not ok(w[0]) and not known(tuple(w)):
                w.pop(0)
                a += 1
            while w and not ok(w[-1]) and not known(tuple(w)):
                w.pop()
                b -= 1
        elif not any(g.startswith("PER") for g in words.get(w[0].lower(), ())):
            continue
        if not w:
            continue
        if a != sp.a or b != sp.b:
            s = sents[sp.si]
            sp = Span(sp.si, a, b, sp.lab, s[a][START], s[b - 1][END], tuple(w))
        out.append(sp)
    return out


def _lone_words(sents: list[Sentence], spans: list[Span]) -> list[Span]:
    """News names a person in full ("Barack Obama") or with a title ("Mr. Smith") before any
    surname or first name alone. A lone word tagged person that the text never names in full,
    that follows no title, and that the training names never saw as a person's, is an
    organization ("Chrysler said", "Halliburton's")."""
    words = get_tagger().featurizer.words
    full = {sp.words[-1].lower() for sp in spans if sp.lab == "PER" and len(sp.words) >= 2}
    full |= _first_names(spans)  # and a first name alone ("Melania") of a person named in full
    titled = set()
    for sp in spans:
        if sp.lab == "PER" and len(sp.words) == 1 and sp.a > 0 and sp.b - sp.a == 1 and \
                sents[sp.si][sp.a - 1][NORM].lower() in TITLES_FOR_ALIAS:
            titled.add(sp.key)
    places = get_tagger().featurizer.places
    located = {sp.key for sp in spans if sp.lab == "LOC"}
    for sp in spans:
        if sp.lab == "PER" and len(sp.words) == 1 and sp.key not in full and \
                sp.key not in titled and not any(g.startswith("PER") for g in words.get(sp.key, ())):
            # a place the text or the gazetteer knows ("Tavildara", "Lockerbie") is that place
            sp.lab = "LOC" if sp.key in located or sp.key in places else "ORG"
    return spans


def _propagate(sents: list[Sentence], spans: list[Span]) -> list[Span]:
    """A name the tagger found once is the same name where it missed it: untagged
    occurrences of a tagged name of two or more words (or of a one-word name tagged twice,
    never seen lower-case) become mentions."""
    votes: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for sp in spans:
        if sp.b - sp.a == len(sp.words):
            votes[tuple(w.lower() for w in sp.words)][sp.lab] += 1
    if not votes:
        return spans
    singles = {key[0] for key, c in votes.items() if len(key) == 1 and c.total() >= 2}
    lower_seen = {t[NORM] for s in sents for t in s if t[NORM] in singles} if singles else set()
    wanted: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for key, c in votes.items():
        if len(key) == 1 and (c.total() < 2 or key[0] in lower_seen):
            continue
        wanted[key[0]].append(key)
    if not wanted:
        return spans
    covered = {(sp.si, k) for sp in spans for k in range(sp.a, sp.b)}
    for si, s in enumerate(sents):
        low = None
        for k in [k for k, t in enumerate(s) if t[NORM].lower() in wanted]:
            t = s[k]
            if not t[NORM][:1].isupper() or (si, k) in covered:
                continue
            keys = wanted[t[NORM].lower()]
            if low is None:
                low = [x[NORM].lower() for x in s]
            for key in sorted(keys, key=len, reverse=True):
                e = k + len(key)
                if tuple(low[k:e]) == key and not any((si, j) in covered for j in range(k, e)) \
                        and (len(key) > 1 or k > 0):
                    lab = votes[key].most_common(1)[0][0]
                    spans.append(Span(si, k, e, lab, s[k][START], s[e - 1][END],
                                      tuple(x[NORM] for x in s[k:e])))
                    covered.update((si, j) for j in range(k, e))
                    break
    return spans


def _surnames(spans: list[Span]) -> list[Span]:
    """"Barack Obama ... Obama": a lone word that is the last name of a person the text names
    in full is that person, whatever kind the tagger gave it; "Melania Trump ... Melania": a
    lone given name the tagger took for an organization is the person it starts the name of."""
    full: set[str] = set()
    for sp in spans:
        if sp.lab == "PER" and len(sp.words) >= 2 and sp.words[-1][:1].isupper():
            full.add(sp.words[-1].lower())
    if full:
        firsts = _first_names(spans)
        for sp in spans:
            if len(sp.words) == 1 and sp.lab in ("LOC", "ORG") and (
                    sp.key in full or (sp.lab == "ORG" and sp.key in firsts)):
                sp.lab = "PER"
    return spans


_NOT_FIRST = frozenset(("ORGb", "ORGu", "LOCb", "LOCu", "MISCb", "MISCu"))


def _first_names(spans: list[Span]) -> set[str]:
    """The first words of the people the text names in full that are nothing but a name's
    first word: no ordinary word ("Class C"), no name the lists know as a place's or an
    organization's ("Poughkeepsie Savings"), none of a name with an acronym ("Mac OSX")."""
    tagger = get_tagger()
    names, places, words = tagger.names, tagger.featurizer.places, tagger.featurizer.words
    out: set[str] = set()
    seen: set[str] = set()
    for sp in spans:
        if sp.lab != "PER" or len(sp.words) < 2 or sp.b - sp.a != len(sp.words):
            continue
        w = sp.words[0]
        lw = w.lower()
        if lw in seen:
            continue
        seen.add(lw)
        if w.isalpha() and w[0].isupper() and w[1:].islower() and lw not in names \
                and lw not in places and not _NOT_FIRST.intersection(words.get(lw, ())) \
                and all((x[:1].isupper() and x[:1].isalpha()) or x in persons.PARTICLES
                        for x in sp.words) \
                and not any(x.isupper() and len(x) > 2 for x in sp.words) \
                and not is_lower_word(lw, tagger.lower):  # not "Class C", "Mac OSX", "Cisco _"
            out.add(lw)
    return out


_AND_KEEPS = frozenset("""
associates sons son co co. company industry industries technology trade development
cooperation commerce herzegovina tobago principe nevis miquelon futuna caicos barbuda
grenadines mcdonald jerusalem
""".split())


def _split_coordinated(sents: list[Sentence], spans: list[Span]) -> list[Span]:
    """"Johnson Controls and Lear": two names joined by "and" / "or" are two mentions, unless
    the whole is a known name ("Bosnia and Herzegovina"), the "and" sits inside an "of"
    phrase ("Ministry of Trade and Industry") or ends a firm's name ("Smith and Sons")."""
    tagger = get_tagger()
    names, places, words = tagger.names, tagger.featurizer.places, tagger.featurizer.words
    keys = {sp.key for sp in spans}
    out: list[Span] = []
    for sp in spans:
        w = [x.lower() for x in sp.words]
        ks = [k for k, x in enumerate(w) if x in ("and", "or")]
        if (len(ks) != 1 or sp.b - sp.a != len(w) or sp.key in names or sp.key in places
                or "of" in w[:ks[0]]):
            out.append(sp)
            continue
        k = ks[0]
        if k == 0 or k == len(w) - 1 or not sp.words[k + 1][:1].isupper() \
                or w[k + 1] in _AND_KEEPS or w[-1] in _AND_KEEPS \
                or _one_org_name(w[:k], w[k + 1:], keys, names, places, words, tagger.lower):
            out.append(sp)
            continue
        s = sents[sp.si]
        a, m, b = sp.a, sp.a + k, sp.b
        out.append(Span(sp.si, a, m, sp.lab, s[a][START], s[m - 1][END], sp.words[:k]))
        out.append(Span(sp.si, m + 1, b, sp.lab, s[m + 1][START], s[b - 1][END], sp.words[k + 1:]))
    return out


_NAME_STARTS = frozenset(("ORGb", "ORGu", "PERb", "PERu", "PERl"))


def _one_org_name(left: list[str], right: list[str], keys: set[str], names: dict,
                  places, words: dict, lower) -> bool:
    """"European Aeronautic Defence and Space Company", "Test and County Cricket Board": the
    part after "and" is no name on its own when it opens with an ordinary word (one that
    starts no name the tagger learned), ends up in an organization's head word, is named
    nowhere else in the text nor known as a name, and the part before holds no head of its
    own ("Johnson Controls Inc and Lear Corp" are two)."""
    if len(right) < 2 or any(x in ORG_HEADS for x in left) or not any(x in ORG_HEADS for x in right):
        return False
    rest = " ".join(right)
    if rest in keys or rest in names or rest in places:
        return False
    first = right[0]
    return is_lower_word(first, lower) or (
        first in words and not any(t in _NAME_STARTS for t in words[first]))


def _split_glued(sents: list[Sentence], spans: list[Span]) -> list[Span]:
    """"President of the United States Barack Obama": a name the tagger glued to the one before
    it comes apart where the text names both parts on their own elsewhere (a place or
    organization, then a person)."""
    kinds: dict[str, Counter] = defaultdict(Counter)
    # surname -> the person mentions ending with it, so the check that someone else bears
    # it is a lookup, not a pass over every span for every candidate
    bearers: dict[str, set[int]] = defaultdict(set)
    for sp in spans:
        kinds[sp.key][sp.lab] += 1
        if sp.lab == "PER":
            bearers[sp.words[-1].lower()].add(id(sp))
    names = get_tagger().names
    out: list[Span] = []
    for sp in spans:
        w = sp.words
        done = False
        if 3 <= len(w) <= 12 and sp.b - sp.a == len(w):
            for k in range(len(w) - 1, 0, -1):
                head = " ".join(w[:k]).lower()
                hk = kinds.get(head)
                lab = hk.most_common(1)[0][0] if hk else names.get(head)
                others = bearers.get(w[-1].lower())
                if lab not in ("LOC", "ORG") or not others:
                    continue
                if len(others) == 1 and id(sp) in others:  # the only bearer is this very span
                    continue
                s = sents[sp.si]
                a, m, b = sp.a, sp.a + k, sp.b
                out.append(Span(sp.si, a, m, lab, s[a][START], s[m - 1][END], w[:k]))
                out.append(Span(sp.si, m, b, "PER", s[m][START], s[b - 1][END], w[k:]))
                done = True
                break
        if not done:
            out.append(sp)
    return out


_SMALL = frozenset(("of", "the", "and", "for", "de", "&", "on", "in"))


def _acronym_extents(sents: list[Sentence], spans: list[Span]) -> list[Span]:
    """"the United States Air Force (USAF)": the acronym the text introduces fixes the extent
    of the name before it (one organization, not "United States" + "Air Force"), and the
    acronym itself is a mention of the same kind."""
    # each acronym looks only at the spans of its own sentence (in list order, the ones it
    # adds last); a pass over every span of the text per acronym was quadratic
    by_sent: dict[int, list[Span]] | None = None
    gone: set[int] = set()
    for si, s in enumerate(sents):
        if len(s) < 4 or "(" not in _text_of(s):
            continue
        for k in range(2, len(s) - 1):
            acr = s[k][NORM].replace(".", "")
            if s[k - 1][NORM] != "(" or s[k + 1][NORM] != ")" or not (
                    2 <= len(acr) <= 8 and acr.isalpha() and acr.isupper()):
                continue
            # walk back over capitalized words (and small words inside) to match the initials
            j, letters = k - 1, ""
            while j > 0 and len(letters) < len(acr):
                w = s[j - 1][NORM]
                if w[:1].isupper():
                    letters = w[0] + letters
                elif w.lower() not in _SMALL:
                    break
                j -= 1
                if letters and letters[0] != acr[len(acr) - len(letters)]:
                    break
            if letters != acr or k - 1 - j < 2:
                continue
            if by_sent is None:
                by_sent = defaultdict(list)
                for sp in spans:
                    by_sent[sp.si].append(sp)
            mine = by_sent[si]
            inside = [sp for sp in mine if sp.a < k - 1 and sp.b > j]
            if not inside:
                continue
            lab = inside[-1].lab if inside[-1].lab in KINDS else "ORG"
            gone.update(id(sp) for sp in inside)
            mine[:] = [sp for sp in mine if id(sp) not in gone]
            new = Span(si, j, k - 1, lab, s[j][START], s[k - 2][END],
                       tuple(t[NORM] for t in s[j:k - 1]))
            spans.append(new)
            mine.append(new)
            for sp in mine:
                if sp.a == k:
                    sp.lab = lab
                    break
            else:
                new = Span(si, k, k + 1, lab, s[k][START], s[k][END], (s[k][NORM],))
                spans.append(new)
                mine.append(new)
    if gone:
        spans[:] = [sp for sp in spans if id(sp) not in gone]
    return spans


def _hyphen_parts(sents: list[Sentence], spans: list[Span]) -> list[Span]:
    """"the U.S.-Canada border": each part of a hyphenated word is a mention when every part
    is a name this text (or the name list) knows."""
    known: dict[str, str] = {}
    taken: set[tuple[int, int]] = set()
    for sp in spans:
        if sp.lab != "MISC":
            known.setdefault(sp.key, sp.lab)
            taken.update((sp.si, k) for k in range(sp.a, sp.b))
    names = get_tagger().names
    for si, s in enumerate(sents):
        if "-" not in _text_of(s):
            continue
        for k, t in enumerate(s):
            if "-" not in t[TEXT] or (si, k) in taken or not t[TEXT][:1].isupper():
                continue
            parts = t[TEXT].split("-")
            if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
                continue
            labs = [known.get(p.lower()) or names.get(p.lower()) for p in parts]
            if not all(lab in KINDS for lab in labs):
                continue
            pos = t[START]
            for p, lab in zip(parts, labs):
                spans.append(Span(si, k, k + 1, lab, pos, pos + len(p), (p,)))
                pos += len(p) + 1
    return spans


# a name ending in one of these (or "X of ...") names an organization, whatever the tagger said
ORG_HEADS = frozenset("""
cartel gang party bank department ministry council committee commission agency association
corporation corp corp. inc inc. ltd ltd. plc co. company group university college institute
foundation fund bureau court parliament senate congress assembly army navy police club
organization organisation network airlines airways motors exchange authority
board church brigade brigades front movement administration service services tribunal
partners associates holdings securities investments industries enterprises technologies
laboratories pharmaceuticals telecom telecommunications automotive mutual bancorp insurance
""".split())
# role words that trail a name the tagger ran on into a title ("Boeing Chief Financial Officer")
TITLE_TAIL = frozenset("""
officer president chairman chairwoman director executive spokesman spokeswoman spokesperson
secretary minister ceo cfo coo administrator undersecretary asst asst. assistant deputy chief
vice financial operating manager commissioner ambassador analyst economist strategist
""".split())
_ROLE_WORDS = ROLE_HEADS | TITLE_TAIL | frozenset("operating senior acting interim".split())
_HEAD_WORDS = ORG_HEADS | PLACE_LAST
# words no person's name holds: an organization's or a place's head, a legal suffix, a title
_PERSON_NOT = _HEAD_WORDS | cv.CORP_SUFFIXES | TITLE_TAIL | PLACE_FIRST
_CONJ = frozenset(("and", "or", "&"))
# words that open a sentence before a surname and are no given name: titles, roles, the words
# that start a sentence
_NOT_GIVEN = (TITLES_FOR_ALIAS | frozenset(w.rstrip(".") for w in TITLES_FOR_ALIAS) | ROLE_HEADS
              | _ROLE_WORDS | TITLE_WORDS | LEADING_WORDS | _PERSON_NOT | frozenset("""
speaker congressman congresswoman lawmaker legislator delegate candidate nominee rival
challenger incumbent veteran activist billionaire businessman businesswoman entrepreneur actor
actress singer rapper comedian author writer columnist journalist reporter host anchor moderator
chair star player pitcher striker goalkeeper midfielder defender forward batsman bowler rider
driver pastor reverend priest doctor nurse sergeant detective agent prosecutor defendant
suspect victim witness student teacher scientist researcher hacker whistleblower celebrities
fans voters critics supporters opponents rivals sens reps govs sen rep gov pres
""".split()))


def _is_lower(lw: str) -> bool:
    return is_lower_word(lw, get_tagger().lower)


def _quote_inside(sents: list[Sentence], spans: list[Span], names: dict[str, str],
                  lower: frozenset[str] | set[str]) -> list[Span]:
    """"a flight from Airbus' Delivery Center": a name the tagger ran on over a possessive
    apostrophe (after an "s") is two when the part before it is a name of its own (the text
    names it alone elsewhere, the name lists know it, or it ends in no ordinary word of
    English); "Workers' Party", "Farmers' Union" stay whole, and so do elisions ("Sant'
    Egidio"). What follows stays a name unless it is ordinary words only."""
    if not any(x == "'" for sp in spans for x in sp.words):
        return spans
    alone = {sp.key for sp in spans if sp.b - sp.a == len(sp.words)}
    out: list[Span] = []
    for sp in spans:
        w = sp.words
        k = next((i for i in range(1, len(w) - 1) if w[i] == "'"), 0)
        head = " ".join(w[:k]).lower()
        if not k or sp.b - sp.a != len(w) or sp.key in names or w[k - 1][-1:] not in ("s", "S") \
                or not (head in alone or names.get(head) in KINDS
                        or not is_lower_word(w[k - 1].lower(), lower)):
            out.append(sp)
            continue
        s = sents[sp.si]
        a, m, b = sp.a, sp.a + k, sp.b
        out.append(Span(sp.si, a, m, names.get(head) if names.get(head) in KINDS else sp.lab,
                        s[a][START], s[m - 1][END], w[:k]))
        rest = w[k + 1:]
        if any(x[:1].isupper() and not is_lower_word(x.lower(), lower) for x in rest):
            out.append(Span(sp.si, m + 1, b, sp.lab, s[m + 1][START], sp.end, rest))
    return out


def _role_of_name(sents: list[Sentence], spans: list[Span], names: dict[str, str],
                  lower: frozenset[str] | set[str]) -> list[Span]:
    """"Vice Chairman of Chrysler", "Prime Minister of Malta" taken as one name: the name is what
    follows the office's "of". Its kind is the one the tagger's lists know, else the office's
    (a chairman's is a company, a governor's a place). Not for words shared with names
    ("Queen of the South", "Secretary of State", "Chief of Staff")."""
    out = []
    for sp in spans:
        s, a, b = sents[sp.si], sp.a, sp.b
        j = a
        while j < b and s[j][NORM].lower().rstrip(".") in _OFFICE_WORDS:
            j += 1
        rest = [t[NORM] for t in s[j + 1:b]]
        if not (j > a and j + 1 < b and s[j][NORM] == "of" and rest[0][:1].isupper()
                and any(s[k][NORM].lower() in _OFFICE_KIND for k in range(a, j))
                and rest[0].lower() not in _NOT_AFTER_OFFICE
                and not (len(rest) == 1 and is_lower_word(rest[0].lower(), lower))):  # "of Intelligence"
            out.append(sp)
            continue
        lab = names.get(" ".join(rest).lower())
        if lab not in KINDS:
            lab = next(_OFFICE_KIND[s[k][NORM].lower()] for k in range(j - 1, a - 1, -1)
                       if s[k][NORM].lower() in _OFFICE_KIND)
        out.append(Span(sp.si, j + 1, b, lab, s[j + 1][START], sp.end, tuple(rest)))
    return out


_OFFICE_KIND = {w: "ORG" for w in "chairman chairwoman chairperson ceo cfo coo cto executive officer director "
                                  "founder co-founder owner manager boss".split()}
_OFFICE_KIND.update((w, "LOC") for w in "minister governor mayor premier ambassador senator".split())
_OFFICE_WORDS = frozenset(_OFFICE_KIND) | frozenset("vice deputy prime chief acting interim former "
                                                   "managing general assistant senior".split())
_NOT_AFTER_OFFICE = frozenset("state staff the finance defence defense justice health education "
                              "trade foreign interior home labour labor energy agriculture transport economy environment culture "
                              "intelligence national central homeland operations communications research "
                              "marketing sales engineering security policy public news football".split())


def _company_then_person(sents: list[Sentence], spans: list[Span]) -> list[Span]:
    """"the chairman of Chrysler LLC Jim Press": a company's legal suffix followed by a given
    name and a surname is a company, then its officer."""
    given = given_names()
    out = []
    for sp in spans:
        s, a, b = sents[sp.si], sp.a, sp.b
        k = next((k for k in range(a + 1, b - 2) if s[k][NORM].lower() in cv.CORP_SUFFIXES
                  and s[k + 1][NORM].lower() in given and s[k + 1][NORM][:1].isupper()
                  and all(t[NORM][:1].isupper() for t in s[k + 1:b])), None)
        if sp.lab != "ORG" or k is None:
            out.append(sp)
            continue
        out.append(Span(sp.si, a, k + 1, "ORG", sp.start, s[k][END], tuple(t[NORM] for t in s[a:k + 1])))
        out.append(Span(sp.si, k + 1, b, "PER", s[k + 1][START], sp.end, tuple(t[NORM] for t in s[k + 1:b])))
    return out


def _opener_before_officer(sents: list[Sentence], spans: list[Span], lower: frozenset[str] | set[str],
                           names: dict[str, str], words: dict[str, list[str]]) -> list[Span]:
    """"Google CEO Sundar Pichai said": the tagger leaves a sentence's unknown first word alone,
    but a word heading a company officer's title is the company."""
    by_start = {(sp.si, sp.a) for sp in spans}
    taken = {(sp.si, k) for sp in spans for k in range(sp.a, sp.b)}
    out = list(spans)
    for sp in spans:
        s, a = sents[sp.si], sp.a
        if sp.lab != "PER" or a < 2 or (sp.si, a - 2) in taken:
            continue
        j = a - 1
        while j > 0 and s[j][NORM].lower() in _OFFICER_WORDS:
            j -= 1
        if j != 0 or j == a - 1 or (sp.si, 0) in by_start:
            continue
        w = s[0][NORM]
        if not (w[:1].isupper() and w[1:2].isalpha()) or is_lower_word(w.lower(), lower) \
                or w.lower() in LEADING_WORDS or (w.lower() in words and names.get(w.lower()) != "ORG"):
            continue  # a word the lists know other than as a company's name: "Party chairman X"
        out.append(Span(sp.si, 0, 1, "ORG", s[0][START], s[0][END], (w,)))
    return out


_OFFICER_WORDS = frozenset("ceo cfo coo cto chief executive founder co-founder chairman chairwoman "
                           "president spokesman spokeswoman spokesperson boss owner".split())


def _only_role_words(sp: Span) -> bool:
    """"Ford's Chief Executive Officer, William Clay Ford Jr.": "Executive Officer" (what is left
    of a title once the tagger's name comes off) is no one."""
    return sp.lab in ("PER", "ORG") and len(sp.words) >= 2 and all(
        w.lower().rstrip(".") in _ROLE_WORDS for w in sp.words)


_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson", "spokespeople", "press"))


def _kind_rules(sents: list[Sentence], spans: list[Span]) -> list[Span]:
    tagger = get_tagger()
    names, places = tagger.names, tagger.featurizer.places
    for sp in spans:
        w = sp.words
        s = sents[sp.si]
        known_place = sp.key in places or names.get(sp.key) == "LOC"  # "West Bank"
        if sp.lab == "MISC" and len(w) >= 2 and w[-1][:1].isupper() and w[-1].lower() in ORG_HEADS \
                and names.get(sp.key) != "MISC":
            sp.lab = "ORG"  # "European Parliament", "Arab League": an adjective of place, then a body
        elif sp.lab in ("PER", "LOC") and not known_place and (
                (len(w) >= 2 and w[-1][:1].isupper() and w[-1].lower() in ORG_HEADS)
                or (len(w) >= 3 and w[0].lower() in ORG_HEADS and w[1].lower() == "of")):
            sp.lab = "ORG"
        elif sp.lab == "LOC" and len(w) >= 2 and sp.b < len(s) and s[sp.b][NORM].lower() in _SPOKES:
            sp.lab = "ORG"  # "White House spokesperson": a place has no spokesperson
    return spans


# "X, Y and other groups": the kind of the listed names follows the noun (Hearst pattern)
_HEARST: dict[str, str] = {}
for _w in ("groups organizations organisations companies firms cartels gangs banks parties "
           "agencies clubs teams airlines carriers manufacturers automakers makers "
           "newspapers networks unions militias").split():
    _HEARST[_w] = "ORG"
for _w in "countries nations states cities towns provinces regions republics capitals".split():
    _HEARST[_w] = "LOC"


def _text_of(s: Sentence) -> str:
    """The tokens of a sentence, joined (enough to ask whether a character occurs in it)."""
    return "".join([t[TEXT] for t in s])


def _hearst(sents: list[Sentence], spans: list[Span]) -> list[Span]:
    by_sent: dict[int, dict[int, Span]] = defaultdict(dict)
    for sp in spans:
        if sp.b - sp.a == len(sp.words):  # whole-token mentions
            by_sent[sp.si][sp.b] = sp
    for si, ends in by_sent.items():
        s = sents[si]
        for k in [k for k, t in enumerate(s) if t[NORM] == "other"]:
            k = next((j for j in range(k - 1, max(0, k - 4), -1) if s[j][NORM] in ("and", "or")), 0)
            if k == 0:
                continue
            look = [x[NORM].lower() for x in s[k + 1:k + 9]]
            if "other" not in look:
                continue
            kind = None
            for w in look[look.index("other") + 1:]:
                if w in _HEARST:
                    kind = _HEARST[w]
                    break
                if not w[:1].isalpha():
                    break
            if kind is None:
                continue
            j = k - 1 if s[k - 1][NORM] == "," else k
            while j in ends:
                sp = ends[j]
                if sp.lab in KINDS:
                    sp.lab = kind
                st = sp.a
                if st >= 2 and s[st - 1][NORM] == "'s":  # "Chile's Central Bank"
                    st -= 2
                if st >= 1 and s[st - 1][NORM] == ",":
                    j = st - 1
                else:
                    break
    return spans


def _consistent(sents: list[Sentence], spans: list[Span]) -> list[Span]:
    """One name, one kind within a document: the majority label of a surface wins, except
    that a place right after "in" or "near" stays a place ("In Montreal, Sanders allowed one
    hit" in a story that otherwise names Montreal's team)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for sp in spans:
        votes[sp.key][sp.lab] += 1
    for sp in spans:
        c = votes[sp.key]
        top, n = c.most_common(1)[0]
        if top != sp.lab and n > c[sp.lab]:
            if sp.lab == "LOC" and sp.a > 0 and sents[sp.si][sp.a - 1][NORM].lower() in _IN_PLACE:
                continue
            sp.lab = top
    return spans


_IN_PLACE = frozenset("in near outside inside throughout".split())


def _raws(text: str, sents: list[Sentence], spans: list[Span]) -> list[Raw]:
    """The mentions of actors among the spans, with the roles and titles around people's."""
    raws: list[Raw] = []
    caps: dict[int, bool] = {}
    # sentence -> where people's names end, as the keys of a dict of integers: a dict of atoms
    # is one the garbage collector does not track (a set it does, and a transcript has 50,000)
    ends: dict[int, dict[int, None]] = {}
    for sp in spans:
        if sp.lab == "PER":
            ends.setdefault(sp.si, {})[sp.b] = None
    for sp in spans:
        kind = KINDS.get(sp.lab)
        if kind is None:
            continue
        if sp.start > 0 and text[sp.start - 1].isdigit() and sp.end - sp.start <= 4:
            continue  # a unit glued to its number: the 'GB' of '16GB', the 'MW' of '600MW'
        s = sents[sp.si]
        a, b = sp.a, sp.b
        m = Raw(sp.start, sp.end, text[sp.start:sp.end], kind, sp.words,
                caps_line=caps[sp.si] if sp.si in caps else caps.setdefault(sp.si, _caps_sentence(s)),
                the_before=a > 0 and s[a - 1][NORM].lower() == "the")
        if kind == "person" and b - a == len(sp.words):
            m.roles = tuple(text[s[rng[0]][START]:s[rng[1] - 1][END]]
                            for rng in (title_before(s, a, ends[sp.si]), apposition_before(s, a),
                                        apposition_after(s, b)) if rng)
            if a > 0 and s[a - 1][NORM][:1].isupper() and s[a - 1][NORM].lower() in TITLES_FOR_ALIAS \
                    and (a == 1 or not s[a - 2][NORM][:1].isupper()):
                m.titled = s[a - 1][TEXT]  # "President Donald Trump", not "Minister Keir Starmer"
        raws.append(m)
    return raws


def extract_actors(text: str) -> list[Actor]:
    """The actors named in `text`, each with every mention's span, roles and aliases."""
    if not text or not text.strip():
        return []
    sents, spans = find_mentions(text)
    raws = _raws(text, sents, spans)
    del spans  # tracked by the garbage collector (a transcript has 150,000): gone before merging
    groups = merge(raws, text)
    actors = []
    places = get_tagger().featurizer.places
    for g in groups:
        name = display_name(g, places)
        aliases: list[str] = []
        seen = {name.lower()}
        roles: list[str] = []
        rseen: set[str] = set()
        for m in g.ms:
            forms = [m.text]
            if m.titled:
                forms.append(f"{m.titled} {m.text}")
            for f in forms:
                if f.lower() not in seen:
                    seen.add(f.lower())
                    aliases.append(f)
            for r in m.roles:
                if r.lower() not in rseen:
                    rseen.add(r.lower())
                    roles.append(r)
        actors.append(Actor(
            name=name, kind=g.kind,  # type: ignore[arg-type]
            mentions=tuple(Mention(m.start, m.end, m.text) for m in g.ms),
            roles=tuple(roles), aliases=tuple(aliases)))
    # The sentences go only now. Their tokens cost a collection nothing (untracked tuples), but
    # freed before the mentions are made they leave holes (a small string a word) that the
    # mentions would fill, scattered over the heap: every later full collection, which walks
    # the mentions for as long as the extraction is kept, then runs half as fast.
    del sents
    return actors
