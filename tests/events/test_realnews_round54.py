"""Round 54 (coder section 81): the victims of an attack told before it.  People a casualty word counts as dead or
wounded (أصيب، استشهد، لقي … حتفهم، مقتل) in the clause of a force noun linked to them by في، جراء، إثر or ب are
that attack's target; a dual nisba after a casualty word, or a plural one before «اثنين», counts people of its
country; a count between an arrest noun and the people after it keeps them its object; a facility named after its
town takes the force on that town's country; a name the places stage resolved as a whole is a town, no party."""

from __future__ import annotations

import pytest

from .helpers import code_text, coded_parties, of_type, targets


@pytest.mark.parametrize(("text", "victims"), [
    ("أصيب ثلاثة جنود إسرائيليين بجروح في هجوم بسكين قرب الخليل.", ["ISRMIL"]),
    ("لقي أربعة جنود باكستانيين حتفهم في هجوم مسلح على حاجز في إقليم وزيرستان.", ["PAKMIL"]),
    ("استشهد فلسطينيان برصاص قوات الاحتلال قرب نابلس.", ["PSECVL"]),
    # a share of them (بينهم) is not the victims, the five are
    ("أصيب ستة باكستانيين بينهم امرأتان وطفل بجروح جراء قصف شنته القوات الهندية على قرى حدودية.", ["PAKCVL"]),
    # a capital told with في before «حتفهم» is where they died; the students after «لقي» are the dead
    ("ولقي 12 من طلاب كلية الشرطة في العاصمة الأفغانية كابل أمس حتفهم في تفجير انتحاري.", ["AFGCVL"]),
])
def test_the_dead_and_wounded_before_an_attack_are_its_target(pipeline, text: str, victims: list[str]) -> None:
    assert targets(code_text(pipeline, text), "ASSAULT") == [victims]


def test_the_killers_before_an_active_kill_verb_are_no_victims(pipeline) -> None:
    text = "قال المتحدث إن القوات الحكومية اليمنية أسرت 40 متمرداً وقتلت 12 آخرين في المواجهات."
    assert all("YEMMIL" not in codes for codes in targets(code_text(pipeline, text), "ASSAULT"))


def test_a_person_no_one_could_code_makes_no_attack(pipeline) -> None:
    text = "أقدم رجل على قتل سامر بن خالد العتيبي وذلك بإطلاق النار عليه من مسدس."
    assert not of_type(code_text(pipeline, text), "ASSAULT")


@pytest.mark.parametrize(("text", "expected"), [
    ("اعتقلت الشرطة الإسرائيلية فلسطينيين اثنين في القدس.", ("173", ["ISRCOP"], ["PSECVL"])),
    ("تم اعتقال ثلاثة عشر ناشطا من قبل الشرطة المصرية في القاهرة.", ("173", ["EGYCOP"], ["EGYCVL"])),
    ("قصفت طائرة مسيرة حوثية مطار جازان الإقليمي.", ("190", ["YEMREBHOU"], ["SAU"])),
    # the force's own country's airport: no foreign target
    ("قصف الجيش السوري مطار حلب.", ("190", ["SYRMIL"], [])),
])
def test_people_counted_and_facilities_struck(pipeline, text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert coded_parties(pipeline, text) == [expected]


def test_a_town_the_places_stage_resolved_is_no_party(pipeline) -> None:
    text = "شنت الطائرات الروسية غارات على بلدات كفرنبل وخان شيخون في ريف إدلب، ما أسفر عن مقتل خمسة مدنيين."
    assert targets(code_text(pipeline, text), "ASSAULT") == [["SYRCVL"]]
