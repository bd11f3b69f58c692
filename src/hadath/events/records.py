"""The coder's working records: an argument, a speech cue and an event found in one sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from hadath.events.lexicon import Pattern
from hadath.model import ActorMention, DateMention, PlaceMention, Size


@dataclass(slots=True)
class Arg:
    """One argument: an actor mention (or coordinated mentions) with its token range and preposition."""

    mentions: list[ActorMention]
    first: int
    last: int
    prep: str

    def actors(self) -> list[ActorMention]:
        out: list[ActorMention] = []
        for m in self.mentions:
            out.extend(m.members or [m])
        return out


@dataclass(slots=True)
class Speech:
    """A speech or claim cue with its speaker and the token where its content starts."""

    cue_first: int
    cue_last: int
    content_start: int
    content_end: int
    speaker: Arg | None
    claim: bool
    reporters: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Coded:
    """An event found in one sentence, before it becomes a :class:`hadath.model.Event`."""

    pattern: Pattern
    cameo: str
    first: int
    last: int
    trig_start: int
    trig_end: int
    source: list[ActorMention]
    target: list[ActorMention]
    status: str
    reported_by: list[str]
    denied_by: list[str] = field(default_factory=list)
    deny_scope: tuple[int, int] | None = None  # for a denial record: token range it denies
    location: PlaceMention | None = None
    date: DateMention | None = None
    size: Size = field(default_factory=Size)
    mode: str | None = None
    speaker: Arg | None = None
    etype: str = ""
    noun: bool = False
    why: list[str] = field(default_factory=list)
