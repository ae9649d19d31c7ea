"""Benchmark the library index and search on a generated library.

    python benchmarks/bench_search.py /tmp/lib10k --count 10000      # generates the library if missing

Prints: cold index time and articles/s (synthetic extractor in-process, and the real CLI
`newsreader index` with the project's extractors), warm open time, warm `newsreader search` wall
time, per-keystroke latency p50/p95 for queries typed letter by letter, the share of
(query, group) pairs whose top 10 equals an exhaustive rapidfuzz scan's, and the peak RSS of the
process that loaded the index and ran the queries. Caches go to a temporary folder.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

QUERIES = [
    "sheinbam", "kowalsky", "military act", "claudia sheinbaum", "top priority", "tariffs", "brussels",
    "zelensky", "lindqvst", "world bank", "jose garcia", "petrobras", "nobody should doubt",
    "actor:rubio tariffs", "said:sheinbaum", "quote:top priority", "date:2022-03 energy", "from:2021-01 to:2021-03 oil",
]


def _rss_mb() -> float:
    """This process's peak resident memory. Linux's ru_maxrss also counts the parent's memory at
    fork time (a spawned child starts with the benchmark's own peak), so VmHWM is read first."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def query_phase(library: Path) -> dict[str, object]:
    """Runs in its own process so that its peak RSS is the search's alone."""
    from tui.library.index import LibraryIndex
    from tui.search import GROUPS, SearchEngine
    from tui.search.fold import fold_query
    from tui.search.query import parse_query

    started = time.perf_counter()
    index = LibraryIndex.open(library, extractor="synth_extract:extract")
    engine = SearchEngine(index)
    for group in GROUPS:
        engine.corpus(group)
    loaded = time.perf_counter() - started
    engine.prepare()
    prepared = time.perf_counter() - started
    sizes = {g: len(engine.corpus(g)) for g in GROUPS}

    latencies: list[float] = []
    per_query: dict[str, float] = {}
    for query in QUERIES:
        worst = 0.0
        for n in range(1, len(query) + 1):
            t = time.perf_counter()
            engine.search(query[:n], limit=5)
            dt = (time.perf_counter() - t) * 1000
            latencies.append(dt)
            worst = max(worst, dt)
        per_query[query] = worst

    rss_search = _rss_mb()  # the index loaded and every keystroke answered
    agree = total = 0
    agree_full = total_full = 0
    misses: list[str] = []
    for query in QUERIES:
        for n in range(1, len(query) + 1):
            text = fold_query(parse_query(query[:n]).text)
            if not text:
                continue
            for group in GROUPS:
                corpus = engine.corpus(group)
                fast = corpus.top(text, 10)
                slow = corpus.exhaustive(text, 10)
                ok = [p for _, p in fast] == [p for _, p in slow]
                total += 1
                agree += ok
                if n == len(query):
                    total_full += 1
                    agree_full += ok
                if not ok and len(misses) < 8:
                    misses.append(f"{group}:{text!r}")
    return {
        "articles": sizes["article"], "actors": sizes["actor"], "quotes": sizes["quote"],
        "warm_open_s": round(loaded, 3), "warm_open_with_prefilter_s": round(prepared, 3),
        "keystrokes": len(latencies), "p50_ms": round(_pct(latencies, 50), 2), "p95_ms": round(_pct(latencies, 95), 2),
        "max_ms": round(max(latencies), 2),
        "slowest_queries_ms": dict(sorted(per_query.items(), key=lambda kv: -kv[1])[:5]),
        "agreement_all_prefixes": round(agree / total, 4) if total else None, "pairs": total,
        "agreement_full_queries": round(agree_full / total_full, 4) if total_full else None,
        "disagreements": misses,
        "peak_rss_mb": round(rss_search, 1), "peak_rss_with_check_mb": round(_rss_mb(), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("library", type=Path)
    parser.add_argument("--count", type=int, default=1000, help="articles to generate when the folder is missing")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-cli", action="store_true", help="skip the real-extractor CLI timings")
    parser.add_argument("--query-phase", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.query_phase:
        print(json.dumps(query_phase(args.library)))
        return

    from gen_library import generate

    if not args.library.exists():
        t = time.perf_counter()
        generate(args.library, args.count, args.seed)
        print(f"generated {args.count} articles in {time.perf_counter() - t:.1f} s -> {args.library}")
    cache = Path(tempfile.mkdtemp(prefix="nr-bench-"))
    env = dict(os.environ, XDG_CACHE_HOME=str(cache / "synth"), XDG_CONFIG_HOME=str(cache / "config"),
               PYTHONPATH=os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]))
    os.environ.update(env)

    from tui.library.index import LibraryIndex

    print(f"cpus: {os.cpu_count()}")
    index = LibraryIndex.open(args.library, extractor="synth_extract:extract")
    t = time.perf_counter()
    report = index.refresh()
    cold = time.perf_counter() - t
    index.close()
    print(f"cold index (synthetic extractor, {os.cpu_count()} processes): {report.total} articles in {cold:.1f} s "
          f"= {report.total / cold:.0f} articles/s")
    index = LibraryIndex.open(args.library, extractor="synth_extract:extract")
    t = time.perf_counter()
    report = index.refresh()
    print(f"warm refresh (nothing changed): {time.perf_counter() - t:.2f} s")
    index.close()

    out = subprocess.run([sys.executable, __file__, str(args.library), "--query-phase"], env=env,
                         capture_output=True, text=True, check=True)
    stats = json.loads(out.stdout)
    print(f"library: {stats['articles']} articles, {stats['actors']} library actors, {stats['quotes']} quotes")
    print(f"warm open (index + groups loaded): {stats['warm_open_s']} s; with prefilter built: "
          f"{stats['warm_open_with_prefilter_s']} s")
    print(f"keystroke latency over {stats['keystrokes']} keystrokes: p50 {stats['p50_ms']} ms, "
          f"p95 {stats['p95_ms']} ms, max {stats['max_ms']} ms")
    print(f"  slowest queries (worst keystroke, ms): {stats['slowest_queries_ms']}")
    print(f"top-10 agreement with exhaustive scan: {stats['agreement_all_prefixes']:.1%} of {stats['pairs']} "
          f"(prefix, group) pairs; {stats['agreement_full_queries']:.1%} on the full queries")
    if stats["disagreements"]:
        print(f"  e.g. {', '.join(stats['disagreements'])}")
    print(f"peak RSS of the search process: {stats['peak_rss_mb']} MB "
          f"({stats['peak_rss_with_check_mb']} MB after the exhaustive-scan check)")

    if not args.skip_cli:
        cli_env = dict(env, XDG_CACHE_HOME=str(cache / "cli"))
        newsreader = [sys.executable, "-m", "tui"]
        t = time.perf_counter()
        subprocess.run([*newsreader, "index", "--library", str(args.library)], env=cli_env, check=True,
                       capture_output=True)
        cold_cli = time.perf_counter() - t
        print(f"cold `newsreader index` (project extractors, as they are now): {cold_cli:.1f} s "
              f"= {stats['articles'] / cold_cli:.0f} articles/s")
        walls = []
        for query in ("sheinbam", "military act", "said:rubio"):
            t = time.perf_counter()
            subprocess.run([*newsreader, "search", query, "--library", str(args.library)], env=cli_env,
                           capture_output=True)
            walls.append(time.perf_counter() - t)
        print(f"warm `newsreader search` wall time: {', '.join(f'{w:.2f} s' for w in walls)}")


if __name__ == "__main__":
    main()
