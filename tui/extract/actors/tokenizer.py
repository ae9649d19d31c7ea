"""Tokens and sentences of news prose, CoNLL-2003 style, with exact character offsets.

"Trump's" -> "Trump" "'s"; "U.S." and "D.C." stay whole; "(USAF)" -> "(" "USAF" ")"; curly
quotes are tokens of their own. Every token keeps its [start, end) span into the text, so
text[start:end] is the token exactly; `norm` is the form the model sees (straight quotes).

A token is a plain tuple (text, start, end, norm), read by the indexes TEXT, START, END and
NORM (`tok[NORM]`), and a sentence a tuple of tokens. A tuple of strings and integers (or of
such tuples) is one the garbage collector stops tracking; a NamedTuple or a list it tracks for
as long as it lives, and a 4 MB transcript has 850,000 tokens in 50,000 sentences alive at once:
every full collection walked them all, holding the GIL for half a second.
"""
from __future__ import annotations

import re

Token = tuple[str, int, int, str]  # (text, start, end, norm)
Sentence = tuple[Token, ...]
TEXT, START, END, NORM = 0, 1, 2, 3


# words that keep a following period ("Mr.", "Inc.", "Gen.")
ABBREV = frozenset("""
mr mrs ms dr st jr sr inc corp co ltd plc gen lt col sgt capt cmdr adm maj rep sen gov pres
reps sens govs
prof rev mt ft no vs etc jan feb mar apr jun jul aug sep sept oct nov dec bros dept univ assn
ave blvd rd calif ariz colo conn fla ga ill ind kan ky la md mass mich minn miss mo mont neb
nev okla ore pa tenn tex va vt wash wis wyo est approx fig
""".split())

_TOKEN = re.compile(
    r"""
      (?:https?://|www\.)[^\s<>"]+                  # url
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                  # e-mail
    | (?:[^\W\d_]\.){2,}(?:-[^\W_]+)*               # U.S.  D.C.  U.S.-based
    | [^\W_]+(?=n['’]t\b)                           # do(n't)
    | n['’]t\b                                      # n't
    | ['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)\b       # 's 're ...
    | \d+(?:[.,:/]\d+)*(?:-[^\W_]+)*                # 1,100  2.7  13:45  1996-08-22  20-year
    | [^\W_]+(?:(?:[-&]|['’.](?![sSdDmM]\b|re\b|ve\b|ll\b))[^\W_]+)*   # words, O'Brien, AT&T, Coca-Cola
    | \.\.\.|--+|[-–—]+                             # ellipsis, dashes
    | \S                                            # any other character
    """,
    re.VERBOSE,
)

# the same without the alternatives that only lines with "@", "://", "www." or "n't" need
# (they cost a scan of every word): most lines take this one
_TOKEN_PLAIN = re.compile(
    r"""
      (?:[^\W\d_]\.){2,}(?:-[^\W_]+)*               # U.S.  D.C.  U.S.-based
    | ['’](?:s|re|ve|ll|d|m|S|RE|VE|LL|D|M)\b       # 's 're ...
    | \d+(?:[.,:/]\d+)*(?:-[^\W_]+)*                # 1,100  2.7  13:45  1996-08-22  20-year
    | [^\W_]+(?:(?:[-&]|['’.](?![sSdDmM]\b|re\b|ve\b|ll\b))[^\W_]+)*   # words, O'Brien, AT&T
    | \.\.\.|--+|[-–—]+                             # ellipsis, dashes
    | \S                                            # any other character
    """,
    re.VERBOSE,
)
_NEEDS_FULL = re.compile(r"@|://|www\.|n['’]t\b")

