"""Round 13 of hand-checked real news (coder.py section 40 and the lexicon): a price named after a pronoun, a blow
to an economy, rules of engagement and «كذباً» (falsely) read as acts; each with a near miss."""

from __future__ import annotations

import pytest

from .helpers import code_text

NOT_THE_ACT = [
    # (sentence, the CAMEO code or root it must not be coded as)
    ("هذا هو ثمن المراوغة التي تتبعها الحكومة الكورية منذ سنوات.", "05"),
    ("وظهر تورط تنظيمات ليبية في العمليات الإرهابية التي هزت تونس وضربت اقتصادها وسياحتها ضربة موجعة.", "19"),
    ("وقال المسؤول الأميركي إن أهم قواعد إطلاق النار التي يعتمدها التحالف في سوريا تجنب وقوع خسائر بين المدنيين.",
     "193"),
    ("وقال الوزير الفلسطيني إن إسرائيل تبني روايتها على أساطير تنسبها كذبا إلى التوراة.", "016"),
]


def _codes(pipeline, text: str) -> list[str]:  # noqa: ANN001 - the session's pipeline
    return [e.cameo for e in code_text(pipeline, text).events]


@pytest.mark.parametrize(("text", "code"), NOT_THE_ACT, ids=[f"{c}:{t.split()[1]}" for t, c in NOT_THE_ACT])
def test_words_of_an_act_that_tell_none(pipeline, text: str, code: str) -> None:
    assert not any(c.startswith(code) for c in _codes(pipeline, text))


def test_a_minister_valuing_efforts_praises(pipeline) -> None:
    """Near miss: «ثمّن» at the head of its clause, after no pronoun, is praise."""
    text = "وثمن وزير الخارجية المصري جهود الحكومة الكويتية في دعم الاستقرار."
    assert any(c.startswith("05") for c in _codes(pipeline, text))


def test_planes_striking_positions_in_an_economic_zone_attack(pipeline) -> None:
    """Near miss: «ضربت» with positions as its object; «الاقتصادية» describes a place, it names no economy struck."""
    text = "وضربت طائرات التحالف العربي مواقع الحوثيين في المنطقة الاقتصادية بعدن."
    assert any(c.startswith("19") for c in _codes(pipeline, text))


def test_gunfire_on_protesters_is_gunfire(pipeline) -> None:
    """Near miss: «أطلق النار» with no «قواعد» before it."""
    text = "وأطلقت قوات الأمن السورية النار على المتظاهرين في مدينة درعا."
    assert "193" in _codes(pipeline, text)


def _sources(pipeline, text: str, etype: str) -> list[list[str | None]]:  # noqa: ANN001 - the session's pipeline
    return [[a.actor_code for a in e.source] for e in code_text(pipeline, text).events if e.event_type == etype]


def test_forces_sealing_off_the_site_of_an_attack_did_not_attack(pipeline) -> None:
    """An attack noun after a word for its site: the forces before it went there, they are not its source."""
    text = "وأضاف أن قوات الأمن النيجيرية أغلقت منطقة الاعتداء الانتحاري واعتقلت عددا كبيرا من الأشخاص."
    assert not any("NGACOP" in s for s in _sources(pipeline, text, "ASSAULT"))


def test_forces_launching_an_attack_are_its_source(pipeline) -> None:
    """Near miss: the same forces before an attack noun with no site word: they attack."""
    text = "وشنت قوات الأمن النيجيرية هجوما على معسكر لجماعة بوكو حرام في ولاية بورنو."
    assert any("NGACOP" in s for s in _sources(pipeline, text, "ASSAULT"))
