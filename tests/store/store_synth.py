"""Synthetic analysed documents for store tests (also run by the SIGKILL subprocess).

The Arabic text is made up for these tests; spans are computed from it so offsets always hold.
"""

from __future__ import annotations

from datetime import date

from hadath.model import (
    ActorMention,
    Article,
    DateMention,
    Document,
    Event,
    Mention,
    PlaceMention,
    Quote,
    Sentence,
    Size,
    Span,
)

COUNTRIES = (("RUS", "روسيا", "Russia"), ("TUR", "تركيا", "Turkey"), ("SYR", "سوريا", "Syria"),
             ("EGY", "مصر", "Egypt"))
TYPES = (("CONSULT", "040", "04", 1, 1.0), ("ASSAULT", "190", "19", 4, -10.0),
         ("ACCUSE", "112", "11", 3, -2.0), (None, "010", "01", 1, 0.0))


def span_of(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle), needle)


def make_document(i: int, events_per_doc: int = 2) -> Document:
    """Document ``i``: deterministic, with every kind of mention and ``events_per_doc`` events."""
    code_a, name_a, latin_a = COUNTRIES[i % len(COUNTRIES)]
    code_b, name_b, latin_b = COUNTRIES[(i + 1) % len(COUNTRIES)]
    text = (f"قال وزير خارجية {name_a} إن بلاده التقت وفد {name_b} في دمشق أمس. "
            f"وأكد المتحدث أن الاجتماع رقم {i} كان مثمرا.")
    article = Article(id=f"art-{i:06d}", text=text, title=f"خبر {i}", date=date(2024, 3, 1 + i % 28),
                      source="وكالة تجريبية", url=f"https://example.org/news/{i}",
                      meta={"section": "سياسة", "n": i}, origin=f"synthetic.jsonl:{i + 1}")
    first_end = text.index(".") + 1
    sentences = [Sentence(0, 0, first_end, text[:first_end]),
                 Sentence(1, first_end + 1, len(text), text[first_end + 1:])]
    a_span = span_of(text, f"وزير خارجية {name_a}")
    b_span = span_of(text, name_b, a_span.end)
    actor_a = ActorMention(a_span.start, a_span.end, a_span.text, "PERS", name=f"وزير خارجية {name_a}",
                           name_latin=f"{latin_a} foreign minister", actor_code=f"{code_a}GOV",
                           country=code_a, sector="GOV", how="lexicon", sentence=0)
    actor_b = ActorMention(b_span.start, b_span.end, b_span.text, "GPE", name=name_b, name_latin=latin_b,
                           actor_code=code_b, country=code_b, how="lexicon", sentence=0)
    place_span = span_of(text, "دمشق")
    place = PlaceMention(place_span.start, place_span.end, place_span.text, "Damascus", "دمشق", "SYR",
                         "Dimashq", 33.5102, 36.29128, "city", "city", "geo-damascus", 0, "lexicon")
    date_span = span_of(text, "أمس")
    when = DateMention(date_span.start, date_span.end, date_span.text, article.date.isoformat(), "day",
                       sentence=0, how="relative")
    cue = span_of(text, "قال")
    quote_span = span_of(text, "إن بلاده")
    quote = Quote(quote_span.start, first_end - 1, text[quote_span.start:first_end - 1], actor_a, cue, 0)
    events = []
    for k in range(events_per_doc):
        event_type, cameo, root, quad, goldstein = TYPES[(i + k) % len(TYPES)]
        trigger = span_of(text, "التقت")
        events.append(Event(
            id=Event.make_id(article.id, 0, trigger.start + k, cameo), article_id=article.id, sentence=0,
            evidence=Span(0, first_end, text[:first_end]), trigger=trigger, event_type=event_type,
            mode=None, context=None, cameo=cameo, cameo_root=root, quad_class=quad, goldstein=goldstein,
            source=[actor_a], target=[actor_b], location=place if k == 0 else None,
            date=["2024-03-01", "2024-03", "2024", None][(i + k) % 4],
            date_precision=["day", "month", "year", None][(i + k) % 4], date_text="أمس",
            status=["asserted", "claimed"][k % 2], reported_by=[actor_a.name or ""] if k % 2 else [],
            size=Size(dead=i % 3 or None), confidence=0.8, pattern="test", coder_version="test-0",
            lexicon_version="lex-0", mentions=[Mention(article.id, 0, 0, first_end, article.source)]))
    return Document(article=article, sentences=sentences, entities=[actor_a, actor_b], places=[place],
                    dates=[when], quotes=[quote], events=events, lexicon_version="lex-0")
