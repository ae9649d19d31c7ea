"""Widgets of the reader: the article, the library pane, the side panes."""
