"""Round 40 of hand-checked real news (coder.py section 67): a death told with its dead's pronoun counts them
(لقي مصرعه: one, مصرعهما: two); storms are accidents; «يهنئون العيش» congratulates no one; a definite document
right after a verb is its subject (ودعا البيان كوريا الشمالية), so the state after it is called on.  Near misses:
a plural pronoun gives no count, and a document's owner in a genitive speaks (دعا بيان الخارجية الروسية)."""

from __future__ import annotations

from datetime import date

import pytest

from hadath.events.numbers import extract_size
from hadath.text.tokens import Tokenizer

from .helpers import code_text

DAY_2015 = date(2015, 8, 10)


@pytest.mark.parametrize(("text", "dead", "injured"), [
    ("وأفاد مصدر أمني أن شخصًا لقي مصرعه، بينما أصيب سبعة آخرون بجروح بانفجار عبوة ناسفة.", 1, 7),
    ("لقي ضابط شرطة ومجند من قوات الأمن مصرعهما وأصيب ثلاثة مجندين آخرين.", 2, 3),
    ("لقي عدد من المدنيين مصرعهم في القصف.", None, None),
])
def test_a_death_told_with_its_pronoun_counts_its_dead(text: str, dead: int | None, injured: int | None) -> None:
    size = extract_size(Tokenizer().tokenize(text))
    assert (size.dead, size.injured) == (dead, injured)


def _codes(pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.cameo, [a.actor_code for a in e.source], [a.actor_code for a in e.target])
            for e in code_text(pipeline, text, DAY_2015).events]


@pytest.mark.parametrize(("text", "cameo"), [
    ("وذكرت وسائل الإعلام المحلية أن ثلاثة أشخاص قتلوا نتيجة للعواصف في مدينة توكوبيلا في تشيلي.", "19"),
    ("إنهم لن يدعوا القتلة والمتمردين الحوثيين يعيشون في أمان ويهنئون العيش ما دمنا موجودين.", "05"),
])
def test_storm_deaths_and_a_life_at_ease_are_no_acts(pipeline, text: str, cameo: str) -> None:
    assert not [c for c in _codes(pipeline, text) if c[0].startswith(cameo)]


def test_a_definite_document_is_the_subject_and_the_state_after_it_the_object(pipeline) -> None:
    codes = _codes(pipeline, "ودعا البيان كوريا الشمالية إلى تقديم اعتذار على هذا الحادث ومعاقبة المسؤولين.")
    assert not [c for c in codes if "PRKGOV" in c[1]]


def test_a_documents_owner_in_a_genitive_still_speaks(pipeline) -> None:
    codes = _codes(pipeline, "ودعا بيان الخارجية الروسية إسرائيل إلى وقف الاستيطان.")
    assert ("020", ["RUSGOV"], ["ISRGOV"]) in codes
