"""Round 67 (coder section 94): capitals after a place noun with a preposition are places, a place noun's genitive
after ب locates the event, an aim or sunstroke is no attack and a phone maker's handset is no call."""

from __future__ import annotations

import pytest

from .helpers import code_text, coded_parties


def test_a_city_visited_is_no_government_acting(pipeline) -> None:
    assert coded_parties(pipeline, "وقامت اللجنة المنظمة للمهرجان بزيارة لمدينة لندن.") == []


def test_a_capital_that_acts_stays_its_government(pipeline) -> None:
    assert coded_parties(pipeline, "وقالت لندن إنها ستفرض عقوبات على موسكو.")[0][1] == ["GBRGOV"]


def test_a_march_in_the_streets_of_a_capital_is_located_there(pipeline) -> None:
    doc = code_text(pipeline, "خرج عشرات الآلاف من المغاربة في مسيرة حاشدة بشوارع الرباط تضامناً مع غزة.")
    assert [(e.cameo, e.location.name if e.location else None) for e in doc.events] == [("141", "Rabat")]
    assert [(e.source[0].actor_code, e.target[0].actor_code) for e in doc.events] == [("MARCVL", "MARGOV")]


def test_a_role_of_a_state_after_bi_is_no_location(pipeline) -> None:
    doc = code_text(pipeline, "وأشادت الحكومة اليمنية بدور المملكة العربية السعودية في مساندة الشرعية.")
    assert [e.location for e in doc.events] == [None]


@pytest.mark.parametrize("text", [
    "وقال إن تركيب الكاميرات في المساجد يستهدف مراقبة المصلين.",
    "وقال إن تنظيم داعش عمد إلى تكوين خلايا تستهدف إشعال الفتنة الطائفية بين المواطنين.",
    "وتعاملت فرق الدفاع المدني الأردني مع 19 إصابة بضربات شمس خلال يومين.",
])
def test_an_aim_or_sunstroke_is_no_attack(pipeline, text: str) -> None:
    assert [c for c, _s, _t in coded_parties(pipeline, text) if c.startswith("19")] == []


def test_an_attack_on_targets_stays(pipeline) -> None:
    text = "واستهدفت غارات التحالف مواقع للحوثيين في صعدة."
    assert [c for c, _s, _t in coded_parties(pipeline, text)] == ["195"]


def test_a_phone_maker_after_hatif_is_no_call(pipeline) -> None:
    text = "وأفاد تقرير بأن هاتف سامسونغ المقبل سيطلق في نيويورك الشهر المقبل."
    assert [c for c, _s, _t in coded_parties(pipeline, text) if c.startswith("04") or c == "036"] == []


def test_a_president_phoning_his_counterpart_stays_a_call(pipeline) -> None:
    assert coded_parties(pipeline, "وهاتف الرئيس الأمريكي نظيره الروسي أمس.") == [("041", ["USAGOV"], ["RUSGOV"])]
