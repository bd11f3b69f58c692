"""One reader per file format: a binary stream in, articles out, bad items reported and skipped.

Readers of record formats (JSON Lines, JSON, CSV/TSV) stream: they hold one record at a time, so a
multi-gigabyte export never sits in memory.  A reader raises :class:`InputError` only when the file as a
whole is unusable (undecodable, empty, too large); a bad record is passed to ``ctx.report`` and the
reader goes on, or stops at that line when the rest of the file can no longer be parsed reliably.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, TextIO

from lxml import etree

from hadath.errors import InputError, InputProblem
from hadath.ingest.decode import decode_bytes, decoded_lines, looks_double_encoded, open_text
from hadath.ingest.records import (
    RecordDefaults,
    article_from_record,
    field_of,
    normalize_newlines,
    parse_date,
)
from hadath.model import Article

DEFAULT_MAX_DOCUMENT_BYTES = 50 * 1024 * 1024
"""Largest single-document file (.txt, .html) read; larger ones are reported, not loaded."""

_JSON_CHUNK_CHARS = 1 << 20
_JSON_WS = re.compile(r"[ \t\n\r]*")
_JSON_TAIL_MARGIN = 16  # a parse error this close to the buffer end may just mean "read more"


@dataclass(frozen=True, slots=True)
class ReadContext:
    """What every reader needs: defaults for missing fields, the size limit, where problems go."""

    defaults: RecordDefaults
    max_document_bytes: int
    report: Callable[[InputProblem], None]


Reader = Callable[[BinaryIO, str, ReadContext], Iterator[Article]]


def _record_article(record: Any, origin: str, name: str, line: int | None, ctx: ReadContext,
                    what: str = "record") -> Article | None:
    """The article of one parsed record, or ``None`` after reporting why there is none."""
    if not isinstance(record, dict):
        ctx.report(InputProblem(name, line, f"{what} is a JSON {_json_kind(record)}, not an object"))
        return None
    try:
        article = article_from_record(record, origin, name, line, ctx.defaults)
    except InputError as exc:
        ctx.report(exc.problem)
        return None
    if looks_double_encoded(article.text):
        ctx.report(InputProblem(name, line, "mojibake: text is UTF-8 Arabic that was decoded as Latin-1 once"))
        return None
    return article


def _json_kind(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")


def _undecodable(name: str, line: int, exc: UnicodeDecodeError) -> InputProblem:
    return InputProblem(name, line, f"undecodable bytes ({exc.reason}); the rest of the file is skipped")


# ---- single-document formats ------------------------------------------------------------------------

def read_document_bytes(stream: BinaryIO, name: str, limit: int) -> bytes:
    """The whole (small) document, or :class:`InputError` when it is empty or over ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(InputProblem(name, None, f"larger than the {limit:,}-byte limit for one document"))
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(InputProblem(name, None, "empty file"))
    return data


def read_txt(stream: BinaryIO, name: str, ctx: ReadContext) -> Iterator[Article]:
    """A plain-text file is one article; all of it is the text (no title is guessed)."""
    text = normalize_newlines(decode_bytes(read_document_bytes(stream, name, ctx.max_document_bytes), name))
    text = text.strip()
    if not text:
        raise InputError(InputProblem(name, None, "empty file"))
    yield Article(id=Article.make_id(None, None, text), text=text, date=ctx.defaults.date,
                  source=ctx.defaults.source, origin=name)


def read_html(stream: BinaryIO, name: str, ctx: ReadContext) -> Iterator[Article]:
    """A web page is one article: trafilatura's main text (no comments, no navigation) and metadata."""
    import trafilatura  # heavy import, only when a page is actually read

    page = decode_bytes(read_document_bytes(stream, name, ctx.max_document_bytes), name)
    try:
        extracted = trafilatura.bare_extraction(page, include_comments=False, with_metadata=True,
                                                output_format="python")
    except (ValueError, TypeError, etree.LxmlError) as exc:
        raise InputError(InputProblem(name, None, f"HTML could not be parsed: {exc}")) from exc
    body = getattr(extracted, "text", None) or ""
    text = normalize_newlines(unicodedata.normalize("NFC", body)).strip()
    if not text:
        raise InputError(InputProblem(name, None, "no main text found in the HTML page"))
    url = getattr(extracted, "url", None) or None
    meta = {key: value for key in ("author", "description", "hostname")
            if (value := getattr(extracted, key, None))}
    yield Article(
        id=Article.make_id(None, url, text),
        text=text,
        title=getattr(extracted, "title", None) or None,
        date=parse_date(getattr(extracted, "date", None)) or ctx.defaults.date,
        source=getattr(extracted, "sitename", None) or getattr(extracted, "hostname", None) or ctx.defaults.source,
        url=url,
        meta=meta,
        origin=name,
    )


