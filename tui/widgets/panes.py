"""The side panes: Actors, Quotes and Dates of the open article (OptionLists with counts in the title)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.model import Actor, DateMention, Quote, quote_label

# An actor's kind in words, the same in the Actors pane, search results and the actor page.
KIND_LABELS = {"person": "person", "organization": "organization", "place": "place"}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def describe_date(date: DateMention) -> str:
    """The extractor's own wording of a date mention ('every Monday', 'late 2018') when it offers
    one, else the TIMEX3 value."""
    try:
        from tui.extract.dates import describe_mention  # type: ignore[attr-defined]
    except ImportError:
        return date.value
    try:
        return str(describe_mention(date.value, date.type, date.mod)) or date.value
    except Exception:  # a describer bug must not break the pane; the raw value is still true
        return date.value


def opening_words(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(",;:") + "…"


def actor_prompt(actor: Actor) -> Content:
    count = len(actor.mentions)
    parts: list[tuple[str, str] | str] = [
        (actor.name, "bold"),
        (f"  {kind_label(actor.kind)} · {count}", "dim"),
    ]
    if actor.roles:
        parts.append(("\n" + ", ".join(actor.roles[:2]), "italic dim"))
    return Content.assemble(*parts)


def quote_prompt(quote: Quote) -> Content:
    speaker = (quote.speaker, "bold") if quote.speaker else ("unattributed", "dim italic")
    parts: list[tuple[str, str] | str] = [speaker]
    if quote.kind == "partial":
        parts.append(("  partial", "dim"))
    parts.append("\n“" + opening_words(quote_label(quote.text)) + "”")
    return Content.assemble(*parts)


def date_prompt(date: DateMention) -> Content:
    parts: list[tuple[str, str] | str] = [(describe_date(date), "bold")]
    parts.append((f"  {opening_words(date.text, 40)}", "dim"))
    return Content.assemble(*parts)


# Rows a pane lists at most. An article of 50,000 quotes (a 4 MB transcript) would spend seconds
# of the UI thread on rows no one scrolls through; n/p and search still reach every item.
PANE_ROWS = 1000


class ItemPane(OptionList):
    """One side pane; the screen fills it and reacts to its OptionList messages."""

    LABEL: ClassVar[str] = ""

    class CountChanged(Message):
        """The pane's item count changed (None: not known yet); the narrow layout's tabs show it."""

        def __init__(self, pane: ItemPane, count: int | None) -> None:
            super().__init__()
            self.pane = pane
            self.count = count

    def on_mount(self) -> None:
        self.set_pending()

    def set_pending(self) -> None:
        self.clear_options()
        self.border_title = f"{self.LABEL} (…)"
        self.post_message(self.CountChanged(self, None))

    def set_prompts(self, prompts: Sequence[Content], empty: str, total: int | None = None) -> None:
        """Fill the pane with `prompts`, the first of `total` items (all of them by default)."""
        total = len(prompts) if total is None else total
        self.clear_options()
        self.border_title = f"{self.LABEL} ({total:,})"
        self.post_message(self.CountChanged(self, total))
        if prompts:
            self.add_options(Option(p) for p in prompts)
            if total > len(prompts):
                more = f"… {total - len(prompts):,} more: n and p step through all of them"
                self.add_option(Option(Content.styled(more, "dim italic"), disabled=True))
        else:
            self.add_option(Option(Content.styled(empty, "dim italic"), disabled=True))

    def select_index(self, index: int | None) -> None:
        if index is None or index >= self.option_count:
            return
        self.highlighted = index
        self.scroll_to_highlight()


class ActorsPane(ItemPane):
    LABEL = "Actors"


class QuotesPane(ItemPane):
    LABEL = "Quotes"


class DatesPane(ItemPane):
    LABEL = "Dates"
