"""Round 139, from a day of real news (2015-07-26): the party given leave to act does the act («سمحت تركيا للولايات
المتحدة بشن غارات»); the head of a body named right after it is one party with it («رئيس البرلمان العربي أحمد
الجروان»); a title's holder in quotes is the title («وزير خارجية إيران “ظريف”»); and a state's meddling (التدخل
الإيراني) is that state's act, aimed at by whoever condemns it."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, parties_of

DAY = date(2015, 7, 26)


def test_the_party_given_leave_does_the_act(pipeline) -> None:
    text = "وأكد الرئيس التركي أن بلاده سمحت للولايات المتحدة بشن غارات جوية على مواقع داعش في سوريا من قاعدة إنجرليك."
    assert parties_of(pipeline, text, "195", DAY) == [(["USAMIL"], ["IMGMUSISI"])]


def test_leave_given_by_a_subject_before_the_party(pipeline) -> None:
    text = "وسمحت الحكومة العراقية للقوات الأمريكية بتنفيذ ضربات جوية ضد مواقع داعش في الأنبار."
    assert parties_of(pipeline, text, "195", DAY) == [(["USAMIL"], ["IMGMUSISI"])]


def test_an_act_admitted_to_a_party_stays_the_admitters(pipeline) -> None:
    # near miss: the same «ل + party, ب + act» after a verb of admission, not of leave: the subject did it
    text = "واعترفت تركيا للولايات المتحدة بشن غارات جوية على مواقع داعش في سوريا."
    assert [s for s, _ in parties_of(pipeline, text, "195", DAY)] == [["TURMIL"]]


def test_the_head_of_a_body_is_one_party_with_it(pipeline) -> None:
    text = "وطالب رئيس البرلمان العربي أحمد الجروان إيران بالتوقف عن التدخل في شؤون دول الخليج."
    assert parties_of(pipeline, text, "020", DAY) == [(["IGOARL"], ["IRNGOV"])]


def test_a_holder_named_in_quotes_is_the_title(pipeline) -> None:
    text = "وقال مصدر إن زيارة وزير خارجية إيران “ظريف” إلى الكويت تهدف لتخفيف التوتر."
    assert parties_of(pipeline, text, "042", DAY) == [(["IRNGOV"], ["KWTGOV"])]


def test_condemned_meddling_is_the_states(pipeline) -> None:
    text = "ودان رئيس البرلمان العربي أحمد الجروان التدخل الإيراني في الشؤون الداخلية لمملكة البحرين."
    assert parties_of(pipeline, text, "111", DAY) == [(["IGOARL"], ["IRNGOV"])]


def test_internal_affairs_are_no_interior_ministry(pipeline) -> None:
    doc = code_text(pipeline, "ورفض مجلس السيادة ما وصفه بالتدخل في الشؤون الداخلية للسودان.", DAY)
    assert not [m.text for m in doc.entities if "الداخلية" in m.text], [(m.text, m.actor_code) for m in doc.entities]
