"""Arabic event coding: triggers, roles, status, size, place and date → PLOVER/CAMEO events.

Public entry points (imported lazily so that importing the package loads nothing):
``EventStage`` (``hadath.events.stage``), :func:`explain`, :func:`evaluate`, :func:`format_report`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any


def explain(text: str, day: date | None = None, pipeline: Any = None) -> str:
    """Why a sentence was, or was not, coded (``hadath explain``)."""
    from hadath.events.explain import explain as _explain

    return _explain(text, day, pipeline)


def evaluate(path: Path | str, analyse: Any = None) -> dict[str, Any]:
    """Score the coder on a gold file (``hadath eval events FILE``)."""
    from hadath.events.evaluate import evaluate as _evaluate

    return _evaluate(path, analyse)


def format_report(result: dict[str, Any]) -> str:
    from hadath.events.evaluate import format_report as _format_report

    return _format_report(result)


__all__ = ["evaluate", "explain", "format_report"]
