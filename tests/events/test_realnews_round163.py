"""Round 163 (coder section 183), from the 2015-08-11 sample and the records round 162's «المملكة» brought in:
words that read as acts and are none (إثبات أو نفي، فقتلهم الله، لما تحمله من مسؤولية، بما يسمح، زيارة الرابط، يهدد
شبح الحصار, the first word of a quoted name after its body), and no state sanctioning itself."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 11)


def _codes(pipeline, text: str) -> list[str]:
    return [c for c, _s, _t in coded_parties(pipeline, text, DAY)]


def test_confirming_or_denying_denies_nothing(pipeline) -> None:
    assert "016" not in _codes(pipeline, "وذكر مسؤولان في وزارة الخارجية الروسية أنه لا يمكنهما تأكيد أو نفي "
                                         "زيارة سليماني لموسكو.")


def test_a_denial_is_still_one(pipeline) -> None:
    # near miss: the verb of denial itself
    assert "016" in _codes(pipeline, "ونفت الخارجية الروسية زيارة سليماني لموسكو.")


def test_god_kills_nobody_politically(pipeline) -> None:
    text = "إن هؤلاء المأجورين أرادوا إيذاء السعودية وسكانها، فقتلهم الله جميعاً بعد مواجهة ناجحة مع رجال الأمن."
    assert not [c for c in _codes(pipeline, text) if c == "190"]


def test_what_a_state_bears_is_no_blame(pipeline) -> None:
    text = "وذلك لما تحمله السعودية من مسؤولية دينية مقدسة تجاه قضايا العرب والمسلمين."
    assert "112" not in _codes(pipeline, text)


def test_holding_a_side_responsible_is_blame(pipeline) -> None:
    # near miss: «حمّلت … مسؤولية» with its object
    assert parties_of(pipeline, "وحمّلت السعودية الحوثيين مسؤولية الهجوم.", "112", DAY) == [(["SAUGOV"],
                                                                                          ["YEMREBHOU"])]


def test_in_a_way_that_allows_is_no_permission(pipeline) -> None:
    text = "وتكرر السعودية خامها بفضل مصافيها الضخمة بما يسمح للسعودية بتصدير كميات من منتجات الوقود."
    assert "0863" not in _codes(pipeline, text)


def test_allowing_fuel_in_is_still_one(pipeline) -> None:
    # near miss: a state lets supplies in
    assert parties_of(pipeline, "وسمحت إسرائيل بدخول شاحنات الوقود إلى قطاع غزة.", "0863", DAY) == [(["ISRGOV"],
                                                                                                 ["PSE"])]


def test_visiting_a_link_and_a_spectre_that_threatens(pipeline) -> None:
    assert not _codes(pipeline, "وللاطلاع على التفاصيل نأمل من الوزارة زيارة الرابط هنا.")
    assert "130" not in _codes(pipeline, "وتناولت الصحف الوضع الإنساني في سوريا حيث يهدد شبح الحصار والجوع مدينتي "
                                         "قدسيا والهامة في ريف دمشق.")


def test_the_first_word_of_a_quoted_name_is_no_act(pipeline) -> None:
    text = "فيما قدم ائتلاف «دعم صندوق تحيا مصر» المؤيد للرئيس المصري عبد الفتاح السيسي بلاغا للنائب العام."
    assert not [c for c in _codes(pipeline, text) if c.startswith("05")]


def test_a_quoted_threat_after_its_speaker_is_still_one(pipeline) -> None:
    # near miss: a definite body before the quote is the speaker of what is quoted
    text = ("وقال الأمين العام لحزب الله نعيم قاسم إن الحزب «لن يقف مكتوف الأيدي» إذا وسّعت إسرائيل عملياتها "
            "البرية في جنوب لبنان.")
    assert parties_of(pipeline, text, "130", DAY) == [(["LBNREBHEZ"], ["ISRGOV"])]


def test_no_state_sanctions_itself(pipeline) -> None:
    text = ("فقد انهار الروبل إثر تدهور أسعار النفط الذي يعتبر المورد الرئيسي لعائدات روسيا مع الغاز، وفرض "
            "العقوبات الاقتصادية على موسكو بسبب الأزمة الأوكرانية.")
    assert parties_of(pipeline, text, "163", DAY) == [([], ["RUSGOV"])]


def test_a_guessed_country_is_undone_not_the_sanctioned(pipeline) -> None:
    # «السلطات المالية» (Mali's, or "financial") took the only country named, France's: the target stays France
    text = "أمهلت السلطات المالية السفير الفرنسي 72 ساعة لمغادرة البلاد."
    assert parties_of(pipeline, text, "166", date(2022, 1, 31)) == [(["GOV"], ["FRAGOV"])]


def test_one_state_sanctioning_another(pipeline) -> None:
    # near miss: two states
    assert parties_of(pipeline, "وفرضت الولايات المتحدة عقوبات على موسكو.", "163", DAY) == [(["USAGOV"], ["RUSGOV"])]
