"""A full screen that says what went wrong (a bad library path, say) instead of a traceback."""
from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Center, Middle, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static


class ErrorScreen(Screen[None]):
    BINDINGS = [Binding("q,escape", "quit", "Quit", id="error.quit")]

    def __init__(self, title: str, reason: str) -> None:
        super().__init__()
        self.error_title = title
        self.reason = reason

    def compose(self) -> ComposeResult:
        with Middle():
            with Center():
                with Vertical(id="error-box"):
                    yield Static(self.error_title, id="error-title")
                    yield Static(self.reason, id="error-reason", markup=False)
                    yield Static("newsreader [PATH] opens a folder or one article file.\nPress q to quit.",
                                 id="error-hint", markup=False)
        yield Footer()

    def action_quit(self) -> None:
        self.app.exit(return_code=1)
