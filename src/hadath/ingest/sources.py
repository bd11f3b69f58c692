"""Inputs to streams: paths, directories, archives and stdin, each read with the reader of its format.

Every input is named in provenance the way a person would find it again: ``dir/a.jsonl:12``,
``day.zip!day.json[17]``, ``dump.tar.gz!x/a.csv:3``.  Nothing here raises for bad data: each problem
goes to ``on_problem`` and the batch goes on.
"""

from __future__ import annotations

import gzip
import os
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO, TextIO

from hadath.errors import InputError, InputProblem
from hadath.ingest.formats import (
    DEFAULT_MAX_DOCUMENT_BYTES,
    SINGLE_DOCUMENT_KINDS,
    ReadContext,
    iter_jsonl_text,
    read_jsonl,
    reader_for,
)
from hadath.ingest.records import RecordDefaults
from hadath.model import Article

STDIN_NAME = "<stdin>"
MAX_ARCHIVE_DEPTH = 3
_SUFFIX_KINDS: tuple[tuple[str, str], ...] = (
    (".tar.gz", "tar"), (".tgz", "tar"), (".tar.bz2", "tar"), (".tar.xz", "tar"), (".tar", "tar"),
    (".zip", "zip"), (".gz", "gz"),
    (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"),
    (".csv", "csv"), (".tsv", "tsv"), (".txt", "txt"), (".html", "html"), (".htm", "html"),
)
KNOWN_SUFFIXES = ", ".join(suffix for suffix, _ in _SUFFIX_KINDS)


def format_of(name: str) -> str | None:
    """The format of a file from its name: txt, html, jsonl, json, csv, tsv, zip, tar, gz; else None."""
    lowered = name.lower()
    for suffix, kind in _SUFFIX_KINDS:
        if lowered.endswith(suffix):
            return kind
    return None


def _hidden(name: str) -> bool:
    """System files that archives and folders carry along (``.DS_Store``, ``__MACOSX/``)."""
    parts = name.replace("\\", "/").split("/")
    return any(part.startswith(".") and part not in (".", "..") for part in parts) or "__MACOSX" in parts


def _ignore(_problem: InputProblem) -> None:
    """The default problem sink: skipped items are simply not read."""


def iter_articles(
    inputs: Iterable[str | Path],
    *,
    default_date: date | None = None,
    default_source: str | None = None,
    on_problem: Callable[[InputProblem], None] | None = None,
    stdin: TextIO | None = None,
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
) -> Iterator[Article]:
    """Stream the articles of files, folders (recursive, sorted), archives, and ``-`` (JSONL on stdin).

    ``default_date``/``default_source`` fill only articles that carry none.  Every unreadable input or
    record (missing path, unknown extension, undecodable bytes, malformed line, row of the wrong width,
    record without text, empty file, document over ``max_document_bytes``) is passed to ``on_problem``
    and skipped; with ``on_problem=None`` such items are skipped silently.  Never raises for bad data.
    """
    ctx = ReadContext(RecordDefaults(default_date, default_source), max_document_bytes, on_problem or _ignore)
    for item in inputs:
        if str(item) == "-":
            yield from _read_stdin(stdin, ctx)
            continue
        path = Path(item)
        if path.is_dir():
            for child in _walk(path):
                yield from _read_file(child, ctx)
        elif path.exists():
            yield from _read_file(path, ctx)
        else:
            ctx.report(InputProblem(str(path), None, "no such file or directory"))


def _walk(folder: Path) -> Iterator[Path]:
    """Readable files under ``folder``, recursively, sorted by relative path (a.txt, b/z.txt, c.txt).

    Hidden files and files of types Hadath does not read (a README.md, scripts) are left out: a folder
    is read for its articles.  A file of an unknown type named explicitly is still reported.
    """
    found: list[tuple[tuple[str, ...], Path]] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not _hidden(d)]
        for name in files:
            if not _hidden(name) and format_of(name) is not None:
                path = Path(root) / name
                found.append((path.relative_to(folder).parts, path))
    found.sort(key=lambda item: item[0])
    for _, path in found:
        yield path


