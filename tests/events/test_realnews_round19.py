"""Round 19 of hand-checked real news (coder.py section 46): the one party after a verb of accusing, with its
charge after it in ب, is the accused; mines named with a preposition (مقاومة للألغام) are things.  Each rule with
a near miss that keeps its reading."""

from __future__ import annotations

from datetime import date

import pytest

from .helpers import code_text, roles_of

DAY_2015 = date(2015, 7, 25)


def test_the_party_before_the_charge_is_the_accused(pipeline) -> None:
    """«ألغت الشركة … واتهمت النقابات بإبداء عدم احترام»: the unions are accused, they accuse nobody."""
    text = "وألغت الشركة 15 في المئة من رحلات اليوم واتهمت النقابات بإبداء عدم احترام للركاب."
    assert roles_of(code_text(pipeline, text, DAY_2015), "ACCUSE") == [([], ["LAB"])]


def test_two_parties_after_a_verb_of_accusing_are_accuser_and_accused(pipeline) -> None:
    """Near miss: «اتهمت إيران الولايات المتحدة بدعم الإرهاب»: the first accuses the second."""
    text = "اتهمت إيران الولايات المتحدة بدعم الإرهاب."
    assert roles_of(code_text(pipeline, text, DAY_2015), "ACCUSE") == [(["IRNGOV"], ["USAGOV"])]


@pytest.mark.parametrize("text", [
    # «عربات مقاومة للألغام»: the mines are things; nothing exploded
    "وقال البنتاجون إنه يدرس مطالب الأكراد في سوريا ومنها الحصول على عربات مقاومة للألغام الأرضية.",
    # «الرابعة فجراً»: at four at dawn, written like «فجّرا» (they two detonated)
    "ووصلت الطائرة التي تقل جثمانه إلى مطار الملك خالد الدولي بالرياض الرابعة فجرًا بتوقيت السعودية.",
])
def test_a_word_of_explosives_that_names_no_blast_is_no_bombing(pipeline, text: str) -> None:
    assert not roles_of(code_text(pipeline, text, DAY_2015), "ASSAULT")


@pytest.mark.parametrize("text", [
    "وقتل ثلاثة جنود أتراك في انفجار للألغام زرعها مسلحو حزب العمال الكردستاني قرب الحدود.",
    "وقال الجيش العراقي إن انتحاريين فجرا نفسيهما وسط سوق في بغداد.",
])
def test_mines_that_exploded_and_bombers_who_detonated_are_still_a_bombing(pipeline, text: str) -> None:
    """Near misses: mines with a blast word; the dual verb «فجرا» with its object."""
    assert roles_of(code_text(pipeline, text, DAY_2015), "ASSAULT")


def test_a_count_of_security_men_after_a_relative_verb_of_force_is_its_object(pipeline) -> None:
    """«الاعتداء الذي استهدف عدداً من رجال الأمن»: the security men are targeted, they did not attack."""
    text = "وقال الوزير إن الاعتداء الجبان الذي استهدف عدداً من رجال الأمن في عسير لن يمر دون عقاب."
    attacks = roles_of(code_text(pipeline, text, DAY_2015), "ASSAULT")
    assert attacks and all("COP" not in "".join(src) for src, _ in attacks)
