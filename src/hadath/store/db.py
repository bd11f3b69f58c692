"""The SQLite store: analysed articles, their mentions and coded events, kept resumable and queryable.

Every article goes in with its sentences, mentions and events in one transaction, keyed by the
article id, so a run killed at any point and started again neither loses nor duplicates anything.
The full ``Event.to_record()`` is kept as JSON (what queries give back); the other event columns
exist only to filter on.
"""

from __future__ import annotations

import calendar
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from hadath.errors import InputProblem, StoreError
from hadath.model import ActorMention, Document, Event, content_hash
from hadath.store.migrate import migrate

PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
MENTION_COLUMNS = ("start", "end", "text", "sentence")
FETCH_SIZE = 500


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """First and last day a coded date can mean: ``2024-03`` → (``2024-03-01``, ``2024-03-31``).

    Returns None for a missing or malformed date, so such events never match a date filter.
    """
    if not value:
        return None
    match = PARTIAL_DATE.match(value)
    if match is None:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if day is not None:
            datetime(int(year), int(month), int(day))
            return value, value
        if month is not None:
            last = calendar.monthrange(int(year), int(month))[1]
            return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    except ValueError:
        return None
    return f"{year}-01-01", f"{year}-12-31"


def actor_codes(actors: list[ActorMention]) -> list[str]:
    """The codes an actor filter should see: each actor's code (else its country) and its members'."""
    codes: list[str] = []
    for actor in actors:
        code = actor.actor_code or actor.country
        if code and code not in codes:
            codes.append(code)
        for member in actor.members:
            for sub in actor_codes([member]):
                if sub not in codes:
                    codes.append(sub)
    return codes


def plain(value: Any) -> Any:
    """Dataclasses (slots) as dicts, recursively: what ``dataclasses.asdict`` gives, without its
    deep copies, which cost more than the rest of an insert together."""
    if hasattr(type(value), "__dataclass_fields__"):
        return {name: plain(getattr(value, name)) for name in type(value).__dataclass_fields__}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    return value


