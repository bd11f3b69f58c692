"""The text stage: ``Document -> Document`` filling boilerplate spans, sentences and tokens."""

from __future__ import annotations

from hadath.model import Document
from hadath.text.clean import Cleaner
from hadath.text.segment import make_sentences
from hadath.text.tokens import Tokenizer


class TextStage:
    name = "text"
    requires: tuple[str, ...] = ()
    provides: tuple[str, ...] = ("boilerplate", "sentences", "tokens")

    def __init__(self, cleaner: Cleaner, tokenizer: Tokenizer | None = None) -> None:
        self.cleaner = cleaner
        self.tokenizer = tokenizer or Tokenizer()

    @classmethod
    def load(cls) -> TextStage:
        return cls(Cleaner.load())

    def __call__(self, doc: Document) -> Document:
        spans, signature = self.cleaner.find(doc.article.text)
        doc.boilerplate = spans
        if signature is not None and not doc.article.source:
            doc.article.source = signature.name
            doc.article.meta.setdefault("source_from", "signature")
        doc.sentences = make_sentences(doc.article.text, spans, self.tokenizer)
        return doc
