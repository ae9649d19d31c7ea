"""The side panes: Actors, Quotes and Dates of the open article (OptionLists with counts in the title)."""
from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Tab, Tabs
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

    def on_resize(self) -> None:
        """The selected row stays in view when the pane changes size (a resize, the library shown)."""
        self.call_after_refresh(self.scroll_to_highlight)

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


def short_count(n: int) -> str:
    """A count in at most four characters, never more than it is: 800, 2.4k, 12k, 1.2M."""
    if n < 1000:
        return str(n)
    if n < 10_000:
        return f"{n // 100 / 10:g}k"
    if n < 1_000_000:
        return f"{n // 1000}k"
    return f"{n // 100_000 / 10:g}M"


class SideTabs(Tabs, can_focus=False):
    """The tab strip over the side panes in narrow terminals (clicked, never focused).

    Each tab names its pane with the pane's count, as many digits as the strip has room for:
    "Quotes 2,400", else "Quotes 2.4k", else "Quotes" alone (the pane's title still has the count).
    Labels wider than the strip would scroll it, cutting off the first or last tab."""

    def __init__(self, *tabs: Tab, id: str | None = None, active: str | None = None) -> None:
        super().__init__(*tabs, id=id, active=active)
        self._names = {str(tab.id): tab.label_text for tab in tabs}
        self._counts: dict[str, int | None] = {}

    def set_count(self, tab_id: str, count: int | None) -> None:
        """Show `count` (None: not known yet) on the tab `tab_id`."""
        self._counts[tab_id] = count
        self._fit_labels()

    def on_resize(self) -> None:
        self._fit_labels()

    def on_show(self) -> None:
        self._fit_labels()

    def _labels(self, form: int) -> dict[str, str]:
        labels = {}
        for tab_id, name in self._names.items():
            count = self._counts.get(tab_id)
            if tab_id not in self._counts or form == 2:
                labels[tab_id] = name
            elif count is None:
                labels[tab_id] = f"{name} …"
            else:
                labels[tab_id] = f"{name} {count:,}" if form == 0 else f"{name} {short_count(count)}"
        return labels

    def _fit_labels(self) -> None:
        tabs = {tab_id: self.query_one(f"#{tab_id}", Tab) for tab_id in self._names}
        width = self.size.width
        labels = self._labels(0)
        if width:  # (hidden, it has no width: the labels fit when it is shown)
            for form in (0, 1, 2):
                labels = self._labels(form)
                used = sum(len(text) + tabs[t].styles.gutter.width for t, text in labels.items())
                if used <= width:
                    break
        for tab_id, text in labels.items():
            if tabs[tab_id].label_text != text:
                tabs[tab_id].label = text
