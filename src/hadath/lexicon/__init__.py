"""Versioned knowledge files: loading, validation with file:line errors, and the version stamp.

Every knowledge file is JSON Lines (one entry per line; blank lines and lines starting with ``#`` are
comments) so that every error can name its file and line.  ``manifest.json`` holds the dictionary
version; :func:`lexicon_version` adds a short content hash so a record says exactly which data coded it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from hadath.errors import LexiconError, LexiconIssue

Validator = Callable[[dict[str, Any]], list[str]]


@dataclass(slots=True)
class Entry:
    path: str
    line: int
    data: dict[str, Any]


def data_path(*parts: str) -> Path:
    """Path of a file shipped inside ``hadath/lexicon``."""
    return Path(str(resources.files("hadath.lexicon").joinpath(*parts)))


def iter_jsonl(path: Path) -> Iterator[tuple[int, str]]:
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            stripped = line.strip()
            if stripped and not stripped.startswith("#"):
                yield lineno, stripped


def load_jsonl(path: Path | str, validate: Validator | None = None) -> list[Entry]:
    """Read and validate a JSONL knowledge file; raise :class:`LexiconError` listing every bad line."""
    path = Path(path)
    issues: list[LexiconIssue] = []
    entries: list[Entry] = []
    if not path.exists():
        raise LexiconError([LexiconIssue(str(path), 0, "file not found")])
    for lineno, raw in iter_jsonl(path):
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as exc:
            issues.append(LexiconIssue(str(path), lineno, f"invalid JSON: {exc.msg} (column {exc.colno})"))
            continue
        if not isinstance(obj, dict):
            issues.append(LexiconIssue(str(path), lineno, "entry must be a JSON object"))
            continue
        if validate is not None:
            problems = validate(obj)
            issues.extend(LexiconIssue(str(path), lineno, p) for p in problems)
            if problems:
                continue
        entries.append(Entry(str(path), lineno, obj))
    if issues:
        raise LexiconError(issues)
    return entries


def read_tsv_rows(path: Path, columns: tuple[str, ...]) -> tuple[list[tuple[int, list[str]]], list[LexiconIssue]]:
    """Rows of a TSV file whose first non-comment line is exactly ``columns``, and the issues found
    (wrong column counts); a missing file or a wrong header raises at once."""
    if not path.exists():
        raise LexiconError([LexiconIssue(str(path), 0, "file not found")])
    header_seen = False
    issues: list[LexiconIssue] = []
    rows: list[tuple[int, list[str]]] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if not header_seen:
                header_seen = True
                if tuple(cells) != columns:
                    raise LexiconError([LexiconIssue(str(path), lineno, f"header must be {' '.join(columns)!r}")])
                continue
            if len(cells) != len(columns):
                issues.append(LexiconIssue(str(path), lineno, f"expected {len(columns)} columns, got {len(cells)}"))
                continue
            rows.append((lineno, cells))
    if not header_seen:
        raise LexiconError([LexiconIssue(str(path), 0, "missing header line")])
    return rows, issues


def require(obj: dict[str, Any], spec: dict[str, type | tuple[type, ...]], optional: dict[str, Any] | None = None
            ) -> list[str]:
    """Small schema check: required keys with types, optional keys with types, no unknown keys."""
    problems: list[str] = []
    for key, typ in spec.items():
        if key not in obj:
            problems.append(f"missing field {key!r}")
        elif not isinstance(obj[key], typ):
            problems.append(f"field {key!r} must be {_tname(typ)}, got {type(obj[key]).__name__}")
    optional = optional or {}
    for key, value in obj.items():
        if key in spec:
            continue
        if key not in optional:
            problems.append(f"unknown field {key!r}")
        elif value is not None and not isinstance(value, optional[key]):
            problems.append(f"field {key!r} must be {_tname(optional[key])}, got {type(value).__name__}")
    return problems


def _tname(typ: type | tuple[type, ...]) -> str:
    if isinstance(typ, tuple):
        return " or ".join(t.__name__ for t in typ)
    return typ.__name__


def lexicon_version(root: Path | None = None) -> str:
    """``<manifest version>+<sha256 of all data files, 8 hex>`` — stamped on every record."""
    root = root or data_path()
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if p.is_file() and p.suffix in {".jsonl", ".tsv", ".json"} and p.name != "manifest.json":
            digest.update(p.relative_to(root).as_posix().encode())
            digest.update(p.read_bytes())
    return f"{manifest['version']}+{digest.hexdigest()[:8]}"
