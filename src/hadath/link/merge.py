"""When two event records from different reports are one event: pure functions over event features.

Two records merge when they have the same PLOVER type (or CAMEO root for CAMEO-only records), dates
that can be the same day given each precision (±1 day between different articles' day dates: outlets
resolve "yesterday" against different publication days), the same actor country roots in the same roles
(either order for reciprocal types), places no more than 50 km apart (or one missing, or a country /
province containing the other), and the same mode when both give one.  A denial and the claim it denies
merge too (the denier is usually the accused, so their sources need only share a country): the cluster
is then *denied*, with who claims and who denies.  Two records of one article never merge here: the
event stage has already folded the repeats of one article.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
COARSE_PLACES = frozenset({"country", "admin1", "region"})
FINE_PLACES = frozenset({"point", "city"})
MAX_DISTANCE_KM = 50.0
MAX_REGION_KM = 100.0  # a province or region and a place whose province is unknown: centroid distance
DAY_TOLERANCE = 1  # days, between day-precision dates of different articles
UNDATED_WINDOW = 2  # an undated report tells of something in the days up to its publication
MAX_BLOCK_MONTHS = 13
# Statuses that can describe one event as different sources tell it; the others (intended, hoped,
# hypothetical) are only ever the same event as a record of the same status.
COMPATIBLE_STATUS = frozenset({
    frozenset({"asserted", "claimed"}), frozenset({"denied", "claimed"}), frozenset({"denied", "asserted"}),
    frozenset({"denied", "negated"}), frozenset({"negated", "claimed"}),
})
DENIAL_STATUSES = frozenset({"denied", "negated"})
DATE_RANK = {"day": 3, "month": 2, "year": 1}
PLACE_RANK = {"point": 5, "city": 4, "admin1": 3, "region": 2, "country": 1}


@dataclass(slots=True)
class Place:
    name: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    precision: str | None


@dataclass(slots=True)
class EventFeatures:
    """What merging looks at, read once from a stored event row."""

    event_id: str
    article_id: str
    outlet: str | None
    type_key: str
    event_type: str | None
    source_roots: frozenset[str]
    target_roots: frozenset[str]
    first: date | None  # earliest day the coded date (or the publication window) can mean
    last: date | None
    date_precision: str | None
    dated: bool  # False when the interval is the publication window of an undated record
    place: Place | None
    mode: str | None
    status: str
    reported_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    confidence: float = 0.5
    record: dict[str, Any] = field(default_factory=dict)


def roots(codes: str | None) -> frozenset[str]:
    """Country roots (first three letters) of space-joined actor codes: ``RUSGOV SYR`` → {RUS, SYR}."""
    return frozenset(code[:3] for code in (codes or "").split() if len(code) >= 3)


def type_key(event_type: str | None, cameo_root: str | None) -> str:
    return event_type if event_type else f"CAMEO:{cameo_root or '?'}"


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def features(row: dict[str, Any]) -> EventFeatures:
    """Merge features of one stored event: ``row`` holds the ``events`` columns, the parsed ``record``,
    and the article's ``pub_date`` and ``outlet``."""
    record = row["record"]
    first, last = _day(row.get("date_first")), _day(row.get("date_last"))
    dated = first is not None and last is not None
    if not dated:
        published = _day(row.get("pub_date"))
        first = published - timedelta(days=UNDATED_WINDOW) if published else None
        last = published
    loc = record.get("location")
    place = None
    if loc:
        place = Place(loc.get("name"), loc.get("country"), loc.get("admin1"), loc.get("lat"), loc.get("lon"),
                      loc.get("precision"))
    mentions = record.get("mentions") or [{"article_id": row["article_id"], "sentence": record.get("sentence"),
                                           "start": record["evidence"]["start"], "end": record["evidence"]["end"]}]
    return EventFeatures(
        event_id=row["id"], article_id=row["article_id"], outlet=row.get("outlet"),
        type_key=type_key(row.get("event_type"), row.get("cameo_root")), event_type=row.get("event_type"),
        source_roots=roots(row.get("source_codes")), target_roots=roots(row.get("target_codes")),
        first=first, last=last, date_precision=row.get("date_precision") if dated else None, dated=dated,
        place=place, mode=row.get("mode"), status=row.get("status") or "asserted",
        reported_by=list(record.get("reported_by") or []), denied_by=list(record.get("denied_by") or []),
        mentions=[dict(m) for m in mentions], confidence=float(record.get("confidence") or 0.5), record=record,
    )


