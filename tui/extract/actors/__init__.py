"""Actors: people, organizations and places named in a text, aliases merged, roles kept.

Pipeline: tokenize (tokenizer) -> tag with a CRF trained on CoNLL-2003 (features, tagger) ->
mentions with document-level fixes -> actors (merging) with roles (roles). Pure functions of
the text; the model loads once, lazily, on first use.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from tui.extract.boilerplate import boilerplate_spans
from tui.model import Actor, Mention

from .merging import Raw, display_name, merge
from .roles import apposition_after, apposition_before, title_before
from .tagger import decode, get_tagger
from .tokenizer import Token, sentences

KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}

__all__ = ["extract_actors"]


def _caps_sentence(toks: list[Token]) -> bool:
    words = [t.norm for t in toks if t.norm[:1].isalpha() and len(t.norm) > 1]
    return len(words) >= 1 and all(w.isupper() for w in words) and (
        len(words) >= 2 or len(toks) <= 3)


def find_mentions(text: str) -> tuple[list[list[Token]], list[tuple[int, int, int, str]]]:
    """Sentences and the tagged spans in them: (sentence, first token, end token, label)."""
    sents = sentences(text, boilerplate_spans(text))
    if not sents:
        return sents, []
    tags = get_tagger().tag([[t.norm for t in s] for s in sents])
    spans = []
    for si, (s, tg) in enumerate(zip(sents, tags)):
        for a, b, lab in decode(tg):
            # no leading "the" or trailing possessive / punctuation inside a mention
            while a < b and s[a].norm.lower() in ("the", '"', "'", "(", "-"):
                a += 1
            while b > a and s[b - 1].norm in ("'s", "'", '"', ",", ")", "-", "."):
                b -= 1
            # "WASHINGTON, D.C." / "Austin, Texas": two places, not one
            cut = a
            for k in range(a, b + 1):
                if k == b or s[k].norm == ",":
                    if cut < k:
                        spans.append((si, cut, k, lab))
                    cut = k + 1
    return sents, _consistent(sents, _kind_rules(sents, spans))


# a name ending in one of these (or "X of ...") names an organization, whatever the tagger said
ORG_HEADS = frozenset("""
cartel gang party bank department ministry council committee commission agency association
corporation corp corp. inc inc. ltd ltd. plc co. company group university college institute
foundation fund bureau court parliament senate congress assembly army navy police club
federation organization organisation network airlines airways motors exchange authority
board church brigade brigades front movement administration service services tribunal
""".split())
_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson", "spokespeople", "press"))


def _kind_rules(sents, spans):
    out = []
    for si, a, b, lab in spans:
        s = sents[si]
        last = s[b - 1].norm.lower()
        if lab in ("PER", "LOC") and (
                (b - a >= 2 and last in ORG_HEADS)
                or (b - a >= 3 and s[a].norm.lower() in ORG_HEADS and s[a + 1].norm.lower() == "of")):
            lab = "ORG"
        elif lab == "LOC" and b - a >= 2 and b < len(s) and s[b].norm.lower() in _SPOKES:
            lab = "ORG"
        out.append((si, a, b, lab))
    return out


def _consistent(sents, spans):
    """One name, one kind within a document: the majority label of a surface wins."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for si, a, b, lab in spans:
        votes[" ".join(t.norm.lower() for t in sents[si][a:b])][lab] += 1
    out = []
    for si, a, b, lab in spans:
        c = votes[" ".join(t.norm.lower() for t in sents[si][a:b])]
        top, n = c.most_common(1)[0]
        if top != lab and n > c[lab]:
            lab = top
        out.append((si, a, b, lab))
    return out


def extract_actors(text: str) -> list[Actor]:
    """The actors named in `text`, each with every mention's span, roles and aliases."""
    if not text or not text.strip():
        return []
    sents, spans = find_mentions(text)
    raws: list[Raw] = []
    for si, a, b, lab in spans:
        kind = KINDS.get(lab)
        if kind is None:
            continue
        s = sents[si]
        start, end = s[a].start, s[b - 1].end
        m = Raw(start, end, text[start:end], kind, tuple(t.norm for t in s[a:b]),
                caps_line=_caps_sentence(s),
                the_before=a > 0 and s[a - 1].norm.lower() == "the")
        if kind == "person":
            for rng in (title_before(s, a), apposition_before(s, a), apposition_after(s, b)):
                if rng:
                    role = text[s[rng[0]].start:s[rng[1] - 1].end]
                    m.roles.append(role)
            if a > 0 and s[a - 1].norm[:1].isupper() and s[a - 1].norm.lower() in (
                    "president", "mr.", "mrs.", "ms.", "dr.", "senator", "sen.", "gov.", "governor",
                    "mayor", "judge", "general", "gen.", "king", "queen", "prince", "pope",
                    "minister", "chancellor", "premier", "secretary", "ambassador", "professor"):
                m.titled = s[a - 1].text
        raws.append(m)
    actors = []
    for g in merge(raws, text):
        name = display_name(g)
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
    return actors
