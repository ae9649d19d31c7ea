"""Pairing quotation marks: one linear pass over the text.

Double marks (“ ” " and the doubled apostrophe '') open and close quotes; single marks
(‘ ’ ') only where they cannot be apostrophes (not between letters, not "'90s", not "'n'").
Inside a double-quoted stretch, single marks and nested curly pairs stay inside it. A quote
whose paragraph ends open continues when the next paragraph opens with a mark (the newspaper
convention for quotes over several paragraphs); otherwise it is dropped and pairing starts
afresh, so one stray mark never shifts the rest of the article.

Other conventions pair by their own closing mark: guillemets «…» (French, with or without the
inner spaces), »…« (German), ‹…› and ›…‹; German and Central European „…“ / „…” and ‚…‘; CJK
corner brackets 「…」 and 『…』. Whatever marks sit inside such a quote stay inside it. No
stretch includes the spaces just inside its marks (« Nous sommes prêts »).
"""
from __future__ import annotations

import re
from typing import NamedTuple

# '' before ' so the doubled apostrophe is one token; ``...'' (LaTeX/PTB style) too.
MARK = re.compile(r"''|``|[\"“”‘’'«»‹›„‚「」『』｢｣\n]")
PARA_BREAK = re.compile(r"\n[ \t\r\f\v]*\n|\r\n[ \t]*\r\n")

MAX_LINES = 3  # lines an open quote may cross in a text with one sentence a line
DOUBLE = {'"', "“", "”", "''", "``"}
SINGLE = {"'", "‘", "’"}
# marks of other conventions: the opening mark -> the marks that close it
CLOSERS = {"«": "»", "»": "«»", "‹": "›", "›": "‹›", "„": "“”", "‚": "‘’",
           "「": "」", "『": "』", "｢": "｣"}
NESTS = frozenset("«‹「『｢„")  # the same mark again inside opens a nested quote
LOW_SINGLE = frozenset("‹›‚")  # single marks: their quotes never cross a line
# a quote in those marks continues over a paragraph break when the next paragraph opens
# with this mark (French repeats « or », German „)
CONTINUES = {"«": "«»", "»": "»", "„": "„", "「": "「", "『": "『", "｢": "｢"}


class Stretch(NamedTuple):
    start: int      # first character inside the marks
    end: int        # the closing mark's start
    open_at: int    # the opening mark's start
    close_end: int  # just past the closing mark
    single: bool    # single quotation marks


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int, j: int) -> bool:
    """A mark at text[i:j] can open: not glued to a word on its left, text follows."""
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if after.isspace():
        return False
    return not _is_word(before) and before not in ".,;!?%"


