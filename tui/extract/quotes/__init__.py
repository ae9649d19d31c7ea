"""Quotes: direct speech with its speaker, cue and kind.

Pipeline: pair the quotation marks (marks) -> paragraphs and sentences with quoted words
masked (context) -> the cue and source phrase around each quote (attribution) -> the actor
the phrase names, pronouns resolved to the nearest compatible person (speakers).

For each quote, in order, the first rule that names a speaker wins:
  1. a name after a dash that ends the line signs it: "..." ― Ana Ruiz; else right after the
     closing mark: "..., X said" / "..., said X, the ..." / "..., X, the ..., one of ..., said"
  2. before the opening mark in its sentence: "X said: ..." / "X told reporters, ..." /
     "X, in an interview with Y, said ..." / "X called it a '...'" (a cue verb and its subject;
     a characterization is its subject's, a label with nobody behind it is nobody's)
  3. "According to X" anywhere in the sentence
  4. a full quote after a colon: "X leaned in and declared: ..." / "Continued X: ..."
  5. a phrase quoted in a sentence whose subject is a person or an organization (past a
     dateline or a leading phrase): "He called them 'thugs'", "X's claim is that ... '...'"
  6. a quote that opens its paragraph takes an attribution that follows it ("Is it?" X asked.)
     or a colon that ends the paragraph before
  7. a full quote that opens its sentence continues the reporter of the sentence before when
     that sentence reports speech unquoted ("Schiff said it was political. 'It is.'")
  8. a later quote in the same sentence keeps the earlier one's speaker
  9. a full quote continues the running speaker of its paragraph or of the paragraph before
Titles and labels ("Meet the Press", "known as the 'iron lady'") keep speaker null. Pure
functions of the text and the actors; every search stays in a window around its quote, so
the time is linear in the length of the text.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from tui.model import Actor, Quote

from .attribution import CUE_RE, LABEL_CUES, Attribution, Finder
from .code import mask_code
from .context import layout
from .marks import PARA_BREAK, Stretch, pair_marks
from .speakers import Speakers

__all__ = ["extract_quotes", "pair_marks"]


def quote_kind(text: str, s: Stretch, sent_start: int) -> str:
    """`full` for a quoted sentence, `partial` for a phrase quoted inside a sentence."""
    inner = text[s.start:s.end].strip()
    if not inner:
        return "partial"
    first = inner.lstrip("‘'\"“«‹„‚「『(…. ")[:1]
    before = text[max(0, s.open_at - 3):s.open_at].rstrip()
    at_start = s.open_at <= sent_start + 1 or before.endswith((":", "\n")) or not before
    words = len(inner.split())
    ends = inner.rstrip("’'\"”»›“」』)")[-1:] in ".!?,—–-…"
    # «We are ready». / „Ja“, sagte er: the punctuation after the closing mark ends it
    ends_out = ends or text[s.close_end:s.close_end + 1] in (".", "!", "?", ",")
    if first.islower():
        return "partial"
    if at_start and (ends_out or words >= 4):
        return "full"
    if before.endswith(",") and ends_out and words >= 3:
        return "full"
    if ends and words >= 6:
        return "full"
    return "partial"


# a quote that holds its own closing mark and a cue ("Yes," he said. "No.") was mispaired
INNER_TAG = re.compile(r"[,.!?][\"”']+\s+(?:[\w.'’\-]+\s+){1,4}?(?:said|says|wrote|writes|added|told|asked)\b")
WINDOW = 400  # characters around a quote where its attribution is looked for
LEADING_SPACE = re.compile(r"\s*")
NICKNAMED = re.compile(r"\b(?:called|calls|calling|dubbed|branded)\s+(?:\S+\s+){0,3}\S+\s*$")
MINOR = frozenset("a an the of and or in on at to for with by from de la".split())


def is_title(inner: str) -> bool:
    """Title Case of two or more words: a work, show or slogan rather than speech."""
    words = re.findall(r"[^\W\d_][\w'’\-]*", inner)
    if len(words) < 2:
        return False
    big = [w for w in words if w.lower() not in MINOR]
    return bool(big) and all(w[0].isupper() for w in big) and words[0][0].isupper()


def extract_quotes(text: str, actors: Sequence[Actor] = ()) -> list[Quote]:
    text = mask_code(text)  # same offsets; outside code the same characters
    stretches = pair_marks(text)
    if not stretches:
        return []
    lay = layout(text, stretches)
    one_a_line = PARA_BREAK.search(text) is None
    opens = [s.open_at for s in stretches]

    def inside(pos: int) -> bool:
        i = bisect.bisect_right(opens, pos) - 1
        return i >= 0 and stretches[i].open_at <= pos < stretches[i].close_end

    sp = Speakers(text, actors, inside, lay.masked, lay.sent_starts)
    finder = Finder(sp)
    out: list[Quote] = []
    last_para = -1
    last: Attribution | None = None   # the last speaker in the running paragraph chain
    for k, s in enumerate(stretches):
        para = lay.para_of(s.open_at)
        si = lay.sent_of(s.open_at)
        sent_start, sent_end = lay.sents[si]
        if sent_end < s.close_end:
            sent_end = lay.sents[lay.sent_of(max(s.close_end - 1, 0))][1]
        kind = quote_kind(text, s, sent_start)
        prev_close = stretches[k - 1].close_end if k else 0
        next_open = stretches[k + 1].open_at if k + 1 < len(stretches) else len(text)
        # every search stays within a window around the quote: linear time on any input
        sent_start = max(sent_start, s.open_at - WINDOW)
        sent_end = min(sent_end, s.close_end + WINDOW)
        lo = max(sent_start, prev_close)
        hi = min(sent_end, next_open)
        att = finder.dash(s.close_end) or finder.after(s.close_end, hi)
        if att is None:
            # past an unattributed quote earlier in the sentence ('at a "Forum" sponsored by NBC
            # and said'), the clause's subject may stand before it
            top = sent_start if k and out and not out[-1].speaker and prev_close > sent_start else None
            att = finder.before(lo, s.open_at, kind == "partial", top)
        if att is None:
            att = finder.according(sent_start, sent_end)
        if att is None and kind == "full":
            att = finder.colon(lo, s.open_at)
        if att is None and kind == "partial" and not s.single:
            att = finder.subject(sent_start, s.open_at)
        starts_para = LEADING_SPACE.match(text, lay.paras[para][0], s.open_at).end() == s.open_at
        # the quote is its sentence ("Is it?" Obama asked.): the splitter ends the sentence at
        # the quote's own full stop, and the attribution may be the "sentence" that follows;
        # a quote that closes a sentence of the narrator's never takes the next sentence's cue
        ends_sentence = (sent_end <= s.close_end + 1 and si + 1 < len(lay.sents)
                         # the next sentence in its paragraph (a line, when the text has a sentence a line)
                         and (lay.sents[si + 1][0] < lay.paras[para][1] or one_a_line)
                         and LEADING_SPACE.match(text, lay.sents[si][0], s.open_at).end() == s.open_at)
        if att is None and ends_sentence and (starts_para or para != last_para):
            # a paragraph opens with the quote; "Obama asked." follows: that names the speaker
            att = finder.after(s.close_end, min(lay.sents[si + 1][1], next_open, s.close_end + WINDOW))
        if att is None and starts_para and para > 0:
            # "He told his audience: / “I can say ...”": a colon ends the paragraph before
            pa, pb = lay.paras[para - 1]
            if text[pa:pb].rstrip().endswith(":"):
                ps = max(lay.sents[lay.sent_of(max(pa, pb - 1))][0], pb - WINDOW)
                att = finder.colon(ps, s.open_at)
        if (att is None and kind == "full" and si > 0 and prev_close <= lay.sents[si - 1][0]
                and LEADING_SPACE.match(text, lay.sents[si][0], s.open_at).end() == s.open_at
                and (lay.sents[si - 1][0] >= lay.paras[para][0] or starts_para and para > 0
                     and not CUE_RE.search(lay.masked, s.close_end, min(len(text), s.close_end + 100))
                     and not INNER_TAG.search(text, s.start, s.end))):
            # "Schiff said the delay was political. “It is.”": the reporter of the sentence
            # before, with no quote of its own, goes on in his own words (in the next paragraph
            # too, unless a cue follows the quote, or the marks were mispaired around one)
            ps, pe = lay.sents[si - 1]
            att = finder.reported(max(ps, pe - WINDOW), pe)
        if att is None and k and out and out[-1].speaker and lay.sent_of(stretches[k - 1].open_at) == si:
            # "..., the judge said, "has totally overlapped."" / a "loser," a "liar" and a "whiner."
            att = Attribution(out[-1].speaker, out[-1].cue)
        if att is None and kind == "full" and last is not None and not s.single:
            if para == last_para or (para == last_para + 1 and starts_para):
                att = last  # the running speaker continues
        if att is None and ends_sentence:
            # the quote ends its sentence ("Is it?" Trump asked.): the attribution may follow
            att = finder.after(s.close_end, min(lay.sents[si + 1][1], next_open, s.close_end + WINDOW))
        if att is not None and att.speaker:
            last, last_para = att, para
        if kind == "partial" and is_title(text[s.start:s.end]) and not (
                att and att.cue in LABEL_CUES and NICKNAMED.search(lay.masked, max(0, s.open_at - 40), s.open_at)):
            # a quoted title or name ("Meet the Press", a book called "Women Who Work"): nobody
            # says it; but "he called Vega 'Little Carlos'" is a nickname somebody said
            att = None
        speaker = att.speaker if att else None
        cue = att.cue if att and att.speaker else None
        out.append(Quote(text[s.start:s.end], s.start, s.end, speaker, cue, kind))
    return out
