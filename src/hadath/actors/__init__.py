"""Actors: Arabic entity recognition (lexicon + CRF) and CAMEO actor coding with dated roles."""

from __future__ import annotations

from hadath.actors.evaluate import evaluate_actors, evaluate_ner, explain, format_report
from hadath.actors.lexicon import ActorLexicon, code_at
from hadath.actors.stage import ActorStage

__all__ = ["ActorLexicon", "ActorStage", "code_at", "evaluate_actors", "evaluate_ner", "explain", "format_report"]
