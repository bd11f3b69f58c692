"""Round 164 (coder section 184), from the 2015-08-07 sample: «وقوف X إلى جانب Y» has X as who stands by (unless
the noun has its own pronoun); a crash told with its noun is an accident; cans of milk are no bombs; a case's or
an incident's act (في قضية تفجير، حادث التفجير) takes no doer from before it; a dual adjective after two joined
nouns (إدانة المملكة واستنكارها الشديدين للتفجير) leaves the genitive their author."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 7)


def test_the_genitive_stands_by(pipeline) -> None:
    text = "وأكد المصدر «وقوف الكويت الكامل إلى جانب السعودية»."
    assert parties_of(pipeline, text, "051", DAY) == [(["KWTGOV"], ["SAUGOV"])]


def test_a_noun_with_its_pronoun_keeps_its_subject(pipeline) -> None:
    # near miss: «وقوفها» has its genitive already; the settlers after «لجانب» are whom it stands by
    text = "وقال إن حكومة الاحتلال بتبنيها لكل أعمال العنف ووقوفها لجانب المستوطنين تتحمل المسؤولية."
    assert parties_of(pipeline, text, "051", DAY) == [(["ISRGOV"], ["ISRSET"])]


def test_a_crash_is_an_accident(pipeline) -> None:
    text = "في غضون ذلك، قتل 17 شخصا أمس في تحطم مروحية عسكرية أفغانية في جنوب البلاد بسبب عطل تقني."
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("19")]


def test_cans_of_milk_are_no_bombs(pipeline) -> None:
    text = "وزعت الحملة الوطنية السعودية لنصرة الأشقاء في سورية 8538 عبوة حليب للأطفال الرضع."
    assert not [c for c, _s, _t in coded_parties(pipeline, text, DAY) if c.startswith("18")]


def test_a_bomb_is_still_one(pipeline) -> None:
    # near miss
    assert "1833" in [c for c, _s, _t in coded_parties(pipeline, "وقتل جنديان في انفجار عبوة ناسفة زرعها مسلحون.", DAY)]


def test_a_cases_act_has_no_doer_before_it(pipeline) -> None:
    text = ("رفعت دائرة الجنايات برئاسة القاضي محمد راشد الدعيج جلستها الثانية لمحاكمة المتهمين في قضية تفجير "
            "مسجد الإمام الصادق.")
    bombings = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("18")]
    assert all(not s for s in bombings), bombings
    text = "ووصف عضو مجلس الشورى حادث التفجير بأنه عمل إجرامي."
    bombings = [s for c, s, _t in coded_parties(pipeline, text, DAY) if c.startswith("18")]
    assert all(not s for s in bombings), bombings


def test_a_dual_adjective_after_two_joined_nouns(pipeline) -> None:
    text = ("أعربت وزارة الخارجية عن إدانة المملكة العربية السعودية واستنكارها الشديدين للتفجير الانتحاري الذي "
            "استهدف مسجداً داخل مجمع للشرطة في مدينة بيشاور الباكستانية.")
    assert parties_of(pipeline, text, "111", date(2023, 1, 31)) == [(["GOV"], []), (["SAUGOV"], [])]
