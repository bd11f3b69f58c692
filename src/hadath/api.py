"""The Python API (what the CLI calls): code and analyse text or articles, view events as a DataFrame."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date as Date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from hadath.model import Article, Document, Event
from hadath.pipeline import Pipeline

if TYPE_CHECKING:  # pragma: no cover
    import pandas


@lru_cache(maxsize=1)
def load() -> Pipeline:
    """The default pipeline, loaded once per process (lexicons, gazetteer, NER model)."""
    return Pipeline.default()


def _as_articles(items: str | Article | Iterable[str | Article], date: Date | str | None,
                 source: str | None) -> list[Article]:
    if isinstance(items, (str, Article)):
        items = [items]
    day = Date.fromisoformat(date) if isinstance(date, str) else date
    out: list[Article] = []
    for item in items:
        if isinstance(item, Article):
            if item.date is None and day is not None:
                item.date = day
            if item.source is None and source is not None:
                item.source = source
            out.append(item)
        else:
            out.append(Article(id=Article.make_id(None, None, item), text=item, date=day, source=source))
    return out


def analyze(items: str | Article | Iterable[str | Article], date: Date | str | None = None,
            source: str | None = None, pipeline: Pipeline | None = None) -> list[Document]:
    """Analyse text(s) or :class:`Article`\\ s: sentences, entities, places, dates, quotes and events.

    >>> docs = analyze("بحث وزير الخارجية الروسي مع نظيره الأردني هاتفياً أمس", date="2017-01-19")
    """
    pipe = pipeline or load()
    return [pipe(a) for a in _as_articles(items, date, source)]


def code(items: str | Article | Iterable[str | Article], date: Date | str | None = None,
         source: str | None = None, pipeline: Pipeline | None = None) -> list[Event]:
    """Coded events of text(s) or :class:`Article`\\ s, in document order."""
    return [e for doc in analyze(items, date, source, pipeline) for e in doc.events]


def records(events: Iterable[Event | dict[str, Any]]) -> list[dict[str, Any]]:
    return [e.to_record() if isinstance(e, Event) else e for e in events]


def to_pandas(events: Iterable[Event | dict[str, Any]]) -> pandas.DataFrame:
    """One row per event with flat columns (source/target codes, location, date) — needs pandas."""
    import pandas as pd

    rows = []
    for rec in records(events):
        def codes(value: Any) -> str | None:
            if not value:
                return None
            items = value if isinstance(value, list) else [value]
            return ";".join(a.get("actor_code") or "" for a in items) or None

        loc = rec.get("location") or {}
        rows.append({
            "id": rec["id"], "article_id": rec["article_id"], "date": rec.get("date"),
            "event_type": rec.get("event_type"), "mode": rec.get("mode"), "cameo": rec.get("cameo"),
            "quad_class": rec.get("quad_class"), "goldstein": rec.get("goldstein"),
            "source": codes(rec.get("source")), "target": codes(rec.get("target")),
            "status": rec.get("status"), "location": loc.get("name"), "country": loc.get("country"),
            "lat": loc.get("lat"), "lon": loc.get("lon"), "evidence": rec["evidence"]["text"],
            "dead": (rec.get("size") or {}).get("dead"), "confidence": rec.get("confidence"),
        })
    return pd.DataFrame(rows)