def mention_data(mention: Any) -> dict[str, Any]:
    """A mention's fields other than its span columns (members and speakers included)."""
    return {name: plain(getattr(mention, name)) for name in type(mention).__dataclass_fields__
            if name not in MENTION_COLUMNS}


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """An SQLite database of analysed articles and coded events (``hadath.db`` by default)."""

    def __init__(self, path: str | Path = "hadath.db") -> None:
        self.path = str(path)
        if self.path != ":memory:" and not Path(self.path).parent.exists():
            raise StoreError(f"cannot create the database {self.path}: its folder does not exist")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the database {self.path}: {exc}") from exc
        try:
            self.applied = migrate(self.conn)
        except StoreError:
            self.conn.close()
            raise
        self._json = json.JSONEncoder(ensure_ascii=False, allow_nan=False, default=str)

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------------
    def add(self, doc: Document) -> bool:
        """Store one analysed document atomically; False (and no change) if its article is stored."""
        return self.add_many([doc], batch_size=1) == 1

    def add_many(self, docs: Iterable[Document], batch_size: int = 200) -> int:
        """Store documents, committing every ``batch_size``; each batch is atomic. Returns how many
        articles were new (already-stored ids, also repeats within the input, are skipped)."""
        if batch_size < 1:
            raise StoreError(f"batch_size must be at least 1, not {batch_size}")
        stored = 0
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                stored += self._write_batch(batch)
                batch = []
        if batch:
            stored += self._write_batch(batch)
        return stored

    def _write_batch(self, docs: list[Document]) -> int:
        stored = 0
        current = ""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for doc in docs:
                current = doc.article.id
                if self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (current,)).fetchone():
                    continue
                self._insert(doc)
                stored += 1
            self.conn.execute("COMMIT")
        except (sqlite3.Error, ValueError, TypeError) as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise StoreError(f"cannot store article {current!r} (its batch was rolled back): {exc}") from exc
        return stored

    def _insert(self, doc: Document) -> None:
        article = doc.article
        coder_version = next((e.coder_version for e in doc.events if e.coder_version), None)
        self.conn.execute(
            "INSERT INTO articles(id, title, date, source, url, origin, meta, text, content_hash,"
            " lexicon_version, coder_version, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (article.id, article.title, article.date.isoformat() if article.date else None, article.source,
             article.url, article.origin, self._json.encode(article.meta),
             article.text, content_hash(article.text), doc.lexicon_version or None, coder_version, _now()),
        )
        self.conn.executemany(
            'INSERT INTO sentences(article_id, idx, "start", "end") VALUES (?,?,?,?)',
            [(article.id, s.index, s.start, s.end) for s in doc.sentences],
        )
        mentions = [("entity", m) for m in doc.entities] + [("place", m) for m in doc.places]
        mentions += [("date", m) for m in doc.dates] + [("quote", m) for m in doc.quotes]
        self.conn.executemany(
            'INSERT INTO mentions(article_id, sentence, kind, "start", "end", text, data) VALUES (?,?,?,?,?,?,?)',
            [(article.id, m.sentence, kind, m.start, m.end, m.text, self._json.encode(mention_data(m)))
             for kind, m in mentions],
        )
        event_rows: list[tuple[Any, ...]] = []
        actor_rows: list[tuple[str, str, str]] = []
        for event in doc.events:
            row, actors = self._event_rows(event)
            event_rows.append(row)
            actor_rows += actors
        self.conn.executemany(
            "INSERT INTO events(id, article_id, sentence, event_type, mode, cameo, cameo_root, quad_class,"
            " goldstein, status, date, date_precision, date_first, date_last, source_codes, target_codes,"
            " location_name, location_country, lat, lon, record) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            event_rows,
        )
        self.conn.executemany("INSERT OR IGNORE INTO event_actors(event_id, role, code) VALUES (?,?,?)", actor_rows)

    def _event_rows(self, event: Event) -> tuple[tuple[Any, ...], list[tuple[str, str, str]]]:
        """The ``events`` row and the ``event_actors`` rows of one event."""
        sources, targets = actor_codes(event.source), actor_codes(event.target)
        bounds = date_bounds(event.date)
        place = event.location
        try:
            record = self._json.encode(event.to_record())
        except ValueError as exc:
            raise ValueError(f"event {event.id} cannot be written as JSON: {exc}") from exc
        row = (event.id, event.article_id, event.sentence, event.event_type, event.mode, event.cameo,
               event.cameo_root, event.quad_class, event.goldstein, event.status, event.date,
               event.date_precision, bounds[0] if bounds else None, bounds[1] if bounds else None,
               " ".join(sources), " ".join(targets), place.name if place else None,
               place.country if place else None, place.lat if place else None, place.lon if place else None,
               record)
        actors = [(event.id, "source", c) for c in sources] + [(event.id, "target", c) for c in targets]
        return row, actors

    def record_problem(self, problem: InputProblem) -> None:
        """Remember a bad input item (once per path, line and reason)."""
        try:
            self.conn.execute(
                "INSERT OR IGNORE INTO problems(path, line, reason, seen_at) VALUES (?,?,?,?)",
                (problem.path, problem.line, problem.reason, _now()),
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot record the input problem {problem}: {exc}") from exc

    # -- reading ---------------------------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def article_ids(self) -> set[str]:
        """Every stored article id: check before analysis to skip what a previous run finished."""
        return {row[0] for row in self.conn.execute("SELECT id FROM articles")}

    def article_urls(self) -> dict[str, str]:
        """article id → URL, for exports that cite the source (GDELT's SOURCEURL)."""
        return dict(self.conn.execute("SELECT id, url FROM articles WHERE url IS NOT NULL"))

    def events(
        self,
        since: str | None = None,
        until: str | None = None,
        actor: str | None = None,
        event_type: str | None = None,
        place: str | None = None,
        status: str | None = None,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Stored event records (``Event.to_record()`` dicts) in insertion order, filtered.

        ``since``/``until`` (YYYY, YYYY-MM or YYYY-MM-DD) keep events whose coded date can fall in
        the range, so a month-precision event counts for any day of its month; undated events are
        left out when either is given.  ``actor`` is a code prefix matched against every source and
        target code ("RUS" matches RUSGOV).  ``place`` is a location name (any case) or ISO-3 country.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if since is not None:
            clauses.append("e.date_last >= ?")
            params.append(self._filter_bounds(since, "since")[0])
        if until is not None:
            clauses.append("e.date_first <= ?")
            params.append(self._filter_bounds(until, "until")[1])
        prefix = (actor or "").strip().upper()
        if prefix:
            upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE code >= ? AND code < ?)")
            params += [prefix, upper]
        if event_type:
            clauses.append("e.event_type = ?")
            params.append(event_type.strip().upper())
        if place:
            clauses.append("(e.location_name = ? COLLATE NOCASE OR e.location_country = ?)")
            params += [place.strip(), place.strip().upper()]
        if status:
            clauses.append("e.status = ?")
            params.append(status.strip().lower())
        sql = "SELECT e.record FROM events e"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY e.rowid"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(max(int(limit), 0))
        yield from self._records(sql, params)

    def iter_records(self) -> Iterator[dict[str, Any]]:
        """Every stored event record, in insertion order."""
        yield from self._records("SELECT record FROM events ORDER BY rowid", [])

    def _records(self, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        while rows := cursor.fetchmany(FETCH_SIZE):
            for (record,) in rows:
                yield json.loads(record)

    @staticmethod
    def _filter_bounds(value: str, name: str) -> tuple[str, str]:
        bounds = date_bounds(value.strip())
        if bounds is None:
            raise StoreError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        return bounds

    def article(self, article_id: str) -> dict[str, Any] | None:
        """A stored article with its sentences, mentions and event ids; None if it is not stored."""
        cursor = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
        row = cursor.fetchone()
        if row is None:
            return None
        out = dict(zip([c[0] for c in cursor.description], row, strict=True))
        out["meta"] = json.loads(out["meta"])
        out["sentences"] = [
            {"index": i, "start": s, "end": e}
            for i, s, e in self.conn.execute(
                'SELECT idx, "start", "end" FROM sentences WHERE article_id = ? ORDER BY idx', (article_id,)
            )
        ]
        out["mentions"] = [
            {"kind": k, "sentence": n, "start": s, "end": e, "text": t, **json.loads(d)}
            for k, n, s, e, t, d in self.conn.execute(
                'SELECT kind, sentence, "start", "end", text, data FROM mentions WHERE article_id = ? ORDER BY id',
                (article_id,),
            )
        ]
        out["events"] = [
            r[0] for r in self.conn.execute("SELECT id FROM events WHERE article_id = ? ORDER BY rowid", (article_id,))
        ]
        return out

    def problems(self) -> list[InputProblem]:
        """Every input problem recorded, oldest first."""
        return [InputProblem(p, ln, r) for p, ln, r in
                self.conn.execute("SELECT path, line, reason FROM problems ORDER BY id")]

    def stats(self) -> dict[str, Any]:
        """Counts for ``hadath stats``: articles, sentences, mentions by kind, events by type and status."""

        def count(table: str) -> int:
            return int(self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        def grouped(sql: str) -> dict[str, int]:
            return {("none" if key is None else str(key)): int(n) for key, n in self.conn.execute(sql)}

        return {
            "path": self.path,
            "schema_version": self.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0],
            "articles": count("articles"),
            "sentences": count("sentences"),
            "mentions": grouped("SELECT kind, count(*) FROM mentions GROUP BY kind ORDER BY kind"),
            "events": count("events"),
            "events_by_type": grouped("SELECT event_type, count(*) FROM events GROUP BY event_type ORDER BY 2 DESC"),
            "events_by_status": grouped("SELECT status, count(*) FROM events GROUP BY status ORDER BY 2 DESC"),
            "events_dated": int(self.conn.execute(
                "SELECT count(*) FROM events WHERE date_first IS NOT NULL").fetchone()[0]),
            "events_located": int(self.conn.execute(
                "SELECT count(*) FROM events WHERE location_name IS NOT NULL").fetchone()[0]),
            "problems": count("problems"),
        }
