"""Learned sentence classifier that backs up the rule-based event coder (see ``backstop``)."""

from hadath.classify.backstop import Backstop
from hadath.classify.evaluate import evaluate_backstop, format_backstop_report

__all__ = ["Backstop", "evaluate_backstop", "format_backstop_report"]
