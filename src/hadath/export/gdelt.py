"""GDELT 2.0 event table export: 61 tab-separated columns in GDELT's order, no header by default.

How our records fill GDELT's columns:

- ``GlobalEventID``: a stable 60-bit integer from our event id (the same id always gives the same
  number), since GDELT ids are numeric.
- ``Day``/``MonthYear``/``Year``/``FractionDate`` from the event date.  GDELT always has a day; for a
  month- or year-precision date only the parts that are known are filled (``Day`` and
  ``FractionDate`` stay empty).  ``FractionDate`` = year + (month * 30 + day) / 365, as GDELT does.
- ``Actor1*`` = the first source actor, ``Actor2*`` = the first target actor.  ``Code`` is the full
  CAMEO actor code, ``CountryCode`` its country (CAMEO/ISO-3, as GDELT's actor fields are); for
  non-state roots (IGO, NGO, IMG, UNO …) ``KnownGroupCode`` holds that root and ``CountryCode`` stays
  empty.
  ``Type1..3Code`` are the 3-letter segments after the country (the sector first).
- ``IsRootEvent`` = 1 for an event in the lead sentence, as GDELT's proxy for importance.
- ``NumMentions``/``NumSources``/``NumArticles`` from the record's ``mentions`` (1 when there are none).
- ``AvgTone`` and ``Actor1Geo``/``Actor2Geo`` are left empty: Hadath does not compute them.
- ``ActionGeo`` from ``location``: ``Geo_Type`` 1 country, 2 US state, 3 US city, 4 world city,
  5 world state (admin1); ``CountryCode`` is FIPS 10-4 (from ``iso3_fips.tsv``; empty if not listed);
  ``ADM1Code``/``ADM2Code``/``FeatureID`` are empty because we keep admin1 as a name, not a code.
- ``DATEADDED`` is the export time (or ``added``) as YYYYMMDDHHMMSS, UTC.
- ``SOURCEURL`` from ``urls`` (article id → URL, e.g. ``Store.article_urls()``); failing that the
  article id itself when it is a URL (``Article.make_id`` uses the URL when there is no id).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from importlib import resources
from typing import IO, Any

from hadath.export.sinks import text_sink

ACTOR_FIELDS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
COLUMNS: tuple[str, ...] = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in ACTOR_FIELDS)
    + tuple(f"Actor2{f}" for f in ACTOR_FIELDS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"Actor2Geo_{f}" for f in GEO_FIELDS)
    + tuple(f"ActionGeo_{f}" for f in GEO_FIELDS)
    + ("DATEADDED", "SOURCEURL")
)
NON_STATE = frozenset({"IGO", "NGO", "IMG", "MNC", "ISM", "UNO", "EUR"})
GEO_TYPE = {"country": 1, "admin1": 5, "region": 5, "city": 4, "point": 4}
US_GEO_TYPE = {"admin1": 2, "city": 3, "point": 3}


def load_fips(text: str | None = None) -> dict[str, str]:
    """ISO-3 → FIPS 10-4 country codes, from the shipped ``iso3_fips.tsv`` unless ``text`` is given."""
    if text is None:
        text = resources.files("hadath.export").joinpath("iso3_fips.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            iso3, fips = line.split("\t")
            table[iso3.strip()] = fips.strip()
    return table


def global_event_id(event_id: str) -> int:
    """A stable positive integer (< 2**60) for our string id."""
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest()[:15], 16)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return repr(round(value, 6))
    return str(value).replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _first_actor(value: Any) -> Mapping[str, Any] | None:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def date_columns(value: str | None) -> list[Any]:
    """Day, MonthYear, Year, FractionDate for a full or partial ISO date."""
    if not value:
        return [None, None, None, None]
    parts = value.split("-")
    if not all(p.isdigit() for p in parts):
        return [None, None, None, None]
    year = int(parts[0])
    if len(parts) == 1:
        return [None, None, year, None]
    month = int(parts[1])
    if len(parts) == 2:
        return [None, f"{year:04d}{month:02d}", year, None]
    day = int(parts[2])
    return [f"{year:04d}{month:02d}{day:02d}", f"{year:04d}{month:02d}", year,
            f"{year + (month * 30 + day) / 365:.4f}"]


def actor_columns(actor: Mapping[str, Any] | None) -> list[Any]:
    if not actor:
        return [None] * len(ACTOR_FIELDS)
    code = actor.get("actor_code") or actor.get("country") or ""
    country = actor.get("country") or (code[:3] if code else None)
    segments = [code[i:i + 3] for i in range(0, len(code), 3)]
    rest = segments[1:] if segments and segments[0] == country else segments
    known_group = None
    if country in NON_STATE:
        known_group, country = country, None
    types = rest or ([actor["sector"]] if actor.get("sector") else [])
    types += [None] * 3
    return [code or None, actor.get("name"), country, known_group, None, None, None, *types[:3]]


def geo_columns(place: Mapping[str, Any] | None, fips: Mapping[str, str]) -> list[Any]:
    if not place:
        return [None] * len(GEO_FIELDS)
    precision = place.get("precision") or "city"
    country = place.get("country")
    geo_type = (US_GEO_TYPE.get(precision) if country == "USA" else None) or GEO_TYPE.get(precision)
    return [geo_type, place.get("name"), fips.get(country or "") or None, None, None,
            place.get("lat"), place.get("lon"), None]


def gdelt_row(record: Mapping[str, Any], fips: Mapping[str, str], added: str, url: str | None) -> list[str]:
    """The 61 cells of one record."""
    cameo = record.get("cameo") or ""
    mentions = record.get("mentions") or []
    article_id = record.get("article_id") or ""
    if url is None and article_id.startswith(("http://", "https://")):
        url = article_id
    cells: list[Any] = [global_event_id(record["id"]), *date_columns(record.get("date"))]
    cells += actor_columns(_first_actor(record.get("source")))
    cells += actor_columns(_first_actor(record.get("target")))
    cells += [1 if record.get("sentence") == 0 else 0, cameo or None, cameo[:3] or None,
              record.get("cameo_root") or cameo[:2] or None, record.get("quad_class"), record.get("goldstein"),
              len(mentions) or 1, len({m.get("source") for m in mentions if m.get("source")}) or 1,
              len({m.get("article_id") for m in mentions if m.get("article_id")}) or 1, None]
    cells += [None] * len(GEO_FIELDS) * 2
    cells += geo_columns(record.get("location"), fips)
    cells += [added, url]
    return [_cell(c) for c in cells]


def write_gdelt(
    records: Iterable[Mapping[str, Any]],
    fh: IO[Any],
    urls: Mapping[str, str] | None = None,
    header: bool = False,
    added: datetime | None = None,
) -> int:
    """Write records as GDELT 2.0 event rows (see the module docstring); return how many rows."""
    fips = load_fips()
    stamp = (added or datetime.now(UTC)).strftime("%Y%m%d%H%M%S")
    written = 0
    with text_sink(fh) as out:
        if header:
            out.write("\t".join(COLUMNS) + "\n")
        for record in records:
            url = urls.get(record.get("article_id", "")) if urls else None
            out.write("\t".join(gdelt_row(record, fips, stamp, url)) + "\n")
            written += 1
    return written
