"""Round 179 (coder section 199), from the 2015-07-21 records: an attack that the next words describe as a person's
failing (يهاجم X ويصفه بالفاشل) is criticism, not force."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, codes_force

DAY = date(2015, 7, 21)


def test_an_attack_described_in_the_next_words_is_criticism(pipeline) -> None:
    text = "قام نائب الرئيس العراقي نوري المالكي بمواصلة تخبطاته ليهاجم السعودية، ويصفها بأنها منطلق الإرهاب."
    assert not codes_force(pipeline, text, DAY)
    # near miss: an attack denied, then the denier's accusation («متهمة»), is still the act denied
    text = "نفى الجيش الليبي أن تكون طائراته قصفت المدنيين، متهما المتمردين بقصف الحي."
    assert [e.status for e in code_text(pipeline, text, DAY).events if e.event_type == "ASSAULT"] == ["denied"]
    # near miss: an armed attack with no words of speech after it stays force
    text = "هاجم مسلحون نقطة تفتيش للجيش المصري في سيناء."
    assert codes_force(pipeline, text, DAY)
