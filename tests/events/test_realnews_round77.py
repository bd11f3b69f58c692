"""Round 77 (coder section 104), from a hand-judged sample of 2015-08-09: a government in construct with a titled
person is that person's country's (حكومة الرئيس عبدربه منصور هادي); a «منذ» date after a participle of lasting
dates a state, not the act (المستمرة منذ 24 عاماً); and the one who rebuts a charge (نفى، وصف، رفض … الاتهامات) is
its target, not its source."""

from __future__ import annotations

from datetime import date

from hadath.model import Article

from .helpers import coded_parties

DAY = date(2015, 8, 9)


def test_a_government_takes_the_country_of_its_president(pipeline) -> None:
    text = ("وأرسل السودان قوات إلى اليمن. وتقدم ضربات جوية للتحالف العربي الدعم لمؤيدي حكومة الرئيس عبدربه منصور "
            "هادي.")
    doc = pipeline(Article(id="t", date=DAY, text=text))
    assert [m.actor_code for m in doc.entities if m.text == "حكومة"] == ["YEMGOV"]


def test_since_after_a_participle_of_lasting_dates_no_act(pipeline) -> None:
    text = "وطالب المتظاهرون العراقيون الحكومة بمعالجة مشكلة انقطاع التيار الكهربائي المستمرة منذ نحو 24 عامًا."
    doc = pipeline(Article(id="t", date=date(2015, 8, 8), text=text))
    assert doc.events and not [e for e in doc.events if e.date == "1991"], [(e.cameo, e.date) for e in doc.events]


def test_since_still_dates_an_ongoing_act(pipeline) -> None:
    doc = pipeline(Article(id="t", date=DAY, text="وتفرض إسرائيل حصارا على قطاع غزة منذ 2007."))
    assert [e.date for e in doc.events] == ["2007"]


def test_who_rebuts_a_charge_is_its_target(pipeline) -> None:
    text = ("ووصف وزير الخارجية الإيراني محمد جواد ظريف اتهامات بأن بلاده تقوم بأنشطة في موقع بارشين العسكري بأنها "
            "«أكاذيب».")
    assert ("112", [], ["IRNGOV"]) in coded_parties(pipeline, text, DAY)
    denied = "ونفت وزارة الدفاع الروسية الاتهامات الأمريكية بقصف المدنيين في إدلب."
    assert [(s, t) for c, s, t in coded_parties(pipeline, denied, DAY) if c.startswith("112")] == [
        (["USAGOV"], ["RUSMIL"])]


def test_a_charge_renewed_keeps_its_accuser(pipeline) -> None:
    text = "وجدد وزير الخارجية الأمريكي جون كيري اتهاماته لروسيا بدعم الانفصاليين."
    assert ("112", ["USAGOV"], ["RUSGOV"]) in coded_parties(pipeline, text, DAY)
