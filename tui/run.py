"""Start the reader (placeholder until the app lands)."""
from __future__ import annotations


def run_reader(argv: list[str]) -> int:
    from tui.app import main

    return main(argv)
