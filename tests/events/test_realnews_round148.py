"""Round 148, from a day of real news (2015-08-10): a word right after «مديرية» is the district's name, not an act
(في مديرية أرحب: no welcome); «يحث الخطى» is hastening one's steps, no appeal, and «وحث» is و + حثّ; «بعدما» opens a clause with a subject
of its own, so a party named in it is no object of the act before it."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 10)


def test_a_district_named_like_a_verb_is_no_act(pipeline) -> None:
    text = "وفي مديرية أرحب شمال العاصمة صنعاء، اندلعت مواجهات بين رجال القبائل وميليشيات الحوثي."
    assert [c for c, _, _ in coded_parties(pipeline, text, DAY) if c.startswith("05")] == []


def test_an_act_after_min_nahiya_is_still_an_act(pipeline) -> None:
    # near miss: «من ناحية» is "as for", no district, so the act after it stands
    text = "وقدمت السعودية من ناحية دعم اليمن مساعدات كبيرة."
    assert ("051", ["SAUGOV"], ["YEMGOV"]) in coded_parties(pipeline, text, DAY)


def test_hastening_ones_steps_is_no_appeal(pipeline) -> None:
    text = "وقال الأمير إن الوزير السعودي جاء يحث الخطى على درب والده."
    assert parties_of(pipeline, text, "020", DAY) == []


def test_urging_with_wa_is_an_appeal(pipeline) -> None:
    # «وحث» is و + حثّ (a two-letter doubled verb the length rule had left whole); also the near miss of the
    # block word: a party, not «الخطى», follows the verb
    text = "وحث وزير الخارجية السعودي الأمم المتحدة على التحرك."
    assert parties_of(pipeline, text, "020", DAY) == [(["SAUGOV"], ["IGOUNO"])]


def test_a_party_after_badama_is_no_object(pipeline) -> None:
    text = "جاء تعهد وزير الداخلية البريطاني بعدما قال وزير الخارجية الفرنسي إن أوروبا لا تستطيع استيعاب المهاجرين."
    assert parties_of(pipeline, text, "030", DAY) == [(["GBRCOP"], [])]


def test_an_official_urging_his_staff_is_routine(pipeline) -> None:
    text = "ودعا مدير فرع وزارة العمل الأستاذ صالح الأحمري جميع المفتشين إلى مضاعفة الجهود."
    assert parties_of(pipeline, text, "020", DAY) == []


def test_a_demand_about_staff_is_still_an_appeal(pipeline) -> None:
    # near miss: the staff are in what is asked for (after ب), not the ones addressed
    text = "وطالبت النقابة الحكومة المصرية برفع رواتب الموظفين."
    assert parties_of(pipeline, text, "020", DAY) == [(["EGYLAB"], ["EGYGOV"])]


def test_a_phone_aimed_at_a_market_segment_is_no_attack(pipeline) -> None:
    # round 150 (2015-08-11): «يستهدف الطبقة الوسطى من سوق الهواتف» is a market aimed at
    text = "وقال رئيس الشركة إن مجموعة سامسونغ سوف تستهدف الطبقة الوسطى."
    assert [c for c, _, _ in coded_parties(pipeline, text, DAY) if c.startswith("19")] == []
