"""The SQLite schema of the library index (bump SCHEMA_VERSION on any change: old files rebuild)."""
from __future__ import annotations

APP_ID = "newsreader-index"
SCHEMA_VERSION = "6"  # 6: date ranges of weeks, seasons, halves, decades, narrowed by modifier

TABLES = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    version TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT,
    format TEXT NOT NULL,
    meta TEXT NOT NULL,
    extraction BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS skipped(
    path TEXT PRIMARY KEY, size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, reason TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actors(
    article_id INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, mentions INTEGER NOT NULL,
    aliases TEXT NOT NULL DEFAULT ''  -- the article's other names for it, tab-separated
);
CREATE INDEX IF NOT EXISTS actors_article ON actors(article_id);
CREATE TABLE IF NOT EXISTS quotes(
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    text TEXT NOT NULL,
    speaker TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    actor_id INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);
CREATE INDEX IF NOT EXISTS quotes_actor ON quotes(actor_id);
CREATE TABLE IF NOT EXISTS dates(article_id INTEGER NOT NULL, lo TEXT NOT NULL, hi TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS dates_article ON dates(article_id);
CREATE INDEX IF NOT EXISTS dates_lo ON dates(lo);
CREATE TABLE IF NOT EXISTS lib_actors(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    n_articles INTEGER NOT NULL,
    n_quotes INTEGER NOT NULL,
    n_mentions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS lib_actor_articles(actor_id INTEGER NOT NULL, article_id INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS laa_actor ON lib_actor_articles(actor_id);
CREATE INDEX IF NOT EXISTS laa_article ON lib_actor_articles(article_id);
CREATE TABLE IF NOT EXISTS lib_alias(key TEXT PRIMARY KEY, actor_id INTEGER NOT NULL);
"""

# Search loads every title and a refresh every file's stamp: these indexes hold them apart from
# the rows' extraction blobs, so neither reads the blobs.
COVER = (
    "CREATE INDEX IF NOT EXISTS articles_cover ON articles(id, title, published, path)",
    "CREATE INDEX IF NOT EXISTS articles_stamp ON articles(path, id, size, mtime_ns, hash, version)",
    # Date filters read (lo, hi, article) from the index alone.
    "CREATE INDEX IF NOT EXISTS dates_span ON dates(lo, hi, article_id)",
    # ... and the actors of the articles they keep from this one.
    "CREATE INDEX IF NOT EXISTS laa_cover ON lib_actor_articles(article_id, actor_id)",
)

FTS = """
CREATE VIRTUAL TABLE IF NOT EXISTS body_fts USING fts5(
    title, text, tokenize = 'unicode61 remove_diacritics 2'
);
"""

# Without FTS5 the body text lives in a plain table and full-text search scans it.
NO_FTS = """
CREATE TABLE IF NOT EXISTS body_plain(rowid INTEGER PRIMARY KEY, title TEXT NOT NULL, text TEXT NOT NULL);
"""
