"""The native export: one ``Event.to_record()`` JSON object per line, Arabic left readable."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import IO, Any

from hadath.export.sinks import text_sink


def write_jsonl(records: Iterable[Mapping[str, Any]], fh: IO[Any]) -> int:
    """Write each record as one JSON line (``ensure_ascii=False``); return how many were written."""
    written = 0
    with text_sink(fh) as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, allow_nan=False))
            out.write("\n")
            written += 1
    return written
