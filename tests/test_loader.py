"""Library loading: every format, the seed's header, boilerplate, and every bad-input case."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui.library.dates import parse_date
from tui.library.decode import MAX_BYTES, LoadError
from tui.library.loader import load_article, load_raw
from tui.library.scan import iter_article_paths, load_library

REPO = Path(__file__).resolve().parent.parent


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        p.write_bytes(content)
    else:
        p.write_text(content, encoding="utf-8")
    return p


def test_seed_header_and_boilerplate(seed_path: Path) -> None:
    a = load_article(seed_path)
    assert a.title == "Trump Considers Military Action Against Latin American Drug Cartels"
    assert a.published == date(2025, 8, 9)
    assert a.categories == ("Defence & Security",)
    assert "Download IPFS" not in a.text
    assert a.text.startswith("WASHINGTON, D.C. President Donald Trump")
    assert "Categories" not in a.text


def test_seed_is_byte_for_byte_the_supplied_file(seed_path: Path) -> None:
    supplied = REPO.parent / "shared" / "seeds" / "000_70b382e9bee2d462.txt"
    if not supplied.exists():
        pytest.skip("the supplied seed is not beside this checkout")
    assert seed_path.read_bytes() == supplied.read_bytes()


def test_key_value_header(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", "Title: Boeing rolls out jet\nDate: 2008-03-01\nURL: http://x\nSource: Wikinews\n\nFirst line.\nSecond line.\n")
    a = load_article(p)
    assert (a.title, a.published, a.url, a.source) == ("Boeing rolls out jet", date(2008, 3, 1), "http://x", "Wikinews")
    assert a.text == "First line.\nSecond line."


def test_plain_text_without_header_is_all_body(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", "The minister said the plan was sound.\nShe left on Monday.\n")
    a = load_article(p)
    assert a.title is None and a.published is None
    assert a.text == "The minister said the plan was sound.\nShe left on Monday."


def test_categories_split_on_commas(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", "A title\n\n9 Aug 2025\n\n— Categories: Defence & Security, Politics\n\nShare\nBody here.\nAdvertisement\nMore body.\n")
    a = load_article(p)
    assert a.categories == ("Defence & Security", "Politics")
    assert a.published == date(2025, 8, 9)
    assert a.text == "Body here.\nMore body."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-08-09", date(2025, 8, 9)),
        ("2025-08-09T10:00:00Z", date(2025, 8, 9)),
        ("August 9, 2025", date(2025, 8, 9)),
        ("Aug. 9, 2025", date(2025, 8, 9)),
        ("9 Aug 2025", date(2025, 8, 9)),
        ("Saturday, 9 August 2025", date(2025, 8, 9)),
        ("Sat, 09 Aug 2025 10:00:00 +0000", date(2025, 8, 9)),
        ("Sept 3, 2024", date(2024, 9, 3)),
        ("31/12/2024", date(2024, 12, 31)),   # a day above 12 shows the order
        ("12/31/2024", date(2024, 12, 31)),
        ("05/06/2024", date(2024, 5, 6)),     # a slash between two small numbers: the US way
        ("05.06.2024", date(2024, 6, 5)),     # dots: day first
        ("13/13/2024", None),
        ("not a date", None),
        ("February 31, 2025", None),
        ("", None),
    ],
)
def test_header_dates(value: str, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_markdown_front_matter_and_plain_text(tmp_path: Path) -> None:
    src = "---\ntitle: \"Rubio in Mexico\"\ndate: 2025-09-03\nsource: Example News\nurl: https://example.org/a\nauthor: A. Writer\n---\n# Heading\n\nThe **secretary** said [it](http://x) was *fine*.\n\n- one\n- two\n"
    a = load_article(write(tmp_path, "a.md", src))
    assert a.title == "Rubio in Mexico" and a.published == date(2025, 9, 3)
    assert (a.source, a.url, a.author, a.format) == ("Example News", "https://example.org/a", "A. Writer", "md")
    assert a.text == "Heading\n\nThe secretary said it was fine.\n\none\n\ntwo"
    assert a.markdown is not None and a.markdown.startswith("# Heading")


def test_front_matter_quoted_brackets_and_flow_lists(tmp_path: Path) -> None:
    src = '---\ntitle: "[Update] Vote [live]"\ncategories: [Politics, Mexico]\n---\nBody.\n'
    a = load_article(write(tmp_path, "a.md", src))
    assert a.title == "[Update] Vote [live]"
    assert a.categories == ("Politics", "Mexico")


def test_markdown_title_from_heading(tmp_path: Path) -> None:
    a = load_article(write(tmp_path, "a.md", "# The Title\n\nBody text.\n"))
    assert a.title == "The Title"


@pytest.mark.parametrize("src", ["---\ntitle: x\nBody without closing\n", "---\ntitle: x\n"])
def test_broken_front_matter(tmp_path: Path, src: str) -> None:
    with pytest.raises(LoadError, match="front matter"):
        load_article(write(tmp_path, "a.md", src))


def test_html_meta_and_main_text(tmp_path: Path) -> None:
    src = """<html><head><title>Site | Headline</title>
    <meta property="og:title" content="Headline here">
    <meta property="article:published_time" content="2025-08-09T12:00:00Z">
    <style>p {color: red}</style><script>var x = "Mexico";</script></head>
    <body><nav>Home | World</nav><article><h1>Headline here</h1>
    <p>President Donald Trump spoke on Friday, the White House said in a long statement today.</p>
    <p>Share</p><p>Second paragraph with &amp; entity and enough words to count as the main text of the page.</p></article>
    <footer>Copyright</footer></body></html>"""
    a = load_article(write(tmp_path, "a.html", src))
    assert a.title == "Headline here" and a.published == date(2025, 8, 9)
    assert "var x" not in a.text and "Home | World" not in a.text and "Copyright" not in a.text
    assert "Second paragraph with & entity" in a.text
    assert "\nShare\n" not in a.text


def test_html_jsonld_and_time(tmp_path: Path) -> None:
    src = '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-02-03"}</script></head><body><p>Body text.</p></body></html>'
    assert load_article(write(tmp_path, "a.htm", src)).published == date(2024, 2, 3)
    src2 = '<html><body><time datetime="2023-05-06">May 6</time><p>Body text.</p></body></html>'
    assert load_article(write(tmp_path, "b.html", src2)).published == date(2023, 5, 6)


def test_legacy_encoding(tmp_path: Path) -> None:
    p = write(tmp_path, "a.txt", b"Caf\xe9 owners in S\xe3o Paulo \x93protest\x94.\n")
    assert load_article(p).text == "Café owners in São Paulo “protest”."


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("bin.txt", b"abc\x00def", "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"\n\n  \n", "empty"),
        ("only-header.txt", b"Title: x\nDate: 2020-01-01\n\n", "no article text"),
    ],
)
def test_bad_files_give_one_line_reasons(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    p = write(tmp_path, name, content)
    with pytest.raises(LoadError) as info:
        load_article(p)
    msg = str(info.value)
    assert "\n" not in msg and name in msg and reason in msg


def test_missing_and_too_large(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load_article(tmp_path / "missing.txt")
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.seek(MAX_BYTES + 10)
        f.write(b"x")
    with pytest.raises(LoadError, match="too large"):
        load_article(big)


def test_raw_is_exact_and_strict(tmp_path: Path) -> None:
    p = write(tmp_path, "r.txt", b"line one\r\nline two\rDownload IPFS\n\xc3\xa9")
    a = load_raw(p)
    assert a.text == "line one\r\nline two\rDownload IPFS\né" and a.title is None
    with pytest.raises(LoadError, match="UTF-8"):
        load_raw(write(tmp_path, "bad.txt", b"caf\xe9"))


def test_library_scan_skips_hidden_and_non_articles_and_keeps_going(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", "Title: Good\nDate: 2020-01-01\n\nBody.\n")
    write(tmp_path, "sub/deeper/good.md", "# Deep\n\nBody.\n")
    write(tmp_path, ".hidden/secret.txt", "Body.\n")
    write(tmp_path, ".dot.txt", "Body.\n")
    write(tmp_path, "NOTICE", "not an article")
    write(tmp_path, "README", "not an article")
    write(tmp_path, "bad.txt", b"\x00\x01")
    write(tmp_path, "empty.md", b"")
    names = sorted(p.name for p in iter_article_paths(tmp_path))
    assert names == ["bad.txt", "empty.md", "good.md", "good.txt"]
    lib = load_library(tmp_path)
    assert sorted(a.title for a in lib.articles) == ["Deep", "Good"]
    assert sorted(Path(s.path).name for s in lib.skipped) == ["bad.txt", "empty.md"]


def test_symlinked_folders_are_not_followed(tmp_path: Path) -> None:
    write(tmp_path, "real/a.txt", "Body.\n")
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "link").symlink_to(tmp_path / "real", target_is_directory=True)
    assert list(iter_article_paths(lib)) == []


def test_bundled_library_loads_cleanly() -> None:
    lib = load_library(REPO / "seeds")
    assert len(lib.articles) == 121 and lib.skipped == ()
    assert all(a.published is not None and a.title for a in lib.articles)
