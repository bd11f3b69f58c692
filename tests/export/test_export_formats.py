"""Exports: shape of each format, Arabic kept readable, round trips, empty inputs, the dispatcher."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from hadath.export import (
    FORMATS,
    GDELT_COLUMNS,
    ExportError,
    export,
    global_event_id,
    parquet_schema,
    write_gdelt,
    write_jsonl,
    write_parquet,
    write_plover,
)
from hadath.export.gdelt import load_fips

from .export_synth import SENTENCE, actor, make_record

ADDED = datetime(2024, 3, 6, 12, 30, 5, tzinfo=UTC)


def gdelt_rows(records: list[dict], **kwargs) -> list[dict[str, str]]:
    out = io.StringIO()
    write_gdelt(records, out, added=ADDED, **kwargs)
    lines = out.getvalue().split("\n")
    assert lines[-1] == ""
    rows = [line.split("\t") for line in lines[:-1]]
    assert all(len(row) == 61 for row in rows)
    return [dict(zip(GDELT_COLUMNS, row, strict=True)) for row in rows]


# -- JSONL -----------------------------------------------------------------------------------------
def test_jsonl_round_trip_keeps_arabic_readable() -> None:
    records = [make_record(0), make_record(1, target=[actor("مصدر محلي", None, "SYR", "CVL", "local source")])]
    out = io.StringIO()
    assert write_jsonl(records, out) == 2
    text = out.getvalue()
    assert "القوات الروسية" in text and "\\u" not in text
    assert [json.loads(line) for line in text.splitlines()] == records


def test_jsonl_to_a_binary_stream_is_utf8() -> None:
    out = io.BytesIO()
    write_jsonl([make_record()], out)
    assert not out.closed
    assert json.loads(out.getvalue().decode("utf-8")) == make_record()


# -- PLOVER ----------------------------------------------------------------------------------------
def plover_lines(records: list[dict], **kwargs) -> list[dict]:
    out = io.StringIO()
    assert write_plover(records, out, **kwargs) == len(records)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_plover_record_uses_the_manual_field_names() -> None:
    [rec] = plover_lines([make_record()], urls={"https://example.org/a/0": "https://example.org/a/0"})
    assert rec["id"] == make_record()["id"] and rec["date"] == "2024-03-05" and "enddate" not in rec
    assert rec["event"] == ["ASSAULT"] and rec["mode"] == ["aerial"] and rec["context"] == ["military", "terrorism"]
    assert rec["actor"] == [{"code": "RUS", "sector": "MIL", "entity_text": "القوات الروسية",
                             "identifier_text": "Russian armed forces", "actor_code": "RUSMIL"}]
    assert rec["recipient"] == []
    assert rec["event_loc"] == {"extracted_place": "إدلب", "resolved_place": "Idlib", "lat": 35.93, "lon": 36.63,
                                "city": "Idlib", "province": "Idlib Governorate", "country_code": "SYR",
                                "resolution": 4}
    assert rec["event_text"] == [SENTENCE] and rec["quad_code"] == 4 and rec["event_scale"] == -8.5
    assert rec["text_info"] == {"sequence": 0, "start": 0, "end": len(SENTENCE)}
    assert rec["cite_info"]["url"] == "https://example.org/a/0" and rec["cite_info"]["language"] == "ar"
    assert rec["size"] == {"dead": 3} and rec["coder"] == "hadath 0.1"
    assert rec["cameo"] == "195" and rec["goldstein"] == -10.0 and rec["status"] == "asserted"


@pytest.mark.parametrize(("value", "start", "end"), [
    ("2024-02", "2024-02-01", "2024-02-29"), ("2023", "2023-01-01", "2023-12-31"), (None, None, None)])
def test_plover_partial_dates_become_ranges(value: str | None, start: str | None, end: str | None) -> None:
    [rec] = plover_lines([make_record(date=value)])
    assert rec["date"] == start and rec.get("enddate") == end


def test_plover_compound_actors_and_cameo_only() -> None:
    pair = [actor("القوات الروسية", "RUSMIL", "RUS", "MIL", "Russian armed forces"),
            actor("مصدر محلي", None, "SYR", None, "local source")]
    [rec] = plover_lines([make_record(source=pair, event_type=None, mode=None, context=None, location=None)])
    assert [a["code"] for a in rec["actor"]] == ["RUS", "SYR"]
    assert rec["event"] == [] and rec["mode"] == [] and rec["context"] == [] and rec["event_loc"] is None


# -- GDELT -----------------------------------------------------------------------------------------
def test_gdelt_has_61_columns_in_gdelt_order() -> None:
    assert len(GDELT_COLUMNS) == 61 and len(set(GDELT_COLUMNS)) == 61
    assert GDELT_COLUMNS[:6] == ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate", "Actor1Code")
    assert GDELT_COLUMNS[25:35] == ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
                                    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    assert GDELT_COLUMNS[35] == "Actor1Geo_Type" and GDELT_COLUMNS[51] == "ActionGeo_Type"
    assert GDELT_COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_gdelt_row_values() -> None:
    [row] = gdelt_rows([make_record()])
    assert row["GlobalEventID"] == str(global_event_id(make_record()["id"])) and row["GlobalEventID"].isdigit()
    assert (row["Day"], row["MonthYear"], row["Year"]) == ("20240305", "202403", "2024")
    assert row["FractionDate"] == f"{2024 + (3 * 30 + 5) / 365:.4f}"
    assert (row["Actor1Code"], row["Actor1CountryCode"], row["Actor1Type1Code"]) == ("RUSMIL", "RUS", "MIL")
    assert row["Actor1Name"] == "Russian armed forces" and row["Actor2Code"] == ""
    assert (row["EventCode"], row["EventBaseCode"], row["EventRootCode"]) == ("195", "195", "19")
    assert (row["QuadClass"], row["GoldsteinScale"], row["IsRootEvent"]) == ("4", "-10.0", "1")
    assert (row["NumMentions"], row["NumSources"], row["NumArticles"], row["AvgTone"]) == ("1", "1", "1", "")
    assert (row["ActionGeo_Type"], row["ActionGeo_FullName"], row["ActionGeo_CountryCode"]) == ("4", "Idlib", "SY")
    assert (row["ActionGeo_Lat"], row["ActionGeo_Long"]) == ("35.93", "36.63")
    assert row["Actor1Geo_Type"] == "" and row["DATEADDED"] == "20240306123005"
    assert row["SOURCEURL"] == "https://example.org/a/0"


def test_gdelt_partial_dates_known_groups_and_urls() -> None:
    igo = actor("مصدر محلي", "IGOUNO", "IGO", None, "United Nations")
    record = make_record(date="2024-03", sentence=2, source=[igo], article_id="art-7",
                         location=None, mentions=[])
    [row] = gdelt_rows([record], urls={"art-7": "https://example.org/x"})
    assert (row["Day"], row["MonthYear"], row["Year"], row["FractionDate"]) == ("", "202403", "2024", "")
    assert (row["Actor1CountryCode"], row["Actor1KnownGroupCode"], row["Actor1Type1Code"]) == ("", "IGO", "UNO")
    assert row["IsRootEvent"] == "0" and row["ActionGeo_Type"] == "" and row["NumMentions"] == "1"
    assert row["SOURCEURL"] == "https://example.org/x"
    [no_url] = gdelt_rows([record])
    assert no_url["SOURCEURL"] == ""


def test_gdelt_geo_types_follow_gdelt_codes() -> None:
    def geo_type(country: str, precision: str) -> str:
        place = make_record()["location"] | {"country": country, "precision": precision}
        record = make_record()
        record["location"] = place
        return gdelt_rows([record])[0]["ActionGeo_Type"]

    assert [geo_type("SYR", p) for p in ("country", "admin1", "city")] == ["1", "5", "4"]
    assert [geo_type("USA", p) for p in ("country", "admin1", "city")] == ["1", "2", "3"]


def test_gdelt_cells_never_break_the_row() -> None:
    record = make_record(source=[actor("القوات الروسية", "RUSMIL", "RUS", "MIL", "tab\there\nnewline")])
    [row] = gdelt_rows([record])
    assert row["Actor1Name"] == "tab here newline"


def test_gdelt_header_and_fips_table() -> None:
    out = io.StringIO()
    write_gdelt([], out, header=True)
    assert out.getvalue() == "\t".join(GDELT_COLUMNS) + "\n"
    fips = load_fips()
    assert fips["IRQ"] == "IZ" and fips["EGY"] == "EG" and fips["GBR"] == "UK" and fips["DEU"] == "GM"
    assert all(len(k) == 3 and len(v) == 2 for k, v in fips.items())


def test_global_event_id_is_stable_and_distinct() -> None:
    ids = {global_event_id(f"ev-{i}") for i in range(1000)}
    assert len(ids) == 1000 and all(0 < i < 2**60 for i in ids)
    assert global_event_id("ev-1") == global_event_id("ev-1")


# -- Parquet ---------------------------------------------------------------------------------------
def test_parquet_reads_back(tmp_path: Path) -> None:
    records = [make_record(i) for i in range(25)] + [make_record(99, source=[], location=None, date=None)]
    path = tmp_path / "events.parquet"
    assert write_parquet(records, path) == 26
    table = pq.read_table(path)
    assert table.num_rows == 26 and table.schema == parquet_schema()
    rows = table.to_pylist()
    assert rows[0]["source_code"] == "RUSMIL" and rows[0]["source_text"] == "القوات الروسية"
    assert rows[0]["lat"] == 35.93 and rows[0]["dead"] == 3 and rows[0]["quad_class"] == 4
    assert rows[-1]["source_code"] is None and rows[-1]["lat"] is None
    assert [json.loads(r["record"]) for r in rows] == records


def test_parquet_empty_input_gives_a_readable_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0 and table.schema == parquet_schema()


# -- dispatcher ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", ["jsonl", "plover", "gdelt"])
def test_text_formats_write_files_and_empty_inputs(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"out.{fmt}"
    assert export([make_record(i) for i in range(3)], fmt, path) == 3
    assert len(path.read_text(encoding="utf-8").splitlines()) == 3
    assert export(iter([]), fmt, path) == 0
    assert path.read_text(encoding="utf-8") == ""


def test_export_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert export([make_record()], "JSONL", "-") == 1
    assert json.loads(capsys.readouterr().out) == make_record()


def test_export_parquet_and_errors(tmp_path: Path) -> None:
    assert set(FORMATS) == {"jsonl", "plover", "gdelt", "parquet"}
    assert export([make_record()], "parquet", tmp_path / "e.parquet") == 1
    with pytest.raises(ExportError, match="unknown export format 'csv'"):
        export([make_record()], "csv", tmp_path / "e.csv")
    with pytest.raises(ExportError, match="cannot write"):
        export([make_record()], "jsonl", tmp_path / "missing" / "e.jsonl")
    with pytest.raises(ExportError, match="cannot write"):
        export([make_record(goldstein=float("nan"))], "jsonl", tmp_path / "nan.jsonl")
