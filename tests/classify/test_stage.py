"""The optional backstop stage: veto of PLOVER events in confident-NONE sentences, review suggestions."""

from __future__ import annotations

from hadath.classify import Backstop
from hadath.classify.stage import BackstopStage
from hadath.model import Article, Document, Event, Span
from hadath.text.stage import TextStage

TEXT = "ارتفعت أسعار الذهب في الأسواق العالمية اليوم. واعتقلت الشرطة التركية ستة مشتبه بهم في أنطاليا."


def _doc() -> Document:
    doc = TextStage.load()(Document(article=Article(id="a1", text=TEXT)))
    first = doc.sentences[0]

    def event(event_type: str | None, cameo: str) -> Event:
        span = Span(first.start, first.start + 6, TEXT[first.start:first.start + 6])
        return Event(id=f"ev-{cameo}", article_id="a1", sentence=first.index, evidence=span, trigger=span,
                     event_type=event_type, mode=None, context=None, cameo=cameo, cameo_root=cameo[:2],
                     quad_class=4, goldstein=-10.0)

    doc.events = [event("ASSAULT", "190"), event(None, "013")]
    return doc


def test_sentences_are_what_the_test_expects() -> None:
    assert len(_doc().sentences) == 2


def test_veto_drops_plover_events_of_confident_none_sentences_only() -> None:
    stage = BackstopStage(Backstop.load(), veto_threshold=0.9)
    doc = stage(_doc())
    assert [e.cameo for e in doc.events] == ["013"]  # the CAMEO-only record stays


def test_no_threshold_means_no_veto() -> None:
    doc = BackstopStage(Backstop.load())(_doc())
    assert [e.cameo for e in doc.events] == ["190", "013"]


def test_suggestions_list_types_the_coder_missed() -> None:
    stage = BackstopStage(Backstop.load(), review_floor=0.5)
    suggestions = stage.suggestions(_doc())
    assert [(s.sentence, s.event_type, s.mode) for s in suggestions] == [(1, "COERCE", "arrest")]
    assert TEXT[suggestions[0].start:suggestions[0].end].startswith("واعتقلت")
