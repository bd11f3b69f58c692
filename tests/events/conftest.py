"""Fixtures for the event coder: the loaded stage, and documents built by hand with actor/place/date mentions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from hadath.events.stage import EventStage
from hadath.model import ActorMention, Article, DateMention, Document, PlaceMention
from hadath.text.stage import TextStage


@pytest.fixture(scope="session")
def event_stage() -> EventStage:
    return EventStage.load(lexicon_version="test")


@pytest.fixture(scope="session")
def text_stage() -> TextStage:
    return TextStage.load()


@pytest.fixture(scope="session")
def pipeline():
    """The whole default pipeline (entities, places and dates found, not placed by hand), loaded once."""
    from hadath.pipeline import Pipeline

    return Pipeline.default()


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


Actor = tuple  # (surface, code, country, sector) or (surface, [member codes])


@pytest.fixture
def make_doc(text_stage: TextStage, event_stage: EventStage) -> Callable[..., Document]:
    """Build a document, place hand-made mentions at the first occurrence of each surface, run the coder."""

    def build(text: str, actors: list[tuple] = (), places: list[tuple] = (), dates: list[tuple] = (),
              day: date = date(2024, 3, 10)) -> Document:
        doc = text_stage(Document(Article(id="t", text=text, date=day)))
        for spec in actors:
            surface, *rest = spec
            s, e = _at(text, surface)
            if isinstance(rest[0], list):
                members = [ActorMention(s, e, surface, actor_code=c, country=c[:3], sector=c[3:] or None)
                           for c in rest[0]]
                doc.entities.append(ActorMention(s, e, surface, members=members, how="test"))
            else:
                code = rest[0]
                sector = rest[1] if len(rest) > 1 else (code[3:] or None)
                name = rest[2] if len(rest) > 2 else None
                doc.entities.append(ActorMention(s, e, surface, actor_code=code, country=code[:3] if len(code) >= 3 and code != "MED" else None,
                                                 sector=sector, name_latin=name, how="test"))
        for surface, name, country in places:
            s, e = _at(text, surface)
            doc.places.append(PlaceMention(s, e, surface, name, country=country))
        for surface, value, precision in dates:
            s, e = _at(text, surface)
            doc.dates.append(DateMention(s, e, surface, value, precision))
        return event_stage(doc)

    return build
