"""The two seed reports (read from ../shared/seeds, skipped when absent): the places they name."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.geo.stage import PlaceStage
from hadath.model import Article, Document
from hadath.text.normalize import normalize
from hadath.text.stage import TextStage

EXPECTED = {  # normalized surface → (country, lat, lon) the mention must resolve near
    "ادلب": ("SYR", 35.9, 36.6),
    "موسكو": ("RUS", 55.76, 37.62),
    "استانا": ("KAZ", 51.17, 71.43),
    "حمص": ("SYR", 34.7, 36.9),
    "اللاذقيه": ("SYR", 35.55, 35.9),
    "حماه": ("SYR", 35.2, 37.0),
    "الغوطه الشرقيه": ("SYR", 33.55, 36.45),
}


@pytest.fixture(scope="module")
def seed_docs(seeds_dir: Path, stage: PlaceStage) -> list[Document]:
    files = sorted(seeds_dir.glob("*.txt"))
    if not files:
        pytest.skip(f"no seed reports in {seeds_dir}")
    text_stage = TextStage.load()
    return [stage(text_stage(Document(article=Article(id=f.stem, text=f.read_text(encoding="utf-8")))))
            for f in files]


def test_seed_places_resolved(seed_docs: list[Document]) -> None:
    found: dict[str, list] = {}
    for doc in seed_docs:
        for p in doc.places:
            assert doc.text[p.start:p.end] == p.text
            found.setdefault(normalize(p.text), []).append(p)
    for surface, (country, lat, lon) in EXPECTED.items():
        assert surface in found, f"{surface} not found; got {sorted(found)}"
        for p in found[surface]:
            assert p.country == country
            assert abs(p.lat - lat) < 1.0 and abs(p.lon - lon) < 1.0, (surface, p)


def test_seed_common_words_are_not_places(seed_docs: list[Document]) -> None:
    for doc in seed_docs:
        texts = {normalize(p.text) for p in doc.places}
        assert "امل" not in texts
        assert "الخميس" not in texts
        assert not any("الابيض" in t for t in texts)


def test_seed_acting_washington_is_not_a_place(seed_docs: list[Document]) -> None:
    """"أن واشنطن تتمسك …" and "إن واشنطن تسعى …": Washington acts there (it is an actor)."""
    doc = seed_docs[0] if "deescalation" in seed_docs[0].article.id else seed_docs[1]
    for p in doc.places:
        if p.name.startswith("Washington"):
            before = doc.text[max(0, p.start - 4):p.start]
            assert "أن" not in before and "إن" not in before
