"""``hadath explain "جملة"``: why a sentence was, or was not, coded — tokens, actors, patterns, roles, status."""

from __future__ import annotations

from datetime import date as Date

from hadath.model import Article, Document


def explain_document(doc: Document, coder, backstop=None) -> str:  # SentenceCoder, BackstopCoder | None
    """Trace of the event coder over an analysed document (every stage before events has run)."""
    lines: list[str] = []
    predictions = backstop.predict(doc.sentences) if backstop is not None else []
    for position, sent in enumerate(doc.sentences):
        lines.append(f"sentence {sent.index}: {sent.text}")
        lines.append("  tokens: " + " | ".join(
            f"{t.text}" + (f" [{'+'.join(p[3] for p in t.parts())}]" if t.prefix else "") for t in sent.tokens))
        ents = [e for e in doc.entities if sent.start <= e.start < sent.end]
        places = [p for p in doc.places if sent.start <= p.start < sent.end]
        dates = [d for d in doc.dates if sent.start <= d.start < sent.end]
        for e in ents:
            members = f" = {'+'.join(m.actor_code or m.text for m in e.members)}" if e.members else ""
            lines.append(f"  actor «{e.text}» {e.actor_code or '-'}{members} ({e.how or 'no how'})")
        for p in places:
            lines.append(f"  place «{p.text}» {p.name} {p.country or ''}")
        for d in dates:
            lines.append(f"  date «{d.text}» {d.value} ({d.precision})")
        trace: list[str] = []
        coded = coder.code(sent, ents, places, dates, explain=trace)
        lines.extend(f"  - {t}" for t in trace)
        if predictions:
            kind, mode, prob = predictions[position]
            lines.append(f"  classifier: {kind}{'/' + mode if mode else ''} p={prob:.3f} "
                         f"(codes a missed type from p={backstop.threshold})")
            kept = backstop.veto(coded, predictions[position])
            if len(kept) < len(coded):
                lines.append(f"  - classifier veto: P(NONE) {prob:.3f} ≥ {backstop.veto_threshold}: "
                             f"{len(coded) - len(kept)} event(s) without a political source dropped")
                coded = kept
            extra_trace: list[str] = []
            coded = coded + backstop.code_missed(coder, sent, coded, predictions[position], ents, places, dates,
                                                 published=doc.article.date, explain=extra_trace)
            lines.extend(f"  - {t}" for t in extra_trace)
        if not coded and not trace:
            lines.append("  - nothing coded")
        for c in coded:
            lines.append(f"  EVENT {c.etype} cameo {c.cameo} trigger «{doc.article.text[c.trig_start:c.trig_end]}» "
                         f"status {c.status}")
            lines.append(f"    source: {[a.actor_code or a.text for a in c.source]}  "
                         f"target: {[a.actor_code or a.text for a in c.target]}")
            if c.location:
                lines.append(f"    location: {c.location.name}")
            if c.date:
                lines.append(f"    date: {c.date.value} («{c.date.text}»)")
            if not c.size.is_empty():
                lines.append(f"    size: {c.size}")
            lines.extend(f"    why: {w}" for w in c.why)
    if doc.events:
        lines.append("records after linking and folding:")
        for e in doc.events:
            lines.append(f"  {e.event_type or 'CAMEO-only'} {e.cameo} {e.status} "
                         f"src={[a.actor_code or a.text for a in e.source]} tgt={[a.actor_code or a.text for a in e.target]}"
                         f" reported_by={e.reported_by} denied_by={e.denied_by} size={e.size}")
    return "\n".join(lines)


def explain(text: str, day: Date | None = None, pipeline=None) -> str:
    """Run the pipeline on ``text`` (dated ``day``) and describe what the event coder did and why."""
    from hadath.events.stage import EventStage
    from hadath.pipeline import Pipeline

    pipe = pipeline or Pipeline.default()
    stage = next((s for s in pipe.stages if isinstance(s, EventStage)), None)
    if stage is None:
        stage = EventStage.load()
    doc = pipe(Article(id="explain", text=text, date=day))
    return explain_document(doc, stage.coder, stage.backstop)
