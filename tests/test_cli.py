"""The `newsreader extract` contract: JSON Lines in argument order, spans index text, errors on stderr."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, cwd=cwd or REPO)


def test_seed_contract(seed_path: Path) -> None:
    proc = run("extract", str(seed_path))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert len(lines) == 1
    doc = json.loads(lines[0])
    assert set(doc) >= {"path", "title", "published", "categories", "text", "actors", "quotes", "dates"}
    assert doc["title"] == "Trump Considers Military Action Against Latin American Drug Cartels"
    assert doc["published"] == "2025-08-09"
    assert doc["categories"] == ["Defence & Security"]
    assert "Download IPFS" not in doc["text"]
    text = doc["text"]
    for actor in doc["actors"]:
        assert actor["kind"] in ("person", "organization", "place")
        for s, e in actor["mentions"]:
            assert 0 <= s < e <= len(text)
    for q in doc["quotes"]:
        s, e = q["span"]
        assert text[s:e] == q["text"] and q["kind"] in ("full", "partial")
    for d in doc["dates"]:
        s, e = d["span"]
        assert text[s:e] == d["text"] and d["type"] in ("DATE", "TIME", "DURATION", "SET")


def test_bad_inputs_are_reported_and_the_rest_still_printed(tmp_path: Path) -> None:
    (tmp_path / "bad.bin").write_bytes(b"\x00\x01\x02")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("Title: Good\nDate: 2020-01-02\n\nThe mayor spoke on Friday.\n", encoding="utf-8")
    args = [str(tmp_path / n) for n in ("bad.bin", "empty.txt", "missing.txt", "good.txt")]
    proc = run("extract", *args)
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["title"] for d in out] == ["Good"]
    err = proc.stderr.strip().splitlines()
    assert len(err) == 3 and "Traceback" not in proc.stderr
    for name, line in zip(("bad.bin", "empty.txt", "missing.txt"), err):
        assert name in line


def test_argument_order_and_raw(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_bytes(b"First\r\nDownload IPFS\r\n")
    b.write_text("Title: B\nDate: 2020-01-01\n\nSecond.", encoding="utf-8")
    proc = run("extract", "--raw", "--published", "2025-08-09", str(b), str(a))
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [Path(d["path"]).name for d in docs] == ["b.txt", "a.txt"]
    assert docs[1]["text"] == "First\r\nDownload IPFS\r\n"
    assert docs[0]["text"] == "Title: B\nDate: 2020-01-01\n\nSecond."
    assert all(d["title"] is None and d["categories"] == [] and d["published"] == "2025-08-09" for d in docs)


def test_published_overrides_header(seed_path: Path) -> None:
    doc = json.loads(run("extract", "--published", "2024-01-31", str(seed_path)).stdout)
    assert doc["published"] == "2024-01-31"


def test_bad_published_is_a_usage_error(seed_path: Path) -> None:
    proc = run("extract", "--published", "yesterday", str(seed_path))
    assert proc.returncode == 2 and "not a date" in proc.stderr and proc.stdout == ""


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("newsreader ")
    help_text = run("--help").stdout
    assert "extract" in help_text
    assert "newsreader [PATH]" in help_text and "library folder or one article" in help_text


def test_a_mistyped_command_is_named_not_opened_as_a_library(tmp_path: Path) -> None:
    proc = run("serch", "cartel", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "newsreader: unknown command 'serch' (did you mean 'search'?)"


def test_core_does_not_load_textual() -> None:
    code = (
        "import sys, tui.cli, tui.extract, tui.library, tui.library.scan, tui.library.loader, tui.search; "
        "from tui.extract import extract; extract('President Donald Trump said on Friday: \"Yes.\"'); "
        "print('textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("command", ["extract"])
def test_extract_runs_from_another_directory(tmp_path: Path, seed_path: Path, command: str) -> None:
    proc = subprocess.run([sys.executable, "-m", "tui", command, str(seed_path)], capture_output=True, text=True, cwd=tmp_path,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr


def test_output_piped_into_a_reader_that_stops_early_is_not_an_error(seed_path: Path) -> None:
    # `newsreader extract *.txt | head -c 10`: the pipe closes under us; no traceback, exit 0.
    proc = subprocess.Popen([sys.executable, "-m", "tui", "extract", *[str(seed_path)] * 40],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(10)
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_an_empty_search_is_a_usage_error(tmp_path: Path) -> None:
    proc = run("search", "  ", cwd=tmp_path)
    assert proc.returncode == 2 and proc.stderr.startswith("newsreader search: empty query")


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_index_jobs_must_be_positive(tmp_path: Path, jobs: str) -> None:
    proc = run("index", "--jobs", jobs, str(tmp_path))
    assert proc.returncode == 2 and "--jobs" in proc.stderr and "1 or more" in proc.stderr