def _read_stdin(stdin: TextIO | None, ctx: ReadContext) -> Iterator[Article]:
    """JSON Lines from stdin; the process's own stdin is read as bytes so its encoding is detected."""
    try:
        if stdin is None and getattr(sys.stdin, "buffer", None) is not None:
            yield from read_jsonl(sys.stdin.buffer, STDIN_NAME, ctx)
        else:
            yield from iter_jsonl_text(stdin if stdin is not None else sys.stdin, STDIN_NAME, ctx)
    except InputError as exc:
        ctx.report(exc.problem)


def _read_file(path: Path, ctx: ReadContext) -> Iterator[Article]:
    name = str(path)
    if format_of(name) is None:
        ctx.report(InputProblem(name, None, f"unknown file type (known: {KNOWN_SUFFIXES})"))
        return
    try:
        with open(path, "rb") as stream:
            yield from _read_stream(stream, name, name, ctx, 0)
    except OSError as exc:
        ctx.report(InputProblem(name, None, f"cannot read: {exc.strerror or exc}"))


def _read_stream(stream: BinaryIO, name: str, inner: str, ctx: ReadContext, depth: int) -> Iterator[Article]:
    """Articles from one stream, ``inner`` being the name that tells its format (``x.jsonl`` of ``x.jsonl.gz``)."""
    kind = format_of(inner)
    if kind is None:
        ctx.report(InputProblem(name, None, f"unknown file type (known: {KNOWN_SUFFIXES})"))
        return
    if kind in ("zip", "tar", "gz") and depth > MAX_ARCHIVE_DEPTH:
        ctx.report(InputProblem(name, None, f"archives nested more than {MAX_ARCHIVE_DEPTH} deep"))
        return
    try:
        if kind == "zip":
            yield from _read_zip(stream, name, ctx, depth)
        elif kind == "tar":
            yield from _read_tar(stream, name, ctx, depth)
        elif kind == "gz":
            with gzip.GzipFile(fileobj=stream, mode="rb") as unzipped:
                yield from _read_stream(unzipped, name, inner[:-3], ctx, depth + 1)  # type: ignore[arg-type]
        else:
            yield from reader_for(kind)(stream, name, ctx)
    except InputError as exc:
        ctx.report(exc.problem)
    except (zipfile.BadZipFile, tarfile.TarError, zlib.error, EOFError) as exc:
        ctx.report(InputProblem(name, None, f"corrupt or truncated archive or compressed data: {exc}"))
    except OSError as exc:  # gzip.BadGzipFile, unseekable nested zip, I/O errors
        ctx.report(InputProblem(name, None, f"cannot read: {exc}"))


def _too_big(kind: str | None, size: int, name: str, ctx: ReadContext) -> bool:
    if kind in SINGLE_DOCUMENT_KINDS and size > ctx.max_document_bytes:
        ctx.report(InputProblem(name, None, f"larger than the {ctx.max_document_bytes:,}-byte limit for one document"))
        return True
    return False


def _read_zip(stream: BinaryIO, name: str, ctx: ReadContext, depth: int) -> Iterator[Article]:
    """Members in archive order; each is decompressed as it is read, never extracted to disk."""
    with zipfile.ZipFile(stream) as archive:
        for info in archive.infolist():
            if info.is_dir() or _hidden(info.filename):
                continue
            member = f"{name}!{info.filename}"
            if _too_big(format_of(info.filename), info.file_size, member, ctx):
                continue
            try:
                member_stream = archive.open(info)
            except (RuntimeError, NotImplementedError) as exc:  # encrypted, or an unsupported compression
                ctx.report(InputProblem(member, None, f"cannot read: {exc}"))
                continue
            with member_stream:
                yield from _read_stream(member_stream, member, info.filename, ctx, depth + 1)  # type: ignore[arg-type]


def _read_tar(stream: BinaryIO, name: str, ctx: ReadContext, depth: int) -> Iterator[Article]:
    """Members in archive order, read as a stream (compression detected: gz, bz2, xz)."""
    with tarfile.open(fileobj=stream, mode="r|*") as archive:
        for info in archive:
            if not info.isfile() or _hidden(info.name):
                continue
            member = f"{name}!{info.name}"
            if _too_big(format_of(info.name), info.size, member, ctx):
                continue
            member_stream = archive.extractfile(info)
            if member_stream is None:
                continue
            with member_stream:
                yield from _read_stream(member_stream, member, info.name, ctx, depth + 1)  # type: ignore[arg-type]
