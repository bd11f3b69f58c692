"""Round 99 (coder section 125), from the 2015-07-23 sample: a comma right before the noun a light verb governs
closes an adjunct of the verb (… وزير الدفاع في مكتبه بجدة أمس، اجتماعاً), so the long-titled subject after the verb
is still the act's source."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 7, 23)


def test_a_long_titled_host_across_a_comma(pipeline) -> None:
    text = ("عقد صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد وزير الدفاع في مكتبه بالرياض "
            "أمس، اجتماعاً مع وزير الدفاع الفرنسي.")
    meetings = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("04")]
    assert meetings and all(s == ["SAUMIL"] and t == ["FRAMIL"] for s, t in meetings), meetings


def test_a_comma_before_another_clause_still_closes_the_subject(pipeline) -> None:
    # near miss: after «،» a new verb opens a clause of its own; its meeting has its own subject
    text = "وصل الأمير محمد بن سلمان إلى باريس أمس، والتقى الرئيس الفرنسي في قصر الإليزيه."
    meetings = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("04")]
    assert meetings and all(t == ["FRAGOV"] for _s, t in meetings), meetings
