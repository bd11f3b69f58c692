"""Round 187 (coder section 207): aid or troops a named sender sends «إلى» a country past a long cargo, in the same
clause, go to that country; with no sender named, a ship bound somewhere is no aid."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, parties_of

DAY = date(2024, 10, 25)


def test_aid_sent_past_a_long_cargo_goes_to_the_country_after_ila(pipeline) -> None:
    text = ("أرسلت الحكومة المكسيكية سفينتين تابعتين للبحرية محملتين بأكثر من 1600 طن من المواد الغذائية "
            "والمستلزمات الطبية والأدوية إلى كوبا.")
    assert parties_of(pipeline, text, "070", DAY) == [(["MEXGOV"], ["CUB"])]


def test_a_cargo_sent_by_no_one_named_goes_to_no_one(pipeline) -> None:
    # near miss: no sender named, so the far «إلى» names no one's aid
    text = "أرسلت سفينة محملة بأكثر من 1600 طن من المواد الغذائية والمستلزمات الطبية والأدوية والمعدات والخيام إلى كوبا."
    sent = [e for e in code_text(pipeline, text, DAY).events if e.trigger.text == "أرسلت"]
    assert all(e.target == [] for e in sent)


def test_a_destination_past_a_comma_is_another_clauses(pipeline) -> None:
    # near miss: the «إلى» after a comma belongs to another clause
    text = ("أرسلت الحكومة المكسيكية سفينتين محملتين بالمواد الغذائية والمستلزمات الطبية، وقال مسؤولون إن سفينة "
            "ثالثة ستتجه إلى كوبا.")
    assert parties_of(pipeline, text, "073", DAY) == [(["MEXGOV"], [])]
