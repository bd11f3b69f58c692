"""The date stage: ``Document -> Document`` filling ``doc.dates`` with resolved :class:`DateMention` s.

The reference date is the article's publication date.  When the article has none, a dateline is looked
for (a full date with its year in the title, or near the start of the first sentence: "الرياض - 19
يناير 2017", "(الاثنين 2017/1/19)"); when one is found it becomes ``article.date`` and
``article.meta["date_from"] = "dateline"``.  Without any reference, relative expressions are still
returned, with ``value=None``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hadath.model import DateMention, Document
from hadath.text.tokens import Tokenizer
from hadath.when.grammar import DateGrammar, Hit
from hadath.when.lexicon import DateLexicon
from hadath.when.resolve import needs_reference, resolve_expr

_DATELINE_REACH = 80  # characters from the start of the first sentence where a dateline may sit


def mention_from_hit(hit: Hit, text: str, reference: date | None, sentence: int = -1) -> DateMention:
    """The :class:`DateMention` of a grammar hit; ``text`` is what the hit's offsets index."""
    value, precision, rule = resolve_expr(hit.expr, reference, hit.future)
    tense = ", future clause" if hit.future and hit.expr.kind in ("weekday", "month_day", "month") else ""
    return DateMention(start=hit.start, end=hit.end, text=text[hit.start:hit.end], value=value,
                       precision=precision, relation=hit.relation, sentence=sentence, how=rule + tense)


def dateline_date(hits: Sequence[Hit], sentence_start: int, reach: int = _DATELINE_REACH) -> date | None:
    """The first full date (day, month and year given) starting within ``reach`` characters."""
    for hit in hits:
        if hit.start - sentence_start > reach:
            break
        if not needs_reference(hit.expr) and hit.expr.day is not None:
            value, precision, _ = resolve_expr(hit.expr, None)
            if value is not None and precision == "day":
                return date.fromisoformat(value)
    return None


class DateStage:
    name = "when"
    requires: tuple[str, ...] = ("sentences",)
    provides: tuple[str, ...] = ("dates",)

    def __init__(self, grammar: DateGrammar, tokenizer: Tokenizer | None = None) -> None:
        self.grammar = grammar
        self.tokenizer = tokenizer or Tokenizer()

    @classmethod
    def load(cls) -> DateStage:
        return cls(DateGrammar(DateLexicon.load()))

    def __call__(self, doc: Document) -> Document:
        article = doc.article
        found = [(s.index, self.grammar.find(s.tokens)) for s in doc.sentences]
        reference = article.date
        if reference is None:
            reference = self._dateline(doc, found)
            if reference is not None:
                article.date = reference
                article.meta["date_from"] = "dateline"
        text = article.text
        doc.dates = [mention_from_hit(hit, text, reference, index) for index, hits in found for hit in hits]
        return doc

    def _dateline(self, doc: Document, found: list[tuple[int, list[Hit]]]) -> date | None:
        title = doc.article.title
        if title:
            in_title = dateline_date(self.grammar.find(self.tokenizer.tokenize(title)), 0, reach=len(title))
            if in_title is not None:
                return in_title
        if doc.sentences and found:
            return dateline_date(found[0][1], doc.sentences[0].start)
        return None
