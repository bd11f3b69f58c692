"""``hadath where "جملة"``: the place stage's reasoning shown step by step, for people checking it."""

from __future__ import annotations

from hadath.geo.stage import Decision, PlaceStage
from hadath.model import Article, Document
from hadath.text.segment import make_sentences


def document_for(text: str, stage: PlaceStage) -> Document:
    """A document of one text, split into sentences and tokens (no boilerplate removal)."""
    doc = Document(article=Article(id="where", text=text))
    doc.sentences = make_sentences(text, [], stage.tokenizer)
    return doc


def explain(text: str, stage: PlaceStage | None = None) -> str:
    """Tokens considered, dictionary candidates with their scores, and the choice made and why."""
    stage = stage or PlaceStage.load()
    doc = document_for(text, stage)
    decisions = stage.decide(doc)
    lines: list[str] = []
    for sentence in doc.sentences:
        words = [t.text for t in sentence.tokens if t.is_word]
        lines.append(f"sentence {sentence.index}: {len(words)} words: {' | '.join(words)}")
        for d in (d for d in decisions if d.sentence == sentence.index):
            lines.extend(_describe(d))
    found = [d for d in decisions if d.chosen is not None]
    lines.append(f"places: {len(found)}" + (": " + "; ".join(f"{d.text} → {d.chosen.name}" for d in found
                                                              if d.chosen) if found else ""))
    return "\n".join(lines)


def _describe(d: Decision) -> list[str]:
    out = [f"  «{d.text}» [{d.start}:{d.end}] matches {d.key!r}"]
    for place, score in d.candidates[:5]:
        admin = f", {place.admin1}" if place.admin1 and place.feature != "admin1" else ""
        out.append(f"    candidate {place.name} ({place.feature}, {place.country or '-'}{admin}; "
                   f"{place.source}) score {score:g}")
    if len(d.candidates) > 5:
        out.append(f"    … {len(d.candidates) - 5} more candidates")
    if d.chosen is not None:
        p = d.chosen
        out.append(f"    → {p.name} ({p.precision}, {p.country or '-'}, {p.lat:.2f}, {p.lon:.2f}) because {d.how}"
                   + (", highest score" if len(d.candidates) > 1 else ""))
    else:
        out.append(f"    → no place: {d.rejected}")
    return out
