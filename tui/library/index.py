"""The on-disk library index: one SQLite file per library under the user cache directory.

It caches each article's extraction, keyed by the file's (size, mtime, content hash) and the
extractor version, and holds what search needs: titles and full text (FTS5 when this SQLite has
it), quotes, dates and the library's actors. WAL mode and short write transactions let the app's
thread workers and a `newsreader index` in another process share one file safely.
"""
from __future__ import annotations

import hashlib
import importlib
import json
import os
import sqlite3
import sys
import threading
import time
import zlib
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from tui.library.index_schema import APP_ID, COVER, FTS, NO_FTS, SCHEMA_VERSION, TABLES
from tui.library.date_ranges import date_range
from tui.library.library_actors import ActorOccurrence, actor_key, merge_actors
from tui.model import Actor, Article, DateMention, Extraction, Mention, Quote

Progress = Callable[[int, int], None]
Extractor = Callable[[str, "date | None"], Extraction]

_PACKAGE = Path(__file__).resolve().parents[1]
# Files whose change changes what extraction returns (the text it sees, or the extractors).
_VERSIONED = ("extract", "library/decode.py", "library/loader.py", "library/txt.py", "library/markdown.py",
              "library/html.py", "library/dates.py", "model.py")
PARALLEL_MIN = 64  # fewer files than this are extracted in-process
_BATCH = 200
_IN_FLIGHT = 4  # chunks queued per worker process


# --------------------------------------------------------------------------- scanning

# The same files as tui.library.scan.iter_article_paths (tests hold them equal), found with
# os.scandir so that a refresh of an unchanged 10k library costs a walk and no parsing imports.
SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})


def scan_articles(root: Path) -> Iterator[tuple[str, os.stat_result]]:
    """(path, stat) of every article file under `root`, sorted like iter_article_paths."""
    if root.is_file():
        yield str(root), root.stat()
        return

    def walk(folder: str) -> Iterator[tuple[str, os.stat_result]]:
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            return
        files, dirs = [], []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    dirs.append(entry.path)
                elif os.path.splitext(entry.name)[1].lower() in SUFFIXES and entry.is_file():
                    files.append(entry)
            except OSError:
                continue
        for entry in files:
            try:
                yield entry.path, entry.stat()
            except OSError:
                continue
        for sub in dirs:
            yield from walk(sub)

    yield from walk(str(root))


# --------------------------------------------------------------------------- versions and keys

@lru_cache(maxsize=None)
def extractor_version(extractor: str | None = None) -> str:
    """Package version + a hash of the extractors' source and data files (and the loaders')."""
    from tui import __version__

    digest = hashlib.blake2b(digest_size=8)
    digest.update(SCHEMA_VERSION.encode())
    # A custom extractor depends on the loaders (the text it sees) but not on tui/extract.
    for rel in (_VERSIONED if not extractor else tuple(r for r in _VERSIONED if r != "extract")):
        base = _PACKAGE / rel
        files = sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if base.is_dir() else [base]
        for path in files:
            if path.suffix in (".pyc", ".pyo"):
                continue
            digest.update(str(path.relative_to(_PACKAGE)).encode())
            try:
                digest.update(path.read_bytes())
            except OSError:
                pass
    if extractor:
        module = importlib.import_module(extractor.partition(":")[0])
        digest.update(extractor.encode())
        if getattr(module, "__file__", None):
            digest.update(Path(module.__file__).read_bytes())
    return f"{__version__}+{digest.hexdigest()}"


def _version_of(extractor: Extractor | str | None, spec: str | None) -> str:
    if not callable(extractor):
        return extractor_version(spec)
    import inspect

    digest = hashlib.blake2b(spec.encode() if spec else b"", digest_size=8)
    try:
        digest.update(inspect.getsource(extractor).encode())
    except (OSError, TypeError):
        pass
    return f"{extractor_version(None)}+{digest.hexdigest()}"


def _resolve_extractor(spec: str | None) -> Extractor:
    if spec is None:
        from tui.extract import extract

        return extract
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def _spec_of(extractor: Extractor | str | None) -> str | None:
    if extractor is None or isinstance(extractor, str):
        return extractor
    return f"{extractor.__module__}:{extractor.__qualname__}"


