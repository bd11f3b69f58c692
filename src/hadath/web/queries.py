"""What the dashboard's JSON endpoints answer: read-only queries over a Hadath SQLite store.

Every function takes a :class:`ReadOnlyStore` (one per request thread, since sqlite3 connections
cannot be shared across threads) and returns plain JSON-ready dicts.  Bad query parameters raise
:class:`BadRequest`, unknown ids :class:`NotFound`; the server turns them into 400 and 404.

The event filters mean exactly what :meth:`hadath.store.Store.events` means (the tests check that
both select the same events); they are rebuilt here as one SQL ``WHERE`` clause so that a page, its
total, the counts by type and the map all come from the same indexed query instead of from decoding
every record.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

from hadath.errors import HadathError, StoreError
from hadath.model import STATUSES
from hadath.store import Store, date_bounds

DEFAULT_LIMIT = 100
MAX_LIMIT = 500
MAX_OFFSET = 10_000_000
MAX_STORIES = 200
MAX_PLACES = 2_000
MAX_TEXT_PARAM = 200
SQL_IN_CHUNK = 500
EVENT_PARAMS = frozenset({"since", "until", "actor", "type", "place", "status"})
PAGE_PARAMS = frozenset({"limit", "offset", "order"})
ORDERS = MappingProxyType({  # order parameter → SQL; undated events last, ties in insertion order
    "stored": "e.rowid",
    "newest": "e.date_last IS NULL, e.date_last DESC, e.rowid",
    "oldest": "e.date_first IS NULL, e.date_first, e.rowid",
})
ACTOR_CODE = re.compile(r"^[A-Za-z0-9]{1,40}$")
EVENT_TYPE = re.compile(r"^[A-Za-z_]{1,40}$")


class WebError(HadathError):
    """A request the dashboard cannot answer; ``status`` is the HTTP status to send."""

    status = 500


class BadRequest(WebError):
    status = 400


class NotFound(WebError):
    status = 404


class ReadOnlyStore(Store):
    """A :class:`Store` opened read-only: the reading methods without migrations or writes.

    The server migrates the database once at start (as every other command does); request threads
    then only read, each through its own connection.
    """

    def __init__(self, path: str | Path) -> None:  # deliberately not Store.__init__: no migration
        self.path = str(path)
        self.applied = []
        self._json = json.JSONEncoder(ensure_ascii=False, allow_nan=False, default=str)
        try:
            self.conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=10.0)
            self.conn.execute("PRAGMA query_only=ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database {self.path} read-only: {exc}") from exc

    def has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (name,)).fetchone() is not None


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Validated event filters (``None`` = not filtered), as in :meth:`Store.events`."""

    since: str | None = None
    until: str | None = None
    actor: str | None = None
    event_type: str | None = None
    place: str | None = None
    status: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """The SQL condition on ``events e`` (``1`` when unfiltered) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.since is not None:
            clauses.append("e.date_last >= ?")
            params.append(_bounds(self.since, "since")[0])
        if self.until is not None:
            clauses.append("e.date_first <= ?")
            params.append(_bounds(self.until, "until")[1])
        if self.actor:
            prefix = self.actor.upper()
            clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE code >= ? AND code < ?)")
            params += [prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)]
        if self.event_type:
            clauses.append("e.event_type = ?")
            params.append(self.event_type.upper())
        if self.place:
            clauses.append("(e.location_name = ? COLLATE NOCASE OR e.location_country = ?)")
            params += [self.place, self.place.upper()]
        if self.status:
            clauses.append("e.status = ?")
            params.append(self.status)
        return (" AND ".join(clauses) or "1"), params

    def as_store_kwargs(self) -> dict[str, str | None]:
        """The same filters as :meth:`Store.events` keyword arguments."""
        return {"since": self.since, "until": self.until, "actor": self.actor, "event_type": self.event_type,
                "place": self.place, "status": self.status}


def _bounds(value: str, name: str) -> tuple[str, str]:
    bounds = date_bounds(value)
    if bounds is None:
        raise BadRequest(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return bounds


def _single(query: Mapping[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise BadRequest(f"parameter {name!r} given {len(values)} times")
    value = values[0].strip()
    if len(value) > MAX_TEXT_PARAM:
        raise BadRequest(f"parameter {name!r} is longer than {MAX_TEXT_PARAM} characters")
    return value or None


def _integer(query: Mapping[str, list[str]], name: str, default: int, low: int, high: int) -> int:
    raw = _single(query, name)
    if raw is None:
        return default
    if not re.fullmatch(r"\d{1,9}", raw):
        raise BadRequest(f"{name} must be a whole number from {low} to {high}, not {raw!r}")
    value = int(raw)
    if not low <= value <= high:
        raise BadRequest(f"{name} must be from {low} to {high}, not {value}")
    return value


def check_params(query: Mapping[str, list[str]], allowed: frozenset[str]) -> None:
    """Refuse unknown parameters, so a typo (``?statu=denied``) is an error, not a silent no-op."""
    unknown = sorted(set(query) - allowed)
    if unknown:
        raise BadRequest(f"unknown parameter(s) {', '.join(unknown)}; allowed: {', '.join(sorted(allowed))}")


def parse_filter(query: Mapping[str, list[str]]) -> EventFilter:
    """Validate the filter parameters of a query string (``parse_qs`` form)."""
    since, until = _single(query, "since"), _single(query, "until")
    if since is not None and until is not None and _bounds(since, "since")[0] > _bounds(until, "until")[1]:
        raise BadRequest(f"since ({since}) is after until ({until})")
    for value, name in ((since, "since"), (until, "until")):
        if value is not None:
            _bounds(value, name)
    actor = _single(query, "actor")
    if actor is not None and not ACTOR_CODE.match(actor):
        raise BadRequest(f"actor must be a code or code prefix of letters and digits (RUS, IGOUNO), not {actor!r}")
    event_type = _single(query, "type")
    if event_type is not None and not EVENT_TYPE.match(event_type):
        raise BadRequest(f"type must be a PLOVER event type (ASSAULT, CONSULT …), not {event_type!r}")
    status = _single(query, "status")
    if status is not None:
        status = status.lower()
        if status not in STATUSES:
            raise BadRequest(f"status must be one of {', '.join(STATUSES)}, not {status!r}")
    return EventFilter(since, until, actor, event_type and event_type.upper(), _single(query, "place"), status)


# -- link stage (optional) ---------------------------------------------------------------------------
def link_api() -> Any | None:
    """``hadath.link`` if this build has it, else None: the dashboard works without linking."""
    try:
        import hadath.link as link
    except ImportError:
        return None
    return link


def _linked(store: ReadOnlyStore) -> Any | None:
    link = link_api()
    if link is None or not store.has_table("link_cluster_members"):
        return None
    return link


def outlet_counts(store: ReadOnlyStore, event_ids: list[str]) -> dict[str, dict[str, Any]]:
    """event id → its cluster id and how many outlets/articles report that cluster (linked events only)."""
    if _linked(store) is None or not event_ids:
        return {}
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(event_ids), SQL_IN_CHUNK):
        part = event_ids[i:i + SQL_IN_CHUNK]
        marks = ",".join("?" * len(part))
        for event_id, cluster_id, n_sources, n_articles, n_mentions in store.conn.execute(
                "SELECT m.event_id, c.id, c.n_sources, c.n_articles, c.n_mentions FROM link_cluster_members m"
                f" JOIN link_clusters c ON c.id = m.cluster_id WHERE m.event_id IN ({marks})", part):
            out[event_id] = {"cluster": cluster_id, "outlets": int(n_sources), "articles": int(n_articles),
                             "mentions": int(n_mentions)}
    return out


# -- endpoints ------------------------------------------------------------------------------------------
def stats_payload(store: ReadOnlyStore, query: Mapping[str, list[str]]) -> dict[str, Any]:
    """Store counts, the link counts when linking has run, and what the filters can choose from."""
    check_params(query, frozenset())
    figures = store.stats()
    figures.pop("path", None)  # the server's file system is none of the page's business
    link = _linked(store)
    figures["link"] = link.link_stats(store) if link is not None else None
    figures["statuses"] = list(STATUSES)
    figures["date_range"] = dict(zip(("first", "last"), store.conn.execute(
        "SELECT min(date_first), max(date_last) FROM events").fetchone(), strict=True))
    return figures


def events_payload(store: ReadOnlyStore, query: Mapping[str, list[str]]) -> dict[str, Any]:
    """One page of filtered event records, the total, and each event's outlet count.

    ``order``: ``stored`` (insertion order, as :meth:`Store.events`), ``newest`` or ``oldest`` by coded date.
    """
    check_params(query, EVENT_PARAMS | PAGE_PARAMS)
    flt = parse_filter(query)
    limit = _integer(query, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
    offset = _integer(query, "offset", 0, 0, MAX_OFFSET)
    order = (_single(query, "order") or "stored").lower()
    if order not in ORDERS:
        raise BadRequest(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
    where, params = flt.where()
    total = int(store.conn.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0])
    rows = store.conn.execute(f"SELECT e.record FROM events e WHERE {where} ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?",
                              [*params, limit, offset]).fetchall()
    records = [json.loads(r[0]) for r in rows]
    linked = outlet_counts(store, [r["id"] for r in records])
    for record in records:
        record["linked"] = linked.get(record["id"])
    return {"total": total, "offset": offset, "limit": limit, "events": records}


def summary_payload(store: ReadOnlyStore, query: Mapping[str, list[str]]) -> dict[str, Any]:
    """Counts by type and status and located places (for the map) of the events the filters select."""
    check_params(query, EVENT_PARAMS)
    where, params = parse_filter(query).where()

    def grouped(column: str) -> list[dict[str, Any]]:
        return [{"key": key, "count": int(n)} for key, n in store.conn.execute(
            f"SELECT {column}, count(*) FROM events e WHERE {where} GROUP BY {column} ORDER BY 2 DESC, 1",
            params)]

    places = [{"name": name, "country": country, "lat": lat, "lon": lon, "count": int(n)}
              for name, country, lat, lon, n in store.conn.execute(
                  "SELECT e.location_name, e.location_country, e.lat, e.lon, count(*) FROM events e"
                  f" WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL"
                  " GROUP BY e.location_name, e.location_country, e.lat, e.lon ORDER BY 5 DESC, 1 LIMIT ?",
                  [*params, MAX_PLACES])]
    total = int(store.conn.execute(f"SELECT count(*) FROM events e WHERE {where}", params).fetchone()[0])
    return {"total": total, "by_type": grouped("e.event_type"), "by_status": grouped("e.status"),
            "places": places}


def _record(store: ReadOnlyStore, event_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT record FROM events WHERE id = ?", (event_id,)).fetchone()
    return json.loads(row[0]) if row else None


def _brief(record: dict[str, Any] | None) -> dict[str, Any] | None:
    """The part of a related record the detail panel shows (a denial and what it denies)."""
    if record is None:
        return None
    return {key: record.get(key) for key in ("id", "article_id", "event_type", "cameo", "status", "date",
                                             "trigger", "evidence", "source", "target")}


def event_payload(store: ReadOnlyStore, event_id: str) -> dict[str, Any]:
    """An event record with its article (metadata and evidence sentence), its denial links and cluster."""
    record = _record(store, event_id)
    if record is None:
        raise NotFound(f"no event {event_id!r}")
    row = store.conn.execute("SELECT id, title, date, source, url, text FROM articles WHERE id = ?",
                             (record["article_id"],)).fetchone()
    article = None
    if row is not None:
        article_id, title, day, outlet, url, text = row
        sentence = store.conn.execute('SELECT idx, "start", "end" FROM sentences WHERE article_id = ? AND idx = ?',
                                      (article_id, record.get("sentence"))).fetchone()
        article = {"id": article_id, "title": title, "date": day, "source": outlet, "url": url,
                   "sentence": ({"index": sentence[0], "start": sentence[1], "end": sentence[2],
                                 "text": text[sentence[1]:sentence[2]]} if sentence else None)}
    link = _linked(store)
    cluster = None
    if link is not None:
        try:
            cluster = link.cluster_of(store, event_id)
        except StoreError:  # stored but not linked yet
            cluster = None
    return {"event": record, "article": article, "cluster": cluster,
            "denial": _brief(_record(store, record["denied_in"])) if record.get("denied_in") else None,
            "denies": _brief(_record(store, record["denies"])) if record.get("denies") else None}


def outside_sentences(text: str, sentences: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Non-blank stretches of text no sentence covers: what analysis left out (boilerplate and the like)."""
    out: list[dict[str, Any]] = []
    cursor = 0
    for start, end in sorted((s["start"], s["end"]) for s in sentences) + [(len(text), len(text))]:
        if start > cursor:
            gap = text[cursor:start]
            stripped = gap.strip()
            if stripped:
                left = cursor + (len(gap) - len(gap.lstrip()))
                out.append({"start": left, "end": left + len(stripped), "text": stripped})
        cursor = max(cursor, end)
    return out


