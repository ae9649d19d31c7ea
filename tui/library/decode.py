"""Bytes on disk -> text, or a one-line reason why not."""
from __future__ import annotations

import re
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024

_DECLARED = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


class LoadError(Exception):
    """A file that cannot be used; str() is one line naming the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def read_bytes(path: Path) -> bytes:
    try:
        if not path.exists():
            raise LoadError(path, "no such file")
        if path.is_dir():
            raise LoadError(path, "is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise LoadError(path, f"too large ({size / 1_048_576:.1f} MB; limit {MAX_BYTES // 1_048_576} MB)")
        data = path.read_bytes()
    except LoadError:
        raise
    except PermissionError:
        raise LoadError(path, "permission denied") from None
    except OSError as err:
        raise LoadError(path, f"cannot read ({err.strerror or err})") from None
    if b"\x00" in data:
        raise LoadError(path, "binary file (contains NUL bytes)")
    return data


def decode_text(path: Path, data: bytes) -> str:
    """UTF-8 (BOM stripped), else a declared legacy encoding, else cp1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = _DECLARED.search(data[:4096])
    candidates = [m.group(1).decode("ascii", "ignore")] if m else []
    candidates.append("cp1252")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
        # cp1252 accepts almost anything; refuse what is plainly not text.
        controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\r\f")
        if controls > max(2, len(text) // 100):
            break
        return text
    raise LoadError(path, "not valid text (undecodable as UTF-8 or a legacy encoding)")


def read_raw_utf8(path: Path) -> str:
    """The --raw contract: strict UTF-8, no newline translation, no normalization."""
    data = read_bytes(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise LoadError(path, f"not valid UTF-8 (byte {err.start})") from None
