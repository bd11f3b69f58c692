"""Fixtures for the place stage: one gazetteer and stage per session (loading reads ~10k places)."""

from __future__ import annotations

import pytest

from hadath.geo.gazetteer import Gazetteer
from hadath.geo.stage import PlaceStage
from hadath.model import Article, Document
from hadath.text.segment import make_sentences


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def stage(gazetteer: Gazetteer) -> PlaceStage:
    return PlaceStage(gazetteer)


@pytest.fixture()
def places(stage: PlaceStage):
    """Run text → sentences → places on one text; returns the document's place mentions."""

    def run(text: str):
        doc = Document(article=Article(id="t", text=text))
        doc.sentences = make_sentences(text, [], stage.tokenizer)
        return stage(doc).places

    return run
