"""`?`: every key of the reader with what it does (after the user's keymap)."""
from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,question_mark,q", "dismiss", "Close help", id="help.close")]

    def __init__(self, rows: Sequence[tuple[str, str] | tuple[str, str, str]]) -> None:
        """`rows`: (keys, what they do) or (keys, what they do, binding id for the keymap)."""
        super().__init__()
        self.rows = [(row[0], row[1], row[2] if len(row) > 2 else "") for row in rows]

    def compose(self) -> ComposeResult:
        width = max((len(k) for k, _, _ in self.rows), default=4) + 1
        described = max((len(d) for _, d, i in self.rows if i), default=0) + 2  # a clear gap before the id
        text = Text()
        for i, (keys, description, binding_id) in enumerate(self.rows):
            if i:
                text.append("\n")
            text.append(keys.ljust(width), "bold")
            text.append(description.ljust(described) if binding_id else description)
            if binding_id:
                text.append(binding_id, "dim")
        with Vertical(id="help-box"):
            yield Static("Keys", id="help-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(text, id="help-keys")
            yield Static("escape closes · remap keys in config.toml [keymap]: id = \"key\"",
                         id="help-hint", markup=False)

    def on_mount(self) -> None:
        self.query_one("#help-scroll").focus()

    async def action_dismiss(self, result: None = None) -> None:
        self.dismiss(result)
