"""Round 147, from a day of real news (2015-08-08): an act told after «فكأنما / وكأن» is a comparison, no act; «جسر
جوي وبحري» is maritime, not Bahri in Khartoum; «العمليات المشتركة» a report comes from («تلقي البلاغ من …») is
an operations centre, no joint drill; a listed person named with his father's name (عادل بن أحمد الجبير) is one name
that a title before it heads, so he hosts the guest rather than being received."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties, parties_of

DAY = date(2015, 8, 8)


def test_an_act_likened_to_is_no_act(pipeline) -> None:
    text = "وقال الخطيب إن من قتل نفساً بغير حق فكأنما قتل الناس جميعاً."
    assert [c for c, _, _ in coded_parties(pipeline, text, DAY) if c.startswith("19")] == []


def test_as_if_written_with_its_hamza_likens_too(pipeline) -> None:
    text = "وتصرفت الشرطة كأنها اعتقلت المتظاهرين جميعاً في القاهرة."
    assert coded_parties(pipeline, text, DAY) == []


def test_a_pluperfect_with_kana_is_still_an_act(pipeline) -> None:
    # near miss: «وكان» (was) normalizes as «وكأن» does; written without the hamza it likens nothing
    text = "وكان الجيش قد قصف الأحياء الشرقية لمدينة حلب أمس."
    assert [c for c, _, _ in coded_parties(pipeline, text, DAY) if c.startswith("19")] != []


def test_a_maritime_bridge_is_no_place_in_sudan(pipeline) -> None:
    doc = code_text(pipeline, "وتم إطلاق جسر جوي وبحري من قبل قوات التحالف العربي لنقل المساعدات إلى عدن.", DAY)
    assert "SDN" not in {p.country for p in doc.places}


def test_bahri_after_a_city_cue_is_still_khartoum_north(pipeline) -> None:
    # near miss: the stop word keeps the name after a cue word
    doc = code_text(pipeline, "وقعت اشتباكات في مدينة بحري شمال الخرطوم.", DAY)
    assert "Khartoum North" in {p.name for p in doc.places}


def test_the_centre_a_report_comes_from_is_no_joint_drill(pipeline) -> None:
    text = "وفور تلقي البلاغ من العمليات المشتركة أرسلت الهيئة سيارة إسعاف بالتنسيق مع وزارة الصحة السعودية."
    assert parties_of(pipeline, text, "062", DAY) == []


def test_a_joint_drill_is_still_coded(pipeline) -> None:
    # near miss: the same words as the act itself, with no centre or source word before them
    text = "وأجرت القوات السعودية والمصرية تدريبات مشتركة في البحر الأحمر."
    assert [c for c, _, _ in coded_parties(pipeline, text, DAY)] == ["062"]


def test_a_titled_name_with_a_patronymic_is_one_host(pipeline) -> None:
    text = ("استقبل معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير أمس بمقر الوزارة وزير الخارجية الإيطالي باولو "
            "جينتيلوني.")
    assert parties_of(pipeline, text, "043", DAY) == [(["SAUGOV"], ["ITAGOV"])]
