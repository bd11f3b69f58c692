"""Round 101 (coder section 126): the party a visit noun names with «ل» is the visitor when the place visited
follows it (زيارة مرتقبة لوفد أمني عراقي إلى دمشق، أول زيارة لمسؤول أميركي رفيع إلى بغداد); with no place after
it, «ل» still names where the visit goes (في زيارة لمصر)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2015, 7, 21)


def test_the_visitor_by_lam_and_the_place_after_it(pipeline) -> None:
    text = "وتأتي الخطوة خلال زيارة مرتقبة لوفد أمني أردني إلى بغداد."
    visits = [(s, t) for c, s, t in coded_parties(pipeline, text, DAY) if c.startswith("03") or c.startswith("04")]
    assert visits and all(s == ["JORGOV"] and t == ["IRQGOV"] for s, t in visits), visits


def test_a_visit_to_a_place_by_lam(pipeline) -> None:
    # near miss: «في زيارة لمصر» has no place after the ل-party: Egypt is visited
    text = "وصل وزير الخارجية الأردني إلى القاهرة في زيارة لمصر تستمر يومين."
    visits = [t for c, _s, t in coded_parties(pipeline, text, DAY) if c.startswith("04")]
    assert visits and all(t == ["EGYGOV"] for t in visits), visits
