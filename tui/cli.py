"""Command line: `newsreader` (the reader), `extract`, `search`, `index`."""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from tui import __version__
from tui.plural import plural

COMMANDS = ("extract", "search", "index")


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return number


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsreader",
        usage="newsreader [PATH]\n       newsreader {extract,index,search} ...",
        description="A terminal reader for news articles: actors, quotes and dates at a glance. "
                    "Without a command it opens the reader on PATH: a library folder or one article "
                    "(default: the library of the config file, else the bundled samples).",
        epilog="`newsreader COMMAND -h` describes a command; in the reader, ? lists the keys.",
    )
    parser.add_argument("--version", action="version", version=f"newsreader {__version__}")
    sub = parser.add_subparsers(dest="command", prog="newsreader")  # not the two-line usage

    ex = sub.add_parser("extract", help="print actors, quotes and dates of files as JSON Lines")
    ex.add_argument("--raw", action="store_true", help="the whole file is the body (no header parsing)")
    ex.add_argument("--published", type=_iso_date, help="reference date YYYY-MM-DD for relative dates")
    ex.add_argument("paths", nargs="+", metavar="PATH")

    ix = sub.add_parser("index", help="build or refresh the library index (only new or changed files)")
    ix.add_argument("--library", metavar="DIR", help="the library folder (default: config, else the samples)")
    ix.add_argument("--jobs", type=_positive_int, default=None, metavar="N", help="extraction processes (default: CPUs)")

    se = sub.add_parser("search", help="search the library: articles, actors and quotes")
    se.add_argument("query", nargs="+", metavar="QUERY",
                    help="words, with filters actor:NAME quote:WORDS said:NAME date:YYYY-MM from:.. to:..")
    se.add_argument("--library", metavar="DIR", help="the library folder (default: config, else the samples)")
    se.add_argument("--json", action="store_true", help="one JSON object a result (JSON Lines)")
    se.add_argument("--limit", type=_positive_int, default=5, metavar="N", help="results per group (default 5)")
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


def _open_index(library: str | None):
    from tui.config import default_library
    from tui.library.index import IndexError_, LibraryIndex

    root = default_library(library, notice=lambda msg: print(f"newsreader: {msg}", file=sys.stderr))
    if not root.exists():
        print(f"newsreader: {root}: no such library folder", file=sys.stderr)
        return None
    try:
        return LibraryIndex.open(root, notice=lambda msg: print(msg, file=sys.stderr))
    except IndexError_ as err:
        print(f"newsreader: {err}", file=sys.stderr)
        return None


def _refresh(index, jobs: int | None = None, keep_stale: bool = False, all_skipped: bool = False) -> int:
    """Bring the index up to date, naming the files skipped (this run's new ones, or all)."""
    from tui.library.index import progress_bar

    try:
        report = index.refresh(progress_bar(sys.stderr), workers=jobs, keep_stale=keep_stale)
    except OSError as err:
        print(f"newsreader: {err}", file=sys.stderr)
        return 1
    for path, reason in index.skipped() if all_skipped else report.skipped:
        print(f"newsreader: skipped {path}: {reason}", file=sys.stderr)
    if report.stale:
        print(f"newsreader: {report.stale} articles were indexed by an older extractor; "
              "`newsreader index` updates them", file=sys.stderr)
    return 0


def cmd_index(args: argparse.Namespace) -> int:
    index = _open_index(args.library)
    if index is None:
        return 1
    with index:
        import time

        started = time.perf_counter()
        status = _refresh(index, args.jobs, all_skipped=True)
        if status == 0:
            n = index.article_count()
            print(f"indexed {plural(n, 'article')} of {index.library_root} in {time.perf_counter() - started:.1f} s "
                  f"({index.db_path})", file=sys.stderr)
    return status


def cmd_search(args: argparse.Namespace) -> int:
    from tui.search import GROUP_TITLES, GROUPS, SearchEngine

    if not " ".join(args.query).strip():
        print("newsreader search: empty query (give words or filters such as actor:NAME)", file=sys.stderr)
        return 2
    index = _open_index(args.library)
    if index is None:
        return 1
    with index:
        # New, changed and deleted files are taken in first (a check of sizes and times when
        # nothing changed); entries of an older extractor stay, with a notice to re-index.
        if _refresh(index, keep_stale=True) != 0:
            return 1
        engine = SearchEngine(index)
        results = engine.search(" ".join(args.query), limit=args.limit)
        # What the query itself caused ("said: given twice; ..."); the index's own notices were
        # printed when it was opened.
        for notice in results.notices:
            if notice not in engine.notices:
                print(f"newsreader: {notice}", file=sys.stderr)
        out = sys.stdout
        if args.json:
            for result in results:
                out.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
        else:
            for group in GROUPS:
                items = results.groups[group]
                if not items:
                    continue
                out.write(f"{GROUP_TITLES[group]}\n")
                for r in items:
                    out.write(f"  {r.score:5.1f}  {_describe(r)}\n")
                if results.more[group]:
                    out.write(f"  … more (--limit {args.limit * 2})\n")
        if results.message:
            print(results.message, file=sys.stderr if args.json else sys.stdout)
        return 0 if len(results) else 1


def _describe(r) -> str:
    if r.group == "article":
        date = f"  ({r.published})" if r.published else ""
        detail = f"  — {r.detail}" if r.detail else ""
        return f"{r.label}{date}  {r.path}{detail}"
    if r.group == "actor":
        return f"{r.label}  {r.kind} · {plural(r.articles or 0, 'article')} · {plural(r.quotes or 0, 'quote')}"
    text = r.label if len(r.label) <= 100 else r.label[:99] + "…"
    who = r.speaker or "unattributed"
    return f"\u201c{text}\u201d — {who}  {r.path} [{r.span[0]}:{r.span[1]}]"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = _build_parser()
    if argv and argv[0] in COMMANDS or any(a in ("-h", "--help", "--version") for a in argv[:1]):
        args = parser.parse_args(argv)
        try:
            if args.command == "extract":
                return cmd_extract(args)
            if args.command == "index":
                return cmd_index(args)
            if args.command == "search":
                return cmd_search(args)
        except BrokenPipeError:
            # Piped into `head`, which stopped reading: not an error of ours. Point stdout at
            # nothing so the interpreter's final flush does not complain either.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if argv and not argv[0].startswith("-") and not os.path.exists(argv[0]):
        import difflib

        close = difflib.get_close_matches(argv[0], COMMANDS, n=1, cutoff=0.6)
        if close:
            # 'newsreader serch x' is a typo of a command, not a library folder named 'serch'
            print(f"newsreader: unknown command {argv[0]!r} (did you mean {close[0]!r}?)", file=sys.stderr)
            return 2
    # The reader itself: imported lazily so extract/search never load Textual.
    from tui.run import run_reader

    return run_reader(argv)
