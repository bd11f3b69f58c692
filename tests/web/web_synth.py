"""Hand-built analysed documents for the dashboard tests.

Every Arabic sentence here was written for these tests.  Spans are found in the text, so offsets
always hold; one article carries markup in its title and text to check that nothing runs as HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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
    Span,
)

MARKUP = "<script>alert('x')</script><img src=x onerror=alert(1)>"
URL_ID = "https://example.org/akhbar/2024/03/05?id=7&lang=ar"


def find(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle), needle)


def split_sentences(text: str, lines: int) -> list[Sentence]:
    """The first ``lines`` lines as sentences (later lines are left out, like boilerplate)."""
    out: list[Sentence] = []
    start = 0
    for index, line in enumerate(text.split("\n")[:lines]):
        out.append(Sentence(index, start, start + len(line), line))
        start += len(line) + 1
    return out


def actor(text: str, needle: str, code: str, country: str, sentence: int, kind: str = "ORG") -> ActorMention:
    span = find(text, needle)
    return ActorMention(span.start, span.end, span.text, kind, name=needle, name_latin=code, actor_code=code,
                        country=country, sector=code[3:] or None, how="lexicon", sentence=sentence)


def place(text: str, needle: str, name: str, country: str, lat: float, lon: float, sentence: int) -> PlaceMention:
    span = find(text, needle)
    return PlaceMention(span.start, span.end, span.text, name, needle, country, None, lat, lon, "city", "city",
                        f"geo-{name.lower()}", sentence, "lexicon")


@dataclass
class Coded:
    """One event to build: the trigger word and sentence, its coding and its actors."""

    trigger: str
    sentence: int
    event_type: str | None
    cameo: str
    status: str = "asserted"
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    location: PlaceMention | None = None
    when: str | None = None
    precision: str | None = None
    mode: str | None = None
    reported_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)


def build(article: Article, sentences: list[Sentence], coded: list[Coded], entities: list[ActorMention],
          places: list[PlaceMention], dates: list[DateMention], quotes: list[Quote] | None = None) -> Document:
    events: list[Event] = []
    for item in coded:
        sentence = sentences[item.sentence]
        trigger = find(article.text, item.trigger, sentence.start)
        events.append(Event(
            id=Event.make_id(article.id, sentence.index, trigger.start, item.cameo), article_id=article.id,
            sentence=sentence.index, evidence=Span(sentence.start, sentence.end, sentence.text), trigger=trigger,
            event_type=item.event_type, mode=item.mode, context=None, cameo=item.cameo, cameo_root=item.cameo[:2],
            quad_class=4 if item.cameo.startswith(("18", "19")) else 1, goldstein=-10.0 if item.cameo == "190" else 1.0,
            source=item.source, target=item.target, location=item.location, date=item.when,
            date_precision=item.precision, date_text=None, status=item.status, reported_by=item.reported_by,
            denied_by=item.denied_by, confidence=0.7, pattern="web-test", coder_version="test", lexicon_version="test",
            mentions=[Mention(article.id, sentence.index, sentence.start, sentence.end, article.source)]))
    return Document(article=article, sentences=sentences, entities=entities, places=places, dates=dates,
                    quotes=quotes or [], events=events, lexicon_version="test")


def strike_and_denial() -> Document:
    """An air strike (denied) and the denial itself, with a boilerplate line at the end."""
    text = ("قصفت طائرات روسية مواقع قرب إدلب يوم الاثنين وقتل خمسة مدنيين.\n"
            "ونفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت مواقع مدنية.\n"
            "تابعونا على مواقع التواصل الاجتماعي")
    article = Article(id="web-strike", text=text, title="قصف قرب إدلب", date=date(2024, 3, 5),
                      source="وكالة الاختبار", url="https://example.org/strike")
    sentences = split_sentences(text, 2)
    planes = actor(text, "طائرات روسية", "RUSMIL", "RUS", 0)
    ministry = actor(text, "وزارة الدفاع الروسية", "RUSMIL", "RUS", 1)
    civilians = actor(text, "مدنيين", "SYRCVL", "SYR", 0, "NORP")
    idlib = place(text, "إدلب", "Idlib", "SYR", 35.93, 36.63, 0)
    monday = find(text, "يوم الاثنين")
    when = DateMention(monday.start, monday.end, monday.text, "2024-03-04", "day", sentence=0, how="weekday")
    doc = build(article, sentences, [
        Coded("قصفت", 0, "ASSAULT", "190", "denied", [planes], [civilians], idlib, "2024-03-04", "day",
              denied_by=["وزارة الدفاع الروسية"]),
        Coded("ونفت", 1, "REJECT", "125", "asserted", [ministry], [], None, "2024-03-05", "day"),
    ], [planes, ministry, civilians], [idlib], [when])
    strike, denial = doc.events
    strike.denied_in, denial.denies = denial.id, strike.id
    return doc


def talks_with_url_id() -> Document:
    """Talks in Cairo (claimed) and a hoped-for agreement, under an article id that is a URL."""
    text = ("أعلن مسؤول مصري أن وفدا تركيا زار القاهرة في آذار وبحث ملف الحدود.\n"
            "وأعرب الوزير عن أمله في توقيع اتفاق قريبا مع أنقرة.")
    article = Article(id=URL_ID, text=text, title="وفد تركي في القاهرة", date=date(2024, 3, 20),
                      source="صحيفة الاختبار", url=URL_ID)
    sentences = split_sentences(text, 2)
    official = actor(text, "مسؤول مصري", "EGYGOV", "EGY", 0, "PERS")
    delegation = actor(text, "وفدا تركيا", "TURGOV", "TUR", 0)
    ankara = actor(text, "أنقرة", "TUR", "TUR", 1, "GPE")
    cairo = place(text, "القاهرة", "Cairo", "EGY", 30.06, 31.25, 0)
    march = find(text, "آذار")
    when = DateMention(march.start, march.end, march.text, "2024-03", "month", sentence=0, how="month")
    cue = find(text, "أعلن")
    quote = Quote(find(text, "أن وفدا").start, sentences[0].end - 1,
                  text[find(text, "أن وفدا").start:sentences[0].end - 1], official, cue, 0)
    return build(article, sentences, [
        Coded("زار", 0, "CONSULT", "042", "claimed", [delegation], [], cairo, "2024-03", "month", mode="visit",
              reported_by=["مسؤول مصري"]),
        Coded("اتفاق", 1, "AGREE", "057", "hoped", [], [ankara], None, None, None),
    ], [official, delegation, ankara], [cairo], [when], [quote])


def markup_article() -> Document:
    """Text and title carrying HTML/JS: the page must show it as text, never run it."""
    text = f"تظاهر مئات الطلاب في عمان احتجاجا على الرسوم {MARKUP} وفق ناشطين."
    article = Article(id="web-markup", text=text, title=MARKUP, date=date(2023, 11, 2), source=MARKUP,
                      url="javascript:alert(1)")
    sentences = split_sentences(text, 1)
    students = actor(text, "الطلاب", "JOREDU", "JOR", 0, "NORP")
    amman = place(text, "عمان", "Amman", "JOR", 31.95, 35.93, 0)
    return build(article, sentences, [
        Coded("تظاهر", 0, "PROTEST", "141", "asserted", [students], [], amman, "2023-11-01", "day"),
    ], [students], [amman], [])


def undated_statement() -> Document:
    """A CAMEO-only statement with no date and no place."""
    text = "قالت الحكومة العراقية إنها تتابع التطورات باهتمام."
    article = Article(id="web-undated", text=text, title=None, date=None, source=None, url=None)
    sentences = split_sentences(text, 1)
    government = actor(text, "الحكومة العراقية", "IRQGOV", "IRQ", 0)
    return build(article, sentences, [Coded("قالت", 0, None, "010", "asserted", [government])],
                 [government], [], [])


def documents() -> list[Document]:
    return [strike_and_denial(), talks_with_url_id(), markup_article(), undated_statement()]
