"""The library index: incremental refresh, the extraction cache, recovery, concurrency, library actors."""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

from tui.library.index import LibraryIndex, date_range, index_path
from tui.library.library_actors import ActorOccurrence, actor_key, merge_actors
from tui.model import Actor, DateMention, Extraction, Mention, Quote

REPO = Path(__file__).resolve().parent.parent

# A fake extractor: people are the names listed here, quotes are "..." said NAME. Its output does not
# depend on how far the real extractors have come, so these tests do not either.
PEOPLE = ["Claudia Sheinbaum", "Marco Rubio", "Ana Rubio", "Jan Kowalski", "José Álvarez", "Jose Alvarez",
          "CLAUDIA SHEINBAUM", "Sheinbaum", "Rubio", "Kowalski", "Mexico", "Brussels"]
_PEOPLE = re.compile(r"\b(%s)\b" % "|".join(sorted(map(re.escape, PEOPLE), key=len, reverse=True)))
_QUOTE = re.compile(r'"([^"]+)," said ([A-Z][\w\u00c0-\u017f]+(?: [A-Z][\w\u00c0-\u017f]+)?)')
_DATE = re.compile(r"\b(\d{4}-\d{2}(?:-\d{2})?)\b")
CALLS: list[str] = []


def fake_extract(text: str, published: date | None = None) -> Extraction:
    CALLS.append(text[:20])
    found: dict[str, list[Mention]] = {}
    for m in _PEOPLE.finditer(text):
        found.setdefault(m.group(1), []).append(Mention(m.start(), m.end(), m.group(1)))
    actors = tuple(Actor(n, "place" if n in ("Mexico", "Brussels") else "person", tuple(ms))
                   for n, ms in found.items())
    quotes = tuple(Quote(m.group(1), m.start(1), m.end(1), m.group(2), "said") for m in _QUOTE.finditer(text))
    dates = tuple(DateMention(m.group(1), m.start(), m.end(), "DATE", m.group(1)) for m in _DATE.finditer(text))
    return Extraction(actors, quotes, dates)


def write_article(root: Path, name: str, title: str, body: str, published: str = "2025-02-10") -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"Title: {title}\nDate: {published}\n\n{body}\n", encoding="utf-8")
    return path


