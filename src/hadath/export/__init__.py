"""Event record exports: native JSONL, PLOVER JSON (lines), GDELT 2.0 TSV and Parquet.

Every writer takes an iterable of event records (``Event.to_record()`` / ``Store.events()`` dicts)
and streams them, so an export never holds the whole store in memory.  :func:`export` is the one
entry point the CLI needs.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from hadath.errors import ExportError
from hadath.export.gdelt import COLUMNS as GDELT_COLUMNS
from hadath.export.gdelt import global_event_id, write_gdelt
from hadath.export.jsonl import write_jsonl
from hadath.export.parquet import parquet_schema, write_parquet
from hadath.export.plover import plover_record, write_plover

FORMATS: tuple[str, ...] = ("jsonl", "plover", "gdelt", "parquet")
STDOUT = "-"


def export(
    records: Iterable[Mapping[str, Any]],
    fmt: str,
    out: str | Path | IO[Any] = STDOUT,
    urls: Mapping[str, str] | None = None,
    header: bool = False,
) -> int:
    """Write ``records`` as ``fmt`` (one of :data:`FORMATS`) to a path, an open stream, or "-" for
    standard output; return how many records were written.

    ``urls`` (article id → URL, e.g. ``Store.article_urls()``) fills GDELT's SOURCEURL and PLOVER's
    ``cite_info.url``; ``header`` adds GDELT's column names as a first row.
    """
    fmt = fmt.strip().lower()
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if fmt == "parquet":
        if isinstance(out, str) and out == STDOUT:
            return _guard(lambda: write_parquet(records, sys.stdout.buffer), out)
        return _guard(lambda: write_parquet(records, out), out)

    def write(fh: IO[Any]) -> int:
        if fmt == "jsonl":
            return write_jsonl(records, fh)
        if fmt == "plover":
            return write_plover(records, fh, urls=urls)
        return write_gdelt(records, fh, urls=urls, header=header)

    if isinstance(out, str) and out == STDOUT:
        return _guard(lambda: write(sys.stdout), out)
    if isinstance(out, str | Path):
        def to_file() -> int:
            with open(out, "w", encoding="utf-8", newline="\n") as fh:
                return write(fh)
        return _guard(to_file, out)
    return _guard(lambda: write(out), out)


def _guard(action: Callable[[], int], out: object) -> int:
    """Run a writer, turning file-system failures and unwritable values (NaN) into :class:`ExportError`."""
    try:
        return action()
    except (OSError, ValueError) as exc:
        raise ExportError(f"cannot write the export to {out}: {exc}") from exc


__all__ = [
    "FORMATS", "GDELT_COLUMNS", "ExportError", "export", "global_event_id", "parquet_schema", "plover_record",
    "write_gdelt", "write_jsonl", "write_parquet", "write_plover",
]
