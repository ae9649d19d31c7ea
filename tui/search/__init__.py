"""Fuzzy search over the library index (rapidfuzz). No Textual here."""
