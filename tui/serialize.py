"""Article + Extraction -> the JSON object of the `newsreader extract` contract."""
from __future__ import annotations

from typing import Any

from tui.model import Article, Extraction


def to_contract(article: Article, extraction: Extraction) -> dict[str, Any]:
    return {
        "path": article.path,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "categories": list(article.categories),
        "text": article.text,
        "actors": [
            {
                "name": a.name,
                "kind": a.kind,
                "roles": list(a.roles),
                "aliases": list(a.aliases),
                "mentions": [[m.start, m.end] for m in a.mentions],
            }
            for a in extraction.actors
        ],
        "quotes": [
            {
                "text": q.text,
                "span": [q.start, q.end],
                "speaker": q.speaker,
                "cue": q.cue,
                "kind": q.kind,
            }
            for q in extraction.quotes
        ],
        "dates": [
            {
                "text": d.text,
                "span": [d.start, d.end],
                "type": d.type,
                "value": d.value,
                "mod": d.mod,
            }
            for d in extraction.dates
        ],
    }
