"""Start the reader: `newsreader [PATH]` (tui.cli hands over every argv that is not a command)."""
from __future__ import annotations


def run_reader(argv: list[str]) -> int:
    from tui.app import main  # Textual loads here, never for `extract`, `search` or `index`

    return main(argv)
