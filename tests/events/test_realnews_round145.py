"""Round 145, from a day of real news (2015-08-09): a title's holder named past the place the title is held in and a
rank («قائد حرس الحدود بمنطقة عسير اللواء سفر الغامدي») is the title, not the object of its own act, and a body tied
to a bare title by ب («النائب بمجلس الأمة الكويتي الدكتور منصور الظفيري») is that holder's, the subject; a blessing
(«أعزه الله وأيده بنصره») is no political support, and «مسيرة النماء» no march."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 9)


def test_a_holder_past_the_titles_place_and_rank_is_the_title(pipeline) -> None:
    text = "واستنكر قائد حرس الحدود بمنطقة عسير اللواء سفر بن أحمد الغامدي الهجوم الإرهابي على المسجد."
    assert [t for _, t in parties_of(pipeline, text, "111", DAY)] == [[]]


def test_a_member_of_a_body_named_with_bi_is_its_voice(pipeline) -> None:
    text = "واستنكر النائب بمجلس الأمة الكويتي الدكتور منصور الظفيري العمل الإرهابي الآثم."
    assert parties_of(pipeline, text, "111", DAY) == [(["KWTLEG"], [])]


def test_a_title_met_with_bi_stays_the_object(pipeline) -> None:
    # near miss: the title itself carries ب («بقائد»), so the body and its holder are the one met, not the subject
    text = "والتقى الأمير بقائد حرس الحدود بمنطقة جازان اللواء عواد البلوي."
    assert parties_of(pipeline, text, "040", DAY) == [([], ["SAUCOP"])]


def test_a_blessing_is_no_support(pipeline) -> None:
    text = ("وأسأله تعالى أن يحفظ البلاد بقيادة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود أعزه الله "
            "وأيده بنصره.")
    assert [c for c, _, _ in coded_parties(pipeline, text, DAY) if c.startswith("05")] == []


def test_a_state_supporting_a_party_still_supports(pipeline) -> None:
    # near miss: a support verb with its object pronoun and no blessing word around it
    text = "وأيدته الولايات المتحدة في موقفه من الأزمة اليمنية."
    assert [s for s, _ in parties_of(pipeline, text, "051", DAY)] == [["USAGOV"]]


def test_a_path_of_development_is_no_march(pipeline) -> None:
    text = "وأسأله أن تتواصل مسيرة النماء والعطاء في المملكة العربية السعودية."
    assert parties_of(pipeline, text, "141", DAY) == []
