"""Assemble the stages into one callable; checks at assembly that every stage gets what it needs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from hadath.errors import HadathError
from hadath.model import Article, Document

CODER_VERSION = "hadath-coder 0.1.0"


class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    def __init__(self, stages: list[Stage], lexicon_version: str = "") -> None:
        have: set[str] = set()
        for stage in stages:
            missing = [r for r in stage.requires if r not in have]
            if missing:
                raise HadathError(f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage provides")
            have.update(stage.provides)
        self.stages = stages
        self.lexicon_version = lexicon_version

    @classmethod
    def default(cls, review: bool = False, backstop: bool = True, backstop_threshold: float | None = None,
                veto: bool = True, neural_ner: bool = False) -> Pipeline:
        """The full pipeline: text → dates → places → actors → events. Loads every resource once.

        ``backstop`` lets the learned classifier code a type the lexicon missed in a sentence it is sure
        about (probability ≥ ``backstop_threshold``, default the shipped one); measured on the dev gold,
        this adds recall at little cost in precision (see README); with ``veto`` its confident "no event"
        also drops the lexicon's events in a sentence.  ``review`` lists, without coding
        them, the less certain types it sees (``doc.review``).  ``neural_ner`` adds the neural model's
        scores to the entity tagger's CRF (about a point of entity F1 on the held-out split, but slower: README).
        """
        from hadath.actors.stage import ActorStage
        from hadath.events.stage import EventStage
        from hadath.geo.stage import PlaceStage
        from hadath.lexicon import lexicon_version
        from hadath.text.stage import TextStage
        from hadath.when.stage import DateStage

        version = lexicon_version()
        text = TextStage.load()
        stages: list[Stage] = [text, DateStage.load(), PlaceStage.load(), ActorStage.load(tokenizer=text.tokenizer, neural=neural_ner),
                               EventStage.load(lexicon_version=version, backstop=backstop, threshold=backstop_threshold,
                                               veto=veto)]
        if review:
            from hadath.classify.stage import BackstopStage

            stages.append(BackstopStage.load(suggest=True))
        return cls(stages, version)

    def __call__(self, article: Article) -> Document:
        doc = Document(article=article, lexicon_version=self.lexicon_version)
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def pipe(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            yield self(article)
