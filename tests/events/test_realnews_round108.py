"""Round 108 (coder section 131): a show of force on a border is aimed at the state beyond it (حشدت إثيوبيا قوات على
حدودها مع إريتريا → ERI), unless the sentence names an armed group it is sent against; a state a show of force is
aimed at is its land, as for other material acts (ERI, not ERIGOV)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY = date(2024, 5, 2)


def test_forces_massed_on_a_border(pipeline) -> None:
    text = "حشدت إثيوبيا قوات كبيرة على حدودها مع إريتريا خلال الأسابيع الماضية."
    assert ("154", ["ETHMIL"], ["ERI"]) in coded_parties(pipeline, text, DAY)


def test_troops_sent_to_a_border(pipeline) -> None:
    text = "أعلن وزير الدفاع البولندي أن بلاده ستدفع بنحو عشرة آلاف جندي إلى الحدود مع بيلاروس."
    assert ("154", ["POLMIL"], ["BLR"]) in coded_parties(pipeline, text, DAY)


def test_troops_sent_against_a_group_at_a_border(pipeline) -> None:
    # near miss: the deployment is against the armed group the sentence names, not the neighbouring state
    text = "تعتزم الحكومة العراقية إرسال قوات إضافية إلى الحدود مع سوريا لمنع تسلل مقاتلي داعش."
    coded = [c for c in coded_parties(pipeline, text, DAY) if c[0] == "154"]
    assert coded and all("SYR" not in t for _c, _s, t in coded), coded
