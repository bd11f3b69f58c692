"""Round 123: a court's sentence as a verbal noun (قضت … بسجن X، حكماً بإعدام X) has the one sentenced as its
genitive, the target; «بسجن» after a ruling word is the sentence, not a prison named after the person after it."""

from __future__ import annotations

from datetime import date

from hadath.events.parties import _named_place
from hadath.text.tokens import Tokenizer

from .helpers import code_text, roles_of

DAY = date(2023, 4, 17)


def test_the_genitive_of_a_prison_sentence_is_the_sentenced(pipeline) -> None:
    text = "أصدرت محكمة في موسكو حكماً بسجن المعارض الروسي فلاديمير كارا-مورزا خمسة وعشرين عاماً بتهمة الخيانة."
    assert roles_of(code_text(pipeline, text, DAY), "SANCTION") == [(["RUSJUD"], ["RUSOPP"])]


def test_the_genitive_of_a_death_sentence_is_the_sentenced(pipeline) -> None:
    text = "قضت محكمة تونسية بإعدام زعيم المعارضة التونسية بعد إدانته بالتخابر."
    assert roles_of(code_text(pipeline, text, DAY), "SANCTION") == [(["TUNJUD"], ["TUNOPP"])]


def test_a_prison_named_after_a_man_is_still_a_place() -> None:
    # near miss: «بسجن» with no ruling before it is a building, and the name after it the building's
    tokens = Tokenizer().tokenize("توفي معتقل بسجن الشيخ حسن في دمشق")
    ruled = Tokenizer().tokenize("حكمت المحكمة بسجن الشيخ حسن")
    assert _named_place(tokens, 4) is True
    assert _named_place(ruled, 3) is False
