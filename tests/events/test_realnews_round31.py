"""Round 31 of hand-checked real news (coder.py section 58): a visit that «أُجلت» was put off, nobody evacuated;
bulletproof vests are no gunfire; whoever saw a bombing's aftermath did not bomb; a measure «تبنته» a state is no
claim of an attack; parents naming a newborn agree on nothing political; polls are no act.  Near misses keep the
acts these resemble."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text, codes, of_type

DAY_2015 = date(2015, 8, 11)


def test_a_visit_put_off_is_no_evacuation(pipeline) -> None:
    doc = code_text(pipeline, "قال مسؤول بوزارة الخارجية التركية اليوم الثلاثاء، إن زيارة وزير الخارجية الإيراني محمد جواد "
                              "ظريف لتركيا أُجلت.", DAY_2015)
    assert not [e for e in doc.events if e.cameo == "070"]


def test_nationals_evacuated_are_still_an_evacuation(pipeline) -> None:
    """Near miss: «أجلت البحرية الهندية مئات الرعايا»."""
    doc = code_text(pipeline, "وأجلت البحرية الهندية مئات الرعايا من اليمن.", DAY_2015)
    assert [e for e in doc.events if e.cameo == "070"]


def test_bulletproof_vests_are_no_gunfire(pipeline) -> None:
    doc = code_text(pipeline, "وأثبتت التحقيقات أن المتهم الذي وجدت في حوزته أسلحة حربية وسترات واقية من الرصاص كان ينفذ "
                              "أوامر تأتيه من فرنسيين موجودين على الأراضي السورية.", DAY_2015)
    assert not of_type(doc, "ASSAULT")


def test_whoever_saw_the_aftermath_did_not_bomb(pipeline) -> None:
    doc = code_text(pipeline, "أدى سمو الأمير محمد بن نايف بن عبدالعزيز ركعتين تحية المسجد، واطلع على آثار التفجير الآثم "
                              "داخل المسجد.", DAY_2015)
    assert not [e for e in of_type(doc, "ASSAULT") if e.source]


def test_a_measure_adopted_is_no_claim(pipeline) -> None:
    doc = code_text(pipeline, "وأعربت الولايات المتحدة واليابان عن قلقهما حول تدبير حديث تبنته الصين يفضل المحتوى المحلي.",
                    DAY_2015)
    assert not [e for e in doc.events if e.cameo == "015"]


def test_a_bombing_claimed_is_a_claim(pipeline) -> None:
    """Near miss: «تفجير انتحاري تبناه تنظيم داعش»."""
    doc = code_text(pipeline, "وقتل 20 شخصا في تفجير انتحاري تبناه تنظيم داعش.", DAY_2015)
    assert [codes(e.source) for e in doc.events if e.cameo == "015"] == [["IMGMUSISI"]]


@pytest.mark.parametrize("text", [
    "رزق الشاب باسم مهدي بمولود اتفق وحرمه على تسميته «بدر».",
    "ومع ذلك، فقد أظهرت استطلاعات أن أغلبية مواطني اليابان يعارضون إقامة محطات الطاقة النووية.",
])
def test_a_newborns_name_and_a_poll_are_no_acts(pipeline, text: str) -> None:
    assert not code_text(pipeline, text, DAY_2015).events
