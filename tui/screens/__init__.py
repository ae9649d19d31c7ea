"""Screens of the reader: the main reader, search, actor page, help, errors."""
