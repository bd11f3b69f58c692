"""Round 161 (coder section 181), from the 2015-07-22 sample: a verbal noun's own adjective stands between its
genitive and its object with ل (رفض مصر الكامل للتدخل الإيراني); a definite body noun before an act noun is a
subject, no organisation's name (وأدانت المنظمة استهداف …); the genitive of an act noun after the verb's subject
is that act's doer, not the verb's subject; a relative clause on the denier ends before what he denies (نفى فابيوس
الذي … ان يكون); a party after «عقب لقائه ب» is whom the speaker met, not the target."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties, parties_of

DAY = date(2015, 7, 22)


def test_an_adjective_of_the_noun_before_its_object(pipeline) -> None:
    text = "أكدت الخارجية المصرية مجددًا رفض مصر الكامل للتدخل الإيراني في الشؤون الداخلية للدول العربية."
    assert parties_of(pipeline, text, "120", DAY) == [(["EGYGOV"], ["IRNGOV"])]


def test_an_adjective_of_belonging_is_the_genitives(pipeline) -> None:
    # near miss: «التابعة» agrees with the body and takes its own ل; the verb's object is the country after it
    text = ("وفي سياق متصل دعت المفوضية العليا للاجئين التابعة للأمم المتحدة فرنسا أمس الجمعة إلى تقديم خطة "
            "عاجلة لمعالجة أزمة المهاجرين.")
    assert parties_of(pipeline, text, "020", DAY) == [(["IGOUNOHCR"], ["FRAGOV"])]


def test_a_definite_body_before_an_act_noun_is_no_name(pipeline) -> None:
    coded = coded_parties(pipeline, "وأدانت المنظمة استهداف الحوثيين للمدنيين في تعز.", DAY)
    assert ("190", ["YEMREBHOU"], ["YEMCVL"]) in coded, coded
    # the unnamed body condemns the Houthis: they are the condemnation's target, never its source
    assert ("111", [], ["YEMREBHOU"]) in coded, coded


def test_an_indefinite_head_in_construct_is_still_a_name(pipeline) -> None:
    # near miss: «منظمة شنغهاي للتعاون» is a name, its «تعاون» no act
    coded = coded_parties(pipeline, "وعقدت منظمة شنغهاي للتعاون قمتها في مدينة أوفا الروسية.", DAY)
    assert not [c for c, _s, _t in coded if c.startswith("03")], coded


def test_a_noun_heading_the_subject_keeps_its_genitive(pipeline) -> None:
    # near miss: a noun right after the verb heads the subject (مؤتمر العمال), its genitive acts
    assert parties_of(pipeline, "هدد مؤتمر العمال النيجيري بشل البلاد بإضراب عام.", "130", DAY) == [(["NGALAB"], [])]


def test_a_relative_clause_on_the_denier_is_not_denied(pipeline) -> None:
    text = ("ونفى فابيوس الذي اعتبر من المتشددين خلال المحادثات النووية مع ايران ان يكون موقفه الصارم سينعكس "
            "سلبا على المؤسسات الفرنسية.")
    talks = [e for e in code_text(pipeline, text, DAY).events if e.cameo == "040"]
    assert [e.status for e in talks] == ["asserted"]


def test_what_follows_the_relative_clause_is_denied(pipeline) -> None:
    # near miss: the act after أن is still the denied one
    text = "ونفت الوزارة التي تشرف على العمليات ان تكون طائراتها قد قصفت المدينة."
    attacks = [e for e in code_text(pipeline, text, DAY).events if e.event_type == "ASSAULT"]
    assert [e.status for e in attacks] == ["denied"]


def test_whom_the_speaker_met_is_no_target(pipeline) -> None:
    text = ("وأدان ليون في تصريح صحفي عقب لقائه بوزير الخارجية الإيطالي باولو جينتيلوني في روما الليلة الماضية "
            "اختطاف الموظفين الإيطاليين.")
    condemned = [t for c, _s, t in coded_parties(pipeline, text, DAY) if c == "111"]
    assert condemned and "ITAGOV" not in condemned[0], condemned


def test_an_act_noun_in_the_object_keeps_its_complement(pipeline) -> None:
    # near miss: «مساعداته للسودان» is what was suspended, and Sudan its target
    text = "علّق البنك الدولي صرف جميع مساعداته للسودان."
    assert parties_of(pipeline, text, "162", DAY) == [(["IGOWBK"], ["SDNGOV"])]
