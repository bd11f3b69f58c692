"""Round 25 of hand-checked real news (coder.py section 52): a word with tanween is no place name; a past verb
voweled as a passive takes its victim after it; «I» and «we» verbs have the speaker as subject; «نجليه» is no
evacuation; a promise is intended; «بنصر» is a victory.  Each with a near miss."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, codes, of_type, roles_of

DAY_2015 = date(2015, 8, 1)


def test_a_boy_with_tanween_is_no_saudi_town(pipeline) -> None:
    doc = code_text(pipeline, "قتل جنود إسرائيليون صبياً فلسطينياً بالرصاص قرب السياج الحدودي في شمال قطاع غزة.", DAY_2015)
    assert "Şabyā" not in [p.name for p in doc.places]
    assert not [e for e in of_type(doc, "ASSAULT") if "SAU" in codes(e.target)]


def test_the_town_without_tanween_is_still_a_place(pipeline) -> None:
    """Near miss: «محافظة صبيا» names the town."""
    doc = code_text(pipeline, "وسقطت قذيفة أطلقها الحوثيون على محافظة صبيا في منطقة جازان.", DAY_2015)
    assert "Şabyā" in [p.name for p in doc.places]


def test_a_voweled_passive_takes_its_victim_as_target(pipeline) -> None:
    doc = code_text(pipeline, "وقُتل الجنرال الإيراني حسين همداني قرب حلب.", DAY_2015)
    assert roles_of(doc, "ASSAULT") == [([], ["IRNMIL"])]


def test_an_unvoweled_active_verb_keeps_its_subject(pipeline) -> None:
    """Near miss: «قتل» with no damma and a subject: the one who killed."""
    doc = code_text(pipeline, "وقتل الجنرال الإيراني حسين همداني عشرات المقاتلين قرب حلب.", DAY_2015)
    assert [s for s, _t in roles_of(doc, "ASSAULT")] == [["IRNMIL"]]


def test_we_demand_makes_the_speaker_the_source_and_the_party_after_the_target(pipeline) -> None:
    doc = code_text(pipeline, "وقال الرئيس الفلسطيني محمود عباس: «نطالب أميركا أن تقول ما هو رأيها في هذه الجرائم».",
                    DAY_2015)
    appeals = [e for e in doc.events if e.cameo.startswith("02")]
    assert [(codes(e.source), codes(e.target)) for e in appeals] == [(["PSEGOV"], ["USAGOV"])]


def test_i_call_without_a_speaker_names_no_caller(pipeline) -> None:
    doc = code_text(pipeline, "واسمحوا لي أن أدعو كافة الجهات وخاصة الحكومة اليمنية إلى إعطاء اهتمام خاص بهذا المطار.",
                    DAY_2015)
    assert not [e for e in doc.events if e.cameo.startswith("02") and "YEMGOV" in codes(e.source)]


def test_a_past_verb_in_nun_is_no_first_person(pipeline) -> None:
    """Near miss: «نددت» is past (root ن), its subject named after it."""
    doc = code_text(pipeline, "ونددت الحكومة المصرية بالهجوم على الكنيسة.", DAY_2015)
    assert [codes(e.source) for e in of_type(doc, "ACCUSE")] == [["EGYGOV"]]


def test_his_two_sons_are_no_evacuation(pipeline) -> None:
    doc = code_text(pipeline, "واحتفل سليمان بن أحمد الطوالة بزواج نجليه أحمد وعبدالعزيز بقاعة الثريا بالزلفي.", DAY_2015)
    assert not [e for e in doc.events if e.cameo == "070"]


def test_an_evacuation_is_still_coded(pipeline) -> None:
    """Near miss: «أجلت البحرية الهندية مئات الرعايا»."""
    doc = code_text(pipeline, "وأجلت البحرية الهندية مئات الرعايا من اليمن.", DAY_2015)
    assert [e for e in doc.events if e.cameo == "070"]


def test_a_promise_of_aid_is_intended(pipeline) -> None:
    doc = code_text(pipeline, "ووعدت الدول المنضوية في التحالف الدولي بتقديم حزمة مساعدات جديدة الى الحكومة العراقية.",
                    DAY_2015)
    assert [e.status for e in of_type(doc, "AID")] == ["intended"]


def test_aid_given_is_asserted(pipeline) -> None:
    """Near miss: the same aid handed over."""
    doc = code_text(pipeline, "وقدمت الدول المنضوية في التحالف الدولي حزمة مساعدات جديدة الى الحكومة العراقية.", DAY_2015)
    assert [e.status for e in of_type(doc, "AID")] == ["asserted"]


def test_bi_before_a_verb_form_makes_a_noun(pipeline) -> None:
    """«ظفرت بنصر»: a victory, not «نُصرّ» (we insist)."""
    doc = code_text(pipeline, "فإن فعلت ذلك فتكون قد ظفرت بنصر كنصر اليابان في اتفاقيتهم مع أمريكا.", DAY_2015)
    assert not [e for e in doc.events if e.cameo.startswith("10")]