# ---- JSON Lines --------------------------------------------------------------------------------------

def iter_jsonl_lines(lines: Iterable[tuple[int, str | None]], name: str, ctx: ReadContext) -> Iterator[Article]:
    """Articles from numbered JSON Lines (one object per line; blank lines ignored; ``None`` = undecodable)."""
    seen_any = False
    for lineno, line in lines:
        if line is None:
            seen_any = True
            ctx.report(InputProblem(name, lineno, "undecodable bytes in this line"))
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            ctx.report(InputProblem(name, lineno, f"malformed JSON: {exc.msg} (column {exc.colno})"))
            continue
        except RecursionError:
            ctx.report(InputProblem(name, lineno, "malformed JSON: nested too deeply"))
            continue
        article = _record_article(record, f"{name}:{lineno}", name, lineno, ctx, "line")
        if article is not None:
            yield article
    if not seen_any:
        raise InputError(InputProblem(name, None, "empty file"))


def _numbered_lines(text: TextIO) -> Iterator[tuple[int, str | None]]:
    """Lines of a decoded stream with their numbers; a decoding failure ends it with one ``None``."""
    lineno = 0
    try:
        for lineno, line in enumerate(text, 1):  # noqa: B007 - lineno is read after the loop
            yield lineno, line
    except UnicodeDecodeError:
        yield lineno + 1, None


def iter_jsonl_text(text: TextIO, name: str, ctx: ReadContext) -> Iterator[Article]:
    """Articles from an already-decoded JSON Lines stream (e.g. a caller's ``stdin``)."""
    yield from iter_jsonl_lines(_numbered_lines(text), name, ctx)


def read_jsonl(stream: BinaryIO, name: str, ctx: ReadContext) -> Iterator[Article]:
    yield from iter_jsonl_lines(decoded_lines(stream, name), name, ctx)


# ---- JSON (one object, several, or arrays of them), streamed -----------------------------------------

class _JsonStream:
    """Incremental JSON value reader over a text stream, with line numbers, holding a bounded buffer.

    ``json.JSONDecoder.raw_decode`` parses one value from the buffer; when a value runs past the end of
    what has been read, more is read (twice as much each time) and the parse is retried.
    """

    def __init__(self, text: TextIO) -> None:
        self._text = text
        self._decoder = json.JSONDecoder()
        self._buf = ""
        self._pos = 0
        self._eof = False
        self._line = 1  # line number at self._line_pos
        self._line_pos = 0

    def _fill(self, at_least: int = _JSON_CHUNK_CHARS) -> bool:
        """Read more text, dropping what was consumed; False at end of input."""
        if self._eof:
            return False
        chunk = self._text.read(max(at_least, _JSON_CHUNK_CHARS))
        if not chunk:
            self._eof = True
            return False
        if self._pos:
            self.line_at(self._pos)
            self._buf = self._buf[self._pos:]
            self._line_pos -= self._pos
            self._pos = 0
        self._buf += chunk
        return True

    def line_at(self, pos: int) -> int:
        """Line of buffer position ``pos`` (positions are asked for in increasing order)."""
        if pos > self._line_pos:
            self._line += self._buf.count("\n", self._line_pos, pos)
            self._line_pos = pos
        return self._line

    def peek(self) -> str:
        """The next non-whitespace character, or "" at end of input."""
        while True:
            self._pos = _JSON_WS.match(self._buf, self._pos).end()  # type: ignore[union-attr]
            if self._pos < len(self._buf):
                return self._buf[self._pos]
            if not self._fill():
                return ""

    def advance(self) -> None:
        self._pos += 1

    @property
    def line(self) -> int:
        return self.line_at(self._pos)

    def value(self) -> tuple[Any, int]:
        """The next JSON value and the line it starts on; ``JSONDecodeError`` if it is malformed."""
        self.peek()
        start = self._pos
        line = self.line_at(start)
        while True:
            try:
                value, end = self._decoder.raw_decode(self._buf, start)
            except json.JSONDecodeError as exc:
                incomplete = exc.msg.startswith("Unterminated string") or \
                    exc.pos >= len(self._buf) - _JSON_TAIL_MARGIN
                if incomplete and self._fill(2 * (len(self._buf) - start)):
                    start = self._pos
                    continue
                raise
            if end == len(self._buf) and self._fill():  # a number may go on in the next chunk
                start = self._pos
                continue
            self._pos = end
            return value, line

    def error_line(self, exc: json.JSONDecodeError) -> int:
        return self.line_at(max(exc.pos, self._line_pos))


