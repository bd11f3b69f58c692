"""Round 29 of hand-checked real news (coder.py section 56): the subject of a meeting's relative verb may stand
past a title the lexicon leaves out.  A near miss keeps a meeting whose relative verb has a party of its own
genitive before it."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, codes, of_type, roles_of

DAY_2015 = date(2015, 8, 9)


def test_the_subject_of_the_relative_verb_past_a_title_holds_the_meeting(pipeline) -> None:
    doc = code_text(pipeline, "كشفت مصادر صحفية يمنية عن لقاء عقده زعيم التمرد عبدالملك الحوثي، مع قيادات من حركته في "
                              "مدينة يريم.", DAY_2015)
    assert [codes(e.source) for e in of_type(doc, "CONSULT")] == [["YEMREBHOU"]]


def test_the_subject_right_after_the_relative_verb_holds_the_call(pipeline) -> None:
    """Near miss: «اتصال هاتفي أجراه الرئيس المصري»: the subject right after the verb."""
    doc = code_text(pipeline, "وتناول اتصال هاتفي أجراه الرئيس المصري بنظيره الفرنسي الأوضاع في ليبيا.", DAY_2015)
    assert [codes(e.source) for e in of_type(doc, "CONSULT")] == [["EGYGOV"]]


def test_a_quotation_after_a_noun_that_is_no_party_keeps_no_subject(pipeline) -> None:
    """«منطقة «تتعاون فيها الدول»»: the quotation opens after «منطقة», so the state named earlier is no subject."""
    doc = code_text(pipeline, "وقال إن الولايات المتحدة ترغب في منطقة «تتعاون فيها الدول على منع النزاعات الصغيرة».",
                    DAY_2015)
    assert not [e for e in doc.events if "USAGOV" in codes(e.source)]


def test_a_habit_is_no_act(pipeline) -> None:
    doc = code_text(pipeline, "وقال وزير الخارجية القطري: «نحن كنا دوما نتشاور مع الأصدقاء منذ أن بدأت الأزمات».",
                    DAY_2015)
    assert not of_type(doc, "CONSULT")


def test_a_permanent_ceasefire_is_no_habit(pipeline) -> None:
    """Near miss: «اتفاقاً دائماً» (permanent) keeps the agreement and what follows."""
    doc = code_text(pipeline, "ووقع الطرفان في جنيف اتفاقاً دائماً لوقف إطلاق النار، ورحبت الأمم المتحدة بالاتفاق.",
                    DAY_2015)
    assert of_type(doc, "SUPPORT")


def test_a_committees_own_meeting_is_routine(pipeline) -> None:
    doc = code_text(pipeline, "عقد صاحب السمو الملكي الأمير مشعل بن ماجد بن عبدالعزيز محافظ جدة رئيس اللجنة العليا لمعرض "
                              "جدة الدولي للكتاب بمكتب سموه بالمحافظة الاجتماع الأول للجنة امس.", DAY_2015)
    assert not of_type(doc, "CONSULT")


def test_a_joint_committee_of_two_states_still_meets(pipeline) -> None:
    """Near miss: the committee of two states."""
    doc = code_text(pipeline, "وعقدت اللجنة العسكرية المشتركة بين السعودية ومصر اجتماعها الأول في القاهرة.", DAY_2015)
    assert of_type(doc, "CONSULT")


def test_a_courts_ruling_against_the_accused_is_no_accusation_by_a_far_subject(pipeline) -> None:
    """«أصدرت المحكمة … حكماً بحق متهمين»: the court's verb carries a ruling, not the accusation."""
    doc = code_text(pipeline, "أصدرت المحكمة الجزائية المتخصصة في مقرها الصيفي بمحافظة جدة حكماً ابتدائياً بحق متهمين "
                              "( سعوديي الجنسية ) والحكم عليهما بالسجن.", DAY_2015)
    assert not [e for e in doc.events if e.cameo == "112"]


def test_the_light_verb_after_haythu_takes_the_subject_before_it(pipeline) -> None:
    doc = code_text(pipeline, "وصل وزير الدفاع البريطاني مايكل فالون إلى بغداد أمس حيث أجرى مشاورات مع عدد من المسؤولين "
                              "العراقيين.", DAY_2015)
    assert roles_of(doc, "CONSULT") == [(["GBRMIL"], ["IRQGOV"])]


def test_a_noun_right_after_the_verb_after_indama_is_its_subject(pipeline) -> None:
    """Near miss: «عندما اقتحم انتحاري بسيارة مفخخة»: the bomber, not the dead before «عندما»."""
    doc = code_text(pipeline, "قُتل 11 شرطياً باكستانياً عندما اقتحم انتحاري بسيارة مفخخة بوابة مركز للشرطة.", DAY_2015)
    assert not [e for e in of_type(doc, "ASSAULT") if "PAKCOP" in codes(e.source)]


def test_a_day_joined_by_wa_before_a_month_counts_nobody(pipeline) -> None:
    """«بين الأول من يناير و30 يونيو قتل 1592 شخصاً»: the date stage finds «30 يونيو» inside «و30», and a number
    in a token the date overlaps counts no dead."""
    doc = code_text(pipeline, "وقالت البعثة في تقرير إنه بين الأول من يناير و30 يونيو قتل 1592 شخصا وأصيب 3329 في أعمال "
                              "العنف في هذا البلد.", DAY_2015)
    assert [(e.size.dead, e.size.injured) for e in of_type(doc, "ASSAULT")] == [(1592, 3329)]
