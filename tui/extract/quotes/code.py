"""Source code in articles: nobody is quoted in `print("hello")`.

Code reaches the extractor in two shapes. In raw Markdown (`extract --raw`, a .txt that pastes
Markdown) the fences and backticks are still there: fenced blocks and inline code spans are
masked by their markup. A .md article is rendered to plain text first, and the renderer drops
the fences and backticks (only the code itself is left, a block of its own), so code is also
recognised by its syntax: a call with a string argument (`print("...")`), a string glued to
`name=`, a line that is an assignment or a definition, and every line of a paragraph that is
mostly such lines. Prose does not look like that; news English never glues a quotation mark
to `word(` or `word=`.

Masking blanks characters to spaces (newlines kept): the same length and offsets, so spans
found in the masked text index the original one.
"""
from __future__ import annotations

import re

# A fence opens a line (up to three spaces in, as CommonMark allows) with ``` or ~~~; the
# block runs to the next fence of the same kind, or to the end of the text when unclosed.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^\n]*$", re.MULTILINE)

# inline code on one line holding a quotation mark: `code` or ``code``; but ``Yes,'' he
# said. ``No,'' (the typewriter's opening and closing quotes) holds no code span
_INLINE = re.compile(r"(?<![`\w])`(?!`)[^`\n]+`(?!`)|(?<!`)``(?!`)[^`\n]+``(?!`)")
MAX_CODE = 1000  # characters a call or a string may run on one line: linear time on any input
_QUOTE_CHARS = "\"'“”‘’«»„"
# a call with a string argument, glued: print("...") / f(x, 'y') / console.log(`...`); found
# from its "(" (a literal is quick to scan for), the callee read backwards
_CALL_PAREN = re.compile(r"\((?=\s*(?:[\"'`]|[\w.\[\]]+\s*(?:,[^()\n]{0,80}?[\"'`]|=\s*[\"'`])))")
_CALLEE = re.compile(r"(?<![\w.$])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$")
# a string glued to a name and "=": said="nobody" / class='x' / --name="y"
_KWARG_EQ = re.compile(r"=[\"'`]")
_KWARG_NAME = re.compile(r"(?<![\w\-])[A-Za-z_][\w\-]*$")
# whole lines that are code
_CODE_LINE = re.compile(
    r"[ \t]*(?:"
    r"(?:(?:const|let|var|val|my|local|export|auto|int|char|string|final)\s+)?"
    r"[A-Za-z_$][\w$.]*(?:\[[^\]\n]*\])?[ \t]*(?:[+\-*/%|&^]|\.\.|:|\?\?)?=(?![=>])[ \t]*\S"  # x = ...
    r"|(?:def|function|func|fn)[ \t]+[A-Za-z_$][\w$]*[ \t]*\("                  # def f(
    r"|class[ \t]+[A-Z]\w*[ \t]*(?:[(:{]|extends\b|$)"                         # class X:
    r"|(?:import[ \t]+(?:[\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+)*"              # import x
    r"|\{[^}\n]*\}[ \t]+from[ \t]+[\"'][^\"'\n]+[\"'])"
    r"|from[ \t]+[\w.]+[ \t]+import[ \t]+[\w.*, ()]+|#include[ \t]*[<\"][^>\"\n]+[>\"]"
    r"|package[ \t]+[\w.]+;)[ \t]*;?[ \t]*$"
    r"|(?:>>>|\$)\s+[a-z]"                                                    # prompts
    r"|(?:return|echo|print|puts)[ \t]+([\"'`])[^\n]*\1[ \t]*;?[ \t]*$"             # print "x"
    r"|\"[^\"\n]{1,40}\"[ \t]*:[ \t]*(?:\"[^\"\n]*\"|-?[\d.]+|true|false|null|[{\[])[ \t]*,?[ \t]*$"  # "key": 1,
    r")")
_CODE_LINES = re.compile(r"^(?:" + _CODE_LINE.pattern + ")", re.MULTILINE)
# what else a line of a code block looks like: a bracket or operator line, a comment
_CODE_ISH = re.compile(
    r"[ \t]*(?:[)\]}]+[;,)]*\s*$|(?://|#|/\*|\*|--)\s|(?:if|elif|else|for|while|try|except|finally|"
    r"with|switch|case|catch|do)\b[^\n]*[:{]\s*$)"
    r"|[^\n]*(?:[;{(\[]\s*$|=>|->|==|!=|&&|\|\||::)")


def mask_code_blocks(text: str) -> str:
    """`text` with fenced code blocks blanked to spaces (newlines kept): same length and
    offsets, so spans found in the result index the original text."""
    if "```" not in text and "~~~" not in text:
        return text
    parts: list[str] = []
    done = 0
    pos = 0
    while True:
        m = _FENCE.search(text, pos)
        if m is None:
            break
        fence = m.group(1)
        close = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$", re.MULTILINE)
        c = close.search(text, m.end())
        end = c.end() if c else len(text)
        parts.append(text[done:m.start()])
        parts.append(re.sub(r"[^\n]", " ", text[m.start():end]))
        done = pos = end
        if c is None:
            break
    parts.append(text[done:])
    return "".join(parts)


