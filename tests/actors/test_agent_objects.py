"""Plain agent nouns that are the object of political acts (detainees, pupils, fishermen, supporters).

Run on the shipped lexicon without the CRF, so each assertion follows from the agent entries and the
crowd-of-a-person rule; sentences written for these tests.  Near misses are words spelled like an agent
noun that are a verb or participle here and must not become actors.
"""

from __future__ import annotations

from datetime import date

import pytest

from hadath.actors.evaluate import mentions
from hadath.actors.stage import ActorStage

DAY = date(2024, 3, 12)


@pytest.fixture(scope="module")
def stage() -> ActorStage:
    return ActorStage.load(use_ner=False)


def coded(stage: ActorStage, text: str) -> dict[str, str | None]:
    return {m.text: m.actor_code for m in mentions(text, DAY, stage)}


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("أفرجت النيابة عن ثمانية عشر ناشطاً بعد أسبوع من التوقيف.", "ناشطاً", "CVL"),
    ("أصيب أربعون متظاهراً في مواجهات قرب الجسر.", "متظاهراً", "CVL"),
    ("فرّقت الشرطة متظاهرات أمام المحكمة.", "متظاهرات", "CVL"),
    ("خطف مجهولون تسعة صيادين على الشاطئ.", "صيادين", "CVL"),
    ("حاصر المسلحون نحو مئة تلميذ داخل مبنى.", "تلميذ", "CVL"),
    ("أجلت السلطات عشرات السياح من الفندق.", "السياح", "CVL"),
    ("قضت المحكمة ببراءة المتهمين في القضية.", "المتهمين", "CVL"),
    ("أبعدت الحكومة خمسمئة مهاجر إلى الحدود.", "مهاجر", "REF"),
    ("استقبل المخيم ألف نازحاً خلال يومين.", "نازحاً", "REF"),
    ("صادرت القوات جرارات من فلاحين ومنعت مزارعاً من دخول أرضه.", "مزارعاً", "AGR"),
    ("سرّحت الإدارة مئتي عامل بعد أن فصلت عمالاً آخرين.", "عمالاً", "LAB"),
    # a state-sector crowd (EDU) with no country is dropped, so a nisba gives it one
    ("منعت الشرطة طلاباً مصريين من دخول الجامعة.", "طلاباً مصريين", "EGYEDU"),
])
def test_object_agent_nouns_are_actors_with_their_sector(stage: ActorStage, text: str, phrase: str,
                                                         code: str) -> None:
    assert coded(stage, text).get(phrase) == code


def test_agent_noun_takes_a_following_nisba(stage: ActorStage) -> None:
    assert coded(stage, "هدمت الجرافات منزلي أسيرين فلسطينيين.").get("أسيرين فلسطينيين") == "PSECVL"


def test_supporters_of_a_leader_are_civilians_of_his_country(stage: ActorStage) -> None:
    found = coded(stage, "احتشد أنصار الرئيس البرازيلي السابق جايير بولسونارو أمام الثكنات.")
    assert found.get("أنصار") == "BRACVL"


def test_supporters_of_a_party_take_the_party_code(stage: ActorStage) -> None:
    found = coded(stage, "اعتقلت الشرطة التونسية عشرات من أنصار حركة النهضة.")
    assert found.get("أنصار حركة النهضة") == "TUNPTYNHD"
    assert found.get("الشرطة التونسية") == "TUNCOP"


def test_supporters_with_a_pronoun_stay_civilians(stage: ActorStage) -> None:
    assert coded(stage, "طوقت الشرطة منزل الزعيم واعتقلت عددا من أنصاره.").get("أنصاره") == "CVL"


def test_victims_of_an_army_do_not_take_the_army_country(stage: ActorStage) -> None:
    found = coded(stage, "شيّعت البلدة ضحايا الجيش الإسرائيلي.")
    assert found.get("ضحايا") == "CVL"


@pytest.mark.parametrize(("text", "word"), [
    ("شاب الانتخابات تزوير واسع بحسب المراقبين.", "شاب"),
    ("غادر الوفد القاعة متهماً الرئاسة بالمماطلة.", "متهماً"),
    ("خرج السكان متهمين البلدية بالإهمال.", "متهمين"),
    ("عقد الوزير مؤتمراً صحفياً في العاصمة.", "صحفياً"),
    ("تضررت مزارع الزيتون من الصقيع.", "مزارع"),
    ("طالب النواب بفتح تحقيق.", "طالب"),
])
def test_near_misses_are_not_actors(stage: ActorStage, text: str, word: str) -> None:
    assert all(word not in phrase for phrase in coded(stage, text))


def test_ansar_inside_a_group_name_is_the_group(stage: ActorStage) -> None:
    found = coded(stage, "أعلنت جماعة أنصار الله مسؤوليتها عن الهجوم.")
    assert "أنصار" not in found
    assert "YEMREBHOU" in found.values()
