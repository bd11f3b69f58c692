"""Small readers of coded documents shared by the event tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from hadath.events.backstop import BackstopCoder, is_backstop
from hadath.events.lexicon import EventLexicon
from hadath.events.stage import EventStage
from hadath.model import ActorMention, Article, Document, Event, Token

DEFAULT_DAY = date(2024, 5, 2)


def of_type(doc, event_type: str | None) -> list[Event]:
    return [e for e in doc.events if e.event_type == event_type]


def codes(actors) -> list[str]:
    return [a.actor_code for a in actors]


def targets(doc, event_type: str) -> list[list[str]]:
    """The target codes of each event of a type, in order."""
    return [codes(e.target) for e in of_type(doc, event_type)]


def roles_of(doc, event_type: str) -> list[tuple[list[str], list[str]]]:
    """(source codes, target codes) of each event of a type, in order."""
    return [(codes(e.source), codes(e.target)) for e in of_type(doc, event_type)]


def code_text(pipeline, text: str, day: date = DEFAULT_DAY) -> Document:
    """Run the whole pipeline on one short article."""
    return pipeline(Article(id="t", date=day, text=text))


def coded_parties(pipeline, text: str, day: date = DEFAULT_DAY) -> list[tuple[str, list[str], list[str]]]:
    """(CAMEO code, source codes, target codes) of each event of ``text``; a party with no code by its text."""
    return [(e.cameo, [a.actor_code or a.text for a in e.source], [a.actor_code or a.text for a in e.target])
            for e in code_text(pipeline, text, day).events]


def codes_force(pipeline, text: str, day: date = DEFAULT_DAY) -> bool:
    """Whether ``text`` is coded with any act of force or violence (CAMEO 18x–20x, the roots of ASSAULT)."""
    return any(c[:2] in ("18", "19", "20") for c, _s, _t in coded_parties(pipeline, text, day))


def parties_of(pipeline, text: str, cameo: str, day: date = DEFAULT_DAY) -> list[tuple[list[str], list[str]]]:
    """(source codes, target codes) of each event of ``text`` coded exactly ``cameo`` (see :func:`coded_parties`)."""
    return [(s, t) for c, s, t in coded_parties(pipeline, text, day) if c == cameo]


def lexical(events: list[Event]) -> list[Event]:
    """Events coded by a trigger pattern, not by the learned backstop (which may guess the same type)."""
    return [e for e in events if not is_backstop(e.pattern)]


def assert_coded_by(pipeline, text: str, etype: str, cameo: str, pattern: str) -> None:
    """The whole pipeline codes ``text`` with ``pattern``, as ``etype`` and ``cameo`` (the lexicon passes' check)."""
    doc = code_text(pipeline, text)
    found = [e for e in lexical(list(doc.events)) if e.pattern == pattern]
    assert found, [(e.event_type, e.cameo, e.trigger.text, e.pattern) for e in doc.events]
    assert (found[0].event_type, found[0].cameo) == (etype, cameo)


def assert_type_not_coded(pipeline, text: str, forbidden: str) -> None:
    """No event of type ``forbidden`` in ``text`` (a near miss: the word in another sense)."""
    hits = [e for e in code_text(pipeline, text).events if e.event_type == forbidden]
    assert hits == [], [(e.event_type, e.cameo, e.trigger.text, e.pattern) for e in hits]


class ScoredClassifier:
    """A classifier double: one confident type for every sentence, and a given score per word (0.1 otherwise)."""

    def __init__(self, kind: str, scores: dict[str, float]) -> None:
        self.kind = kind
        self.scores = scores

    def predict(self, texts: Sequence[Sequence[Token]]) -> list[tuple[str, str | None, float]]:
        return [(self.kind, None, 0.97) for _ in texts]

    def token_scores(self, tokens: Sequence[Token], kind: str) -> list[float]:
        return [self.scores.get(t.text, 0.1) for t in tokens]


def learned_triggers(text_stage, lexicon: EventLexicon, text: str, kind: str, scores: dict[str, float],
                     actors: list[tuple[str, str]]) -> list[str]:
    """Trigger texts of the learned backstop's events of ``kind`` when its classifier is made to score the words
    as given; ``actors`` are (surface, code) mentions placed by hand."""
    stage = EventStage(lexicon, "test", BackstopCoder(ScoredClassifier(kind, scores), lexicon))  # type: ignore[arg-type]
    doc = text_stage(Document(Article(id="p", text=text, date=DEFAULT_DAY)))
    for surface, code in actors:
        s = text.index(surface)
        doc.entities.append(ActorMention(s, s + len(surface), surface, actor_code=code, country=code[:3],
                                         sector=code[3:] or None, how="test"))
    doc = stage(doc)
    return [text[e.trigger.start:e.trigger.end] for e in doc.events if is_backstop(e.pattern) and e.event_type == kind]
