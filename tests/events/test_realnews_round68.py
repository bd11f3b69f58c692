"""Round 68 (coder section 95): a later surname is the listed person named in full earlier, a capital after «العاصمة»
and its adjective is a place, a provincial council is local government, a comma alone joins no list of two, and
the place a visitor travels to hosts the visit."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, coded_parties

DAY = date(2015, 7, 24)


def test_a_later_surname_is_the_person_named_in_full_earlier(pipeline) -> None:
    text = ("وصل وزير الدفاع الأمريكي آشتون كارتر إلى بغداد أمس. وقال كارتر إنه سيلتقي بزعماء العشائر خلال "
            "زيارته.")
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "036"] == [["USAMIL"]]


def test_a_surname_nobody_listed_earlier_stays_uncoded(pipeline) -> None:
    text = "وقال كارتر إنه سيلتقي بزعماء العشائر خلال زيارته."
    assert [s for c, s, _t in coded_parties(pipeline, text, DAY) if c == "036"] == [["كارتر"]]


def test_a_name_starting_with_kaf_keeps_its_first_letter(pipeline) -> None:
    found = [m.text for m in code_text(pipeline, "وانتقدت كلينتون الحكومة الأمريكية.", DAY).entities]
    assert "كلينتون" in found and "لينتون" not in found


def test_a_capital_after_the_capital_word_and_its_adjective_is_a_place(pipeline) -> None:
    text = ("وقالت مصادر محلية إن مسلحين حوثيين في منطقة بيت بوس، جنوب العاصمة اليمنية صنعاء، اقتحموا منزل قائد "
            "الحرس السابق.")
    assert not [s for _c, s, _t in coded_parties(pipeline, text, DAY) if "YEMGOV" in s]


def test_a_provincial_council_asks_the_party_after_the_comma(pipeline) -> None:
    text = "طالب مجلس محافظة الأنبار، الولايات المتحدة بتكثيف الطلعات الجوية ضد تنظيم داعش."
    assert coded_parties(pipeline, text, DAY)[0] == ("020", ["IRQGOV"], ["USAGOV"])


def test_a_person_and_the_title_after_a_comma_stay_one_party(pipeline) -> None:
    text = "ورفض قائد الحرس الثوري الإيراني محمد علي جعفري، في تصريحات، قرار مجلس الأمن."
    assert [t for c, _s, t in coded_parties(pipeline, text, DAY) if c == "120"] == [["IGOUNO"]]


def test_a_list_joined_by_commas_and_wa_stays_a_list(pipeline) -> None:
    coded = coded_parties(pipeline, "اتفقت روسيا، تركيا وإيران على إقامة مناطق خفض التصعيد.", DAY)
    assert coded[0][1] == ["RUSGOV", "TURGOV", "IRNGOV"]


def test_the_place_a_named_visitor_travels_to_hosts_the_visit(pipeline) -> None:
    text = "يتوجه وزير الاقتصاد الألماني اليوم إلى العاصمة الإيرانية طهران في زيارة تستغرق ثلاثة أيام."
    assert coded_parties(pipeline, text, DAY) == [("036", ["DEUGOV"], ["IRNGOV"])]


def test_a_visit_to_family_by_nobody_named_is_no_visit_to_a_state(pipeline) -> None:
    text = "وقال أصدقاؤه إنه عاد إلى تشاتانوغا لزيارة أسرته خلال شهر رمضان."
    assert [t for _c, _s, t in coded_parties(pipeline, text, DAY) if t] == []
