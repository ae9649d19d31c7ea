"""Normalization: turn one recognized match into a TIMEX3 (type, value, mod).

One function per rule of patterns.py, named n_<rule>, in the module of its family. Relative
expressions resolve against the context's reference date (the publication date); without one
they stay underspecified (XXXX-08-08, XXXX-WXX-5, ...). Functions never raise on odd numbers: a
day that does not exist ('February 31') degrades to its month.
"""
from __future__ import annotations

import re
from typing import Callable

from . import calendar_names, relative, spans
from .context import Context
from .resolve import Timex

NORMALIZERS: dict[str, Callable[[re.Match, Context], Timex]] = {
    name[2:]: fn
    for module in (calendar_names, relative, spans)
    for name, fn in vars(module).items()
    if name.startswith("n_") and callable(fn)
}