BoilerplateFinder = Callable[[str], list[dict[str, Any]]]


def article_payload(store: ReadOnlyStore, article_id: str,
                    boilerplate: BoilerplateFinder | None = None) -> dict[str, Any]:
    """An article's text with every span the page highlights, each as offsets into that text.

    The store does not keep boilerplate spans; ``boilerplate`` (the text stage's cleaner, run again)
    finds them, else the non-blank text outside every sentence stands in for them.
    """
    stored = store.article(article_id)
    if stored is None:
        raise NotFound(f"no article {article_id!r}")
    text = stored["text"]
    groups: dict[str, list[dict[str, Any]]] = {"entity": [], "place": [], "date": [], "quote": []}
    for mention in stored.pop("mentions"):
        groups.setdefault(mention.pop("kind"), []).append(mention)
    events = [r for r in (_record(store, eid) for eid in stored.pop("events")) if r is not None]
    linked = outlet_counts(store, [r["id"] for r in events])
    for record in events:
        record["linked"] = linked.get(record["id"])
    spans = boilerplate(text) if boilerplate is not None else None
    out = {key: stored.get(key) for key in ("id", "title", "date", "source", "url", "lexicon_version",
                                            "coder_version", "ingested_at")}
    out.update({
        "text": text, "length": len(text), "sentences": stored["sentences"],
        "boilerplate": spans if spans is not None else outside_sentences(text, stored["sentences"]),
        "boilerplate_from": "cleaner" if spans is not None else "outside-sentences",
        "entities": groups["entity"], "places": groups["place"], "dates": groups["date"],
        "quotes": groups["quote"], "events": events,
    })
    out["duplicates"] = _duplicates(store, article_id)
    return out


def _duplicates(store: ReadOnlyStore, article_id: str) -> list[dict[str, Any]] | None:
    if _linked(store) is None or not store.has_table("link_duplicates"):
        return None
    return [{"article_id": other, "kind": kind, "score": score} for other, kind, score in store.conn.execute(
        "SELECT duplicate_of, kind, score FROM link_duplicates WHERE article_id = ?"
        " UNION ALL SELECT article_id, kind, score FROM link_duplicates WHERE duplicate_of = ?"
        " ORDER BY 3 DESC", (article_id, article_id))]


def stories_payload(store: ReadOnlyStore, query: Mapping[str, list[str]]) -> dict[str, Any]:
    """Story threads, largest first; ``available`` is false when this build or database has no linking."""
    check_params(query, frozenset({"limit"}))
    limit = _integer(query, "limit", 20, 1, MAX_STORIES)
    link = _linked(store)
    if link is None or not store.has_table("link_stories"):
        return {"available": False, "stories": []}
    return {"available": True, "stories": link.stories(store, limit)}
