"""Property tests: whatever bytes a file holds, loading never raises anything but LoadError."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.library.decode import LoadError
from tui.library.loader import load_article
from tui.library.markdown import FrontMatterError, split_front_matter
from tui.library.txt import parse_txt

_SUFFIXES = st.sampled_from([".txt", ".md", ".html"])
_TEXTY = st.text(alphabet=st.sampled_from(list("ab \n:-—#<>/\"'Title Date August 9, 2025 ---\t")), max_size=300)


@settings(max_examples=150, deadline=None)
@given(data=st.one_of(st.binary(max_size=400), _TEXTY.map(lambda s: s.encode("utf-8"))), suffix=_SUFFIXES)
def test_random_bytes_never_crash_the_loader(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"f{suffix}"
        p.write_bytes(data)
        try:
            article = load_article(p)
        except LoadError as err:
            assert "\n" not in str(err) and str(p) in str(err)
        else:
            assert article.text.strip()


@settings(max_examples=200, deadline=None)
@given(_TEXTY)
def test_txt_parser_total(text: str) -> None:
    parsed = parse_txt(text)
    assert isinstance(parsed.body, str)


@settings(max_examples=200, deadline=None)
@given(_TEXTY)
def test_front_matter_parser_total(text: str) -> None:
    try:
        fields, body = split_front_matter(text)
    except FrontMatterError:
        return
    assert isinstance(fields, dict) and isinstance(body, str)
