"""Shared fixtures: the path of ../shared (seeds and corpora), skipped with a reason when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared is not beside the repository ({SHARED}); seeds and corpora unavailable")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    seeds = shared_dir / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"no seeds folder at {seeds}")
    return seeds


@pytest.fixture(scope="session")
def saudinewsnet_dir(shared_dir: Path) -> Path:
    corpus = shared_dir / "corpora" / "saudinewsnet"
    if not any(corpus.glob("*.zip")):
        pytest.skip(f"no SaudiNewsNet zips at {corpus}")
    return corpus
