"""Shared fixtures of the date tests: the grammar and the stage are loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.when import DateGrammar, DateLexicon, DateStage

GOLD = Path(__file__).resolve().parents[2] / "gold" / "dates"


@pytest.fixture(scope="session")
def grammar() -> DateGrammar:
    return DateGrammar(DateLexicon.load())


@pytest.fixture(scope="session")
def stage(grammar: DateGrammar) -> DateStage:
    return DateStage(grammar)
