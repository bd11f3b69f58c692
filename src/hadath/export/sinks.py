"""Writing text to whatever sink the caller hands over: a text stream or a binary one."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any


def is_binary(fh: IO[Any]) -> bool:
    if isinstance(fh, io.TextIOBase):
        return False
    if isinstance(fh, io.BufferedIOBase | io.RawIOBase):
        return True
    return "b" in str(getattr(fh, "mode", ""))


@contextmanager
def text_sink(fh: IO[Any]) -> Iterator[IO[str]]:
    """``fh`` as a UTF-8 text stream with "\\n" line ends; a binary stream is wrapped, not closed."""
    if not is_binary(fh):
        yield fh
        return
    wrapper = io.TextIOWrapper(fh, encoding="utf-8", newline="\n", write_through=True)
    try:
        yield wrapper
    finally:
        wrapper.flush()
        wrapper.detach()
