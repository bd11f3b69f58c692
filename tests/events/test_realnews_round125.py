"""Round 125: aid handed to counted civilians (على أكثر من 200 ألف شخص في دارفور) has them as its target, civilians of
the place's country; a number of several words (200 ألف) is one step back to the preposition before it."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, roles_of

DAY = date(2015, 7, 22)


def test_aid_to_counted_civilians(pipeline) -> None:
    text = "وزّع برنامج الأغذية العالمي حصصاً غذائية على أكثر من 200 ألف شخص في ولاية شمال دارفور."
    assert roles_of(code_text(pipeline, text, DAY), "AID") == [(["IGOUNOWFP"], ["SDNCVL"])]


def test_evacuated_nationals_stay_the_evacuators_own(pipeline) -> None:
    # near miss: «الرعايا» right after an evacuation are its own state's nationals, not civilians of the place left
    text = "تخطط السلطات المصرية لإجلاء الرعايا من مدينة بورتسودان خلال الأيام المقبلة."
    assert roles_of(code_text(pipeline, text, DAY), "AID") == [(["EGYGOV"], ["EGYCVL"])]
