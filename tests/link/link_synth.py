"""Made-up Arabic reports and hand-built analysed documents for the linking tests.

Every text here was written for these tests; event spans are computed from the text so offsets hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from hadath.model import ActorMention, Article, Document, Event, Mention, PlaceMention, Sentence, Span

# A wire report in four paragraphs (written for these tests).
WIRE = [
    "استقبل وزير الخارجية الأردني في عمان اليوم الثلاثاء نظيره المصري، وبحث الجانبان سبل تعزيز التعاون "
    "الاقتصادي بين البلدين وتنسيق المواقف إزاء الأزمات التي تشهدها المنطقة.",
    "وقال الوزير الأردني في مؤتمر صحفي مشترك عقب اللقاء إن المباحثات تناولت مشروعات الربط الكهربائي "
    "ونقل الغاز، وإن اللجنة العليا المشتركة ستجتمع قبل نهاية العام الجاري في القاهرة.",
    "من جانبه أكد الوزير المصري أن بلاده حريصة على تطوير العلاقات الثنائية في مختلف المجالات، مشيرا إلى "
    "أن حجم التبادل التجاري بين البلدين ارتفع خلال الأشهر الستة الماضية بنسبة ملحوظة.",
    "وتطرق اللقاء كذلك إلى الأوضاع الإنسانية في عدد من دول الجوار، حيث شدد الوزيران على أهمية إيصال "
    "المساعدات إلى المحتاجين ودعم جهود الأمم المتحدة في هذا الشأن، واتفقا على مواصلة التشاور.",
]
WIRE_SIGNATURE = "(وكالة الأنباء الأولى)"
OTHER_SIGNATURE = "المصدر: صحيفة المساء الإلكترونية - تابعونا على مواقع التواصل"

# A different report on the same day about the same two countries (written for these tests).
LOOKALIKE = [
    "أعلنت وزارة التجارة المصرية اليوم عن توقيع مذكرة تفاهم مع الجانب الأردني لتسهيل حركة الشاحنات عبر "
    "ميناء نويبع، في خطوة يقول مسؤولون إنها ستخفض كلفة الشحن على المصدرين في البلدين.",
    "وأوضح بيان للوزارة أن المذكرة تشمل توحيد إجراءات الفحص الجمركي وتمديد ساعات العمل في المعبر "
    "البحري، على أن تبدأ المرحلة الأولى من التطبيق مطلع الشهر المقبل بعد استكمال الترتيبات الفنية.",
]


def wire_text(order: tuple[int, ...] = (0, 1, 2, 3), signature: str = WIRE_SIGNATURE) -> str:
    return "\n\n".join(WIRE[i] for i in order) + "\n\n" + signature


def article(article_id: str, text: str, outlet: str, day: date, title: str | None = None) -> Article:
    return Article(id=article_id, text=text, title=title, date=day, source=outlet, url=f"https://example.org/{article_id}")


@dataclass
class Spec:
    """One event to code by hand: type, actors (codes), date, place, mode, status."""

    event_type: str | None
    cameo: str
    source: tuple[str, ...]
    target: tuple[str, ...] = ()
    when: str | None = None
    precision: str | None = None
    place: tuple[str, float, float, str] | None = None  # name, lat, lon, precision
    place_country: str | None = None
    mode: str | None = None
    status: str = "asserted"
    reported_by: list[str] = field(default_factory=list)
    denied_by: list[str] = field(default_factory=list)


def _actor(code: str, text: str, start: int) -> ActorMention:
    return ActorMention(start, start + len(text), text, "GPE", name=text, name_latin=code, actor_code=code,
                        country=code[:3], how="lexicon", sentence=0)


def event_document(article_id: str, outlet: str, day: date, specs: list[Spec], title: str | None = None,
                   lead: str = "") -> Document:
    """A document with one sentence per event (after an optional ``lead`` line); each sentence names its
    actors so spans are real."""
    sentences: list[Sentence] = []
    events: list[Event] = []
    text = lead + "\n" if lead else ""
    for i, spec in enumerate(specs):
        names = " و".join(spec.source + spec.target) or "مصدر"
        line = f"أفادت تقارير بوقوع حدث رقم {i} بين {names} في المنطقة."
        start = len(text)
        text += line + "\n"
        sentences.append(Sentence(i, start, start + len(line), line))
        first = start + line.index(names)
        sources, offset = [], first
        for code in spec.source:
            sources.append(_actor(code, code, offset))
            offset += len(code) + 2
        targets = []
        for code in spec.target:
            targets.append(_actor(code, code, offset))
            offset += len(code) + 2
        trigger_start = start + line.index("بوقوع")
        place = None
        if spec.place:
            name, lat, lon, precision = spec.place
            at = start + line.index("المنطقة")
            place = PlaceMention(at, at + len("المنطقة"), "المنطقة", name, country=spec.place_country,
                                 lat=lat, lon=lon, feature=precision, precision=precision, sentence=i)
        root = spec.cameo[:2]
        events.append(Event(
            id=Event.make_id(article_id, i, trigger_start, spec.cameo), article_id=article_id, sentence=i,
            evidence=Span(start, start + len(line), line), trigger=Span(trigger_start, trigger_start + 5, "بوقوع"),
            event_type=spec.event_type, mode=spec.mode, context=None, cameo=spec.cameo, cameo_root=root,
            quad_class=1, goldstein=0.0, source=sources, target=targets, location=place, date=spec.when,
            date_precision=spec.precision, status=spec.status, reported_by=list(spec.reported_by),
            denied_by=list(spec.denied_by), confidence=0.7,
            mentions=[Mention(article_id, i, start, start + len(line), outlet)]))
    return Document(article=article(article_id, text, outlet, day, title), sentences=sentences, events=events)