def _can_close(text: str, i: int, j: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    if before.isspace():
        return False
    return not _is_word(after)


def _single_opens(text: str, i: int, j: int) -> bool:
    if not _can_open(text, i, j):
        return False
    after = text[j: j + 3]
    # '90s, 'em, 'til, 'n' are elisions, not quotes
    if re.match(r"\d", after) or re.match(r"(?:em|til|cause|n|tis)\b", after, re.I):
        return False
    return True


def _other_opens(text: str, i: int, j: int, tok: str) -> bool:
    """An opening mark of another convention at text[i:j]."""
    if tok in "「『｢":
        return True  # brackets: nothing else looks like them
    if tok in "«‹":
        # French puts a (no-break) space inside: « Nous »; text must follow on the line
        k = j
        while k < len(text) and text[k] in " \t\u00a0\u202f\u2009":
            k += 1
        return k < len(text) and text[k] not in "\r\n»›"
    # „ ‚ » ›: as English marks, glued to the word they open
    return _can_open(text, i, j)


def _trimmed(start: int, end: int, open_at: int, close_end: int, single: bool, text: str) -> Stretch:
    """The stretch without the spaces just inside its marks: « Nous sommes prêts »."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Stretch(start, end, open_at, close_end, single)


def pair_marks(text: str) -> list[Stretch]:
    """Outermost quoted stretches in text order; nested quotes stay inside their outer one."""
    out: list[Stretch] = []
    # state of the open outer quote
    open_at = -1        # opening mark position, -1 when nothing is open
    open_end = 0
    open_tok = ""
    depth = 0           # nested curly “ inside a curly outer quote
    single = False
    para_open = False   # the open quote was carried over from an earlier paragraph
    pending_para = False  # a paragraph break has been crossed with a quote open
    n = len(text)
    every_line = PARA_BREAK.search(text) is None  # one paragraph a line
    pending_pos = 0
    lines_open = 0
    for m in MARK.finditer(text):
        tok = m.group()
        i, j = m.start(), m.end()
        if tok == "\n":
            if open_at < 0:
                continue
            if single:
                open_at = -1  # single-quoted stretches never cross a line
                continue
            if not (every_line or PARA_BREAK.match(text, i)):
                continue
            if every_line:
                # one sentence a line: a quote may run over a few lines without repeated marks
                lines_open += 1
                if lines_open > MAX_LINES:
                    open_at, pending_para = -1, False
                    continue
            elif pending_para and text[pending_pos:i].strip():
                open_at, pending_para = -1, False  # a whole paragraph passed without a mark
                continue
            if not pending_para:
                pending_para, pending_pos = True, j
            continue
        if pending_para:
            # first mark after a paragraph break while open: continuation when it opens
            # the new paragraph (only whitespace between the break and the mark)
            k = i - 1
            while k >= 0 and text[k] in " \t\r":
                k -= 1
            starts_para = k >= 0 and text[k] == "\n"
            pending_para = False
            if starts_para and (tok in CONTINUES.get(open_tok, "") and _other_opens(text, i, j, tok) or (
                    open_tok not in CLOSERS and tok in ("“", '"', "''", "``") and _can_open(text, i, j))):
                para_open = True
                continue  # the repeated opening mark of a continued quote
            if not every_line:
                # the quote never closed: drop it and start afresh at this mark
                open_at = -1
                depth = 0
        if open_at < 0:
            if tok in ("“", "``") or (tok in ('"', "''") and _can_open(text, i, j)):
                open_at, open_end, open_tok, depth, single = i, j, tok, 0, False
                para_open = False
                lines_open = 0
            elif tok in ("‘", "'") and _single_opens(text, i, j):
                open_at, open_end, open_tok, depth, single = i, j, tok, 0, True
            elif tok in CLOSERS and _other_opens(text, i, j, tok):
                open_at, open_end, open_tok, depth, single = i, j, tok, 0, tok in LOW_SINGLE
                para_open = False
                lines_open = 0
            continue
        if open_tok in CLOSERS:
            # «…», „…“, 「…」 and the rest: only their own closing mark ends them
            if tok in CLOSERS[open_tok] and (tok != open_tok or _can_close(text, i, j)) and (
                    tok not in "‘’" or _can_close(text, i, j)):
                if depth:
                    depth -= 1
                else:
                    inner = text[open_end:i]
                    if any(not c.isspace() for c in inner):
                        out.append(Stretch(open_end, i, open_at, j, single))
                    open_at = -1
            elif tok == open_tok and tok in NESTS:
                depth += 1
            continue
        # a quote is open
        if single:
            if tok in ("’", "'") and _can_close(text, i, j):
                if j < n and text[j] == "s" and (j + 1 >= n or not _is_word(text[j + 1])):
                    continue  # possessive "'s" after a word inside
                inner = text[open_end:i]
                if len(inner.strip()) >= 2 and any(c.isalpha() for c in inner):
                    out.append(Stretch(open_end, i, open_at, j, True))
                open_at = -1
            elif tok in DOUBLE or (tok in CLOSERS and tok not in LOW_SINGLE):
                # a double mark inside a single-quoted stretch: the single one was an apostrophe
                open_at = -1
                if tok in ("“", "``") or (tok in ('"', "''") and _can_open(text, i, j)):
                    open_at, open_end, open_tok, depth, single = i, j, tok, 0, False
                elif tok in CLOSERS and _other_opens(text, i, j, tok):
                    open_at, open_end, open_tok, depth, single = i, j, tok, 0, False
            continue
        if open_tok in ("“", "``"):
            if tok == "“" and every_line and lines_open and not depth:
                # a line was crossed and a new quote opens: the open one never closed
                open_at, open_end, lines_open = i, j, 0
            elif tok == "“" and not depth and _can_close(text, i, j) and not _can_open(text, i, j):
                # a closing quote typed with the wrong mark: “Apparently not,“ he said / “Yes," she said
                out.append(Stretch(open_end, i, open_at, j, False))
                open_at = -1
            elif tok == "“" or (tok == "``"):
                depth += 1
            elif tok == "”" or (tok == "''" and open_tok == "``"):
                if depth:
                    depth -= 1
                else:
                    out.append(Stretch(open_end, i, open_at, j, False))
                    open_at = -1
        else:  # straight or doubled-apostrophe outer quote
            if tok == open_tok or (tok == "”" and open_tok == '"'):
                if tok == open_tok and _can_open(text, i, j) and not _can_close(text, i, j):
                    # looks like an opener: the open one never closed; start again here
                    open_at, open_end = i, j
                    continue
                out.append(Stretch(open_end, i, open_at, j, False))
                open_at = -1
    out = [_trimmed(*s, text) for s in out]  # the words inside the marks, no edge spaces
    return [s for s in out if s.end - s.start >= 1]