def read_json(stream: BinaryIO, name: str, ctx: ReadContext) -> Iterator[Article]:
    """Articles from a JSON file: one object, several concatenated, or arrays of objects, streamed.

    Array elements get the origin ``name[index]``; top-level objects ``name:line``.  A syntax error
    ends the file (nothing after it can be trusted to be aligned), reported with its line.
    """
    reader = _JsonStream(open_text(stream, name))
    try:
        if reader.peek() == "":
            raise InputError(InputProblem(name, None, "empty file"))
        while (first := reader.peek()) != "":
            if first == "[":
                reader.advance()
                yield from _json_array(reader, name, ctx)
            else:
                record, line = reader.value()
                article = _record_article(record, f"{name}:{line}", name, line, ctx, "top-level value")
                if article is not None:
                    yield article
    except json.JSONDecodeError as exc:
        ctx.report(InputProblem(name, reader.error_line(exc),
                                f"malformed JSON: {exc.msg}; the rest of the file is skipped"))
    except RecursionError:
        ctx.report(InputProblem(name, reader.line, "malformed JSON: nested too deeply; the rest of the file is skipped"))
    except UnicodeDecodeError as exc:
        ctx.report(_undecodable(name, reader.line, exc))
    except _StopFile:
        return


def _json_array(reader: _JsonStream, name: str, ctx: ReadContext) -> Iterator[Article]:
    if reader.peek() == "]":
        reader.advance()
        return
    index = 0
    while True:
        record, line = reader.value()
        article = _record_article(record, f"{name}[{index}]", name, line, ctx, f"array element {index}")
        if article is not None:
            yield article
        index += 1
        follow = reader.peek()
        if follow == ",":
            reader.advance()
        elif follow == "]":
            reader.advance()
            return
        else:
            found = "end of file" if follow == "" else repr(follow)
            ctx.report(InputProblem(name, reader.line,
                                    f"malformed JSON: expected ',' or ']' after array element {index - 1}, "
                                    f"found {found}; the rest of the file is skipped"))
            raise _StopFile


class _StopFile(Exception):
    """Internal: a problem already reported ends this file."""


# ---- CSV / TSV ---------------------------------------------------------------------------------------

def _read_delimited(stream: BinaryIO, name: str, ctx: ReadContext, delimiter: str) -> Iterator[Article]:
    """Rows of a table with a header row; a row whose field count differs from the header is reported."""
    if csv.field_size_limit() < ctx.max_document_bytes:
        csv.field_size_limit(ctx.max_document_bytes)  # the csv module's limit is per process
    def lines() -> Iterator[str]:
        for lineno, line in decoded_lines(stream, name):
            if line is None:
                ctx.report(InputProblem(name, lineno, "undecodable bytes in this line; the rest of the file is skipped"))
                return
            yield line

    rows = csv.reader(lines(), delimiter=delimiter)
    try:
        header = next(rows, None)
        while header is not None and not any(cell.strip() for cell in header):
            header = next(rows, None)
        if header is None:
            raise InputError(InputProblem(name, None, "empty file"))
        header = [cell.strip() for cell in header]
        if not any(field_of(cell) == "text" for cell in header):
            raise InputError(InputProblem(name, rows.line_num, "no text column in the header (expected one of: "
                                          "text, content, body)"))
        while True:
            start = rows.line_num + 1
            row = next(rows, None)
            if row is None:
                return
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                ctx.report(InputProblem(name, start, f"row has {len(row)} fields, the header has {len(header)}"))
                continue
            article = _record_article(dict(zip(header, row, strict=True)), f"{name}:{start}", name, start, ctx)
            if article is not None:
                yield article
    except csv.Error as exc:
        ctx.report(InputProblem(name, rows.line_num, f"malformed CSV: {exc}; the rest of the file is skipped"))


def read_csv(stream: BinaryIO, name: str, ctx: ReadContext) -> Iterator[Article]:
    yield from _read_delimited(stream, name, ctx, ",")


def read_tsv(stream: BinaryIO, name: str, ctx: ReadContext) -> Iterator[Article]:
    yield from _read_delimited(stream, name, ctx, "\t")


SINGLE_DOCUMENT_KINDS = frozenset({"txt", "html"})


def reader_for(kind: str) -> Reader:
    """The reader of a record or document format (see :func:`hadath.ingest.sources.format_of`)."""
    readers: dict[str, Reader] = {"txt": read_txt, "html": read_html, "jsonl": read_jsonl,
                                  "json": read_json, "csv": read_csv, "tsv": read_tsv}
    return readers[kind]
