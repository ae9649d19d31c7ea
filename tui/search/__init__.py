"""Fuzzy search over the library index (rapidfuzz + SQLite FTS5). No Textual here."""
from __future__ import annotations

from tui.search.engine import GROUP_TITLES, GROUPS, ActorPage, Result, Results, SearchEngine
from tui.search.query import Query, parse_query

__all__ = ["GROUPS", "GROUP_TITLES", "ActorPage", "Query", "Result", "Results", "SearchEngine", "parse_query"]
