"""Given names read as a man's or a woman's, shared by actor merging (Mrs. Clinton is Hillary,
not Bill) and quote attribution ('she said' goes to the woman nearby)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Lower-cased given name -> "m" or "f" (data/given_names.txt)."""
    out: dict[str, str] = {}
    path = Path(__file__).with_name("data") / "given_names.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:2] in ("m ", "f "):
            for w in line[2:].split():
                out[w] = line[0]
    return out