# -- blocking ------------------------------------------------------------------------------------
def months_of(first: date | None, last: date | None) -> list[str]:
    """Months (YYYY-MM) an interval widened by the day tolerance touches; ``none`` when undated."""
    if first is None or last is None:
        return ["none"]
    start, end = first - timedelta(days=DAY_TOLERANCE), last + timedelta(days=DAY_TOLERANCE)
    out: list[str] = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month) and len(out) < MAX_BLOCK_MONTHS:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def actor_key(f: EventFeatures) -> str:
    return " ".join(sorted(f.source_roots | f.target_roots))


def blocks(f: EventFeatures) -> list[str]:
    """Blocking keys a cluster holding ``f`` is filed under (and ``f`` looks up): type, month, actors.

    ``A|…`` keys carry every actor root; ``S|…`` keys only the source roots, so that a denial can find
    the claim it denies when the two name the target differently (or one not at all).
    """
    months = months_of(f.first, f.last)
    every, sources = actor_key(f), " ".join(sorted(f.source_roots))
    return [f"A|{f.type_key}|{m}|{every}" for m in months] + [f"S|{f.type_key}|{m}|{sources}" for m in months]


def lookup_blocks(f: EventFeatures) -> list[str]:
    """The keys to search: a denial or claim also searches by its source roots alone."""
    keys = blocks(f)
    if f.status in ("denied", "negated", "claimed"):
        return keys
    return [k for k in keys if k.startswith("A|")]


# -- compatibility -------------------------------------------------------------------------------
def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def place_reason(a: Place | None, b: Place | None) -> str | None:
    """Why two places can be the event's one place, or None when they cannot."""
    if a is None or b is None:
        return "place given by one report only" if (a or b) else "no place in either report"
    if a.name and b.name and a.name.casefold() == b.name.casefold():
        return f"same place {a.name}"
    if a.precision == "country" or b.precision == "country":
        if a.country and a.country == b.country:
            coarse, fine = (a, b) if a.precision == "country" else (b, a)
            return f"{fine.name} lies in {coarse.name}"
        return None
    if a.precision in COARSE_PLACES or b.precision in COARSE_PLACES:
        coarse, fine = (a, b) if a.precision in COARSE_PLACES else (b, a)
        if coarse.admin1 and fine.admin1 and coarse.admin1 == fine.admin1 and coarse.country == fine.country:
            return f"{fine.name} lies in {coarse.name}"
        limit = MAX_REGION_KM
    else:
        limit = MAX_DISTANCE_KM
    if None not in (a.lat, a.lon, b.lat, b.lon):
        km = distance_km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if km <= limit:
            return f"{a.name} and {b.name} are {km:.0f} km apart"
    return None


def date_reason(a: EventFeatures, b: EventFeatures) -> str | None:
    """Why two dates can be the same day, or None when they cannot."""
    if a.first is None or b.first is None or a.last is None or b.last is None:
        return "no date in either report" if (a.first is None and b.first is None) else None
    if not a.dated and not b.dated:
        return None if a.last + timedelta(days=UNDATED_WINDOW) < b.first or \
            b.last + timedelta(days=UNDATED_WINDOW) < a.first else "both undated, published days apart at most"
    tolerance = DAY_TOLERANCE if (a.date_precision == "day" and b.date_precision == "day"
                                  and a.article_id != b.article_id) else 0
    if a.first - timedelta(days=tolerance) > b.last or b.first - timedelta(days=tolerance) > a.last:
        return None
    if a.first == b.first and a.last == b.last:
        return f"same date {a.first.isoformat()}" + ("" if a.first == a.last else f"…{a.last.isoformat()}")
    if tolerance and (a.first == a.last and b.first == b.last) and abs((a.first - b.first).days) == 1:
        return f"dates {a.first.isoformat()} and {b.first.isoformat()} within a day"
    return "dates overlap given their precision"


