"""Hand-built event records for export tests (text made up for these tests)."""

from __future__ import annotations

from typing import Any

from hadath.model import ActorMention, Event, Mention, PlaceMention, Size, Span

SENTENCE = "وقصفت القوات الروسية مواقع في ريف إدلب اليوم، بحسب مصدر محلي."


def actor(text: str, code: str | None, country: str | None, sector: str | None, name: str) -> ActorMention:
    start = SENTENCE.find(text)
    return ActorMention(start, start + len(text), text, "ORG", name=name, name_latin=name, actor_code=code,
                        country=country, sector=sector, how="lexicon", sentence=0)


def make_record(n: int = 0, **changes: Any) -> dict[str, Any]:
    """A record as ``Event.to_record()`` gives it; ``changes`` replace Event fields."""
    trigger_start = SENTENCE.index("قصفت")
    place_start = SENTENCE.index("إدلب")
    fields: dict[str, Any] = dict(
        id=Event.make_id(f"https://example.org/a/{n}", 0, trigger_start, "195"),
        article_id=f"https://example.org/a/{n}", sentence=0, evidence=Span(0, len(SENTENCE), SENTENCE),
        trigger=Span(trigger_start, trigger_start + 4, "قصفت"), event_type="ASSAULT", mode="aerial",
        context="military, terrorism", cameo="195", cameo_root="19", quad_class=4, goldstein=-10.0,
        intensity=-8.5, source=[actor("القوات الروسية", "RUSMIL", "RUS", "MIL", "Russian armed forces")],
        target=[], location=PlaceMention(place_start, place_start + 4, "إدلب", "Idlib", "إدلب", "SYR",
                                         "Idlib Governorate", 35.93, 36.63, "city", "city"),
        date="2024-03-05", date_precision="day", date_text="اليوم", status="asserted",
        size=Size(dead=3), confidence=0.9, pattern="p1", coder_version="0.1", lexicon_version="lex-1",
        mentions=[Mention(f"https://example.org/a/{n}", 0, 0, len(SENTENCE), "وكالة")])
    fields.update(changes)
    return Event(**fields).to_record()
