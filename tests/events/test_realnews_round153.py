"""Round 153 (coder section 173), from the 2015-08-04 sample: the party after «برئاسة» chairs a meeting, nobody
meets him; «حضر اللقاء …» names who attended a meeting already told; a support noun's beneficiary after ل is its
target, and support with no giver named is no event; «تقديم X دعماً» names the giver X; «قوى / كتل برلمانية» are
parliament; who «تحدث عن مقتل» spoke of the dead and killed nobody; ranks (يحتلون مكاناً) are no occupation; a
listed person's run of titles (ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية) is his, so the cable he sends is."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties, parties_of

DAY = date(2015, 8, 4)


def test_the_chair_of_a_session_is_not_met(pipeline) -> None:
    text = ("عقد مجلس الشؤون الاقتصادية والتنمية اجتماعاً بعد ظهر أمس في قصر السلام بجدة برئاسة صاحب السمو الملكي "
            "الأمير محمد بن سلمان.")
    coded = coded_parties(pipeline, text, DAY)
    assert not [t for c, _s, t in coded if c.startswith("04") and t], coded


def test_a_meeting_with_someone_after_ba_is_still_one(pipeline) -> None:
    # near miss: «اجتمع ب» names who was met; only «برئاسة» names a chair
    assert parties_of(pipeline, "اجتمع وزير الخارجية السعودي بالرئيس المصري.", "040", DAY) == [
        (["SAUGOV"], ["EGYGOV"])]


def test_who_attended_the_meeting_told_is_no_party(pipeline) -> None:
    coded = coded_parties(pipeline, "حضر اللقاء وزير الدولة مساعد العيبان ووزير الخارجية عادل الجبير.", DAY)
    assert not [c for c, _s, _t in coded if c.startswith("04")], coded


def test_support_for_a_named_party_after_lam(pipeline) -> None:
    assert parties_of(pipeline, "ويقدم حزب الله دعما حيويا للرئيس السوري بشار الأسد.", "051", DAY) == [
        (["LBNREBHEZ"], ["SYRGOV"])]


def test_support_with_no_giver_is_no_event(pipeline) -> None:
    coded = coded_parties(pipeline, "وقال إن طائرات رافال ستحقق دعما كبيرا لسلاح الجو المصري.", DAY)
    assert not [c for c, _s, _t in coded if c.startswith("05")], coded


def test_the_giver_of_material_support_is_the_genitive(pipeline) -> None:
    text = "وأعلن عن تقديم الولايات المتحدة دعما إنسانيا للحكومة العراقية."
    assert parties_of(pipeline, text, "073", DAY) == [(["USAGOV"], ["IRQGOV"])]


def test_parliamentary_blocs_are_parliament(pipeline) -> None:
    coded = coded_parties(pipeline, "وانتقدت قوى برلمانية عراقية قرار الحكومة.", DAY)
    assert [s for c, s, _t in coded if c == "111"] == [["IRQLEG"]], coded


def test_who_spoke_of_the_dead_did_not_kill_them(pipeline) -> None:
    text = "وكانت السلطات الأفغانية تحدثت في البداية عن مقتل 14 جنديا، لكنها عادت وخفضت الحصيلة."
    coded = coded_parties(pipeline, text, DAY)
    assert not [s for c, s, _t in coded if c.startswith("19") and s], coded


def test_a_rank_is_no_occupation(pipeline) -> None:
    coded = coded_parties(pipeline, "أغنى الأمريكيين يحتلون مكانا واسعا من الاهتمام في خيال السكان.", DAY)
    assert not [c for c, _s, _t in coded if c.startswith("19")], coded


def test_a_run_of_titles_is_the_senders(pipeline) -> None:
    text = ("كما بعث صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز آل سعود ولي العهد نائب رئيس مجلس الوزراء "
            "وزير الداخلية برقية تهنئة للرئيس الكولومبي بمناسبة ذكرى استقلال بلاده.")
    assert parties_of(pipeline, text, "040", date(2015, 7, 21)) == [(["SAUCOP"], ["COLGOV"])]


def test_titles_of_another_official_are_not_the_persons(pipeline) -> None:
    # near miss: no title of the run is the role he holds that day, so the next official is someone else
    text = "استقبل الأمير محمد بن نايف ولي العهد وزير الداخلية الأمريكي."
    assert parties_of(pipeline, text, "043", date(2015, 7, 21)) == [(["SAUCOP"], ["USACOP"])]
