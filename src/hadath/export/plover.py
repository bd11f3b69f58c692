"""PLOVER JSON export, in the record format of the PLOVER manual's "Data Fields" chapter.

The manual suggests newline-delimited JSON, one event per line, so this writes JSON Lines, not one
array (a file of any size can then be streamed and appended to).  Field names are the manual's;
where we know more than its fields hold, extra named fields are added, as the manual allows.

Mapping from our record (``Event.to_record()``):

=================  ===================================================================================
PLOVER field       from
=================  ===================================================================================
id                 ``id``
date, enddate      ``date``: a full day gives ``date`` only; ``YYYY-MM`` or ``YYYY`` gives its first
                   day as ``date`` and its last day as ``enddate``; no date gives ``date: null``
actor, recipient   ``source`` / ``target`` (one or many): a list of entity objects, ``code`` = country
                   (ISO-3 or IGO/IMG…), ``sector``, ``entity_text`` = the Arabic text,
                   ``identifier_text`` = canonical name; extra ``actor_code`` = full CAMEO code
event              ``[event_type]``; ``[]`` for CAMEO-only records (``event_type`` null)
mode, context      lists (``context`` split on commas/whitespace)
event_loc          ``location`` as the manual's location object: ``extracted_place`` (text),
                   ``resolved_place`` (name), ``lat``, ``lon``, ``province`` (admin1),
                   ``country_code`` (ISO-3), ``resolution`` (5 point, 4 city, 2 admin1, 1 country)
event_text         ``[evidence.text]``
quad_code          ``quad_class``
event_scale        ``intensity`` (the PLOVER scale); CAMEO's ``goldstein`` is kept as an extra field
text_info          ``sequence`` = sentence index, ``start``/``end`` = evidence offsets
cite_info          ``citation`` = article id, ``url`` (from ``urls``), ``publication`` (outlet of the
                   first mention), ``language`` = "ar", ``coder`` = "hadath", ``version`` = lexicon
coder              "hadath <coder_version>"
size               non-null ``dead``/``injured``/``arrested``; left out when all are null
extra              ``status``, ``cameo``, ``goldstein``, ``confidence``, ``reported_by``,
                   ``denied_by``, ``denies``, ``denied_in``, ``date_precision``, ``mentions``
=================  ===================================================================================
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable, Mapping
from typing import IO, Any

from hadath.export.sinks import text_sink

RESOLUTION = {"point": 5, "city": 4, "admin1": 2, "country": 1}
CONTEXT_SEPARATORS = re.compile(r"[\s,;]+")
NON_STATE_LENGTH = 3


def _compact(obj: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in obj.items() if v is not None}


def _as_list(value: Any) -> list[dict[str, Any]]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def plover_dates(value: str | None) -> tuple[str | None, str | None]:
    """(date, enddate): a partial date becomes the range of days it can mean."""
    if not value:
        return None, None
    parts = value.split("-")
    try:
        if len(parts) == 3:
            return value, None
        year = int(parts[0])
        if len(parts) == 2:
            month = int(parts[1])
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
    except ValueError:
        return value, None
    return f"{year:04d}-01-01", f"{year:04d}-12-31"


def plover_entity(actor: Mapping[str, Any]) -> dict[str, Any]:
    """The manual's entity object for one actor of our record."""
    code = actor.get("country") or (actor.get("actor_code") or "")[:NON_STATE_LENGTH] or None
    return _compact({"code": code, "sector": actor.get("sector"), "entity_text": actor.get("text"),
                     "identifier_text": actor.get("name"), "actor_code": actor.get("actor_code")})


def plover_location(place: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not place:
        return None
    precision = place.get("precision")
    return _compact({"extracted_place": place.get("text"), "resolved_place": place.get("name"),
                     "lat": place.get("lat"), "lon": place.get("lon"),
                     "city": place.get("name") if precision in ("city", "point") else None,
                     "province": place.get("admin1"), "country_code": place.get("country"),
                     "resolution": RESOLUTION.get(precision or "")})


def plover_record(record: Mapping[str, Any], url: str | None = None) -> dict[str, Any]:
    """One of our event records as a PLOVER record (see the module docstring for the mapping)."""
    start, end = plover_dates(record.get("date"))
    evidence = record.get("evidence") or {}
    mentions = record.get("mentions") or []
    size = _compact(dict(record.get("size") or {}))
    context = record.get("context")
    out: dict[str, Any] = {
        "id": record["id"],
        "date": start,
    }
    if end is not None:
        out["enddate"] = end
    out.update({
        "actor": [plover_entity(a) for a in _as_list(record.get("source"))],
        "recipient": [plover_entity(a) for a in _as_list(record.get("target"))],
        "event": [record["event_type"]] if record.get("event_type") else [],
        "mode": [record["mode"]] if record.get("mode") else [],
        "context": [c for c in CONTEXT_SEPARATORS.split(context) if c] if context else [],
        "event_loc": plover_location(record.get("location")),
        "event_text": [evidence["text"]] if evidence.get("text") else [],
        "quad_code": record.get("quad_class"),
        "event_scale": record.get("intensity"),
        "text_info": _compact({"sequence": record.get("sentence"), "start": evidence.get("start"),
                               "end": evidence.get("end")}),
        "cite_info": _compact({"citation": record.get("article_id"), "url": url,
                               "publication": mentions[0].get("source") if mentions else None,
                               "language": "ar", "coder": "hadath", "version": record.get("lexicon_version")}),
        "coder": f"hadath {record.get('coder_version') or ''}".strip(),
    })
    if size:
        out["size"] = size
    out.update({
        "status": record.get("status"),
        "cameo": record.get("cameo"),
        "goldstein": record.get("goldstein"),
        "confidence": record.get("confidence"),
        "reported_by": list(record.get("reported_by") or []),
        "denied_by": list(record.get("denied_by") or []),
        "denies": record.get("denies"),
        "denied_in": record.get("denied_in"),
        "date_precision": record.get("date_precision"),
        "mentions": len(mentions) or 1,
    })
    return out


def write_plover(records: Iterable[Mapping[str, Any]], fh: IO[Any], urls: Mapping[str, str] | None = None) -> int:
    """Write PLOVER records as JSON Lines; ``urls`` maps article id → URL for ``cite_info.url``."""
    written = 0
    with text_sink(fh) as out:
        for record in records:
            url = urls.get(record.get("article_id", "")) if urls else None
            out.write(json.dumps(plover_record(record, url), ensure_ascii=False, allow_nan=False))
            out.write("\n")
            written += 1
    return written
