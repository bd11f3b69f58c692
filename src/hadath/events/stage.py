"""The event stage: ``Document -> Document`` filling ``doc.events`` and ``doc.quotes``.

Each sentence is coded by :class:`hadath.events.coder.SentenceCoder`; this module turns the results
into :class:`hadath.model.Event` records (codebook fields, date fallback, confidence), links denials to
the events they deny, and folds repeated reports of one event in an article into one record.  With a
:class:`hadath.events.backstop.BackstopCoder`, a sentence the learned classifier is sure about gets the
type the lexicon missed, coded by the same sentence coder (pattern ``backstop.<TYPE>``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from hadath.classify.backstop import Backstop
from hadath.events.backstop import DEFAULT_THRESHOLD, BackstopCoder, is_backstop
from hadath.events.coder import Coded, SentenceCoder
from hadath.events.lexicon import EventLexicon
from hadath.events.merging import _codes as coded_actors
from hadath.events.merging import _separate_clauses, participant_key
from hadath.events.quotes import find_quotes
from hadath.model import ActorMention, DateMention, Document, Event, Mention, PlaceMention, Sentence, Span

SPORT_SENTENCES = 3  # sentences with a sports word that make an article a sports article …
SPORT_SHARE = 5  # … when they are also at least one in this many of its sentences
COMPATIBLE_STATUS = ({"denied", "claimed"}, {"denied", "negated"}, {"claimed", "asserted"})


class EventStage:
    name = "events"
    requires: tuple[str, ...] = ("sentences",)
    provides: tuple[str, ...] = ("events", "quotes")

    def __init__(self, lexicon: EventLexicon, lexicon_version: str = "", backstop: BackstopCoder | None = None
                 ) -> None:
        self.lexicon = lexicon
        self.coder = SentenceCoder(lexicon)
        self.lexicon_version = lexicon_version
        self.backstop = backstop

    @classmethod
    def load(cls, lexicon_version: str = "", backstop: bool = True, threshold: float | None = None,
             veto: bool = True) -> EventStage:
        """The shipped lexicon, and the learned backstop unless ``backstop`` is False (``veto``: its
        confident NONE drops the lexicon's events, at the threshold recorded with the model)."""
        lexicon = EventLexicon.load()
        coder = None
        if backstop:
            model = Backstop.load()
            coder = BackstopCoder(model, lexicon, DEFAULT_THRESHOLD if threshold is None else threshold,
                                  veto_threshold=model.veto_threshold if veto else None)
        return cls(lexicon, lexicon_version, coder)

    def __call__(self, doc: Document) -> Document:
        from hadath.pipeline import CODER_VERSION

        by_sentence = _by_sentence(doc)
        doc.quotes = []
        events: list[Event] = []
        apart: set[frozenset[str]] = set()
        predictions = self.backstop.predict(doc.sentences) if self.backstop is not None else []
        scans = [self.coder.scan(sent.tokens) for sent in doc.sentences]  # one pass, one dict lookup a token
        matches = [self.coder.cue_matches(sent.tokens, cue_starts) if cue_starts and (starts or quotable) else []
                   for sent, (starts, cue_starts, quotable) in zip(doc.sentences, scans, strict=True)]
        sporty = self._sport_sentences(matches)
        for position, sent in enumerate(doc.sentences):
            ents, places, dates = by_sentence.get(sent.index, ([], [], []))
            starts, _, _ = scans[position]
            cue_matches = matches[position]
            if position in sporty:  # one sports word is enough in a sports article: a club's deal, a penalty
                coded = []
            elif starts:
                coded = self.coder.code(sent, ents, places, dates, cue_matches=cue_matches, trigger_starts=starts,
                                        published=doc.article.date)
            else:
                coded = []
            if not coded and ents and places:
                coded = self.coder.headline_visit(sent, ents, places)
            if coded and predictions and self.backstop is not None:
                coded = self.backstop.veto(coded, predictions[position])
            if predictions and self.backstop is not None and position not in sporty:
                coded = coded + self.backstop.code_missed(self.coder, sent, coded, predictions[position], ents,
                                                          places, dates, published=doc.article.date)
            if cue_matches or coded:
                doc.quotes.extend(find_quotes(sent, ents, cue_matches))
            told = [self._event(doc, sent, c, CODER_VERSION) for c in coded]
            apart.update(_kept_apart(sent, coded, told))
            events.extend(told)
        doc.events = _fold_article(_link_denials(events), frozenset(apart))
        return doc

    @staticmethod
    def _sport_sentences(matches: Sequence[list]) -> frozenset[int]:
        """In an article about sport (sports words in at least SPORT_SENTENCES sentences and a fifth of all),
        the sentences holding any sports word: a club's contract, a player's agent or a penalty told there
        is no political event, though one sports word alone in a news story (هدف = aim) says nothing."""
        hits = [k for k, ms in enumerate(matches) if any("sport" in m.values for m in ms)]
        if len(hits) < SPORT_SENTENCES or len(hits) * SPORT_SHARE < len(matches):
            return frozenset()
        return frozenset(hits)

    # ------------------------------------------------------------------ records

    def _event(self, doc: Document, sent: Sentence, c: Coded, coder_version: str) -> Event:
        code = self.lexicon.code(c.cameo)
        cameo = c.cameo
        mode = c.mode or c.pattern.mode or code.plover_mode
        parts = participant_key(c.source, c.target)
        if code.plover_type == "CONSULT" and len(parts) >= 3 and mode is None:
            mode = "multilateral"
        if c.pattern.id.startswith("consult.") and c.location is not None and cameo in ("040", "042", "043"):
            cameo, mode = _host_or_visit(c, cameo, mode)
            code = self.lexicon.code(cameo)
        text = doc.article.text
        confidence = 0.8
        if c.date is not None:
            day, precision, date_text = c.date.value, c.date.precision, c.date.text
        else:
            day = doc.article.date.isoformat() if doc.article.date else None
            precision, date_text = ("day" if day else None), None
            confidence -= 0.15
        if not c.source:
            confidence -= 0.15
        if c.status in ("claimed", "denied"):
            confidence -= 0.05
        if is_backstop(c.pattern.id):
            confidence -= 0.2
        event_type = c.etype if c.etype and not c.etype.startswith("CAMEO:") else None  # after PLOVER's future rule
        intensity = code.intensity
        if event_type and mode and event_type == code.plover_type:
            intensity = self.lexicon.intensity(event_type, mode, code.intensity)
        return Event(
            id=Event.make_id(doc.article.id, sent.index, c.trig_start, cameo),
            article_id=doc.article.id,
            sentence=sent.index,
            evidence=Span(sent.start, sent.end, sent.text),
            trigger=Span(c.trig_start, c.trig_end, text[c.trig_start:c.trig_end]),
            event_type=event_type,
            mode=mode if event_type else None,
            context=(c.pattern.context or code.plover_context) if event_type else None,
            cameo=cameo,
            cameo_root=code.root,
            quad_class=code.quad_class,
            goldstein=code.goldstein,
            intensity=intensity if event_type else None,
            source=list(c.source),
            target=list(c.target),
            location=c.location,
            date=day,
            date_precision=precision,
            date_text=date_text,
            status=c.status,
            reported_by=list(c.reported_by),
            denied_by=list(c.denied_by),
            size=c.size,
            confidence=max(0.1, round(confidence, 3)),
            pattern=c.pattern.id,
            coder_version=coder_version,
            lexicon_version=self.lexicon_version or doc.lexicon_version,
            mentions=[Mention(doc.article.id, sent.index, c.trig_start, c.trig_end, doc.article.source)],
        )


def _by_sentence(doc: Document) -> dict[int, tuple[list[ActorMention], list[PlaceMention], list[DateMention]]]:
    """Entities, places and dates per sentence index (by their own field, else by offset)."""
    starts = [s.start for s in doc.sentences]
    out: dict[int, tuple[list[ActorMention], list[PlaceMention], list[DateMention]]] = {}

    def index_of(item_sentence: int, start: int) -> int | None:
        if item_sentence >= 0:
            return item_sentence
        k = bisect.bisect_right(starts, start) - 1
        if k >= 0 and doc.sentences[k].start <= start < doc.sentences[k].end:
            return doc.sentences[k].index
        return None

    for slot, items in ((0, doc.entities), (1, doc.places), (2, doc.dates)):
        for item in items:
            idx = index_of(item.sentence, item.start)
            if idx is None:
                continue
            out.setdefault(idx, ([], [], []))[slot].append(item)  # type: ignore[arg-type]
    return out


def _host_or_visit(c: Coded, cameo: str, mode: str | None) -> tuple[str, str | None]:
    """A meeting in the source's country is hosted by it (043); in the target's, a visit (042)."""
    where = c.location.country if c.location else None
    if not where:
        return cameo, mode
    src = {a.country or (a.actor_code or "")[:3] for a in c.source}
    tgt = {a.country or (a.actor_code or "")[:3] for a in c.target}
    if where in src and where not in tgt and tgt:
        return "043", "visit"
    if where in tgt and where not in src and src:
        return "042", "visit"
    return cameo, mode


def _link_denials(events: list[Event]) -> list[Event]:
    """Give each denied event the id of its denial record, and the record the id it denies."""
    denials = [e for e in events if e.cameo == "016"]
    for e in events:
        if e.status != "denied" or e.denied_in:
            continue
        same = [d for d in denials if d.sentence == e.sentence and d.trigger.start < e.trigger.start]
        if same:
            d = same[-1]
            e.denied_in = d.id
            d.denies = d.denies or e.id
    return events


def _kept_apart(sent: Sentence, coded: Sequence[Coded], told: Sequence[Event]) -> list[frozenset[str]]:
    """The ids of two records of one sentence told in clauses of their own (حمّلت …، واتهمتها؛ … فيما أعلن):
    the sentence coder kept them apart as two acts, so the article fold must not merge them again.  Meetings
    are the exception: a visit and the talks held during it (خلال زيارته، واكتفى بلقاء …) with the same parties
    are one meeting, whatever clause tells each."""
    out: list[frozenset[str]] = []
    for i in range(len(coded)):
        for j in range(i + 1, len(coded)):
            if coded[i].etype == coded[j].etype and not (_meeting(coded[i]) and _meeting(coded[j])) \
                    and _separate_clauses(sent.tokens, coded[i], coded[j]):
                out.append(frozenset((told[i].id, told[j].id)))
    return out


def _meeting(c: Coded) -> bool:
    """A meeting told as one (CONSULT) or planned (AGREE 036, PLOVER's form of a future meeting)."""
    return c.etype == "CONSULT" or c.cameo == "036"


def _participants(e: Event) -> frozenset[str]:
    return participant_key(e.source, e.target)


def _same_event(a: Event, b: Event, apart: frozenset[frozenset[str]] = frozenset()) -> bool:
    """Two records of one article that report the same event (see the coder's merging rule).

    Same type (or the same CAMEO code for CAMEO-only records), same participants, no conflicting
    place or explicit date.  Two records of one sentence with distinct specific codes, or paired in ``apart``
    (told in clauses of their own, see :func:`_kept_apart`), are two acts.  A
    denied event also absorbs the claim it denies and the denier's own negated wording of it ("لم توجه أي
    ضربة"): there the sources need only share a country.
    """
    if a.event_type != b.event_type or (a.event_type is None and a.cameo != b.cameo):
        return False
    denial_pair = a.status != b.status and {a.status, b.status} in COMPATIBLE_STATUS[:2]
    if a.status != b.status and not denial_pair:
        return False
    if a.sentence == b.sentence and not denial_pair and (_two_acts(a, b) or frozenset((a.id, b.id)) in apart):
        return False
    if a.location and b.location and a.location.name != b.location.name:
        return False
    if a.date_text and b.date_text and a.date != b.date:
        return False
    pa, pb = _participants(a), _participants(b)
    if not denial_pair and _opposite(a, b):
        return False
    if denial_pair:
        sa, sb = participant_key(a.source, []), participant_key(b.source, [])
        return bool(sa & sb) or (not (sa and sb) and a.location is not None and b.location is not None)
    if pa and pb:
        return pa == pb
    return False


def _opposite(a: Event, b: Event) -> bool:
    """One party's act against another and that party's act back (sanctions, then a suspension in return)
    are two acts: one-sided records whose source and target are swapped."""
    sa, ta = participant_key(a.source, []), participant_key(a.target, [])
    sb, tb = participant_key(b.source, []), participant_key(b.target, [])
    return bool(sa and ta) and not sa & ta and sa == tb and ta == sb


def _two_acts(a: Event, b: Event) -> bool:
    """Two records of one sentence with different specific codes, neither a refinement of the other
    (قطعت العلاقات 161 … وطردت السفير 166), are two acts: the sentence coder kept them apart on purpose."""
    if a.trigger.start == b.trigger.start or a.event_type in ("ASSAULT", "PROTEST"):
        return False
    ca, cb = a.cameo or "", b.cameo or ""
    specific = not ca.endswith("0") and not cb.endswith("0")
    return specific and not (ca.startswith(cb) or cb.startswith(ca))


def _fold_article(events: Sequence[Event], apart: frozenset[frozenset[str]] = frozenset()) -> list[Event]:
    """Fold repeated reports of one event into the first record; a denied report absorbs its claim.  Two
    records of one sentence whose ids are paired in ``apart`` (see :func:`_kept_apart`) stay two."""
    out: list[Event] = []
    for e in events:
        host = next((o for o in out if _same_event(o, e, apart)), None)
        if host is None:
            out.append(e)
            continue
        if e.status == "denied" and host.status != "denied":
            host.status, host.denied_by, host.denied_in = "denied", list(e.denied_by), e.denied_in
        for r in e.reported_by:
            if r not in host.reported_by:
                host.reported_by.append(r)
        for name in e.denied_by:
            if name not in host.denied_by:
                host.denied_by.append(name)
        if host.size.is_empty():
            host.size = e.size
        else:
            for kind in ("dead", "injured", "arrested"):
                if getattr(host.size, kind) is None:
                    setattr(host.size, kind, getattr(e.size, kind))
        # (a reciprocal record keeps its sides as its target too: "موسكو والرياض اتفقتا")
        sides = coded_actors(host.source)
        reciprocal = len(sides) >= 2 and sides == coded_actors(host.target)
        host.source = host.source or e.source
        host.target = host.target or e.target
        if not reciprocal:
            codes = {a.actor_code for a in host.source}
            host.target = [a for a in host.target if a.actor_code not in codes]
        host.location = host.location or e.location
        if host.date_text is None and e.date_text is not None and e.status in (host.status, "claimed"):
            host.date, host.date_precision, host.date_text = e.date, e.date_precision, e.date_text
        host.mentions.extend(e.mentions)
    ids = {e.id for e in out}
    for e in out:
        if e.denies and e.denies not in ids:
            e.denies = _resolve(e.denies, events, out)
        if e.denied_in and e.denied_in not in ids:
            e.denied_in = _resolve(e.denied_in, events, out)
    return out


def _resolve(event_id: str, before: Sequence[Event], after: list[Event]) -> str | None:
    """The id a folded record now lives under (its host's)."""
    folded = next((e for e in before if e.id == event_id), None)
    if folded is None:
        return None
    for host in after:
        if any(m.start == folded.trigger.start and m.sentence == folded.sentence for m in host.mentions):
            return host.id
    return None
