"""Command line: `newsreader` (the reader), `extract`, `search`, `index`."""
from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from tui import __version__

COMMANDS = ("extract", "search", "index")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader",
        description="A terminal reader for news articles: actors, quotes and dates at a glance.",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    sub = parser.add_subparsers(dest="command")

    ex = sub.add_parser("extract", help="print actors, quotes and dates of files as JSON Lines")
    ex.add_argument("--raw", action="store_true", help="the whole file is the body (no header parsing)")
    ex.add_argument("--published", type=_iso_date, help="reference date YYYY-MM-DD for relative dates")
    ex.add_argument("paths", nargs="+", metavar="PATH")
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    from tui.extract import extract
    from tui.library.loader import LoadError, load_article, load_raw
    from tui.serialize import to_contract

    status = 0
    out = sys.stdout
    for raw_path in args.paths:
        path = Path(raw_path)
        try:
            article = load_raw(path) if args.raw else load_article(path)
        except LoadError as err:
            print(f"newsreader: {err}", file=sys.stderr)
            status = 1
            continue
        if args.published is not None:
            from dataclasses import replace

            article = replace(article, published=args.published)
        extraction = extract(article.text, article.published)
        obj = to_contract(article, extraction)
        obj["path"] = raw_path
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        out.flush()
    return status


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _build_parser()
    if argv and argv[0] in COMMANDS or any(a in ("-h", "--help", "--version") for a in argv[:1]):
        args = parser.parse_args(argv)
        if args.command == "extract":
            return cmd_extract(args)
    # The reader itself: imported lazily so extract/search never load Textual.
    from tui.run import run_reader

    return run_reader(argv)