def _string_end(text: str, i: int, stop: int) -> int:
    """The end of a string literal whose opening mark is text[i] (or stop when unclosed)."""
    q = text[i]
    k = i + 1
    while k < stop:
        ch = text[k]
        if ch == "\\":
            k += 2
            continue
        if ch == q:
            return k + 1
        k += 1
    return stop


def _call_end(text: str, i: int, stop: int) -> int:
    """The end of a call whose "(" is text[i]: the matching ")" on the line, strings skipped."""
    depth = 0
    k = i
    while k < stop:
        ch = text[k]
        if ch in "\"'`":
            k = _string_end(text, k, stop)
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return stop


def _tokens(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Calls with a string argument and strings glued to "name=" in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    out: list[tuple[int, int]] = []
    covered = lo  # calls and strings inside one already found are part of it
    for m in _CALL_PAREN.finditer(text, lo, hi):
        if m.start() < covered:
            continue
        callee = _CALLEE.search(text, max(lo, m.start() - 60), m.start()) if m.start() > lo else None
        if callee:
            eol = text.find("\n", m.end(), min(hi, m.end() + MAX_CODE))
            out.append((callee.start(), _call_end(text, m.start(), min(hi, m.end() + MAX_CODE) if eol < 0 else eol)))
            covered = out[-1][1]
    covered = lo
    for m in _KWARG_EQ.finditer(text, lo, hi):
        if m.start() < covered:
            continue
        name = _KWARG_NAME.search(text, max(lo, m.start() - 40), m.start())
        if name:
            eol = text.find("\n", m.end(), min(hi, m.end() + MAX_CODE))
            stop = min(hi, m.end() + MAX_CODE) if eol < 0 else eol
            end = _string_end(text, m.end() - 1, stop)
            # an unclosed value (a broken attribute before prose): only the name and its mark
            out.append((name.start(), end if end < stop or text[end - 1] == text[m.end() - 1] else m.end()))
            covered = out[-1][1]
    return out


def _code_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if "`" in text:
        spans.extend(m.span() for m in _INLINE.finditer(text)
                     if "''" not in m.group() and any(c in m.group() for c in _QUOTE_CHARS))
    tokens = _tokens(text)
    spans.extend(tokens)
    hits = sorted({a for a, _ in tokens} | {m.start() for m in _CODE_LINES.finditer(text)})
    if not hits:
        return spans
    # the paragraphs (between blank lines) that hold code: their lines one by one, and the
    # whole paragraph when it is mostly code lines
    done = -1
    for h in hits:
        if h < done:
            continue
        a = text.rfind("\n\n", 0, h)
        a = 0 if a < 0 else a + 2
        b = text.find("\n\n", h)
        b = len(text) if b < 0 else b
        spans.extend(_code_paragraph(text, a, b))
        done = b
    return spans


def _code_paragraph(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Code in the paragraph text[a:b]: its code lines, or all of it when mostly code."""
    lines: list[tuple[int, int, int]] = []   # (start, end, 2 code line / 1 code in it / 0 prose)
    ish = 0
    pos = a
    while pos < b:
        eol = text.find("\n", pos, b)
        if eol < 0:
            eol = b
        line = text[pos:eol]
        if line.strip():
            code = 2 if _CODE_LINE.match(line) else 1 if _tokens(line) else 0
            if not code and _CODE_ISH.match(line):
                ish += 1
            lines.append((pos, eol, code))
        pos = eol + 1
    strong = sum(1 for ln in lines if ln[2])
    if strong and len(lines) > 1 and 3 * (strong + ish) >= 2 * len(lines):
        return [(lines[0][0], lines[-1][1])]  # a code block: every line of it
    return [(s, e) for s, e, code in lines if code == 2]


def mask_code(text: str) -> str:
    """`text` with code blanked: fenced blocks, inline code spans, and code that a Markdown
    renderer left without its markup. Same length and offsets; prose unchanged."""
    text = mask_code_blocks(text)
    if not any(c in text for c in _QUOTE_CHARS):
        return text  # no quotation marks: nothing code could add to the quotes
    spans = _code_spans(text)
    if not spans:
        return text
    spans.sort()
    parts: list[str] = []
    done = 0
    for a, b in spans:
        a = max(a, done)
        if b <= a:
            continue
        parts.append(text[done:a])
        parts.append(re.sub(r"[^\n]", " ", text[a:b]))
        done = b
    parts.append(text[done:])
    return "".join(parts)