def actor_reason(a: EventFeatures, b: EventFeatures, denial_pair: bool, copies: bool = False) -> str | None:
    """Why the actors can be the same, or None.  Records without any actor match only when their
    articles are copies or rewrites of each other (``copies``): nothing else tells such events apart."""
    sa, ta, sb, tb = a.source_roots, a.target_roots, b.source_roots, b.target_roots
    if denial_pair:
        if not (sa & sb) and (sa or sb):
            return None
        if ta and tb and ta != tb:
            return None
        return "denial and claim share the source country " + " ".join(sorted(sa & sb)) if sa & sb else \
            "denial and claim name no source"
    if not (sa | ta) and not (sb | tb) and copies:
        return "no actor in either record, and the articles are copies of each other"
    if not (sa | ta) or not (sb | tb):
        return None  # a record without any actor cannot be told apart from another
    if sa == sb and ta == tb:
        return f"same actors {' '.join(sorted(sa)) or '-'} → {' '.join(sorted(ta)) or '-'}"
    if a.event_type in RECIPROCAL_TYPES and sa == tb and ta == sb:
        return f"same actors in either order ({a.event_type} is reciprocal)"
    return None


def identifiable(a: EventFeatures, b: EventFeatures) -> bool:
    """Whether two records from unrelated articles say enough to be recognised as one event: both
    give a town or a point (a country or a province is not enough), or both name a source and a target from two or more countries.  A record with one
    side only, or a domestic one (SAU → SAU), on the same day as another without a place, is most
    often another event of the same kind: a government makes many statements and meetings a day."""
    if a.place is not None and b.place is not None and a.place.precision in FINE_PLACES \
            and b.place.precision in FINE_PLACES:
        return True
    two_sided = bool(a.source_roots and a.target_roots and b.source_roots and b.target_roots)
    return two_sided and len(a.source_roots | a.target_roots) >= 2


def merge_reasons(a: EventFeatures, b: EventFeatures, copies: bool = False) -> list[str] | None:
    """Every reason ``a`` and ``b`` report one event, or None when something rules it out.

    ``copies``: the two articles are duplicates, rewrites or excerpts of each other."""
    if a.article_id == b.article_id or a.type_key != b.type_key:
        return None
    denial_pair = a.status != b.status and (a.status in DENIAL_STATUSES or b.status in DENIAL_STATUSES)
    if a.status != b.status and frozenset({a.status, b.status}) not in COMPATIBLE_STATUS:
        return None
    if a.mode and b.mode and a.mode != b.mode:
        return None
    if not copies and not identifiable(a, b):
        return None
    reasons = [f"same type {a.type_key}"]
    for reason in (actor_reason(a, b, denial_pair, copies), date_reason(a, b), place_reason(a.place, b.place)):
        if reason is None:
            return None
        reasons.append(reason)
    if a.mode and a.mode == b.mode:
        reasons.append(f"same mode {a.mode}")
    if a.status != b.status:
        reasons.append(f"{a.status} in one report, {b.status} in another")
    return reasons


# -- cluster summary -----------------------------------------------------------------------------
def representative(members: list[EventFeatures]) -> EventFeatures:
    """The most specific, most confident member (the earliest on ties): date, then place, then confidence.
    A denial wins over its claim, so the record carries the denial's status fields."""
    def rank(indexed: tuple[int, EventFeatures]) -> tuple[Any, ...]:
        i, f = indexed
        place_rank = PLACE_RANK.get(f.place.precision or "", 0) if f.place else 0
        return (DATE_RANK.get(f.date_precision or "", 0), place_rank, f.confidence, -i)
    return max(enumerate(members), key=rank)[1]


def cluster_status(members: list[EventFeatures]) -> tuple[str, list[str], list[str]]:
    """(status, reported_by, denied_by) of the event the members report together."""
    statuses = {f.status for f in members}
    reported: list[str] = []
    denied: list[str] = []
    for f in members:
        reported += [r for r in f.reported_by if r not in reported]
        denied += [d for d in f.denied_by if d not in denied]
    if len(statuses) == 1:
        status = next(iter(statuses))
    elif "denied" in statuses:
        status = "denied"
    elif "asserted" in statuses:
        status = "asserted"
    elif "negated" in statuses:
        status = "denied"  # one report says it happened (claimed), another that it did not
    else:
        status = sorted(statuses)[0]
    return status, reported, denied
