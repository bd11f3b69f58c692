"""Parquet export: one flat row per event for dataframes, plus the full record as a JSON string.

Actors are flattened to the first actor's code/name/country and a space-joined list of every
actor's code (``source_codes``), so a compound actor loses nothing a filter needs; the location to
name/country/admin1/lat/lon/precision.  ``record`` keeps everything else, losslessly.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pyarrow as pa

ROWS_PER_GROUP = 10_000


def parquet_schema() -> pa.Schema:
    """The flat column layout (pyarrow is imported on call: ``import hadath`` stays fast)."""
    import pyarrow as pa

    text, integer, real = pa.string(), pa.int64(), pa.float64()
    columns: list[tuple[str, pa.DataType]] = [
        ("id", text), ("article_id", text), ("sentence", integer), ("event_type", text), ("mode", text),
        ("context", text), ("cameo", text), ("cameo_root", text), ("quad_class", integer),
        ("goldstein", real), ("intensity", real), ("status", text), ("date", text), ("date_precision", text),
        ("date_text", text),
    ]
    for role in ("source", "target"):
        columns += [(f"{role}_code", text), (f"{role}_name", text), (f"{role}_country", text),
                    (f"{role}_sector", text), (f"{role}_text", text), (f"{role}_codes", text)]
    columns += [
        ("location_name", text), ("location_text", text), ("location_country", text),
        ("location_admin1", text), ("lat", real), ("lon", real), ("location_precision", text),
        ("evidence_text", text), ("evidence_start", integer), ("evidence_end", integer),
        ("trigger_text", text), ("trigger_start", integer), ("trigger_end", integer),
        ("dead", integer), ("injured", integer), ("arrested", integer),
        ("reported_by", text), ("denied_by", text), ("denies", text), ("denied_in", text),
        ("confidence", real), ("pattern", text), ("coder_version", text), ("lexicon_version", text),
        ("num_mentions", integer), ("record", text),
    ]
    return pa.schema(columns)


def _actors(value: Any) -> list[Mapping[str, Any]]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def flat_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """One record as the flat columns of :func:`parquet_schema`."""
    row: dict[str, Any] = {key: record.get(key) for key in (
        "id", "article_id", "sentence", "event_type", "mode", "context", "cameo", "cameo_root", "quad_class",
        "goldstein", "intensity", "status", "date", "date_precision", "date_text", "denies", "denied_in",
        "confidence", "pattern", "coder_version", "lexicon_version")}
    for role in ("source", "target"):
        actors = _actors(record.get(role))
        first = actors[0] if actors else {}
        row[f"{role}_code"] = first.get("actor_code")
        row[f"{role}_name"] = first.get("name")
        row[f"{role}_country"] = first.get("country")
        row[f"{role}_sector"] = first.get("sector")
        row[f"{role}_text"] = first.get("text")
        row[f"{role}_codes"] = " ".join(a.get("actor_code") or a.get("country") or "" for a in actors).strip() or None
    place = record.get("location") or {}
    row.update(location_name=place.get("name"), location_text=place.get("text"),
               location_country=place.get("country"), location_admin1=place.get("admin1"),
               lat=place.get("lat"), lon=place.get("lon"), location_precision=place.get("precision"))
    for span in ("evidence", "trigger"):
        value = record.get(span) or {}
        row[f"{span}_text"], row[f"{span}_start"], row[f"{span}_end"] = (
            value.get("text"), value.get("start"), value.get("end"))
    size = record.get("size") or {}
    row.update(dead=size.get("dead"), injured=size.get("injured"), arrested=size.get("arrested"))
    row["reported_by"] = "; ".join(record.get("reported_by") or []) or None
    row["denied_by"] = "; ".join(record.get("denied_by") or []) or None
    row["num_mentions"] = len(record.get("mentions") or []) or 1
    row["record"] = json.dumps(record, ensure_ascii=False, allow_nan=False)
    return row


def _groups(records: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    group: list[dict[str, Any]] = []
    for record in records:
        group.append(flat_row(record))
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


def write_parquet(records: Iterable[Mapping[str, Any]], path: str | Path | IO[bytes]) -> int:
    """Write records to a Parquet file (streamed in row groups); return how many rows.

    An empty input still gives a readable file with the schema and no rows.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    sink = str(path) if isinstance(path, str | Path) else path
    written = 0
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        for group in _groups(records, ROWS_PER_GROUP):
            writer.write_table(pa.Table.from_pylist(group, schema=schema))
            written += len(group)
    return written
