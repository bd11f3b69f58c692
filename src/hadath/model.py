"""The typed document model passed between stages.

Every span keeps character offsets into ``Article.text`` (the original, uncleaned text), so any
record can always be shown highlighted in its source.  Stages fill a :class:`Document` in place and
return it (``Document -> Document``), in the order ``text -> when/geo/actors -> events``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

EntityType = Literal["PERS", "ORG", "GPE", "LOC", "NORP", "FAC", "OCC", "MISC"]
DatePrecision = Literal["day", "month", "year"]
PlacePrecision = Literal["point", "city", "admin1", "region", "country"]
Status = Literal["asserted", "claimed", "denied", "intended", "hoped", "negated", "hypothetical"]
STATUSES: tuple[str, ...] = ("asserted", "claimed", "denied", "intended", "hoped", "negated", "hypothetical")


def content_hash(text: str) -> str:
    """Stable short id for a text (used when an article has neither id nor URL)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Span:
    """A character range of the original article text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Article:
    """One news report as ingested. ``text`` is never modified after ingestion."""

    id: str
    text: str
    title: str | None = None
    date: date | None = None
    source: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    origin: str | None = None  # "path[:line]" it was read from, for error messages and provenance

    @staticmethod
    def make_id(given: str | None, url: str | None, text: str) -> str:
        """The given id, else the URL, else a content hash."""
        if given:
            return str(given)
        if url:
            return str(url)
        return content_hash(text)


@dataclass(slots=True)
class Token:
    """A whitespace/punctuation token with its clitic segmentation.

    ``norm`` is the matching form of the whole token; ``stem`` the normalized token with the
    proclitics (و ف ب ل ك س ال) removed and ``suffix`` the pronoun suffix if one was split off.
    ``forms`` lists the candidate keys a lexicon lookup should try, most specific first.
    """

    start: int
    end: int
    text: str
    norm: str
    prefix: str = ""
    stem: str = ""
    suffix: str = ""
    stem_start: int = 0
    stem_end: int = 0
    forms: tuple[str, ...] = ()

    @property
    def is_word(self) -> bool:
        return bool(self.norm) and (self.norm[0].isalpha() or self.norm[0].isdigit())

    def parts(self) -> list[tuple[str, int, int, str]]:
        """Clitic sub-tokens as (kind, start, end, text): proclitic(s), stem, suffix."""
        out: list[tuple[str, int, int, str]] = []
        if self.stem_start > self.start:
            out.append(("proclitic", self.start, self.stem_start, self.text[: self.stem_start - self.start]))
        out.append(("stem", self.stem_start, self.stem_end,
                    self.text[self.stem_start - self.start: self.stem_end - self.start]))
        if self.stem_end < self.end:
            out.append(("enclitic", self.stem_end, self.end, self.text[self.stem_end - self.start:]))
        return out


@dataclass(slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token] = field(default_factory=list)
    token_count: int = 0  # kept when tokens are dropped (see Document.drop_tokens)


@dataclass(slots=True)
class ActorMention:
    """An actor (or entity) found in text, coded at the article's date.

    Compound actors ("روسيا وتركيا") carry ``members``; their own code fields stay empty.
    """

    start: int
    end: int
    text: str
    type: str = "ORG"  # EntityType
    name: str | None = None  # canonical Arabic name
    name_latin: str | None = None
    actor_code: str | None = None  # e.g. RUSGOV
    country: str | None = None  # ISO-3 or IGO/IMG root
    sector: str | None = None  # GOV, MIL, MED, …
    entity_id: str | None = None  # lexicon entry id
    how: str = ""  # why it was recognised: lexicon, title, counterpart, coref, ner, metonymy
    sentence: int = -1
    members: list[ActorMention] = field(default_factory=list)

    def record(self) -> dict[str, Any]:
        """The event-record form: {text, start, end, name, actor_code, country, sector}."""
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name_latin or self.name,
                "actor_code": self.actor_code, "country": self.country, "sector": self.sector}


@dataclass(slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    name: str  # canonical name (Latin)
    name_ar: str | None = None
    country: str | None = None  # ISO-3
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str = "city"  # country | admin1 | city | region
    precision: str = "city"  # PlacePrecision
    geo_id: str | None = None
    sentence: int = -1
    how: str = ""

    def record(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "country": self.country, "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
                "precision": self.precision}


@dataclass(slots=True)
class DateMention:
    start: int
    end: int
    text: str
    value: str | None  # ISO: YYYY-MM-DD, YYYY-MM or YYYY
    precision: str = "day"  # DatePrecision
    relation: str = "on"  # on | since | until | before | after
    sentence: int = -1
    how: str = ""


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    speaker: ActorMention | None = None
    cue: Span | None = None  # the speech verb (قال، أكد …)
    sentence: int = -1


@dataclass(slots=True)
class Size:
    dead: int | None = None
    injured: int | None = None
    arrested: int | None = None

    def is_empty(self) -> bool:
        return self.dead is None and self.injured is None and self.arrested is None


@dataclass(slots=True)
class Mention:
    """One report of an event (filled by the linking stage when reports are merged)."""

    article_id: str
    sentence: int
    start: int
    end: int
    source: str | None = None  # outlet
    event_id: str | None = None


@dataclass(slots=True)
class Event:
    id: str
    article_id: str
    sentence: int
    evidence: Span
    trigger: Span
    event_type: str | None  # PLOVER type, upper case; None for CAMEO-only (01/02) records
    mode: str | None
    context: str | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    intensity: float | None = None
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    location: PlaceMention | None = None
    date: str | None = None
    date_precision: str | None = None
    date_text: str | None = None
    status: str = "asserted"
    reported_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)
    denies: str | None = None  # for a denial record: the id of the event it denies
    denied_in: str | None = None  # for a denied event: the id of the denial record
    size: Size = field(default_factory=Size)
    confidence: float = 0.5
    pattern: str = ""
    coder_version: str = ""
    lexicon_version: str = ""
    mentions: list[Mention] = field(default_factory=list)

    @staticmethod
    def make_id(article_id: str, sentence: int, trigger_start: int, cameo: str) -> str:
        raw = f"{article_id}\x1f{sentence}\x1f{trigger_start}\x1f{cameo}"
        return "ev-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]

    def to_record(self) -> dict[str, Any]:
        """The native JSON record (one line of the JSONL export)."""

        def actors(items: list[ActorMention]) -> Any:
            if not items:
                return None
            if len(items) == 1:
                return items[0].record()
            return [a.record() for a in items]

        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence": self.sentence,
            "evidence": self.evidence.to_dict(),
            "trigger": self.trigger.to_dict(),
            "event_type": self.event_type,
            "mode": self.mode,
            "context": self.context,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "intensity": self.intensity,
            "source": actors(self.source),
            "target": actors(self.target),
            "location": self.location.record() if self.location else None,
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "status": self.status,
            "reported_by": list(self.reported_by),
            "denied_by": list(self.denied_by),
            "denies": self.denies,
            "denied_in": self.denied_in,
            "size": {"dead": self.size.dead, "injured": self.size.injured, "arrested": self.size.arrested},
            "confidence": round(self.confidence, 3),
            "pattern": self.pattern,
            "coder_version": self.coder_version,
            "lexicon_version": self.lexicon_version,
            "mentions": [{"article_id": m.article_id, "sentence": m.sentence, "start": m.start, "end": m.end,
                          "source": m.source, "event_id": m.event_id} for m in self.mentions],
        }


@dataclass(slots=True)
class Document:
    """An article under analysis: what each stage found, all anchored in ``article.text``."""

    article: Article
    boilerplate: list[Span] = field(default_factory=list)  # footer/nav/signature lines kept out of analysis
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)  # uncoded event candidates (learned backstop)
    lexicon_version: str = ""

    @property
    def text(self) -> str:
        return self.article.text

    def drop_tokens(self) -> Document:
        """Free the tokens once the stages are done: they are most of a document's size, and nothing
        downstream (store, export, linking) reads them — worth it before crossing a process boundary."""
        for s in self.sentences:
            s.token_count = s.token_count or len(s.tokens)
            s.tokens = []
        return self

    def sentence_at(self, offset: int) -> Sentence | None:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s
        return None

    def to_analysis(self) -> dict[str, Any]:
        """The `hadath analyze` JSON line."""
        a = self.article
        return {
            "id": a.id,
            "title": a.title,
            "date": a.date.isoformat() if a.date else None,
            "source": a.source,
            "url": a.url,
            "boilerplate": [s.to_dict() for s in self.boilerplate],
            "sentences": [{"start": s.start, "end": s.end} for s in self.sentences],
            "entities": [
                {"start": e.start, "end": e.end, "text": e.text, "type": e.type, "canonical": e.name_latin or e.name,
                 "actor_code": e.actor_code, "how": e.how,
                 "members": [m.actor_code for m in e.members] or None}
                for e in self.entities
            ],
            "places": [
                {"start": p.start, "end": p.end, "text": p.text, "name": p.name, "country": p.country,
                 "lat": p.lat, "lon": p.lon, "precision": p.precision}
                for p in self.places
            ],
            "dates": [
                {"start": d.start, "end": d.end, "text": d.text, "value": d.value, "precision": d.precision}
                for d in self.dates
            ],
            "quotes": [
                {"start": q.start, "end": q.end, "text": q.text,
                 "speaker": q.speaker.record() if q.speaker else None}
                for q in self.quotes
            ],
            "events": [e.to_record() for e in self.events],
            "review": list(self.review),
        }
