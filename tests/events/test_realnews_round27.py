"""Round 27 of hand-checked real news (coder.py section 54): an «environmental massacre» of lizards is no
massacre and lizards killed are no assault.  A near miss keeps a massacre of civilians."""

from __future__ import annotations

from datetime import date

from .helpers import code_text, of_type

DAY_2015 = date(2015, 7, 22)


def test_an_environmental_massacre_of_lizards_is_no_assault(pipeline) -> None:
    doc = code_text(pipeline, "ارتكب مراهقٌ مذبحةً بيئيةً في الصحراء السعودية، وقتل المئات من الضبان المهددة بالانقراض.",
                    DAY_2015)
    assert not of_type(doc, "ASSAULT")


def test_a_massacre_of_civilians_is_an_assault(pipeline) -> None:
    """Near miss: the same noun with civilians as its victims."""
    doc = code_text(pipeline, "وارتكبت قوات النظام مجزرة بحق المدنيين في دوما.", DAY_2015)
    assert [e.cameo for e in of_type(doc, "ASSAULT")] == ["202"]