def bump(path: Path, text: str | None = None) -> None:
    """Rewrite (or just touch) a file so that its mtime surely changes."""
    if text is not None:
        path.write_text(text, encoding="utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 2_000_000_000))


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    write_article(root, "a.txt", "Sheinbaum answers on tariffs",
                  'Claudia Sheinbaum spoke in Mexico.\n"We will not accept tariffs," said Claudia Sheinbaum.',
                  "2025-02-03")
    write_article(root, "b.txt", "Rubio visits Mexico",
                  'Marco Rubio met Sheinbaum in Mexico on 2025-01-20.\n"Security is a top priority," said Marco Rubio.',
                  "2025-01-21")
    write_article(root, "sub/c.txt", "Kowalski on the military act",
                  'Jan Kowalski criticized the military act in Brussels.\n"The act is unlawful," said Kowalski.',
                  "2024-11-05")
    return root


def open_index(root: Path) -> LibraryIndex:
    return LibraryIndex.open(root, extractor=fake_extract)


def test_refresh_is_incremental(library: Path) -> None:
    with open_index(library) as index:
        report = index.refresh()
        assert (report.total, report.added, report.changed, report.removed) == (3, 3, 0, 0)
        assert index.article_count() == 3

        again = index.refresh()
        assert (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 3)

        write_article(library, "d.txt", "New article", "Ana Rubio said nothing.")
        report = index.refresh()
        assert (report.added, report.changed, report.unchanged) == (1, 0, 3)

        b = library / "b.txt"
        bump(b, b.read_text(encoding="utf-8").replace("top priority", "first priority"))
        report = index.refresh()
        assert (report.added, report.changed) == (0, 1)
        quotes = [q.text for q in index.extraction_of(str(b)).quotes]
        assert quotes == ["Security is a first priority"]

        CALLS.clear()
        bump(library / "a.txt")  # touched, content unchanged: no extraction
        report = index.refresh()
        assert (report.changed, report.unchanged) == (0, 4) and CALLS == []

        (library / "sub" / "c.txt").unlink()
        report = index.refresh()
        assert report.removed == 1 and index.article_count() == 3
        names = {r[0] for r in index.conn.execute("SELECT name FROM lib_actors")}
        assert "Jan Kowalski" not in names
        assert index.conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 2


def test_unreadable_files_are_skipped_once(library: Path) -> None:
    (library / "empty.txt").write_text("", encoding="utf-8")
    with open_index(library) as index:
        report = index.refresh()
        assert report.skipped == [(str(library / "empty.txt"), "empty file")]
        assert index.refresh().skipped == []  # remembered, not retried
        assert index.skipped() == [(str(library / "empty.txt"), "empty file")]


def test_extraction_for_is_cached(library: Path) -> None:
    from tui.library.loader import load_article

    article = load_article(library / "a.txt")
    with open_index(library) as index:
        CALLS.clear()
        first = index.extraction_for(article)
        second = index.extraction_for(article)
        assert first == second and len(CALLS) == 1
        assert [a.name for a in first.actors] == ["Claudia Sheinbaum", "Mexico"]
    # Another extractor version: the cache entry no longer counts.
    other = LibraryIndex.open(library, extractor="tui.extract:extract")
    assert other.version != open_index(library).version
    assert other.extraction_for(article) == other.extraction_for(article)


def test_extractor_version_follows_the_extractors() -> None:
    from tui.library.index import extractor_version

    from tui import __version__

    assert extractor_version().startswith(__version__ + "+")


@pytest.mark.parametrize("garbage", [b"this is not a database at all" * 100, b""])
def test_corrupt_index_is_rebuilt(library: Path, garbage: bytes) -> None:
    path = index_path(library)
    with open_index(library) as index:
        index.refresh()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    path.write_bytes(garbage)
    notices: list[str] = []
    with LibraryIndex.open(library, extractor=fake_extract, notice=notices.append) as index:
        if garbage:
            assert len(notices) == 1 and "rebuilding" in notices[0]
        assert index.refresh().added == 3


def test_foreign_sqlite_file_is_rebuilt(library: Path) -> None:
    path = index_path(library)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE people(name TEXT)")
    conn.commit()
    conn.close()
    notices: list[str] = []
    with LibraryIndex.open(library, extractor=fake_extract, notice=notices.append) as index:
        assert notices == [f"newsreader: index {path} is not a newsreader index; rebuilding it"]
        assert index.refresh().added == 3


def test_threads_share_one_index(library: Path) -> None:
    for i in range(20):
        write_article(library, f"more/{i:02d}.txt", f"Story {i}", f"Marco Rubio spoke ({i}).")
    index = open_index(library)
    errors: list[BaseException] = []

    def work() -> None:
        try:
            index.refresh()
        except BaseException as err:  # pragma: no cover - reported below
            errors.append(err)

    threads = [threading.Thread(target=work) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert index.article_count() == 23
    index.close()


def test_two_processes_index_at_once(library: Path, tmp_path: Path) -> None:
    for i in range(40):
        write_article(library, f"bulk/{i:02d}.txt", f"Bulk story {i}", f"Claudia Sheinbaum said {i} things.")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    cmd = [sys.executable, "-m", "tui", "index", "--library", str(library)]
    procs = [subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    index = LibraryIndex.open(library)
    assert index.article_count() == 43
    assert index.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    paths = [r[0] for r in index.conn.execute("SELECT path FROM articles")]
    assert len(paths) == len(set(paths))
    # Both processes wrote entries of one extractor version (the extractor code is the same).
    assert len({r[0] for r in index.conn.execute("SELECT version FROM articles")}) == 1


def test_library_actors_merge_across_articles(library: Path) -> None:
    write_article(library, "e.txt", "Shouting", "CLAUDIA SHEINBAUM and José Álvarez.")
    write_article(library, "f.txt", "Plain", "Jose Alvarez met Ana Rubio. Later Rubio left.")
    with open_index(library) as index:
        index.refresh()
        rows = {r[0]: r[1:] for r in index.conn.execute("SELECT name, n_articles, n_quotes FROM lib_actors")}
    # Case folded; the surname "Sheinbaum" (b.txt) joins the only Sheinbaum with a full name.
    assert rows["Claudia Sheinbaum"] == (3, 1)
    # Accents folded: one actor, spelled the fullest way.
    assert rows["José Álvarez"] == (2, 0)
    # "Rubio" alone is ambiguous (Marco and Ana): it stays its own entry.
    assert rows["Marco Rubio"] == (1, 1) and rows["Ana Rubio"] == (1, 0) and rows["Rubio"] == (1, 0)
    assert rows["Jan Kowalski"] == (1, 1)  # "said Kowalski" counts for Jan Kowalski


def test_merge_actors_unit() -> None:
    occ = [ActorOccurrence(1, "Donald Trump", "person", 3), ActorOccurrence(2, "Trump", "person", 1),
           ActorOccurrence(3, "The New York Times", "organization", 1),
           ActorOccurrence(4, "New York Times", "organization", 2)]
    actors, canon = merge_actors(occ)
    by_key = {a.key: a for a in actors}
    assert canon["trump"] == "donald trump" and by_key["donald trump"].article_ids == {1, 2}
    assert by_key["new york times"].article_ids == {3, 4}
    assert actor_key("  Sheinbaum-Pardo ") == "sheinbaum pardo"


def test_aliases_link_short_names_across_articles() -> None:
    occ = [ActorOccurrence(1, "General Motors", "organization", 3, ("GM",)),
           ActorOccurrence(2, "GM", "organization", 2),
           ActorOccurrence(3, "United States", "place", 4, ("U.S.",)),
           ActorOccurrence(4, "US", "place", 1),
           ActorOccurrence(5, "Washington", "place", 1),
           ActorOccurrence(6, "George Washington", "person", 1, ("Washington",)),
           ActorOccurrence(7, "Barack Obama", "person", 1, ("Obama",)),
           ActorOccurrence(8, "Michelle Obama", "person", 1, ("Obama",)),
           ActorOccurrence(9, "Obama", "person", 1)]
    actors, canon = merge_actors(occ)
    by_key = {a.key: a for a in actors}
    assert canon["gm"] == "general motors" and by_key["general motors"].article_ids == {1, 2}
    assert actor_key("U.S.") == "us" and canon["us"] == "united states"
    assert by_key["united states"].name == "United States"
    # An alias of another kind (the person's surname, the city) or of two actors stays apart.
    assert canon["washington"] == "washington" and canon["obama"] == "obama"


def test_date_ranges() -> None:
    assert date_range("2025-02") == ("2025-02-01", "2025-02-28")
    assert date_range("2025-02-08") == ("2025-02-08", "2025-02-08")
    assert date_range("2025") == ("2025-01-01", "2025-12-31")
    assert date_range("2025-Q1") == ("2025-01-01", "2025-03-31")
    assert date_range("P20Y") is None and date_range("PRESENT_REF") is None
    assert date_range("2025-W33") == ("2025-08-11", "2025-08-17")
    assert date_range("2025-W32-WE") == ("2025-08-09", "2025-08-10")
    assert date_range("2025-SU") == ("2025-06-01", "2025-08-31")
    assert date_range("2025-H2") == ("2025-07-01", "2025-12-31")
    assert date_range("2025-08-08TNI") == ("2025-08-08", "2025-08-08")
    # a modifier keeps its third: "late 2025" is not February
    assert date_range("2025", "END") == ("2025-09-01", "2025-12-31")
    assert date_range("2026", "START") == ("2026-01-01", "2026-04-30")  # 'early next year'
    assert date_range("2025-02", "START") == ("2025-02-01", "2025-02-10")
    # decades and centuries
    assert date_range("199") == ("1990-01-01", "1999-12-31") and date_range("19") == ("1900-01-01", "1999-12-31")
    assert date_range("199", "MID") == ("1993-01-01", "1996-12-31")
    assert date_range("2021-W53") is None and date_range("XXXX-08-08") is None


def test_the_dates_pane_order_is_the_calendar() -> None:
    from tui.library.date_ranges import chronological_key

    values = [("2025", "END"), ("2025-09-02", None), ("P3Y", None), ("2025", None), ("2025-09", None), ("201", None)]
    assert sorted(values, key=lambda v: chronological_key(*v)) == [
        ("201", None), ("2025", None), ("2025-09-02", None), ("2025-09", None), ("2025", "END"), ("P3Y", None)]


def test_refresh_reports_progress(library: Path) -> None:
    seen: list[tuple[int, int]] = []
    with open_index(library) as index:
        index.refresh(lambda done, total: seen.append((done, total)))
    assert seen[-1] == (3, 3) and all(total == 3 for _, total in seen)



def test_scan_matches_the_library_scanner(tmp_path: Path) -> None:
    from tui.library.index import scan_articles
    from tui.library.scan import iter_article_paths

    root = tmp_path / "tree"
    for rel in ("b.txt", "a.md", "z/c.HTML", "z/y/d.htm", "NOTICE", "README", ".hidden.txt", ".git/e.txt",
                "m/x.markdown", "m/notes.pdf"):
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text("x", encoding="utf-8")
    (root / "link").symlink_to(root / "z", target_is_directory=True)
    assert [p for p, _ in scan_articles(root)] == [str(p) for p in iter_article_paths(root)]
    assert [p for p, _ in scan_articles(root / "b.txt")] == [str(root / "b.txt")]
