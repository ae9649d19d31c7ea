"""Text -> actors, quotes, dates. Pure functions: no I/O, no Textual."""
from __future__ import annotations

from datetime import date

from tui.model import Extraction


def extract(text: str, published: date | None = None) -> Extraction:
    """Run every extractor over `text`; relative dates resolve against `published`."""
    from tui.extract.actors import extract_actors
    from tui.extract.dates import extract_dates
    from tui.extract.quotes import extract_quotes

    actors = extract_actors(text)
    quotes = extract_quotes(text, actors)
    dates = extract_dates(text, published)
    return Extraction(actors=tuple(actors), quotes=tuple(quotes), dates=tuple(dates))
