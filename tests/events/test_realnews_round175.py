"""Round 175 (coder section 195), from the 2015-08-02 records: readiness to face, repel or receive is preparedness,
not the willingness to cooperate that «استعداده ل…» otherwise tells."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 2)


def test_readiness_to_face_something_is_no_willingness_to_cooperate(pipeline) -> None:
    text = "وأعلنت مديريات الدفاع المدني وقيادة حرس الحدود استعدادها لمواجهة التقلبات الجوية."
    assert all(c != "030" for c, _s, _t in coded_parties(pipeline, text, DAY))
    # near miss: readiness for talks is still an offer
    text = "وأبدى وزير الخارجية الإيراني استعداده للحوار مع دول الخليج."
    assert any("IRNGOV" in s for s, _t in parties_of(pipeline, text, "030", DAY))
