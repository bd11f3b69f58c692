"""Dates: Arabic date expressions found in sentences and resolved against the publication date.

``DateStage`` is the pipeline stage; :func:`resolve` reads one expression, :func:`explain` shows what
the grammar found in a text and why (``hadath when "جملة" --date D``), :func:`evaluate` scores a gold file.
"""

from __future__ import annotations

from datetime import date

from hadath.model import DateMention
from hadath.text.tokens import Tokenizer
from hadath.when.evaluate import evaluate, format_report
from hadath.when.grammar import DateGrammar, Expr, Hit
from hadath.when.lexicon import DateLexicon
from hadath.when.stage import DateStage, mention_from_hit

__all__ = ["DateGrammar", "DateLexicon", "DateStage", "Expr", "Hit", "evaluate", "explain", "find_dates",
           "format_report", "resolve"]


def find_dates(text: str, reference: date | None, grammar: DateGrammar | None = None) -> list[DateMention]:
    """Every date mention in ``text`` (one piece of text, offsets into it), resolved against ``reference``."""
    grammar = grammar or DateGrammar(DateLexicon.load())
    tokens = Tokenizer().tokenize(text)
    return [mention_from_hit(hit, text, reference) for hit in grammar.find(tokens)]


def resolve(expression: str, reference: date, future: bool = False,
            grammar: DateGrammar | None = None) -> DateMention | None:
    """The first date expression in ``expression``, resolved against ``reference`` (None if there is none).

    ``future`` forces the future reading (next Thursday rather than last) even when the expression
    itself carries no future-tense cue.  Pass a loaded ``grammar`` when calling this in a loop.
    """
    grammar = grammar or DateGrammar(DateLexicon.load())
    hits = grammar.find(Tokenizer().tokenize(expression))
    if not hits:
        return None
    hit = hits[0]
    if future and not hit.future:
        hit = Hit(hit.first, hit.last, hit.start, hit.end, hit.expr, hit.relation, True)
    return mention_from_hit(hit, expression, reference)


def explain(text: str, reference: date | None, grammar: DateGrammar | None = None) -> str:
    """A readable account of the date expressions in ``text``: span, rule applied, value."""
    mentions = find_dates(text, reference, grammar)
    ref = reference.isoformat() if reference else "none"
    lines = [f"reference date: {ref}; {len(mentions)} date expression(s)"]
    for m in mentions:
        lines.append(f"  «{m.text}» [{m.start}:{m.end}] → {m.value or '?'} ({m.precision}, {m.relation}); "
                     f"rule: {m.how}")
    return "\n".join(lines)
