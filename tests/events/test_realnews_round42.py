"""Round 42 (coder section 69): a document is the subject only of a verb of saying, appealing or condemning (ودعا
البيان كوريا الشمالية); other verbs take it as their object (رفض الاتفاق، وقّع المذكرة).  The actor lexicon knows
«المفوضية العليا للاجئين» as UNHCR."""

from __future__ import annotations

from datetime import date

from .helpers import coded_parties

DAY_2015 = date(2015, 8, 8)


def _codes(pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    return coded_parties(pipeline, text, DAY_2015)


def test_the_refugee_agency_calls_on_france(pipeline) -> None:
    text = "وفي سياق متصل دعت المفوضية العليا للاجئين التابعة للأمم المتحدة فرنسا أمس الجمعة إلى تقديم خطة عاجلة."
    assert ("020", ["IGOUNOHCR"], ["FRAGOV"]) in _codes(pipeline, text)


def test_a_document_signed_is_the_object_and_the_signer_the_subject(pipeline) -> None:
    codes = _codes(pipeline, "ووقع المذكرة وزير الخارجية السعودي عادل الجبير ونظيره الأردني ناصر جودة.")
    assert codes and all("SAUGOV" in c[1] for c in codes)
