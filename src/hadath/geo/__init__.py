"""Places: the offline Arabic gazetteer, the place stage, ``explain`` and the evaluation against gold."""

from __future__ import annotations

from hadath.geo.evaluate import evaluate, format_report
from hadath.geo.explain import explain
from hadath.geo.gazetteer import Gazetteer, Place, distance_km
from hadath.geo.stage import PlaceStage

__all__ = ["Gazetteer", "Place", "PlaceStage", "distance_km", "evaluate", "explain", "format_report"]