def file_hash(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def text_hash(article: Article) -> str:
    digest = hashlib.blake2b(article.text.encode("utf-8", "surrogatepass"), digest_size=16)
    digest.update(b"\0" + (article.published.isoformat() if article.published else "").encode())
    return digest.hexdigest()


def index_path(library_root: Path) -> Path:
    from tui.config import cache_dir

    root = str(Path(library_root).expanduser().resolve())
    digest = hashlib.sha1(root.encode()).hexdigest()[:16]
    name = "".join(c if c.isalnum() else "-" for c in Path(root).name)[:40] or "root"
    return cache_dir() / "index" / f"{name}-{digest}.sqlite3"


# --------------------------------------------------------------------------- (de)serialization

def encode_extraction(ex: Extraction) -> bytes:
    # tuples, not lists: the same JSON, but tuples of atoms drop out of the garbage collector's
    # walk (a dense article makes ~250,000 of them, on the reader's worker thread)
    obj = {
        "a": [(a.name, a.kind, a.roles, a.aliases, tuple((m.start, m.end, m.text) for m in a.mentions))
              for a in ex.actors],
        "q": [(q.text, q.start, q.end, q.speaker, q.cue, q.kind) for q in ex.quotes],
        "d": [(d.text, d.start, d.end, d.type, d.value, d.mod) for d in ex.dates],
    }
    return zlib.compress(json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode(), 3)


def decode_extraction(blob: bytes) -> Extraction:
    obj = json.loads(zlib.decompress(blob))
    return Extraction(
        actors=tuple(Actor(name=n, kind=k, roles=tuple(r), aliases=tuple(al),
                           mentions=tuple(Mention(s, e, t) for s, e, t in ms)) for n, k, r, al, ms in obj["a"]),
        quotes=tuple(Quote(text=t, start=s, end=e, speaker=sp, cue=c, kind=k) for t, s, e, sp, c, k in obj["q"]),
        dates=tuple(DateMention(text=t, start=s, end=e, type=ty, value=v, mod=m) for t, s, e, ty, v, m in obj["d"]),
    )


# --------------------------------------------------------------------------- extraction jobs

@dataclass(frozen=True, slots=True)
class _Job:
    path: str
    size: int
    mtime_ns: int
    old_hash: str | None  # when set and the content hash still matches, nothing is extracted


def _run_job(job: _Job, version: str, spec: str | None, extractor: Extractor | None = None) -> tuple[str, Any]:
    """Worker side: ("same", hash) | ("skip", reason) | ("ok", row dict). Never raises."""
    from tui.library.scan import Skipped, try_load

    path = Path(job.path)
    try:
        data = path.read_bytes()
    except OSError as err:
        return "skip", f"cannot read ({err.strerror or err})"
    digest = file_hash(data)
    if job.old_hash is not None and job.old_hash == digest:
        return "same", digest
    article = try_load(path)
    if isinstance(article, Skipped):
        return "skip", article.reason
    try:
        extraction = (extractor or _resolve_extractor(spec))(article.text, article.published)
    except Exception as err:
        return "skip", f"extraction failed ({type(err).__name__}: {err})"
    return "ok", _row(article, extraction, digest, version)


def _run_chunk(jobs: list[_Job], version: str, spec: str | None) -> list[tuple[_Job, tuple[str, Any]]]:
    return [(job, _run_job(job, version, spec)) for job in jobs]


def _row(article: Article, extraction: Extraction, digest: str, version: str) -> dict[str, Any]:
    return {
        "title": article.title or Path(article.path).stem.replace("_", " "),
        "published": article.published.isoformat() if article.published else None,
        "format": article.format,
        "meta": json.dumps({"categories": list(article.categories), "source": article.source,
                            "url": article.url, "author": article.author}, ensure_ascii=False),
        "text": article.text,
        "hash": digest,
        "text_hash": text_hash(article),
        "version": version,
        "extraction": encode_extraction(extraction),
        "actors": [(a.name, a.kind, len(a.mentions), "\t".join(a.aliases)) for a in extraction.actors],
        "quotes": [(q.text, q.speaker, q.start, q.end) for q in extraction.quotes],
        "dates": [r for d in extraction.dates if (r := date_range(d.value, d.mod))]
        + ([(article.published.isoformat(),) * 2] if article.published else []),
    }


# --------------------------------------------------------------------------- the index

@dataclass(slots=True)
class RefreshReport:
    total: int = 0          # article files found
    added: int = 0
    changed: int = 0
    removed: int = 0
    unchanged: int = 0
    stale: int = 0          # kept although another extractor version made them (keep_stale)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, reason), this run's new ones
    seconds: float = 0.0

    @property
    def extracted(self) -> int:
        return self.added + self.changed

    def summary(self) -> str:
        parts = [f"{self.total} articles", f"{self.added} added", f"{self.changed} changed",
                 f"{self.removed} removed"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped")
        return ", ".join(parts) + f" in {self.seconds:.1f} s"


class IndexError_(Exception):
    """The index cannot be used (e.g. the cache directory is not writable)."""


class LibraryIndex:
    """Open with `LibraryIndex.open(root)`; safe to use from several threads (a connection each)."""

    def __init__(self, library_root: Path, db_path: Path, extractor: Extractor | str | None = None,
                 notice: Callable[[str], None] | None = None) -> None:
        # Resolved: 'lib', './lib' and '/tmp/lib' are one library, its files one set of keys
        self.library_root = Path(library_root).expanduser().resolve()
        self._root_prefix = str(self.library_root) + os.sep
        self.db_path = db_path
        self._spec = _spec_of(extractor)
        self._extractor = extractor if callable(extractor) else None
        self.version = _version_of(extractor, self._spec)
        self.notices: list[str] = []
        self._notice = notice
        self._local = threading.local()
        self._lock = threading.Lock()
        self._conns: list[sqlite3.Connection] = []
        self.has_fts = True
        self._prepare()

    # ----------------------------------------------------------------- opening

    @classmethod
    def open(cls, library_root: Path, *, extractor: Extractor | str | None = None,
             db_path: Path | None = None, notice: Callable[[str], None] | None = None) -> LibraryIndex:
        return cls(library_root, db_path or index_path(library_root), extractor, notice)

    @property
    def exists(self) -> bool:
        return bool(self._meta("built"))

    def _say(self, message: str) -> None:
        self.notices.append(message)
        if self._notice:
            self._notice(message)

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path, timeout=60, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 60000")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = OFF")
        return conn

    @property
    def conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
            with self._lock:
                self._conns.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            for conn in self._conns:
                try:
                    conn.close()
                except sqlite3.Error:
                    pass
            self._conns.clear()
        self._local = threading.local()

    def __enter__(self) -> LibraryIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _prepare(self) -> None:
        try:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise IndexError_(f"cannot create the index folder {self.db_path.parent}: {err}") from None
        with _file_lock(self.db_path.with_suffix(".lock")):
            problem = self._check()
            if problem:
                self._say(f"newsreader: index {self.db_path} {problem}; rebuilding it")
                self.close()
                for suffix in ("", "-wal", "-shm", "-journal"):
                    try:
                        os.unlink(f"{self.db_path}{suffix}")
                    except FileNotFoundError:
                        pass
                    except OSError as err:
                        raise IndexError_(f"cannot remove the broken index {self.db_path}: {err}") from None
                self._create()

    def _check(self) -> str | None:
        """None when the file is ours and sound (or absent, then created); else why it is not."""
        fresh = not self.db_path.exists() or self.db_path.stat().st_size == 0
        try:
            conn = self.conn
            if fresh:
                self._create()
                return None
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "meta" not in tables:
                return "is not a newsreader index" if tables else "is empty or unreadable"
            meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
            if meta.get("app") != APP_ID:
                return "is not a newsreader index"
            if meta.get("schema") != SCHEMA_VERSION:
                return f"has an older layout (version {meta.get('schema')})"
            self.has_fts = meta.get("fts") == "1"
            for statement in COVER:  # added after layout 3 shipped: built once on older files
                conn.execute(statement)
        except sqlite3.DatabaseError as err:
            return f"is unreadable ({err})"
        return None

    def _create(self) -> None:
        conn = self.conn
        conn.executescript(TABLES)  # idempotent; creation is serialized by the file lock
        for statement in COVER:
            conn.execute(statement)
        try:
            conn.execute(FTS)
            self.has_fts = True
        except sqlite3.OperationalError:
            conn.execute(NO_FTS)
            self.has_fts = False
            self._say("newsreader: this SQLite has no FTS5; full-text search will scan (slower)")
        with self._write(conn):
            conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                             [("app", APP_ID), ("schema", SCHEMA_VERSION), ("fts", "1" if self.has_fts else "0"),
                              ("root", str(self.library_root.resolve()))])

    @contextmanager
    def _write(self, conn: sqlite3.Connection | None = None) -> Iterator[sqlite3.Connection]:
        conn = conn or self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    @property
    def generation(self) -> str | None:
        """Changes whenever a refresh added, changed or removed articles (ids may have moved)."""
        return self._meta("generation")

    def _meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # ----------------------------------------------------------------- the reader's cache

    def extraction_for(self, article: Article) -> Extraction:
        """The article's extraction from the cache, computed (and stored) on a miss."""
        th = text_hash(article)
        key = self._key(article.path)
        row = self.conn.execute("SELECT text_hash, version, extraction FROM articles WHERE path = ?",
                                (key,)).fetchone()
        if row and row[0] == th and row[1] == self.version:
            try:
                return decode_extraction(row[2])
            except (ValueError, KeyError, zlib.error, TypeError):
                pass
        extraction = (self._extractor or _resolve_extractor(self._spec))(article.text, article.published)
        try:
            path = Path(article.path)
            st = path.stat()
            digest = file_hash(path.read_bytes())
            with self._write() as conn:
                self._store(conn, key, st.st_size, st.st_mtime_ns, _row(article, extraction, digest, self.version))
        except (OSError, sqlite3.Error):
            pass  # the cache is a convenience: the reader still gets its extraction
        return extraction

    # ----------------------------------------------------------------- refresh

    def refresh(self, progress: Progress | None = None, *, workers: int | None = None,
                keep_stale: bool = False) -> RefreshReport:
        """Bring the index up to date with the folder: extract new and changed files, drop deleted ones.

        `keep_stale`: entries made by another extractor version stay as they are (counted in
        `report.stale`) unless their file changed; a quick refresh before a search."""
        started = time.perf_counter()
        report = RefreshReport()
        root = self.library_root
        if not root.exists():
            raise FileNotFoundError(f"{root}: no such library folder")
        conn = self.conn
        known = {p: (i, s, m, h, v) for i, p, s, m, h, v in
                 conn.execute("SELECT id, path, size, mtime_ns, hash, version FROM articles")}
        skipped_known = {p: (s, m) for p, s, m in conn.execute("SELECT path, size, mtime_ns FROM skipped")}
        jobs: list[_Job] = []
        seen: set[str] = set()
        for key, st in scan_articles(root):
            seen.add(key)
            old = known.get(key)
            if old is not None:
                _id, size, mtime, digest, version = old
                if size == st.st_size and mtime == st.st_mtime_ns and (version == self.version or keep_stale):
                    report.unchanged += 1
                    report.stale += version != self.version
                    continue
                jobs.append(_Job(key, st.st_size, st.st_mtime_ns, digest if version == self.version else None))
            elif skipped_known.get(key) == (st.st_size, st.st_mtime_ns):
                continue
            else:
                jobs.append(_Job(key, st.st_size, st.st_mtime_ns, None))
        gone = [known[p][0] for p in known if p not in seen]
        gone_skipped = [p for p in skipped_known if p not in seen]
        report.total = len(seen)
        if gone or gone_skipped:
            with self._write() as c:
                for article_id in gone:
                    self._delete(c, article_id)
                c.executemany("DELETE FROM skipped WHERE path = ?", [(p,) for p in gone_skipped])
            report.removed = len(gone)
        done = report.unchanged
        if progress:
            progress(done, report.total)
        pending: list[tuple[_Job, tuple[str, Any]]] = []

        def flush() -> None:
            if not pending:
                return
            with self._write() as c:
                for job, (status, payload) in pending:
                    if status == "same":
                        c.execute("UPDATE articles SET size = ?, mtime_ns = ? WHERE path = ?",
                                  (job.size, job.mtime_ns, job.path))
                        report.unchanged += 1
                    elif status == "skip":
                        old = known.get(job.path)
                        if old is not None:
                            self._delete(c, old[0])
                        c.execute("INSERT OR REPLACE INTO skipped(path, size, mtime_ns, reason) VALUES (?,?,?,?)",
                                  (job.path, job.size, job.mtime_ns, payload))
                        report.skipped.append((job.path, payload))
                    else:
                        if job.path in known:
                            report.changed += 1
                        else:
                            report.added += 1
                        c.execute("DELETE FROM skipped WHERE path = ?", (job.path,))
                        self._store(c, job.path, job.size, job.mtime_ns, payload)
            pending.clear()

        for result in self._run(jobs, workers):
            pending.append(result)
            done += 1
            if len(pending) >= _BATCH:
                flush()
            if progress and (done % 25 == 0 or done == report.total):
                progress(done, report.total)
        flush()
        if report.added or report.changed or report.removed or self._meta("actors_stale") != "0":
            self.rebuild_actors()
        with self._write() as c:
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('built', ?)", (str(time.time()),))
            if report.added or report.changed or report.removed:
                # what a search engine loaded from this index (in this process or another) is stale
                c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('generation', ?)", (str(time.time_ns()),))
        if progress:
            progress(report.total, report.total)
        report.seconds = time.perf_counter() - started
        return report

    def _run(self, jobs: list[_Job], workers: int | None) -> Iterable[tuple[_Job, tuple[str, Any]]]:
        workers = workers if workers is not None else (os.cpu_count() or 1)
        spec = self._spec
        if self._extractor is not None and spec and "<locals>" in spec:
            workers = 1  # a local function cannot travel to another process
        if workers <= 1 or len(jobs) < PARALLEL_MIN:
            for job in jobs:
                if self._extractor is not None:
                    yield job, _run_local(job, self.version, self._extractor)
                else:
                    yield job, _run_job(job, self.version, spec)
            return
        chunk = max(8, min(64, len(jobs) // (workers * 8) or 8))
        chunks = [jobs[i:i + chunk] for i in range(0, len(jobs), chunk)]
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool
        from multiprocessing import get_context

        done = 0
        try:
            # spawn: safe when called from a thread of a running app (no forking of a threaded process).
            with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
                # A few chunks in flight, each dropped once written: results (texts and extractions)
                # never pile up in memory ahead of the writer (1.5 GB at 100k articles otherwise).
                in_flight: deque = deque()
                following = iter(chunks)
                for chunk_jobs in islice(following, workers * _IN_FLIGHT):
                    in_flight.append(pool.submit(_run_chunk, chunk_jobs, self.version, spec))
                while in_flight:
                    results = in_flight.popleft().result()
                    chunk_jobs = next(following, None)
                    if chunk_jobs is not None:
                        in_flight.append(pool.submit(_run_chunk, chunk_jobs, self.version, spec))
                    done += 1
                    yield from results
                    del results
        except (OSError, ValueError, RuntimeError, BrokenProcessPool):
            # No process pool here (e.g. inside a full-screen app: "bad value(s) in fds_to_keep",
            # or a sandbox): carry on in this process.
            for c in chunks[done:]:
                yield from _run_chunk(c, self.version, spec)

    def _store(self, c: sqlite3.Connection, path: str, size: int, mtime_ns: int, row: dict[str, Any]) -> None:
        old = c.execute("SELECT id FROM articles WHERE path = ?", (path,)).fetchone()
        if old:
            self._delete(c, old[0], keep_row=True)
            c.execute("""UPDATE articles SET size=?, mtime_ns=?, hash=?, text_hash=?, version=?, title=?, published=?,
                         format=?, meta=?, extraction=? WHERE id=?""",
                      (size, mtime_ns, row["hash"], row["text_hash"], row["version"], row["title"], row["published"],
                       row["format"], row["meta"], row["extraction"], old[0]))
            article_id = old[0]
        else:
            cur = c.execute("""INSERT INTO articles(path, size, mtime_ns, hash, text_hash, version, title, published,
                               format, meta, extraction) VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
                            (path, size, mtime_ns, row["hash"], row["text_hash"], row["version"], row["title"],
                             row["published"], row["format"], row["meta"], row["extraction"]))
            article_id = cur.lastrowid
        body = "body_fts" if self.has_fts else "body_plain"
        c.execute(f"INSERT INTO {body}(rowid, title, text) VALUES (?, ?, ?)", (article_id, row["title"], row["text"]))
        c.executemany("INSERT INTO actors(article_id, name, kind, mentions, aliases) VALUES (?,?,?,?,?)",
                      [(article_id, *a) for a in row["actors"]])
        c.executemany('INSERT INTO quotes(article_id, text, speaker, start, "end") VALUES (?,?,?,?,?)',
                      [(article_id, *q) for q in row["quotes"]])
        c.executemany("INSERT INTO dates(article_id, lo, hi) VALUES (?,?,?)",
                      [(article_id, lo, hi) for lo, hi in row["dates"]])
        c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('actors_stale', '1')")

    def _delete(self, c: sqlite3.Connection, article_id: int, keep_row: bool = False) -> None:
        body = "body_fts" if self.has_fts else "body_plain"
        c.execute(f"DELETE FROM {body} WHERE rowid = ?", (article_id,))
        for table in ("actors", "quotes", "dates"):
            c.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        if not keep_row:
            c.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('actors_stale', '1')")

    def rebuild_actors(self) -> None:
        """Recompute the library's actors (merged across articles) and quote attribution."""
        conn = self.conn
        # Streamed, and the attribution kept as two arrays: at 100k articles lists of rows
        # held half a gigabyte here.
        actors, canon = merge_actors(
            ActorOccurrence(a, n, k, m, tuple(al.split("\t")) if al else ())
            for a, n, k, m, al in conn.execute("SELECT article_id, name, kind, mentions, aliases FROM actors"))
        ids = {a.key: i for i, a in enumerate(actors, start=1)}
        by_speaker: dict[str, int | None] = {}  # a speaker's library actor id, per spelling
        attributed_actor, attributed_quote = array("q"), array("q")
        for quote_id, speaker in conn.execute("SELECT id, speaker FROM quotes WHERE speaker IS NOT NULL"):
            actor_id = by_speaker.get(speaker, -1)
            if actor_id == -1:
                key = canon.get(actor_key(speaker))
                actor_id = by_speaker[speaker] = ids[key] if key is not None else None
            if actor_id is not None:
                actors[actor_id - 1].quotes += 1
                attributed_actor.append(actor_id)
                attributed_quote.append(quote_id)
        with self._write() as c:
            c.execute("DELETE FROM lib_actors")
            c.execute("DELETE FROM lib_actor_articles")
            c.execute("DELETE FROM lib_alias")
            c.execute("UPDATE quotes SET actor_id = NULL WHERE actor_id IS NOT NULL")
            c.executemany("INSERT INTO lib_actors(id, key, name, kind, n_articles, n_quotes, n_mentions) "
                          "VALUES (?,?,?,?,?,?,?)",
                          [(ids[a.key], a.key, a.name, a.kind, len(a.article_ids), a.quotes, a.mentions)
                           for a in actors])
            c.executemany("INSERT INTO lib_actor_articles(actor_id, article_id) VALUES (?, ?)",
                          ((ids[a.key], art) for a in actors for art in sorted(a.article_ids)))
            c.executemany("INSERT INTO lib_alias(key, actor_id) VALUES (?, ?)",
                          ((k, ids[t]) for k, t in canon.items()))
            c.executemany("UPDATE quotes SET actor_id = ? WHERE id = ?", zip(attributed_actor, attributed_quote))
            c.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('actors_stale', '0')")

    # ----------------------------------------------------------------- reading

    def quote_counts(self) -> dict[str, int]:
        """Quotes per indexed path (for the library pane)."""
        return dict(self.conn.execute(
            "SELECT a.path, count(q.id) FROM articles a LEFT JOIN quotes q ON q.article_id = a.id GROUP BY a.id"))

    def article_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def skipped(self) -> list[tuple[str, str]]:
        return self.conn.execute("SELECT path, reason FROM skipped ORDER BY path").fetchall()

    def extraction_of(self, path: str) -> Extraction | None:
        """The stored extraction of an indexed file (whatever its freshness), or None."""
        row = self.conn.execute("SELECT extraction FROM articles WHERE path = ?", (self._key(path),)).fetchone()
        return decode_extraction(row[0]) if row else None

    def _key(self, path: str) -> str:
        """The index's key of a file: its resolved path."""
        return path if path.startswith(self._root_prefix) else str(Path(path).expanduser().resolve())


def _run_local(job: _Job, version: str, extractor: Extractor) -> tuple[str, Any]:
    """`_run_job` in this process, with an extractor object rather than a spec."""
    return _run_job(job, version, None, extractor)


@contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An advisory lock across processes (POSIX); a no-op where fcntl is missing."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def progress_bar(stream: Any = None) -> Progress | None:
    """A one-line progress bar on stderr when it is a terminal, else None."""
    stream = stream or sys.stderr
    if not getattr(stream, "isatty", lambda: False)():
        return None
    state = {"last": 0.0}

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        if state.get("ended") or (done < total and now - state["last"] < 0.1):
            return
        state["ended"] = done >= total
        state["last"] = now
        width = 30
        filled = width * done // total if total else width
        stream.write(f"\rindexing [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show
