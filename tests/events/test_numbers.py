"""Casualty and arrest counts from digits and Arabic number words."""

from __future__ import annotations

import pytest

from hadath.events.numbers import extract_size
from hadath.model import Article, Document
from hadath.text.stage import TextStage


@pytest.fixture(scope="module")
def tokens_of():
    stage = TextStage.load()

    def run(text: str):
        return stage(Document(Article("x", text))).sentences[0].tokens

    return run


@pytest.mark.parametrize("text, kind, value", [
    ("قتل 15 شخصاً على الأقل في القصف", "dead", 15),
    ("أسفر الهجوم عن مقتل ١٨ مدنياً", "dead", 18),
    ("سقط خمسة عشر قتيلاً", "dead", 15),
    ("أصيب ثلاثة وعشرون شخصاً بجروح", "injured", 23),
    ("اعتقلت الشرطة نحو مائتي متظاهر في حملة اعتقالات", "arrested", 200),
    ("قتل مئتين وخمسين مدنياً", "dead", 250),
    ("أصيب 3 آلاف شخص", "injured", 3000),
    ("قتل عنصران من حرس الحدود في الكمين", "dead", 2),
    ("سقط قتيلان وثلاثة جرحى في الاشتباك", "dead", 2),
    ("سقط قتيلان وثلاثة جرحى في الاشتباك", "injured", 3),
    ("أطلق مجهول النار على حارس المصرف فأرداه قتيلاً", "dead", 1),
    ("قتل ما لا يقل عن 12 مدنياً في الغارة", "dead", 12),
    ("قتل ما بين 10 و15 شخصاً في القصف", "dead", 10),
    ("اعتقلت الشرطة ناشطَين اثنين قرب البرلمان", "arrested", 2),
    ("قتل شرطيان وأصيب ثالث في تبادل لإطلاق النار", "injured", 1),
])

def test_counts(tokens_of, text, kind, value):
    assert getattr(extract_size(tokens_of(text)), kind) == value


def test_vague_counts_are_not_counts(tokens_of):
    assert extract_size(tokens_of("سقط عشرات القتلى والجرحى")).is_empty()


def test_dead_and_injured_together(tokens_of):
    size = extract_size(tokens_of("قتل 4 أشخاص وأصيب 11 آخرون"))
    assert (size.dead, size.injured, size.arrested) == (4, 11, None)


def test_sound_plural_is_not_a_dual(tokens_of):
    # مدنيين is the plural as often as the dual: no number is read from it
    assert extract_size(tokens_of("أصيب مدنيين بجروح في القصف")).is_empty()


def test_dual_of_a_noun_with_a_broken_plural_is_two(tokens_of):
    # جندي has the broken plural جنود, so جنديين can only be a dual
    assert extract_size(tokens_of("أسفر الانفجار عن مقتل جنديين قرب الحدود")).dead == 2


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة المستوطن بعد أربعة أيام من مقتل الرضيع.",
    "وضعت السلطات مكافأة لمن يدلي بمعلومات تؤدي إلى قتله، قدرها 5 ملايين دولار.",
    "ونسبت الوثيقة سقوط 70 % من القتلى إلى عناصر معادية للحكومة.",
])
def test_a_number_of_days_money_or_shares_counts_no_dead(tokens_of, text):
    """Round 26: a unit after the number (أيام، دولار، %) measures time, money or a share, not people."""
    assert extract_size(tokens_of(text)).dead is None


def test_a_number_of_soldiers_still_counts_the_dead(tokens_of):
    """Near miss: the same count word with people after the number."""
    assert extract_size(tokens_of("أعلن الجيش مقتل أربعة جنود في الهجوم.")).dead == 4


def test_an_accusative_count_of_wounded_is_injured_not_dead(tokens_of):
    """Round 29: «40 جريحاً و15 شهيداً»: the tanween form of جريح counts the wounded."""
    size = extract_size(tokens_of("وأشار إلى أن التفجير خلف على الأقل 40 جريحا و15 شهيدا."))
    assert (size.injured, size.dead) == (40, 15)


def test_a_count_word_joined_by_wa_still_takes_the_number_after_it(tokens_of):
    """Near miss: «مصرع 11 وإصابة 30»: «وإصابة» opens the second count, it is no noun of the first."""
    size = extract_size(tokens_of("وأسفر الكمين عن مصرع 11 وإصابة 30 آخرين بجراح."))
    assert (size.dead, size.injured) == (11, 30)
