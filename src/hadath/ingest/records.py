"""From a loose record (a JSON object, a CSV row) to an :class:`Article`: field names, dates, markup.

Feeds name their fields differently (``content`` or ``body``, ``published`` or ``date_extracted``), so
each Article field accepts a few aliases, case-insensitively; everything else is kept in ``meta``.
The text is settled here once (markup removed, newlines unified) and never modified afterwards.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from email.utils import parsedate
from typing import Any

from lxml import html as lxml_html

from hadath.errors import InputError, InputProblem
from hadath.model import Article

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id"),
    "text": ("text", "content", "body"),
    "title": ("title", "headline"),
    "date": ("date", "published", "date_extracted"),
    "source": ("source", "outlet", "publisher"),
    "url": ("url", "link"),
}
_ALIAS_TO_FIELD = {alias: name for name, aliases in FIELD_ALIASES.items() for alias in aliases}


def field_of(key: str) -> str | None:
    """The Article field a record key maps to (``"Content"`` → ``"text"``), or None for a meta field."""
    return _ALIAS_TO_FIELD.get(key.strip().lower())

_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_YMD = re.compile(r"\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s_])")
_DMY = re.compile(r"\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:$|[T\s,])")
_COMPACT = re.compile(r"\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
# Markup that only HTML has: a known tag name in tag syntax, or a closing tag of one.
_HTML_TAG = re.compile(
    r"<\s*/?\s*(?:p|br|div|span|a|b|i|u|em|strong|ul|ol|li|h[1-6]|table|tr|td|th|img|blockquote|figure|"
    r"figcaption|section|article|header|footer|nav|script|style|iframe|font|center|hr)(?:\s[^<>]*)?/?\s*>",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    ["p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "blockquote", "figure", "figcaption", "section", "article", "header", "footer", "hr", "pre", "dd", "dt", "dl"]
)
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")
_LINE_BREAKS = re.compile(r"[ \t]*\n[ \t\n]*")


@dataclass(frozen=True, slots=True)
class RecordDefaults:
    """Values for articles that carry none of their own (``--date``/``--source``)."""

    date: date | None = None
    source: str | None = None


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``, so offsets mean the same on every platform."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: Any) -> date | None:
    """The calendar date of an ISO/D-M-Y/RFC 2822 date or datetime string; ``None`` if it is not one.

    Only the date as written is kept (a time zone never moves it to another day), so that relative
    expressions in the text ("yesterday") resolve against the day the outlet printed.
    """
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.translate(_DIGITS)
    parts: tuple[int, int, int] | None = None
    if m := _YMD.match(text) or _COMPACT.match(text):
        parts = int(m[1]), int(m[2]), int(m[3])
    elif m := _DMY.match(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
        if month > 12 >= day:  # only then is it certainly month/day/year
            day, month = month, day
        parts = year, month, day
    elif (rfc := parsedate(text)) is not None:
        parts = rfc[0], rfc[1], rfc[2]
    if parts is None:
        return None
    try:
        return date(*parts)
    except ValueError:
        return None


def looks_like_html(text: str) -> bool:
    """True when a text field clearly carries HTML markup (a known tag in tag syntax)."""
    return "<" in text and _HTML_TAG.search(text) is not None


def html_to_text(fragment: str) -> str:
    """The readable text of an HTML fragment: scripts dropped, blocks as paragraphs, ``<br>`` as a line break.

    Source whitespace collapses as a browser would show it; only the markup decides where lines break.
    """
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, SyntaxError):  # lxml raises ParserError (a ValueError) on empty documents
        return ""
    for bad in list(root.iter(*_DROP_TAGS)):
        bad.drop_tree()
    for element in root.iter():
        element.tail = _HTML_SPACE.sub(" ", element.tail) if element.tail else element.tail
        if not isinstance(element.tag, str):  # comments and processing instructions keep only their tail
            continue
        element.text = _HTML_SPACE.sub(" ", element.text) if element.text else element.text
        tag = element.tag.lower()
        if tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif tag in _BLOCK_TAGS:
            element.text = "\n\n" + (element.text or "")
            element.tail = "\n\n" + (element.tail or "")
    text = _LINE_BREAKS.sub(lambda m: "\n\n" if m[0].count("\n") > 1 else "\n", root.text_content())
    return text.strip()


def clean_text(value: str) -> str:
    """The article text as it will be stored: markup removed if any, newlines unified, outer space stripped."""
    text = normalize_newlines(value)
    if looks_like_html(text):
        text = html_to_text(text)
    return text.strip()


def _as_str(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return str(value)


def article_from_record(record: Mapping[str, Any], origin: str, path: str, line: int | None,
                        defaults: RecordDefaults) -> Article:
    """Map one record's fields onto an :class:`Article`; raise :class:`InputError` when it has no text.

    Field names match case-insensitively against :data:`FIELD_ALIASES`; the first non-empty field for
    each name wins (in record order) and every other field, later aliases included, goes to ``meta``.
    """
    found: dict[str, Any] = {}
    meta: dict[str, Any] = {}
    for key, value in record.items():
        name = field_of(str(key))
        if name is None or name in found or value is None or value == "":
            if value is not None and value != "":
                meta[key] = value
            continue
        found[name] = value
    raw_text = found.get("text")
    if raw_text is None:
        present = [key for key in record if field_of(str(key)) == "text"]
        reason = f"record has an empty {present[0]!r} field" if present \
            else "record has no text field (expected one of: text, content, body)"
        raise InputError(InputProblem(path, line, reason))
    if not isinstance(raw_text, str):
        raise InputError(InputProblem(path, line, f"record's text is a {type(raw_text).__name__}, not a string"))
    text = clean_text(raw_text)
    if not text:
        raise InputError(InputProblem(path, line, "record has an empty text"))
    title = _as_str(found.get("title"))
    if title is not None:
        title = clean_text(title) or None
    published = parse_date(found.get("date"))
    if published is None and "date" in found:
        meta.setdefault("date_unparsed", found["date"])
    url = _as_str(found.get("url"))
    return Article(
        id=Article.make_id(_as_str(found.get("id")), url, text),
        text=text,
        title=title,
        date=published or defaults.date,
        source=_as_str(found.get("source")) or defaults.source,
        url=url,
        meta=meta,
        origin=origin,
    )