_NORM = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'",
                       "–": "-", "—": "-", "\u00a0": " "})


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end] with absolute offsets."""
    out: list[Token] = []
    append = out.append
    end = len(text) if end is None else end
    last = -1
    rx = _TOKEN if _NEEDS_FULL.search(text, start, end) else _TOKEN_PLAIN
    for m in rx.finditer(text, start, end):
        s, e = m.span()
        if s < last:  # a period already taken by the previous token ("Mr.")
            continue
        tok = m.group()
        # "Mr." "Inc." "J." keep their period (a letter's, unless its sentence ends there:
        # "wrote on X." at the end of a line, "Plan B. The vote ...")
        if e < end and text[e] == "." and tok.isalpha() and (
            (len(tok) == 1 and tok.isupper() and not _ends_sentence(text, e + 1, end)) or tok.lower() in ABBREV
        ):
            e += 1
            tok = text[s:e]
        append((tok, s, e, tok if tok.isascii() else tok.translate(_NORM)))
        last = e
    return out


_OPENERS = frozenset("The He She It They We But And Then This That These Those There In On At His Her "
                     "Their Its Our When After Before However Meanwhile".split())
_NEXT_WORD = re.compile(r"[\"'”’)\]]*\s*([^\W\d_]*)")


def _ends_sentence(text: str, pos: int, end: int) -> bool:
    """The period before `pos` ends a sentence: nothing but closing quotes follows on the line,
    or a word that opens sentences and is no name's."""
    m = _NEXT_WORD.match(text, pos, end)
    return m.end() >= end if not m.group(1) else m.group(1) in _OPENERS


_CLOSERS = frozenset(['"', "'", ")", "]"])
_ENDS = frozenset([".", "!", "?", "..."])


def _is_caps_word(t: str) -> bool:
    return len(t) >= 2 and t.isupper() and any(c.isalpha() for c in t)


_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _dated_line(tokens: list[Token], j: int) -> bool:
    """A dateline that is a line of its own: "NABLUS, West Bank 1996-08-30" (the place after
    the comma may have several words; nothing follows the date)."""
    return bool(_DATE.fullmatch(tokens[-1][NORM])) and all(
        t[NORM] == "," or t[NORM][:1].isupper() for t in tokens[j:-1])


def split_sentences(tokens: list[Token]) -> list[Sentence]:
    """Split the tokens of one line into sentences (and a leading dateline into its own)."""
    sents: list[Sentence] = []
    cur: list[Token] = []
    n = len(tokens)
    i = 0
    # dateline: "WASHINGTON, D.C. President ..." / "BRUSSELS - The ..." at the start of a line
    j = 0
    while j < n and len(tokens[j][NORM]) >= 3 and tokens[j][NORM].isalpha() and tokens[j][NORM].isupper():
        j += 1
    if 0 < j < n and not _dated_line(tokens, j):
        k = j
        if k + 1 < n and tokens[k][NORM] == "," and (tokens[k + 1][NORM][:1].isupper()):
            k += 2
        if k + 2 < n and tokens[k][NORM] == "(" and tokens[k + 2][NORM] == ")":  # (Reuters)
            k += 3
        if k < n and tokens[k][NORM] in ("-", "--", ":"):
            k += 1
        if k < n and k > 0 and tokens[k][NORM][:1].isupper() and not _is_caps_word(tokens[k][NORM]) \
                and k + 1 < n and not _is_caps_word(tokens[k + 1][NORM]):
            sents.append(tuple(tokens[:k]))
            i = k
    while i < n:
        t = tokens[i]
        cur.append(t)
        i += 1
        if t[NORM] in _ENDS:
            while i < n and tokens[i][NORM] in _CLOSERS:
                cur.append(tokens[i])
                i += 1
            if i < n:
                nxt = tokens[i][NORM]
                if nxt[:1].isupper() or nxt[:1].isdigit() or nxt in ('"', "("):
                    sents.append(tuple(cur))
                    cur = []
    if cur:
        sents.append(tuple(cur))
    return sents


def sentences(text: str, skip: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """All sentences of `text`, line by line; lines whose span is in `skip` are left out."""
    skipped = set(skip or ())
    out: list[Sentence] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        s, e = pos, pos + len(body)
        pos += len(line)
        if (s, e) in skipped or not body.strip():
            continue
        toks = tokenize(text, s, e)
        if toks:
            out.extend(split_sentences(toks))
    return out
