"""Round 82 (coder section 109), from a hand-judged sample of 2015-08-08: a nisba of territory (الأراضي السعودية)
is no party, so the mortars fired into it are the Houthis' (tests/actors/test_adjective_uses.py for the actors)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 8, 8)


def test_the_territory_entered_is_not_the_attacker(pipeline) -> None:
    text = ("وأضاف تونر أن الحوثيين وحلفاءهم قاموا بالتسلل المسلح إلى الأراضي السعودية وأطلقوا صواريخ الهاون عبر "
            "الحدود السعودية أدت إلى مقتل مدنيين.")
    fired = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "194"]
    assert fired == [["YEMREBHOU"]], coded_parties(pipeline, text, DAY)
