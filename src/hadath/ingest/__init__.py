"""Files in, :class:`~hadath.model.Article` objects out.

:func:`iter_articles` streams articles from .txt, .html/.htm, .jsonl/.ndjson, .json (objects or arrays,
parsed element by element), .csv/.tsv, folders, .zip/.gz/.tar.gz archives and ``-`` (JSONL on stdin).
Bytes are decoded by :func:`decode_bytes` rules (UTF-8, UTF-16, Windows-1256, or a reported refusal);
bad inputs become :class:`~hadath.errors.InputProblem` reports, never exceptions.
"""

from __future__ import annotations

from hadath.errors import InputProblem
from hadath.ingest.decode import decode_bytes, plausible_arabic, sniff_encoding
from hadath.ingest.formats import DEFAULT_MAX_DOCUMENT_BYTES
from hadath.ingest.records import FIELD_ALIASES, article_from_record, html_to_text, parse_date
from hadath.ingest.sources import format_of, iter_articles

__all__ = [
    "DEFAULT_MAX_DOCUMENT_BYTES",
    "FIELD_ALIASES",
    "InputProblem",
    "article_from_record",
    "decode_bytes",
    "format_of",
    "html_to_text",
    "iter_articles",
    "parse_date",
    "plausible_arabic",
    "sniff_encoding",
]
