"""Round 140, from a day of real news (2015-08-02): a calibre or model number counts no dead («مدفع هاون عيار (120)
وقتل 2 من طاقمه»); the head of a body joined to his title by ل (الزعيم الجديد لحركة طالبان الملا أختر منصور) is the
title's holder, the subject, not an object with ل; an envoy's country between his title and his name (المبعوث
الأممي لليمن إسماعيل ولد الشيخ أحمد) is part of the title, no party; and a title after ب is the object of the verb,
not in apposition with a title before it (التقى الوزير بالأمين العام …)."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.events.numbers import extract_size
from hadath.text.tokens import Tokenizer

from .helpers import parties_of

DAY = date(2015, 8, 2)


@pytest.mark.parametrize(("text", "dead", "injured"), [
    ("وأضاف المصدر أن غارة أخرى دمرت مدفع هاون عيار (120) وقتل 2 من طاقمه وأصيب 3 آخرون.", 2, 3),
    ("وأسقطت الدفاعات طائرة من طراز 737 ما أدى إلى مقتل 5 من ركابها.", 5, None),
])
def test_a_calibre_or_model_counts_no_dead(text: str, dead: int, injured: int | None) -> None:
    size = extract_size(Tokenizer().tokenize(text))
    assert (size.dead, size.injured) == (dead, injured)


def test_a_bracketed_count_after_a_death_word_still_counts() -> None:
    # near miss: the bracket alone does not make a number a calibre
    size = extract_size(Tokenizer().tokenize("وأسفر الهجوم عن مقتل (12) من الجنود."))
    assert size.dead == 12


def test_a_leader_joined_to_his_title_by_lam_is_the_subject(pipeline) -> None:
    text = "وتعهد الزعيم الجديد لحركة طالبان الملا أختر محمد منصور بالمضي قدما على نهج سلفه في قيادة الحركة."
    assert parties_of(pipeline, text, "030", DAY) == [(["AFGREBTAL"], [])]


def test_an_envoys_country_is_part_of_his_title(pipeline) -> None:
    text = "والتقى الرئيس اليمني عبد ربه منصور هادي المبعوث الأممي لليمن إسماعيل ولد الشيخ أحمد في الرياض."
    assert [t for _, t in parties_of(pipeline, text, "040", DAY)] == [["IGOUNO"]]


def test_a_title_after_bi_is_the_object(pipeline) -> None:
    text = "وفي القاهرة التقى الوزير بالأمين العام لجامعة الدول العربية نبيل العربي وبحث معه الأوضاع في اليمن."
    assert [t for _, t in parties_of(pipeline, text, "040", DAY)] == [["IGOARL"]]
