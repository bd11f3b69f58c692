"""Optional pipeline stage: the backstop checks the rule-based coder sentence by sentence.

``BackstopStage`` runs after the event stage.  With a veto threshold τ it drops the PLOVER-typed events
of sentences the backstop calls NONE with probability ≥ τ (CAMEO-only statement records are kept:
the backstop's NONE is about PLOVER events).  :meth:`BackstopStage.suggestions` lists, without coding
anything, the PLOVER types the backstop sees in a sentence where the coder found none of that type —
material for review.  Both reuse the text stage's tokens, so the stage costs one batched prediction
per document.
"""

from __future__ import annotations

from dataclasses import dataclass

from hadath.classify.backstop import NONE, PLOVER_TYPES, Backstop
from hadath.model import Document


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A PLOVER type the backstop sees in a sentence but the coder did not code there."""

    sentence: int
    start: int
    end: int
    event_type: str
    mode: str | None
    probability: float


class BackstopStage:
    name = "backstop"
    requires: tuple[str, ...] = ("sentences", "events")
    provides: tuple[str, ...] = ()

    def __init__(self, backstop: Backstop, veto_threshold: float | None = None, review_floor: float = 0.8,
                 suggest: bool = False) -> None:
        self.backstop = backstop
        self.veto_threshold = veto_threshold
        self.review_floor = review_floor
        self.suggest = suggest
        if suggest:
            self.provides = ("review",)

    @classmethod
    def load(cls, veto_threshold: float | None = None, review_floor: float = 0.8,
             suggest: bool = False) -> BackstopStage:
        """The shipped model; no veto unless a threshold is given (it did not pay on the dev gold).

        With ``suggest`` the stage fills ``doc.review`` with :meth:`suggestions` (nothing is coded).
        """
        return cls(Backstop.load(), veto_threshold, review_floor, suggest)

    def __call__(self, doc: Document) -> Document:
        if self.suggest:
            doc.review = [
                {"sentence": s.sentence, "start": s.start, "end": s.end, "event_type": s.event_type,
                 "mode": s.mode, "probability": s.probability}
                for s in self.suggestions(doc)
            ]
        if self.veto_threshold is None or not doc.sentences or not doc.events:
            return doc
        none_p = self.backstop.none_probability([s.tokens for s in doc.sentences])
        vetoed = {s.index for s, p in zip(doc.sentences, none_p, strict=True) if p >= self.veto_threshold}
        if vetoed:
            doc.events = [e for e in doc.events if e.event_type is None or e.sentence not in vetoed]
        return doc

    def suggestions(self, doc: Document) -> list[Suggestion]:
        """Backstop types with probability ≥ the review floor that the coder did not code in that sentence."""
        if not doc.sentences:
            return []
        coded: dict[int, set[str]] = {}
        for event in doc.events:
            if event.event_type:
                coded.setdefault(event.sentence, set()).add(event.event_type)
        out: list[Suggestion] = []
        predictions = self.backstop.predict([s.tokens for s in doc.sentences])
        for sent, (kind, mode, p) in zip(doc.sentences, predictions, strict=True):
            if kind != NONE and kind in PLOVER_TYPES and p >= self.review_floor \
                    and kind not in coded.get(sent.index, set()):
                out.append(Suggestion(sent.index, sent.start, sent.end, kind, mode, round(p, 4)))
        return out
