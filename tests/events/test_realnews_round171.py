"""Round 171 (coder section 191), from the 2015-08-09 records: a party right after people counted as killed is their
adjective or apposition, not the killer beside them (قتل أربعة أطفال وثلاث نساء، قتل فيه 32 ناشطا كرديا شابا)."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 9)


def test_people_counted_as_killed_are_the_target(pipeline) -> None:
    text = "قتل أربعة أطفال وثلاث نساء، هم جميعا أفراد عائلة واحدة في صاعقة ضربت منطقة جبلية في ولاية غيريرو بالمكسيك."
    assert [(s, t) for s, t in parties_of(pipeline, text, "190", DAY)] == [([], ["MEXCVL"])]
    # near miss: a counted crowd storming a site is its source, whatever follows it
    text = "واقتحم عشرات المستوطنين المتطرفين صباح أمس المسجد الأقصى المبارك."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("19")] == [["ISRSET"]]

