"""Round 183 (coder section 203): a bare title right before the lexicon's name of its holder, both coded alike, is
one person told twice — the name is no target of the act; a title that carries a name of its own is another person."""

from __future__ import annotations

from datetime import date

from .helpers import parties_of

DAY = date(2015, 8, 2)


def test_the_name_after_a_title_is_its_holder_not_the_target(pipeline) -> None:
    text = "رحب وزير الخارجية الألماني فرانك شتاينماير باعتماد مجلس الأمن الدولي قراراً جديداً بشأن سوريا."
    assert parties_of(pipeline, text, "051", DAY) == [(["DEUGOV"], [])]


def test_an_adjective_and_a_form_of_address_may_stand_between_title_and_name(pipeline) -> None:
    text = "دعا زعيم حركة طالبان الجديد الملا أختر منصور أنصار الحركة إلى الوحدة."
    assert all(t != ["AFGREBTAL"] for _s, t in parties_of(pipeline, text, "020", DAY))


def test_a_title_with_a_name_of_its_own_is_another_person(pipeline) -> None:
    # near miss: two people, each a title with a name, both Iraqi officials
    text = "حمّل نائب الرئيس العراقي أسامة النجيفي رئيس الوزراء السابق نوري المالكي المسؤولية الكاملة عن سقوط الموصل."
    assert parties_of(pipeline, text, "112", DAY) == [(["IRQGOV"], ["IRQGOV"])]


def test_a_state_officer_after_a_name_may_be_the_object(pipeline) -> None:
    # near miss: a name, then the title of another officer of the same state
    text = "استقبل ظريف السفير الإيراني في بغداد."
    assert parties_of(pipeline, text, "043", DAY) == [(["IRNGOV"], ["IRNGOV"])]
